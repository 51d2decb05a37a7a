"""The projector look of presentation mode: larger type, darker text, thicker lines (Qt-free).

A projector washes out light greys and thin strokes, and the back of the room reads large
type only. ``PROJECTOR_METRICS`` enlarges every font of the layout (card text 24 map units: at
the presentation's smallest zoom, 28/24, that is 28 px on screen) and keeps the rows compact,
so that a stage of 3 steps and 8 lanes of short notes fits a 1080p screen whole; the emotion
band stays tall enough (``curve_height``) for a swing from the scale's bottom to its top to
span its lane as in the editor (110 units squashed it into the lane's top third);
``projector_look`` rewrites a laid-out map: secondary text in the main ink, italics upright
(a light-grey italic below 20 px is unreadable on a wall), grid lines darker and twice as thick.
"""

from __future__ import annotations

from dataclasses import replace

from . import style
from .fonts import FontStyle
from .geometry import Font, LineShape, MapLayout, RectShape, Shape, TextShape
from .style import METRICS

PROJECTOR_METRICS = replace(
    METRICS, column_width=280, cell_padding=8, card_font=24, card_line=29, card_padding=10,
    card_min_height=50, card_gap=8, meta_font=15, meta_height=26, stage_font=24, stage_line=29,
    step_font=18, step_height=34, lane_font=19, lane_line=24, lane_min_height=62, curve_height=180,
    face_radius=17, emotion_font=17, title_font=32, title_height=66, lane_header_width=210)

#: card text size on screen is at least this many pixels in presentation mode
CARD_TEXT_MIN_PX = 28.0
#: the smallest zoom of a presented stage, so that card text reaches CARD_TEXT_MIN_PX
READABLE_ZOOM = CARD_TEXT_MIN_PX / PROJECTOR_METRICS.card_font

_LIGHT_INKS = {style.MUTED.lower(), "#8a96a0", "#9aa5ae", "#b8c2ca"}
_GRID_INKS = {style.GRID.lower(), "#b8c2ca"}
_UPRIGHT = {FontStyle.ITALIC: FontStyle.REGULAR, FontStyle.BOLD_ITALIC: FontStyle.BOLD}


def _contrast(shape: Shape) -> Shape:
    if isinstance(shape, TextShape):
        color = style.INK if shape.color.lower() in _LIGHT_INKS else shape.color
        font = Font(_UPRIGHT.get(shape.font.style, shape.font.style), shape.font.size)
        return replace(shape, color=color, font=font) if (color, font) != (shape.color, shape.font) else shape
    if isinstance(shape, LineShape) and shape.color.lower() in _GRID_INKS | {style.NEUTRAL_LINE.lower()}:
        return replace(shape, color="#7d8a95", width=shape.width * 2)
    if isinstance(shape, RectShape) and shape.stroke and shape.stroke.lower() in _GRID_INKS:
        return replace(shape, stroke="#7d8a95", stroke_width=shape.stroke_width * 2)
    return shape


def projector_look(layout: MapLayout) -> MapLayout:
    """``layout`` with the projector's contrast (changed in place, and returned)."""
    for box in layout.boxes():
        box.shapes = [_contrast(shape) for shape in box.shapes]
    layout.grid_lines = [_contrast(shape) for shape in layout.grid_lines]
    layout.background = [_contrast(shape) for shape in layout.background]
    return layout
