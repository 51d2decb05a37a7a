"""Paths shared by the tests (import as ``from support import ROOT, EXAMPLES``), and the
number of examples a property test tries."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.journey"))


def examples(count: int) -> int:
    """A property test's example count: as written, or ten times more under the "deep"
    hypothesis profile (see tests/conftest.py)."""
    return count * 10 if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else count
