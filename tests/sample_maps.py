"""Small maps for edit tests: several steps per stage, cards in many cells, emotion points."""

from __future__ import annotations

import io

from PIL import Image

from journey_studio.model import Asset, Journey, Map


def png_asset(colour: str = "red") -> Asset:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), colour).save(buffer, "PNG")
    return Asset.from_bytes("image/png", buffer.getvalue())


def rich_journey() -> Journey:
    """3 stages (2, 1, 3 steps), 4 lanes (2 emotions), 12 cards, 5 points, a persona photo."""
    stages = [
        {"id": "s1", "name": "Discover", "steps": [{"id": "t1"}, {"id": "t2", "name": "Search"}]},
        {"id": "s2", "name": "Try", "color": "#88aacc", "steps": [{"id": "t3"}]},
        {"id": "s3", "name": "Buy", "momentOfTruth": True,
         "steps": [{"id": "t4"}, {"id": "t5"}, {"id": "t6"}]},
    ]
    lanes = [
        {"id": "la", "kind": "actions", "title": "Actions"},
        {"id": "le", "kind": "emotions", "title": "Today",
         "points": [{"step": "t1", "score": 1, "label": "joy"}, {"step": "t3", "score": -1},
                    {"step": "t5", "score": -2, "label": "pain"}]},
        {"id": "lc", "kind": "channels", "title": "Channels"},
        {"id": "lf", "kind": "emotions", "title": "Target",
         "points": [{"step": "t2", "score": 2}, {"step": "t4", "score": 0.5}]},
    ]
    cells = [("t1", "la"), ("t1", "la"), ("t3", "lc"), ("t1", "la"), ("t2", "la"), ("t3", "la"),
             ("t4", "lc"), ("t3", "la"), ("t5", "la"), ("t6", "lc"), ("t1", "lc"), ("t3", "la")]
    cards = [{"id": f"c{n}", "step": step, "lane": lane, "text": f"card {n}"}
             for n, (step, lane) in enumerate(cells)]
    cards[0].update(color="#ffcc00", tags=["web"], priority="high", votes=2)
    data = {"map": {"id": "m", "title": "Sample", "stages": stages, "lanes": lanes, "cards": cards,
                    "personas": [{"id": "persona-main", "name": "Ana", "photo": "asset-1"}]},
            "assets": {"asset-1": png_asset().model_dump()}}
    return Journey.model_validate(data)


def grid_map(n_stages: int, n_lanes: int, *, text: str = "Card", title: str = "Grid") -> Journey:
    """A map of ``n_stages`` one-step stages and ``n_lanes`` action lanes with one card per cell."""
    stages = [{"id": f"s{i}", "name": f"Stage {i}", "steps": [{"id": f"t{i}"}]} for i in range(n_stages)]
    lanes = [{"id": f"l{j}", "kind": "actions", "title": f"Lane {j}"} for j in range(n_lanes)]
    cards = [{"id": f"c{i}_{j}", "step": f"t{i}", "lane": f"l{j}", "text": f"{text} {i}.{j}"}
             for i in range(n_stages) for j in range(n_lanes)]
    return Journey(map=Map.model_validate({"id": "grid", "title": title, "stages": stages, "lanes": lanes,
                                          "cards": cards}))


def every_check_map() -> Map:
    """A map on which every map check finds something (checked on 1 December 2026)."""
    return Map.model_validate({
        "id": "checks", "title": "Vérifications",
        "stages": [{"id": "s1", "name": "Découvrir", "steps": [{"id": "t1", "name": "Pub"}, {"id": "t2", "name": "Site"}]},
                   {"id": "s2", "name": "Vide", "momentOfTruth": True, "steps": [{"id": "t3", "name": "Caisse"}]}],
        "lanes": [{"id": "pain", "kind": "painPoints"}, {"id": "opp", "kind": "opportunities"},
                  {"id": "touch", "kind": "touchpoints"},
                  {"id": "feel", "kind": "emotions", "title": "Ressenti",
                   "points": [{"step": "t1", "score": 1}, {"step": "t2", "score": -1}]}],
        "cards": [{"id": "c0", "step": "t1", "lane": "pain", "text": "Lent"},
                  {"id": "c1", "step": "t1", "lane": "touch", "text": "Affiche"},
                  {"id": "c2", "step": "t1", "lane": "touch", "text": "affiche !"},
                  {"id": "c3", "step": "t2", "lane": "opp", "text": "Refaire",
                   "source": {"kind": "interview", "date": "2024-03-01"}}],
    })
