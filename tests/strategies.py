"""Hypothesis strategies that make valid journeys, for any test that needs arbitrary maps.

    from strategies import journeys
    @given(journeys())
    def test_something(journey): ...

``journeys()`` draws a whole file: stages with steps, lanes of every kind, cards placed in
existing cells, emotion points (at most one per step, inside the map's scale), one to three
personas whose photos, when set, are among the file's assets, emotion lanes tied to a persona
and marked as-is or to-be, cards with images, links, a source and comments, saved views, and optionally unknown fields (named
``x...`` so they never collide with a real field) at every level. Text mixes plain ASCII,
accents, typographic punctuation and emoji. The smaller strategies are public too.
"""

from __future__ import annotations

import base64
import io
import math
from functools import lru_cache
from typing import Any

from hypothesis import strategies as st
from PIL import Image

from journey_studio.model import Channel, Journey, LaneKind, Language, Priority, limits
from journey_studio.model.base import COLOR_PATTERN, ID_PATTERN

#: Characters a map really holds, so small examples still exercise them.
SAMPLE_CHARACTERS = "aZ9 éèçàÉœ«»’“”…€–—ßñ中文😀👍🏽❤️\n\t\"\\/"

ids = st.from_regex(ID_PATTERN, fullmatch=True)
colors = st.none() | st.from_regex(COLOR_PATTERN, fullmatch=True)


_CHARACTERS = st.sampled_from(SAMPLE_CHARACTERS) | st.characters(blacklist_categories=("Cs",))


@lru_cache(maxsize=None)
def texts(max_size: int = 24, min_size: int = 0) -> st.SearchStrategy[str]:
    """Unicode text without lone surrogates (which UTF-8 cannot encode)."""
    return st.text(_CHARACTERS, min_size=min_size, max_size=max_size)


@lru_cache(maxsize=1024)  # strategies are costly to build; maps reuse a few ranges
def numbers(min_value: float = -1_000_000, max_value: float = 1_000_000) -> st.SearchStrategy[float]:
    """Finite numbers as the model stores them: whole ones often, fractions too."""
    fractions = st.floats(min_value=min_value, max_value=max_value, allow_nan=False, allow_infinity=False)
    low, high = math.ceil(min_value), math.floor(max_value)
    if low > high:  # no whole number in the range
        return fractions
    return st.integers(low, high).map(float) | fractions


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53)
    | st.floats(allow_nan=False, allow_infinity=False) | texts(12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts(8), inner, max_size=3),
    max_leaves=6,
)

#: Unknown fields, as a newer minor edition of the format might write them.
extra_fields = st.dictionaries(st.from_regex(r"x[A-Z][A-Za-z0-9]{0,8}", fullmatch=True),
                               json_values, max_size=2)


def _image_bytes(fmt: str, size: tuple[int, int], color: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format=fmt)
    return out.getvalue()


#: A few real, tiny images, so the strategy stays valid if the loader decodes images.
IMAGES = [
    ("image/png", _image_bytes("PNG", (1, 1), (255, 0, 0))),
    ("image/png", _image_bytes("PNG", (3, 2), (20, 120, 200))),
    ("image/jpeg", _image_bytes("JPEG", (4, 4), (250, 220, 100))),
]


@st.composite
def assets(draw, with_extras: bool = True) -> dict[str, Any]:
    mime, raw = draw(st.sampled_from(IMAGES))
    asset = {"mimeType": mime, "data": base64.b64encode(raw).decode("ascii")}
    return _with_extras(draw, asset, with_extras)


def _with_extras(draw, obj: dict[str, Any], with_extras: bool) -> dict[str, Any]:
    if with_extras:
        obj.update(draw(extra_fields))
    return obj


_TEXT_LISTS = st.lists(texts(16), max_size=3)


def _text_list(draw) -> list[str]:
    return draw(_TEXT_LISTS)


_TAGS = st.lists(texts(limits.TAG_MAX, min_size=1), max_size=3)
_PRIORITIES = st.none() | st.sampled_from([p.value for p in Priority])
_CHANNELS = st.none() | st.sampled_from([c.value for c in Channel])
_LANGUAGES = st.sampled_from([lang.value for lang in Language])
_AGES = st.none() | st.integers(0, 150)
_TAGS_FOR_VIEWS = st.lists(texts(limits.TAG_MAX, min_size=1), min_size=1, max_size=2)


_DATES = st.dates(min_value=__import__("datetime").date(2000, 1, 1)).map(lambda d: d.isoformat())
_EVIDENCE_KINDS = st.sampled_from(["interview", "survey", "analytics", "observation", "assumption"])


def _LANE_OWNERS(persona_ids: list[str]):  # noqa: N802 - a strategy factory
    return st.fixed_dictionaries({}, optional={
        "persona": st.sampled_from(persona_ids), "variant": st.sampled_from(["asIs", "toBe"])})


def _EVIDENCE(images):  # noqa: N802 - a strategy factory
    comment = st.fixed_dictionaries({"author": texts(12), "text": texts(40), "resolved": st.booleans()},
                                    optional={"date": _DATES})
    return st.fixed_dictionaries({}, optional={
        "image": images.filter(lambda i: i is not None),
        "links": st.lists(texts(30, min_size=1), min_size=1, max_size=2),
        "source": st.fixed_dictionaries({"kind": _EVIDENCE_KINDS}, optional={"date": _DATES}),
        "comments": st.lists(comment, min_size=1, max_size=2),
    })


