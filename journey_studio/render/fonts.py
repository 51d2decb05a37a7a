"""The bundled fonts and their metrics, without Qt.

The layout measures text with the same TrueType files the canvas and the PDF draw with,
so lines break at the same words on screen, in PNG and on paper.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource


class FontStyle(StrEnum):
    REGULAR = "regular"
    BOLD = "bold"
    ITALIC = "italic"
    BOLD_ITALIC = "boldItalic"


FAMILY = "DejaVu Sans"

FONT_FILES: dict[FontStyle, str] = {
    FontStyle.REGULAR: "DejaVuSans.ttf",
    FontStyle.BOLD: "DejaVuSans-Bold.ttf",
    FontStyle.ITALIC: "DejaVuSans-Oblique.ttf",
    FontStyle.BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

#: Names under which reportlab knows the bundled fonts.
PDF_NAMES: dict[FontStyle, str] = {
    FontStyle.REGULAR: "JourneySans",
    FontStyle.BOLD: "JourneySans-Bold",
    FontStyle.ITALIC: "JourneySans-Italic",
    FontStyle.BOLD_ITALIC: "JourneySans-BoldItalic",
}


def font_path(style: FontStyle) -> str:
    return str(resource("fonts", FONT_FILES[style]))


@lru_cache(maxsize=None)
def register_fonts() -> None:
    """Make the bundled fonts known to reportlab (once per process)."""
    for style, name in PDF_NAMES.items():
        pdfmetrics.registerFont(TTFont(name, font_path(style)))
    pdfmetrics.registerFontFamily(
        PDF_NAMES[FontStyle.REGULAR],
        normal=PDF_NAMES[FontStyle.REGULAR],
        bold=PDF_NAMES[FontStyle.BOLD],
        italic=PDF_NAMES[FontStyle.ITALIC],
        boldItalic=PDF_NAMES[FontStyle.BOLD_ITALIC],
    )


@lru_cache(maxsize=65536)
def text_width(text: str, style: FontStyle, size: float) -> float:
    """The advance width of ``text`` in map units at ``size`` units (no kerning)."""
    register_fonts()
    return pdfmetrics.stringWidth(text, PDF_NAMES[style], size)


def ascent(size: float) -> float:
    """Distance from the top of a line box to its baseline (DejaVu: about 0.93 em)."""
    return size * 0.93


def has_glyph(char: str, style: FontStyle = FontStyle.REGULAR) -> bool:
    """True when the bundled font can draw ``char``."""
    register_fonts()
    face = pdfmetrics.getFont(PDF_NAMES[style]).face
    return ord(char) in face.charToGlyph
