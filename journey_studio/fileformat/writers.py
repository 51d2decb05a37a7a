"""Save a map in any format Journey Studio writes, chosen by the file name.

``WRITERS`` maps a suffix to a function ``(journey, path) -> warnings``: what the format
could not hold, one line each. ``.ojf`` is read only.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..model import Journey
from .atomic import write_atomic
from .csv_io import write_csv
from .errors import JourneyFileError
from .journey_json import dump_to
from .mermaid_export import markdown_from_journey, mermaid_from_journey
from .xlsx_io import write_xlsx

Writer = Callable[[Journey, str], list[str]]


def _write_journey(journey: Journey, path: str) -> list[str]:
    dump_to(journey, path)
    return []


def _text_writer(render: Callable[[Journey], tuple[str, list[str]]]) -> Writer:
    def write(journey: Journey, path: str) -> list[str]:
        text, warnings = render(journey)
        write_atomic(path, text.encode("utf-8"))
        return warnings
    return write


WRITERS: dict[str, Writer] = {
    ".journey": _write_journey,
    ".mmd": _text_writer(mermaid_from_journey),
    ".md": _text_writer(markdown_from_journey),
    ".csv": write_csv,
    ".xlsx": write_xlsx,
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
