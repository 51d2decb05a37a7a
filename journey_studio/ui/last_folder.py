"""The folder file dialogs open in: the last one the user chose a map in, else Documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

KEY = "lastDirectory"


def default_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def last_folder() -> str:
    folder = QSettings().value(KEY, "", str)
    return folder if folder and Path(folder).is_dir() else default_folder()


def remember_folder(path: str) -> None:
    """Remember the folder of a file the user just chose."""
    QSettings().setValue(KEY, str(Path(path).parent))
