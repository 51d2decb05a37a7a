"""The application's own data folder, where backups and autosaves live (never beside maps).

``JOURNEY_STUDIO_DATA_DIR`` overrides the place (tests use it so they never touch the home
folder); otherwise it is a folder named ``Journey Studio`` in the system's data location
(``~/.local/share`` on Linux, ``AppData/Local`` on Windows, ``Library/Application Support``
on macOS). Versions before 0.2 used ``Journey Studio/Journey Studio`` (Qt's organisation
and application names); what they left there is moved up once.
"""

from __future__ import annotations

import os
from pathlib import Path

from .. import APP_NAME

ENV_VAR = "JOURNEY_STUDIO_DATA_DIR"


def data_dir() -> Path:
    """The data folder, created if needed."""
    override = os.environ.get(ENV_VAR)
    if override:
        folder = Path(override)
    else:
        folder = _standard_location()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backups_dir() -> Path:
    return _sub("backups")


def autosave_dir() -> Path:
    return _sub("autosave")


def _sub(name: str) -> Path:
    folder = data_dir() / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _standard_location() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    if not location:  # no home folder at all: fall back to a folder beside the user's config
        return Path.home() / f".{APP_NAME.lower().replace(' ', '-')}"
    folder = Path(location) / APP_NAME
    _adopt_legacy(folder)
    return folder


def _adopt_legacy(folder: Path) -> None:
    """Move what an older version kept in ``Journey Studio/Journey Studio`` up one level."""
    legacy = folder / APP_NAME
    if not legacy.is_dir():
        return
    for child in list(legacy.iterdir()):
        target = folder / child.name
        if not target.exists():
            try:
                os.replace(child, target)
            except OSError:
                pass
    try:
        legacy.rmdir()  # only when everything moved
    except OSError:
        pass
