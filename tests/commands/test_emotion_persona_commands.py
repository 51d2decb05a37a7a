import pytest
from sample_maps import png_asset

from journey_studio.commands import SetFieldsCommand, Target


def points(doc, lane):
    return [(p.step, p.score, p.label) for p in doc.map.find_lane(lane).points]


def test_add_point_in_step_order_and_change_it(doc, round_trip):
    round_trip(lambda: doc.set_point("le", "t2", 0.5, "doubt"))
    assert [p[0] for p in points(doc, "le")] == ["t1", "t2", "t3", "t5"]
    round_trip(lambda: doc.set_point("le", "t1", -1))
    assert points(doc, "le")[0] == ("t1", -1, "joy")


def test_point_scores_are_clamped_to_the_scale(doc):
    doc.set_point("le", "t6", 99)
    assert points(doc, "le")[-1] == ("t6", 2, "")


def test_remove_point(doc, round_trip):
    round_trip(lambda: doc.remove_point("le", "t3"))
    assert [p[0] for p in points(doc, "le")] == ["t1", "t5"]


def test_scale_change_rescales_every_point_in_one_step(doc, round_trip):
    round_trip(lambda: doc.set_emotion_scale(0, 10))
    assert (doc.map.emotion_scale.min, doc.map.emotion_scale.max) == (0, 10)
    assert [p[1] for p in points(doc, "le")] == [7.5, 2.5, 0]
    assert [p[1] for p in points(doc, "lf")] == [10, 6.25]


def test_points_only_in_emotion_lanes(doc):
    with pytest.raises(ValueError, match="not an emotions lane"):
        doc.set_point("la", "t1", 1)
    with pytest.raises(ValueError, match="no step"):
        doc.set_point("le", "nowhere", 1)
    with pytest.raises(ValueError, match="not a finite number"):
        doc.set_point("le", "t1", float("nan"))
    assert doc.undo_stack.count() == 0


def test_persona_fields(doc, round_trip):
    round_trip(lambda: doc.update_persona(name="Bea", age=34, goals=["save time"], quote="Hi"))
    assert doc.map.main_persona.goals == ["save time"]


def test_persona_photo_replaced_then_undone_restores_the_old_asset(doc, round_trip):
    round_trip(lambda: doc.set_persona_photo(png_asset("blue")))
    photo = doc.map.main_persona.photo
    assert photo != "asset-1" and list(doc.journey.assets) == [photo]
    round_trip(lambda: doc.set_persona_photo(None))
    assert doc.map.main_persona.photo is None and doc.journey.assets == {}


def test_update_map(doc, round_trip):
    round_trip(lambda: doc.update_map(title="T", description="D", language="fr"))
    with pytest.raises(ValueError, match="cannot be set"):
        doc.update_map(stages=[])


def test_typing_merges_into_one_step_until_sealed(doc):
    for text in ("H", "He", "Hel"):
        doc.update_card("c2", text=text, merge=True)
    assert doc.undo_stack.count() == 1
    doc.update_card("c2", color="#000000", merge=True)  # another field: a new step
    assert doc.undo_stack.count() == 2
    doc.seal_edit()
    doc.update_card("c2", color="#111111", merge=True)
    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo(), doc.undo_stack.undo(), doc.undo_stack.undo()
    assert doc.map.find_card("c2").text == "card 2" and doc.map.find_card("c2").color is None


def test_typing_into_two_different_cards_is_two_undo_steps(doc):
    doc.update_card("c2", text="first", merge=True)
    doc.update_card("c4", text="second", merge=True)  # same field, another card
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.map.find_card("c4").text == "card 4" and doc.map.find_card("c2").text == "first"
    doc.undo_stack.undo()
    assert doc.map.find_card("c2").text == "card 2"


def test_merging_back_to_the_old_value_drops_the_step(doc):
    doc.update_card("c2", text="x", merge=True)
    doc.update_card("c2", text="card 2", merge=True)
    assert doc.undo_stack.count() == 0 and not doc.dirty


def test_field_command_finds_its_target_by_id_when_it_runs(doc):
    command = SetFieldsCommand(doc.journey, Target("card", "c5"), {"text": "A"})
    doc.undo_stack.push(command)
    doc.move_cards(["c5"], "t6", "lc")
    doc.undo_stack.undo(), doc.undo_stack.undo()
    assert doc.map.find_card("c5").text == "card 5"
