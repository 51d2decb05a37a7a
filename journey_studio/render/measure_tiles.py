"""The tiles of a metrics lane: per step, one tile per measured metric, with its value and
unit, the number of answers, a trend line when there are months, and a traffic light given
by shape and word as well as colour (circle good, triangle watch, square alert)."""

from __future__ import annotations

from ..human_numbers import number
from ..datasources.presentation import STATUS_SHAPES, STATUS_WORDS, Status, format_value, status
from ..model import Language, Map, Measure
from . import style
from .fonts import FontStyle, ascent, text_width
from .geometry import EllipseShape, Font, LineShape, PathShape, Rect, RectShape, Shape, TextShape
from .style import METRICS, Metrics
from .text import clamp_lines, wrap

STATUS_COLORS = {Status.GOOD: "#2e7d32", Status.WATCH: "#b9770e", Status.BAD: "#c0392b"}
TILE_GAP = 8
VALUE_FONT = 22
TREND_HEIGHT = 20
ANSWERS = {Language.EN: ("answer", "answers"), Language.FR: ("réponse", "réponses")}


def tile_height(measure: Measure, k: Metrics = METRICS) -> float:
    return 10 + k.meta_font + 6 + VALUE_FONT + 6 + (TREND_HEIGHT + 6 if measure.trend else 0) + 6


def step_measures(journey_map: Map) -> dict[str, list[Measure]]:
    """The measures to show, per step id (measures of deleted steps are left out)."""
    steps = set(journey_map.step_ids())
    by_step: dict[str, list[Measure]] = {}
    for step in steps:
        found = journey_map.measures_of(step)
        if found:
            by_step[step] = found
    return by_step


def tiles_height(measures: list[Measure], k: Metrics = METRICS) -> float:
    return sum(tile_height(m, k) + TILE_GAP for m in measures)


def tile_shapes(journey_map: Map, measure: Measure, rect: Rect, k: Metrics = METRICS) -> list[Shape]:
    language = Language(journey_map.language)
    rule = next((r for r in journey_map.metrics if r.name.casefold() == measure.metric.casefold()), None)
    state = status(measure.value, rule)
    accent = STATUS_COLORS.get(state, style.MUTED)
    shapes: list[Shape] = [
        RectShape(rect, fill="#ffffff", stroke="#c9d1d8", stroke_width=1, radius=6),
        RectShape(Rect(rect.x, rect.y, 5, rect.h), fill=accent, radius=2),
    ]
    x, right = rect.x + 14, rect.right - 10
    small = Font(FontStyle.BOLD, k.meta_font)
    baseline = rect.y + 10 + ascent(k.meta_font)
    if state is not None:  # the light: a shape and a word at the top right
        word = STATUS_WORDS[language][state]
        word_w = text_width(word, FontStyle.REGULAR, k.meta_font)
        right_edge = right - word_w
        shapes.append(TextShape(right_edge, baseline, word, Font(FontStyle.REGULAR, k.meta_font), accent))
        shapes.append(_light(STATUS_SHAPES[state], right_edge - 16, rect.y + 10, 11, accent))
        right = right_edge - 22
    name = clamp_lines(wrap(measure.metric, max(right - x, 10), FontStyle.BOLD, k.meta_font), 1,
                       max(right - x, 10), FontStyle.BOLD, k.meta_font)
    if name:
        shapes.append(TextShape(x, baseline, name[0], small, style.MUTED))
    value_base = baseline + 6 + ascent(VALUE_FONT)
    value = format_value(measure.value, rule, language)
    shapes.append(TextShape(x, value_base, value, Font(FontStyle.BOLD, VALUE_FONT), style.INK))
    one, many = ANSWERS[language]
    count = number(measure.count, language)
    shapes.append(TextShape(x + text_width(value, FontStyle.BOLD, VALUE_FONT) + 8, value_base,
                            f"{count} {one if measure.count == 1 else many}",
                            Font(FontStyle.REGULAR, k.meta_font), style.MUTED))
    if measure.trend:
        area = Rect(x, value_base + 8, rect.right - 10 - x, TREND_HEIGHT)
        shapes += _trend(measure, area, accent)
    return shapes


def _light(shape: str, x: float, y: float, size: float, color: str) -> Shape:
    box = Rect(x, y, size, size)
    if shape == "circle":
        return EllipseShape(box, fill=color)
    if shape == "square":
        return RectShape(box, fill=color)
    return PathShape((("M", x + size / 2, y), ("L", x + size, y + size), ("L", x, y + size), ("Z",)), fill=color)


def _trend(measure: Measure, area: Rect, color: str) -> list[Shape]:
    values = [p.value for p in measure.trend]
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = area.w / max(len(values) - 1, 1)
    coords = [(area.x + i * step, area.bottom - (v - low) / span * area.h) for i, v in enumerate(values)]
    path = (("M", *coords[0]),) + tuple(("L", x, y) for x, y in coords[1:])
    shapes: list[Shape] = [LineShape(area.x, area.bottom, area.right, area.bottom, "#e1e6ea", 1),
                           PathShape(path, stroke=color, stroke_width=2)]
    x, y = coords[-1]
    shapes.append(EllipseShape(Rect(x - 3, y - 3, 6, 6), fill=color))
    return shapes
