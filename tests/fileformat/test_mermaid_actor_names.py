"""An actor whose name holds a comma stays one actor: ``#44;`` in Mermaid (which Mermaid and
our parser decode after splitting the actors on commas), a quoted name in the Actors card."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from journey_studio.fileformat.actor_names import join_actor_names, split_actor_names
from journey_studio.fileformat.mermaid_export import mermaid_from_journey
from journey_studio.fileformat.mermaid_import import journey_from_mermaid_text
from journey_studio.fileformat.mermaid_parser import parse_mermaid_journey
from journey_studio.model import Card, EmotionPoint, Journey, Lane, LaneKind, Map, Stage, Step
from strategies import texts
from support import examples


def actors_map(card_text: str) -> Journey:
    return Journey(map=Map(
        id="m", title="Call", language="en",
        stages=[Stage(id="s", name="Support", steps=[Step(id="t", name="Call the bank")])],
        lanes=[Lane(id="e", kind=LaneKind.EMOTIONS, title="Emotions", points=[EmotionPoint(step="t", score=2)]),
               Lane(id="a", kind=LaneKind.TEXT, title="Actors")],
        cards=[Card(id="c", step="t", lane="a", text=card_text)]))


def actors_card(journey: Journey) -> str:
    m = journey.map
    lane = next(lane for lane in m.lanes if lane.title == "Actors")
    return next(c.text for c in m.cards if c.lane == lane.id)


def test_a_mermaid_actor_with_an_entity_comma_is_one_actor_in_the_map_and_back():
    source = "journey\n  section Support\n    Call the bank: 2: Dad, Smith#44; John\n"
    assert parse_mermaid_journey(source).tasks[0].people == ["Dad", "Smith, John"]  # as Mermaid reads it
    result = journey_from_mermaid_text(source)
    assert actors_card(result.journey) == 'Dad, "Smith, John"' and result.warnings == []
    text, warnings = mermaid_from_journey(result.journey)
    assert "    Call the bank: 2: Dad, Smith#44; John\n" in text and warnings == []
    assert parse_mermaid_journey(text).tasks[0].people == ["Dad", "Smith, John"]


def test_a_quoted_name_in_the_actors_card_is_exported_as_one_actor():
    journey = actors_map('"Smith, John", Dad\nThe "boss", """Quoted"""')
    text, _ = mermaid_from_journey(journey)
    assert parse_mermaid_journey(text).tasks[0].people == ["Smith, John", "Dad", 'The "boss"', '"Quoted"']
    assert actors_card(journey_from_mermaid_text(text).journey) == '"Smith, John", Dad, The "boss", """Quoted"""'


def test_plain_cards_split_on_commas_and_line_breaks_as_before():
    assert split_actor_names("Me, You\nCat,, ") == ["Me", "You", "Cat"]
    assert split_actor_names('Dad "the boss", Mom') == ['Dad "the boss"', "Mom"]
    assert split_actor_names('"Smith, John') == ['"Smith', "John"]  # no closing quote: a plain quote
    assert split_actor_names('"Smith" Jr, Ann') == ['"Smith" Jr', "Ann"]  # text after the quote: plain
    assert split_actor_names("") == [] and split_actor_names(" , \n") == []


names = st.lists(texts(12) | st.sampled_from(["Smith, John", '"', '""', ' "a" ', "a\nb", ",", "x,\ny"]), max_size=5)


@settings(max_examples=examples(200), deadline=None)
@given(names)
@example(["Smith, John", "Dad"])
def test_any_names_survive_the_actors_card(people):
    expected = [name.strip() for name in people if name.strip()]
    assert split_actor_names(join_actor_names(people)) == expected


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(texts(12) | st.sampled_from(["Smith, John", "A: B", "#1", "x;y", '"q"', "%%"]),
                min_size=1, max_size=4))
def test_any_actor_names_survive_a_mermaid_round_trip(people):
    expected = [" ".join(name.split()) for name in people]  # Mermaid trims; a line is one line
    expected = [name for name in expected if name]
    journey = actors_map(join_actor_names([" ".join(name.split()) for name in people]))
    text, _ = mermaid_from_journey(journey)
    assert [p for p in parse_mermaid_journey(text).tasks[0].people if p] == expected
    back = journey_from_mermaid_text(text).journey
    if expected:
        assert split_actor_names(actors_card(back)) == expected
