"""While dot voting (``vote_counts`` off), every card keeps its top-right corner free of text for
the big vote badge the canvas draws there (``vote_badge_rect``, inside the card): the lines
beside it break short of it. Outside voting nothing changes. No Qt."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from journey_studio.model import Journey
from journey_studio.render.fonts import FontStyle, text_width
from journey_studio.render.layout import LayoutOptions, card_text_width, layout_map, vote_badge_rect
from journey_studio.render.projector import PROJECTOR_METRICS
from journey_studio.render.style import METRICS
from journey_studio.render.text import wrap, wrap_narrowed
from sample_maps import rich_journey
from strategies import texts
from tests.render.test_comment_badge import badge_rect, line_rects

LONG = "Spreadsheet import fails silently on the first try, then works on the second one"
VOTING = LayoutOptions(vote_counts=False)


def _with(text: str, votes: int = 0, comments: int = 0, image: bool = False, **fields) -> Journey:
    data = rich_journey().model_dump(mode="json", by_alias=True)
    card = next(c for c in data["map"]["cards"] if c["id"] == "c1")
    card.update(text=text, votes=votes, example=False, comments=[{"author": "Ana", "text": "?"}] * comments,
                **fields)
    if image:
        card["image"] = "asset-1"
    return Journey.model_validate(data)


def test_while_voting_the_first_two_lines_break_short_of_the_badge():
    plain = layout_map(_with(LONG, votes=3).map).card("c1")
    assert plain.lines == wrap(LONG, card_text_width(), FontStyle.REGULAR, METRICS.card_font)  # not voting
    badge = vote_badge_rect(plain.rect)
    assert any(badge.intersects(line) for line in line_rects(plain, METRICS))  # the review's complaint
    voting = layout_map(_with(LONG, votes=3).map, VOTING).card("c1")
    badge = vote_badge_rect(voting.rect)
    assert not any(badge.intersects(line) for line in line_rects(voting, METRICS))
    assert voting.rect.x <= badge.x and badge.right <= voting.rect.right and voting.rect.y <= badge.y
    assert " ".join(voting.lines) == LONG


def test_an_unvoted_card_keeps_the_room_too_so_a_click_never_rewraps_it():
    before = layout_map(_with(LONG).map, VOTING).card("c1")
    after = layout_map(_with(LONG, votes=1).map, VOTING).card("c1")
    assert before.lines == after.lines and before.rect.h == after.rect.h


def test_with_an_image_the_text_starts_below_it():
    box = layout_map(_with(LONG, votes=2, image=True).map, VOTING).card("c1")
    assert box.lines == wrap(LONG, card_text_width(), FontStyle.REGULAR, METRICS.card_font)


@settings(max_examples=80, deadline=None)
@given(text=texts(max_size=90) | st.sampled_from([LONG, "M" * 40, "W " * 30, "\n\n" + LONG, LONG + "\n" + LONG,
                                                  "a\nb\nc\nd"]),
       votes=st.sampled_from([0, 1, 12, 999]), comments=st.sampled_from([0, 1, 200]), footer=st.booleans(),
       projector=st.booleans())
def test_while_voting_no_badge_meets_a_line_of_text(text, votes, comments, footer, projector):
    metrics = PROJECTOR_METRICS if projector else METRICS
    journey = _with(text, votes, comments, **({"owner": "Ops"} if footer else {}))
    box = layout_map(journey.map, LayoutOptions(metrics=metrics, vote_counts=False)).card("c1")
    badges = [vote_badge_rect(box.rect)] + ([badge_rect(box)] if comments else [])
    for line in line_rects(box, metrics):
        for badge in badges:
            assert not badge.intersects(line), (box.lines, line, badge)
    plain = wrap(text, card_text_width(metrics), FontStyle.REGULAR, metrics.card_font)
    assert "".join("".join(box.lines).split()) == "".join("".join(plain).split())  # nothing lost, in order


@settings(max_examples=100, deadline=None)
@given(text=texts(max_size=80), firsts=st.lists(st.floats(min_value=20, max_value=190), max_size=3))
def test_wrap_narrowed_only_narrows_the_first_lines(text, firsts):
    width, size = 190.0, 15.0
    lines = wrap_narrowed(text, width, tuple(firsts), FontStyle.REGULAR, size)
    plain = wrap(text, width, FontStyle.REGULAR, size)
    assert "".join("".join(lines).split()) == "".join("".join(plain).split())
    for i, line in enumerate(lines):
        room = firsts[i] if i < len(firsts) else width
        assert text_width(line, FontStyle.REGULAR, size) <= room or len(line.split()) <= 1, (lines, firsts)
    if all(i >= len(firsts) or text_width(line, FontStyle.REGULAR, size) <= firsts[i]
           for i, line in enumerate(plain)):
        assert lines == plain
