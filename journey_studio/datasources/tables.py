"""Read the rows of a data source: a CSV or XLSX file, a SQLite file, an SQL database.

Each reader gives ``(columns, rows)`` where ``rows`` yields tuples in column order, streamed
so that a million rows cost little memory. Every failure is a :class:`DataSourceError` with
one sentence; nothing here writes anything.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..model import DataSource, SourceKind
from .errors import DataSourceError

MAX_FILE_BYTES = 500 * 1024 * 1024
MAX_ROWS = 5_000_000
MAX_COLUMNS = 1_000
PASSWORD_ENV = "JOURNEY_STUDIO_DB_PASSWORD"

Table = tuple[list[str], Iterator[tuple]]


def source_path(source: DataSource, map_dir: str | os.PathLike[str] | None) -> Path:
    """The source's file: relative paths are read from the map's folder."""
    path = Path(os.path.expanduser(source.path))
    if not path.is_absolute() and map_dir is not None:
        path = Path(map_dir) / path
    return path


def stored_path(file: str | os.PathLike[str], map_dir: str | os.PathLike[str] | None) -> str:
    """How a file is written in the map: relative (with /) when it is in the map's folder or
    below it, so that the map and its data can be moved or sent together."""
    path = Path(file).resolve()
    if map_dir is not None:
        try:
            return path.relative_to(Path(map_dir).resolve()).as_posix()
        except ValueError:
            pass
    return str(path)


def read_table(source: DataSource, map_dir: str | os.PathLike[str] | None = None,
               password: str | None = None, env: Mapping[str, str] | None = None) -> Table:
    if source.kind == SourceKind.CSV:
        return _csv_table(source_path(source, map_dir))
    if source.kind == SourceKind.XLSX:
        return _xlsx_table(source_path(source, map_dir), source.sheet)
    if source.kind == SourceKind.SQLITE:
        return _sqlite_table(source_path(source, map_dir), source.query)
    return _sql_table(source, password, os.environ if env is None else env)


# --- files ------------------------------------------------------------------------------
def _open_checked(path: Path):
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise DataSourceError(f"{path.name} is a folder, not a file")
        if size > MAX_FILE_BYTES:
            raise DataSourceError(f"{path.name} is {size // 1024 // 1024} MB; data files up to "
                                  f"{MAX_FILE_BYTES // 1024 // 1024} MB are read")
        return open(path, "rb")
    except FileNotFoundError:
        raise DataSourceError(f"the file {path} is missing") from None
    except PermissionError:
        raise DataSourceError(f"the file {path} cannot be read (permission denied)") from None
    except OSError as exc:
        raise DataSourceError(f"the file {path} cannot be read ({exc.strerror or exc})") from None


def _encoding(head: bytes) -> str:
    """UTF-16 and UTF-8 by their byte-order mark (Excel's "Unicode Text" is UTF-16)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            if b"\x00" in head:
                raise DataSourceError("not a CSV text file (it holds binary data)") from None
            return "cp1252"
    return "utf-8"


def _csv_table(path: Path) -> Table:
    handle = _open_checked(path)
    head = handle.read(65536)
    handle.seek(0)
    text = io.TextIOWrapper(handle, encoding=_encoding(head), newline="", errors="strict")
    sample = head.decode("utf-16" if _encoding(head) == "utf-16" else "latin-1", errors="ignore")
    first = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    reader = csv.reader(text, delimiter=delimiter)
    try:
        columns = next(reader)
    except StopIteration:
        handle.close()
        raise DataSourceError(f"{path.name} is empty") from None
    except (csv.Error, UnicodeDecodeError) as exc:
        handle.close()
        raise DataSourceError(f"{path.name} is not a readable CSV file ({exc})") from None
    columns = _header(columns, path.name)

    def rows() -> Iterator[tuple]:
        with handle:
            try:
                for n, row in enumerate(reader, start=2):
                    if n > MAX_ROWS + 1:
                        raise DataSourceError(f"{path.name} has more than {MAX_ROWS:,} rows")
                    yield tuple(row)
            except (csv.Error, UnicodeDecodeError) as exc:
                raise DataSourceError(f"{path.name}, line {reader.line_num}: not readable ({exc})") from None

    return columns, rows()


def _header(cells, where: str) -> list[str]:
    columns = ["" if c is None else str(c).strip() for c in cells]
    while columns and not columns[-1]:
        columns.pop()
    if not any(columns):
        raise DataSourceError(f"{where} has no column names in its first row")
    if len(columns) > MAX_COLUMNS:
        raise DataSourceError(f"{where} has more than {MAX_COLUMNS} columns")
    return columns


def _xlsx_table(path: Path, sheet_name: str) -> Table:
    import warnings

    from openpyxl import load_workbook

    from ..fileformat.errors import JourneyFileError
    from ..fileformat.xlsx_io import _check_zip  # the zip-bomb checks of the grid importer

    with _open_checked(path) as handle:
        raw = handle.read()
    try:
        _check_zip(raw, max_unpacked=200 * 1024 * 1024)  # sheets of data are larger than journey grids
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about styles it skips
            book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except JourneyFileError as exc:
        raise DataSourceError(f"{path.name}: {exc.reason}") from None
    except Exception as exc:  # openpyxl raises many kinds of errors on broken files
        raise DataSourceError(f"{path.name} is not a readable Excel workbook ({type(exc).__name__})") from None
    try:
        sheet = book[sheet_name] if sheet_name else book.worksheets[0]
    except KeyError:
        raise DataSourceError(f"{path.name} has no sheet named '{sheet_name}'") from None
    values = sheet.iter_rows(values_only=True)
    try:
        columns = _header(next(values), path.name)
    except StopIteration:
        raise DataSourceError(f"{path.name} is empty") from None
    unsaved = _formulas_without_value(raw, getattr(sheet, "_worksheet_path", ""))

    def rows() -> Iterator[tuple]:
        try:
            for n, row in enumerate(values, start=2):
                if n > MAX_ROWS + 1:
                    raise DataSourceError(f"{path.name} has more than {MAX_ROWS:,} rows")
                yield row
        finally:
            book.close()

    notes = [f"{unsaved:,} formula cell{'s have' if unsaved != 1 else ' has'} no saved value (read as empty): "
             f"open and save the workbook in Excel or LibreOffice"] if unsaved else []
    return columns, Rows(rows(), notes)


class Rows:
    """The rows of a table, with what the reader noticed that the caller should tell."""

    def __init__(self, rows: Iterator[tuple], notes: list[str]):
        self._rows = rows
        self.notes = notes

    def __iter__(self) -> Iterator[tuple]:
        return self

    def __next__(self) -> tuple:
        return next(self._rows)


_FORMULA_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*>(.*?)</(?:\w+:)?c>", re.DOTALL)


def _formulas_without_value(raw: bytes, member: str) -> int:
    """Formula cells of the sheet with no saved result (a workbook written by a program and
    never opened in a spreadsheet): openpyxl reads them as empty."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            xml = archive.read(member.lstrip("/"))
    except (KeyError, OSError, zipfile.BadZipFile):
        return 0
    if b"<f" not in xml:
        return 0
    return sum(1 for match in _FORMULA_CELL.finditer(xml)
               if re.search(rb"<(?:\w+:)?f\b", match.group(1)) and not re.search(rb"<(?:\w+:)?v>[^<]", match.group(1)))


# --- databases --------------------------------------------------------------------------
def check_select(query: str) -> str:
    """Only one SELECT (or WITH ... SELECT) runs: a map never changes the client's data."""
    text = query.strip().rstrip(";").strip()
    if not text:
        raise DataSourceError("the source has no query (write a SELECT)")
    first = text.split(None, 1)[0].casefold()
    if first not in {"select", "with"} or ";" in text:
        raise DataSourceError("the query must be a single SELECT")
    return text


def _sqlite_table(path: Path, query: str) -> Table:
    import sqlite3

    sql = check_select(query)
    if not path.is_file():
        raise DataSourceError(f"the file {path} is missing")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        cursor = connection.execute(sql)
    except sqlite3.Error as exc:
        raise DataSourceError(f"the query failed ({exc})") from None
    columns = _header([d[0] for d in cursor.description or ()], path.name)

    def rows() -> Iterator[tuple]:
        try:
            while batch := cursor.fetchmany(10_000):
                yield from batch
        except sqlite3.Error as exc:
            raise DataSourceError(f"the query failed ({exc})") from None
        finally:
            connection.close()

    return columns, rows()


def database_url(url: str, password: str | None = None):
    """The SQLAlchemy URL to connect with: plain ``postgresql://`` uses psycopg 3 when
    psycopg2 is not installed; the password comes from the caller, never from the map."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DataSourceError(f"'{url}' is not a database URL (such as postgresql://user@host/db)") from None
    if parsed.drivername == "postgresql":
        try:
            import psycopg2  # noqa: F401
        except ImportError:
            parsed = parsed.set(drivername="postgresql+psycopg")
    if password:
        parsed = parsed.set(password=password)
    return parsed


def url_without_password(url: str) -> str:
    """What is stored in the map: the URL with any password taken out."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url)._replace(password=None).render_as_string(hide_password=False)
    except ArgumentError:
        raise DataSourceError(f"'{url}' is not a database URL (such as postgresql://user@host/db)") from None


def _sql_table(source: DataSource, password: str | None, env: Mapping[str, str]) -> Table:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    sql = check_select(source.query)
    if password is None:
        password = env.get(source.password_env) if source.password_env else None
        password = password or env.get(PASSWORD_ENV)
    try:
        engine = create_engine(database_url(source.url, password), pool_pre_ping=False)
    except (SQLAlchemyError, ImportError) as exc:
        raise DataSourceError(f"cannot use {source.url} ({_first_line(exc)})") from None
    try:
        connection = engine.connect()
        result = connection.execution_options(stream_results=True).execute(text(sql))
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DataSourceError(f"the database query failed ({_first_line(exc)})") from None
    columns = _header(list(result.keys()), source.name or "the query")

    def rows() -> Iterator[tuple]:
        try:
            for batch in result.partitions(10_000):
                yield from (tuple(row) for row in batch)
        except SQLAlchemyError as exc:
            raise DataSourceError(f"the database query failed ({_first_line(exc)})") from None
        finally:
            connection.rollback()
            connection.close()
            engine.dispose()

    return columns, rows()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0][:200] if text else type(exc).__name__
