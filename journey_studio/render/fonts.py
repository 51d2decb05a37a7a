"""The bundled fonts and their metrics, without Qt.

The layout measures text with the same TrueType files the canvas and the PDF draw with,
so lines break at the same words on screen, in PNG and on paper. The bundled fonts are
measured from a precomputed table of their widths (``font_widths``); reportlab parses the
TrueType files only to embed them in a PDF or for a system fallback font.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from ..paths import resource
from .font_widths import font_widths


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


@lru_cache(maxsize=None)
def font_path(style: FontStyle) -> str:
    return str(resource("fonts", FONT_FILES[style]))


@lru_cache(maxsize=None)
def register_fonts() -> None:
    """Make the bundled fonts known to reportlab (once per process): for the PDF only."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

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
    """The advance width of ``text`` in map units at ``size`` units (no kerning).

    Characters the bundled font lacks are measured in the fallback font that draws them,
    so the layout's line breaks hold in the PNG and the PDF.
    """
    if _bundled_cmap(style).issuperset(map(ord, text)):  # the usual case: all of it in the bundled font
        return font_widths(str(style)).string_width(text, size)
    runs = text_runs(text, style)
    total = 0.0
    for run in runs:
        if run.fallback:
            from reportlab.pdfbase import pdfmetrics

            total += pdfmetrics.stringWidth(run.text, run.pdf_name, size)
        else:
            total += font_widths(str(style)).string_width(run.text, size)
    return total


def ascent(size: float) -> float:
    """Distance from the top of a line box to its baseline (DejaVu: about 0.93 em)."""
    return size * 0.93


def has_glyph(char: str, style: FontStyle = FontStyle.REGULAR) -> bool:
    """True when the bundled font can draw ``char``."""
    return ord(char) in _bundled_cmap(style)


@lru_cache(maxsize=None)
def _bundled_cmap(style: FontStyle) -> frozenset[int]:
    return frozenset(font_widths(str(style)).widths)


# --- runs of text and fallback fonts ------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TextRun:
    """A piece of one line drawn with one font file."""

    text: str
    pdf_name: str  # the name reportlab knows the font by
    path: str  # the font file (for Qt)
    fallback: bool = False  # drawn with a system font, not the bundled one
    missing: bool = False  # no font found: drawn with the bundled font's "missing" box


def is_ignorable(char: str) -> bool:
    """Invisible joiners and variation selectors: never drawn, never reported."""
    return char in IGNORABLE or unicodedata.category(char) in ("Cc", "Cf")


IGNORABLE = frozenset("\u200b\u200c\u200d\u2060\ufeff" + "".join(chr(c) for c in range(0xFE00, 0xFE10)))


@lru_cache(maxsize=16384)
def text_runs(text: str, style: FontStyle) -> tuple[TextRun, ...]:
    """``text`` cut into runs by the font that can draw each character (bundled first)."""
    cmap = _bundled_cmap(style)
    bundled = PDF_NAMES[style]
    if cmap.issuperset(map(ord, text)):  # the usual case, checked at C speed
        return (TextRun(text, bundled, font_path(style)),) if text else ()
    runs: list[TextRun] = []
    for char in text:
        if ord(char) in cmap:
            key = (bundled, font_path(style), False, False)
        elif is_ignorable(char):
            continue
        else:
            fallback = fallback_for(char)
            key = (fallback.pdf_name, fallback.path, True, False) if fallback else \
                (bundled, font_path(style), False, True)
        if runs and (runs[-1].pdf_name, runs[-1].path, runs[-1].fallback, runs[-1].missing) == key:
            runs[-1] = TextRun(runs[-1].text + char, *key)
        else:
            runs.append(TextRun(char, *key))
    return tuple(runs)


def missing_chars(text: str | set[str]) -> set[str]:
    """The characters of ``text`` (a string or a set of characters) no bundled or fallback font can draw."""
    return {c for c in set(text) if not has_glyph(c) and not is_ignorable(c) and not c.isspace()
            and fallback_for(c) is None}


@dataclass(frozen=True, slots=True)
class FallbackFont:
    pdf_name: str
    path: str
    cmap: frozenset[int]


#: Font folders of Linux, macOS and Windows, searched for the files in ``FALLBACK_FILES``.
FONT_DIRS = (
    "/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts",
    "/Library/Fonts", "/System/Library/Fonts", "~/Library/Fonts", "C:/Windows/Fonts",
)

#: TrueType files (reportlab draws TrueType outlines only, not CFF/OpenType or colour
#: bitmaps such as Noto Color Emoji) that cover scripts DejaVu lacks, best first.
FALLBACK_FILES = (
    "NotoSansSC-Regular.ttf", "NotoSansJP-Regular.ttf", "NotoSansKR-Regular.ttf", "NotoSansTC-Regular.ttf",
    "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", "wqy-microhei.ttc", "wqy-zenhei.ttc",
    "ukai.ttc", "uming.ttc", "msyh.ttc", "msyh.ttf", "simsun.ttc", "msgothic.ttc", "meiryo.ttc",
    "malgun.ttf", "Arial Unicode.ttf", "ArialUni.ttf", "arialuni.ttf", "NotoSans-Regular.ttf",
    "NotoSansSymbols-Regular.ttf", "NotoSansSymbols2-Regular.ttf", "NotoEmoji-Regular.ttf",
    "Symbola.ttf", "seguisym.ttf", "seguiemj.ttf", "FreeSans.ttf", "unifont.ttf",
)

#: Extra font files to try first, separated by the path separator (``:`` or ``;``).
FALLBACK_ENV = "JOURNEY_STUDIO_FALLBACK_FONTS"


def fallback_candidates() -> list[str]:
    """Font files that may hold the characters DejaVu lacks, in the order they are tried."""
    wanted = {name.lower(): rank for rank, name in enumerate(FALLBACK_FILES)}
    found: dict[int, str] = {}
    for folder in FONT_DIRS:
        root = os.path.expanduser(folder)
        if not os.path.isdir(root):
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                rank = wanted.get(name.lower())
                if rank is not None and rank not in found:
                    found[rank] = os.path.join(dirpath, name)
    extra = [p for p in os.environ.get(FALLBACK_ENV, "").split(os.pathsep) if p]
    return extra + [found[rank] for rank in sorted(found)]


@lru_cache(maxsize=None)
def _fallback_fonts() -> list[FallbackFont | None]:
    return [None] * len(_candidates())


@lru_cache(maxsize=None)
def _candidates() -> tuple[str, ...]:
    return tuple(fallback_candidates())


def _load_fallback(index: int) -> FallbackFont | None:
    fonts = _fallback_fonts()
    if fonts[index] is None:
        path = _candidates()[index]
        name = f"JourneyFallback{index}"
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        try:
            font = TTFont(name, path, subfontIndex=0)
            pdfmetrics.registerFont(font)
            fonts[index] = FallbackFont(name, path, frozenset(font.face.charToGlyph))
        except Exception:  # noqa: BLE001 - reportlab raises plain Exception subclasses for CFF/broken fonts
            fonts[index] = FallbackFont(name, path, frozenset())
    font = fonts[index]
    return font if font.cmap else None


@lru_cache(maxsize=4096)
def fallback_for(char: str) -> FallbackFont | None:
    """The first fallback font that has ``char``, or None."""
    for index in range(len(_candidates())):
        font = _load_fallback(index)
        if font is not None and ord(char) in font.cmap:
            return font
    return None
