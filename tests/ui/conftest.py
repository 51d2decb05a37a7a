"""Fixtures for the window tests: isolated settings, no real dialogs, windows cleaned up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from journey_studio.ui import plain_text


@pytest.fixture(autouse=True)
def isolated_settings(qapp, tmp_path, monkeypatch):
    QCoreApplication.setOrganizationName("JourneyStudioTests")
    QCoreApplication.setApplicationName("JourneyStudioTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    monkeypatch.setenv("JOURNEY_STUDIO_DATA_DIR", str(tmp_path / "data"))  # backups, autosaves


@pytest.fixture
def no_real_dialogs(monkeypatch):
    """A test that forgets to answer a message box fails instead of hanging (used by the
    window's test modules through ``pytestmark``; other modules drive their dialogs)."""
    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[1:3]}")
    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
        if hasattr(plain_text, name):  # the app's message boxes, shown as plain text
            monkeypatch.setattr(plain_text, name, unexpected)
    # the file questions (locked, changed on disk, save failed) are message boxes run by exec()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: unexpected(box, box.windowTitle(), box.text()))


class MessageBoxes:
    """What message boxes were shown, and the answers to give (in order)."""

    def __init__(self):
        self.shown: list[tuple[str, str]] = []
        self.answers: list = []

    def box(self, kind):
        def show(parent, title, text, *args, **kwargs):
            self.shown.append((kind, text))
            return self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Ok
        return show


@pytest.fixture
def messages(monkeypatch):
    boxes = MessageBoxes()
    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, boxes.box(name))
        if hasattr(plain_text, name):
            monkeypatch.setattr(plain_text, name, boxes.box(name))
    return boxes


@pytest.fixture
def open_windows(qapp):
    """This test's Application (the one ``app.run_editor`` finds too): it opens the windows and
    collects cyclic garbage in the GUI thread, as in the editor; afterwards the windows are
    closed and it lets go of its store, translators and collector."""
    from journey_studio.app import Application

    application = Application(qapp)
    application.collect_garbage_in_gui_thread()  # as run_editor does: until dispose()
    yield application
    for window in application.windows():
        window.document.undo_stack.setClean()
        window.close()
    application.dispose()
