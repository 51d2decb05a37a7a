"""The bundled fonts' advance widths, read from a precomputed table instead of the TrueType files.

``resources/fonts/widths.json`` is written by ``tools/make_font_widths.py`` from the same
fonts reportlab embeds in PDFs, and a test checks it still matches them. Reading one font's
widths takes a few milliseconds; parsing the four TrueType files took 40-300 ms at every start.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from itertools import repeat

from ..paths import resource

TABLE_PATH = resource("fonts", "widths.json")


@dataclass(frozen=True, slots=True)
class FontWidths:
    """One font: ``widths[code point]`` in 1/1000 em, ``default`` for characters it lacks."""

    widths: dict[int, float]
    default: float
    #: True when the font's units per em are a power of two (2048 for DejaVu, as for most
    #: TrueType fonts): every width is then a multiple of 1000 / 2**n, so sums of widths are
    #: exact, whatever their order or grouping: a line's width is exactly the sum of the
    #: widths of its words and spaces (``text.wrap`` relies on it)
    exact: bool = False

    def string_width(self, text: str, size: float) -> float:
        """As reportlab's ``TTFont.stringWidth`` computes it (same sum, same rounding)."""
        return 0.001 * size * sum(map(self.widths.get, map(ord, text), repeat(self.default)))


@cache
def _raw() -> dict:
    return json.loads(TABLE_PATH.read_bytes())["fonts"]


@cache
def font_widths(style: str) -> FontWidths:
    """The widths of the bundled font of ``style`` ("regular", "bold", "italic", "boldItalic")."""
    entry = _raw()[style]
    scale = 1000 / entry["units_per_em"]  # reportlab's own scaling: the same floats, bit for bit
    widths: dict[int, float] = {}
    for first, run in entry["ranges"]:
        widths.update(zip(range(first, first + len(run)), [units * scale for units in run]))
    upem = entry["units_per_em"]
    return FontWidths(widths, entry["default"] * scale, exact=upem & (upem - 1) == 0)
