"""The common shape of every command: the journey it edits and a way to say what changed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from ..model import Journey, Map
from .change import Change

Notify = Callable[[Change], None]


class MapCommand(QUndoCommand):
    """Subclasses implement ``_redo`` and ``_undo``; each returns the changes it made."""

    def __init__(self, journey: Journey, text: str, notify: Notify | None = None):
        super().__init__(text)
        self.journey = journey
        self._notify = notify

    @property
    def map(self) -> Map:
        return self.journey.map

    def redo(self) -> None:
        self._report(self._redo())

    def undo(self) -> None:
        self._report(self._undo())

    def _redo(self) -> list[Change]:
        raise NotImplementedError

    def _undo(self) -> list[Change]:
        raise NotImplementedError

    def _report(self, changes: list[Change]) -> None:
        if self._notify is not None:
            for change in changes:
                self._notify(change)


def index_of(items: list, item_id: str) -> int:
    """The position of the item with ``item_id`` (stage, lane, card, step) in ``items``."""
    for i, item in enumerate(items):
        if item.id == item_id:
            return i
    raise KeyError(item_id)
