"""Inserting, removing and reordering an item (stage, step, lane) in one of the map's lists.

The lane, stage and step commands are these three with the list they work on (``_items``)
and, for removal, what goes with the item (``_take_contents`` / ``_put_contents``).
"""

from __future__ import annotations

from ..model import Journey
from .base import MapCommand, Notify, index_of
from .change import Change, Subject


class InsertItemCommand(MapCommand):
    """Insert ``item`` at ``index`` of :meth:`_items`; undo takes it out again."""

    subject: Subject

    def __init__(self, journey: Journey, item, index: int, text: str, notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.item = item
        self.index = index

    def _items(self) -> list:
        raise NotImplementedError

    def _redo(self) -> list[Change]:
        self._items().insert(self.index, self.item)
        return [Change(self.subject, "added", (self.item.id,))]

    def _undo(self) -> list[Change]:
        items = self._items()
        items.pop(index_of(items, self.item.id))
        return [Change(self.subject, "removed", (self.item.id,))]


class RemoveItemCommand(MapCommand):
    """Remove the item with ``item_id`` from :meth:`_items` with what it holds; undo puts both
    back where they were (the index is remembered on redo)."""

    subject: Subject

    def __init__(self, journey: Journey, item_id: str, text: str, notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.item_id = item_id
        self.index = -1
        self.item = None

    def _items(self) -> list:
        raise NotImplementedError

    def _take_contents(self, item) -> list[Change]:
        """Take out what goes with ``item`` (its cards, its points); the changes that makes."""
        return []

    def _put_contents(self) -> list[Change]:
        return []

    def _redo(self) -> list[Change]:
        items = self._items()
        self.index = index_of(items, self.item_id)
        self.item = items.pop(self.index)
        return [Change(self.subject, "removed", (self.item_id,)), *self._take_contents(self.item)]

    def _undo(self) -> list[Change]:
        self._items().insert(self.index, self.item)
        return [Change(self.subject, "added", (self.item_id,)), *self._put_contents()]


class MoveItemCommand(MapCommand):
    """Move the item with ``item_id`` so that it ends at ``new_index`` of :meth:`_items`."""

    subject: Subject

    def __init__(self, journey: Journey, item_id: str, new_index: int, text: str,
                 notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.item_id = item_id
        self.new_index = new_index
        self.old_index = -1

    def _items(self) -> list:
        raise NotImplementedError

    def _move(self, to_index: int) -> list[Change]:
        items = self._items()
        item = items.pop(index_of(items, self.item_id))
        items.insert(to_index, item)
        return [Change(self.subject, "moved", (self.item_id,))]

    def _redo(self) -> list[Change]:
        self.old_index = index_of(self._items(), self.item_id)
        return self._move(self.new_index)

    def _undo(self) -> list[Change]:
        return self._move(self.old_index)
