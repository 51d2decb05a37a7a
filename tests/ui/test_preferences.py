"""Edit › Preferences…: backups, autosave interval, language, interface size; all remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from journey_studio import i18n
from journey_studio.ui import preferences
from journey_studio.ui.interface_size import interface_points, large_interface_wanted
from journey_studio.ui.preferences_dialog import PreferencesDialog

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


def test_defaults(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.keep_backups.isChecked()
    assert dialog.autosave.currentData() == 30 and dialog.autosave.currentText() == "Every 30 seconds"
    assert [dialog.autosave.itemData(i) for i in range(dialog.autosave.count())] == [0, 10, 30, 60, 120, 300, 600]
    assert dialog.language.currentData() == "" and not dialog.large_interface.isChecked()
    assert any("next time" in label.text() for label in dialog.findChildren(QLabel))


def _user_sets(keep_backups: bool, autosave: int, language: str, large: bool):
    """Stand-in for exec(): the user changes the fields and clicks OK."""
    def run(dialog):
        dialog.keep_backups.setChecked(keep_backups)
        dialog.autosave.setCurrentIndex(dialog.autosave.findData(autosave))
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.large_interface.setChecked(large)
        dialog.accept()
        return QDialog.DialogCode.Accepted
    return run


def test_choices_persist_and_apply(qtbot, open_windows, tmp_path, monkeypatch):
    open_windows.start_autosave(tmp_path / "autosave")
    window = open_windows.new_map()
    monkeypatch.setattr(PreferencesDialog, "exec", _user_sets(False, 120, "fr", True))
    window.window_actions.preferences.trigger()
    settings = QSettings()
    assert settings.value("backups/keep") in (False, "false") and not preferences.keep_backups()
    assert int(settings.value("autosave/intervalSeconds")) == 120
    assert i18n.chosen_language(QSettings()) == "fr"
    assert large_interface_wanted() and QApplication.font().pointSizeF() == interface_points(True)
    assert window.file.autosave.interval_s() == 120  # open windows take the new interval
    monkeypatch.undo()
    reopened = PreferencesDialog()
    qtbot.addWidget(reopened)
    assert not reopened.keep_backups.isChecked() and reopened.autosave.currentData() == 120
    assert reopened.language.currentData() == "fr" and reopened.large_interface.isChecked()
    reopened.large_interface.setChecked(False)
    reopened.accept()
    assert not large_interface_wanted()


def test_autosave_off_stops_the_timers(qtbot, open_windows, tmp_path, monkeypatch):
    open_windows.start_autosave(tmp_path / "autosave")
    window = open_windows.new_map()
    monkeypatch.setattr(PreferencesDialog, "exec", _user_sets(True, 0, "", False))
    window.window_actions.preferences.trigger()
    assert preferences.autosave_interval_s() == 0 and not window.file.autosave.is_active()


def test_cancel_changes_nothing(qtbot):
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.keep_backups.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.reject()
    assert preferences.keep_backups() and preferences.language_setting() == ""


def test_the_menu_item_uses_the_platform_shortcut(qtbot, open_windows):
    window = open_windows.new_map()
    action = window.window_actions.preferences
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcuts() == (platform or [QKeySequence("Ctrl+,")])
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit_menu.actions()


def test_a_damaged_interval_falls_back_to_the_default(qtbot):
    QSettings().setValue("autosave/intervalSeconds", "soon")
    assert preferences.autosave_interval_s() == 30
