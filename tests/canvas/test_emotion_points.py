"""Emotion points on the canvas, with real mouse gestures and keys on the view's viewport."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from journey_studio.canvas import Selection
from journey_studio.canvas.emotion_items import EmotionPointItem, ValueTagItem

from canvas_gestures import at, click, drag, dump

LANE = "lane-emotions"
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def point_score(document, step_id, lane_id=LANE):
    lane = document.journey.map.find_lane(lane_id)
    return next((p.score for p in lane.points if p.step == step_id), None)


def face_center(view, step_id, lane_id=LANE) -> QPoint:
    return view.mapFromScene(view.map_scene.points[(lane_id, step_id)].scene_box().center())


def curve(view, lane_id=LANE):
    return view.map_scene.curves[lane_id].curve


def view_y_of(view, score, lane_id=LANE) -> int:
    """The viewport y where ``score`` is drawn."""
    return view.mapFromScene(QPointF(0, curve(view, lane_id).y_of(score))).y()


def test_a_click_on_a_face_selects_the_point_and_changes_nothing(view, document):
    before = dump(document)
    click(view, face_center(view, "step-reviews"))
    assert view.selection() == Selection.point(LANE, "step-reviews")
    assert view.map_scene.points[(LANE, "step-reviews")].is_selected()
    assert dump(document) == before and document.undo_stack.count() == 0


def test_dragging_a_point_snaps_to_a_whole_step_in_one_undo_step(view, document):
    start = face_center(view, "step-reviews")  # -0.5
    before = dump(document)
    # aim at +1.3: the point lands on +1
    drag(view, start, QPoint(start.x() + 3, view_y_of(view, 1.3)))
    assert point_score(document, "step-reviews") == 1
    assert document.undo_stack.count() == 1
    after = dump(document)
    assert [p for p in after["map"]["lanes"] if p["id"] == LANE][0]["points"][3]["label"] == "doubt"
    document.undo_stack.undo()
    assert dump(document) == before
    document.undo_stack.redo()
    assert dump(document) == after
    # the face moved to its new height and stays selected
    item = view.map_scene.points[(LANE, "step-reviews")]
    assert abs(item.box_rect().center[1] - curve(view).y_of(1)) < 1e-6
    assert view.selection() == Selection.point(LANE, "step-reviews")


def test_a_drag_past_the_top_stops_at_the_scale_maximum(view, document):
    start = face_center(view, "step-newsletter")
    drag(view, start, QPoint(start.x(), view_y_of(view, 9)))
    assert point_score(document, "step-newsletter") == 2


def test_alt_drag_gives_a_free_value_rounded_to_a_tenth(view, document):
    start = face_center(view, "step-sees-ad")  # 0
    drag(view, start, QPoint(start.x(), view_y_of(view, 1.3)), modifiers=ALT)
    score = point_score(document, "step-sees-ad")
    assert abs(score - 1.3) <= 0.1 + 1e-9
    assert round(score, 1) == score and score != round(score)
    assert document.undo_stack.count() == 1


def test_shift_drag_snaps_to_half_steps(view, document):
    start = face_center(view, "step-sees-ad")  # 0
    drag(view, start, QPoint(start.x(), view_y_of(view, 1.35)), modifiers=SHIFT)
    assert point_score(document, "step-sees-ad") == 1.5
    assert document.undo_stack.count() == 1


def test_shift_up_and_down_change_the_score_by_half_a_step(view, document):
    click(view, face_center(view, "step-sees-ad"))  # 0
    QTest.keyClick(view, Qt.Key.Key_Up, SHIFT)
    assert point_score(document, "step-sees-ad") == 0.5
    QTest.keyClick(view, Qt.Key.Key_Up, SHIFT)
    assert point_score(document, "step-sees-ad") == 1
    QTest.keyClick(view, Qt.Key.Key_Down, SHIFT)
    QTest.keyClick(view, Qt.Key.Key_Down, SHIFT)
    QTest.keyClick(view, Qt.Key.Key_Down, SHIFT)
    assert point_score(document, "step-sees-ad") == -0.5
    assert document.undo_stack.count() == 5


def test_the_value_shows_beside_the_face_while_dragging_and_esc_cancels(view, document):
    before = dump(document)
    item = view.map_scene.points[(LANE, "step-reviews")]
    home = item.box_rect()
    curve_shapes = view.map_scene.curves[LANE].shapes()
    start = face_center(view, "step-reviews")
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for y in (start.y() - 10, view_y_of(view, 2)):
        QTest.mouseMove(port, QPoint(start.x(), y))
    tags = [i for i in view.map_scene.items() if isinstance(i, ValueTagItem)]
    assert [t.text() for t in tags] == ["+2"]
    assert abs(item.box_rect().center[1] - curve(view).y_of(2)) < 1e-6  # the face follows the snapped value
    assert view.map_scene.curves[LANE].shapes() != curve_shapes  # and the curve follows the face
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(start.x(), 5))
    assert dump(document) == before and document.undo_stack.count() == 0
    assert item.box_rect() == home and view.map_scene.curves[LANE].shapes() == curve_shapes
    assert not [i for i in view.map_scene.items() if isinstance(i, ValueTagItem)]


def test_a_click_on_an_empty_step_of_the_curve_adds_a_point_there(view, document):
    document.remove_point(LANE, "step-sales-call")
    document.undo_stack.clear()
    cell = view.map_scene.cell_rect(("step-sales-call", LANE))
    # near -1 (a little off): the new point lands on -1, with no word yet
    click(view, at(view, cell.center[0] + 40, curve(view).y_of(-1.2)))
    assert point_score(document, "step-sales-call") == -1
    assert document.undo_stack.count() == 1
    assert view.selection() == Selection.point(LANE, "step-sales-call")
    document.undo_stack.undo()
    assert point_score(document, "step-sales-call") is None


def test_a_click_on_the_curve_band_of_a_step_with_a_point_selects_it(view, document):
    cell = view.map_scene.cell_rect(("step-reviews", LANE))
    click(view, at(view, cell.x + 20, curve(view).y_of(2)))
    assert view.selection() == Selection.point(LANE, "step-reviews")
    assert document.undo_stack.count() == 0


def test_hovering_an_empty_step_shows_where_a_point_would_go(view, document):
    document.remove_point(LANE, "step-sales-call")
    cell = view.map_scene.cell_rect(("step-sales-call", LANE))
    QTest.mouseMove(view.viewport(), at(view, cell.center[0], curve(view).y_of(0.8)))
    hint = view.map_scene.point_hint
    assert hint.isVisible()
    assert abs(hint.pos().y() - curve(view).y_of(1)) < 1e-6 and abs(hint.pos().x() - cell.center[0]) < 1e-6
    QTest.mouseMove(view.viewport(), face_center(view, "step-reviews"))
    assert not hint.isVisible()


def test_delete_removes_the_selected_point_in_one_undo_step(view, document):
    click(view, face_center(view, "step-reviews"))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert point_score(document, "step-reviews") is None
    assert (LANE, "step-reviews") not in view.map_scene.points
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert point_score(document, "step-reviews") == -0.5


def test_up_and_down_change_the_score_by_one_step_and_stop_at_the_ends(view, document):
    click(view, face_center(view, "step-reviews"))  # -0.5
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert point_score(document, "step-reviews") == 0  # a free value goes to the next whole step
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert point_score(document, "step-reviews") == 2
    assert document.undo_stack.count() == 3  # the last Up at +2 changed nothing
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert point_score(document, "step-reviews") == 1
    assert view.selection() == Selection.point(LANE, "step-reviews")


def test_each_face_has_a_tooltip_with_value_scale_and_word(view):
    item = view.map_scene.points[(LANE, "step-reviews")]
    assert isinstance(item, EmotionPointItem)
    assert item.toolTip() == "\u22120.5 on \u22122\u2026+2 \u00b7 doubt"
    assert view.map_scene.points[(LANE, "step-reads-blog")].toolTip() == "+1 on \u22122\u2026+2 \u00b7 curiosity"


def test_a_scale_change_rescales_the_points_and_undo_restores(view, document):
    before = dump(document)
    document.set_emotion_scale(0, 10)
    assert point_score(document, "step-reads-blog") == 7.5  # +1 on -2..+2 is three quarters up
    assert document.undo_stack.count() == 1
    assert view.map_scene.points[(LANE, "step-reads-blog")].toolTip().startswith("7.5 on 0\u202610")
    # the face did not move: same proportion, same height
    click(view, face_center(view, "step-reads-blog"))
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert point_score(document, "step-reads-blog") == 8
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert dump(document) == before


def test_several_emotion_lanes_are_dragged_separately(view, document):
    target = document.add_lane("emotions", title="Target")
    document.set_point(target, "step-reviews", 2)
    document.undo_stack.clear()
    start = face_center(view, "step-reviews", target)
    drag(view, start, QPoint(start.x(), view_y_of(view, 0, target)))
    assert point_score(document, "step-reviews", target) == 0
    assert point_score(document, "step-reviews") == -0.5
    assert curve(view).color != curve(view, target).color
    assert view.map_scene.points[(target, "step-reviews")].toolTip() == "Target: 0 on \u22122\u2026+2"


def test_left_and_right_walk_the_points_of_the_lane(view, document):
    click(view, face_center(view, "step-reviews"))
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selection() == Selection.point(LANE, "step-trial-start")
    QTest.keyClick(view, Qt.Key.Key_Left)
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert view.selection() == Selection.point(LANE, "step-newsletter")
    assert document.undo_stack.count() == 0


def test_a_read_only_map_neither_moves_points_nor_offers_to_add_one(view, document):
    document.remove_point(LANE, "step-sales-call")
    document.undo_stack.clear()
    document.read_only = True
    before = dump(document)
    start = face_center(view, "step-reviews")
    drag(view, start, QPoint(start.x(), view_y_of(view, 2)))
    cell = view.map_scene.cell_rect(("step-sales-call", LANE))
    QTest.mouseMove(view.viewport(), at(view, cell.center[0], curve(view).y_of(0)))
    assert not view.map_scene.point_hint.isVisible()
    assert dump(document) == before
