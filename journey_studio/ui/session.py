"""At start-up, what a crashed session left: offer to recover those maps.

The :class:`~journey_studio.app.Application` owns this process's
:class:`~journey_studio.storage.autosave.AutosaveStore` (``app.autosave_store``, removed on a
clean quit); each window autosaves through it (see :mod:`.window_file`). Without a store (a
window made by a test, say), windows do not autosave. :func:`offer_recovery` lists what a
crashed session left and opens the maps the user recovers as unsaved maps, each titled
"(recovered)" and keeping its original file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..fileformat import JourneyFileError
from . import file_dialogs
from .localized import localized
from . import plain_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

if TYPE_CHECKING:
    from ..app import Application
    from .main_window import MainWindow


def offer_recovery(app: "Application", parent: QWidget | None = None) -> list["MainWindow"]:
    """Ask about the autosaves of crashed sessions; returns the windows of recovered maps."""
    store = app.autosave_store
    if store is None:
        return []
    entries = store.pending()
    if not entries:
        return []
    choice = file_dialogs.ask_recover(parent, [
        file_dialogs.RecoverableMap(e.title, e.saved_at, e.original) for e in entries])
    chosen = [entries[i] for i in choice.selected if 0 <= i < len(entries)]
    if choice.action is file_dialogs.RecoveryAction.DISCARD:
        for entry in chosen:
            store.remove(entry)
        return []
    if choice.action is not file_dialogs.RecoveryAction.RECOVER:
        return []  # Later: everything stays for the next start
    opened = []
    for entry in chosen:
        try:
            journey = store.load(entry)
        except JourneyFileError as error:
            title = entry.title or translate("Session", "Untitled map")
            plain_text.warning(
                parent, translate("Session", "Cannot recover the map"),
                translate("Session", "“{name}” could not be recovered: {reason}.").format(
                    name=title, reason=localized(error.reason)) + "\n\n"
                + translate("Session", "The autosave stays in {folder}.").format(folder=entry.map_path.parent))
            continue
        window = app.show_unsaved(journey, path=entry.original, recovered=True,
                                      note=translate("Session", "Recovered: save the map to keep it"))
        window.file.autosave_now()  # safe under this session before the old autosave goes
        store.remove(entry)
        opened.append(window)
    return opened
