"""The application's own data folder, where backups and autosaves live (never beside maps).

``JOURNEY_STUDIO_DATA_DIR`` overrides the place (tests use it so they never touch the home
folder); otherwise it is Qt's ``AppDataLocation`` for this application.
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
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.applicationName() or QCoreApplication.instance() is None:
        QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:  # no home folder at all: fall back to a folder beside the user's config
        location = str(Path.home() / f".{APP_NAME.lower().replace(' ', '-')}")
    return Path(location)
