"""Read a whole file from disk with a size cap; every failure is a one-line JourneyFileError."""

from __future__ import annotations

import os
from pathlib import Path

from .errors import JourneyFileError


def read_bytes(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of ``path``, refusing files larger than ``max_bytes`` before reading them."""
    name = str(path)
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise JourneyFileError(
                f"the file is {size / 1024 / 1024:.0f} MB; Journey Studio opens files of this kind up to "
                f"{max_bytes // 1024 // 1024} MB",
                file=name,
            )
        return Path(path).read_bytes()
    except JourneyFileError:
        raise
    except IsADirectoryError:
        raise JourneyFileError("this is a folder, not a file", file=name) from None
    except FileNotFoundError:
        raise JourneyFileError("no such file", file=name) from None
    except PermissionError:
        raise JourneyFileError("permission denied", file=name) from None
    except OSError as exc:
        raise JourneyFileError(f"cannot read the file ({exc.strerror or exc})", file=name) from None


def read_text(path: str | os.PathLike[str], max_bytes: int) -> str:
    """A UTF-8 text file (a byte-order mark is dropped)."""
    raw = read_bytes(path, max_bytes)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JourneyFileError(f"not UTF-8 text (byte {exc.start})", file=str(path)) from None
