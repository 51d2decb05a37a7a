"""Write a file so that a crash or a full disk never leaves it half written."""

from __future__ import annotations

import errno
import glob
import os
import re
import tempfile
from pathlib import Path

from ..processes import process_running
from .errors import JourneyFileError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "the folder does not exist",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EISDIR: "a folder has that name",
}

#: ``.plan.journey.<pid>.<random>.tmp``: the pid lets a later save remove what a killed one left.
_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")


def os_error_reason(exc: OSError) -> str:
    """A short reason a person understands, for an error of the operating system."""
    return _REASONS.get(exc.errno or -1, exc.strerror or str(exc))


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it over.

    On any failure the old file is untouched, the temporary file is removed and a
    :class:`JourneyFileError` says why.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:  # mkstemp makes the file private (0600); keep the old mode or the usual one
            os.chmod(tmp_name, target.stat().st_mode & 0o777 if target.exists() else _default_mode())
        except OSError:
            pass
        os.replace(tmp_name, target)
        tmp_name = None
        _fsync_folder(folder)
        _remove_leftovers(folder, target.name)
    except OSError as exc:
        raise JourneyFileError(f"could not save: {os_error_reason(exc)}", file=str(path)) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _default_mode() -> int:
    """The mode a new file gets from ``open()``: 0666 minus the process umask."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_leftovers(folder: Path, name: str) -> None:
    """Delete temporary files of ``name`` left by saves that were killed midway."""
    try:
        candidates = list(folder.glob(f".{glob.escape(name)}.*.tmp"))
    except OSError:
        return
    for candidate in candidates:
        match = _LEFTOVER.match(candidate.name)
        if match and match["name"] == name and not process_running(int(match["pid"])):
            try:
                candidate.unlink()
            except OSError:
                pass

