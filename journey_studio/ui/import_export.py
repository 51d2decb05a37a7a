"""File › Import…, File › Export As…, Export PNG… / PDF…, and pasting a Mermaid journey.

Imports open as a new unsaved map without a path (Save asks where; the source file is
never overwritten), with what the importer could not carry over listed in one dialog.
Exports write a copy in another format; the map, its path and its unsaved state stay.

Decided here: Mermaid ``journey`` text pasted onto an empty map (no cards, no emotion
points) opens as a new unsaved map, in the same window when that window is an untouched
new map (as File › Open does), else in a new window. A map with content takes the text
as cards, as any pasted text.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..fileformat import SUFFIX, JourneyFileError
from ..fileformat.mermaid_import import is_mermaid_journey, journey_from_mermaid_text
from ..fileformat.readers import IMPORTERS
from ..fileformat.writers import write_any
from . import windows
from .export_dialog import ExportDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

IMPORT_FILTERS = ";;".join([
    "Everything Journey Studio reads (" + " ".join(f"*{s}" for s in sorted(IMPORTERS)) + ")",
    "Mermaid journey (*.mmd *.md)", "OpenJourney / Ptolemy (*.ojf)", "Spreadsheet (*.csv *.xlsx)",
    "PNG exported with its map (*.png)", f"Journey map (*{SUFFIX})",
])
#: Export As… formats: the filter shown and the suffix it writes.
EXPORT_FORMATS = [
    ("Mermaid journey (*.mmd)", ".mmd"), ("Markdown with a Mermaid diagram (*.md)", ".md"),
    ("Excel workbook (*.xlsx)", ".xlsx"), ("CSV spreadsheet (*.csv)", ".csv"),
    (f"Journey map copy (*{SUFFIX})", SUFFIX),
]


def _folder() -> str:
    return QSettings().value("lastDirectory", str(Path.home()), str)


def _remember_folder(path: str) -> None:
    QSettings().setValue("lastDirectory", str(Path(path).parent))


def import_dialog(window: "MainWindow") -> "MainWindow | None":
    path, _ = QFileDialog.getOpenFileName(window, "Import a map", _folder(), IMPORT_FILTERS)
    if not path:
        return None
    _remember_folder(path)
    return import_file(window, path)


def import_file(window: "MainWindow", path: str) -> "MainWindow | None":
    """``path`` as a new unsaved map, in ``window`` if it is an untouched new map."""
    return windows.import_path(path, parent=window, replacing=window if window.is_pristine() else None)


def export_as_dialog(window: "MainWindow") -> str | None:
    filters = ";;".join(f for f, _ in EXPORT_FORMATS)
    suggested = Path(window.suggested_file_name()).with_suffix(".mmd")
    path, chosen = QFileDialog.getSaveFileName(window, "Export the map as", str(Path(_folder()) / suggested.name),
                                               filters)
    if not path:
        return None
    suffix = dict(EXPORT_FORMATS).get(chosen, ".mmd")
    if Path(path).suffix.lower() not in {s for _, s in EXPORT_FORMATS}:
        path += suffix
    _remember_folder(path)
    return export_to(window, path)


def export_to(window: "MainWindow", path: str) -> str | None:
    """Write a copy of the map to ``path`` in the format its suffix names; the path or None."""
    name = Path(path).name
    own = window.document.path
    if own is not None and os.path.abspath(own) == os.path.abspath(path):
        QMessageBox.warning(window, "Export", f"“{name}” is the map's own file: use Save to write it.")
        return None
    try:
        warnings = write_any(window.document.journey, path)
    except (JourneyFileError, OSError) as error:
        QMessageBox.warning(window, "Export failed", f"The map was not exported to “{name}”.\n\n{error}")
        return None
    window.report(f"Exported {name}")
    windows.show_warnings(window, name, warnings)
    return path


def export_picture_dialog(window: "MainWindow", png: bool) -> ExportDialog:
    """The Export dialog for this map, set to PNG or PDF (its other settings as last time)."""
    dialog = ExportDialog(window.document.journey, window,
                          suggested_name=Path(window.display_name()).stem)
    (dialog.png_radio if png else dialog.pdf_radio).setChecked(True)
    return dialog


def export_picture(window: "MainWindow", png: bool) -> str | None:
    path = export_picture_dialog(window, png).exec()
    if path:
        window.report(f"Exported {Path(path).name}")
    return path


# --- paste -------------------------------------------------------------------------------
def map_is_empty(window: "MainWindow") -> bool:
    m = window.document.map
    return not m.cards and not any(lane.points for lane in m.lanes)


def paste_mermaid(window: "MainWindow", text: str) -> "MainWindow | None":
    """Mermaid journey text pasted onto an empty map opens as a new map; None if not taken."""
    if not text.strip() or not map_is_empty(window) or not is_mermaid_journey(text):
        return None
    try:
        result = journey_from_mermaid_text(text, windows.import_language())
    except JourneyFileError as error:
        window.report(f"The pasted Mermaid journey could not be read: {error.reason}")
        return window
    new = windows.show_unsaved(result.journey, window if window.is_pristine() else None,
                               source_name="Pasted journey", note="Pasted the Mermaid journey as a new map")
    windows.show_warnings(new, "Pasted journey", result.warnings)
    return new
