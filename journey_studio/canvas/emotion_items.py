"""The emotion curve of an emotions lane and its points.

Drawn only here; dragging a point is an interaction added later: it will read
``EmotionPointItem.lane_id``/``step_id`` and ``CurveItem.curve`` (the band and its score range).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen

from ..render.geometry import CurveBox
from .shapes_item import ACCENT, MarkableItem, ShapesItem, Z


class CurveItem(ShapesItem):
    def __init__(self, lane_id: str, resources=None):
        super().__init__(resources)
        self.lane_id = lane_id
        self.curve: CurveBox | None = None
        self.setZValue(Z.CURVE)

    def set_curve(self, curve: CurveBox) -> None:
        self.curve = curve
        self.set_box(curve.rect, curve.shapes)


class EmotionPointItem(MarkableItem):
    def __init__(self, lane_id: str, step_id: str, resources=None):
        super().__init__(resources)
        self.lane_id = lane_id
        self.step_id = step_id
        self.setZValue(Z.POINT)

    def paint_overlay(self, painter: QPainter) -> None:
        if self._selected:
            painter.setPen(QPen(ACCENT, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.local_rect().adjusted(-4, -4, 4, 4))
