"""Where things go on a PDF page, in points: the header (the shared title block, scaled), the
map fitted under it and the footer.

The PDF writer draws a plan with reportlab; the export dialog's preview paints the same plan
with QPainter, so what the preview shows is the page. No Qt, no reportlab here.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .. import APP_NAME
from ..human_dates import long_date
from ..render.fonts import FontStyle, text_width
from ..render.geometry import Font, MapLayout, Shape, TextShape
from ..render.style import METRICS, MUTED, Metrics
from ..render.title_block import title_block

#: the title's size in the header of a page; the description follows at DESCRIPTION_RATIO
HEADER_TITLE_PT = 16.0
#: between the header and the map
HEADER_GAP = 8.0
FOOTER_H = 16.0
FOOTER_PT = 7.5


@dataclass(frozen=True)
class Placement:
    """``shapes`` (map units, y down) drawn with their (0, 0) at page point (x, top), PDF
    coordinates (y up from the bottom of the page), one unit = ``scale`` points."""

    shapes: list[Shape]
    x: float
    top: float
    scale: float


@dataclass(frozen=True)
class PagePlan:
    width: float
    height: float
    placements: list[Placement]


def header_scale(k: Metrics = METRICS) -> float:
    return HEADER_TITLE_PT / k.title_font


def header(title: str, subtitle: str, left: float, top: float, width: float,
           k: Metrics = METRICS) -> tuple[Placement, float]:
    """The title block (title, subtitle wrapped under it) from (left, top), ``width`` points
    wide; and its height in points."""
    scale = header_scale(k)
    box = title_block(title, subtitle, 0, 0, width / scale, k)
    return Placement(box.shapes, left, top, scale), box.rect.h * scale


def text_line(text: str, x: float, y: float, size: float, style: FontStyle = FontStyle.REGULAR,
              color: str = MUTED, align: str = "left") -> Placement:
    """One line whose baseline is at page point (x, y), aligned left, centre or right on x."""
    width = text_width(text, style, size)
    x -= width / 2 if align == "center" else width if align == "right" else 0
    return Placement([TextShape(0, 0, text, Font(style, size), color)], x, y, 1.0)


def footer(page_w: float, margin: float, date: datetime.date, page_number: int, label: str = "",
           language: str = "en") -> list[Placement]:
    """The line at the bottom of a page: the program, the date in the map's ``language``, the page."""
    out = [text_line(f"{APP_NAME} · {long_date(date, language)} · page {page_number}", page_w / 2, margin / 2,
                     FOOTER_PT, align="center")]
    if label:
        out.append(text_line(label, page_w - margin, margin / 2, FOOTER_PT, align="right"))
    return out


def fit_page_plan(layout: MapLayout, title: str, description: str, size: tuple[float, float], margin: float,
                  date: datetime.date, page_number: int = 1, language: str = "en") -> PagePlan:
    """The map on one page: the header at the top, wrapped to the room from the map's left edge
    to the right margin (the title lines up with the map), the map as large as fits under it,
    centred across and right under the header (a gap there reads as a missing part)."""
    w, h = size
    left, right, bottom, page_top = margin, w - margin, margin + FOOTER_H, h - margin
    x = left
    for _ in range(4):  # a narrower header may wrap to more lines, which shrinks the map: settle
        head, head_h = header(title, description, x, page_top, right - x)
        top = page_top - head_h - HEADER_GAP
        scale = min((right - left) / layout.width, max(1e-6, top - bottom) / layout.height)
        map_x = left + ((right - left) - layout.width * scale) / 2
        if abs(map_x - x) < 0.5:
            break
        x = max(x, map_x)
    return PagePlan(w, h, [head, Placement(layout.all_shapes(), map_x, top, scale),
                           *footer(w, margin, date, page_number, language=language)])
