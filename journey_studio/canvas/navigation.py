"""Moving the selection with the keyboard, over the laid-out grid (no Qt).

Down a column, the stops are, lane by lane: the cell itself (where Enter adds a card), then
its cards in order, one press each; Up walks the same stops back. Left and right keep the
lane and the position in the cell as far as the neighbour cell allows. Tab walks the same
kind of stops in reading order: a cell, its cards, then the next cell across the steps, then
the next lane.
"""

from __future__ import annotations

from ..render.geometry import MapLayout
from .selection import Selection, SelectionKind

UP, DOWN, LEFT, RIGHT = "up", "down", "left", "right"


def _cells(layout: MapLayout) -> tuple[list[str], list[str]]:
    return [s.step_id for s in layout.steps], [lane.lane_id for lane in layout.lanes]


def _cards_of(layout: MapLayout, step_id: str, lane_id: str) -> list[str]:
    cards = [c for c in layout.cards if c.step_id == step_id and c.lane_id == lane_id]
    return [c.card_id for c in sorted(cards, key=lambda c: c.index)]


def current_cell(layout: MapLayout, selection: Selection) -> tuple[str, str] | None:
    if selection.kind == SelectionKind.CELL:
        return (selection.step_id, selection.lane_id)
    if selection.kind == SelectionKind.CARDS and selection.card_ids:
        box = layout.card(selection.card_ids[-1])
        if box is not None:
            return (box.step_id, box.lane_id)
    if selection.kind == SelectionKind.POINT:
        return (selection.step_id, selection.lane_id)
    return None


def first_cell(layout: MapLayout) -> Selection:
    steps, lanes = _cells(layout)
    return Selection.cell(steps[0], lanes[0]) if steps and lanes else Selection()


def _column_stops(layout: MapLayout, step_id: str) -> list[Selection]:
    stops: list[Selection] = []
    for lane in layout.lanes:
        stops += _cell_stops(layout, step_id, lane.lane_id)
    return stops


def _cell_stops(layout: MapLayout, step_id: str, lane_id: str) -> list[Selection]:
    """A cell, then its cards: the order every key walks."""
    return [Selection.cell(step_id, lane_id), *(Selection.cards([cid]) for cid in _cards_of(layout, step_id, lane_id))]


def _here(layout: MapLayout, selection: Selection) -> Selection | None:
    """The stop the selection stands on (the last card of several)."""
    if selection.kind == SelectionKind.CARDS and selection.card_ids:
        return Selection.cards([selection.card_ids[-1]])
    cell = current_cell(layout, selection)
    return Selection.cell(*cell) if cell else None


def arrow(layout: MapLayout, selection: Selection, direction: str) -> Selection:
    """The selection after an arrow key; the first cell when nothing in the grid is selected."""
    steps, lanes = _cells(layout)
    cell = current_cell(layout, selection)
    if cell is None or cell[0] not in steps or cell[1] not in lanes:
        return first_cell(layout)
    step_id, lane_id = cell
    if direction in (UP, DOWN):
        stops = _column_stops(layout, step_id)
        here = _here(layout, selection)
        at = stops.index(here) if here in stops else 0
        at = max(0, min(len(stops) - 1, at + (1 if direction == DOWN else -1)))
        return stops[at]
    column = steps.index(step_id) + (1 if direction == RIGHT else -1)
    if not 0 <= column < len(steps):
        return selection
    target = steps[column]
    if selection.kind == SelectionKind.CARDS:
        mine = _cards_of(layout, step_id, lane_id)
        position = mine.index(selection.card_ids[-1]) if selection.card_ids[-1] in mine else 0
        theirs = _cards_of(layout, target, lane_id)
        if theirs:
            return Selection.cards([theirs[min(position, len(theirs) - 1)]])
    return Selection.cell(target, lane_id)


def tab(layout: MapLayout, selection: Selection, backwards: bool = False) -> Selection:
    """The next (or previous) stop in reading order: a cell, its cards, the next cell across
    the steps, then the next lane; it wraps around at the end."""
    steps, lanes = _cells(layout)
    order = [stop for lane in lanes for s in steps for stop in _cell_stops(layout, s, lane)]
    if not order:
        return Selection()
    here = _here(layout, selection)
    if here not in order:
        return order[-1 if backwards else 0]
    return order[(order.index(here) + (-1 if backwards else 1)) % len(order)]


def current_cell_selection(layout: MapLayout, selection: Selection) -> Selection:
    """Esc: from cards back to their cell; from a cell (or anything else) to nothing."""
    if selection.kind == SelectionKind.CARDS:
        cell = current_cell(layout, selection)
        return Selection.cell(*cell) if cell else Selection()
    return Selection()


def nudge_target(layout: MapLayout, card_ids: tuple[str, ...], direction: str) -> tuple[str, str, int] | None:
    """Where Alt+arrow moves the selected cards: ``(step, lane, index)`` for ``move_cards``.

    Left and right take the cards to the neighbour step in the same lane, keeping their row
    as far as the cell allows. Up and down move them one place within their cell, and past
    its top or bottom into the lane above (at the end) or below (at the start). The index
    counts the target cell's cards once the moved cards are lifted out (the Document's rule).
    """
    moving = set(card_ids)
    anchor = next((c for c in sorted(layout.cards, key=lambda c: (c.rect.y, c.rect.x)) if c.card_id in moving), None)
    if anchor is None:
        return None
    steps, lanes = _cells(layout)
    step_at, lane_at = steps.index(anchor.step_id), lanes.index(anchor.lane_id)
    staying = [c for c in _cards_of(layout, anchor.step_id, anchor.lane_id) if c not in moving]
    before = sum(1 for c in _cards_of(layout, anchor.step_id, anchor.lane_id)[: anchor.index] if c not in moving)

    def others(step_id: str, lane_id: str) -> list[str]:
        return [c for c in _cards_of(layout, step_id, lane_id) if c not in moving]

    if direction in (LEFT, RIGHT):
        target = step_at + (-1 if direction == LEFT else 1)
        if not 0 <= target < len(steps):
            return None
        step_id = steps[target]
        return (step_id, anchor.lane_id, min(before, len(others(step_id, anchor.lane_id))))
    if direction == UP:
        if before > 0:
            return (anchor.step_id, anchor.lane_id, before - 1)
        if lane_at == 0:
            return None
        lane_id = lanes[lane_at - 1]
        return (anchor.step_id, lane_id, len(others(anchor.step_id, lane_id)))
    if before < len(staying):
        return (anchor.step_id, anchor.lane_id, before + 1)
    if lane_at + 1 >= len(lanes):
        return None
    return (anchor.step_id, lanes[lane_at + 1], 0)
