"""Colours, lines and text of PowerPoint shapes (python-pptx), for the slide painter.

Text is set in DejaVu Sans with exact line spacing: headers with the layout's line breaks, cards
as their own paragraphs wrapped by the viewer (``fill_paragraphs``); where DejaVu is missing the
font entry asks for any proportional sans-serif (Arial, Helvetica), narrower, so the text still
fits its box.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Pt

from ..render.fonts import FAMILY, FontStyle
from ..render.style import rgba

EMU_PER_PT = 12700


@dataclass(frozen=True)
class Place:
    """Map units to slide points: ``x_pt = left + x * scale``; ``dy`` shifts the lanes of a page."""

    left: float
    top: float
    scale: float

    def x(self, x: float) -> int:
        return round((self.left + x * self.scale) * EMU_PER_PT)

    def y(self, y: float) -> int:
        return round((self.top + y * self.scale) * EMU_PER_PT)

    def length(self, v: float) -> int:
        return max(1, round(v * self.scale * EMU_PER_PT))

    def pt(self, v: float) -> float:
        return v * self.scale

    def shifted(self, dy_units: float) -> "Place":
        return Place(self.left, self.top + dy_units * self.scale, self.scale)


def clean_text(text: str) -> str:
    """Text PowerPoint's XML can hold: control characters other than line breaks dropped."""
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")


def rgb(color: str) -> RGBColor:
    r, g, b, _ = rgba(color)
    return RGBColor(r, g, b)


def _alpha(color: str, opacity: float = 1.0) -> float:
    return rgba(color)[3] / 255 * opacity


def set_fill(shape, color: str | None, opacity: float = 1.0) -> None:
    if color is None:
        shape.fill.background()
        return
    shape.fill.solid()
    shape.fill.fore_color.rgb = rgb(color)
    alpha = _alpha(color, opacity)
    if alpha < 0.999:
        clr = shape.fill._xPr.find(qn("a:solidFill"))[0]
        etree.SubElement(clr, qn("a:alpha")).set("val", str(round(alpha * 100000)))


def set_line(shape, color: str | None, width_pt: float = 1.0, dash: bool = False) -> None:
    if color is None:
        shape.line.fill.background()
        return
    shape.line.color.rgb = rgb(color)
    shape.line.width = Emu(max(1, round(width_pt * EMU_PER_PT)))
    if dash:
        shape.line.dash_style = MSO_LINE_DASH_STYLE.DASH
    alpha = _alpha(color)
    if alpha < 0.999:
        clr = shape.line._ln.find(qn("a:solidFill"))[0]
        etree.SubElement(clr, qn("a:alpha")).set("val", str(round(alpha * 100000)))


def no_shadow(shape) -> None:
    shape.shadow.inherit = False


def style_run(run, style: FontStyle, size_pt: float, color: str) -> None:
    font = run.font
    font.size = Pt(round(size_pt * 2) / 2)
    font.bold = style in (FontStyle.BOLD, FontStyle.BOLD_ITALIC)
    font.italic = style in (FontStyle.ITALIC, FontStyle.BOLD_ITALIC)
    font.color.rgb = rgb(color)
    font.name = FAMILY
    latin = run._r.get_or_add_rPr().find(qn("a:latin"))
    if latin is not None:  # when DejaVu is missing: any proportional sans-serif (Arial, Helvetica)
        latin.set("pitchFamily", "34")
        latin.set("charset", "0")


def _frame(frame, place: "Place", insets: tuple[float, float, float, float], wrap: bool) -> None:
    frame.word_wrap = wrap
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = MSO_ANCHOR.TOP
    left, top, right, bottom = insets
    frame.margin_left, frame.margin_top = Emu(place.length(left)), Emu(place.length(top))
    frame.margin_right, frame.margin_bottom = Emu(place.length(right)), Emu(place.length(bottom))


def _set_paragraph(paragraph, text: str, style: FontStyle, size_pt: float, line_pt: float, color: str,
                   align=PP_ALIGN.LEFT) -> None:
    paragraph.alignment = align
    paragraph.line_spacing = Pt(round(line_pt * 10) / 10)
    paragraph.text = text
    for run in paragraph.runs:
        style_run(run, style, size_pt, color)
    if not paragraph.runs:  # an empty card or line: typing in PowerPoint still gets the right font
        end = paragraph._p.get_or_add_endParaRPr()
        end.set("sz", str(round(round(size_pt * 2) / 2 * 100)))


def fill_text_frame(frame, lines: Iterable[str], style: FontStyle, size: float, line_h: float, color: str,
                    place: "Place", insets: tuple[float, float, float, float] = (0, 0, 0, 0),
                    align=PP_ALIGN.LEFT, wrap: bool = True) -> None:
    """``lines`` (as the layout broke them) in ``frame``: one paragraph, line breaks between lines,
    exact line spacing; ``insets`` (left, top, right, bottom) in map units."""
    _frame(frame, place, insets, wrap)
    text = "\v".join(clean_text(line).replace("\n", " ") for line in lines)
    _set_paragraph(frame.paragraphs[0], text, style, place.pt(size), place.pt(line_h), color, align)


def paragraphs(text: str) -> list[str]:
    """A card's text as the layout reads it: its lines (paragraphs), trailing blanks dropped."""
    out = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while out and not out[-1]:
        out.pop()
    return out


def fill_paragraphs(frame, texts: list[str], style: FontStyle, size: float, line_h: float, color: str,
                    place: "Place", insets: tuple[float, float, float, float] = (0, 0, 0, 0)) -> None:
    """``texts`` in ``frame``, one paragraph each, word-wrapped by the viewer (no line breaks put
    in), exact line spacing; ``insets`` (left, top, right, bottom) in map units."""
    _frame(frame, place, insets, True)
    for i, text in enumerate(texts or [""]):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        _set_paragraph(paragraph, clean_text(text).replace("\v", " "), style, place.pt(size), place.pt(line_h),
                       color)


#: where the first baseline sits in a line of exact spacing, as a share of the line height
#: (PowerPoint and LibreOffice Impress agree within a point)
BASELINE_IN_LINE = 0.8


def top_inset(first_baseline_offset: float, line_h: float) -> float:
    """The top inset that puts the first baseline ``first_baseline_offset`` below the shape's top,
    where the layout has it."""
    return max(0.0, first_baseline_offset - BASELINE_IN_LINE * line_h)
