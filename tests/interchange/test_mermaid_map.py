"""A Mermaid journey as a map (issue "Interchange"), the export back, and the round trip."""

import pytest

from journey_studio.fileformat import JourneyFileError
from journey_studio.fileformat.mermaid_export import markdown_from_journey, mermaid_from_journey
from journey_studio.fileformat.mermaid_import import (journey_from_mermaid_text, read_markdown_file,
                                                      read_mermaid_file)
from journey_studio.model import Card, EmotionPoint, Journey, Lane, LaneKind, Map, Stage, Step

DAY = """journey
    title My working day
    accTitle: A day
    accDescr: How the day goes
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me, Cat
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5
"""


def summary(m: Map):
    emotions = m.emotion_lanes()[0]
    actors = next(lane for lane in m.lanes if lane.title in {"Actors", "Acteurs"})
    scores = {p.step: p.score for p in emotions.points}
    people = {c.step: c.text for c in m.cards if c.lane == actors.id}
    return [(stage.name, [(step.name, scores.get(step.id), people.get(step.id)) for step in stage.steps])
            for stage in m.stages]


def test_the_mermaid_example_becomes_a_map():
    journey, warnings = journey_from_mermaid_text(DAY)
    m = journey.map
    assert warnings == []
    assert m.title == "My working day"
    assert m.description == "A day\n\nHow the day goes"
    assert summary(m) == [
        ("Go to work", [("Make tea", 5, "Me"), ("Go upstairs", 3, "Me, Cat"), ("Do work", 1, "Me, Cat")]),
        ("Go home", [("Go downstairs", 5, "Me"), ("Sit down", 5, None)]),
    ]
    assert (m.emotion_scale.min, m.emotion_scale.max) == (1, 5)
    assert [lane.kind for lane in m.lanes] == [LaneKind.EMOTIONS, LaneKind.TEXT]


def test_no_title_gives_an_empty_title():
    assert journey_from_mermaid_text("journey\nA: 5\n").journey.map.title == ""


def test_tasks_before_any_section_go_to_a_first_unnamed_stage():
    m = journey_from_mermaid_text("journey\nA: 5\nsection S\nB: 4\n").journey.map
    assert [(s.name, [st.name for st in s.steps]) for s in m.stages] == [("", ["A"]), ("S", ["B"])]


def test_a_repeated_section_is_a_new_stage_and_an_empty_one_a_plain_column():
    m = journey_from_mermaid_text("journey\nsection A\nx: 1\nsection B\nsection A\ny: 2\n").journey.map
    assert [(s.name, [st.name for st in s.steps]) for s in m.stages] == [("A", ["x"]), ("B", [""]), ("A", ["y"])]


def test_out_of_range_scores_widen_the_scale_and_nothing_is_clamped():
    m = journey_from_mermaid_text("journey\nA: 9\nB: 0\nC: -1.5\n").journey.map
    assert (m.emotion_scale.min, m.emotion_scale.max) == (-1.5, 9)
    assert [p.score for p in m.lanes[0].points] == [9, 0, -1.5]


def test_a_score_that_is_not_a_number_gives_no_point_and_a_warning():
    journey, warnings = journey_from_mermaid_text("journey\nA: 5\nB: five: Me\n")
    assert len(journey.map.lanes[0].points) == 1
    assert len(warnings) == 1 and "line 3 'B'" in warnings[0] and "five" in warnings[0]


def test_actors_become_one_card_per_step_and_empty_actors_none():
    m = journey_from_mermaid_text("journey\nA: 5: Me, You\nB: 5:\nC: 5: ,\nD: 5: Me,,You\n").journey.map
    assert [c.text for c in m.cards] == ["Me, You", "Me, You"]
    assert m.cards[1].step == m.stages[0].steps[3].id


def test_french_map_titles_the_lanes_in_french():
    m = journey_from_mermaid_text("journey\nA: 5: Moi\n", "fr").journey.map
    assert [lane.title for lane in m.lanes] == ["Émotions", "Acteurs"]


def test_a_rejected_text_names_its_line():
    with pytest.raises(JourneyFileError) as info:
        journey_from_mermaid_text("journey\nsection A\nNo score\n")
    assert str(info.value).startswith("line 3: ")


def test_mmd_file_errors_name_the_file_and_line(tmp_path):
    path = tmp_path / "bad.mmd"
    path.write_text("journey\nA: 5; B\n", encoding="utf-8")
    with pytest.raises(JourneyFileError) as info:
        read_mermaid_file(path)
    assert str(info.value) == f"{path}: line 2: ';' is not allowed in a journey (Mermaid does not separate statements with ';')"


