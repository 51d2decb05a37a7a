"""Questions about a laid-out map that the canvas asks under the mouse, with no Qt.

Which cell is at a point, where a dragged card would land in a cell, where a dragged stage
or lane would be inserted, and how far the shapes of a box reach (for item bounds).
"""

from __future__ import annotations

from dataclasses import dataclass

from .fonts import text_width
from .geometry import (
    EllipseShape, IconShape, ImageShape, LineShape, MapLayout, PathShape, Rect, RectShape, Shape, TextShape,
)

CellKey = tuple[str, str]  # (step id, lane id)


def cell_at(layout: MapLayout, x: float, y: float) -> CellKey | None:
    """The (step, lane) cell under the point, or None outside the grid's cells."""
    # a step's header rect spans its column's width (StepBox.column is not filled by the layout yet)
    step_id = next((s.step_id for s in layout.steps if s.rect.x <= x < s.rect.right), None)
    lane_id = next((lane.lane_id for lane in layout.lanes if lane.row.y <= y < lane.row.bottom), None)
    if step_id is None or lane_id is None:
        return None
    return (step_id, lane_id)


@dataclass(frozen=True)
class CardDrop:
    """Where dragged cards go: ``index`` in the cell once they are lifted out; the indicator line."""

    step_id: str
    lane_id: str
    index: int
    line_y: float
    x1: float
    x2: float


def card_drop(layout: MapLayout, x: float, y: float, moving: frozenset[str] | set[str] = frozenset(),
              gap: float = 8.0) -> CardDrop | None:
    """The drop place of cards dragged to (x, y); ``moving`` cards are not counted in the cell."""
    key = cell_at(layout, x, y)
    if key is None:
        return None
    cell = layout.cells[key]
    others = [c for c in layout.cards_in_cell(key) if c.card_id not in moving]
    index = sum(1 for c in others if c.rect.y + c.rect.h / 2 < y)
    if others:
        if index < len(others):
            line_y = others[index].rect.y - gap / 2
        else:
            line_y = others[-1].rect.bottom + gap / 2
        x1, x2 = others[0].rect.x, others[0].rect.right
    else:
        line_y = _cards_top(layout, key[1], cell) + 2
        x1, x2 = cell.x + 10, cell.right - 10
    return CardDrop(key[0], key[1], index, line_y, x1, x2)


def _cards_top(layout: MapLayout, lane_id: str, cell: Rect) -> float:
    """Where the first card of an empty cell would sit (below the curve in an emotions lane)."""
    curve = next((c for c in layout.curves if c.lane_id == lane_id), None)
    return (curve.rect.bottom if curve else cell.y) + 8


def new_card_rect(layout: MapLayout, step_id: str, lane_id: str, padding: float = 10.0,
                  gap: float = 8.0, height: float = 52.0) -> Rect:
    """Where a card added at the end of a cell would appear (for the editor of a new card)."""
    cell = layout.cells[(step_id, lane_id)]
    cards = [c for c in layout.cards if (c.step_id, c.lane_id) == (step_id, lane_id)]
    if cards:
        top = max(c.rect.bottom for c in cards) + gap
    else:
        curve = next((c for c in layout.curves if c.lane_id == lane_id), None)
        top = (curve.rect.bottom if curve else cell.y) + padding
    return Rect(cell.x + padding, top, cell.w - 2 * padding, height)


@dataclass(frozen=True)
class HeaderDrop:
    """A dragged stage or lane goes before ``before_id`` (None: at the end); the indicator line."""

    before_id: str | None
    line: float  # x for stages, y for lanes


def stage_drop(layout: MapLayout, x: float, moving_id: str) -> HeaderDrop:
    return _header_drop([(s.stage_id, s.rect.x, s.rect.right) for s in layout.stages], x, moving_id)


def lane_drop(layout: MapLayout, y: float, moving_id: str) -> HeaderDrop:
    return _header_drop([(lane.lane_id, lane.rect.y, lane.rect.bottom) for lane in layout.lanes], y, moving_id)


def _header_drop(spans: list[tuple[str, float, float]], at: float, moving_id: str) -> HeaderDrop:
    """``spans`` are (id, start, end) along the drag axis, in order."""
    others = [span for span in spans if span[0] != moving_id]
    for model_id, start, end in others:
        if at < (start + end) / 2:
            return HeaderDrop(model_id, start)
    return HeaderDrop(None, others[-1][2] if others else at)


def insert_index(order: list[str], moving_id: str, before_id: str | None) -> int:
    """The final index of ``moving_id`` in ``order`` when it is put before ``before_id``.

    ``order`` is the model's full order (hidden lanes included), so a lane dropped between two
    visible lanes lands between them in the model too.
    """
    rest = [i for i in order if i != moving_id]
    if before_id is None or before_id not in rest:
        if before_id is None and rest:
            return len(rest)
        return order.index(moving_id)
    return rest.index(before_id)


def shapes_bounds(shapes: list[Shape]) -> Rect | None:
    """The rectangle every shape fits in (strokes and text included), or None for no shapes."""
    xs: list[float] = []
    ys: list[float] = []
    for shape in shapes:
        if isinstance(shape, (RectShape, EllipseShape)):
            grow = shape.stroke_width / 2 if shape.stroke else 0.0
            r = shape.rect
            xs += [r.x - grow, r.right + grow]
            ys += [r.y - grow, r.bottom + grow]
        elif isinstance(shape, (IconShape, ImageShape)):
            xs += [shape.rect.x, shape.rect.right]
            ys += [shape.rect.y, shape.rect.bottom]
        elif isinstance(shape, LineShape):
            w = shape.width / 2 + 1
            xs += [min(shape.x1, shape.x2) - w, max(shape.x1, shape.x2) + w]
            ys += [min(shape.y1, shape.y2) - w, max(shape.y1, shape.y2) + w]
        elif isinstance(shape, TextShape):
            size = shape.font.size
            xs += [shape.x, shape.x + text_width(shape.text, shape.font.style, size) + 2]
            ys += [shape.y - size * 1.1, shape.y + size * 0.35]
        elif isinstance(shape, PathShape):
            if shape.clip is not None:
                xs += [shape.clip.x, shape.clip.right]
                ys += [shape.clip.y, shape.clip.bottom]
                continue
            w = shape.stroke_width if shape.stroke else 0.0
            for seg in shape.segments:
                coords = seg[1:]
                xs += [v - w for v in coords[0::2]] + [v + w for v in coords[0::2]]
                ys += [v - w for v in coords[1::2]] + [v + w for v in coords[1::2]]
    if not xs:
        return None
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


@dataclass(frozen=True)
class StepDrop:
    """A dragged step goes into ``stage_id`` at ``index`` (its place once lifted out); the line's x."""

    stage_id: str
    index: int
    line: float


def step_drop(layout: MapLayout, x: float, moving_id: str) -> StepDrop | None:
    """Where a dragged step header lands: before or after the step under ``x``, in that step's stage.

    The left half of a step puts the dragged one before it, the right half after it, so the
    boundary between two stages reads as "end of the left stage" or "start of the right one".
    """
    others = [s for s in layout.steps if s.step_id != moving_id]
    if not others:
        return None
    target = next((s for s in others if x < s.rect.right), others[-1])
    after = x >= target.rect.x + target.rect.w / 2
    siblings = [s.step_id for s in others if s.stage_id == target.stage_id]
    index = siblings.index(target.step_id) + (1 if after else 0)
    return StepDrop(target.stage_id, index, target.rect.right if after else target.rect.x)
