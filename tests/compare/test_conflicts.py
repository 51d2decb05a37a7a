"""One test per kind of merge conflict, with its message; and the merges that must stay silent."""

import pytest
from sample_maps import rich_journey

from journey_studio.compare.diff import diff
from journey_studio.compare.merge import merge
from journey_studio.model import Card


@pytest.fixture
def base():
    return rich_journey()


def copies(base):
    return base.model_copy(deep=True), base.model_copy(deep=True)


def lines(result):
    return [c.message for c in result.conflicts]


def test_different_fields_of_one_card_merge_silently(base):
    ours, theirs = copies(base)
    ours.map.find_card("c1").text = "ours text"
    theirs.map.find_card("c1").color = "#00ff00"
    result = merge(base, ours, theirs)
    card = result.journey.map.find_card("c1")
    assert result.conflicts == []
    assert (card.text, card.color) == ("ours text", "#00ff00")


def test_same_field_changed_differently_keeps_ours_and_says_so(base):
    ours, theirs = copies(base)
    ours.map.find_card("c1").text = "Calls support"
    theirs.map.find_card("c1").text = "Writes to support"
    result = merge(base, ours, theirs)
    assert lines(result) == ['conflict: card "Calls support": text changed on both sides '
                             '(ours "Calls support", theirs "Writes to support"); kept ours']
    assert result.journey.map.find_card("c1").text == "Calls support"
    chosen = merge(base, ours, theirs, choices={result.conflicts[0].id: "theirs"})
    assert chosen.journey.map.find_card("c1").text == "Writes to support"


def test_same_change_on_both_sides_is_no_conflict(base):
    ours, theirs = copies(base)
    ours.map.stages[1].name = theirs.map.stages[1].name = "Free trial"
    assert merge(base, ours, theirs).conflicts == []


def test_a_move_and_an_edit_of_one_card_both_apply(base):
    ours, theirs = copies(base)
    ours.map.find_card("c2").text = "edited"
    moved = theirs.map.find_card("c2")
    moved.step, moved.lane = "t6", "lc"
    result = merge(base, ours, theirs)
    card = result.journey.map.find_card("c2")
    assert result.conflicts == []
    assert (card.text, card.step, card.lane) == ("edited", "t6", "lc")


def test_card_deleted_in_ours_and_edited_in_theirs_comes_back(base):
    ours, theirs = copies(base)
    ours.map.cards.remove(ours.map.find_card("c4"))
    theirs.map.find_card("c4").text = "still needed"
    result = merge(base, ours, theirs)
    assert lines(result) == ['conflict: card "still needed" was deleted in ours and edited in theirs; '
                             'brought back']
    assert result.journey.map.find_card("c4").text == "still needed"
    assert [c.id for c in result.journey.map.cards_in("t2", "la")] == ["c4"]
    stay_deleted = merge(base, ours, theirs, choices={result.conflicts[0].id: "ours"})
    assert stay_deleted.journey.map.find_card("c4") is None


def test_stage_renamed_in_ours_and_deleted_in_theirs_is_kept(base):
    ours, theirs = copies(base)
    ours.map.stages[1].name = "Free trial"
    theirs.map.stages.pop(1)
    theirs.map.cards[:] = [c for c in theirs.map.cards if c.step != "t3"]
    theirs.map.lanes[1].points[:] = [p for p in theirs.map.lanes[1].points if p.step != "t3"]
    result = merge(base, ours, theirs)
    assert 'conflict: stage "Free trial" was deleted in theirs and edited in ours; kept' in lines(result)
    assert result.journey.map.find_stage("s2").name == "Free trial"


def test_card_added_in_a_step_the_other_side_deleted_brings_the_step_back(base):
    ours, theirs = copies(base)
    ours.map.stages[2].steps.pop(2)  # step t6 and its card c9
    ours.map.cards.remove(ours.map.find_card("c9"))
    theirs.map.cards.append(Card(id="new", step="t6", lane="la", text="Pays by card"))
    result = merge(base, ours, theirs)
    assert lines(result) == ['conflict: step (t6) was deleted in ours but card "Pays by card" needs it; '
                             'brought back']
    assert "t6" in result.journey.map.step_ids()
    assert result.journey.map.find_card("new").step == "t6"
    assert result.journey.map.find_card("c9") is None  # untouched in theirs: its deletion holds


def test_emotion_point_changed_on_both_sides(base):
    ours, theirs = copies(base)
    ours.map.lanes[1].points[0].score = -2
    theirs.map.lanes[1].points[0].score = 2
    result = merge(base, ours, theirs)
    assert lines(result) == ['conflict: emotion point on "Discover › step 1" in "Today": score changed '
                             'on both sides (ours -2, theirs 2); kept ours']


