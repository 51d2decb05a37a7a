"""Inline editing and the keyboard: F2/Enter/Esc, Enter on a cell, arrows, Tab, Delete."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journey_studio.canvas import Selection, SelectionKind

from canvas_gestures import at, card_center, dump


def _type(view, text):
    QTest.keyClicks(view, text)


def _clear_editor(view):
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Delete)


def test_f2_type_enter_edits_a_card_in_one_step(view, document):
    card = document.journey.map.cards[1]
    view.select(Selection.cards([card.id]))
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.is_editing()
    _clear_editor(view)
    _type(view, "Reads <b>two</b> posts")
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    _type(view, "then signs up")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not view.is_editing()
    assert document.journey.map.find_card(card.id).text == "Reads <b>two</b> posts\nthen signs up"
    assert document.undo_stack.count() == 1
    # the card's text is plain: the layout shows the tags as typed
    assert view.map_scene.layout.card(card.id).lines[0].startswith("Reads <b>two</b>")


def test_escape_cancels_the_edit(view, document):
    card = document.journey.map.cards[1]
    before = dump(document)
    view.select(Selection.cards([card.id]))
    QTest.keyClick(view, Qt.Key.Key_F2)
    _type(view, "nothing of this")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not view.is_editing()
    assert dump(document) == before
    assert document.undo_stack.count() == 0


def test_double_click_on_a_card_edits_it(view, document, qtbot):
    card = document.journey.map.cards[0]
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      card_center(view, card.id))
    assert view.is_editing()
    _clear_editor(view)
    _type(view, "Sees a banner")
    QTest.keyClick(view, Qt.Key.Key_Enter)
    assert document.journey.map.find_card(card.id).text == "Sees a banner"


def test_enter_or_f2_on_a_card_puts_the_caret_after_its_text_so_typing_adds(view, document):
    m = document.journey.map
    for key in (Qt.Key.Key_Return, Qt.Key.Key_F2):
        card = m.cards[1]
        before = card.text
        view.select(Selection.cards([card.id]))
        QTest.keyClick(view, key)
        assert view.is_editing()
        _type(view, " ok")  # a keystroke never wipes the text
        QTest.keyClick(view, Qt.Key.Key_Return)
        assert not view.is_editing()
        assert m.find_card(card.id).text == before + " ok"


def _empty_cell(document):
    m = document.journey.map
    return next((s.id, lane.id) for lane in m.lanes if lane.kind != "emotions"
                for s in m.steps() if not m.cards_in(s.id, lane.id))


def test_double_click_on_an_empty_spot_adds_a_card_and_edits_it(view, document):
    step_id, lane_id = _empty_cell(document)
    cell = view.map_scene.cell_rect((step_id, lane_id))
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      at(view, cell.x + cell.w / 2, cell.y + cell.h / 2))
    assert view.is_editing()
    _type(view, "A new note")
    QTest.keyClick(view, Qt.Key.Key_Return)
    cards = document.journey.map.cards_in(step_id, lane_id)
    assert [c.text for c in cards] == ["A new note"]
    assert document.undo_stack.count() == 1
    assert view.selected_card_ids() == (cards[0].id,)


def test_enter_on_a_selected_cell_adds_a_card_and_esc_adds_nothing(view, document):
    step_id, lane_id = _empty_cell(document)
    view.select(Selection.cell(step_id, lane_id))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.is_editing()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert document.undo_stack.count() == 0
    QTest.keyClick(view, Qt.Key.Key_Return)
    _type(view, "Typed")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert [c.text for c in document.journey.map.cards_in(step_id, lane_id)] == ["Typed"]


def test_renaming_a_stage_by_double_clicking_its_header(view, document):
    stage = document.journey.map.stages[0]
    header = view.map_scene.stages[stage.id].scene_box()
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      view.mapFromScene(header.center()))
    assert view.is_editing()
    _type(view, "Discovery")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert document.journey.map.stages[0].name == "Discovery"
    assert document.undo_stack.count() == 1


def test_f2_renames_a_lane(view, document):
    lane = document.journey.map.lanes[0]
    view.select(Selection.lane(lane.id))
    QTest.keyClick(view, Qt.Key.Key_F2)
    _type(view, "Doing")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert document.journey.map.lanes[0].title == "Doing"


def test_delete_then_undo_brings_the_cards_back(view, document):
    m = document.journey.map
    ids = [m.cards[0].id, m.cards[4].id]
    before = dump(document)
    view.select(Selection.cards(ids))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert all(m.find_card(i) is None for i in ids)
    assert all(i not in view.map_scene.cards for i in ids)
    assert view.selection() == Selection()  # the deleted cards left the selection
    document.undo_stack.undo()
    assert dump(document) == before
    assert all(i in view.map_scene.cards for i in ids)


def test_down_reaches_the_cells_cards_first_then_the_next_lane_one_press_each(view, document):
    m = document.journey.map
    layout = view.map_scene.layout
    lanes = [lane.lane_id for lane in layout.lanes]
    step = next(s.step_id for s in layout.steps if m.cards_in(s.step_id, lanes[0]))  # a step with cards in lane 1
    QTest.keyClick(view, Qt.Key.Key_Down)  # nothing selected: the first cell
    assert view.selection() == Selection.cell(layout.steps[0].step_id, lanes[0])
    view.select(Selection.cell(step, lanes[0]))
    expected = []
    for lane in lanes[:3]:
        if lane != lanes[0]:
            expected.append(Selection.cell(step, lane))
        expected += [Selection.cards([c.id]) for c in m.cards_in(step, lane)]
    walked = []
    for _ in expected:
        QTest.keyClick(view, Qt.Key.Key_Down)
        walked.append(view.selection())
    assert walked == expected
    for stop in reversed([Selection.cell(step, lanes[0])] + expected[:-1]):
        QTest.keyClick(view, Qt.Key.Key_Up)
        assert view.selection() == stop
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selection() == Selection.cell(layout.steps[layout.steps.index(
        next(s for s in layout.steps if s.step_id == step)) + 1].step_id, lanes[0])


def test_tab_walks_cells_and_their_cards_in_reading_order_and_shift_tab_back(view, document):
    m = document.journey.map
    layout = view.map_scene.layout
    lane = layout.lanes[0].lane_id
    steps = [s.step_id for s in layout.steps]
    order = []
    for step in steps:
        order.append(Selection.cell(step, lane))
        order += [Selection.cards([c.id]) for c in m.cards_in(step, lane)]
    order.append(Selection.cell(steps[0], layout.lanes[1].lane_id))  # then the next lane
    view.select(order[0])
    for stop in order[1:]:
        QTest.keyClick(view, Qt.Key.Key_Tab)
        assert view.selection() == stop
    for stop in reversed(order[:-1]):
        QTest.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert view.selection() == stop


def test_selection_signal_and_card_selection_by_click(view, document, qtbot):
    card = document.journey.map.cards[2]
    with qtbot.waitSignal(view.selection_changed) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         card_center(view, card.id))
    assert blocker.args[0].kind == SelectionKind.CARDS
    assert view.map_scene.cards[card.id].is_selected()
