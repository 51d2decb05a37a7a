"""The inspector: a field edit is one undo step, and undo shows in the fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from journey_studio.canvas.selection import Selection
from journey_studio.document import Document
from journey_studio.ui.inspector import Inspector

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def document():
    made = Document.new("classic", "en")
    yield made
    made.undo_stack.clear()  # a dirty stack warns when it is garbage-collected


@pytest.fixture
def inspect(qtbot, document):
    """An inspector on ``document`` showing ``selection``."""
    def show(selection: Selection) -> Inspector:
        inspector = Inspector(document)
        qtbot.addWidget(inspector)
        inspector.show()
        inspector.set_selection(selection)
        return inspector
    return show


def _card(document: Document) -> str:
    m = document.map
    return document.add_card(m.step_ids()[0], m.lanes[0].id, "Old")


def test_typing_a_card_text_is_one_undo_step_and_undo_updates_the_field(qtbot, document, inspect):
    card_id = _card(document)
    editor = inspect(Selection.cards([card_id])).current_form().text_binding.widget
    editor.setFocus()
    editor.selectAll()
    count = document.undo_stack.count()
    qtbot.keyClicks(editor, "New text")
    assert document.map.find_card(card_id).text == "New text"
    editor.clearFocus()  # focus leaves the field: the edit is sealed
    assert document.undo_stack.count() == count + 1

    document.undo_stack.undo()
    assert document.map.find_card(card_id).text == "Old"
    assert editor.toPlainText() == "Old"


def test_two_field_edits_are_two_undo_steps(qtbot, document, inspect):
    card_id = _card(document)
    owner = inspect(Selection.cards([card_id])).current_form().findChildren(QLineEdit)[0]
    count = document.undo_stack.count()
    for text in ("Ana", "Bo"):
        owner.setFocus()
        owner.selectAll()
        qtbot.keyClicks(owner, text)
        qtbot.keyClick(owner, Qt.Key.Key_Return)
    assert document.map.find_card(card_id).owner == "Bo"
    assert document.undo_stack.count() == count + 2
    document.undo_stack.undo()
    assert owner.text() == "Ana"


def test_nothing_selected_edits_the_map_and_scale_presets(qtbot, document, inspect):
    form = inspect(Selection()).current_form()
    assert form.title == "Map"
    title = form.findChildren(QLineEdit)[0]
    assert title.cursorPosition() == 0  # a long title shows its start, not its end
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, "!")
    assert document.map.title == "Customer journey: the five classic stages!"
    scale = next(b.widget for b, _ in form.bindings
                 if isinstance(b.widget, QComboBox) and b.widget.count() == 4)
    scale.activated.emit(1)
    assert (document.map.emotion_scale.min, document.map.emotion_scale.max) == (1, 5)
    document.undo_stack.undo()
    assert scale.currentText() == "−2 … +2"


def test_a_removed_selection_falls_back_to_the_map(document, inspect):
    card_id = _card(document)
    inspector = inspect(Selection.cards([card_id]))
    document.delete_cards([card_id])
    assert inspector.current_form().title == "Map"


def test_a_refused_value_is_reported_and_not_written(document, inspect):
    stage = document.map.stages[0]
    inspector = inspect(Selection.stage(stage.id))
    inspector.current_form().writer(document.update_stage, "color")("not a colour", False)
    assert inspector.error.text() and stage.color is None


def test_a_channel_lane_card_shows_the_channel_field(document, inspect):
    lane = next(lane for lane in document.map.lanes if lane.kind == "touchpoints")
    card_id = document.add_card(document.map.step_ids()[0], lane.id, "Newsletter")
    form = inspect(Selection.cards([card_id])).current_form()
    assert form.layout_.isRowVisible(form.channel)
    form.channel.activated.emit(form.channel.findData("email"))
    assert document.map.find_card(card_id).channel == "email"


def test_a_point_shows_the_point_editor_and_a_custom_scale_is_shown_as_it_is(document, inspect):
    lane = document.map.emotion_lanes()[0]
    step = document.map.step_ids()[0]
    document.set_point(lane.id, step, 1, "relief")
    form = inspect(Selection.point(lane.id, step)).current_form()
    assert form.title == "Emotion" and form.editor.word.currentText() == "relief"
    form.editor.word.setEditText("joy")
    form.editor.word.lineEdit().editingFinished.emit()
    assert lane.points[0].label == "joy"
    document.set_emotion_scale(1, 7)
    form = inspect(Selection()).current_form()
    assert form.scale.currentText() == "1 \u2026 7"


def test_palette_texts_use_the_article_english_says_and_the_lane_kind_tooltip_is_a_word(qtbot, document, inspect):
    from journey_studio.model import LaneKind

    lane = document.map.emotion_lanes()[0]
    form = inspect(Selection.lane(lane.id)).current_form()
    assert form.kind.toolTip() == "Kind of lane: Emotions"  # never the internal name "emotions"
    from journey_studio.ui.palette import CardKindTile, starts_with_vowel_sound

    assert CardKindTile(LaneKind.OPPORTUNITIES).accessibleName() == "Add an “Opportunities” card"
    assert CardKindTile(LaneKind.THOUGHTS).accessibleName() == "Add a “Thoughts” card"
    assert CardKindTile(LaneKind.EMOTIONS).toolTip().startswith("Drag onto a cell to add an “Emotions” card")
    assert not starts_with_vowel_sound("User research") and starts_with_vowel_sound("hour")
