"""Checks an ``.xlsx`` file must pass before openpyxl reads it, so that a small hostile
workbook cannot cost minutes or gigabytes.

An ``.xlsx`` is a zip of XML parts. The zip is checked first (no compression but stored and
deflate, whose inflated size the zip reader enforces; bzip2 and lzma inflate without a
limit), then every XML part is streamed through expat with caps on the bytes actually
inflated, the elements of the parts that are not sheets, and the cells of each sheet
(openpyxl reads every sheet through to the end when it opens a workbook that does not state
its dimensions). The last row that holds a value is noted for each sheet, so that openpyxl is
asked for those rows only (a single value at row 1,048,576 would otherwise make it yield a
million empty rows).
"""

from __future__ import annotations

import zipfile
from xml.parsers import expat

from .errors import JourneyFileError

MAX_ZIP_ENTRIES = 5_000
MAX_UNPACKED_BYTES = 64 * 1024 * 1024  # declared, and actually inflated while reading
MAX_ELEMENTS = 300_000  # XML elements of the parts other than the sheets (styles, strings...)
MAX_CELLS = 200_000  # cells of each sheet, empty ones included
MAX_VALUE_ROW = 10_000  # the last row that holds a value
_CHUNK = 64 * 1024
_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflate"}
_MB = 1024 * 1024


def check_archive(archive: zipfile.ZipFile, max_unpacked: int = MAX_UNPACKED_BYTES) -> None:
    """The zip's table of contents: entries, compression methods, declared sizes."""
    entries = archive.infolist()
    if len(entries) > MAX_ZIP_ENTRIES:
        raise JourneyFileError(f"the workbook holds more than {MAX_ZIP_ENTRIES:,} parts")
    for entry in entries:
        if entry.compress_type not in _METHODS:
            raise JourneyFileError(f"the workbook part {entry.filename[:80]} uses a compression Excel never "
                                   f"writes (method {entry.compress_type}); only stored and deflate are read")
        if entry.flag_bits & 0x1:
            raise JourneyFileError("the workbook is encrypted")
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > max_unpacked:
        raise JourneyFileError(f"the workbook unpacks to {unpacked / _MB:.0f} MB; "
                               f"Journey Studio reads workbooks up to {max_unpacked // _MB} MB unpacked")
    if not any(entry.filename == "xl/workbook.xml" for entry in entries):
        raise JourneyFileError("not an Excel workbook (.xlsx): it has no xl/workbook.xml")


class _Budget:
    """Bytes inflated so far, shared by every part read."""

    def __init__(self) -> None:
        self.bytes = 0

    def take(self, count: int) -> None:
        self.bytes += count
        if self.bytes > MAX_UNPACKED_BYTES:
            raise JourneyFileError(f"the workbook unpacks to more than {MAX_UNPACKED_BYTES // _MB} MB")


def _stream(archive: zipfile.ZipFile, name: str, parser, budget: _Budget) -> None:
    try:
        with archive.open(name) as part:
            while chunk := part.read(_CHUNK):
                budget.take(len(chunk))
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise JourneyFileError(f"not a readable Excel workbook (the part {name[:80]} is not XML: "
                               f"{expat.ErrorString(exc.code)})") from None
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise JourneyFileError(f"not a readable Excel workbook (the part {name[:80]} is damaged: "
                               f"{str(exc)[:80]})") from None


def check_parts(archive: zipfile.ZipFile) -> dict[str, int]:
    """Every XML part, within the caps; returns the last row holding a value of each sheet."""
    budget = _Budget()
    count = 0

    def start(_name, _attributes) -> None:
        nonlocal count
        count += 1
        if count > MAX_ELEMENTS:
            raise JourneyFileError(f"the workbook's styles and texts hold more than {MAX_ELEMENTS:,} elements")

    last_rows = {}
    for entry in archive.infolist():
        name = entry.filename
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            last_rows[name] = _last_value_row(archive, name, budget)
        elif name.endswith((".xml", ".rels")):
            parser = expat.ParserCreate()
            parser.StartElementHandler = start
            _stream(archive, name, parser, budget)
    return last_rows


def _last_value_row(archive: zipfile.ZipFile, sheet_part: str, budget: _Budget) -> int:
    """The last row of the sheet that holds a value (0 for none), after counting its cells."""
    cells = 0
    row = 0
    last = 0
    in_cell = False

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal cells, row, in_cell, last
        local = name.rpartition(":")[2]
        if local == "row":
            number = attributes.get("r", "")
            row = int(number) if number.isdigit() and len(number) < 9 else row + 1
        elif local == "c":
            cells += 1
            if cells > MAX_CELLS:
                raise JourneyFileError(f"the sheet has more than {MAX_CELLS:,} cells (empty ones included)")
            in_cell = True
        elif in_cell and local in ("v", "is"):
            last = max(last, row)

    def end(name: str) -> None:
        nonlocal in_cell
        if name.rpartition(":")[2] == "c":
            in_cell = False

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _stream(archive, sheet_part, parser, budget)
    return last


def check_value_row(last: int) -> None:
    if last > MAX_VALUE_ROW:
        raise JourneyFileError(f"the sheet holds a value at row {last:,}; Journey Studio reads "
                               f"the first {MAX_VALUE_ROW:,} rows")
