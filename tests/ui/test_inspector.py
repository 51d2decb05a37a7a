"""The inspector: a field edit is one undo step, and undo shows in the fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from journey_studio.canvas.selection import Selection
from journey_studio.document import Document
from journey_studio.ui.inspector import Inspector

import pytest


@pytest.fixture(autouse=True)
def clean_stacks(monkeypatch):
    """Documents made here are left clean (a dirty one warns when it is garbage-collected)."""
    made = []
    original = Document.new.__func__

    def new(cls, *args, **kwargs):
        made.append(original(cls, *args, **kwargs))
        return made[-1]
    monkeypatch.setattr(Document, "new", classmethod(new))
    yield
    for document in made:
        document.undo_stack.clear()


def _card(document: Document) -> str:
    m = document.map
    return document.add_card(m.step_ids()[0], m.lanes[0].id, "Old")


def test_typing_a_card_text_is_one_undo_step_and_undo_updates_the_field(qtbot):
    document = Document.new("classic", "en")
    card_id = _card(document)
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show()
    inspector.set_selection(Selection.cards([card_id]))
    form = inspector.current_form()
    editor = form.text_binding.widget
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


def test_two_field_edits_are_two_undo_steps(qtbot):
    document = Document.new("classic", "en")
    card_id = _card(document)
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show()
    inspector.set_selection(Selection.cards([card_id]))
    owner = inspector.current_form().findChildren(QLineEdit)[0]
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


def test_nothing_selected_edits_the_map_and_scale_presets(qtbot):
    document = Document.new("blank", "en")
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.set_selection(Selection())
    assert inspector.current_form().title == "Map"
    title = inspector.current_form().findChildren(QLineEdit)[0]
    qtbot.keyClicks(title, "!")
    assert document.map.title == "Untitled journey!"
    scale = next(b.widget for b, _ in inspector.current_form().bindings
                 if b.widget.__class__.__name__ == "QComboBox" and b.widget.count() == 4)
    scale.activated.emit(1)
    assert (document.map.emotion_scale.min, document.map.emotion_scale.max) == (1, 5)
    document.undo_stack.undo()
    assert scale.currentText() == "−2 … +2"


def test_a_removed_selection_falls_back_to_the_map(qtbot):
    document = Document.new("classic", "en")
    card_id = _card(document)
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.set_selection(Selection.cards([card_id]))
    document.delete_cards([card_id])
    assert inspector.current_form().title == "Map"


def test_a_refused_value_is_reported_and_not_written(qtbot):
    document = Document.new("classic", "en")
    stage = document.map.stages[0]
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.set_selection(Selection.stage(stage.id))
    form = inspector.current_form()
    form.writer(document.update_stage, "color")("not a colour", False)
    assert inspector.error.text() and stage.color is None
