"""The file dialogs return what the user clicked; found and clicked like a user would."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QListWidget, QMessageBox, QPushButton

from journey_studio.ui.file_dialogs import (
    ChangedOnDiskChoice, LockedChoice, RecoverableMap, RecoveryAction, SaveFailedChoice,
    ask_changed_on_disk, ask_file_locked, ask_recover, ask_save_failed,
)

seen: dict[str, str] = {}


def _open_dialog() -> QDialog:
    """The modal dialog on top (a confirmation over the recovery dialog, for instance)."""
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog), "no dialog is showing"
    return dialog


def _dialog_text(dialog: QDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def click_later(object_name: str, then=None) -> None:
    """Once the modal dialog runs, remember its text and click the button named so."""
    def click():
        dialog = _open_dialog()
        seen["text"] = _dialog_text(dialog)
        button = dialog.findChild(QPushButton, object_name)
        assert button is not None, f"no button {object_name!r}"
        if then:
            QTimer.singleShot(0, then)
        button.click()
    QTimer.singleShot(0, click)


@pytest.mark.parametrize("name, choice", [("save_as", SaveFailedChoice.SAVE_AS), ("cancel", SaveFailedChoice.CANCEL)])
def test_save_failed(qtbot, name, choice):
    click_later(name)
    assert ask_save_failed(None, "plan.journey", "the disk is full") is choice
    assert "Could not save “plan.journey”: the disk is full." in seen["text"]
    assert "still open with its unsaved changes" in seen["text"]


@pytest.mark.parametrize("choice", list(ChangedOnDiskChoice))
def test_changed_on_disk(qtbot, choice):
    click_later(choice.value)
    assert ask_changed_on_disk(None, "plan.journey") is choice
    assert "was changed by another program" in seen["text"]


@pytest.mark.parametrize("choice", list(LockedChoice))
def test_file_locked_names_the_holder(qtbot, choice):
    click_later(choice.value)
    holder = "Journey Studio (process 4242) of alice on workshop-laptop"
    assert ask_file_locked(None, "plan.journey", holder) is choice
    assert f"“plan.journey” is already open in {holder}." in seen["text"]


def test_escape_means_cancel(qtbot):
    def press_escape():
        box = _open_dialog()
        assert isinstance(box, QMessageBox)
        box.reject()
    QTimer.singleShot(0, press_escape)
    assert ask_file_locked(None, "plan.journey", "someone") is LockedChoice.CANCEL


def test_html_in_a_file_name_is_shown_as_text(qtbot):
    def check_then_close():
        label = _open_dialog().findChild(QLabel, "qt_msgbox_label")
        seen["format"] = label.textFormat()
        seen["text"] = label.text()
        _open_dialog().findChild(QPushButton, "cancel").click()
    QTimer.singleShot(0, check_then_close)
    ask_save_failed(None, "<b>x</b>.journey", "permission denied")
    assert seen["format"] == Qt.TextFormat.PlainText
    assert "<b>x</b>.journey" in seen["text"]


MAPS = [
    RecoverableMap("Workshop map", datetime(2024, 5, 2, 14, 30, tzinfo=timezone.utc), "/maps/plan.journey"),
    RecoverableMap("", datetime(2024, 5, 2, 14, 0, tzinfo=timezone.utc) - timedelta(days=1)),
]


def _uncheck_second_then(name: str, then=None):
    def act():
        dialog = _open_dialog()
        items = dialog.findChild(QListWidget, "recoverable_maps")
        seen["rows"] = [items.item(i).text() for i in range(items.count())]
        items.item(1).setCheckState(items.item(1).checkState().Unchecked)
        if then:
            QTimer.singleShot(0, then)
        dialog.findChild(QPushButton, name).click()
    QTimer.singleShot(0, act)


def test_a_long_folder_is_cut_in_its_middle_never_the_date_or_the_name():
    from journey_studio.ui.file_dialogs import _describe

    deep = "/home/consultant/Clients/" + "très-long-dossier/" * 8 + "parcours.journey"
    text = _describe(RecoverableMap("Plan", datetime(2024, 5, 2, 14, 30, tzinfo=timezone.utc), deep))
    title, when, where = text.split("\n")
    assert title == "Plan" and "2024" in when
    assert where.startswith("parcours.journey in /home/consultant/") and "…" in where
    assert where.endswith("très-long-dossier") and len(where) < 90


def test_recover_selected(qtbot):
    _uncheck_second_then("recover")
    choice = ask_recover(None, MAPS)
    assert choice.action is RecoveryAction.RECOVER and choice.selected == (0,)
    assert "Workshop map" in seen["rows"][0] and "plan.journey in /maps" in seen["rows"][0]
    assert "Untitled map" in seen["rows"][1] and "never saved" in seen["rows"][1]
    assert "2024" in seen["rows"][1] and "May" in seen["rows"][1]  # the full date


def test_later_returns_no_selection(qtbot):
    click_later("later")
    choice = ask_recover(None, MAPS)
    assert choice.action is RecoveryAction.LATER and choice.selected == ()


def _answer_confirmation(button):
    def answer():
        box = _open_dialog()
        assert isinstance(box, QMessageBox) and "for good" in box.text()
        seen["confirm"] = box.text()
        box.button(button).click()
    return answer


def test_discard_asks_for_confirmation(qtbot):
    _uncheck_second_then("discard", _answer_confirmation(QMessageBox.StandardButton.Discard))
    choice = ask_recover(None, MAPS)
    assert choice.action is RecoveryAction.DISCARD and choice.selected == (0,)
    assert seen["confirm"] == "Delete 1 unsaved map for good? This cannot be undone."


def test_discard_cancelled_keeps_the_dialog_open(qtbot):
    def cancel_then_later():
        _answer_confirmation(QMessageBox.StandardButton.Cancel)()
        click_later("later")  # the recovery dialog is still there
    click_later("discard", cancel_then_later)
    assert ask_recover(None, MAPS).action is RecoveryAction.LATER
