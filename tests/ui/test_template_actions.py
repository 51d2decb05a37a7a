"""Clear Examples, Save as Template and My templates, and the map language in the inspector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from journey_studio.ui import plain_text
from journey_studio.fileformat import dumps, loads
from journey_studio.ui import template_actions
from journey_studio.user_templates import user_templates

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


def test_clear_examples_is_one_undo_step_and_keeps_the_teams_cards(qtbot, open_windows):
    window = open_windows.new_map("hotel-stay", "en")
    document = window.document
    examples = document.example_cards()
    assert examples
    document.update_card(examples[0], text="Our own finding")  # edited: now the team's card
    document.add_card(document.map.step_ids()[0], document.map.lanes[0].id, "Real card")
    window.window_actions.clear_examples.trigger()
    assert sorted(c.text for c in document.map.cards) == ["Our own finding", "Real card"]
    assert document.example_cards() == []
    assert window.statusBar().currentMessage() == f"{len(examples) - 1} example cards removed"
    assert document.undo_stack.undoText() == "Clear examples"
    document.undo_stack.undo()
    assert len(document.example_cards()) == len(examples) - 1


def test_an_example_card_is_drawn_grey_and_saved_only_when_true(qtbot, open_windows):
    window = open_windows.new_map("classic", "en")
    card = window.document.map.cards[0]
    raw = dumps(window.document.journey).decode()
    assert raw.count('"example": true') == len(window.document.map.cards)
    window.document.update_card(card.id, text="Mine")
    raw = dumps(window.document.journey).decode()
    assert raw.count('"example": true') == len(window.document.map.cards) - 1
    assert '"example": false' not in raw
    assert loads(raw.encode()).map.find_card(card.id).example is False


def _answer_dialog(monkeypatch, title: str, photo: bool):
    def fake_exec(dialog):
        dialog.name.setText(title)
        dialog.photo.setChecked(photo)
        return template_actions.QDialog.DialogCode.Accepted
    monkeypatch.setattr(template_actions.SaveTemplateDialog, "exec", fake_exec)


def test_save_as_template_then_rename_and_delete_in_the_gallery(qtbot, open_windows, monkeypatch):
    window = open_windows.new_map("patient-pathway", "fr")
    _answer_dialog(monkeypatch, "Notre parcours patient", photo=False)
    window.window_actions.save_as_template.trigger()
    [mine] = user_templates()
    assert mine.title("fr") == "Notre parcours patient"
    start = open_windows.enable_start_screen()
    screen = start.screen_widget
    assert screen.mine.isVisibleTo(start) and screen.mine.item(0).text() == "Notre parcours patient"
    start.open_template(mine.name)
    made = open_windows.windows()[-1].document.map
    assert made.main_persona.photo is None and made.title == "Notre parcours patient"
    assert made.language == "fr" and made.id != window.document.map.id
    screen.rename_my_template(mine, "Parcours patient v2")
    assert [t.title("fr") for t in user_templates()] == ["Parcours patient v2"]
    monkeypatch.setattr(plain_text, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.mine.setCurrentRow(0)
    QTest.keyClick(screen.mine, Qt.Key.Key_Delete)  # asks first (answered Yes here)
    assert user_templates() == [] and screen.mine.count() == 0 and not screen.mine.isVisibleTo(start)


def test_the_persona_photo_goes_with_the_template_when_asked(qtbot, open_windows, monkeypatch):
    window = open_windows.new_map("hotel-stay", "en")
    _answer_dialog(monkeypatch, "With photo", photo=True)
    template_actions.save_as_template(window)
    from journey_studio.templates import journey_from

    journey = journey_from(user_templates()[0])
    assert journey.map.main_persona.photo in journey.assets


def test_changing_the_map_language_offers_to_rename_untouched_default_titles(qtbot, open_windows, monkeypatch):
    window = open_windows.new_map("blank", "en")
    document = window.document
    document.update_stage(document.map.stages[0].id, name="Kick-off")
    monkeypatch.setattr(plain_text, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    from journey_studio.ui.inspector_forms import MapForm

    window.inspector.findChildren(MapForm)[0]._write_language("fr", False)  # the combo's writer
    m = document.map
    assert m.language == "fr" and m.title == "Parcours sans titre"
    assert [s.name for s in m.stages] == ["Kick-off", "Étape 2", "Étape 3"]
    assert "Irritants" in [lane.title for lane in m.lanes]
    document.undo_stack.undo()  # one step
    assert document.map.language == "en" and document.map.stages[1].name == "Stage 2"


def test_declining_the_rename_changes_only_the_language(qtbot, open_windows, monkeypatch):
    window = open_windows.new_map("blank", "en")
    monkeypatch.setattr(plain_text, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    from journey_studio.ui.inspector_forms import MapForm

    window.inspector.findChildren(MapForm)[0]._write_language("fr", False)
    assert window.document.map.language == "fr" and window.document.map.title == "Untitled journey"
