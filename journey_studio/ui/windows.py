"""The open editor windows of this process: one window per document.

Decided here (as TextEdit, Pages or LibreOffice do): New and Open reuse the window they
are called from only while that window holds an untouched new map (no file, nothing
done), so starting the app and opening a file does not leave an empty window behind;
otherwise they open a new window. Opening a file that is already open brings its window
to the front instead of opening it twice.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from ..document import Document
from ..fileformat import SUFFIX, JourneyFileError
from ..fileformat.readers import read_any
from ..model import Language
from .recent_files import add_recent_file

if TYPE_CHECKING:
    from .main_window import MainWindow

_open: list["MainWindow"] = []
CASCADE = 32


def windows() -> list["MainWindow"]:
    return list(_open)


def forget(window: "MainWindow") -> None:
    if window in _open:
        _open.remove(window)


def show_document(document: Document, replacing: "MainWindow | None" = None) -> "MainWindow":
    from .main_window import MainWindow

    window = MainWindow(document)
    if replacing is not None:
        window.restoreGeometry(replacing.saveGeometry())
    elif _open:
        window.move(_open[-1].pos().x() + CASCADE, _open[-1].pos().y() + CASCADE)
    _open.append(window)
    window.show()
    if replacing is not None:
        replacing.close()
    return window


def new_map(template: str = "blank", language: Language | str = Language.EN,
            replacing: "MainWindow | None" = None) -> "MainWindow":
    return show_document(Document.new(template, language), replacing)


def _same_file(a: str | None, b: str) -> bool:
    return a is not None and os.path.abspath(a) == os.path.abspath(b)


def open_path(path: str, parent: QWidget | None = None,
              replacing: "MainWindow | None" = None) -> "MainWindow | None":
    """Open ``path`` in a window; on failure show why and return None (nothing else changes)."""
    path = str(path)
    existing = next((w for w in _open if _same_file(w.document.path, path)), None)
    if existing is not None:
        existing.raise_()
        existing.activateWindow()
        return existing
    try:
        journey = read_any(path)
    except (JourneyFileError, OSError) as error:
        QMessageBox.warning(parent, "Cannot open the file",
                            f"“{Path(path).name}” could not be opened.\n\n{error}")
        return None
    add_recent_file(path)
    # An imported file (not .journey) has no path yet: Save asks where, never overwrites it.
    own_path = os.path.abspath(path) if Path(path).suffix.lower() == SUFFIX else None
    return show_document(Document.from_journey(journey, own_path), replacing)