_VIEWS = st.lists(st.fixed_dictionaries({"name": texts(12, min_size=1)}, optional={"filter": st.fixed_dictionaries(
    {}, optional={"tags": _TAGS_FOR_VIEWS, "priorities": st.lists(st.sampled_from(["low", "medium", "high"]),
                                                                 min_size=1, max_size=2, unique=True),
                  "laneKinds": st.lists(st.sampled_from([k.value for k in LaneKind]), min_size=1, max_size=2,
                                        unique=True),
                  "minVotes": st.integers(1, 9)})}),
    max_size=2, unique_by=lambda v: v["name"].casefold())


@st.composite
def journey_dicts(draw, *, max_stages: int = 4, max_steps: int = 3, max_lanes: int = 5,
                  max_cards: int = 12, with_extras: bool = True) -> dict[str, Any]:
    """The JSON form (camelCase keys) of a valid journey file."""
    extras = draw(st.booleans()) if with_extras else False
    steps_per_stage = draw(st.lists(st.integers(1, max_steps), max_size=max_stages))
    lane_kinds = draw(st.lists(st.sampled_from(list(LaneKind)), max_size=max_lanes))
    if steps_per_stage and max_lanes and LaneKind.EMOTIONS not in lane_kinds and draw(st.booleans()):
        # most real maps have a curve: make one likely rather than a 1-in-10 draw
        at = draw(st.integers(0, len(lane_kinds) - (len(lane_kinds) == max_lanes)))
        lane_kinds[at:at + (len(lane_kinds) == max_lanes)] = [LaneKind.EMOTIONS]
    step_total = sum(steps_per_stage)
    card_count = draw(st.integers(0, max_cards)) if step_total and lane_kinds else 0
    persona_count = draw(st.integers(1, 3))
    n_ids = len(steps_per_stage) + step_total + len(lane_kinds) + card_count + 1 + persona_count
    pool = iter(draw(st.lists(ids, min_size=n_ids, max_size=n_ids, unique=True)))

    low = draw(numbers(-100, 99))
    high = draw(numbers(low + 0.5, 100))
    stages, step_ids = [], []
    for count in steps_per_stage:
        steps = []
        for _ in range(count):
            steps.append(_with_extras(draw, {"id": next(pool), "name": draw(texts())}, extras))
            step_ids.append(steps[-1]["id"])
        stages.append(_with_extras(draw, {
            "id": next(pool), "name": draw(texts()), "description": draw(texts()),
            "color": draw(colors), "momentOfTruth": draw(st.booleans()), "steps": steps,
        }, extras))

    persona_ids = [next(pool) for _ in range(persona_count)]
    lanes = []
    for kind in lane_kinds:
        points = []
        if kind == LaneKind.EMOTIONS and step_ids:
            for step in draw(st.lists(st.sampled_from(step_ids), unique=True)):
                points.append(_with_extras(draw, {
                    "step": step, "score": draw(numbers(low, high)), "label": draw(texts(12)),
                }, extras))
        lanes.append(_with_extras(draw, {
            "id": next(pool), "kind": kind.value, "title": draw(texts()),
            "description": draw(texts()), "color": draw(colors), "hidden": draw(st.booleans()),
            "points": points,
        }, extras))
        if kind == LaneKind.EMOTIONS:
            lanes[-1].update(draw(_LANE_OWNERS(persona_ids)))

    asset_map = draw(st.dictionaries(ids, assets(extras), max_size=2))
    images = st.none() | st.sampled_from(sorted(asset_map)) if asset_map else st.none()
    cards = []
    for _ in range(card_count):
        cards.append(_with_extras(draw, {
            "id": next(pool), "step": draw(st.sampled_from(step_ids)),
            "lane": draw(st.sampled_from([lane["id"] for lane in lanes])),
            "text": draw(texts(40)), "color": draw(colors), "owner": draw(texts(12)),
            "priority": draw(_PRIORITIES),
            "tags": draw(_TAGS),
            "note": draw(texts()),
            "channel": draw(_CHANNELS),
            "votes": draw(st.integers(0, limits.VOTES_MAX)),
        }, extras))
        cards[-1].update(draw(_EVIDENCE(images)))

    personas = [_with_extras(draw, {
        "id": persona_id, "color": draw(st.from_regex(COLOR_PATTERN, fullmatch=True)),
        "name": draw(texts()), "role": draw(texts()),
        "age": draw(_AGES), "quote": draw(texts(40)),
        "photo": draw(images),
        "goals": _text_list(draw), "needs": _text_list(draw),
        "motivations": _text_list(draw), "frustrations": _text_list(draw),
    }, extras) for persona_id in persona_ids]
    journey_map = _with_extras(draw, {
        "id": next(pool), "title": draw(texts()), "description": draw(texts(40)),
        "language": draw(_LANGUAGES),
        "emotionScale": {"min": low, "max": high}, "personas": personas,
        "stages": stages, "lanes": lanes, "cards": cards,
    }, extras)
    views = draw(_VIEWS)
    if views:
        journey_map["views"] = views
    return _with_extras(draw, {"format": "journey-studio", "formatVersion": 2,
                               "map": journey_map, "assets": asset_map}, extras)


def journeys(**options: Any) -> st.SearchStrategy[Journey]:
    """Valid :class:`Journey` objects; options as for :func:`journey_dicts`."""
    return journey_dicts(**options).map(Journey.model_validate)
