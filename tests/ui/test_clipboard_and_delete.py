"""Cut, copy and paste of cards between windows; plain text paste; delete that asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from journey_studio import clipboard_format
from journey_studio.canvas.selection import Selection
from journey_studio.document import Document
from journey_studio.model import LaneKind
from journey_studio.ui import edit_operations as ops

pytestmark = pytest.mark.usefixtures("no_real_dialogs")

Button = QMessageBox.StandardButton


def _cell(document: Document, lane_kind=LaneKind.ACTIONS, step=0):
    m = document.map
    lane = next(lane for lane in m.lanes if lane.kind == lane_kind)
    return m.step_ids()[step], lane.id


def test_copy_paste_between_two_windows_keeps_fields_with_fresh_ids(qtbot, open_windows):
    source = open_windows.new_map("blank", "en")
    source.document.update_map(title="Source")  # not pristine: the next New opens a second window
    target = source.new_map("blank", "en")
    assert target is not source
    step, lane = _cell(source.document)
    card_id = source.document.add_card(step, lane, "Signs up", owner="Growth", tags=["web"], votes=3)
    source.view.select(Selection.cards([card_id]))
    source.copy()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat(clipboard_format.MIME_TYPE) and mime.text() == "Signs up"

    t_step, t_lane = _cell(target.document, LaneKind.PAIN_POINTS, step=1)
    target.view.select(Selection.cell(t_step, t_lane))
    target.paste()
    pasted = target.document.map.cards_in(t_step, t_lane)
    assert [(c.text, c.owner, c.tags, c.votes) for c in pasted] == [("Signs up", "Growth", ["web"], 3)]
    assert pasted[0].id != card_id
    assert target.view.selection() == Selection.cards([pasted[0].id])
    assert target.document.undo_stack.count() == 1  # one paste, one undo step


def test_plain_text_paste_makes_one_card_per_line(qtbot, open_windows):
    window = open_windows.new_map("blank", "en")
    step, lane = _cell(window.document)
    window.view.select(Selection.cell(step, lane))
    mime = QMimeData()
    mime.setText("Compare plans\n\n- Ask a colleague\n• Book a demo\n")
    QApplication.clipboard().setMimeData(mime)
    window.paste()
    texts = [c.text for c in window.document.map.cards_in(step, lane)]
    assert texts == ["Compare plans", "Ask a colleague", "Book a demo"]
    window.document.undo_stack.undo()
    assert window.document.map.cards_in(step, lane) == []


def test_paste_goes_after_the_selected_card(qtbot):
    document = Document.new("blank", "en")
    step, lane = _cell(document)
    first, last = document.add_card(step, lane, "first"), document.add_card(step, lane, "last")
    mime = QMimeData()
    mime.setText("middle")
    pasted = ops.paste(document, Selection.cards([first]), mime)
    assert [c.text for c in document.map.cards_in(step, lane)] == ["first", "middle", "last"]
    assert [c.id for c in document.map.cards_in(step, lane)] == [first, *pasted, last]  # new id, between
    document.undo_stack.clear()


def test_cut_removes_the_cards_in_one_undo_step(qtbot, open_windows):
    window = open_windows.new_map("blank", "en")
    step, lane = _cell(window.document)
    ids = [window.document.add_card(step, lane, t) for t in ("a", "b")]
    window.view.select(Selection.cards(ids))
    count = window.document.undo_stack.count()
    window.cut()
    assert window.document.map.cards == []
    assert QApplication.clipboard().mimeData().text() == "a\nb"
    window.document.undo_stack.undo()
    assert [c.text for c in window.document.map.cards] == ["a", "b"]
    assert window.document.undo_stack.count() == count + 1


def test_paste_of_nothing_useful_is_a_status_message(qtbot, open_windows):
    window = open_windows.new_map("blank", "en")
    QApplication.clipboard().setMimeData(QMimeData())
    window.paste()
    assert window.document.map.cards == []
    assert "nothing" in window.statusBar().currentMessage().lower()


def test_deleting_a_stage_with_cards_asks_with_counts_and_undo_restores(qtbot, open_windows, messages):
    window = open_windows.new_map("blank", "en")
    document = window.document
    stage = document.map.stages[0]
    step = stage.steps[0].id
    for text in ("a", "b"):
        document.add_card(step, _cell(document)[1], text)
    emotions = next(lane for lane in document.map.lanes if lane.kind == LaneKind.EMOTIONS)
    document.set_point(emotions.id, step, 1)
    before = document.journey.model_dump()
    window.view.select(Selection.stage(stage.id))

    messages.answers.append(Button.Cancel)
    window.delete_selection()
    assert "2 cards and 1 emotion point" in messages.shown[-1][1]
    assert document.journey.model_dump() == before

    messages.answers.append(Button.Yes)
    window.delete_selection()
    assert document.map.find_stage(stage.id) is None and document.map.cards == []
    document.undo_stack.undo()
    assert document.journey.model_dump() == before


def test_deleting_an_empty_lane_does_not_ask(qtbot, open_windows):
    window = open_windows.new_map("blank", "en")
    lane = window.document.map.lanes[-1]
    window.view.select(Selection.lane(lane.id))
    window.delete_selection()  # no_real_dialogs would fail the test if it asked
    assert window.document.map.find_lane(lane.id) is None


def test_palette_click_adds_a_card_in_a_lane_of_that_kind(qtbot, open_windows):
    window = open_windows.new_map("blank", "en")
    document = window.document
    step = document.map.step_ids()[2]
    window.view.select(Selection.step(step))
    tile = next(t for t in window.card_palette.tiles if t.kind == LaneKind.PAIN_POINTS)
    tile.click()
    card = document.map.cards[0]
    assert document.map.find_lane(card.lane).kind == LaneKind.PAIN_POINTS and card.step == step
    assert bytes(tile.mime_data().data("application/x-journey-studio-card-kind")) == b"painPoints"
    # a kind with no lane yet: the lane is added with the card, in one undo step
    next(t for t in window.card_palette.tiles if t.kind == LaneKind.BACKSTAGE).click()
    assert any(lane.kind == LaneKind.BACKSTAGE for lane in document.map.lanes)
    document.undo_stack.undo()
    assert not any(lane.kind == LaneKind.BACKSTAGE for lane in document.map.lanes)


def test_delete_and_backspace_on_the_canvas_delete_a_lane_after_asking(qtbot, open_windows, messages):
    window = open_windows.new_map("blank", "en")
    document = window.document
    lane = document.map.lanes[0]
    document.add_card(document.map.step_ids()[0], lane.id, "a")
    window.view.select(Selection.lane(lane.id))
    window.view.setFocus()
    messages.answers.append(Button.Cancel)
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert "1 card" in messages.shown[-1][1] and document.map.find_lane(lane.id)
    messages.answers.append(Button.Yes)
    qtbot.keyClick(window.view, Qt.Key.Key_Backspace)
    assert document.map.find_lane(lane.id) is None
