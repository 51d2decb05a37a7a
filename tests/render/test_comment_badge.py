"""The comment badge in a card's top-right corner keeps clear of the card's text: the layout
breaks the first line short of it (so the PNG, PDF, SVG and the canvas, which all draw the
layout, never print a word under it). No Qt."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journey_studio.model import Journey
from journey_studio.render.fonts import FontStyle, ascent, text_width
from journey_studio.render.geometry import PathShape, Rect, RectShape, TextShape
from journey_studio.render.layout import COMMENT_COLOR, LayoutOptions, card_text_width, layout_map
from journey_studio.render.projector import PROJECTOR_METRICS
from journey_studio.render.style import METRICS
from journey_studio.render.text import wrap, wrap_narrowed
from sample_maps import rich_journey
from strategies import texts

LONG = "Spreadsheet import fails silently on the first try"


def _with(text: str, comments: int = 2, resolved: bool = False, example: bool = False, image: bool = False,
          **fields) -> Journey:
    data = rich_journey().model_dump(mode="json", by_alias=True)
    card = next(c for c in data["map"]["cards"] if c["id"] == "c1")
    card.update(text=text, example=example, comments=[{"author": "Ana", "text": "Why?", "resolved": resolved}] * comments,
                **fields)
    if image:
        card["image"] = "asset-1"
    return Journey.model_validate(data)


def badge_rect(box) -> Rect:
    """The badge with its tail, from the card's shapes."""
    body = next(s.rect for s in box.shapes if isinstance(s, RectShape) and s.stroke == COMMENT_COLOR)
    tail = next(s for s in box.shapes if isinstance(s, PathShape) and s.stroke == COMMENT_COLOR)
    xs = [body.x, body.right] + [seg[1] for seg in tail.segments if len(seg) == 3]
    ys = [body.y, body.bottom] + [seg[2] for seg in tail.segments if len(seg) == 3]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def line_rects(box, metrics) -> list[Rect]:
    """Each text line's box: its width as measured, the line's height from its top."""
    lines = [s for s in box.shapes if isinstance(s, TextShape) and s.font.size == metrics.card_font]
    assert [s.text for s in lines] == list(box.lines)
    return [Rect(s.x, s.y - ascent(s.font.size), text_width(s.text, s.font.style, s.font.size), metrics.card_line)
            for s in lines]


def test_a_long_first_line_is_broken_short_of_the_badge():
    box = layout_map(_with(LONG).map, LayoutOptions()).card("c1")
    assert box.lines[0] == "Spreadsheet import"  # "fails" went to the next line
    badge = badge_rect(box)
    assert not any(badge.intersects(line) for line in line_rects(box, METRICS))
    assert " ".join(box.lines) == LONG  # nothing lost


def test_a_card_without_comments_or_with_a_short_first_line_keeps_its_lines():
    plain = layout_map(_with(LONG, comments=0).map, LayoutOptions()).card("c1")
    assert plain.lines == wrap(LONG, card_text_width(), FontStyle.REGULAR, METRICS.card_font)
    short = layout_map(_with("Short text, then a long second line that wraps").map, LayoutOptions()).card("c1")
    assert short.lines == wrap("Short text, then a long second line that wraps", card_text_width(),
                               FontStyle.REGULAR, METRICS.card_font)


def test_with_an_image_the_text_starts_below_it_at_full_width():
    box = layout_map(_with(LONG, image=True).map, LayoutOptions()).card("c1")
    assert box.lines == wrap(LONG, card_text_width(), FontStyle.REGULAR, METRICS.card_font)
    assert not any(badge_rect(box).intersects(line) for line in line_rects(box, METRICS))


@settings(max_examples=60, deadline=None)
@given(text=texts(max_size=80) | st.sampled_from([LONG, "M" * 40, "W " * 30, "Anticonstitutionnellement ok",
                                                  "\n\n" + LONG, "  " + LONG, LONG + "\n" + LONG]),
       comments=st.sampled_from([1, 9, 12, 200]), resolved=st.booleans(), example=st.booleans(),
       footer=st.booleans(), projector=st.booleans())
def test_the_badge_never_covers_a_line_of_text(text, comments, resolved, example, footer, projector):
    metrics = PROJECTOR_METRICS if projector else METRICS
    journey = _with(text, comments, resolved, example, **({"owner": "Ops"} if footer else {}))
    layout = layout_map(journey.map, LayoutOptions(metrics=metrics))
    box = layout.card("c1")
    badge = badge_rect(box)
    assert badge.x >= box.rect.x and badge.right <= box.rect.right  # inside the card
    for line in line_rects(box, metrics):
        assert not badge.intersects(line), (box.lines, line, badge)
    style = FontStyle.ITALIC if example else FontStyle.REGULAR
    plain = wrap(text, card_text_width(metrics), style, metrics.card_font)
    assert "".join("".join(box.lines).split()) == "".join("".join(plain).split())  # nothing lost, in order


@settings(max_examples=100, deadline=None)
@given(text=texts(max_size=60), narrower=st.floats(min_value=20, max_value=180))
def test_one_narrower_width_breaks_only_the_first_line_shorter(text, narrower):
    width, size = 190.0, 15.0
    lines = wrap_narrowed(text, width, (narrower,), FontStyle.REGULAR, size)
    plain = wrap(text, width, FontStyle.REGULAR, size)
    assert "".join("".join(lines).split()) == "".join("".join(plain).split())  # the same characters
    if lines:
        one_char = len(lines[0]) == 1  # a character wider than the room still takes the line
        assert one_char or text_width(lines[0], FontStyle.REGULAR, size) <= narrower
        for line in lines[1:]:
            assert text_width(line, FontStyle.REGULAR, size) <= width or len(line.split()) <= 1
    if plain and text_width(plain[0], FontStyle.REGULAR, size) <= narrower:
        assert lines == plain
