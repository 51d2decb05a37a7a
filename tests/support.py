"""Paths shared by the tests (import as ``from support import ROOT, EXAMPLES``)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.journey"))
