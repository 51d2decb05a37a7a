"""Speed measurements: ``make bench`` (never part of the test suite)."""
