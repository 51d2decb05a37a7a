"""What one running Journey Studio shares between its windows: the autosave store.

``app.py`` creates one :class:`~journey_studio.storage.autosave.AutosaveStore` per process
(:func:`start`); each window then autosaves through it (see :mod:`.window_file`). Without
a store (a window made by a test, say), windows do not autosave. At start-up,
:func:`offer_recovery` lists what a crashed session left and opens the maps the user
recovers as unsaved maps, each titled "(recovered)" and keeping its original file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..fileformat import JourneyFileError
from ..storage.autosave import AutosaveStore
from . import file_dialogs
from .localized import localized

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:
    from .main_window import MainWindow

_store: AutosaveStore | None = None


def store() -> AutosaveStore | None:
    return _store


def set_store(new: AutosaveStore | None) -> None:
    global _store
    _store = new


def start(folder: Path) -> AutosaveStore:
    """This process's autosave store, in ``folder``."""
    set_store(AutosaveStore(folder))
    return _store


def finish() -> None:
    """A clean exit: this session leaves no autosave behind."""
    if _store is not None:
        _store.close()


def offer_recovery(parent: QWidget | None = None) -> list["MainWindow"]:
    """Ask about the autosaves of crashed sessions; returns the windows of recovered maps."""
    from . import windows

    if _store is None:
        return []
    entries = _store.pending()
    if not entries:
        return []
    choice = file_dialogs.ask_recover(parent, [
        file_dialogs.RecoverableMap(e.title, e.saved_at, e.original) for e in entries])
    chosen = [entries[i] for i in choice.selected if 0 <= i < len(entries)]
    if choice.action is file_dialogs.RecoveryAction.DISCARD:
        for entry in chosen:
            _store.remove(entry)
        return []
    if choice.action is not file_dialogs.RecoveryAction.RECOVER:
        return []  # Later: everything stays for the next start
    opened = []
    for entry in chosen:
        try:
            journey = _store.load(entry)
        except JourneyFileError as error:
            title = entry.title or translate("Session", "Untitled map")
            QMessageBox.warning(
                parent, translate("Session", "Cannot recover the map"),
                translate("Session", "“{name}” could not be recovered: {reason}.").format(
                    name=title, reason=localized(error.reason)) + "\n\n"
                + translate("Session", "The autosave stays in {folder}.").format(folder=entry.map_path.parent))
            continue
        window = windows.show_unsaved(journey, path=entry.original, recovered=True,
                                      note=translate("Session", "Recovered: save the map to keep it"))
        window.file.autosave_now()  # safe under this session before the old autosave goes
        _store.remove(entry)
        opened.append(window)
    return opened
