"""Save a map the safe way: backup of the previous version, then an atomic write."""

from __future__ import annotations

import os
from pathlib import Path

from ..fileformat import dump_to
from ..model import Journey
from .backup import keep_backup
from .disk_state import DiskState, read_state


def save_journey(journey: Journey, path: str | os.PathLike[str], *, keep_backups: bool = True,
                 backups: Path | None = None) -> DiskState | None:
    """Write ``journey`` to ``path`` and return the new disk state to remember.

    The old file is copied to the backups folder first (when ``keep_backups``). On failure
    a :class:`~journey_studio.fileformat.JourneyFileError` says why and the old file on
    disk is untouched; the caller keeps the map unsaved.
    """
    keep_backup(path, enabled=keep_backups, folder=backups)
    dump_to(journey, path)
    return read_state(path)
