"""The grid of a map as a CSV file (UTF-8 with a byte-order mark, so Excel reads accents).

A spreadsheet program runs a cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return as a formula (after trimming leading spaces): text of a stranger's map could
then call ``HYPERLINK`` or DDE. As OWASP advises, such a cell is written with a leading
apostrophe, and the apostrophe is removed again on reading, so the round trip is exact.
Plain numbers (``-2``) are left as they are.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re

from ..model import Journey, Language
from .atomic import write_atomic
from .errors import JourneyFileError
from .file_bytes import read_bytes
from .import_result import ImportResult
from .spreadsheet_grid import MAX_COLUMNS, MAX_ROWS, grid_from_journey, journey_from_grid

MAX_FILE_BYTES = 20 * 1024 * 1024


#: A cell a spreadsheet would run as a formula, or one that already starts with the
#: protecting apostrophes of such a cell (so that reading strips exactly one).
_LIVE = re.compile(r"^[\s']*[=+\-@\uff1d\uff0b\uff0d\uff20]|^'*[\t\r]")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def _needs_quote(text: str) -> bool:
    return _LIVE.match(text) is not None and _NUMBER.fullmatch(text) is None


def neutralise(cell: object) -> object:
    """A text cell as written to CSV: an apostrophe before anything a spreadsheet would run."""
    if isinstance(cell, str) and _needs_quote(cell):
        return "'" + cell
    return cell


def restore(cell: str) -> str:
    """The text of a cell :func:`neutralise` wrote (one protecting apostrophe removed)."""
    if cell.startswith("'") and _needs_quote(cell[1:]):
        return cell[1:]
    return cell


def csv_from_journey(journey: Journey) -> tuple[str, list[str]]:
    rows, _spans, warnings = grid_from_journey(journey)
    out = io.StringIO()
    plain = csv.writer(out, lineterminator="\r\n")
    # a row with a ';' or a tab in a cell has all its texts quoted, so that no reader (ours, or
    # a spreadsheet guessing the separator) takes that character for the separator; its scores
    # stay unquoted, so that no spreadsheet (LibreOffice's "quoted field as text") reads them as text
    quoted = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
    for row in rows:
        cells = ["" if cell is None else neutralise(cell) for cell in row]
        risky = any(isinstance(cell, str) and (";" in cell or "\t" in cell) for cell in cells)
        (quoted if risky else plain).writerow(cells)
    return out.getvalue(), warnings


def write_csv(journey: Journey, path: str | os.PathLike[str]) -> list[str]:
    text, warnings = csv_from_journey(journey)
    write_atomic(path, text.encode("utf-8-sig"))
    return warnings


def _decode(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Excel's "Unicode Text"
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise JourneyFileError("not a readable CSV file (it begins like UTF-16 text but is not)") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        if b"\x00" in raw:
            raise JourneyFileError("not a CSV text file (it holds binary data)") from None
        return raw.decode("cp1252", errors="replace")  # what Excel writes on Windows


_FIRST_RECORD_TOKENS = re.compile(r'"[^"]*(?:"|\Z)|[,;\t\n]')


def _delimiter(text: str) -> str:
    """The separator of the first record: ',' or ';' (Excel in French) or a tab, counted outside
    quoted cells (a quoted cell may hold any of them, and line breaks)."""
    start = re.search(r"\S", text)
    counts = {",": 0, ";": 0, "\t": 0}
    for token in _FIRST_RECORD_TOKENS.finditer(text, start.start() if start else len(text)):
        mark = token.group()
        if mark == "\n":
            break
        if mark in counts:  # a quoted cell (doubled quotes in it too) counts nothing
            counts[mark] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def journey_from_csv_text(text: str, language: Language | str = Language.EN) -> ImportResult:
    rows: list[list[str]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)):
            if len(row) > MAX_COLUMNS + 1:  # trailing empty cells are common; more is too wide
                if any(cell.strip() for cell in row[MAX_COLUMNS + 1:]):
                    raise JourneyFileError(f"the spreadsheet has more than {MAX_COLUMNS:,} columns "
                                           f"(a map holds up to {MAX_COLUMNS:,} steps)")
                del row[MAX_COLUMNS + 1:]
            if any(cell.strip() for cell in row):
                rows.append([restore(cell) if cell[:1] == "'" else cell for cell in row])
                if len(rows) > MAX_ROWS:
                    raise JourneyFileError(f"the spreadsheet has more than {MAX_ROWS} rows")
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise JourneyFileError(f"a cell holds more than {csv.field_size_limit():,} characters") from None
        raise JourneyFileError(f"not a readable CSV file ({exc})") from None
    return journey_from_grid(rows, language)


def read_csv_file(path: str | os.PathLike[str], language: Language | str = Language.EN) -> ImportResult:
    try:
        return journey_from_csv_text(_decode(read_bytes(path, MAX_FILE_BYTES)), language)
    except JourneyFileError as exc:
        raise exc.with_file(str(path)) if exc.file is None else exc from None
