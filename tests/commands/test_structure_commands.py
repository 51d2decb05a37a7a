import pytest


def stage_ids(doc):
    return [s.id for s in doc.map.stages]


def step_ids(doc, stage):
    return [s.id for s in doc.map.find_stage(stage).steps]


def test_add_stage_has_one_unnamed_step(doc, round_trip):
    new = round_trip(lambda: doc.add_stage(1, "Onboard"))
    stage = doc.map.find_stage(new)
    assert stage_ids(doc) == ["s1", new, "s2", "s3"]
    assert stage.name == "Onboard" and len(stage.steps) == 1 and stage.steps[0].name == ""


def test_remove_stage_with_cards_and_points_undoes_exactly(doc, round_trip):
    assert doc.counts_in_stage("s3") == (3, 2)
    round_trip(lambda: doc.delete_stage("s3"))
    assert stage_ids(doc) == ["s1", "s2"]
    assert not any(c.step in {"t4", "t5", "t6"} for c in doc.map.cards)
    assert [p.step for p in doc.map.find_lane("le").points] == ["t1", "t3"]


def test_update_stage(doc, round_trip):
    round_trip(lambda: doc.update_stage("s2", name="Trial", color="#000000", moment_of_truth=True))
    assert doc.map.find_stage("s2").moment_of_truth is True


def test_move_stage(doc, round_trip):
    round_trip(lambda: doc.move_stage("s1", 2))
    assert stage_ids(doc) == ["s2", "s3", "s1"]


def test_add_move_and_remove_steps(doc, round_trip):
    new = round_trip(lambda: doc.add_step("s2", 0, "Sign up"))
    assert step_ids(doc, "s2") == [new, "t3"]
    round_trip(lambda: doc.move_step("t4", "s1", 1))
    assert step_ids(doc, "s1") == ["t1", "t4", "t2"] and step_ids(doc, "s3") == ["t5", "t6"]
    round_trip(lambda: doc.move_step("t6", "s3", 0))
    assert step_ids(doc, "s3") == ["t6", "t5"]
    round_trip(lambda: doc.update_step("t6", name="Pay"))
    round_trip(lambda: doc.delete_step("t5"))
    assert step_ids(doc, "s3") == ["t6"]
    assert all(p.step != "t5" for p in doc.map.find_lane("le").points)


def test_deleting_the_only_step_deletes_the_stage(doc, round_trip):
    round_trip(lambda: doc.delete_step("t3"))
    assert stage_ids(doc) == ["s1", "s3"]


def test_the_only_step_cannot_leave_its_stage(doc):
    with pytest.raises(ValueError, match="at least one step"):
        doc.move_step("t3", "s1", 0)
    assert doc.undo_stack.count() == 0


def test_add_lane_titled_in_the_map_language(doc, round_trip):
    doc.update_map(language="fr")
    new = round_trip(lambda: doc.add_lane("painPoints", 0))
    lane = doc.map.find_lane(new)
    assert doc.map.lanes[0] is lane and lane.title == "Irritants"
    assert doc.map.find_lane(doc.add_lane("metrics", title="KPIs")).title == "KPIs"


def test_remove_lane_with_cards_and_points(doc, round_trip):
    assert doc.counts_in_lane("le") == (0, 3)
    assert doc.counts_in_lane("la") == (8, 0)
    round_trip(lambda: doc.delete_lane("la"))
    round_trip(lambda: doc.delete_lane("le"))
    assert [lane.id for lane in doc.map.lanes] == ["lc", "lf"]


def test_move_hide_and_update_lane(doc, round_trip):
    round_trip(lambda: doc.move_lane("lf", 0))
    assert doc.map.lanes[0].id == "lf"
    round_trip(lambda: doc.set_lane_hidden("lc", True))
    assert doc.map.find_lane("lc").hidden
    assert doc.undo_stack.undoText() == "Hide lane"
    round_trip(lambda: doc.update_lane("lc", title="Where", description="d", color="#123456"))


def test_an_emotions_lane_with_points_keeps_its_kind(doc):
    with pytest.raises(ValueError, match="cannot change kind"):
        doc.update_lane("le", kind="actions")
    doc.update_lane("la", kind="thoughts")
    assert doc.map.find_lane("la").kind == "thoughts"
