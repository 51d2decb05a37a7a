"""Sizes and colours of a laid-out map: calm, legible, readable from the back of a room."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..model import LaneKind

INK = "#1f2a33"  # main text
MUTED = "#5b6b78"  # secondary text
GRID = "#d5dbe0"  # cell borders
PAPER = "#ffffff"
CANVAS = "#f4f6f8"  # behind the grid cells
STAGE_FILL = "#2f3e4c"
STEP_FILL = "#e3e8ec"
MOMENT_OF_TRUTH = "#f2b705"
POSITIVE_TINT = "#3aa76d"
NEGATIVE_TINT = "#d9534f"
CURVE = "#2f3e4c"
NEUTRAL_LINE = "#9aa5ae"
EXAMPLE_CARD = "#eceff1"  # a template's example card: grey, italic, muted ink
#: default curve colours of the emotion lanes, in map order, so "today" and "target" differ
#: (a lane's own colour wins); the faces and words carry the value, never these colours
EMOTION_CURVES = ("#2f3e4c", "#c2185b", "#00838f", "#6a4fc7", "#b9770e")


def curve_color(lane_color: str | None, emotion_index: int) -> str:
    """The curve colour of the ``emotion_index``-th emotion lane of a map."""
    return lane_color or EMOTION_CURVES[emotion_index % len(EMOTION_CURVES)]


@dataclass(frozen=True)
class Metrics:
    """Every size of the layout, in map units."""

    lane_header_width: float = 190
    column_width: float = 230
    cell_padding: float = 10
    card_gap: float = 8
    card_padding: float = 10
    card_radius: float = 4
    card_font: float = 15
    card_line: float = 19
    card_min_height: float = 52
    meta_font: float = 12
    meta_height: float = 22
    stage_font: float = 18
    stage_line: float = 22
    stage_max_lines: int = 2
    step_font: float = 13.5
    #: the step header row's height for one line of step name; a longer name wraps, and the
    #: row grows by a line (``step_font`` * 1.3) for each more line its longest name needs
    step_height: float = 30
    step_max_lines: int = 3
    lane_font: float = 15
    lane_line: float = 19
    lane_min_height: float = 96
    curve_height: float = 190
    face_radius: float = 15
    emotion_font: float = 12.5
    title_font: float = 26
    title_height: float = 58
    persona_height: float = 176
    margin: float = 0


METRICS = Metrics()


@dataclass(frozen=True)
class LaneColors:
    card: str  # sticky-note fill
    accent: str  # lane header stripe, icon tint
    band: str  # lane background


LANE_COLORS: dict[LaneKind, LaneColors] = {
    LaneKind.ACTIONS: LaneColors("#fff1a8", "#d4a800", "#fffcef"),
    LaneKind.THOUGHTS: LaneColors("#d8e8ff", "#3b7dd8", "#f6f9ff"),
    LaneKind.EMOTIONS: LaneColors("#ffdce8", "#d6457a", "#fff8fa"),
    LaneKind.TOUCHPOINTS: LaneColors("#d3f1e3", "#2c9c6a", "#f5fcf8"),
    LaneKind.CHANNELS: LaneColors("#e4dcff", "#7557d6", "#f9f7ff"),
    LaneKind.PAIN_POINTS: LaneColors("#ffd3c7", "#d9534f", "#fff7f5"),
    LaneKind.OPPORTUNITIES: LaneColors("#d2f2c4", "#4a9c2d", "#f6fcf3"),
    LaneKind.BACKSTAGE: LaneColors("#e3e6e9", "#6b7b88", "#f8f9fa"),
    LaneKind.METRICS: LaneColors("#cfeef3", "#1f8ea3", "#f4fbfc"),
    LaneKind.TEXT: LaneColors("#ffffff", "#8a96a0", "#fbfbfc"),
}


def lane_colors(kind: LaneKind | str) -> LaneColors:
    return LANE_COLORS[LaneKind(kind)]


def _channels(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def rgba(color: str) -> tuple[int, int, int, int]:
    """``#rrggbb`` or ``#rrggbbaa`` as four 0..255 numbers."""
    alpha = int(color[7:9], 16) if len(color) == 9 else 255
    return (*_channels(color), alpha)


def luminance(color: str) -> float:
    r, g, b = (c / 255 for c in _channels(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@lru_cache(maxsize=1024)
def text_on(fill: str) -> str:
    """Dark ink on light fills, white on dark ones."""
    return INK if luminance(fill) > 0.55 else "#ffffff"


@lru_cache(maxsize=1024)
def mix(color: str, other: str, amount: float) -> str:
    """``amount`` of ``other`` blended into ``color``."""
    a, b = _channels(color), _channels(other)
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b))
