"""Lanes (rows): add, remove with their cards, reorder, hide and show."""

from __future__ import annotations

from ..model import Journey, Lane
from .base import MapCommand, Notify, index_of
from .change import Change
from .contents import TakenCards, card_ids, put_cards, take_cards
from .field_commands import SetFieldsCommand, Target
from .listed import InsertItemCommand, MoveItemCommand


class InsertLaneCommand(InsertItemCommand):
    subject = "lanes"

    def _items(self) -> list:
        return self.map.lanes


class MoveLaneCommand(MoveItemCommand):
    subject = "lanes"

    def _items(self) -> list:
        return self.map.lanes


class RemoveLaneCommand(MapCommand):
    """Remove a lane and its cards (its emotion points belong to it and go with it)."""

    def __init__(self, journey: Journey, lane_id: str, text: str = "Delete lane",
                 notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.lane_id = lane_id
        self.index = -1
        self.lane: Lane | None = None
        self.cards: TakenCards = []

    def _redo(self) -> list[Change]:
        self.index = index_of(self.map.lanes, self.lane_id)
        self.lane = self.map.lanes.pop(self.index)
        self.cards = take_cards(self.map, lambda card: card.lane == self.lane_id)
        changes = [Change("lanes", "removed", (self.lane_id,))]
        if self.cards:
            changes.append(Change("cards", "removed", card_ids(self.cards)))
        return changes

    def _undo(self) -> list[Change]:
        self.map.lanes.insert(self.index, self.lane)
        put_cards(self.map, self.cards)
        changes = [Change("lanes", "added", (self.lane_id,))]
        if self.cards:
            changes.append(Change("cards", "added", card_ids(self.cards)))
        return changes


class SetLaneHiddenCommand(SetFieldsCommand):
    def __init__(self, journey: Journey, lane_id: str, hidden: bool, notify: Notify | None = None):
        super().__init__(journey, Target("lane", lane_id), {"hidden": hidden},
                         "Hide lane" if hidden else "Show lane", notify)
