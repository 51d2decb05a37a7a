"""Every N seconds, autosave the open map if it has unsaved changes (Qt timer)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from ..fileformat import JourneyFileError
from ..model import Journey
from .autosave import AutosaveStore

DEFAULT_INTERVAL_S = 30


class AutosaveItem(NamedTuple):
    key: str
    journey: Journey
    dirty: bool
    original: str | None = None


class AutosaveTimer(QObject):
    """Ask ``snapshot()`` for ``(key, journey, dirty[, original])`` on each tick.

    Dirty and changed since the last autosave: written. Clean (just saved): the autosave is
    removed, there is nothing left to recover. A refused write emits ``failed(message)``
    and editing goes on; the next tick tries again.
    """

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, store: AutosaveStore, snapshot: Callable[[], tuple | None], *,
                 interval_s: float = DEFAULT_INTERVAL_S, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.snapshot = snapshot
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self.set_interval(interval_s)

    def set_interval(self, seconds: float) -> None:
        self._timer.setInterval(max(1, int(seconds * 1000)))

    def interval_s(self) -> float:
        return self._timer.interval() / 1000

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def tick(self) -> bool:
        """Autosave now if needed; True when a file was written."""
        result = self.snapshot()
        if result is None:
            return False
        item = AutosaveItem(*result)
        if not item.dirty:
            self.store.discard(item.key)
            return False
        try:
            wrote = self.store.write(item.key, item.journey, item.original)
        except JourneyFileError as exc:
            self.failed.emit(f"Autosave failed: {exc.reason}")
            return False
        if wrote:
            self.written.emit(item.key)
        return wrote
