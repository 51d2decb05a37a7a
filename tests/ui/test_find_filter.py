"""Edit › Find and View › Filter in a real window, driven by key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from journey_studio.canvas.card_item import DIMMED_OPACITY

from support import ROOT

pytestmark = pytest.mark.usefixtures("no_real_dialogs")

BANK = ROOT / "examples" / "banque-entrepreneuse.journey"


@pytest.fixture
def window(qtbot, open_windows, tmp_path):
    import shutil

    window = open_windows.open_path(shutil.copy(BANK, tmp_path))  # a window locks its file
    qtbot.waitExposed(window)
    window.view.setFocus()
    return window


def test_ctrl_f_typing_and_enter_walk_through_the_matches(window, qtbot):
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_filter.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    QTest.keyClicks(bar.field, "conseiller")
    m = window.document.map
    expected = {c.id for c in m.cards
                if "conseiller" in (c.text + c.note + c.owner + " ".join(c.tags)).casefold()}
    assert set(bar.matches) == expected and len(expected) >= 2
    scene = window.view.map_scene
    assert {k for k, item in scene.cards.items() if item.found} == expected
    first = bar.current()
    assert window.view.selected_card_ids() == (first,)
    QTest.keyClick(bar.field, Qt.Key.Key_Return)
    second = bar.current()
    assert second != first and window.view.selected_card_ids() == (second,)
    QTest.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current() == first
    assert "1 of" in bar.count.text()
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and not any(item.found for item in scene.cards.values())


def test_find_looks_in_comments_and_owners(window):
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_filter.find_bar
    QTest.keyClicks(bar.field, "routage direct")  # only in a comment
    assert bar.matches == ["card-attente"]
    bar.field.clear()
    QTest.keyClicks(bar.field, "agence pro")  # two owners, and a comment's author
    assert set(bar.matches) == {"card-relance-auto", "card-offre-bienvenue-pro", "card-attente"}


def test_a_filter_dims_the_other_cards_and_is_saved_as_a_view_in_one_undo_step(window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    panel = window.find_filter.filter_panel
    window.find_filter.filter_dock.show()
    m = window.document.map
    panel.priorities["high"].click()
    bright = {c.id for c in m.cards if c.priority == "high"}
    scene = window.view.map_scene
    assert {k for k, item in scene.cards.items() if item.opacity() == 1.0} == bright
    assert all(item.opacity() == DIMMED_OPACITY for k, item in scene.cards.items() if k not in bright)
    QTest.keyClicks(panel.tags, "personnalisation")  # and a tag: no card is both
    assert all(item.opacity() == DIMMED_OPACITY for item in scene.cards.values())
    panel.tags.clear()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Urgent", True))
    count = window.document.undo_stack.count()
    panel.save_view()
    assert window.document.undo_stack.count() == count + 1
    assert m.find_view("urgent").filter.priorities == ["high"]
    panel.clear()
    assert all(item.opacity() == 1.0 for item in scene.cards.values())
    panel.apply_view("Irritants seulement")  # a view saved in the example
    pains = {c.id for c in m.cards if m.find_lane(c.lane).kind == "painPoints"}
    assert {k for k, item in scene.cards.items() if item.opacity() == 1.0} == pains


def test_find_ignores_accents_and_case_and_says_when_nothing_is_found(window):
    QTest.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_filter.find_bar
    QTest.keyClicks(bar.field, "PRETS DANS L'APPLI")  # typed without accents, capitals, a plain '
    assert bar.matches == ["card-pas-de-pret-appli"]  # “Rien sur les prêts dans l’appli”
    bar.field.clear()
    QTest.keyClicks(bar.field, "zzzz")
    assert bar.matches == [] and bar.count.text() == "No card found" and bar.count.isVisible()
