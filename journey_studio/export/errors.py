"""The error every export raises for a problem a person can fix (options, size, disk)."""

from __future__ import annotations


class ExportError(Exception):
    """``str()`` is one line that says what went wrong and what to do."""
