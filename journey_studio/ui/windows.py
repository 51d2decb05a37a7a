"""How a file becomes a window: open, import, recovered or pasted maps, locks and warnings.

These functions hold no state: the :class:`~journey_studio.app.Application` passed in as
``app`` owns the open windows (``app.windows()``, ``app.show_document(...)``) and the
recent files; ``Application.open_path`` and friends call in here.

Decided here (as TextEdit, Pages or LibreOffice do): New and Open reuse the window they
are called from only while that window holds an untouched new map (no file, nothing
done), so starting the app and opening a file does not leave an empty window behind;
otherwise they open a new window. Opening a file that is already open brings its window
to the front instead of opening it twice.

Opening a ``.journey`` file takes its lock (:class:`~journey_studio.storage.file_lock.MapFileLock`):
held by another editor, the user chooses read-only or a copy; no lock possible (a read-only
folder), the map opens with a note in the status bar. Any other format (and File › Import)
opens as an unsaved map without a path, so Save asks where and never overwrites the source.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME, i18n
from ..document import Document
from ..fileformat import SUFFIX, JourneyFileError
from ..fileformat.readers import read_any_with_warnings
from ..model import Journey, Language
from ..storage.disk_state import read_state
from ..storage.file_lock import LockState, MapFileLock
from . import file_dialogs
from .localized import localized
from . import plain_text

if TYPE_CHECKING:
    from ..app import Application
    from .main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def show_unsaved(app: "Application", journey: Journey, replacing: "MainWindow | None" = None, *,
                 path: str | None = None,
                 source_name: str = "", recovered: bool = False, note: str = "") -> "MainWindow":
    """A map that exists only in memory (imported, pasted, recovered): dirty, so closing asks."""
    lock = disk_state = None
    if path is not None:  # a recovered map keeps its file, if nobody else has it open
        lock, path, note = _lock_for_recovered(path, note)
        disk_state = read_state(path) if path else None
    document = Document.from_journey(journey, path)
    document.undo_stack.resetClean()
    return app.show_document(document, replacing, lock=lock, disk_state=disk_state,
                             source_name=source_name, recovered=recovered, note=note)


def _lock_for_recovered(path: str, note: str) -> tuple[MapFileLock | None, str | None, str]:
    lock = MapFileLock(path)
    state = lock.acquire()
    if state is LockState.OWNED:
        return lock, path, note
    if state is LockState.HELD_BY_OTHER:
        note = translate("Windows", "{reason}: the recovered map will be saved under a new name")
        return None, None, note.format(reason=localized(lock.note))
    return None, path, localized(lock.note)


def _same_file(a: str | None, b: str) -> bool:
    return a is not None and os.path.abspath(a) == os.path.abspath(b)


def import_language() -> Language:
    """The language of the lanes an importer creates ("Actors" / "Acteurs"): the interface's."""
    return Language(i18n.chosen_language())


def show_warnings(parent: QWidget | None, file_name: str, warnings: list[str]) -> None:
    """What an import or export lost or changed, all in one dialog."""
    if not warnings:
        return
    what = i18n.plural(len(warnings),
                       translate("Windows", "“{name}”: {count} thing could not be carried over exactly."),
                       translate("Windows", "“{name}”: {count} things could not be carried over exactly."),
                       name=file_name)
    box = QMessageBox(QMessageBox.Icon.Information, translate("Windows", "Import and export notes"),
                      what, QMessageBox.StandardButton.Ok, parent)
    more = translate("Windows", "… and {count} more").format(count=len(warnings) - 30)
    box.setInformativeText("\n".join(f"• {localized(line)}" for line in warnings[:30])
                           + (f"\n{more}" if len(warnings) > 30 else ""))
    plain_text.make_plain(box)
    box.exec()


def import_path(app: "Application", path: str, parent: QWidget | None = None,
                replacing: "MainWindow | None" = None) -> "MainWindow | None":
    """Any readable file as a new unsaved map without a path (File › Import, drops, Open of
    a non-.journey file); None on failure, after saying why."""
    try:
        result = read_any_with_warnings(path, import_language())
    except (JourneyFileError, OSError) as error:
        _cannot_open(parent, path, error)
        return None
    app.recent_files.add(path)
    window = show_unsaved(app, result.journey, replacing, source_name=Path(path).stem)
    show_warnings(window, Path(path).name, result.warnings)
    return window


def open_path(app: "Application", path: str, parent: QWidget | None = None,
              replacing: "MainWindow | None" = None) -> "MainWindow | None":
    """Open ``path`` in a window; on failure show why and return None (nothing else changes)."""
    path = str(path)
    existing = next((w for w in app.windows() if _same_file(w.document.path, path)), None)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    if Path(path).suffix.lower() != SUFFIX:
        return import_path(app, path, parent, replacing)
    path = os.path.abspath(path)
    disk_state = read_state(path)  # before reading: a change in between is caught on save
    try:
        result = read_any_with_warnings(path, import_language())
    except (JourneyFileError, OSError) as error:
        _cannot_open(parent, path, error)
        return None
    lock = MapFileLock(path)
    state = lock.acquire()
    own_path, read_only, note = path, False, ""
    if state is LockState.HELD_BY_OTHER:
        holder = _holder_name(lock)
        choice = file_dialogs.ask_file_locked(parent, Path(path).name, holder)
        if choice is file_dialogs.LockedChoice.CANCEL:
            return None
        lock = None
        if choice is file_dialogs.LockedChoice.COPY:
            app.recent_files.add(path)
            return show_unsaved(app, result.journey, replacing, source_name=Path(path).stem)
        read_only = True
    elif state is LockState.UNAVAILABLE:
        lock, note = None, localized(lock.note)[:1].upper() + localized(lock.note)[1:]
    app.recent_files.add(path)
    document = Document.from_journey(result.journey, own_path, read_only=read_only)
    return app.show_document(document, replacing, lock=lock, disk_state=disk_state, note=note)


def _holder_name(lock: MapFileLock) -> str:
    """Who has the map open. Only Journey Studio takes these locks: when it runs from Python,
    the lock names the interpreter ("python3.11"), so name the application instead."""
    if lock.holder is None:
        return translate("Windows", "another program")
    holder = lock.holder
    if not holder.app or holder.app.lower().startswith("python"):
        holder = dataclasses.replace(holder, app=APP_NAME)
    return localized(holder.describe())


def _cannot_open(parent: QWidget | None, path: str, error: Exception) -> None:
    plain_text.warning(parent, translate("Windows", "Cannot open the file"),
                        translate("Windows", "“{name}” could not be opened.").format(name=Path(path).name)
                        + f"\n\n{localized(error)}")
