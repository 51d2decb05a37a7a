"""Save a map in any format Journey Studio writes, chosen by the file name.

``WRITERS`` maps a suffix to a function ``(journey, path) -> warnings``: what the format
could not hold, one line each. ``.ojf`` is read only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
import importlib
from pathlib import Path

from ..model import Journey
from .atomic import write_atomic
from .errors import JourneyFileError
from .journey_json import dump_to

Writer = Callable[[Journey, str], list[str]]


def _write_journey(journey: Journey, path: str) -> list[str]:
    dump_to(journey, path)
    return []


def _function(module: str, name: str):
    """``name`` of ``module``: writers are imported when a file of theirs is written."""
    return getattr(importlib.import_module(module, __package__), name)


def _text_writer(module: str, name: str) -> Writer:
    def write(journey: Journey, path: str) -> list[str]:
        text, warnings = _function(module, name)(journey)
        write_atomic(path, text.encode("utf-8"))
        return warnings
    return write


def _lazy(module: str, name: str) -> Writer:
    def write(journey: Journey, path: str) -> list[str]:
        return _function(module, name)(journey, path)
    write.__name__ = name
    return write


WRITERS: dict[str, Writer] = {
    ".journey": _write_journey,
    ".mmd": _text_writer(".mermaid_export", "mermaid_from_journey"),
    ".md": _text_writer(".mermaid_export", "markdown_from_journey"),
    ".csv": _lazy(".csv_io", "write_csv"),
    ".xlsx": _lazy(".xlsx_io", "write_xlsx"),
}

READ_ONLY = {".ojf": "Journey Studio reads OpenJourney (.ojf) files but does not write them"}


def write_any(journey: Journey, path: str | os.PathLike[str]) -> list[str]:
    """Write ``journey`` in the format of ``path``'s suffix; returns the warnings."""
    name = str(path)
    suffix = Path(name).suffix.lower()
    writer = WRITERS.get(suffix)
    if writer is None:
        reason = READ_ONLY.get(suffix) or (
            f"cannot save as '{suffix or 'a file without an extension'}' "
            f"(Journey Studio writes {', '.join(sorted(WRITERS))})")
        raise JourneyFileError(reason, file=name)
    return writer(journey, name)
