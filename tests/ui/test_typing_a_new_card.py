"""Double-click on an empty spot: the new card exists while it is typed (the inspector shows
it), adding + typing is one undo step, and Esc with nothing typed leaves no trace."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journey_studio.canvas import SelectionKind
from journey_studio.document import Document
from journey_studio.fileformat import load
from journey_studio.ui.main_window import MainWindow

from stub_host import StubHost
from support import EXAMPLES

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def window(qtbot, tmp_path):
    source = next(p for p in EXAMPLES if "saas" in p.name)
    path = tmp_path / source.name
    shutil.copy(source, path)
    made = MainWindow(Document.from_journey(load(path), str(path)), StubHost())
    qtbot.addWidget(made, before_close_func=lambda w: w.document.undo_stack.setClean())
    made.resize(1400, 900)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    made.view.set_zoom(0.6)
    return made


def _double_click_an_empty_cell(window) -> tuple[str, str]:
    view, m = window.view, window.document.map
    step_id, lane_id = next((s.id, lane.id) for lane in m.lanes if lane.kind not in ("emotions", "stages")
                            for s in m.steps() if not m.cards_in(s.id, lane.id))
    view.select_card(m.cards[0].id)  # something else is selected first
    cell = view.map_scene.cell_rect((step_id, lane_id))
    view.centerOn(QPointF(cell.x + cell.w / 2, cell.y + cell.h / 2))
    spot = view.mapFromScene(QPointF(cell.x + cell.w / 2, cell.bottom - 8))
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
    assert view.is_editing()
    return step_id, lane_id


def test_the_inspector_shows_the_card_being_typed_and_adding_it_is_one_undo_step(window):
    document, view, inspector = window.document, window.view, window.inspector
    stack = document.undo_stack
    before = stack.count()
    step_id, lane_id = _double_click_an_empty_cell(window)
    [card] = document.map.cards_in(step_id, lane_id)
    assert inspector.current_form() is inspector.forms["card"]  # not the lane's form
    assert inspector.current_form().obj().id == card.id
    assert inspector.heading.text() == inspector.forms["card"].title
    QTest.keyClicks(view, "Compares the plans")
    assert view.is_editing()  # the inspector did not take the keyboard
    text_field = inspector.forms["card"].text_binding.widget
    assert text_field.toPlainText() == "Compares the plans"  # shown as it is typed,
    assert card.text == "" and stack.count() == before + 1  # written when the typing ends
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not view.is_editing()
    assert [c.text for c in document.map.cards_in(step_id, lane_id)] == ["Compares the plans"]
    assert stack.count() == before + 1 and stack.undoText() == "Add card"
    assert view.selected_card_ids() == (card.id,)
    document.update_card(card.id, tags=["pricing"], merge=True)  # a later edit is a step of its own
    assert stack.count() == before + 2
    stack.undo()
    stack.undo()
    assert document.map.cards_in(step_id, lane_id) == []
    assert inspector.current_form() is not inspector.forms["card"]
    stack.redo()
    assert [c.text for c in document.map.cards_in(step_id, lane_id)] == ["Compares the plans"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_leaving_the_new_card_empty_leaves_no_card_and_no_undo_step(window, key):
    document, view, inspector = window.document, window.view, window.inspector
    stack = document.undo_stack
    cards, count, index = len(document.map.cards), stack.count(), stack.index()
    step_id, lane_id = _double_click_an_empty_cell(window)
    assert len(document.map.cards) == cards + 1
    QTest.keyClick(view, key)
    assert not view.is_editing()
    assert len(document.map.cards) == cards and document.map.cards_in(step_id, lane_id) == []
    assert (stack.count(), stack.index()) == (count, index) and not document.dirty
    selection = view.selection()
    assert (selection.kind, selection.step_id, selection.lane_id) == (SelectionKind.CELL, step_id, lane_id)
    assert inspector.current_form() is inspector.forms["lane"]


def test_escape_after_typing_cancels_the_new_card(window):
    document, view = window.document, window.view
    count = document.undo_stack.count()
    step_id, lane_id = _double_click_an_empty_cell(window)
    QTest.keyClicks(view, "Never mind")
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert document.map.cards_in(step_id, lane_id) == [] and document.undo_stack.count() == count


def test_escape_on_a_card_being_retyped_shows_its_text_again_in_the_inspector(window):
    document, view, inspector = window.document, window.view, window.inspector
    card = document.map.cards[0]
    view.select_card(card.id)
    QTest.keyClick(view, Qt.Key.Key_F2)
    QTest.keyClicks(view, " and something else")  # the caret is after the card's text
    text_field = inspector.forms["card"].text_binding.widget
    assert text_field.toPlainText() == card.text + " and something else"
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert text_field.toPlainText() == card.text and document.undo_stack.count() == 0


def test_the_undo_button_while_a_new_card_is_typed_takes_the_card_back_quietly(window, qtbot):
    document, view = window.document, window.view
    refused = []
    view.edit_refused.connect(refused.append)
    step_id, lane_id = _double_click_an_empty_cell(window)
    QTest.keyClicks(view, "Half typed")
    window.window_actions.undo.trigger()  # a toolbar button: the editor keeps the keyboard
    assert document.map.cards_in(step_id, lane_id) == []
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert not view.is_editing() and document.map.cards_in(step_id, lane_id) == [] and refused == []
