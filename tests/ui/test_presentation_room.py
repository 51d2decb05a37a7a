"""Presentation for the back of the room: 28 px card text at 1080p, free zoom, the projector look,
the timer's T key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from journey_studio.render.fonts import FontStyle
from journey_studio.render.geometry import TextShape
from journey_studio.render.projector import CARD_TEXT_MIN_PX

from support import ROOT

pytestmark = pytest.mark.usefixtures("no_real_dialogs")
EXAMPLES = sorted((ROOT / "examples").glob("*.journey"))


def present_at_1080p(qtbot, window):
    """Presentation on a 1920 x 1080 screen (the offscreen screen is smaller: the window is set)."""
    presentation = window.workshop.presentation
    presentation._cover_screen = lambda: None
    presentation.enter()
    qtbot.waitUntil(window.isFullScreen)
    window.setGeometry(QRect(0, 0, 1920, 1080))
    qtbot.waitUntil(lambda: window.view.width() == 1920)
    return presentation


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_card_text_on_the_current_stage_is_at_least_28_px_at_1080p(qtbot, open_windows, path, tmp_path):
    window = open_windows.open_path(str(copied(path, tmp_path)))
    qtbot.waitExposed(window)
    presentation = present_at_1080p(qtbot, window)
    layout = window.view.map_scene.layout
    checked = 0
    for index, stage in enumerate(window.document.map.stages):
        assert len(stage.steps) <= 3  # the promise covers stages of up to 3 steps
        presentation.go_to(index)
        zoom = window.view.zoom()
        steps = {step.id for step in stage.steps}
        for card in layout.cards:
            if card.step_id in steps:
                texts = [s for s in card.shapes if isinstance(s, TextShape)][:len(card.lines)]
                assert [t.text for t in texts] == list(card.lines)  # the card's own text lines
                sizes = [t.font.size * zoom for t in texts]
                assert sizes and min(sizes) >= CARD_TEXT_MIN_PX - 1e-6, (stage.name, card.lines)
                checked += 1
        shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
        box = layout.stages[index].rect
        assert shown.left() <= box.x and box.right <= shown.right()  # the stage's columns, whole
        lane_w = layout.lanes[0].rect.w
        middle_y = layout.lanes[0].rect.y + 5
        if index > 0:  # a dimmed strip of the previous stage, right of the frozen lane titles
            assert shown.left() + lane_w < box.x - 20
            assert presentation.veil.path().contains(QPointF(box.x - 10, middle_y))
        if index < len(layout.stages) - 1:  # and of the next one at the right edge
            assert shown.right() > box.right + 20
            assert presentation.veil.path().contains(QPointF(box.right + 10, middle_y))
        assert not presentation.veil.path().contains(QPointF(box.x + 10, middle_y))
    assert checked >= 20
    presentation.whole_map()
    shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert shown.contains(QPointF(0, 0)) and shown.contains(QPointF(layout.width, layout.height))
    assert window.view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    presentation.leave()


def test_a_stage_of_3_steps_and_8_lanes_fills_the_screen_with_28_px_text(qtbot, open_windows, tmp_path):
    from journey_studio.fileformat.journey_json import dump_to
    from journey_studio.model import Journey

    kinds = ["actions", "thoughts", "emotions", "touchpoints", "channels", "painPoints", "opportunities",
             "backstage"]
    stages = [{"id": f"s{n}", "name": f"Stage {n}", "steps": [{"id": f"s{n}t{k}", "name": f"Step {k}"}
                                                             for k in range(3)]} for n in range(3)]
    lanes = [{"id": f"l{i}", "kind": kind, "title": kind} for i, kind in enumerate(kinds)]
    cards = [{"id": f"c{n}{k}{i}", "step": f"s{n}t{k}", "lane": f"l{i}", "text": "A short sticky note"}
             for n in range(3) for k in range(3) for i, kind in enumerate(kinds) if kind != "emotions"]
    path = tmp_path / "wide.journey"
    dump_to(Journey.model_validate({"map": {"id": "m", "title": "Wide", "stages": stages, "lanes": lanes,
                                            "cards": cards}}), path)
    window = open_windows.open_path(str(path))
    qtbot.waitExposed(window)
    presentation = present_at_1080p(qtbot, window)
    presentation.go_to(1)
    view, layout = window.view, window.view.map_scene.layout
    assert view.zoom() * min(t.font.size for c in layout.cards for t in c.shapes
                             if isinstance(t, TextShape) and t.text in c.lines) >= CARD_TEXT_MIN_PX
    target = presentation.focus_rect()
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.top() <= target.top() and target.bottom() <= shown.bottom()  # every lane, whole
    assert target.height() / shown.height() > 0.9  # it fills the screen's height
    presentation.leave()


def copied(path, folder):
    """A copy to open: a window locks its file, and other tests open the examples too."""
    import shutil

    return shutil.copy(path, folder / path.name)


@pytest.fixture
def presenting(qtbot, open_windows, tmp_path):
    window = open_windows.open_path(str(copied(ROOT / "examples" / "saas-customer.journey", tmp_path)))
    qtbot.waitExposed(window)
    presentation = present_at_1080p(qtbot, window)
    window.view.setFocus()
    yield window, presentation
    presentation.leave()


def test_projector_look_while_presenting_and_not_after(presenting):
    window, presentation = presenting
    scene = window.view.map_scene
    assert scene.options.high_contrast
    texts = [s for s in scene.layout.all_shapes() if isinstance(s, TextShape)]
    assert not [t for t in texts if t.font.style in (FontStyle.ITALIC, FontStyle.BOLD_ITALIC)]
    assert not [t for t in texts if t.color.lower() == "#5b6b78"]  # no muted grey text
    card_font = min(t.font.size for c in scene.layout.cards for t in c.shapes if isinstance(t, TextShape))
    assert card_font >= 15
    presentation.leave()
    assert not scene.options.high_contrast
    assert any(t.font.style == FontStyle.ITALIC for t in scene.layout.all_shapes() if isinstance(t, TextShape))
    presentation.enter()  # the fixture leaves


def test_ctrl_plus_minus_and_wheel_zoom_while_presenting(qtbot, presenting):
    window, presentation = presenting
    view = window.view
    presentation.go_to(1)
    fitted = view.zoom()
    QTest.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > fitted
    window.document.update_card(window.document.map.cards[0].id, text="relaid out")  # a relayout
    assert view.zoom() > fitted  # keeps the facilitator's zoom
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() < fitted
    QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(fitted)
    center = view.viewport().rect().center()
    zoomed = view.zoom()
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtCore import QPoint
    wheel = QWheelEvent(QPointF(center), QPointF(view.viewport().mapToGlobal(center)), QPoint(0, 0),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QGuiApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > zoomed
    QTest.keyClick(view, Qt.Key.Key_Right)  # the next stage is fitted again
    assert presentation.index == 2 and presentation._free_zoom is False


def test_a_click_on_a_card_zooms_to_it_and_a_second_click_comes_back(qtbot, presenting):
    window, presentation = presenting
    view = window.view
    presentation.go_to(1)
    fitted = view.zoom()
    stage_steps = {s.id for s in window.document.map.stages[1].steps}
    card = next(c for c in view.map_scene.layout.cards if c.step_id in stage_steps)
    item = view.map_scene.cards[card.card_id]
    at = view.mapFromScene(item.scene_box().center())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: view.zoom() > fitted * 1.3)
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert shown.contains(item.scene_box())  # the whole card, large
    at = view.mapFromScene(item.scene_box().center())
    assert view.map_scene.item_at(view.mapToScene(at)) is item  # beside the frozen headers, not under
    qtbot.wait(QGuiApplication.styleHints().mouseDoubleClickInterval() + 50)  # a new click, not a double
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    qtbot.waitUntil(lambda: view.zoom() == pytest.approx(fitted))
    assert not view.is_editing()


def test_t_starts_and_pauses_the_timer_in_its_corner(qtbot, presenting):
    window, presentation = presenting
    timer, badge = window.workshop.timer, window.workshop.timer_badge
    assert not badge.isVisible()
    QTest.keyClick(window.view, Qt.Key.Key_T)
    assert timer.is_running() and badge.isVisible()
    corner = badge.geometry()
    assert corner.right() > window.view.width() - 60 and corner.top() < 60  # top-right
    assert badge.font_pixels() >= 48
    QTest.keyClick(window.view, Qt.Key.Key_T)
    assert not timer.is_running() and badge.isVisible()


def test_the_timer_never_covers_the_stage_on_show(qtbot, presenting):
    window, presentation = presenting
    view, badge = window.view, window.workshop.timer_badge
    scene = view.map_scene
    QTest.keyClick(view, Qt.Key.Key_T)
    port = view.viewport().geometry()
    for index in range(presentation.stage_count()):
        presentation.go_to(index)
        layout = scene.layout
        stage = layout.stages[index].rect
        on_view = view.mapFromScene(QRectF(stage.x, layout.grid.y, stage.w, layout.grid.h)).boundingRect()
        on_view.translate(port.topLeft())
        spot = badge.geometry()
        assert badge.isVisible() and port.contains(spot)
        assert not spot.intersects(on_view), index  # the stage's header, steps and cards stay clear
        for item in scene.lanes.values():  # and the lane titles
            title = view.mapFromScene(item.scene_box()).boundingRect().translated(port.topLeft())
            assert not spot.intersects(title), index
        assert badge.font_pixels() >= 40  # still large for the room (64 px where the corner has room)
    presentation.whole_map()
    assert badge.isVisible() and badge.font_pixels() >= 48


def test_reset_and_leaving_presentation_take_the_timer_away(qtbot, presenting):
    window, presentation = presenting
    tools = window.workshop
    view, badge, timer = window.view, tools.timer_badge, tools.timer
    QTest.keyClick(view, Qt.Key.Key_T)
    QTest.keyClick(view, Qt.Key.Key_T)
    assert not timer.is_running() and badge.isVisible()  # paused: still on the wall, in grey
    tools.reset_timer.trigger()
    assert not badge.isVisible()  # no faded 5:00 left behind
    QTest.keyClick(view, Qt.Key.Key_T)
    QTest.keyClick(view, Qt.Key.Key_T)
    presentation.leave()  # a paused timer stays out of the editor
    assert not badge.isVisible()
    presentation.enter()
    assert badge.isVisible()  # back on the wall where it was left
    QTest.keyClick(view, Qt.Key.Key_T)
    assert timer.is_running()
    presentation.leave()  # a running countdown follows into the status bar, off the map
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not badge.isVisible() and tools.timer_status.isVisible()
    assert tools.timer_status.text().startswith(("4:", "5:"))
    tools.reset_timer.trigger()
    assert not badge.isVisible() and not tools.timer_status.isVisible()
    presentation.enter()  # the fixture leaves
    assert not badge.isVisible()  # reset: nothing to show until T


def _point_heights(window) -> dict[float, float]:
    """Each emotion point's centre, as a share of its lane's height from the lane's top."""
    layout = window.view.map_scene.layout
    lanes = {lane.lane_id: lane.row for lane in layout.lanes}
    return {point.score: (point.rect.y + point.rect.h / 2 - lanes[curve.lane_id].y) / lanes[curve.lane_id].h
            for curve in layout.curves for point in curve.points}


