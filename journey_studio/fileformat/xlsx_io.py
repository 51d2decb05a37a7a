"""The grid of a map as an Excel workbook (openpyxl), both ways.

Reading is guarded (:mod:`.xlsx_guard`): the zip and its XML parts are checked before
openpyxl opens it (a small file that unpacks to gigabytes, or a row of millions of empty
cells, is refused), the sheet is streamed in read-only mode, and rows, columns and cell
sizes are capped.

The map is read from the first sheet that holds values (a workbook whose first sheet is
empty, or a chart sheet, still opens); other sheets that hold values are named in a warning.
"""

from __future__ import annotations

import io
import os
import re
import warnings as python_warnings
import zipfile

from ..model import Journey, Language
from .atomic import write_atomic
from .errors import JourneyFileError
from .file_bytes import read_bytes
from . import xlsx_guard
from .import_result import ImportResult, listing
from .spreadsheet_grid import MAX_COLUMNS, MAX_ROWS, grid_from_journey, journey_from_grid

MAX_FILE_BYTES = 50 * 1024 * 1024
COLUMN_WIDTH = 28


def xlsx_bytes_from_journey(journey: Journey) -> tuple[bytes, list[str]]:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    rows, spans, warnings = grid_from_journey(journey)
    rows, dropped = _without_control_characters(rows)
    if dropped:
        warnings.append(f"{dropped} control character(s) that Excel cannot hold were left out")
    book = Workbook()
    sheet = book.active
    sheet.title = "Journey"
    book.properties.title = _CONTROL.sub("", journey.map.title) or None
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text that begins with '=' stays text, never a formula
            cell.alignment = wrap
            if r <= 2 or c == 1:
                cell.font = Font(bold=True)
    for first, last in spans:
        if last > first:
            sheet.merge_cells(start_row=1, start_column=first + 1, end_row=1, end_column=last + 1)
    sheet.column_dimensions["A"].width = 22
    from openpyxl.utils import get_column_letter
    for c in range(2, len(rows[0]) + 1):
        sheet.column_dimensions[get_column_letter(c)].width = COLUMN_WIDTH
    sheet.freeze_panes = "B3"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue(), warnings


#: What XML 1.0, and so Excel, cannot hold (openpyxl raises IllegalCharacterError on them).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _without_control_characters(rows: list[list[object]]) -> tuple[list[list[object]], int]:
    dropped = 0
    clean_rows = []
    for row in rows:
        clean = []
        for value in row:
            if isinstance(value, str):
                value, count = _CONTROL.subn("", value)
                dropped += count
            clean.append(value)
        clean_rows.append(clean)
    return clean_rows, dropped


def write_xlsx(journey: Journey, path: str | os.PathLike[str]) -> list[str]:
    data, warnings = xlsx_bytes_from_journey(journey)
    write_atomic(path, data)
    return warnings


def _check_zip(raw: bytes, max_unpacked: int = xlsx_guard.MAX_UNPACKED_BYTES) -> None:
    """The zip-level checks alone (compressions, declared sizes, parts), for the Excel data
    source, which streams large sheets itself."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            xlsx_guard.check_archive(archive, max_unpacked)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise JourneyFileError("not an Excel workbook (.xlsx): the file is not a zip archive") from None


def _rows(sheet, last_row: int) -> list[list[object]]:
    rows: list[list[object]] = []
    if last_row == 0:
        return rows
    for values in sheet.iter_rows(max_row=last_row, max_col=MAX_COLUMNS + 2, values_only=True):
        values = list(values)
        while values and (values[-1] is None or (isinstance(values[-1], str) and not values[-1].strip())):
            values.pop()
        if not values:
            continue
        if len(values) > MAX_COLUMNS + 1:
            raise JourneyFileError(f"the sheet has more than {MAX_COLUMNS:,} columns "
                                   f"(a map holds up to {MAX_COLUMNS:,} steps)")
        rows.append(values)
        if len(rows) > MAX_ROWS:
            raise JourneyFileError(f"the spreadsheet has more than {MAX_ROWS} rows")
    return rows


def journey_from_xlsx_bytes(raw: bytes, language: Language | str = Language.EN) -> ImportResult:
    from openpyxl import load_workbook

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise JourneyFileError("not an Excel workbook (.xlsx): the file is not a zip archive") from None
    try:
        with archive, python_warnings.catch_warnings():
            python_warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
            xlsx_guard.check_archive(archive)
            last_rows = xlsx_guard.check_parts(archive)
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                rows, note = _grid_sheet(book, last_rows)
                title = book.properties.title or ""
            finally:
                book.close()
    except JourneyFileError:
        raise
    except Exception as exc:  # openpyxl raises many kinds of errors on broken files
        raise JourneyFileError(f"not a readable Excel workbook ({type(exc).__name__}: {str(exc)[:120]})") from None
    result = journey_from_grid(rows, language, title=str(title))
    if note:
        result.warnings.append(note)
    return result


def _name(sheet) -> str:
    return str(sheet.title)[:40]


def _grid_sheet(book, last_rows: dict[str, int]) -> tuple[list[list[object]], str]:
    """The rows of the first sheet that holds values, and a warning naming the sheets left
    aside ("" when no other sheet holds anything)."""
    sheets = book.worksheets  # chart sheets are not among them: they hold no cells
    if not sheets:
        raise JourneyFileError("the workbook has no sheet")

    def last_row(sheet) -> int:
        part = getattr(sheet, "_worksheet_path", None)
        return 0 if part is None else last_rows.get(part.lstrip("/"), 0)

    empty: list[str] = []
    for sheet in sheets:
        last = last_row(sheet)
        xlsx_guard.check_value_row(last)
        rows = _rows(sheet, last)
        if rows:
            break
        empty.append(_name(sheet))
    else:
        raise JourneyFileError("the spreadsheet is empty" if len(sheets) == 1 else
                               f"the workbook's {len(sheets)} sheets are all empty")
    ignored = [_name(other) for other in sheets[len(empty) + 1:] if last_row(other)]
    if not empty and not ignored:
        return rows, ""
    note = f"the map was read from the sheet '{_name(sheet)}'"
    if empty:
        note += f" (the sheet(s) before it are empty: {listing(empty)})"
    if ignored:
        note += f"; a map is read from one sheet, so these were ignored: {listing(ignored)}"
    return rows, note


def read_xlsx_file(path: str | os.PathLike[str], language: Language | str = Language.EN) -> ImportResult:
    try:
        return journey_from_xlsx_bytes(read_bytes(path, MAX_FILE_BYTES), language)
    except JourneyFileError as exc:
        raise exc.with_file(str(path)) if exc.file is None else exc from None
