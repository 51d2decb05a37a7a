"""Zoom, pan and frozen headers; the selection and the scroll survive an edit."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journey_studio.canvas import MapScene, MapView, Selection
from journey_studio.canvas.view import ZOOM_MIN
from journey_studio.document import Document
from journey_studio.fileformat import load

from canvas_gestures import drag
from support import ROOT


def _visible(view):
    return view.mapToScene(view.viewport().rect()).boundingRect()


def test_headers_stay_visible_while_the_map_scrolls(view, document):
    view.set_zoom(1.0)
    scene = view.map_scene
    view.verticalScrollBar().setValue(400)
    view.horizontalScrollBar().setValue(500)
    visible = _visible(view)
    stage = scene.stages[document.journey.map.stages[-1].id]
    lane = scene.lanes[document.journey.map.lanes[-1].id]
    assert abs(stage.pos().y() - visible.top()) < 1
    assert abs(lane.pos().x() - visible.left()) < 1
    assert abs(scene.corner.pos().x() - visible.left()) < 1 and abs(scene.corner.pos().y() - visible.top()) < 1
    # a click on the frozen stage header selects the stage, not the card under it
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(stage.scene_box().center()))
    assert view.selection() == Selection.stage(stage.stage_id)
    view.verticalScrollBar().setValue(0)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().minimum())
    assert stage.pos().y() == stage.box_rect().y


def test_zoom_actions_and_ctrl_wheel(view):
    view.zoom_100()
    assert view.zoom() == 1.0
    view.zoom_in()
    assert view.zoom() > 1.0
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() < 1.0
    view.zoom_fit()
    layout = view.map_scene.layout
    visible = _visible(view)
    assert visible.width() >= layout.width and visible.height() >= layout.height
    before = view.zoom()
    pos = QPointF(300, 300)
    wheel = QWheelEvent(pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > before


def test_middle_button_pans(view):
    view.set_zoom(1.0)
    h = view.horizontalScrollBar()
    v = view.verticalScrollBar()
    h.setValue(300)
    v.setValue(100)
    drag(view, QPoint(600, 500), QPoint(500, 460), button=Qt.MouseButton.MiddleButton)
    assert (h.value(), v.value()) == (400, 140)


def test_space_drag_pans_instead_of_selecting(view, document):
    view.set_zoom(1.0)
    h = view.horizontalScrollBar()
    h.setValue(200)
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(view, QPoint(700, 500), QPoint(600, 500))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert h.value() == 300
    assert view.selection() == Selection()
    assert document.undo_stack.count() == 0


def test_selection_and_scroll_survive_an_edit(view, document):
    m = document.journey.map
    card = m.cards[3]
    view.set_zoom(1.0)
    view.select(Selection.cards([card.id]))
    view.verticalScrollBar().setValue(120)
    item_before = view.map_scene.cards[m.cards[0].id]
    document.update_card(m.cards[0].id, text="Changed text that is a little longer than before")
    assert view.selection() == Selection.cards([card.id])
    assert view.verticalScrollBar().value() == 120
    assert view.map_scene.cards[m.cards[0].id] is item_before  # updated in place, not rebuilt


def test_title_and_persona_shown_above_the_grid_and_headers_freeze_below_them(qtbot, document):
    from journey_studio.canvas import MapScene, MapView
    from journey_studio.render.layout import LayoutOptions

    document.update_persona(name="Léa", role="Freelance designer")
    scene = MapScene(document, LayoutOptions(show_title=True, show_persona=True))
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    assert set(scene.extras) == {"title", "persona"}
    grid_top = scene.layout.grid.y
    stage = next(iter(scene.stages.values()))
    assert stage.pos().y() == grid_top > 0
    view.verticalScrollBar().setValue(round(grid_top) + 200)
    assert abs(stage.pos().y() - _visible(view).top()) < 1


def test_fit_shows_a_tall_map_in_a_small_window_below_the_usual_smallest_zoom(qtbot):
    """A 1366×768 screen at 200 %: the editor's canvas is some 420×240 logical pixels."""
    tall = Document.from_journey(load(ROOT / "examples" / "banque-entrepreneuse.journey"), None)
    view = MapView(MapScene(tall))
    qtbot.addWidget(view)
    view.resize(420, 240)
    view.show()
    qtbot.waitUntil(lambda: view.viewport().height() < 240)
    view.zoom_fit()
    layout = view.map_scene.layout
    assert view.zoom() < ZOOM_MIN  # this map needs it
    visible = _visible(view)
    assert visible.width() >= layout.width and visible.height() >= layout.height
    assert view.verticalScrollBar().maximum() == view.horizontalScrollBar().maximum() == 0
    fit = view.zoom()
    view.zoom_out()  # zooming out further would only make the map smaller in an empty view
    assert view.zoom() == pytest.approx(fit)
    view.set_zoom(1.0)
    for _ in range(30):  # the wheel too stops where the whole map shows
        _ctrl_wheel(view, -120)
    assert view.zoom() == pytest.approx(fit)
    view.resize(1500, 1000)  # a large window: the usual smallest zoom
    qtbot.waitUntil(lambda: view.viewport().height() > 900)
    view.set_zoom(0.01)
    assert view.zoom() == pytest.approx(ZOOM_MIN)


def _ctrl_wheel(view, delta: int) -> None:
    pos = QPointF(200, 100)
    QApplication.sendEvent(view.viewport(), QWheelEvent(
        pos, QPointF(view.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, delta),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False))
