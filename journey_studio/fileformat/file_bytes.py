"""Read a whole file from disk with a size cap; every failure is a one-line JourneyFileError."""

from __future__ import annotations

import os
import stat

from .errors import JourneyFileError, read_error


def read_bytes(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of ``path``, refusing files larger than ``max_bytes`` before reading them.

    Devices, pipes and sockets are refused, and never more than the cap is read, even if
    the file grows between the size check and the read.
    """
    name = str(path)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(name)
        if not stat.S_ISREG(info.st_mode):
            raise JourneyFileError("not a regular file (a device, pipe or socket)", file=name)
        if info.st_size > max_bytes:
            raise JourneyFileError(
                f"the file is {info.st_size / 1024 / 1024:,.1f} MB; Journey Studio opens files up to "
                f"{max_bytes // 1024 // 1024} MB",
                file=name,
            )
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise read_error(exc, name) from None
    if len(raw) > max_bytes:
        raise JourneyFileError(f"the file is larger than {max_bytes // 1024 // 1024} MB", file=name)
    return raw


def read_text(path: str | os.PathLike[str], max_bytes: int) -> str:
    """A UTF-8 text file (a byte-order mark is dropped)."""
    raw = read_bytes(path, max_bytes)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JourneyFileError(f"not UTF-8 text (byte {exc.start})", file=str(path)) from None
