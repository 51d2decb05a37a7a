"""The "Open Recent" list, kept in QSettings (most recent first, without duplicates).

A map opened or saved by any way (a dialog, the command line, a drop, this list) is also the
folder the next Open or Save dialog starts in (``last_folder``): the folder just used."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings

from .last_folder import remember_folder

KEY = "recentFiles"
LIMIT = 10


def _settings() -> QSettings:
    return QSettings()


def recent_files() -> list[str]:
    value = _settings().value(KEY, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list on some backends
        value = [value]
    return [str(path) for path in (value or []) if path]


def add_recent_file(path: str) -> None:
    path = os.path.abspath(path)
    files = [path] + [p for p in recent_files() if os.path.abspath(p) != path]
    _settings().setValue(KEY, files[:LIMIT])


def remove_recent_file(path: str) -> None:
    _settings().setValue(KEY, [p for p in recent_files() if p != path])


def clear_recent_files() -> None:
    _settings().setValue(KEY, [])


class RecentFiles:
    """The Open Recent list as the Application hands it to its windows (a test may pass its own)."""

    def files(self) -> list[str]:
        return recent_files()

    def add(self, path: str) -> None:
        add_recent_file(path)
        remember_folder(os.path.abspath(path))

    def remove(self, path: str) -> None:
        remove_recent_file(path)

    def clear(self) -> None:
        clear_recent_files()
