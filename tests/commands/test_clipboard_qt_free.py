"""The clipboard format is plain data: it imports without Qt (ARCHITECTURE.md)."""

import subprocess
import sys

from conftest import ROOT
from test_layers import BLOCKER


def test_clipboard_format_imports_without_qt():
    result = subprocess.run([sys.executable, "-c", BLOCKER, "journey_studio.clipboard_format"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
