"""Autosaves of unsaved maps, and what a crashed session left behind. No Qt.

Each entry is two files in the autosave folder: ``<session>-<key>.journey`` (the map,
written atomically) and ``<session>-<key>.json`` (a side record: the original path or
None, the title, the time, the session and its process). The record is written after
the map, so a record always points to a complete map. A clean close removes the entry;
entries whose process is not running any more are what :meth:`AutosaveStore.pending`
offers to recover after a crash.

Names of files that are not valid UTF-8 are kept exactly (the record is ASCII JSON where such
a name is an escaped surrogate). A map whose record could not be written (a full disk) is
still found: each session writes ``<session>.session`` (its process) before its first
autosave, so such an orphan is offered once its session is gone, under its own title.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from ..fileformat import JourneyFileError, dumps, load
from ..fileformat.atomic import os_error_reason, sweep_leftovers, write_atomic
from ..model import Journey
from ..processes import process_running

_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


@dataclass(frozen=True)
class AutosaveEntry:
    map_path: Path  # the autosaved map
    record_path: Path
    original: str | None  # the file the map came from, None if never saved
    title: str
    saved_at: datetime  # timezone-aware
    session: str
    pid: int
    host: str


class AutosaveStore:
    """The autosave folder as seen by one running session (one process)."""

    def __init__(self, folder: Path, *, session: str | None = None, pid: int | None = None):
        self.folder = Path(folder)
        self.session = session or uuid.uuid4().hex[:12]
        self.pid = os.getpid() if pid is None else pid
        self.host = socket.gethostname()
        self._written: dict[str, str] = {}  # key -> hash of the last bytes written

    def _base(self, key: str) -> Path:
        if not _KEY.match(key):
            raise ValueError(f"autosave key {key!r} must be short and plain")
        return self.folder / f"{self.session}-{key}"

    def write(self, key: str, journey: Journey, original: str | os.PathLike[str] | None = None) -> bool:
        """Autosave ``journey`` under ``key`` if it differs from the last autosave of it.

        Returns True when something was written. Raises :class:`JourneyFileError` if the
        disk refuses (the caller reports it and keeps editing).
        """
        data = dumps(journey)
        digest = hashlib.sha256(data).hexdigest()
        if self._written.get(key) == digest:
            return False
        base = self._base(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise JourneyFileError(f"could not autosave: {os_error_reason(exc)}", file=str(self.folder)) from None
        self._mark_session()
        write_atomic(base.with_suffix(".journey"), data)
        record = {
            "original": None if original is None else os.path.abspath(os.fspath(original)),
            "title": journey.map.title,
            "savedAt": datetime.now(timezone.utc).isoformat(),
            "session": self.session,
            "pid": self.pid,
            "host": self.host,
        }
        write_atomic(base.with_suffix(".json"), json.dumps(record).encode("ascii"))
        self._written[key] = digest
        return True

    def discard(self, key: str) -> None:
        """Remove this session's autosave of ``key`` (the map was saved or closed cleanly)."""
        base = self._base(key)
        self._unlink(base.with_suffix(".json"), base.with_suffix(".journey"))
        self._written.pop(key, None)
        if not any(self.folder.glob(f"{self.session}-*.journey")):
            self._unlink(self._session_file())

    def close(self) -> None:
        """A clean exit: remove every autosave of this session."""
        for record in self.folder.glob(f"{self.session}-*.json"):
            self._unlink(record, record.with_suffix(".journey"))
        for orphan in self.folder.glob(f"{self.session}-*.journey"):
            self._unlink(orphan)
        self._unlink(self._session_file())
        self._written.clear()

    def _session_file(self) -> Path:
        return self.folder / f"{self.session}.session"

    def _mark_session(self) -> None:
        marker = self._session_file()
        if not marker.exists():
            data = {"session": self.session, "pid": self.pid, "host": self.host}
            write_atomic(marker, json.dumps(data).encode("ascii"))

    def pending(self) -> list[AutosaveEntry]:
        """Autosaves left by sessions that are not running any more, newest first."""
        sweep_leftovers(self.folder)  # temporary files of autosaves killed midway
        entries = [e for e in self._entries() if e.session != self.session and not self._alive(e)]
        return sorted(entries, key=lambda e: e.saved_at, reverse=True)

    def load(self, entry: AutosaveEntry) -> Journey:
        """The autosaved map, checked like any file; :class:`JourneyFileError` if damaged."""
        return load(entry.map_path)

    def remove(self, entry: AutosaveEntry) -> None:
        """Forget an entry (recovered, or discarded by the user)."""
        self._unlink(entry.record_path, entry.map_path)
        if not any(self.folder.glob(f"{entry.session}-*.journey")):
            self._unlink(self.folder / f"{entry.session}.session")

    # --- internals ---------------------------------------------------------------
    def _entries(self) -> list[AutosaveEntry]:
        if not self.folder.is_dir():
            return []
        entries = []
        for record in self.folder.glob("*.json"):
            entry = _read_record(record)
            if entry is not None and entry.map_path.is_file():
                entries.append(entry)
            elif entry is not None:  # a record whose map is gone: nothing to recover
                self._unlink(record)
        for orphan in self.folder.glob("*.journey"):
            if not orphan.with_suffix(".json").exists():
                entry = self._orphan(orphan)
                if entry is not None:
                    entries.append(entry)
        return entries

    def _orphan(self, map_path: Path) -> AutosaveEntry | None:
        """An autosaved map without its record (the disk refused the record)."""
        session = map_path.stem.partition("-")[0]
        if session == self.session or not session:
            return None
        try:
            marker = json.loads((self.folder / f"{session}.session").read_text(encoding="ascii"))
            pid, host = int(marker["pid"]), str(marker.get("host", ""))
        except (OSError, ValueError, KeyError, TypeError):
            pid, host = 0, self.host  # no marker: an older version's leftover, offer it
        try:
            title = load(map_path).map.title
            saved_at = datetime.fromtimestamp(map_path.stat().st_mtime, timezone.utc)
        except (OSError, JourneyFileError):
            return None
        return AutosaveEntry(map_path=map_path, record_path=map_path.with_suffix(".json"), original=None,
                             title=title, saved_at=saved_at, session=session, pid=pid, host=host)

    def _alive(self, entry: AutosaveEntry) -> bool:
        if entry.host != self.host:
            return True  # cannot tell for another machine: leave its autosaves alone
        if entry.pid == self.pid:
            return False  # our pid, not our session: an earlier process had this pid
        return process_running(entry.pid)

    @staticmethod
    def _unlink(*paths: Path) -> None:
        for path in paths:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                pass


def _read_record(record: Path) -> AutosaveEntry | None:
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        saved_at = datetime.fromisoformat(data["savedAt"])
        if saved_at.tzinfo is None:
            saved_at = saved_at.replace(tzinfo=timezone.utc)
        original = data.get("original")
        return AutosaveEntry(
            map_path=record.with_suffix(".journey"), record_path=record,
            original=str(original) if original else None, title=str(data.get("title", "")),
            saved_at=saved_at, session=str(data["session"]), pid=int(data["pid"]),
            host=str(data.get("host", "")),
        )
    except (OSError, ValueError, KeyError, TypeError, JourneyFileError):
        return None
