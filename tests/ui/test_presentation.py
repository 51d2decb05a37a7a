"""Presentation mode (F5) and the Votes panel, in a real editor window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from journey_studio.ui import plain_text
from journey_studio.ui.presentation import READABLE_ZOOM

from support import ROOT

pytestmark = pytest.mark.usefixtures("no_real_dialogs")

SAAS = ROOT / "examples" / "saas-customer.journey"
Button = QMessageBox.StandardButton


@pytest.fixture
def window(qtbot, open_windows):
    window = open_windows.open_path(str(SAAS))
    qtbot.waitExposed(window)
    window.view.setFocus()
    return window


def visible_scene_rect(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def window_snapshot(window):
    view = window.view
    return {
        "geometry": window.geometry(),
        "full_screen": window.isFullScreen(),
        "menu": window.menuBar().isVisible(),
        "toolbar": window.window_actions.toolbar.isVisible(),
        "inspector": window.inspector.isVisible(),
        "palette": window.card_palette.isVisible(),
        "status": window.statusBar().isVisible(),
        "zoom": view.zoom(),
        "scroll": (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
        "title_shown": "title" in view.map_scene.extras,
    }


def test_f5_enters_and_esc_leaves_restoring_the_window(qtbot, window):
    view = window.view
    window.card_palette.hide()  # a state the user chose, not the default
    view.set_zoom(0.8)
    view.horizontalScrollBar().setValue(300)
    view.verticalScrollBar().setValue(120)
    before = window_snapshot(window)
    assert before["scroll"] == (300, 120) and not before["title_shown"]

    QTest.keyClick(view, Qt.Key.Key_F5)
    presentation = window.workshop.presentation
    assert presentation.is_on() and window.workshop.present.isChecked()
    qtbot.waitUntil(window.isFullScreen)
    assert not window.menuBar().isVisible() and not window.window_actions.toolbar.isVisible()
    assert not window.inspector.isVisible() and not window.statusBar().isVisible()
    assert "title" in view.map_scene.extras and "persona" in view.map_scene.extras
    assert presentation.indicator.isVisible() and "Whole map" in presentation.indicator.text()
    assert not presentation.indicator.geometry().intersects(view.viewport().geometry())  # never over the map
    layout = view.map_scene.layout
    qtbot.waitUntil(lambda: visible_scene_rect(view).contains(QPointF(0, 0))
                    and visible_scene_rect(view).contains(QPointF(layout.width, layout.height)))

    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert not presentation.is_on() and not window.workshop.present.isChecked()
    qtbot.waitUntil(lambda: window_snapshot(window) == before)
    assert not presentation.indicator.isVisible()


def test_next_and_previous_stage_fit_that_stage(qtbot, window):
    view, presentation = window.view, window.workshop.presentation
    presentation.enter()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.wait(20)  # the full-screen resize settles
    stages = window.document.map.stages
    for number, key in enumerate((Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space), start=1):
        QTest.keyClick(view, key)
        assert presentation.index == number - 1
        stage_box = view.map_scene.layout.stages[number - 1].rect
        target = presentation.focus_rect()
        lane_w = view.map_scene.layout.lanes[0].rect.w
        assert target.left() <= stage_box.x - lane_w  # lane titles at its left
        assert target.right() >= stage_box.right  # with a strip of the next stage, if any
        shown = visible_scene_rect(view)
        assert shown.left() <= target.left() and target.right() <= shown.right()  # all its columns
        assert shown.top() <= target.top()  # its header
        if not shown.contains(target):  # too tall: not shrunk below reading size (or its width)
            assert view.zoom() >= READABLE_ZOOM - 1e-6 or target.width() / shown.width() > 0.9
        # fitted, not merely inside: the stage fills the viewport in one direction
        assert target.width() / shown.width() > 0.9 or target.height() / shown.height() > 0.9
        heading = f"Stage {number} / {len(stages)} · {stages[number - 1].name}"
        more = "  —  ↓ more lanes below"
        assert presentation.indicator.text() == heading + (more if not shown.contains(target) else "")
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert presentation.index == 1
    target, shown = presentation.focus_rect(), visible_scene_rect(view)
    assert shown.left() <= target.left() and target.right() <= shown.right() and shown.top() <= target.top()
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert presentation.index == 0
    QTest.keyClick(view, Qt.Key.Key_End)
    assert presentation.index == len(stages) - 1
    QTest.keyClick(view, Qt.Key.Key_Right)  # no stage after the last: stay
    assert presentation.index == len(stages) - 1
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert presentation.index == -1 and "Whole map" in presentation.indicator.text()
    assert not view.space_held()  # Space went to the presentation, not to panning
    presentation.leave()


def test_down_and_up_walk_the_lanes_of_a_tall_stage(qtbot, window):
    view, presentation = window.view, window.workshop.presentation
    presentation.enter()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.wait(20)
    QTest.keyClick(view, Qt.Key.Key_End)  # the last stage: one column, taller than the screen
    target = presentation.focus_rect()
    assert not visible_scene_rect(view).contains(target) and view.zoom() >= READABLE_ZOOM - 1e-6
    top = visible_scene_rect(view).top()
    assert presentation.indicator.text().endswith("↓ more lanes below")  # the cut is announced
    for _ in range(10):
        QTest.keyClick(view, Qt.Key.Key_Down)
    shown = visible_scene_rect(view)
    assert shown.top() > top and shown.bottom() >= target.bottom()
    assert "more lanes below" not in presentation.indicator.text()  # nothing left below
    for _ in range(10):
        QTest.keyClick(view, Qt.Key.Key_Up)
    assert visible_scene_rect(view).top() == pytest.approx(top, abs=1)
    presentation.leave()


def test_editing_a_card_in_presentation_keeps_keys_for_the_editor(qtbot, window):
    view, presentation = window.view, window.workshop.presentation
    presentation.enter()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.wait(20)  # the full-screen resize settles
    QTest.keyClick(view, Qt.Key.Key_Right)
    card = next(c for c in window.document.map.cards if c.step in {s.id for s in window.document.map.stages[0].steps})
    point = view.mapFromScene(view.map_scene.cards[card.id].scene_box().center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert view.is_editing()
    QTest.keyClick(view, Qt.Key.Key_End)
    QTest.keyClicks(view, "!")
    QTest.keyClick(view, Qt.Key.Key_Right)  # moves the text cursor, not the presentation
    assert presentation.index == 0 and presentation.is_on()
    QTest.keyClick(view, Qt.Key.Key_Escape)  # ends the edit first...
    assert presentation.is_on() and not view.is_editing()
    QTest.keyClick(view, Qt.Key.Key_Escape)  # ...then leaves
    assert not presentation.is_on()
    assert window.window_actions.toolbar.isVisible()


def test_votes_panel_lists_cards_by_votes_and_selects_on_click(qtbot, window):
    document, panel = window.document, window.workshop.votes_panel
    window.workshop.dot_voting.setChecked(True)
    assert panel.isVisible()
    cards = document.map.cards
    ids = [c.id for c in cards if c.votes]
    for card_id in ids:
        document.vote(card_id, -document.map.find_card(card_id).votes)
    assert panel.card_ids() == [] and "No votes yet" in panel.summary.text()
    document.vote(cards[5].id, 2)
    document.vote(cards[1].id, 5)
    document.vote(cards[9].id, 2)
    assert panel.card_ids() == [cards[1].id, cards[5].id, cards[9].id]  # ties keep the map order
    top = panel.tree.topLevelItem(0)
    stage = next(s for s in document.map.stages if cards[1].step in {step.id for step in s.steps})
    lane = document.map.find_lane(cards[1].lane)
    assert [top.text(0), top.text(2)] == ["5", f"{stage.name}\n{lane.title}"]
    assert panel.summary.text() == "9 votes on 3 cards"
    rect = panel.tree.visualItemRect(panel.tree.topLevelItem(1))
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert window.view.selected_card_ids() == (cards[5].id,)
    assert not panel.visibleRegion().isEmpty() and window.inspector.visibleRegion().isEmpty()  # the ranking stays


def test_clear_all_votes_asks_and_is_one_undo_step(qtbot, window, monkeypatch):
    document, panel = window.document, window.workshop.votes_panel
    window.workshop.dot_voting.setChecked(True)
    before = {c.id: c.votes for c in document.map.cards}
    assert sum(before.values()) > 1
    answers = [Button.Cancel, Button.Yes]
    asked = []
    monkeypatch.setattr(plain_text, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1])
    QTest.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and {c.id: c.votes for c in document.map.cards} == before  # cancelled
    depth = document.undo_stack.index()
    QTest.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert all(c.votes == 0 for c in document.map.cards)
    assert document.undo_stack.index() == depth + 1
    assert panel.card_ids() == [] and not panel.clear_button.isEnabled()
    document.undo_stack.undo()
    assert {c.id: c.votes for c in document.map.cards} == before


def test_voting_toggle_in_view_menu_and_off_returns_to_editing(qtbot, window):
    acts = window.window_actions
    assert acts.present in acts.view_menu.actions() and acts.dot_voting in acts.view_menu.actions()
    view = window.view
    card = window.document.map.cards[0]
    point = view.mapFromScene(view.map_scene.cards[card.id].scene_box().center())
    acts.dot_voting.trigger()
    assert window.workshop.vote_mode.is_on()
    acts.dot_voting.trigger()
    assert not window.workshop.vote_mode.is_on()
    votes = card.votes
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert window.document.map.find_card(card.id).votes == votes
    assert view.selected_card_ids() == (card.id,)  # a normal click selects again
