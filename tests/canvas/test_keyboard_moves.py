"""Keyboard alone: Alt+arrows move the selected cards, Enter on an emotion cell reaches its point."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journey_studio.canvas import Selection
from journey_studio.canvas.selection import SelectionKind
from journey_studio.model import LaneKind

from canvas_gestures import dump

ALT = Qt.KeyboardModifier.AltModifier


def cell_of(document, card_id):
    card = document.map.find_card(card_id)
    return card.step, card.lane, document.map.cards_in(card.step, card.lane).index(card)


def test_alt_right_moves_a_card_to_the_next_step_in_one_undo_step(view, document):
    card = document.map.cards_in(document.map.step_ids()[0], document.map.lanes[0].id)[0]
    before = dump(document)
    view.select(Selection.cards([card.id]))
    QTest.keyClick(view, Qt.Key.Key_Right, ALT)
    assert cell_of(document, card.id)[:2] == (document.map.step_ids()[1], document.map.lanes[0].id)
    assert document.undo_stack.count() == 1
    assert view.selection() == Selection.cards([card.id])  # the card stays selected
    document.undo_stack.undo()
    assert dump(document) == before


def test_alt_up_and_down_walk_within_the_cell_then_to_the_next_lane(view, document):
    step = document.map.step_ids()[1]
    channels = next(lane for lane in document.map.lanes if lane.kind == LaneKind.CHANNELS)
    first, second = [c.id for c in document.map.cards_in(step, channels.id)][:2]
    view.select(Selection.cards([first]))
    QTest.keyClick(view, Qt.Key.Key_Down, ALT)
    assert [c.id for c in document.map.cards_in(step, channels.id)][:2] == [second, first]
    QTest.keyClick(view, Qt.Key.Key_Down, ALT)  # past the bottom: to the top of the lane below
    below = document.map.lanes[document.map.lanes.index(channels) + 1]
    assert cell_of(document, first) == (step, below.id, 0)
    QTest.keyClick(view, Qt.Key.Key_Up, ALT)  # and back up: to the end of the lane above
    assert cell_of(document, first) == (step, channels.id, 1)


def test_enter_on_an_emotion_cell_selects_or_adds_its_point(view, document):
    lane = next(lane for lane in document.map.lanes if lane.kind == LaneKind.EMOTIONS)
    step = document.map.step_ids()[0]
    view.select(Selection.cell(step, lane.id))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.selection() == Selection.point(lane.id, step)
    assert document.undo_stack.count() == 0  # the point was already there
    document.remove_point(lane.id, step)
    view.select(Selection.cell(step, lane.id))
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert view.selection().kind == SelectionKind.POINT
    assert next(p for p in lane.points if p.step == step).score == document.map.emotion_scale.neutral
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert next(p for p in lane.points if p.step == step).score == document.map.emotion_scale.neutral + 1


def test_typing_on_a_selected_empty_cell_starts_a_card_with_that_text(view, document):
    step = document.map.step_ids()[2]
    lane = next(lane for lane in document.map.lanes if lane.kind == LaneKind.OPPORTUNITIES)
    before = len(document.map.cards_in(step, lane.id))
    view.select(Selection.cell(step, lane.id))
    QTest.keyClicks(view, "Reads a blog")
    QTest.keyClick(view, Qt.Key.Key_Return)
    cards = document.map.cards_in(step, lane.id)
    assert len(cards) == before + 1 and cards[-1].text == "Reads a blog"
    assert document.undo_stack.count() == 1