def test_the_emotion_curve_uses_the_lanes_height_in_presentation_as_in_the_editor(qtbot, open_windows, tmp_path):
    window = open_windows.open_path(str(copied(ROOT / "examples" / "saas-customer.journey", tmp_path)))
    qtbot.waitExposed(window)
    scale = window.document.map.emotion_scale
    editor = _point_heights(window)
    assert {scale.min, scale.max} <= set(editor)  # the example swings from bottom to top
    presentation = present_at_1080p(qtbot, window)
    shown = _point_heights(window)
    assert set(shown) == set(editor)
    for score, share in editor.items():
        assert shown[score] == pytest.approx(share, abs=0.05), score
    assert shown[scale.min] - shown[scale.max] > 0.5  # a swing from −2 to +2 spans half the lane
    # the faces on screen: a full swing is at least 100 px high at 28 px card text
    layout = window.view.map_scene.layout
    points = {p.score: p.rect for c in layout.curves for p in c.points}
    presentation.go_to(0)
    assert (points[scale.min].y - points[scale.max].y) * window.view.zoom() >= 100
    presentation.leave()


def test_the_emotion_scale_shows_beside_the_lane_titles_on_every_stage(qtbot, presenting):
    window, presentation = presenting
    view, scene = window.view, window.view.map_scene
    emotion_lane = scene.layout.curves[0].lane_id
    presentation.go_to(0)  # the grid's own ticks show at the first stage's left
    assert presentation.scale.visible_ticks() == {}
    ticks = sorted(s.text for s in scene.layout.curves[0].shapes if isinstance(s, TextShape))
    for index in range(1, presentation.stage_count()):
        presentation.go_to(index)
        assert sorted(presentation.scale.visible_ticks()[emotion_lane]) == ticks
        item = presentation.scale.items[emotion_lane]
        box = item.mapRectToScene(item.boundingRect())
        shown = view.mapToScene(view.viewport().rect()).boundingRect()
        title = scene.lanes[emotion_lane].scene_box()
        stage = scene.layout.stages[index].rect
        assert shown.contains(QPointF(title.right() + 5, box.center().y()))  # on screen
        assert title.right() - 8 <= box.left() and box.right() - 7 <= stage.x  # beside the titles, left of the stage
    presentation.leave()
    assert not [item for item in presentation.scale.items.values() if item.scene() is not None]
    presentation.enter()  # the fixture leaves
