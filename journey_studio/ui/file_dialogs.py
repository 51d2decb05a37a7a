"""The questions Journey Studio asks when a file cannot simply be saved or opened.

Each function takes a parent widget and plain values, shows a modal dialog and returns
the user's choice as an enum; the caller acts on it. Buttons have object names (the
enum's value) so tests and accessibility tools can find them.
"""

from __future__ import annotations

from pathlib import Path

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
    QVBoxLayout, QWidget,
)

from .. import APP_NAME
from ..human_dates import day_and_time
from ..i18n import interface_language, plural
from .localized import localized
from . import plain_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
#: how the file writer starts the reason of a failed save (``fileformat.atomic``)
SAVE_FAILED = "could not save: "


class SaveFailedChoice(enum.Enum):
    SAVE_AS = "save_as"
    CANCEL = "cancel"


class ChangedOnDiskChoice(enum.Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save_as"
    RELOAD = "reload"
    CANCEL = "cancel"


class LockedChoice(enum.Enum):
    READ_ONLY = "read_only"
    COPY = "copy"
    CANCEL = "cancel"


class RecoveryAction(enum.Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


@dataclass(frozen=True)
class RecoverableMap:
    """One autosave as the recovery dialog shows it."""

    title: str
    saved_at: datetime
    original: str | None = None


@dataclass(frozen=True)
class RecoveryChoice:
    action: RecoveryAction
    selected: tuple[int, ...]  # indexes into the list given to the dialog


def _ask(parent: QWidget | None, icon: QMessageBox.Icon, text: str, detail: str,
         buttons: Sequence[tuple[enum.Enum, str, QMessageBox.ButtonRole]], default: enum.Enum,
         escape: enum.Enum) -> enum.Enum:
    box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(detail)
    plain_text.make_plain(box)  # file names are never interpreted as HTML
    made: dict[QPushButton, enum.Enum] = {}
    for choice, label, role in buttons:
        button = box.addButton(label, role)
        button.setObjectName(choice.value)
        made[button] = choice
        if choice is default:
            box.setDefaultButton(button)
        if choice is escape:
            box.setEscapeButton(button)
    box.exec()
    return made.get(box.clickedButton(), escape)


def ask_save_failed(parent: QWidget | None, file_name: str, reason: str) -> SaveFailedChoice:
    """The save did not happen: say why; the map stays open and unsaved."""
    reason = reason.removeprefix(SAVE_FAILED)  # the sentence says it already
    return _ask(
        parent, QMessageBox.Icon.Critical,
        translate("FileDialogs", "Could not save “{name}”: {reason}.").format(name=file_name, reason=localized(reason)),
        translate("FileDialogs", "The file on disk was not changed, and your map is still open with its unsaved "
                                 "changes. You can save it somewhere else."),
        [(SaveFailedChoice.SAVE_AS, translate("FileDialogs", "Save As…"), QMessageBox.ButtonRole.AcceptRole),
         (SaveFailedChoice.CANCEL, translate("FileDialogs", "Close"), QMessageBox.ButtonRole.RejectRole)],
        default=SaveFailedChoice.SAVE_AS, escape=SaveFailedChoice.CANCEL,
    )


def ask_changed_on_disk(parent: QWidget | None, file_name: str) -> ChangedOnDiskChoice:
    """Before saving over a file another program changed since it was opened."""
    return _ask(
        parent, QMessageBox.Icon.Warning,
        translate("FileDialogs", "“{name}” was changed by another program since you opened it.").format(
            name=file_name),
        translate("FileDialogs", "Overwrite replaces those changes with yours. Save As keeps both. Reload drops "
                                 "your unsaved changes and opens the version on disk."),
        [(ChangedOnDiskChoice.OVERWRITE, translate("FileDialogs", "Overwrite"),
          QMessageBox.ButtonRole.DestructiveRole),
         (ChangedOnDiskChoice.SAVE_AS, translate("FileDialogs", "Save As…"), QMessageBox.ButtonRole.AcceptRole),
         (ChangedOnDiskChoice.RELOAD, translate("FileDialogs", "Reload"), QMessageBox.ButtonRole.ResetRole),
         (ChangedOnDiskChoice.CANCEL, translate("FileDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)],
        default=ChangedOnDiskChoice.SAVE_AS, escape=ChangedOnDiskChoice.CANCEL,
    )


def ask_file_locked(parent: QWidget | None, file_name: str, holder: str) -> LockedChoice:
    """Opening a map already open elsewhere; ``holder`` names who (LockHolder.describe())."""
    return _ask(
        parent, QMessageBox.Icon.Warning,
        translate("FileDialogs", "“{name}” is already open in {holder}.").format(
            name=file_name, holder=holder),
        translate("FileDialogs", "Open it read-only to look at it, or open a copy to edit it without touching "
                                 "the original."),
        [(LockedChoice.READ_ONLY, translate("FileDialogs", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole),
         (LockedChoice.COPY, translate("FileDialogs", "Open a Copy"), QMessageBox.ButtonRole.ActionRole),
         (LockedChoice.CANCEL, translate("FileDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)],
        default=LockedChoice.READ_ONLY, escape=LockedChoice.CANCEL,
    )


class RecoveryDialog(QDialog):
    """The list of maps a crash left unsaved, each with its title and time, all checked."""

    def __init__(self, maps: Sequence[RecoverableMap], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("{app}: recover unsaved maps").format(app=APP_NAME))
        self.action = RecoveryAction.LATER
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Journey Studio closed without saving these maps. "
                               "Recovered maps open as unsaved; save them to keep them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("recoverable_maps")
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)  # the folder is cut by _describe, never the date
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSpacing(3)
        for entry in maps:
            item = QListWidgetItem(_describe(entry))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(plain_text.escape_for_tooltip(entry.original or self.tr("never saved")))
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        for action, label, role in (
            (RecoveryAction.RECOVER, self.tr("Recover Selected"), QDialogButtonBox.ButtonRole.AcceptRole),
            (RecoveryAction.DISCARD, self.tr("Discard Selected"), QDialogButtonBox.ButtonRole.DestructiveRole),
            (RecoveryAction.LATER, self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button = buttons.addButton(label, role)
            button.setObjectName(action.value)
            button.clicked.connect(lambda _=False, a=action: self._finish(a))
        layout.addWidget(buttons)
        self.resize(680, 340)

    def selected(self) -> tuple[int, ...]:
        return tuple(i for i in range(self.list.count())
                     if self.list.item(i).checkState() == Qt.CheckState.Checked)

    def _finish(self, action: RecoveryAction) -> None:
        if action is RecoveryAction.DISCARD and not self._confirm_discard():
            return
        self.action = action
        self.done(QDialog.DialogCode.Accepted if action is not RecoveryAction.LATER
                  else QDialog.DialogCode.Rejected)

    def _confirm_discard(self) -> bool:
        count = len(self.selected())
        if count == 0:
            return True
        Button = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME,
                          plural(count, self.tr("Delete {count} unsaved map for good? This cannot be undone."),
                                 self.tr("Delete {count} unsaved maps for good? This cannot be undone.")),
                          Button.Discard | Button.Cancel, self)
        box.setDefaultButton(Button.Cancel)
        box.button(Button.Discard).setText(self.tr("Delete"))  # says what it does (not "Discard")
        box.exec()
        return box.clickedButton() is box.button(Button.Discard)


def ask_recover(parent: QWidget | None, maps: Sequence[RecoverableMap]) -> RecoveryChoice:
    """After a crash: which autosaves to recover or discard; unchecked ones wait for later."""
    dialog = RecoveryDialog(maps, parent)
    dialog.exec()
    selected = dialog.selected() if dialog.action is not RecoveryAction.LATER else ()
    return RecoveryChoice(dialog.action, selected)


FOLDER_CHARS = 56  # a longer folder is cut in its middle


def _elide_middle(text: str, limit: int = FOLDER_CHARS) -> str:
    if len(text) <= limit:
        return text
    keep = limit - 1
    return text[: keep // 2] + "…" + text[len(text) - (keep - keep // 2):]


def _describe(entry: RecoverableMap) -> str:
    """Three lines: the title; the full date of the autosave; the file name and its folder
    (the folder cut in the middle when long: the date and the name are never cut)."""
    when = day_and_time(entry.saved_at.astimezone(), interface_language())  # local time, no seconds
    title = entry.title.strip() or translate("FileDialogs", "Untitled map")
    if entry.original:
        path = Path(entry.original)
        where = translate("FileDialogs", "{name} in {folder}").format(
            name=path.name, folder=_elide_middle(str(path.parent)))
    else:
        where = translate("FileDialogs", "never saved")
    return translate("FileDialogs", "{title}\nautosaved on {when}\n{where}").format(title=title, when=when, where=where)
