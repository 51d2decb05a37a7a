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

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ..fileformat import SUFFIX, JourneyFileError
from ..fileformat.readers import IMPORTERS
from . import windows
from .last_folder import last_folder, remember_folder
from .localized import localized
from . import plain_text

if TYPE_CHECKING:
    from .export_dialog import ExportDialog
    from .window_host import MapWindow
# the writers, the Mermaid reader and the export dialog (reportlab, openpyxl) load when used,
# not at the editor's start

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def import_filters() -> str:
    everything = " ".join(f"*{s}" for s in sorted(IMPORTERS))
    return ";;".join([
        translate("ImportExport", "Everything Journey Studio reads ({patterns})").format(patterns=everything),
        translate("ImportExport", "Mermaid journey (*.mmd *.md)"),
        translate("ImportExport", "OpenJourney / Ptolemy (*.ojf)"),
        translate("ImportExport", "Spreadsheet (*.csv *.xlsx)"),
        translate("ImportExport", "PNG exported with its map (*.png)"),
        translate("ImportExport", "Journey map (*{suffix})").format(suffix=SUFFIX),
    ])


def export_formats() -> list[tuple[str, str]]:
    """Export As… formats: the filter shown and the suffix it writes."""
    return [
        (translate("ImportExport", "Mermaid journey (*.mmd)"), ".mmd"),
        (translate("ImportExport", "Markdown with a Mermaid diagram (*.md)"), ".md"),
        (translate("ImportExport", "Excel workbook (*.xlsx)"), ".xlsx"),
        (translate("ImportExport", "CSV spreadsheet (*.csv)"), ".csv"),
        (translate("ImportExport", "Journey map copy (*{suffix})").format(suffix=SUFFIX), SUFFIX),
    ]


_folder = last_folder
_remember_folder = remember_folder


def import_dialog(window: "MapWindow") -> "MapWindow | None":
    path, _ = QFileDialog.getOpenFileName(window, translate("ImportExport", "Import a map"), _folder(),
                                          import_filters())
    if not path:
        return None
    _remember_folder(path)
    return import_file(window, path)


def import_file(window: "MapWindow", path: str) -> "MapWindow | None":
    """``path`` as a new unsaved map, in ``window`` if it is an untouched new map."""
    return window.host.import_path(path, parent=window, replacing=window if window.is_pristine() else None)


def export_as_dialog(window: "MapWindow") -> str | None:
    formats = export_formats()
    filters = ";;".join(f for f, _ in formats)
    suggested = Path(window.suggested_file_name()).with_suffix(".mmd")
    path, chosen = QFileDialog.getSaveFileName(window, translate("ImportExport", "Export the map as"),
                                               str(Path(_folder()) / suggested.name), filters)
    if not path:
        return None
    suffix = dict(formats).get(chosen, ".mmd")
    if Path(path).suffix.lower() not in {s for _, s in formats}:
        path += suffix
    _remember_folder(path)
    return export_to(window, path)


def export_to(window: "MapWindow", path: str) -> str | None:
    """Write a copy of the map to ``path`` in the format its suffix names; the path or None."""
    name = Path(path).name
    own = window.document.path
    if own is not None and os.path.abspath(own) == os.path.abspath(path):
        text = translate("ImportExport", "“{name}” is the map's own file: use Save to write it.")
        plain_text.warning(window, translate("ImportExport", "Export"), text.format(name=name))
        return None
    try:
        from ..fileformat.writers import write_any

        warnings = write_any(window.document.journey, path)
    except (JourneyFileError, OSError) as error:
        text = translate("ImportExport", "The map was not exported to “{name}”.").format(name=name)
        plain_text.warning(window, translate("ImportExport", "Export failed"), f"{text}\n\n{localized(error)}")
        return None
    window.report(translate("ImportExport", "Exported {name}").format(name=name))
    windows.show_warnings(window, name, warnings)
    return path


def export_picture_dialog(window: "MapWindow", png: bool = False, kind: str | None = None) -> "ExportDialog":
    """The Export dialog for this map, set to ``kind`` ("png", "pdf", "svg", "pptx"; else PNG or
    PDF as ``png`` says), its other settings as last time."""
    path = window.document.path
    from .export_dialog import ExportDialog

    dialog = ExportDialog(window.document.journey, window,
                          suggested_name=Path(window.display_name()).stem,
                          default_folder=str(Path(path).parent) if path else _folder())
    dialog.set_format(kind or ("png" if png else "pdf"))
    return dialog


def export_picture(window: "MapWindow", png: bool = False, kind: str | None = None) -> str | None:
    path = export_picture_dialog(window, png, kind).exec()
    if path:
        window.report(translate("ImportExport", "Exported {name}").format(name=Path(path).name))
    return path


# --- paste -------------------------------------------------------------------------------
def map_is_empty(window: "MapWindow") -> bool:
    m = window.document.map
    return not m.cards and not any(lane.points for lane in m.lanes)


def paste_mermaid(window: "MapWindow", text: str) -> "MapWindow | None":
    """Mermaid journey text pasted onto an empty map opens as a new map; None if not taken."""
    from ..fileformat.mermaid_import import is_mermaid_journey, journey_from_mermaid_text

    if not text.strip() or not map_is_empty(window) or not is_mermaid_journey(text):
        return None
    try:
        result = journey_from_mermaid_text(text, windows.import_language())
    except JourneyFileError as error:
        window.report(translate("ImportExport", "The pasted Mermaid journey could not be read: {reason}").format(
            reason=localized(error.reason)))
        return window
    pasted = translate("ImportExport", "Pasted journey")
    new = window.host.show_unsaved(result.journey, window if window.is_pristine() else None, source_name=pasted,
                               note=translate("ImportExport", "Pasted the Mermaid journey as a new map"))
    windows.show_warnings(new, pasted, result.warnings)
    return new
