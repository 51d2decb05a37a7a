import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests' editors form their own single instance, never the one a developer has open.
os.environ["JOURNEY_STUDIO_INSTANCE"] = f"journey-studio-tests-{os.getpid()}"

_TESTS = Path(__file__).resolve().parent
for folder in (_TESTS.parent, _TESTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


import pytest


@pytest.fixture(autouse=True, scope="session")
def _clear_clipboard_before_exit():
    """Qt deletes clipboard data made in Python after the interpreter has stopped, and PySide
    then crashes the process on exit: empty the clipboard while Python still runs."""
    yield
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()
