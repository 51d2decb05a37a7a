"""The one error type every reader raises: it names the file, the place and the problem."""

from __future__ import annotations


class JourneyFileError(Exception):
    """A file could not be read or written. ``str()`` is a one-line message for a person."""

    def __init__(self, reason: str, *, file: str | None = None, where: str | None = None):
        self.reason = reason
        self.file = file
        self.where = where
        super().__init__(self.message())

    def message(self) -> str:
        parts = [p for p in (self.file, self.where, self.reason) if p]
        return ": ".join(parts)

    def with_file(self, file: str) -> "JourneyFileError":
        return JourneyFileError(self.reason, file=file, where=self.where)


def read_error(exc: OSError, file: str) -> JourneyFileError:
    """The one-line error for an operating-system failure while opening or reading ``file``."""
    if isinstance(exc, IsADirectoryError):
        return JourneyFileError("this is a folder, not a file", file=file)
    if isinstance(exc, FileNotFoundError):
        return JourneyFileError("no such file", file=file)
    if isinstance(exc, PermissionError):
        return JourneyFileError("permission denied", file=file)
    return JourneyFileError(f"cannot read the file ({exc.strerror or exc})", file=file)
