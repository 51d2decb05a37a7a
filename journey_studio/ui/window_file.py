"""The file behind one editor window: its lock, its state on disk, its autosave.

Saving goes through :func:`journey_studio.storage.save.save_journey` (the previous version
is kept as a backup when the preference says so, the write is atomic). Before writing
over the window's own file, a change made on disk by another program is caught and the
user chooses Overwrite, Save As, Reload or Cancel. A failed save says why; the map stays
unsaved and intact and the window stays open.

Decided here: choosing Reload in the "changed on disk" question reloads at once (that
question already says Reload drops the unsaved changes); :meth:`WindowFile.reload` called
on its own asks first when there are unsaved changes.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .. import APP_NAME
from ..document import Document
from ..fileformat import JourneyFileError, load
from ..fileformat.atomic import is_write_protected, os_error_reason, remove_leftovers
from ..storage.autosave_timer import AutosaveTimer
from ..storage.disk_state import DiskState, changed_on_disk, read_state
from ..storage.file_lock import LockState, MapFileLock
from ..storage.save import save_journey
from . import file_dialogs
from .localized import localized
from . import plain_text

if TYPE_CHECKING:
    from .window_host import MapWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class WindowFile:
    def __init__(self, window: "MapWindow"):
        """``window`` needs ``report`` only here; its ``host`` gives the autosave store, the
        preferences and the recent files."""
        self.window = window
        self.lock: MapFileLock | None = None
        self.disk_state: DiskState | None = None
        self.source_name = ""  # the imported file's name, for a map without path or title
        self.recovered = False
        self.autosave_key = uuid.uuid4().hex[:12]
        self.autosave: AutosaveTimer | None = None
        store = window.host.autosave_store
        if store is not None:
            self.autosave = AutosaveTimer(store, self._snapshot, parent=window)
            self.autosave.failed.connect(window.report)
            self.apply_preferences()

    @property
    def document(self) -> Document:
        return self.window.document

    def adopt(self, lock: MapFileLock | None, disk_state: DiskState | None, *,
              source_name: str = "", recovered: bool = False) -> None:
        self.lock, self.disk_state = lock, disk_state
        self.source_name, self.recovered = source_name, recovered
        path = self.document.path
        if path is not None:
            remove_leftovers(path)  # temporary files of a save that was killed
            if is_write_protected(path):  # as LibreOffice does: open it read-only, Save As to edit
                self.document.read_only = True
        self.window.file_state_changed()

    def title_note(self) -> str:
        if self.document.read_only:
            return translate("WindowFile", " (read-only)")
        return translate("WindowFile", " (recovered)") if self.recovered else ""

    # --- autosave -----------------------------------------------------------------------
    def apply_preferences(self) -> None:
        if self.autosave is None:
            return
        seconds = self.window.host.preferences.autosave_interval_s()
        if seconds:
            self.autosave.set_interval(seconds)
            self.autosave.start()
        else:
            self.autosave.stop()

    def _snapshot(self):
        document = self.document
        return self.autosave_key, document.journey, document.dirty, document.path

    def autosave_now(self) -> bool:
        return self.autosave.tick() if self.autosave is not None else False

    def _discard_autosave(self) -> None:
        if self.autosave is not None:
            self.autosave.store.discard(self.autosave_key)

    # --- saving -------------------------------------------------------------------------
    def save_to(self, path: str) -> bool:
        """Save to ``path``; True when the map is on disk there and clean."""
        path = os.path.abspath(path)
        name = Path(path).name
        own_file = self.document.path is not None and os.path.abspath(self.document.path) == path
        if own_file and changed_on_disk(path, self.disk_state):
            choice = file_dialogs.ask_changed_on_disk(self.window, name)
            if choice is file_dialogs.ChangedOnDiskChoice.SAVE_AS:
                return self.window.save_as()
            if choice is file_dialogs.ChangedOnDiskChoice.RELOAD:
                self.reload(ask=False)
                return False
            if choice is not file_dialogs.ChangedOnDiskChoice.OVERWRITE:
                return False
        new_lock = None
        if not own_file or self.lock is None:
            new_lock = MapFileLock(path)
            if new_lock.acquire() is LockState.HELD_BY_OTHER:
                plain_text.warning(
                    self.window, APP_NAME,
                    translate("WindowFile", "“{name}” cannot be replaced: {reason}.").format(
                        name=name, reason=localized(new_lock.note)) + "\n\n"
                    + translate("WindowFile", "Close it there first, or save under another name."))
                return False
            if new_lock.state is not LockState.OWNED:
                new_lock = None
        try:
            keep_backups = self.window.host.preferences.keep_backups()
            state = save_journey(self.document.journey, path, keep_backups=keep_backups)
        except (JourneyFileError, OSError) as error:
            if new_lock is not None:
                new_lock.release()
            reason = error.reason if isinstance(error, JourneyFileError) else os_error_reason(error)
            if file_dialogs.ask_save_failed(self.window, name, reason) is file_dialogs.SaveFailedChoice.SAVE_AS:
                return self.window.save_as()
            return False
        if new_lock is not None:
            if self.lock is not None:
                self.lock.release()
            self.lock = new_lock
        self.disk_state = state
        self.recovered = False
        self.document.read_only = False  # a read-only map saved under a new name is ours now
        self.document.mark_saved(path)
        self._discard_autosave()
        self.window.host.recent_files.add(path)
        self.window.file_state_changed()
        self.window.report(translate("WindowFile", "Saved {name}").format(name=name))
        return True

    def reload(self, ask: bool = True) -> "MapWindow | None":
        """Read the file again into this window (a new window takes its place)."""
        path = self.document.path
        if path is None:
            return None
        if ask and self.document.dirty and not self.window.confirm(
                translate("WindowFile", "Discard your unsaved changes and reload “{name}” from disk?").format(
                    name=Path(path).name)):
            return None
        state = read_state(path)
        try:
            journey = load(path)
        except JourneyFileError as error:
            plain_text.warning(
                self.window, translate("WindowFile", "Cannot reload the file"),
                translate("WindowFile", "“{name}” could not be read again; your map is unchanged.").format(
                    name=Path(path).name) + f"\n\n{localized(error)}")
            return None
        lock, self.lock = self.lock, None  # the new window holds it now
        document = Document.from_journey(journey, path, read_only=self.document.read_only)
        self.document.undo_stack.setClean()  # the user chose to drop the changes
        return self.window.host.show_document(document, replacing=self.window, lock=lock, disk_state=state,
                                     note=translate("WindowFile", "Reloaded {name}").format(name=Path(path).name))

    # --- closing ------------------------------------------------------------------------
    def close(self) -> None:
        """The window closes cleanly: let the file go, forget its autosave."""
        if self.autosave is not None:
            self.autosave.stop()
        self._discard_autosave()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
