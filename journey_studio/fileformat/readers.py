"""Open any file Journey Studio can read, chosen by its name (``.journey``, and PNGs exported with the map inside).

Importers for other formats add an entry to ``READERS``: suffix -> function(path) -> Journey.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..model import Journey
from .errors import JourneyFileError
from .journey_json import load
from .png_reader import load_png

Reader = Callable[[str], Journey]

READERS: dict[str, Reader] = {
    ".journey": load,
    ".png": load_png,  # a PNG exported with the map embedded
}


def read_any(path: str | os.PathLike[str]) -> Journey:
    name = str(path)
    suffix = Path(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise JourneyFileError(f"cannot open '{suffix or 'files without an extension'}' (Journey Studio opens {known})", file=name)
    return reader(name)
