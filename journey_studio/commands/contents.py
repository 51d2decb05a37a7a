"""Taking cards and emotion points out of a map and putting them back at their exact places.

Removing a stage, step or lane removes what sits in it; undo must put every card and point
back where it was in its list, so the order of cards in a cell survives.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from ..model import Card, EmotionPoint, Map

#: (position in ``map.cards``, card), positions ascending.
TakenCards = list[tuple[int, Card]]
#: (lane id, position in ``lane.points``, point), positions ascending per lane.
TakenPoints = list[tuple[str, int, EmotionPoint]]


def take_cards(m: Map, predicate: Callable[[Card], bool]) -> TakenCards:
    taken = [(i, card) for i, card in enumerate(m.cards) if predicate(card)]
    if taken:
        m.cards[:] = [card for card in m.cards if not predicate(card)]
    return taken


def put_cards(m: Map, taken: TakenCards) -> None:
    for position, card in taken:
        m.cards.insert(position, card)


def take_points(m: Map, step_ids: Collection[str]) -> TakenPoints:
    taken: TakenPoints = []
    for lane in m.lanes:
        mine = [(lane.id, j, p) for j, p in enumerate(lane.points) if p.step in step_ids]
        if mine:
            lane.points[:] = [p for p in lane.points if p.step not in step_ids]
            taken.extend(mine)
    return taken


def put_points(m: Map, taken: TakenPoints) -> None:
    for lane_id, position, point in taken:
        lane = m.find_lane(lane_id)
        lane.points.insert(position, point)


def card_ids(taken: TakenCards) -> tuple[str, ...]:
    return tuple(card.id for _, card in taken)


def lane_ids(taken: TakenPoints) -> tuple[str, ...]:
    return tuple(dict.fromkeys(lane_id for lane_id, _, _ in taken))


def cell_insert_position(cards: list[Card], step_id: str, lane_id: str, index: int | None) -> int:
    """Where in ``cards`` a card goes to be at ``index`` in cell (step, lane); None = at the end."""
    cell = [i for i, card in enumerate(cards) if card.step == step_id and card.lane == lane_id]
    index = len(cell) if index is None else max(index, 0)
    if index >= len(cell):
        return cell[-1] + 1 if cell else len(cards)
    return cell[index]
