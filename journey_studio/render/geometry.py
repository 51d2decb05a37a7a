"""Drawing primitives and the boxes of a laid-out map, in map units (1 unit = 1 px at 100 %).

Colours are ``#rrggbb`` or ``#rrggbbaa`` (alpha last, as in CSS; see ``style.rgba``).

The layout fills these; the canvas, the PNG and the PDF painters only draw them, so what
is on screen is what is on paper. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .fonts import FontStyle, text_width
from .style import CURVE

#: Rectangles, fonts and shapes are values: never changed once made (the layout cache hands
#: the same shape objects to several layouts, and the canvas compares them), compared and
#: hashed by their fields. They are not ``frozen`` dataclasses only because making one costs
#: five times more (every field is set through ``object.__setattr__``), and a layout makes
#: about five per card: make a changed copy with ``dataclasses.replace``.
_value = dataclass(slots=True, unsafe_hash=True)


@_value
class Rect:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px <= self.right and self.y <= py <= self.bottom

    def moved(self, dx: float, dy: float) -> "Rect":
        return Rect(self.x + dx, self.y + dy, self.w, self.h)

    def intersects(self, other: "Rect") -> bool:
        return self.x <= other.right and other.x <= self.right and self.y <= other.bottom and other.y <= self.bottom

    def intersected(self, other: "Rect") -> "Rect":
        x, y = max(self.x, other.x), max(self.y, other.y)
        return Rect(x, y, max(0.0, min(self.right, other.right) - x), max(0.0, min(self.bottom, other.bottom) - y))


# --- primitives -----------------------------------------------------------------------
@_value
class Font:
    style: FontStyle
    size: float


@_value
class RectShape:
    rect: Rect
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 1.0
    radius: float = 0.0


@_value
class EllipseShape:
    rect: Rect
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 1.0


@_value
class LineShape:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str
    width: float = 1.0
    dash: tuple[float, ...] = ()


@_value
class TextShape:
    """One line of text; ``y`` is the baseline."""

    x: float
    y: float
    text: str
    font: Font
    color: str


#: A path segment: ("M", x, y) move, ("L", x, y) line, ("C", c1x, c1y, c2x, c2y, x, y) cubic, ("Z",) close.
Segment = tuple


@_value
class PathShape:
    segments: tuple[Segment, ...]
    fill: str | None = None
    stroke: str | None = None
    stroke_width: float = 1.0
    fill_opacity: float = 1.0
    #: drawn only inside this rectangle (the tinted areas above and below the neutral line)
    clip: Rect | None = None
    #: a dashed stroke (a to-be emotion curve): lengths of dash and gap, in map units
    dash: tuple[float, ...] = ()


@_value
class IconShape:
    """An SVG from ``icons/`` (e.g. ``channels/email``) drawn into ``rect``."""

    rect: Rect
    name: str


@_value
class ImageShape:
    """An image asset of the file (the persona photo), drawn into ``rect``, clipped round."""

    rect: Rect
    asset_id: str
    rounded: bool = True


Shape = RectShape | EllipseShape | LineShape | TextShape | PathShape | IconShape | ImageShape


# --- boxes: what the canvas makes items of ----------------------------------------------
@dataclass(slots=True)
class Box:
    rect: Rect
    shapes: list[Shape] = field(default_factory=list)


@dataclass(slots=True)
class StageBox(Box):
    stage_id: str = ""


@dataclass(slots=True)
class StepBox(Box):
    """A step column: ``rect`` is its header (empty height when not shown), ``column`` the whole column."""

    step_id: str = ""
    stage_id: str = ""
    column: Rect = Rect(0, 0, 0, 0)


@dataclass(slots=True)
class LaneBox(Box):
    """A lane: ``rect`` is its header at the left, ``row`` the band across the grid."""

    lane_id: str = ""
    kind: str = ""
    row: Rect = Rect(0, 0, 0, 0)
    #: what is drawn over the band across the grid (the tiles of a metrics lane); these are
    #: in ``shapes`` too, for painters that draw a box whole
    row_shapes: list = field(default_factory=list)


@dataclass(slots=True)
class CardBox(Box):
    card_id: str = ""
    step_id: str = ""
    lane_id: str = ""
    index: int = 0
    lines: tuple[str, ...] = ()


@dataclass(slots=True)
class PointBox(Box):
    """One emotion point: ``rect`` is the face; ``score`` its value."""

    lane_id: str = ""
    step_id: str = ""
    score: float = 0.0


@dataclass(slots=True)
class CurveBox(Box):
    """The curve of one emotion lane: ``rect`` is the plotting band; shapes hold the curve."""

    lane_id: str = ""
    points: list[PointBox] = field(default_factory=list)
    #: the colour the curve is drawn in (the lane's, else a default per emotion lane)
    color: str = CURVE
    #: dashed for a to-be curve, empty for an as-is one
    dash: tuple[float, ...] = ()
    neutral_y: float = 0.0
    #: the scores at the top and bottom of the plotting range, and their y positions
    top_score: float = 0.0
    bottom_score: float = 0.0
    top_y: float = 0.0
    bottom_y: float = 0.0

    def y_of(self, score: float) -> float:
        """Where a score is drawn."""
        span = self.top_score - self.bottom_score
        return self.bottom_y - (score - self.bottom_score) / span * (self.bottom_y - self.top_y)

    def score_at(self, y: float) -> float:
        """The score a y position stands for, kept inside the scale (for dragging points)."""
        span = self.top_score - self.bottom_score
        score = self.bottom_score + (self.bottom_y - y) / (self.bottom_y - self.top_y) * span
        return max(self.bottom_score, min(self.top_score, score))


class CardRow:
    """The card boxes of one lane row in a layout: ``base``, laid out when the row was at some
    y, moved down by ``dy`` since (only the rows above it grew or shrank). ``boxes``, the boxes
    where they are now, are made by ``move`` the first time someone reads them: a row that only
    moved costs nothing until then (the canvas moves the row's items by ``dy`` at once).
    Equal rows have equal boxes, wherever those were first laid out."""

    __slots__ = ("lane_id", "base", "dy", "_boxes", "_move")

    def __init__(self, lane_id: str, base: list[CardBox], dy: float = 0.0,
                 move: Callable[[], list[CardBox]] | None = None):
        self.lane_id, self.base, self.dy = lane_id, base, dy
        self._boxes = base if dy == 0 or move is None else None
        self._move = move

    @property
    def boxes(self) -> list[CardBox]:
        if self._boxes is None:
            self._boxes = self._move()
            self._move = None
        return self._boxes

    def __len__(self) -> int:
        return len(self.base)

    def __eq__(self, other) -> bool:
        return isinstance(other, CardRow) and self.lane_id == other.lane_id and self.boxes == other.boxes

    def __repr__(self) -> str:
        return f"CardRow({self.lane_id!r}, {len(self.base)} boxes, dy={self.dy})"


@dataclass(slots=True)
class MapLayout:
    width: float
    height: float
    grid: Rect  # the stage x lane grid, headers included
    background: list[Shape] = field(default_factory=list)
    title: Box | None = None
    persona: Box | None = None
    stages: list[StageBox] = field(default_factory=list)
    steps: list[StepBox] = field(default_factory=list)
    lanes: list[LaneBox] = field(default_factory=list)
    cells: dict[tuple[str, str], Rect] = field(default_factory=dict)
    #: the card boxes, lane row by lane row (``cards``: all of them, top to bottom)
    card_rows: list[CardRow] = field(default_factory=list)
    curves: list[CurveBox] = field(default_factory=list)
    #: the lines between cells: over the lane bands, under headers, curves and cards
    grid_lines: list[Shape] = field(default_factory=list)
    _by_cell: dict | None = field(default=None, compare=False, repr=False)
    _cards: list[CardBox] | None = field(default=None, compare=False, repr=False)

    @property
    def cards(self) -> list[CardBox]:
        """Every card box, row after row (made once, when first read; do not change the list)."""
        if self._cards is None:
            self._cards = [box for row in self.card_rows for box in row.boxes]
        return self._cards

    def boxes(self) -> list[Box]:
        """Every box in paint order (back to front)."""
        out: list[Box] = []
        for extra in (self.title, self.persona):
            if extra is not None:
                out.append(extra)
        out += self.lanes
        out += self.stages
        out += self.steps
        out += self.curves
        for curve in self.curves:
            out += curve.points
        out += self.cards
        return out

    def all_shapes(self) -> list[Shape]:
        shapes = list(self.background)
        for box in self.boxes():
            if box is self.stages[0] if self.stages else False:
                shapes += self.grid_lines
            shapes += box.shapes
        if not self.stages:
            shapes += self.grid_lines
        return shapes

    def cards_in_cell(self, key: tuple[str, str]) -> list[CardBox]:
        """The card boxes of the cell ``(step_id, lane_id)``, top to bottom (indexed once per layout:
        a drag asks at every mouse move)."""
        if self._by_cell is None:
            by_cell: dict[tuple[str, str], list[CardBox]] = {}
            for card in self.cards:
                by_cell.setdefault((card.step_id, card.lane_id), []).append(card)
            for boxes in by_cell.values():
                boxes.sort(key=lambda c: c.index)
            self._by_cell = by_cell
        return self._by_cell.get(key, [])

    def card(self, card_id: str) -> CardBox | None:
        """The box of ``card_id`` (only its row's boxes are made, if the row moved)."""
        for row in self.card_rows:
            for i, box in enumerate(row.base):
                if box.card_id == card_id:
                    return row.boxes[i]
        return None


def shape_bounds(shape: Shape) -> Rect:
    """A rectangle that holds everything ``shape`` paints (strokes and text included, roughly)."""
    if isinstance(shape, (RectShape, EllipseShape)):
        pad = shape.stroke_width / 2 if shape.stroke else 0.0
        return Rect(shape.rect.x - pad, shape.rect.y - pad, shape.rect.w + 2 * pad, shape.rect.h + 2 * pad)
    if isinstance(shape, (IconShape, ImageShape)):
        return shape.rect
    if isinstance(shape, LineShape):
        pad = shape.width / 2
        x, y = min(shape.x1, shape.x2), min(shape.y1, shape.y2)
        return Rect(x - pad, y - pad, abs(shape.x2 - shape.x1) + 2 * pad, abs(shape.y2 - shape.y1) + 2 * pad)
    if isinstance(shape, TextShape):
        size = shape.font.size
        return Rect(shape.x, shape.y - size, text_width(shape.text, shape.font.style, size), size * 1.3)
    xs = [v for seg in shape.segments for v in seg[1::2]]
    ys = [v for seg in shape.segments for v in seg[2::2]]
    if not xs:
        return Rect(0, 0, 0, 0)
    pad = shape.stroke_width / 2 if shape.stroke else 0.0
    box = Rect(min(xs) - pad, min(ys) - pad, max(xs) - min(xs) + 2 * pad, max(ys) - min(ys) + 2 * pad)
    return box if shape.clip is None else box.intersected(shape.clip)
