"""Lanes (rows): add, remove with their cards, reorder, hide and show."""

from __future__ import annotations

from ..model import Journey
from .base import Notify
from .change import Change
from .contents import TakenCards, card_ids, put_cards, take_cards
from .field_commands import SetFieldsCommand, Target
from .listed import InsertItemCommand, MoveItemCommand, RemoveItemCommand


class InsertLaneCommand(InsertItemCommand):
    subject = "lanes"

    def _items(self) -> list:
        return self.map.lanes


class MoveLaneCommand(MoveItemCommand):
    subject = "lanes"

    def _items(self) -> list:
        return self.map.lanes


class RemoveLaneCommand(RemoveItemCommand):
    """Remove a lane and its cards (its emotion points belong to it and go with it)."""

    subject = "lanes"

    def __init__(self, journey: Journey, lane_id: str, text: str = "Delete lane",
                 notify: Notify | None = None):
        super().__init__(journey, lane_id, text, notify)
        self.lane_id = lane_id
        self.cards: TakenCards = []

    def _items(self) -> list:
        return self.map.lanes

    def _take_contents(self, lane) -> list[Change]:
        self.cards = take_cards(self.map, lambda card: card.lane == self.lane_id)
        return [Change("cards", "removed", card_ids(self.cards))] if self.cards else []

    def _put_contents(self) -> list[Change]:
        put_cards(self.map, self.cards)
        return [Change("cards", "added", card_ids(self.cards))] if self.cards else []


class SetLaneHiddenCommand(SetFieldsCommand):
    def __init__(self, journey: Journey, lane_id: str, hidden: bool, notify: Notify | None = None):
        super().__init__(journey, Target("lane", lane_id), {"hidden": hidden},
                         "Hide lane" if hidden else "Show lane", notify)
