"""The title block: the map's title and, when asked, its description wrapped under it.

One piece of layout for every place that prints the title: the layout puts it above the grid
(PNG, SVG, a PDF poster, the export preview) and the PDF draws the same block, scaled, as the
header of its pages. An empty description draws nothing and takes no room.
"""

from __future__ import annotations

from . import style
from .fonts import FontStyle, ascent
from .geometry import Box, Font, Rect, Shape, TextShape
from .style import Metrics
from .text import clamp_lines, wrap

#: a long description wraps to the block's width and stops, with an ellipsis, after this many lines
DESCRIPTION_MAX_LINES = 6
#: the description's size beside the title's: 9 pt under a 16 pt title on a PDF page
DESCRIPTION_RATIO = 9 / 16
#: room kept free at the right of the title and description lines
RIGHT_ROOM = 20.0


def description_font(k: Metrics) -> Font:
    return Font(FontStyle.REGULAR, round(k.title_font * DESCRIPTION_RATIO, 2))


def title_block(title: str, description: str, x: float, y: float, width: float, k: Metrics) -> Box:
    """The title on one line from (x, y), the description's lines under it; the box is as tall
    as what it holds (``k.title_height`` with no description)."""
    shapes: list[Shape] = []
    text_w = max(1.0, width - RIGHT_ROOM)
    size = k.title_font
    lines = clamp_lines(wrap(title, text_w, FontStyle.BOLD, size), 1, text_w, FontStyle.BOLD, size)
    if lines:
        shapes.append(TextShape(x, y + 8 + ascent(size), lines[0], Font(FontStyle.BOLD, size), style.INK))
    height = k.title_height
    font = description_font(k)
    described = wrap(description.strip(), text_w, font.style, font.size) if description else ()
    described = clamp_lines(described, DESCRIPTION_MAX_LINES, text_w, font.style, font.size)
    if described:
        leading = font.size * 1.4
        line_y = y + 8 + size * 1.3
        for line in described:
            if line:
                shapes.append(TextShape(x, line_y + ascent(font.size), line, font, style.MUTED))
            line_y += leading
        height = max(height, line_y - y + font.size)
    return Box(rect=Rect(x, y, width, height), shapes=shapes)


def description_lines(box: Box, k: Metrics) -> list[str]:
    """The description's lines as the block drew them (for tests and the PDF's text checks)."""
    size = description_font(k).size
    return [s.text for s in box.shapes if isinstance(s, TextShape) and s.font.size == size]
