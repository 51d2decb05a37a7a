"""One editor per map: a ``QLockFile`` beside the map, named like LibreOffice's.

Opening ``plan.journey`` takes ``.~lock.plan.journey#`` in the same folder, so a second
Journey Studio, on this machine or on another one sharing the folder, sees who has it
open. A lock left by a process that died on this machine is stale and cleaned at once;
``stale_after_ms`` also lets locks older than that count as stale (0, the default, keeps
a lock as long as its holder lives, however long the editing session). A folder where no
lock can be written (read-only) still opens, without a lock and with a note.
"""

from __future__ import annotations

import enum
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from ..fileformat.atomic import real_target, short_name


def lock_path_for(path: str | os.PathLike[str]) -> Path:
    """Beside the real file: a map opened through a symbolic link and through its target
    takes the same lock. A long name is shortened so that the lock's name stays legal."""
    target = real_target(path)
    return target.with_name(f".~lock.{short_name(target.name, 8 + len('.rmlock'))}#")


class LockState(enum.Enum):
    OWNED = "owned"  # we hold the lock: edit and save freely
    HELD_BY_OTHER = "held"  # another process has the map open: offer read-only or a copy
    UNAVAILABLE = "unavailable"  # no lock could be written (read-only folder): open anyway


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    app: str
    user: str = ""

    def describe(self) -> str:
        """``"Journey Studio (process 4242) of alice on laptop-7"`` for a dialog."""
        who = f"{self.app or 'another program'} (process {self.pid})"
        if self.user:
            who += f" of {self.user}"
        if self.host and self.host != socket.gethostname():
            who += f" on {self.host}"
        elif self.host:
            who += " on this computer"
        return who


class MapFileLock:
    """The lock of one open map. ``acquire()`` once on open, ``release()`` on close."""

    def __init__(self, path: str | os.PathLike[str], *, stale_after_ms: int = 0):
        self.path = Path(path)
        self.lock_path = lock_path_for(path)
        self._lock = self._make_lock()
        self._lock.setStaleLockTime(stale_after_ms)
        self.state: LockState | None = None
        self.holder: LockHolder | None = None
        self.note = ""

    def _make_lock(self) -> QLockFile:
        return QLockFile(str(self.lock_path))

    def acquire(self) -> LockState:
        """Try once, without waiting. Stale locks are removed by Qt before trying."""
        if self._lock.tryLock(0):
            self.state, self.holder, self.note = LockState.OWNED, None, ""
            return self.state
        error = self._lock.error()
        if error == QLockFile.LockError.LockFailedError:
            self.state = LockState.HELD_BY_OTHER
            self.holder = self._read_holder()
            self.note = f"{self.path.name} is open in {self.holder.describe() if self.holder else 'another program'}"
        else:
            self.state, self.holder = LockState.UNAVAILABLE, None
            self.note = (f"no lock could be written beside {self.path.name} (read-only folder?); "
                         "other editors will not see that it is open")
        return self.state

    def release(self) -> None:
        if self.state is LockState.OWNED:
            self._lock.unlock()
        self.state = None

    def _read_holder(self) -> LockHolder | None:
        info = self._lock.getLockInfo()
        if not info or len(info) < 3:
            return None
        pid, host, app = info[-3:]
        return LockHolder(int(pid), str(host), str(app), _owner_of(self.lock_path))

    def __enter__(self) -> "MapFileLock":
        self.acquire()
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()


def _owner_of(path: Path) -> str:
    """The user name owning the lock file, where the system tells (POSIX)."""
    try:
        import pwd

        return pwd.getpwuid(path.stat().st_uid).pw_name
    except (ImportError, KeyError, OSError):
        return ""
