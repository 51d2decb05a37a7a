"""The composition root: files from the command line, the error hook, drops, interface size."""

from __future__ import annotations

import gc
import shutil
import sys

import pytest

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from support import EXAMPLES

from journey_studio import app as app_module
from journey_studio.gc_pause import collecting_by_hand
from journey_studio.ui import error_hook
from journey_studio.ui.interface_size import interface_points, large_interface_wanted

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


def test_command_line_files_open_and_an_unreadable_one_only_shows_its_message(
        qtbot, open_windows, messages, monkeypatch, tmp_path):
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(error_hook, "setup_logging", lambda: None)  # no log file from tests
    missing = tmp_path / "missing.journey"
    assert app_module.run_editor([str(missing), str(EXAMPLES[0]), str(EXAMPLES[1])]) == 0
    assert [w.document.path for w in open_windows.windows()] == [str(EXAMPLES[0]), str(EXAMPLES[1])]
    assert len(messages.shown) == 1 and "missing.journey" in messages.shown[0][1]
    assert QApplication.organizationName() and QApplication.applicationName() == "Journey Studio"


def test_the_editor_collects_cyclic_garbage_in_the_gui_thread_until_it_quits(
        qtbot, qapp, open_windows, monkeypatch, tmp_path):
    open_windows.garbage_collector.uninstall()  # the fixture's; run_editor installs it again
    assert gc.isenabled()
    running = []
    monkeypatch.setattr(QApplication, "exec", lambda self: running.append(
        (gc.isenabled(), collecting_by_hand(), gc.get_freeze_count())) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(error_hook, "setup_logging", lambda: None)
    assert app_module.run_editor([shutil.copy(EXAMPLES[0], tmp_path)]) == 0
    automatic, by_hand, frozen = running[0]
    assert not automatic and by_hand  # the GUI thread's timer collects
    assert frozen > 0  # the opened map left the collector's sweeps, as before
    qapp.aboutToQuit.emit()
    assert gc.isenabled() and not collecting_by_hand()


def test_unexpected_error_shows_a_friendly_dialog_and_logs(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.text(), box.detailedText())) or 0)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        error_hook.ErrorHook()(*sys.exc_info())
    assert shown and "went wrong" in shown[0][0] and "RuntimeError: boom" in shown[0][1]
    assert "RuntimeError: boom" in caplog.text


def test_dropping_a_journey_file_opens_it(qtbot, open_windows):
    window = open_windows.new_map()
    window.document.update_map(title="Keep me")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(EXAMPLES[0]))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert [w.document.path for w in open_windows.windows()][-1] == str(EXAMPLES[0])
    assert window.document.map.title == "Keep me"


def test_large_interface_is_remembered(qtbot, open_windows):
    window = open_windows.new_map()
    window.window_actions.large_interface.trigger()
    assert QApplication.font().pointSizeF() == interface_points(True) and large_interface_wanted()
    window.window_actions.large_interface.trigger()
    assert QApplication.font().pointSizeF() == interface_points(False) and not large_interface_wanted()


def test_new_from_template_and_undo_action_text(qtbot, open_windows):
    window = open_windows.new_map()
    templates = next(a.menu() for a in window.window_actions.file_menu.actions()
                     if a.menu() and "Template" in a.text())
    next(a for a in templates.actions() if a.text() == "Customer journey: the five classic stages").trigger()
    classic = open_windows.windows()[-1]
    assert classic.document.map.language == "en" and len(classic.document.map.stages) == 5
    assert classic.document.map.cards and all(card.example for card in classic.document.map.cards)
    classic.document.update_map(title="Journey")
    assert classic.window_actions.undo.text() == "&Undo Edit map"
