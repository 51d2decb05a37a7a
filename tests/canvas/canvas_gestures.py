"""Real mouse gestures on the view's viewport, at scene positions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from journey_studio.canvas import MapView

SAAS = Path(__file__).resolve().parents[2] / "examples" / "saas-customer.journey"


def at(view: MapView, x: float, y: float) -> QPoint:
    """The viewport point of scene point (x, y)."""
    return view.mapFromScene(QPointF(x, y))


def card_center(view: MapView, card_id: str) -> QPoint:
    return view.mapFromScene(view.map_scene.cards[card_id].scene_box().center())


def drag(view: MapView, start: QPoint, end: QPoint, modifiers=Qt.KeyboardModifier.NoModifier,
         button=Qt.MouseButton.LeftButton) -> None:
    """A real press, moves in small steps, and release on the viewport."""
    port = view.viewport()
    QTest.mousePress(port, button, modifiers, start)
    steps = 8
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(port, QPoint(round(p.x()), round(p.y())))
    QTest.mouseRelease(port, button, modifiers, end)


def click(view: MapView, pos: QPoint, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, pos)


def dump(document) -> dict:
    return document.journey.model_dump(mode="json")
