"""Zoom to selection, F11, the window remembered, Help › Keyboard Shortcuts: in a real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from journey_studio.canvas.selection import Selection

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def window(qtbot, open_windows):
    window = open_windows.new_map("classic", "en")
    qtbot.waitExposed(window)
    return window


def _free_area(view):
    """The viewport's pixels the frozen headers leave free: right of the lane titles, below
    the stage and step rows, where they are drawn now."""
    scene = view.map_scene
    port = view.viewport().rect()
    lanes = view.mapFromScene(next(iter(scene.lanes.values())).scene_box()).boundingRect()
    steps = view.mapFromScene(next(iter(scene.steps.values())).scene_box()).boundingRect()
    return max(lanes.right(), 0), max(steps.bottom(), 0), port.width(), port.height()


def _ctrl_3(window):
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)


def _on_screen(view, rect):
    return view.mapFromScene(rect).boundingRect()


def _far_cards(window):
    m = window.document.map
    steps = m.step_ids()
    return [window.document.add_card(steps[-1], m.lanes[0].id, "Far away"),
            window.document.add_card(steps[len(steps) // 2], m.lanes[1].id, "Halfway"),
            window.document.add_card(steps[0], m.lanes[0].id, "First")]


@pytest.mark.parametrize("which", [[0], [1], [2], [0, 1], [1, 2]])
def test_ctrl_3_shows_the_selected_cards_clear_of_the_frozen_headers(window, which):
    cards = _far_cards(window)
    view, scene = window.view, window.view.map_scene
    for zoom in (view.zoom_fit, view.zoom_100):
        zoom()
        before = view.zoom()
        view.select(Selection.cards([cards[i] for i in which]))
        _ctrl_3(window)
        left, top, right, bottom = _free_area(view)
        assert right - left > 100 and bottom - top > 100
        for i in which:
            box = _on_screen(view, scene.cards[cards[i]].sceneBoundingRect())
            assert left <= box.left() and box.right() <= right, (box, left, right)
            assert top <= box.top() and box.bottom() <= bottom, (box, top, bottom)
        if len(which) == 1:
            assert view.zoom() > before or view.zoom() == pytest.approx(2.0)
            # centred in the free area, not in the whole view
            box = _on_screen(view, scene.cards[cards[which[0]]].sceneBoundingRect())
            if box.left() - left > 30:  # not pressed against the map's edge
                assert abs((box.left() - left) - (right - box.right())) < 30


def test_ctrl_3_on_a_stage_a_step_a_lane_and_a_point(window):
    view, scene, m = window.view, window.view.map_scene, window.document.map
    view.zoom_100()
    for selection, box in ((Selection.stage(m.stages[-1].id), scene.stages[m.stages[-1].id]),
                           (Selection.step(m.step_ids()[-1]), scene.steps[m.step_ids()[-1]])):
        view.select(selection)
        _ctrl_3(window)
        left, _top, right, _bottom = _free_area(view)
        r = box.box_rect()
        columns = _on_screen(view, QRectF(r.x, r.y, r.w, r.h))
        assert left <= columns.left() and columns.right() <= right, (selection, columns, left, right)
        assert view.zoom() > 1.0 or columns.width() > (right - left) * 0.7
    lane = m.lanes[-1]
    view.select(Selection.lane(lane.id))
    _ctrl_3(window)
    _left, top, _right, bottom = _free_area(view)
    r = scene.lanes[lane.id].box_rect()
    row = _on_screen(view, QRectF(r.x, r.y, r.w, r.h))
    assert top <= row.top() and row.bottom() <= bottom, (row, top, bottom)
    point = next(iter(scene.points))
    view.zoom_100()
    view.select(Selection.point(*point))
    _ctrl_3(window)
    left, top, right, bottom = _free_area(view)
    face = _on_screen(view, scene.points[point].sceneBoundingRect())
    assert left <= face.left() and face.right() <= right and top <= face.top() and face.bottom() <= bottom
    assert view.zoom() > 1.0


def test_full_screen_has_f11(window):
    keys = window.window_actions.full_screen.shortcuts()
    assert QKeySequence("F11") in keys


def test_f1_lists_every_shortcut_and_searches(window, qtbot):
    window.activateWindow()
    dialog = window.extras.show_shortcuts()
    names = [row.name for row in dialog.rows]
    assert {"Find", "Zoom to Selection", "Undo", "Keyboard Shortcuts"} <= set(names)
    QTest.keyClicks(dialog.search, "zoom")
    assert dialog.visible_rows() and all("zoom" in n.casefold() for n in dialog.visible_rows())
    dialog.close()


def test_f1_lists_the_keys_of_the_map_the_editor_and_presentation_without_odd_alternates(window):
    dialog = window.extras.show_shortcuts()
    keys = {row.name: row.keys for row in dialog.rows}
    groups = [row.group for row in dialog.rows]
    assert groups[0] == "Menu commands"
    assert {"On the map", "Typing in a card or a title", "Emotion curve", "Mouse", "Find bar",
            "Presentation (F5)"} <= set(groups)
    assert keys["Edit the selected card or title in place"] == ("F2",)
    assert keys["New line in a card"] == ("Shift+Enter",)
    assert keys["Start or stop the workshop timer"] == ("T",)
    assert keys["The whole map"] == ("Home",)
    assert "Space" in keys["Next stage"] and keys["Pan the map"] == ("Space+drag",)
    assert keys["Move the selected cards to the neighbouring cell"][0] == "Alt+Up"
    assert keys["Undo"][0] == "Ctrl+Z"
    assert keys["Paste"] == ("Ctrl+V",) and keys["Copy"] == ("Ctrl+C",)  # not Shift+Ins, Ctrl+Ins
    every_key = {k for row in dialog.rows for k in row.keys}
    assert not {"Undo", "Cut", "Copy", "Paste", "F14", "F20", "F16", "F18"} & every_key
    dialog.close()


def test_searching_a_key_finds_that_whole_key_and_saying_when_nothing_does(window, qtbot):
    dialog = window.extras.show_shortcuts()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.search, "F2")
    assert dialog.visible_rows() == ["Edit the selected card or title in place"]
    dialog.search.clear()
    QTest.keyClicks(dialog.search, "shift+enter")
    assert {"New line in a card", "Previous match"} <= set(dialog.visible_rows())
    assert "Next match" not in dialog.visible_rows()
    dialog.search.clear()
    QTest.keyClicks(dialog.search, "presentation")  # a group's name lists its keys
    assert "Leave the presentation" in dialog.visible_rows() and "Next stage" in dialog.visible_rows()
    dialog.search.clear()
    QTest.keyClicks(dialog.search, "zzz")
    assert dialog.visible_rows() == [] and dialog.nothing.isVisible() and not dialog.table.isVisible()
    assert dialog.nothing.text() == "No shortcut matches “zzz”."
    dialog.close()


def test_a_key_name_matches_whole_and_the_words_without_accents():
    from journey_studio.ui.key_reference import ShortcutRow
    from journey_studio.ui.shortcuts_dialog import row_matches

    cut = ShortcutRow("Commandes", "Couper", ("Ctrl+X", "F20"))
    edit = ShortcutRow("Sur le parcours", "Modifier la carte sélectionnée", ("F2",))
    enter = ShortcutRow("Saisie", "Nouvelle ligne", ("Maj+Entrée",))
    assert not row_matches("F2", cut) and row_matches("F2", edit) and row_matches("f20", cut)
    assert row_matches("selectionnee", edit) and row_matches("entree", enter)
    assert row_matches("MAJ+ENTREE", enter) and not row_matches("ctrl+entree", enter)
    assert row_matches("", cut)


def test_the_window_size_and_docks_are_remembered(open_windows, qtbot):
    first = open_windows.new_map("classic", "en")
    qtbot.waitExposed(first)
    first.resize(700, 520)
    size = (first.width(), first.height())  # as large as the window allows
    first.checks.panel.show()
    first.document.undo_stack.setClean()
    first.close()
    second = open_windows.new_map("classic", "en")
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == size
    assert second.checks.panel.isVisible()


def test_the_overview_frames_the_visible_part_and_a_click_there_moves_the_view(window, qtbot):
    window.minimap.action.trigger()
    mini = window.minimap.view
    qtbot.waitUntil(mini.isVisible)
    window.view.set_zoom(1.5)
    layout = window.view.map_scene.layout
    target = mini.mapFromScene(layout.width * 0.9, layout.height * 0.9)
    QTest.mouseClick(mini, Qt.MouseButton.LeftButton, pos=target)
    seen = mini.visible_area()
    assert seen.contains(layout.width * 0.9 - 1, layout.height * 0.9 - 1) or seen.right() >= layout.width - 1
    assert seen == window.view.mapToScene(window.view.viewport().rect()).boundingRect()


def test_the_overview_draws_the_map_once_per_change_not_at_each_scroll(window, qtbot):
    from journey_studio.ui.minimap import RENDER_MS

    window.minimap.action.trigger()
    mini = window.minimap.view
    qtbot.waitUntil(mini.isVisible)
    view = window.view
    view.set_zoom(1.5)
    qtbot.wait(RENDER_MS + 100)
    drawn = mini.renders
    assert drawn >= 1
    # the picture shows the map: the stage header band is dark, the paper white
    picture = mini.grab().toImage()
    layout = view.map_scene.layout
    header = layout.stages[0].rect
    spot = mini.mapFromScene(header.x + header.w / 2, header.y + header.h / 2)
    assert picture.pixelColor(spot).lightness() < 120
    frame_before = mini.visible_area()
    bar = view.verticalScrollBar()
    for _ in range(5):
        bar.setValue(bar.value() + 60)
        qtbot.wait(10)
    assert mini.visible_area() != frame_before  # the frame follows the scroll
    qtbot.wait(RENDER_MS + 100)
    assert mini.renders == drawn  # scrolling does not draw the map again
    assert bar.value() >= 300  # the main view's headers are pinned 300 px down the map
    # a burst of edits: one new picture once they pause
    card = window.document.map.cards[0]
    for text in ("a", "ab", "abc"):
        window.document.update_card(card.id, text=text)
    assert mini.renders == drawn
    qtbot.waitUntil(lambda: mini.renders == drawn + 1, timeout=3000)
    qtbot.wait(RENDER_MS + 100)
    assert mini.renders == drawn + 1
    # drawn with the main view scrolled, the headers are where the map has them, not pinned
    picture = mini.grab().toImage()
    assert picture.pixelColor(spot).lightness() < 120
    assert view.map_scene.stages[layout.stages[0].stage_id].pos().y() > header.y  # still pinned in the view


def test_the_overview_shows_the_map_not_the_vote_badges(window, qtbot):
    """The review: while voting, the overview was covered with huge red discs."""
    from journey_studio.canvas.vote_mode import BADGE_FILL

    document, scene = window.document, window.view.map_scene
    cards = document.map.cards[:6]
    for card in cards:
        document.vote(card.id, 3)
    window.workshop.vote_mode.set_on(True)
    window.minimap.action.trigger()
    mini = window.minimap.view
    qtbot.waitUntil(mini.isVisible)
    mini.render_picture()
    picture = mini.grab().toImage()
    ratio = picture.devicePixelRatio()
    badges = window.workshop.vote_mode.badges
    assert set(badges) == {c.id for c in cards}
    for card in cards:
        box = scene.cards[card.id].scene_box()
        for x, y in (box.center().toTuple(), badges[card.id].pos().toTuple()):
            spot = mini.mapFromScene(x, y)
            color = picture.pixelColor(round(spot.x() * ratio), round(spot.y() * ratio))
            assert not (color.red() > 150 and color.green() < 90 and color.blue() < 90), (card.text, color.name())
            assert color != BADGE_FILL
    assert scene.overlays_hidden is False  # only while the picture is drawn


def test_the_overview_first_opens_large_enough_under_the_inspector(window, qtbot):
    """The review: the Overview opened as a 165×100 picture under the palette."""
    from PySide6.QtCore import QSettings

    from journey_studio.ui.minimap import PLACED_KEY

    QSettings().remove(PLACED_KEY)
    window.resize(1400, 900)
    window.minimap.action.trigger()
    mini = window.minimap.view
    qtbot.waitUntil(lambda: mini.isVisible() and mini.height() > 140)
    assert window.dockWidgetArea(window.minimap.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert window.inspector.isVisible()  # beside it, not a tab hiding it
    target = mini.map_rect()
    assert target.width() >= 250 and target.height() >= 120, target
    assert mini.height() <= window.height() / 3 + 40
    # once placed, the user's place wins: moved back to the left, it stays there
    window.minimap.action.trigger()
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.minimap.dock)
    window.minimap.dock.hide()
    window.minimap.action.trigger()
    assert window.dockWidgetArea(window.minimap.dock) == Qt.DockWidgetArea.LeftDockWidgetArea
