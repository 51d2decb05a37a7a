"""Dragging cards with the mouse: one move_cards per gesture, undo restores the exact model."""

from PySide6.QtCore import QPoint, Qt

from journey_studio.canvas import Selection

from canvas_gestures import at, card_center, click, drag, dump


def _cell_bottom(view, step_id, lane_id):
    cell = view.map_scene.cell_rect((step_id, lane_id))
    return at(view, cell.x + cell.w / 2, cell.bottom - 6)


def _empty_cell(document):
    m = document.journey.map
    for lane in m.lanes:
        if lane.kind == "emotions":
            continue
        for step in m.steps():
            if not m.cards_in(step.id, lane.id):
                return step.id, lane.id
    raise AssertionError("no empty cell")


def test_dragging_a_card_to_another_cell_moves_it_as_one_undo_step(view, document):
    m = document.journey.map
    card = m.cards[0]
    step_id, lane_id = _empty_cell(document)
    before = dump(document)
    count = document.undo_stack.count()
    drag(view, card_center(view, card.id), _cell_bottom(view, step_id, lane_id))
    moved = m.find_card(card.id)
    assert (moved.step, moved.lane) == (step_id, lane_id)
    assert document.undo_stack.count() == count + 1
    after = dump(document)
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after
    # the item followed the model, and the drop line is gone
    item = view.map_scene.cards[card.id]
    assert item.box_rect() == view.map_scene.layout.card(card.id).rect
    assert (item.scenePos().x(), item.scenePos().y()) == (item.box_rect().x, item.box_rect().y)
    assert not view.map_scene.drop_line.isVisible()


def test_dragging_several_selected_cards_is_one_step(view, document):
    m = document.journey.map
    first, second = m.cards[0], m.cards[3]
    click(view, card_center(view, first.id))
    click(view, card_center(view, second.id), Qt.KeyboardModifier.ControlModifier)
    assert set(view.selected_card_ids()) == {first.id, second.id}
    step_id, lane_id = _empty_cell(document)
    before = dump(document)
    count = document.undo_stack.count()
    drag(view, card_center(view, second.id), _cell_bottom(view, step_id, lane_id))
    assert [c.id for c in m.cards_in(step_id, lane_id)] == [first.id, second.id]
    assert document.undo_stack.count() == count + 1
    document.undo_stack.undo()
    assert dump(document) == before


def test_dragging_a_card_below_its_neighbour_reorders_the_cell(view, document):
    m = document.journey.map
    step_id, lane_id = next((c.step, c.lane) for c in m.cards if len(m.cards_in(c.step, c.lane)) >= 2)
    top, below = m.cards_in(step_id, lane_id)[:2]
    target = view.map_scene.cards[below.id].scene_box()
    drag(view, card_center(view, top.id), at(view, target.center().x(), target.bottom() - 2))
    assert [c.id for c in m.cards_in(step_id, lane_id)][:2] == [below.id, top.id]


def test_a_click_without_moving_changes_nothing(view, document):
    card = document.journey.map.cards[2]
    count = document.undo_stack.count()
    drag(view, card_center(view, card.id), card_center(view, card.id) + QPoint(2, 1))
    assert document.undo_stack.count() == count
    assert view.selection() == Selection.cards([card.id])


def test_escape_during_a_drag_puts_the_cards_back(view, document, qtbot):
    from PySide6.QtTest import QTest

    card = document.journey.map.cards[0]
    item = view.map_scene.cards[card.id]
    home = item.scenePos()
    start = card_center(view, card.id)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.viewport(), start + QPoint(40, 40))
    QTest.mouseMove(view.viewport(), start + QPoint(150, 160))
    assert item.scenePos() != home
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert item.scenePos() == home
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(150, 160))
    assert document.undo_stack.count() == 0


def test_rubber_band_selects_the_cards_it_touches(view, document):
    m = document.journey.map
    layout = view.map_scene.layout
    first_step = layout.steps[0]
    # from the top-left of the first step's first lane down over two lanes
    lane_a, lane_b = layout.lanes[0], layout.lanes[1]
    start = at(view, first_step.rect.x + 3, lane_a.row.y + 3)
    end = at(view, first_step.rect.right - 3, lane_b.row.bottom - 3)
    drag(view, start, end)
    expected = {c.id for c in m.cards if c.step == first_step.step_id and c.lane in (lane_a.lane_id, lane_b.lane_id)}
    assert expected and set(view.selected_card_ids()) == expected


def test_no_relayout_happens_while_dragging(view, document, monkeypatch):
    from PySide6.QtTest import QTest

    import journey_studio.canvas.scene as scene_module

    calls = []
    real = scene_module.layout_map
    monkeypatch.setattr(scene_module, "layout_map", lambda *a, **k: calls.append(1) or real(*a, **k))
    card = document.journey.map.cards[0]
    start = card_center(view, card.id)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, 20):
        QTest.mouseMove(view.viewport(), start + QPoint(i * 12, i * 9))
    assert calls == []
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(19 * 12, 19 * 9))
    assert len(calls) == 1  # one relayout, on the drop


def test_a_dragged_card_is_over_the_cards_of_every_row_and_back_in_its_row_after(view, document):
    from PySide6.QtTest import QTest

    from journey_studio.canvas.card_item import CardItem

    scene = view.map_scene
    card = document.journey.map.cards[0]
    item = scene.cards[card.id]
    row = scene.card_rows[card.lane]
    other = next(c for c in document.journey.map.cards if c.lane != card.lane
                 and scene.layout.lanes.index(next(x for x in scene.layout.lanes if x.lane_id == c.lane))
                 > scene.layout.lanes.index(next(x for x in scene.layout.lanes if x.lane_id == card.lane)))
    start, target = card_center(view, card.id), card_center(view, other.id)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(view.viewport(), start + QPoint(10, 10))
    QTest.mouseMove(view.viewport(), target)
    under = [i for i in scene.items(view.mapToScene(target)) if isinstance(i, CardItem)]
    assert under[0] is item and scene.cards[other.id] in under  # over the card of a row below
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert item.parentItem() is row and item.box_rect() == scene.layout.card(card.id).rect
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
