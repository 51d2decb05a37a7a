"""Adding, removing and moving cards. Changing a card's fields is a SetFieldsCommand."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from ..model import Card, Journey
from .base import MapCommand, Notify
from .change import Change
from .contents import TakenCards, card_ids, cell_insert_position, put_cards, take_cards


class InsertCardsCommand(MapCommand):
    """Put new cards at given positions of ``map.cards`` (add, duplicate, paste).

    ``placements`` are (position in the list after insertion, card), positions ascending.
    """

    def __init__(self, journey: Journey, placements: TakenCards, text: str = "Add card",
                 notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.placements = sorted(placements, key=lambda pair: pair[0])
        self.ids = frozenset(card.id for _, card in self.placements)

    def _redo(self) -> list[Change]:
        put_cards(self.map, self.placements)
        return [Change("cards", "added", card_ids(self.placements))]

    def _undo(self) -> list[Change]:
        take_cards(self.map, lambda card: card.id in self.ids)
        return [Change("cards", "removed", card_ids(self.placements))]


class RemoveCardsCommand(MapCommand):
    """Remove cards; undo puts each back at the position it had in the list."""

    def __init__(self, journey: Journey, ids: Iterable[str], text: str = "Delete cards",
                 notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.ids = frozenset(ids)
        self.taken: TakenCards = []

    def _redo(self) -> list[Change]:
        self.taken = take_cards(self.map, lambda card: card.id in self.ids)
        return [Change("cards", "removed", card_ids(self.taken))]

    def _undo(self) -> list[Change]:
        put_cards(self.map, self.taken)
        return [Change("cards", "added", card_ids(self.taken))]


def arrange_move(cards: list[Card], ids: Collection[str], step_id: str, lane_id: str,
                 index: int | None) -> list[Card]:
    """The order of ``cards`` once ``ids`` moved to ``index`` of cell (step, lane); pure."""
    moving = [card for card in cards if card.id in ids]
    rest = [card for card in cards if card.id not in ids]
    at = cell_insert_position(rest, step_id, lane_id, index)
    return rest[:at] + moving + rest[at:]


class MoveCardsCommand(MapCommand):
    """Move cards, in their present order, to ``index`` of cell (``step_id``, ``lane_id``).

    ``index`` counts the cards of the target cell once the moved cards are lifted out of it
    (as ``list.pop`` then ``list.insert`` would); None puts them at the end of the cell.
    """

    def __init__(self, journey: Journey, ids: Iterable[str], step_id: str, lane_id: str,
                 index: int | None, text: str = "Move cards", notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.ids = frozenset(ids)
        self.step_id, self.lane_id, self.index = step_id, lane_id, index
        self.origins: list[tuple[int, str, str]] = []  # (position, old step, old lane)

    def _redo(self) -> list[Change]:
        cards = self.map.cards
        self.origins = [(i, card.step, card.lane) for i, card in enumerate(cards) if card.id in self.ids]
        cards[:] = arrange_move(cards, self.ids, self.step_id, self.lane_id, self.index)
        for card in cards:
            if card.id in self.ids:
                card.step, card.lane = self.step_id, self.lane_id
        return [Change("cards", "moved", tuple(card.id for card in cards if card.id in self.ids))]

    def _undo(self) -> list[Change]:
        taken = take_cards(self.map, lambda card: card.id in self.ids)
        back: TakenCards = []
        for (position, step, lane), (_, card) in zip(self.origins, taken):
            card.step, card.lane = step, lane
            back.append((position, card))
        put_cards(self.map, back)
        return [Change("cards", "moved", card_ids(back))]
