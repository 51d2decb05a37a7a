"""Load, save and layout of a large map."""

from __future__ import annotations

from journey_studio.fileformat import dumps, loads
from journey_studio.render import text
from journey_studio.render.layout import layout_map

from .big_map import big_journey


def run(measure) -> None:
    journey = big_journey()
    raw = dumps(journey)
    measure("save 30x10x600 map (dumps)", lambda: dumps(journey))
    measure("load 30x10x600 map (loads + validate)", lambda: loads(raw))

    def cold_layout():
        text.wrap.cache_clear()
        layout_map(journey)

    measure("layout 30x10x600 map, cold text cache", cold_layout)
    measure("layout 30x10x600 map, warm text cache", lambda: layout_map(journey))
