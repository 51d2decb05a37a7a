"""Ptolemy OpenJourney (.ojf) maps, written from the spec, as Journey Studio maps."""

from pathlib import Path

import pytest

from journey_studio.fileformat import JourneyFileError
from journey_studio.fileformat.ojf_import import journey_from_ojf_text, read_ojf_file
from journey_studio.model import LaneKind, Priority

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def support():
    return read_ojf_file(DATA / "support.ojf")


def lane(m, title):
    return next(ln for ln in m.lanes if ln.title == title)


def cards(m, title):
    return [c for c in m.cards if c.lane == lane(m, title).id]


def test_stages_in_order_each_with_one_unnamed_step(support):
    m = support.journey.map
    assert [s.name for s in m.stages] == ["Problem Discovery", "Support Contact", "Resolution"]
    assert all(len(s.steps) == 1 and s.steps[0].name == "" for s in m.stages)


def test_swimlanes_in_order_with_kinds_guessed_in_english_or_french(support):
    m = support.journey.map
    kinds = [(ln.title, ln.kind) for ln in m.lanes]
    assert kinds[:10] == [
        ("User Activity", LaneKind.ACTIONS), ("Emotional State", LaneKind.EMOTIONS),
        ("Pain Points", LaneKind.PAIN_POINTS), ("Support Channel", LaneKind.CHANNELS),
        ("Vendor Touchpoints", LaneKind.TOUCHPOINTS), ("Opportunities", LaneKind.OPPORTUNITIES),
        ("Backstage Process", LaneKind.BACKSTAGE), ("Internal Blockers", LaneKind.TEXT),
        ("Irritants", LaneKind.PAIN_POINTS), ("Ressenti du client", LaneKind.EMOTIONS),
    ]


def test_nodes_become_cards_with_note_tags_and_priority(support):
    m = support.journey.map
    [toy] = cards(m, "User Activity")
    assert (toy.text, toy.note, toy.tags) == ("Toy won't turn on", "Tries to charge it.", ["Hardware", "Issue"])
    assert toy.step == m.stages[0].steps[0].id
    [frustrated] = cards(m, "Emotional State")
    assert frustrated.priority == Priority.HIGH and frustrated.color == "#ef4444"
    pains = cards(m, "Pain Points")
    assert [c.text for c in pains] == ["Dead toy", "Bot Loop", "Second note in same cell"]
    assert pains[1].priority == Priority.MEDIUM and pains[1].step == m.stages[1].steps[0].id


def test_moment_of_truth_marks_the_stage(support):
    assert [s.moment_of_truth for s in support.journey.map.stages] == [False, True, False]


def test_scores_become_a_score_lane_at_the_stage_mean_labelled_with_the_common_sentiment(support):
    m = support.journey.map
    score = lane(m, "Score")
    assert score.kind == LaneKind.EMOTIONS
    assert (m.emotion_scale.min, m.emotion_scale.max) == (-5, 5)
    # stage 1: -2 (frustrated), -3 (frustrated), 2 (anxious) -> mean -1, "frustrated"; stage 2 has no score
    assert [(p.step, p.score, p.label) for p in score.points] == [
        (m.stages[0].steps[0].id, -1, "frustrated"), (m.stages[2].steps[0].id, 4, "")]


def test_persona_and_point_of_view(support):
    m = support.journey.map
    assert (m.main_persona.name, m.main_persona.role) == ("Sam", "Tech-Savvy Parent")
    assert m.description == "Getting a broken toy fixed"


def test_unknown_fields_and_lost_nodes_are_warnings_not_errors(support):
    assert support.warnings == [
        "1 node(s) name a stage or swimlane the file does not have; they were left out",
        "fields unknown to OpenJourney 1.0 were ignored: 'theme', 'stages[].overrideEmotion', 'nodes[].mood'",
    ]


def test_blueprint_entries_become_cards_in_their_own_lanes():
    result = read_ojf_file(DATA / "clinic.ojf")
    m = result.journey.map
    assert result.warnings == []
    assert m.title == "Patient Clinic Visit"
    assert [ln.title for ln in m.lanes] == ["Patient Journey", "Score", "Evidence", "Onstage", "Backstage", "Support"]
    assert lane(m, "Backstage").kind == LaneKind.BACKSTAGE
    assert [c.text for c in cards(m, "Evidence")] == ["Waiting Room (Physical)"]
    assert [c.text for c in cards(m, "Onstage")] == ["Receptionist: Confirms appointment"]
    assert [c.text for c in cards(m, "Support")] == ["EMR: Loads record"]
    assert all(c.step == m.stages[0].steps[0].id for c in cards(m, "Support"))


def test_plain_string_blueprint_entries_are_accepted():
    text = ('{"stages": [{"id": "a", "name": "A"}], "swimlanes": [{"id": "l", "name": "Steps"}], "nodes": ['
            '{"stageId": "a", "swimlaneId": "l", "title": "T", "blueprint": {"onstage": ["Greets"], "support": "CRM"}}]}')
    m = journey_from_ojf_text(text).journey.map
    assert [(ln.title, [c.text for c in m.cards if c.lane == ln.id]) for ln in m.lanes] == [
        ("Steps", ["T"]), ("Onstage", ["Greets"]), ("Support", ["CRM"])]


@pytest.mark.parametrize("text, words", [
    ("[1, 2]", "not an OpenJourney"),
    ('{"title": "x"}', "not an OpenJourney (.ojf) file: no \"stages\""),
    ('{"format": "journey-studio", "formatVersion": 1}', "Journey Studio map"),
    ("{not json", "not valid JSON"),
    ("", "empty"),
])
def test_a_file_that_is_not_ojf_gets_a_clear_message(tmp_path, text, words):
    path = tmp_path / "x.ojf"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(JourneyFileError) as info:
        read_ojf_file(path)
    assert words in str(info.value) and str(info.value).startswith(str(path))
    assert "\n" not in str(info.value)


def test_wrong_types_inside_do_not_crash():
    text = ('{"stages": [{"id": "a", "name": 7}, "junk"], "swimlanes": [{"id": "l", "name": null}], "nodes": ['
            '{"stageId": "a", "swimlaneId": "l", "title": ["x"], "tags": "t", "score": "hi", "severity": 3}, 5]}')
    result = journey_from_ojf_text(text)
    assert [s.name for s in result.journey.map.stages] == ["7"]
    assert any("not objects" in w for w in result.warnings)