def test_markdown_takes_the_first_mermaid_block_holding_a_journey(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("# Doc\n\n```mermaid\ngraph TD\nA-->B\n```\n\ntext\n\n```mermaid\njourney\n  title From md\n"
                    "  A: 4\n```\n\n```mermaid\njourney\ntitle Second\n```\n", encoding="utf-8")
    journey, _ = read_markdown_file(path)
    assert journey.map.title == "From md"


def test_markdown_errors_count_lines_of_the_markdown_file(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("# Doc\n\n~~~ mermaid\njourney\n  broken line\n~~~\n", encoding="utf-8")
    with pytest.raises(JourneyFileError) as info:
        read_markdown_file(path)
    assert info.value.where == "line 5"


def test_markdown_without_a_journey_block_says_so(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("# Doc\n```mermaid\ngraph TD\n```\n", encoding="utf-8")
    with pytest.raises(JourneyFileError, match="no ```mermaid block"):
        read_markdown_file(path)


def test_pasted_markdown_fence_is_accepted():
    journey, _ = journey_from_mermaid_text("```mermaid\njourney\ntitle Pasted\n```\n")
    assert journey.map.title == "Pasted"


# --- export --------------------------------------------------------------------------------------

def _map(**changes) -> Journey:
    data = {
        "id": "m", "title": "Trip #1; fun", "emotion_scale": {"min": 1, "max": 5},
        "stages": [
            Stage(id="s1", name="Plan: book", steps=[Step(id="t1", name="Title page"), Step(id="t2", name="a%%b")]),
            Stage(id="s2", name="Go", steps=[Step(id="t3", name="journey start"), Step(id="t4")]),
        ],
        "lanes": [Lane(id="act", kind=LaneKind.ACTIONS, title="Actions"),
                  Lane(id="emo", kind=LaneKind.EMOTIONS, title="Emotions", points=[
                      EmotionPoint(step="t1", score=5), EmotionPoint(step="t2", score=2),
                      EmotionPoint(step="t3", score=1), EmotionPoint(step="t4", score=4)]),
                  Lane(id="who", kind=LaneKind.TEXT, title="Actors"),
                  Lane(id="pain", kind=LaneKind.PAIN_POINTS, title="Pain points")],
        "cards": [Card(id="c1", step="t1", lane="who", text="Me, Smith: J"),
                  Card(id="c2", step="t4", lane="act", text="Pack the bags"),
                  Card(id="c3", step="t2", lane="pain", text="Too long")],
    }
    data.update(changes)
    return Journey(map=Map(**data))


def test_export_escapes_what_mermaid_cannot_hold_and_reimports_the_same():
    text, warnings = mermaid_from_journey(_map())
    assert "  title Trip #35;1#59; fun" in text
    assert "  section Plan#58; book" in text
    assert "#84;itle page: 5: Me, Smith#58; J" in text  # 'Title ' would become the diagram title
    assert "#106;ourney start: 1" in text
    assert "Pack the bags: 4" in text  # an unnamed step takes its first action card
    assert warnings == ["lanes Mermaid cannot show were left out: 'Actions', 'Pain points'"]
    back = journey_from_mermaid_text(text).journey.map
    assert back.title == "Trip #1; fun"
    assert summary(back) == [
        ("Plan: book", [("Title page", 5, "Me, Smith: J"), ("a%%b", 2, None)]),
        ("Go", [("journey start", 1, None), ("Pack the bags", 4, None)]),
    ]


def test_export_rescales_to_one_to_five_and_warns_when_precision_is_lost():
    journey = _map(emotion_scale={"min": -2, "max": 2}, lanes=[Lane(id="emo", kind=LaneKind.EMOTIONS, points=[
        EmotionPoint(step="t1", score=-2), EmotionPoint(step="t2", score=0.5), EmotionPoint(step="t3", score=2)])],
        cards=[])
    text, warnings = mermaid_from_journey(journey)
    assert "Title page: 1" in text.replace("#84;", "T") and "a#37;#37;b: 4" in text and "journey start: 5" in text.replace("#106;", "j")
    assert any("rescaled from -2..2 to 1..5" in w and "1 lost precision" in w for w in warnings)
    assert any("middle score 3" in w for w in warnings)  # t4 had no point


def test_a_widened_mermaid_scale_is_written_as_is():
    source = "journey\nsection S\nA: 9: Me\nB: 0\nC: 4.5\n"
    text, warnings = mermaid_from_journey(journey_from_mermaid_text(source).journey)
    assert warnings == []
    assert summary(journey_from_mermaid_text(text).journey.map) == summary(journey_from_mermaid_text(source).journey.map)


def test_round_trip_of_a_real_looking_diagram():
    source = DAY + "    section  Odd  names\n      Dad #amp; kid<br>again: 4: Dad, Kid\n  Titles: 2\n"
    first = journey_from_mermaid_text(source).journey
    text, _ = mermaid_from_journey(first)
    assert summary(journey_from_mermaid_text(text).journey.map) == summary(first.map)
    assert journey_from_mermaid_text(text).journey.map.description == "A day\n\nHow the day goes"


def test_unnamed_first_stage_is_written_before_any_section():
    first = journey_from_mermaid_text("journey\nA: 5\nsection S\nB: 4\n").journey
    text, _ = mermaid_from_journey(first)
    assert text.splitlines()[1] == "    A: 5"
    assert summary(journey_from_mermaid_text(text).journey.map) == summary(first.map)


def test_markdown_export_is_a_mermaid_block_that_reads_back(tmp_path):
    text, _ = markdown_from_journey(_map())
    assert text.startswith("```mermaid\njourney\n") and text.endswith("```\n")
    path = tmp_path / "out.md"
    path.write_text(text, encoding="utf-8")
    assert summary(read_markdown_file(path).journey.map) == summary(journey_from_mermaid_text(text).journey.map)


def test_pasted_text_is_recognised_as_a_journey_only_when_mermaid_would():
    from journey_studio.fileformat.mermaid_import import is_mermaid_journey
    assert is_mermaid_journey("%% hi\njourney\n  A: 5\n")
    assert is_mermaid_journey("```mermaid\njourney\n```")
    assert not is_mermaid_journey("Journey\nA: 5")
    assert not is_mermaid_journey("graph TD\nA-->B")
    assert not is_mermaid_journey("```python\nprint(1)\n```")
