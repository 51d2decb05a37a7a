"""Open any file Journey Studio can read, chosen by its name.

``IMPORTERS`` maps a suffix to a function ``(path, language) -> ImportResult`` (the map and
the warnings a person should read). ``READERS`` is the same table for callers that only
want the map. ``language`` names the lanes an importer creates (e.g. "Actors"/"Acteurs").
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path

from ..model import Journey, Language
from .errors import JourneyFileError
from .import_result import ImportResult
from .journey_json import load

Reader = Callable[[str], Journey]
Importer = Callable[[str, Language], ImportResult]


def _journey_file(path: str, language: Language = Language.EN) -> ImportResult:
    return ImportResult(load(path), [])


def _png_file(path: str, language: Language = Language.EN) -> ImportResult:
    from .png_reader import load_png

    return ImportResult(load_png(path), [])


def _lazy(module: str, name: str) -> Importer:
    """The importer ``name`` of ``module``, imported on first use (not at start-up)."""
    def importer(path: str, language: Language = Language.EN) -> ImportResult:
        return getattr(importlib.import_module(module, __package__), name)(path, language)
    importer.__name__ = name
    return importer


IMPORTERS: dict[str, Importer] = {
    ".journey": _journey_file,
    ".mmd": _lazy(".mermaid_import", "read_mermaid_file"),
    ".md": _lazy(".mermaid_import", "read_markdown_file"),
    ".ojf": _lazy(".ojf_import", "read_ojf_file"),
    ".csv": _lazy(".csv_io", "read_csv_file"),
    ".xlsx": _lazy(".xlsx_io", "read_xlsx_file"),
    ".png": _png_file,  # a PNG exported with the map embedded
}


def _map_only(importer: Importer) -> Reader:
    return lambda path: importer(path, Language.EN).journey


READERS: dict[str, Reader] = {".journey": load} | {
    suffix: _map_only(importer) for suffix, importer in IMPORTERS.items() if suffix != ".journey"
}


def read_any_with_warnings(path: str | os.PathLike[str], language: Language | str = Language.EN) -> ImportResult:
    """The map in ``path`` and what was lost or changed on the way in."""
    name = str(path)
    suffix = Path(name).suffix.lower()
    importer = IMPORTERS.get(suffix)
    if importer is None:
        known = ", ".join(sorted(IMPORTERS))
        raise JourneyFileError(f"cannot open '{suffix or 'files without an extension'}' (Journey Studio opens {known})", file=name)
    try:
        return importer(name, Language(language))
    except JourneyFileError:
        raise
    except MemoryError:
        raise JourneyFileError("the file needs more memory than this computer has", file=name) from None
    except RecursionError:
        raise JourneyFileError("the file is nested too deeply", file=name) from None
    except Exception as exc:  # a stranger's file must never crash the caller: one line, no traceback
        raise JourneyFileError(f"the file could not be read (unexpected {type(exc).__name__}: {str(exc)[:120]})",
                               file=name) from None


def read_any(path: str | os.PathLike[str]) -> Journey:
    return read_any_with_warnings(path).journey
