import gc
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests' editors form their own single instance, never the one a developer has open.
os.environ["JOURNEY_STUDIO_INSTANCE"] = f"journey-studio-tests-{os.getpid()}"
# ... and never read or write the developer's preferences, recent files or recovery data: the
# settings (QSettings follows XDG_CONFIG_HOME) and the data folder of this run, and of the
# editors and commands its tests start, are temporary folders of their own.
_RUN_FOLDER = tempfile.mkdtemp(prefix="journey-studio-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_RUN_FOLDER, "config")
os.environ["JOURNEY_STUDIO_DATA_DIR"] = os.path.join(_RUN_FOLDER, "data")

_TESTS = Path(__file__).resolve().parent
for folder in (_TESTS.parent, _TESTS):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


import pytest
from hypothesis import settings

# Hypothesis profiles. "ci" (chosen when the CI variable is set): a fixed seed (derandomize)
# and no example database, so every CI run tries the same bounded set of examples and a
# failure is repeatable. "local" (the default): new random examples on every run, and the
# failures found are kept in .hypothesis/ and replayed first, so local runs keep exploring at
# the same cost. "deep" (HYPOTHESIS_PROFILE=deep, by hand): ten times the examples
# (``support.examples``). Tests give their own example counts through ``support.examples(n)``.
settings.register_profile("ci", derandomize=True, database=None, deadline=None, print_blob=True)
settings.register_profile("local", deadline=None)
settings.register_profile("deep", deadline=None, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "local"))


@pytest.fixture(autouse=True, scope="session")
def _clear_clipboard_before_exit():
    """Qt deletes clipboard data made in Python after the interpreter has stopped, and PySide
    then crashes the process on exit: empty the clipboard while Python still runs."""
    yield
    if "PySide6.QtGui" in sys.modules:
        from PySide6.QtGui import QGuiApplication

        if QGuiApplication.instance() is not None:
            QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True, scope="session")
def _one_widget_application(qapp):
    """One QApplication for the whole run, made first: a command-line export made in the test
    process would otherwise make a QGuiApplication, and the next test's widget would abort the
    run (whatever selection of tests runs, in whatever order)."""
    yield qapp


@pytest.fixture(autouse=True)
def _added_widgets_live_until_teardown(monkeypatch):
    """pytest-qt holds the widgets given to ``qtbot.addWidget`` weakly. A view made in a test's
    body and kept alive only by reference cycles of its own then waits for Python's collector,
    which can run inside that view's own paint event once the body has returned: the view is
    freed under Qt's feet (a segfault). The test holds them until it is torn down, as it holds
    its fixtures."""
    from pytestqt.qtbot import QtBot

    kept = []
    add_widget = QtBot.addWidget

    def keep(self, widget, *args, **kwargs):
        kept.append(widget)
        return add_widget(self, widget, *args, **kwargs)

    monkeypatch.setattr(QtBot, "addWidget", keep)
    yield
    kept.clear()


@pytest.fixture(autouse=True)
def _automatic_garbage_collection_after_each_test():
    """No test leaves Python's cyclic collector off (an editor's GUI-thread collector is
    uninstalled when its Application is disposed): the rest of the run would leak cycles."""
    yield
    from journey_studio.gc_pause import collecting_by_hand

    assert not collecting_by_hand(), "a GuiThreadCollector was left installed"
    assert gc.isenabled(), "the test left the garbage collector off"


@pytest.fixture
def gui_thread_collector(qapp):
    """Cyclic garbage is collected in the GUI thread only, as in the editor, for this test
    (a test with a worker thread: the workshop server, a phone)."""
    from journey_studio.gc_gui_thread import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    collector.install()
    yield collector
    collector.uninstall()
    collector.deleteLater()
