"""Reordering stages and lanes by dragging their headers; dropping a card kind from the palette."""

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import pytest

from journey_studio.canvas import CARD_KIND_MIME, Selection
from journey_studio.render import style

from canvas_gestures import at, drag, dump


def _header_center(view, item):
    return view.mapFromScene(item.scene_box().center())


def test_dragging_a_stage_header_reorders_the_stages(view, document):
    m = document.journey.map
    order = [s.id for s in m.stages]
    scene = view.map_scene
    first, third = scene.stages[order[0]], scene.stages[order[2]]
    target = third.scene_box()
    before = dump(document)
    drag(view, _header_center(view, first), at(view, target.right() - 5, target.center().y()))
    assert [s.id for s in m.stages] == order[1:3] + [order[0]] + order[3:]
    assert document.undo_stack.count() == 1
    # the headers, steps and cards followed
    assert scene.stages[order[0]].box_rect() == next(s.rect for s in scene.layout.stages if s.stage_id == order[0])
    document.undo_stack.undo()
    assert dump(document) == before


def test_dragging_a_lane_header_reorders_the_lanes(view, document):
    m = document.journey.map
    order = [lane.id for lane in m.lanes]
    scene = view.map_scene
    last = scene.lanes[order[-1]]
    first_box = scene.lanes[order[0]].scene_box()
    drag(view, _header_center(view, last), at(view, first_box.center().x(), first_box.top() + 5))
    assert [lane.id for lane in m.lanes] == [order[-1]] + order[:-1]
    assert document.undo_stack.count() == 1


def _send_drop(view, pos: QPoint, kind: str):
    mime = QMimeData()
    mime.setData(CARD_KIND_MIME, QByteArray(kind.encode()))
    port = view.viewport()
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(port, enter)
    move = QDragMoveEvent(pos, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(port, move)
    shown = view.map_scene.drop_line.isVisible()
    drop = QDropEvent(QPointF(pos), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(port, drop)
    return enter.isAccepted(), shown, drop.isAccepted()


def test_a_palette_drop_creates_a_card_in_the_cell_under_it(view, document):
    m = document.journey.map
    lane = next(lane for lane in m.lanes if lane.kind == "painPoints")
    step = m.stages[1].steps[0]
    cell = view.map_scene.cell_rect((step.id, lane.id))
    before = len(m.cards_in(step.id, lane.id))
    accepted, line_shown, dropped = _send_drop(view, at(view, cell.x + cell.w / 2, cell.bottom - 4), "painPoints")
    assert accepted and line_shown and dropped
    cards = m.cards_in(step.id, lane.id)
    assert len(cards) == before + 1
    assert cards[-1].color is None  # a pain point in the pain-points lane takes the lane's colour
    assert document.undo_stack.count() == 1
    # the new card is selected and open for typing
    assert view.selected_card_ids() == (cards[-1].id,)
    assert view.is_editing()
    QTest.keyClicks(view, "Slow page")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert m.cards_in(step.id, lane.id)[-1].text == "Slow page"
    assert document.undo_stack.count() == 1


def _drop_in_the_middle(view, document):
    """Drop a pain point between the first two cards of a cell that has two or more."""
    m = document.journey.map
    step_id, lane_id = next((s.id, lane.id) for lane in m.lanes if lane.kind not in ("emotions", "painPoints")
                            for s in m.steps() if len(m.cards_in(s.id, lane.id)) >= 2)
    first, second = (view.map_scene.cards[c.id].box_rect() for c in m.cards_in(step_id, lane_id)[:2])
    _send_drop(view, at(view, first.x + first.w / 2, (first.bottom + second.y) / 2), "painPoints")
    return step_id, lane_id


def test_a_dropped_card_and_its_typed_text_are_one_undo_step(view, document):
    m = document.journey.map
    before = dump(document)
    step_id, lane_id = _drop_in_the_middle(view, document)
    old = [c.id for c in m.cards_in(step_id, lane_id)]
    new_id = view.selected_card_ids()[0]
    assert old.index(new_id) == 1  # where it was dropped
    # its editor opens over the new card, in the dropped kind's colour, and is empty
    editor = view.editor()
    assert editor is not None and editor.text() == ""
    box = view.map_scene.cards[new_id].box_rect()
    assert (editor.pos().x(), editor.pos().y()) == (box.x, box.y)
    assert editor._fill.name() == style.lane_colors("painPoints").card.lower()
    QTest.keyClicks(view, "Cannot find the export")
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(view, "button")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not view.is_editing()
    card = m.find_card(new_id)
    assert card.text == "Cannot find the export\nbutton"
    assert card.color == style.lane_colors("painPoints").card
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Add card"
    after = dump(document)
    document.undo_stack.undo()
    assert dump(document) == before and not document.dirty
    document.undo_stack.redo()
    assert dump(document) == after
    # a later edit of the card is a step of its own
    view.select_and_edit_card(new_id)
    QTest.keyClicks(view, "Export hidden")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert document.undo_stack.count() == 2


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return], ids=["Escape", "Enter"])
def test_a_drop_closed_with_nothing_typed_leaves_nothing(view, document, key):
    before = dump(document)
    step_id, lane_id = _drop_in_the_middle(view, document)
    assert view.is_editing() and document.undo_stack.count() == 1
    QTest.keyClick(view, key)
    assert not view.is_editing()
    assert dump(document) == before
    assert document.undo_stack.count() == 0
    assert not document.dirty
    assert view.selection() == Selection.cell(step_id, lane_id)


def test_a_drop_with_only_spaces_typed_leaves_nothing(view, document):
    before = dump(document)
    _drop_in_the_middle(view, document)
    QTest.keyClicks(view, "   ")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert dump(document) == before and document.undo_stack.count() == 0


def test_a_card_kind_dropped_in_another_lane_keeps_its_kind_colour(view, document):
    m = document.journey.map
    lane = next(lane for lane in m.lanes if lane.kind == "actions")
    step = m.stages[0].steps[0]
    cell = view.map_scene.cell_rect((step.id, lane.id))
    _send_drop(view, at(view, cell.x + cell.w / 2, cell.bottom - 4), "opportunities")
    assert m.cards_in(step.id, lane.id)[-1].color == style.lane_colors("opportunities").card
    view.close_editor(commit=False)


def test_other_drags_are_refused(view, document):
    mime = QMimeData()
    mime.setText("hello")
    enter = QDragEnterEvent(QPoint(400, 400), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    assert not enter.isAccepted()
    assert document.undo_stack.count() == 0
