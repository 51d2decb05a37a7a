"""Paths shared by the tests (import as ``from support import ROOT, EXAMPLES``), the
number of examples a property test tries, and the system language the command line speaks."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.journey"))


def examples(count: int) -> int:
    """A property test's example count: as written, or ten times more under the "deep"
    hypothesis profile (see tests/conftest.py)."""
    return count * 10 if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else count


def system_language(monkeypatch, lang: str) -> None:
    """Make the system speak ``lang`` ("fr_FR.UTF-8", "en_GB.UTF-8") for the command line:
    LANG, with the variables that outrank it (messages.system_language) removed."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
