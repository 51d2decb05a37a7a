"""The layout of every example and of generated maps: cards in their cells, no overlaps,
stages over their steps, every text line inside its box. No Qt."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journey_studio.fileformat import load
from journey_studio.model import Map
from journey_studio.render.fonts import FontStyle, text_width
from journey_studio.render.geometry import Rect, TextShape
from journey_studio.render.layout import LayoutOptions, card_text_width, layout_map
from journey_studio.render.style import METRICS
from support import EXAMPLES, examples

EPS = 1e-6
FULL = LayoutOptions(show_title=True, show_persona=True, include_hidden=True)


def inside(inner: Rect, outer: Rect) -> bool:
    return (inner.x >= outer.x - EPS and inner.y >= outer.y - EPS
            and inner.right <= outer.right + EPS and inner.bottom <= outer.bottom + EPS)


def overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right - EPS and b.x < a.right - EPS and a.y < b.bottom - EPS and b.y < a.bottom - EPS


def text_extent(shape: TextShape) -> tuple[float, float]:
    return shape.x, shape.x + text_width(shape.text, shape.font.style, shape.font.size)


def check_layout(journey_map: Map, options: LayoutOptions = FULL) -> None:
    layout = layout_map(journey_map, options)
    # every card is inside its cell, below the curve band in an emotion lane
    curve_bands = {curve.lane_id: curve.rect for curve in layout.curves}
    for card in layout.cards:
        cell = layout.cells[(card.step_id, card.lane_id)]
        assert inside(card.rect, cell), (card.card_id, card.rect, cell)
        if card.lane_id in curve_bands:
            assert card.rect.y >= curve_bands[card.lane_id].bottom - EPS
    # no two cards of a cell overlap; they keep the model's order
    by_cell: dict = {}
    for card in layout.cards:
        by_cell.setdefault((card.step_id, card.lane_id), []).append(card)
    for cards in by_cell.values():
        assert [c.index for c in cards] == list(range(len(cards)))
        for i, a in enumerate(cards):
            for b in cards[i + 1:]:
                assert not overlap(a.rect, b.rect), (a.card_id, b.card_id)
    # every stage spans exactly its steps' columns
    for stage_box in layout.stages:
        stage = journey_map.find_stage(stage_box.stage_id)
        columns = [s for s in layout.steps if s.stage_id == stage.id]
        assert [s.step_id for s in columns] == [step.id for step in stage.steps]
        assert abs(stage_box.rect.x - columns[0].rect.x) < EPS
        assert abs(stage_box.rect.right - columns[-1].rect.right) < EPS
    # the cells tile the grid: lanes stack without gaps, steps side by side
    for lane in layout.lanes:
        assert abs(lane.row.x - lane.rect.right) < EPS and abs(lane.row.right - layout.width) < EPS
    for upper, lower in zip(layout.lanes, layout.lanes[1:]):
        assert abs(upper.rect.bottom - lower.rect.y) < EPS
    # card lines fit the wrap width and are what the card draws
    width = card_text_width()
    for card in layout.cards:
        for line in card.lines:
            assert text_width(line, FontStyle.REGULAR, METRICS.card_font) <= width + EPS, line
        drawn = [s.text for s in card.shapes if isinstance(s, TextShape) and s.font.size == METRICS.card_font]
        assert tuple(drawn) == card.lines
        text = journey_map.find_card(card.card_id).text
        assert re.sub("[ \t\n]", "", "".join(card.lines)) == re.sub("[ \t\n]", "", text), card.card_id
    # every text line lies inside its box
    boxes = [*layout.stages, *[s for s in layout.steps if s.rect.h], *layout.lanes, *layout.cards]
    boxes += [b for b in (layout.title, layout.persona) if b is not None]
    placed = [(box.rect, [s for s in box.shapes if s not in getattr(box, "row_shapes", ())]) for box in boxes]
    placed += [(lane.row, lane.row_shapes) for lane in layout.lanes]  # tiles of a metrics lane
    for rect, shapes in placed:
        for shape in shapes:
            if isinstance(shape, TextShape):
                left, right = text_extent(shape)
                assert rect.x - EPS <= left and right <= rect.right + EPS, (shape.text, rect)
                assert rect.y <= shape.y <= rect.bottom, (shape.text, rect)
    # emotion labels stay in their step's column
    columns = {s.step_id: s.column if s.column.w else s.rect for s in layout.steps}
    for curve in layout.curves:
        for point in curve.points:
            column = columns[point.step_id]
            for shape in point.shapes:
                if isinstance(shape, TextShape):
                    left, right = text_extent(shape)
                    assert column.x - EPS <= left and right <= column.right + EPS, shape.text
            assert curve.rect.y <= point.rect.y and point.rect.bottom <= curve.rect.bottom


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_layout_is_sound(path):
    journey = load(path)
    check_layout(journey.map)
    check_layout(journey.map, LayoutOptions())


WORDS = st.sampled_from(["Café", "réserve", "l’équipe", "«devis»", "€", "—", "a", "supercalifragilisticexpialidocious",
                         "Anschlussfinanzierungsvereinbarung", "OK", "payé", "\n", "W" * 25, "i"])
TEXT = st.lists(WORDS, max_size=30).map(" ".join)


@st.composite
def maps(draw):
    stages = []
    step_ids = []
    for s in range(draw(st.integers(1, 4))):
        steps = [{"id": f"t{s}_{i}", "name": draw(TEXT)[:60]} for i in range(draw(st.integers(1, 3)))]
        step_ids += [step["id"] for step in steps]
        stages.append({"id": f"s{s}", "name": draw(TEXT)[:120], "steps": steps,
                       "momentOfTruth": draw(st.booleans())})
    kinds = draw(st.lists(st.sampled_from(["actions", "thoughts", "emotions", "painPoints", "channels"]),
                          min_size=1, max_size=4))
    lanes = [{"id": f"l{i}", "kind": kind, "title": draw(TEXT)[:80]} for i, kind in enumerate(kinds)]
    for lane in lanes:
        if lane["kind"] == "emotions":
            chosen = draw(st.lists(st.sampled_from(step_ids), unique=True))
            lane["points"] = [{"step": step, "score": draw(st.integers(-2, 2)), "label": draw(TEXT)[:40]}
                              for step in chosen]
    cards = []
    for i in range(draw(st.integers(0, 12))):
        cards.append({"id": f"c{i}", "step": draw(st.sampled_from(step_ids)),
                      "lane": draw(st.sampled_from(lanes))["id"], "text": draw(TEXT)[:1000],
                      "owner": draw(st.sampled_from(["", "Léa", "x" * 40])),
                      "votes": draw(st.integers(0, 12)),
                      "priority": draw(st.sampled_from([None, "high", "low"])),
                      "channel": draw(st.sampled_from([None, "email", "wordOfMouth"]))})
    return Map.model_validate({"id": "m", "title": draw(TEXT)[:200], "stages": stages, "lanes": lanes, "cards": cards})


@settings(max_examples=examples(40), deadline=None)
@given(maps())
def test_generated_maps_layout_is_sound(journey_map):
    check_layout(journey_map)


def test_lines_never_break_at_a_no_break_space():
    from journey_studio.render.text import wrap

    text = "Le client attend son «\u00a0devis\u00a0» de 1\u202f200\u00a0€ depuis longtemps"
    for width in range(100, 400, 7):  # wider than the longest unbreakable word
        for line in wrap(text, width, FontStyle.REGULAR, 15):
            assert not line.startswith(("\u00a0", "»", "€")), (width, line)
