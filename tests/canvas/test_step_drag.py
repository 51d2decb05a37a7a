"""Dragging a step header reorders the steps of a stage, or moves the step to another stage."""

from canvas_gestures import at, drag, dump


def _center(view, item):
    return view.mapFromScene(item.scene_box().center())


def _stage_with_steps(document, count=2):
    return next(s for s in document.map.stages if len(s.steps) >= count)


def test_dragging_a_step_header_past_its_neighbour_swaps_them(view, document):
    stage = _stage_with_steps(document)
    first, second = [s.id for s in stage.steps][:2]
    scene = view.map_scene
    target = scene.steps[second].scene_box()
    before = dump(document)
    drag(view, _center(view, scene.steps[first]), at(view, target.right() - 5, target.center().y()))
    assert [s.id for s in stage.steps][:2] == [second, first]
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert dump(document) == before


def test_dragging_a_step_onto_another_stage_moves_it_there(view, document):
    stages = document.map.stages
    source = _stage_with_steps(document)
    target_stage = stages[stages.index(source) + 1]
    moving = source.steps[-1].id
    scene = view.map_scene
    first_of_target = target_stage.steps[0].id
    box = scene.steps[first_of_target].scene_box() if first_of_target in scene.steps else \
        scene.stages[target_stage.id].scene_box()
    drag(view, _center(view, scene.steps[moving]), at(view, box.left() + 5, scene.steps[moving].scene_box().center().y()))
    assert target_stage.steps[0].id == moving
    assert moving not in [s.id for s in source.steps]
