"""A drag near the view's edge scrolls the view, and what is dragged follows the mouse."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journey_studio.canvas import CARD_KIND_MIME
from journey_studio.canvas.edge_scroll import EDGE, MAX_STEP, MIN_STEP, edge_velocity

from canvas_gestures import card_center


def test_the_band_along_each_edge_scrolls_faster_the_deeper_the_mouse_is():
    w, h = 800.0, 600.0
    assert edge_velocity(QPointF(400, 300), w, h) == (0, 0)
    assert edge_velocity(QPointF(EDGE + 1, 300), w, h) == (0, 0)
    left, _ = edge_velocity(QPointF(EDGE - 2, 300), w, h)
    edge, _ = edge_velocity(QPointF(0, 300), w, h)
    past, _ = edge_velocity(QPointF(-200, 300), w, h)
    assert -MIN_STEP >= left > edge > past >= -MAX_STEP
    assert edge_velocity(QPointF(w - 1, h - 1), w, h)[0] > 0 and edge_velocity(QPointF(w - 1, h - 1), w, h)[1] > 0
    assert edge_velocity(QPointF(400, -5), w, h)[1] < 0
    # a tiny viewport keeps a middle where nothing scrolls
    assert edge_velocity(QPointF(50, 50), 100, 100) == (0, 0)


def _small_view(view):
    view.resize(520, 360)
    view.set_zoom(1.0)
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.minimum())
    v.setValue(v.minimum())
    QApplication.processEvents()
    assert h.maximum() > h.minimum() + 400  # the map is far wider than the view
    return h


def test_a_card_held_at_the_right_edge_scrolls_the_view_and_lands_off_the_first_screen(qtbot, view, document):
    h = _small_view(view)
    m = document.journey.map
    first_screen = view.mapToScene(view.viewport().rect()).boundingRect()
    card = next(c for c in m.cards if first_screen.contains(view.map_scene.cards[c.id].scene_box().center()))
    card_step = card.step
    port = view.viewport()
    start = card_center(view, card.id)
    count = document.undo_stack.count()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    edge = QPoint(port.width() - 4, start.y())
    for i in range(1, 9):
        QTest.mouseMove(port, start + (edge - start) * (i / 8))
    qtbot.waitUntil(lambda: h.value() > h.minimum() + 600, timeout=5000)
    # the dragged card followed the mouse while the map scrolled under it
    item = view.map_scene.cards[card.id]
    assert view.mapFromScene(item.scene_box().center()).x() > port.width() / 2
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge)
    scrolled = h.value()
    qtbot.wait(100)
    assert h.value() == scrolled  # released: the scrolling stopped
    moved = m.find_card(card.id)
    landed = view.map_scene.layout.card(card.id).rect
    assert landed.x > first_screen.right()  # in a step that was off screen when the drag began
    assert moved.step != card_step
    assert document.undo_stack.count() == count + 1  # one gesture, one undo step


def test_moving_back_from_the_edge_stops_the_scrolling(qtbot, view, document):
    h = _small_view(view)
    port = view.viewport()
    card = document.journey.map.cards[0]
    start = card_center(view, card.id)
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(port, start + QPoint(20, 0))
    QTest.mouseMove(port, QPoint(port.width() - 3, port.height() // 2))
    qtbot.waitUntil(lambda: h.value() > h.minimum() + 50, timeout=5000)
    QTest.mouseMove(port, QPoint(port.width() // 2, port.height() // 2))
    held = h.value()
    qtbot.wait(120)
    assert h.value() == held
    # Esc cancels the drag: nothing changed in the map
    count = document.undo_stack.count()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       QPoint(port.width() // 2, port.height() // 2))
    assert document.undo_stack.count() == count


def test_a_palette_card_carried_to_the_bottom_edge_scrolls_down_and_drops_below(qtbot, view, document):
    _small_view(view)
    v = view.verticalScrollBar()
    port = view.viewport()
    mime = QMimeData()
    mime.setData(CARD_KIND_MIME, QByteArray(b"card"))
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    pos = QPoint(port.width() // 2, port.height() - 3)
    enter = QDragEnterEvent(pos, action, mime, buttons, keys)
    QApplication.sendEvent(port, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(port, QDragMoveEvent(pos, action, mime, buttons, keys))
    start = v.value()
    qtbot.waitUntil(lambda: v.value() > start + 300, timeout=5000)
    assert view.map_scene.drop_line.isVisible()
    drop = QDropEvent(QPointF(pos), action, mime, buttons, keys)
    QApplication.sendEvent(port, drop)
    stopped = v.value()
    qtbot.wait(100)
    assert v.value() == stopped
    new = view.selected_card_ids()
    assert len(new) == 1
    rect = view.map_scene.layout.card(new[0]).rect
    assert rect.y > start + port.height()  # below what the view showed when the drag came in
    view.close_editor(commit=False)
