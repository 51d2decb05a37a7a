"""Write a file so that a crash or a full disk never leaves it half written.

What the user meant to keep is kept: a symbolic link is written through (its target gets
the new version and the link stays a link, as LibreOffice, vim and gedit do); a
write-protected file is refused unless the caller says otherwise (:func:`replacing_read_only`,
the command line's ``--force``); the temporary file's name stays within the 255 bytes a
file name may have, so a map with a long legal name can be saved.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import glob
import hashlib
import os
import re
import stat
import tempfile
from collections.abc import Iterator
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
    errno.EIO: "the disk reported an error (input/output error)",
}

#: ``.plan.journey.<pid>.<random>.tmp``: the pid lets a later save remove what a killed one left.
_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[^.]+\.tmp$")
NAME_MAX_BYTES = 255  # the longest file name of common file systems (ext4, APFS, NTFS in UTF-16 units)
#: ``.`` + ``.<pid>.`` + mkstemp's 8 random characters + ``.tmp``, pid up to 10 digits
_TEMP_EXTRA = 1 + 12 + 8 + 4
_replace_read_only = contextvars.ContextVar("replace_read_only", default=False)


@contextlib.contextmanager
def replacing_read_only(allowed: bool = True) -> Iterator[None]:
    """Within this block, :func:`write_atomic` may replace write-protected files."""
    token = _replace_read_only.set(allowed)
    try:
        yield
    finally:
        _replace_read_only.reset(token)


def real_target(path: str | os.PathLike[str]) -> Path:
    """The file a save writes: ``path`` with symbolic links followed (a dangling one too)."""
    return Path(os.path.realpath(os.fspath(path)))


def is_write_protected(path: str | os.PathLike[str]) -> bool:
    """True when the file exists and its permissions forbid writing (even to root: no ``w`` bit)."""
    try:
        info = os.stat(path)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode):
        return False
    return not (info.st_mode & 0o222) or not os.access(path, os.W_OK)


def short_name(name: str, extra_bytes: int) -> str:
    """``name``, shortened so that ``extra_bytes`` more still make a legal file name.

    A shortened name keeps its beginning and gains a hash of the whole, so two long names
    never share a temporary, lock or backup name.
    """
    raw = os.fsencode(name)
    if len(raw) + extra_bytes <= NAME_MAX_BYTES:
        return name
    digest = hashlib.sha256(raw).hexdigest()[:12]
    keep = raw[:max(1, NAME_MAX_BYTES - extra_bytes - len(digest) - 1)]
    keep = _whole_characters(keep)
    return os.fsdecode(keep) + "~" + digest


def _whole_characters(raw: bytes) -> bytes:
    """``raw`` without a UTF-8 character cut at its end (other bytes are left as they are)."""
    start = len(raw) - 1
    while start > 0 and len(raw) - start < 4 and raw[start] & 0xC0 == 0x80:
        start -= 1
    lead = raw[start] if raw else 0
    length = 2 if 0xC0 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else 4 if 0xF0 <= lead < 0xF8 else 1
    return raw[:start] if len(raw) - start < length else raw


def os_error_reason(exc: OSError) -> str:
    """A short reason a person understands, for an error of the operating system."""
    return _REASONS.get(exc.errno or -1, exc.strerror or str(exc))


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it over.

    On any failure the old file is untouched, the temporary file is removed and a
    :class:`JourneyFileError` says why.
    """
    target = real_target(path)
    folder = target.parent
    if is_write_protected(target) and not _replace_read_only.get():
        raise JourneyFileError("the file is write-protected (read-only); save under another name, "
                               "or make it writable first", file=str(path))
    tmp_name = None
    stem = short_name(target.name, _TEMP_EXTRA)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{stem}.{os.getpid()}.", suffix=".tmp", dir=folder)
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
        remove_leftovers(target)
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


def sweep_leftovers(folder: str | os.PathLike[str]) -> None:
    """Delete every temporary file in ``folder`` left by a save whose process is gone."""
    try:
        candidates = list(Path(folder).glob(".*.tmp"))
    except OSError:
        return
    for candidate in candidates:
        match = _LEFTOVER.match(candidate.name)
        if match and not process_running(int(match["pid"])):
            try:
                candidate.unlink()
            except OSError:
                pass


def remove_leftovers(path: str | os.PathLike[str]) -> None:
    """Delete temporary files of ``path`` left by saves that were killed midway (their
    process is gone); called after each save and when a map is opened."""
    target = real_target(path)
    stem = short_name(target.name, _TEMP_EXTRA)
    try:
        candidates = list(target.parent.glob(f".{glob.escape(stem)}.*.tmp"))
    except OSError:
        return
    for candidate in candidates:
        match = _LEFTOVER.match(candidate.name)
        if match and match["name"] == stem and not process_running(int(match["pid"])):
            try:
                candidate.unlink()
            except OSError:
                pass

