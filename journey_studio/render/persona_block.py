"""The title band and the persona band drawn above the grid."""

from __future__ import annotations

from ..model import Language, Map, Persona
from ..vocabulary import PERSONA_HEADINGS
from . import style
from .fonts import FontStyle, ascent, text_width
from .geometry import Box, EllipseShape, Font, ImageShape, LineShape, Rect, RectShape, Shape, TextShape
from .style import Metrics
from .french import french_spacing
from .text import clamp_lines, wrap
from .title_block import title_block

LISTS = ("goals", "needs", "motivations", "frustrations")


def persona_is_empty(persona: Persona) -> bool:
    return not (persona.name or persona.role or persona.quote or persona.photo
                or any(getattr(persona, name) for name in LISTS))


_QUOTE_MARKS = "«»“”„\"'‘’‹›「」"


def quoted(text: str, language: str) -> str:
    """The persona's quote between the language's quotation marks, unless it already has some."""
    text = text.strip()
    if text[:1] in _QUOTE_MARKS and text[-1:] in _QUOTE_MARKS:
        return text
    return f"«\u202f{text}\u202f»" if language == "fr" else f"“{text}”"


def display_text(text: str, m: Map) -> str:
    """What the user typed as it is laid out: French spaces do not break on a French map."""
    return french_spacing(text) if m.language == Language.FR else text


def title_box(m: Map, rect: Rect, k: Metrics, description: bool = False) -> Box:
    """The map's title (and its description, when asked) from the top of ``rect``; the box's
    height is what the block needs (see ``title_block``)."""
    return title_block(display_text(m.title, m), display_text(m.description, m) if description else "",
                       rect.x, rect.y, rect.w, k)


def _lines(shapes: list[Shape], text: str, x: float, y: float, width: float, font: Font, color: str,
           max_lines: int, leading: float) -> float:
    lines = clamp_lines(wrap(text, width, font.style, font.size), max_lines, width, font.style, font.size)
    for line in lines:
        shapes.append(TextShape(x, y + ascent(font.size), line, font, color))
        y += leading
    return y


def persona_box(m: Map, rect: Rect, k: Metrics) -> Box:
    """Every persona that has something to show, side by side in the band, each with a bar of
    its colour (the colour of its emotion curves) when the map has several."""
    shown = [p for p in m.personas if not persona_is_empty(p)]
    shapes: list[Shape] = [RectShape(rect, fill="#ffffff", stroke=style.GRID, stroke_width=1, radius=6)]
    if not shown:
        return Box(rect=rect, shapes=shapes)
    width = rect.w / len(shown)
    for i, persona in enumerate(shown):
        column = Rect(rect.x + i * width, rect.y, width, rect.h)
        if len(m.personas) > 1:
            shapes.append(RectShape(Rect(column.x + 6, column.y + 6, 6, column.h - 12), fill=persona.color,
                                    radius=3))
            if i:
                shapes.append(LineShape(column.x, column.y + 12, column.x, column.bottom - 12, style.GRID, 1))
            column = Rect(column.x + 10, column.y, column.w - 10, column.h)
        shapes += _one_persona(m, persona, column)
    return Box(rect=rect, shapes=shapes)


def _one_persona(m: Map, persona: Persona, rect: Rect) -> list[Shape]:
    words = PERSONA_HEADINGS[Language(m.language)]
    shapes: list[Shape] = []
    pad = 16
    photo = Rect(rect.x + pad, rect.y + pad, 112, 112)
    if persona.photo:
        shapes.append(ImageShape(photo, persona.photo))
    else:
        shapes.append(EllipseShape(photo, fill=style.STEP_FILL))
        initials = "".join(part[0] for part in persona.name.split()[:2]).upper() or "?"
        size = 40
        shapes.append(TextShape(photo.center[0] - text_width(initials, FontStyle.BOLD, size) / 2,
                                photo.center[1] - size / 2 + ascent(size), initials,
                                Font(FontStyle.BOLD, size), style.MUTED))
    x = photo.right + pad
    about_w = max(80.0, min(300.0, rect.right - pad - x))
    y = rect.y + pad
    y = _lines(shapes, display_text(persona.name, m), x, y, about_w, Font(FontStyle.BOLD, 21), style.INK, 1, 27)
    details = [persona.role] + ([words["age"].format(age=persona.age)] if persona.age is not None else [])
    y = _lines(shapes, display_text(" · ".join(d for d in details if d), m), x, y, about_w,
               Font(FontStyle.REGULAR, 14), style.MUTED, 2, 19)
    if persona.quote:
        _lines(shapes, display_text(quoted(persona.quote, m.language), m), x, y + 8,
               about_w, Font(FontStyle.ITALIC, 14), style.INK, 4, 19)
    lists = [name for name in LISTS if getattr(persona, name)]
    left = x + about_w + 2 * pad
    if lists and rect.right - left > 160:
        shown = lists[:max(1, int((rect.right - left) // 160))]
        column = (rect.right - pad - left) / len(shown)
        for i, name in enumerate(shown):
            cx = left + i * column
            cy = _lines(shapes, words[name], cx, rect.y + pad, column - pad, Font(FontStyle.BOLD, 14),
                        style.INK, 1, 22)
            for item in getattr(persona, name):
                if cy > rect.bottom - pad - 18:
                    break
                shapes.append(EllipseShape(Rect(cx, cy + 7, 5, 5), fill=style.MUTED))
                cy = _lines(shapes, display_text(item, m), cx + 12, cy, column - pad - 12,
                            Font(FontStyle.REGULAR, 13), style.INK, 2, 17) + 3
    return shapes
