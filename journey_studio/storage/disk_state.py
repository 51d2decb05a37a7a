"""What a map file looked like on disk when we last read or wrote it.

Kept when a map is opened or saved; :func:`changed_on_disk` then tells whether another
program (a synced folder, a second editor) changed the file since.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class DiskState:
    size: int
    mtime_ns: int
    sha256: str


def read_state(path: str | os.PathLike[str]) -> DiskState | None:
    """The file's state now, or None if it does not exist (or cannot be read)."""
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return None
    return DiskState(info.st_size, info.st_mtime_ns, digest)


def changed_on_disk(path: str | os.PathLike[str], state: DiskState | None) -> bool:
    """True if the file is not what ``state`` recorded: changed, replaced, or deleted.

    A file only touched (same bytes, new time) counts as unchanged; a same-size edit is
    found by its hash even when the modification time was kept. ``state`` None means
    the map was never on disk: it changed only if a file has appeared there since.
    """
    if state is None:
        return os.path.exists(path)
    try:
        info = os.stat(path)
    except OSError:
        return True
    if info.st_size != state.size:
        return True
    now = read_state(path)  # same size: compare the bytes (a same-second edit keeps the mtime)
    return now is None or now.sha256 != state.sha256