def test_persona_and_map_fields_conflict_by_field(base):
    ours, theirs = copies(base)
    ours.map.main_persona.name, theirs.map.main_persona.name = "Ana Lima", "Anna"
    ours.map.main_persona.role = "Designer"
    ours.map.title, theirs.map.title = "Ours", "Theirs"
    result = merge(base, ours, theirs)
    assert lines(result) == [
        'conflict: map: title changed on both sides (ours "Ours", theirs "Theirs"); kept ours',
        'conflict: persona: name changed on both sides (ours "Ana Lima", theirs "Anna"); kept ours',
    ]
    assert result.journey.map.main_persona.role == "Designer"


def test_votes_from_both_sides_add_up(base):
    ours, theirs = copies(base)
    ours.map.find_card("c0").votes = 5  # +3
    theirs.map.find_card("c0").votes = 3  # +1
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    assert result.journey.map.find_card("c0").votes == 6


def test_insertions_in_one_cell_on_both_sides_are_both_kept_in_a_stable_order(base):
    ours, theirs = copies(base)
    ours.map.cards.insert(1, Card(id="o1", step="t1", lane="la", text="ours"))
    theirs.map.cards.insert(1, Card(id="t1c", step="t1", lane="la", text="theirs"))
    ab, ba = merge(base, ours, theirs), merge(base, theirs, ours)
    assert [c.id for c in ab.journey.map.cards_in("t1", "la")] == ["c0", "o1", "t1c", "c1", "c3"]
    assert [c.id for c in ba.journey.map.cards_in("t1", "la")] == ["c0", "t1c", "o1", "c1", "c3"]


def test_stage_reordered_on_one_side_and_added_on_the_other(base):
    ours, theirs = copies(base)
    ours.map.stages.insert(0, ours.map.stages.pop(2))
    theirs.map.stages.append(theirs.map.stages[0].model_copy(
        update={"id": "s4", "name": "Renew", "steps": [theirs.map.stages[0].steps[0].model_copy(update={"id": "t9"})]}))
    result = merge(base, ours, theirs)
    assert [s.id for s in result.journey.map.stages] == ["s3", "s1", "s2", "s4"]


def test_without_a_common_version_every_difference_is_a_conflict_and_keep_both_doubles_cards(base):
    ours, theirs = copies(base)
    ours.map.find_card("c1").text = "ours"
    theirs.map.find_card("c1").text = "theirs"
    theirs.map.cards.append(Card(id="only-theirs", step="t1", lane="la", text="new"))
    result = merge(None, ours, theirs)
    assert result.base == "no common version"
    assert lines(result) == ['conflict: card "ours": text changed on both sides (no common version) '
                             '(ours "ours", theirs "theirs"); kept ours']
    assert result.journey.map.find_card("only-theirs") is not None
    both = merge(None, ours, theirs, keep_both=True)
    cell = [c.text for c in both.journey.map.cards_in("t1", "la")]
    assert cell[:3] == ["card 0", "ours", "theirs"]
    assert "kept both cards" in both.conflicts[0].message


def test_merged_map_shows_every_change_of_both_sides(base):
    ours, theirs = copies(base)
    ours.map.find_card("c5").text = "ours edit"
    ours.map.stages[0].name = "Discovery"
    theirs.map.lanes[1].points[1].score = 1
    theirs.map.cards.remove(theirs.map.find_card("c6"))
    result = merge(base, ours, theirs)
    texts = sorted(d.text for d in diff(base, result.journey))
    assert texts == sorted([
        '~ stage "Discover": renamed to "Discovery"',
        '~ emotion point on "Try" in "Today": score changed from -1 to 1',
        '~ card "card 5": text changed to "ours edit"',
        '- card "card 6" in Buy › step 1 / Channels',
    ])


def test_a_persona_added_on_one_side_and_comments_on_the_other_both_arrive(base):
    from journey_studio.model import CardSource, Comment, Persona

    ours, theirs = copies(base)
    ours.map.personas.append(Persona(id="persona-karim", name="Karim", color="#c2410c"))
    lane = ours.map.emotion_lanes()[0]
    lane.persona, lane.variant = "persona-karim", "toBe"
    theirs.map.find_card("c0").comments = [Comment(author="Claire", text="Still true?")]
    theirs.map.find_card("c0").source = CardSource(kind="survey")
    result = merge(base, ours, theirs)
    m = result.journey.map
    assert [p.name for p in m.personas][1:] == ["Karim"]
    assert (m.find_lane(lane.id).persona, m.find_lane(lane.id).variant) == ("persona-karim", "toBe")
    assert [c.text for c in m.find_card("c0").comments] == ["Still true?"]
    assert m.find_card("c0").source.kind == "survey"
