"""CSV export never writes a live formula (OWASP "CSV Injection"), and our import takes the
guard off again: texts round-trip exactly, emotion scores stay numbers a spreadsheet reads."""

from __future__ import annotations

import csv
import io
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from journey_studio.fileformat.csv_io import csv_from_journey, journey_from_csv_text, neutralise, restore
from journey_studio.model import Card, EmotionPoint, EmotionScale, Journey, Lane, LaneKind, Map, Stage, Step
from strategies import texts
from support import examples

#: What a spreadsheet runs as a formula: one of these first, even after spaces (OWASP).
LIVE = re.compile(r"^\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]")


def one_card_map(text: str, *, lane: LaneKind = LaneKind.ACTIONS, score: float | None = None,
                 stage: str = "Buy", step: str = "Pay") -> Journey:
    points = [EmotionPoint(step="t", score=score)] if score is not None else []
    return Journey(map=Map(
        id="m", title="T", language="en", emotion_scale=EmotionScale(min=-2, max=2),
        stages=[Stage(id="s", name=stage, steps=[Step(id="t", name=step), Step(id="u", name="Leave")])],
        lanes=[Lane(id="l", kind=lane, title="Feelings" if lane == LaneKind.EMOTIONS else "Notes", points=points)],
        cards=[Card(id="c", step="t", lane="l", text=text)] if text else []))


def cells(text: str) -> list[list[str]]:
    """The cells as a spreadsheet splits them (its own CSV reading: quotes removed)."""
    return list(csv.reader(io.StringIO(text, newline="")))


def round_trip(journey: Journey) -> Map:
    return journey_from_csv_text(csv_from_journey(journey)[0]).journey.map


@pytest.mark.parametrize("text", ["=SUM(A1:A3)", "-5% churn", "+33 6 12 34 56 78", "@channel please",
                                  "=HYPERLINK(\"http://evil.example\",\"Click\")", "=cmd|' /C calc'!A0",
                                  "\t=1+1", "＝1+1", "-", "-2+3"])
def test_a_formula_like_text_is_written_behind_an_apostrophe_and_read_back_unchanged(text):
    raw, _ = csv_from_journey(one_card_map(text))
    cell = cells(raw)[2][1]
    assert cell == "'" + text.strip() and not LIVE.match(cell)  # a card is written trimmed
    assert [c.text for c in round_trip(one_card_map(text)).cards] == [text.strip()]


@pytest.mark.parametrize("text", ["'=SUM", "''=SUM", "' -5", "'@x", "'-2"])
def test_a_text_that_already_begins_with_an_apostrophe_and_a_formula_sign_gets_one_more(text):
    """The decision documented in docs/SECURITY.md: the writer adds one apostrophe, the reader
    removes exactly one, so what the person typed comes back (and a spreadsheet, which hides
    its own protecting apostrophe, shows it too)."""
    raw, _ = csv_from_journey(one_card_map(text))
    assert cells(raw)[2][1] == "'" + text
    assert [c.text for c in round_trip(one_card_map(text)).cards] == [text]


@pytest.mark.parametrize("text", ["'tis the season", "'5", "'", "don't", "a=b", "5-3", "e-mail"])
def test_other_texts_are_written_as_they_are(text):
    raw, _ = csv_from_journey(one_card_map(text))
    assert cells(raw)[2][1] == text
    assert [c.text for c in round_trip(one_card_map(text)).cards] == [text]


def test_stage_step_and_lane_names_are_guarded_too():
    journey = one_card_map("x", stage="=1+1", step="@SUM(1)")
    journey.map.lanes[0].title = "-Lane"
    rows = cells(csv_from_journey(journey)[0])
    assert (rows[0][1], rows[1][1], rows[2][0]) == ("'=1+1", "'@SUM(1)", "'-Lane")
    back = round_trip(journey)
    assert (back.stages[0].name, back.stages[0].steps[0].name, back.lanes[0].title) == ("=1+1", "@SUM(1)", "-Lane")


@pytest.mark.parametrize("separator_in_a_name", [False, True])
@pytest.mark.parametrize("score", [-2, -1.5, 0, 2])
def test_an_emotion_score_stays_a_bare_number(score, separator_in_a_name):
    """No apostrophe and no quotes around a score, also in a row whose other cells are quoted
    because one holds ';' (LibreOffice can read every quoted field as text)."""
    journey = one_card_map("", lane=LaneKind.EMOTIONS, score=score)
    if separator_in_a_name:
        journey.map.lanes[0].title = "Feelings; as told"
    raw, _ = csv_from_journey(journey)
    line = raw.split("\r\n")[2]
    assert line.split(",")[1] == f"{score:g}"  # as written in the file: no quote, no apostrophe
    float(cells(raw)[2][1])  # what a spreadsheet gets is a number
    back = round_trip(journey)
    assert [p.score for p in back.lanes[0].points] == [score] and back.cards == []


def test_a_score_and_cards_in_one_emotion_cell_come_back_apart():
    journey = one_card_map("=worse than expected", lane=LaneKind.EMOTIONS, score=-2)
    raw, _ = csv_from_journey(journey)
    assert cells(raw)[2][1] == "'-2\n\n=worse than expected"  # text: the cell begins with '-'
    back = round_trip(journey)
    assert [p.score for p in back.lanes[0].points] == [-2]
    assert [c.text for c in back.cards] == ["=worse than expected"]


def test_a_strangers_csv_with_guarded_cells_reads_as_the_texts():
    """Other tools (and OWASP's advice) write the same apostrophe: it is taken off once."""
    m = journey_from_csv_text("Stages,'=Discover\r\nActions,'+1 call,'tis\r\nFeelings,-1,2\r\n").journey.map
    assert m.stages[0].name == "=Discover"
    assert sorted(c.text for c in m.cards) == ["'tis", "+1 call"]
    assert [p.score for p in m.lanes[1].points] == [-1, 2]


def test_neutralise_and_restore_are_inverse_on_texts_and_leave_numbers_alone():
    assert neutralise(-2) == -2 and neutralise(-1.5) == -1.5 and neutralise("-2") == "-2"
    for text in ["=1", "'=1", "''=1", "x", "'x", "-2", "'-2", " @a", "\r=1"]:
        assert restore(neutralise(text)) == text


card_texts = (texts(40) | st.lists(st.sampled_from(["=", "+", "-", "@", "'", "\t", " ", ";", ",", "\"", "\n", "\r",
                                                    "＝", "1", "5", ".", "%", "a", "SUM(A1)", "é"]),
                                   max_size=8).map("".join))


@settings(max_examples=examples(200), deadline=None)
@given(card_texts)
@example("'=SUM")
@example("-5% churn")
@example("-2")
# found by this test: three line breaks, or two carriage returns, were written as a blank line (two cards)
@example("0\n\n\n0")
@example("a\r\rb")
def test_any_card_text_survives_a_csv_round_trip_and_no_cell_is_live(text):
    journey = one_card_map(text)
    raw, warnings = csv_from_journey(journey)
    for row in cells(raw):
        for cell in row:
            assert not LIVE.match(cell) or re.fullmatch(r"[+-]?[\d.]+", cell), cell
    # what a cell can hold: cards are trimmed, a carriage return is a line break, and a blank
    # line separates two cards, so blank lines become one line break (with a warning)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    expected = re.sub(r"\n(?:[ \t]*\n)+", "\n", lines)
    assert [c.text for c in round_trip(journey).cards] == ([expected] if expected else [])
    assert bool(warnings) == (expected != lines)
