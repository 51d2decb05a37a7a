"""Which characters of a map no font can draw, so exports and the editor can say so."""

from __future__ import annotations

from ..model import Journey, Map
from .fonts import missing_chars
from .geometry import MapLayout, TextShape
from .layout import LayoutOptions, layout_map


def missing_glyphs(source: Journey | Map, layout: MapLayout | None = None) -> set[str]:
    """Characters in the drawn text (title, persona, headers, cards, labels) that neither the
    bundled font nor a system fallback font has; they print as empty boxes.

    ``layout``: the one an export just drew (what it drew is what matters, and the map is not
    laid out twice); without it, the whole map, hidden lanes included. Each distinct
    character is looked up once."""
    if layout is None:
        layout = layout_map(source, LayoutOptions(show_title=True, show_persona=True, include_hidden=True))
    chars: set[str] = set()
    for shape in layout.all_shapes():
        if isinstance(shape, TextShape):
            chars.update(shape.text)
    return missing_chars(chars)


def describe_missing(chars: set[str], limit: int = 12) -> str:
    """A one-line warning naming the characters (and their code points) that cannot be drawn."""
    shown = sorted(chars)[:limit]
    listed = ", ".join(f"{c} (U+{ord(c):04X})" for c in shown)
    more = f" and {len(chars) - limit} more" if len(chars) > limit else ""
    return (f"{len(chars)} character(s) cannot be drawn with the bundled font or any installed "
            f"fallback font and will print as empty boxes: {listed}{more}")
