"""A card (sticky note) on the canvas, with its hover and selection look."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen

from ..render.style import METRICS
from .shapes_item import ACCENT, ACCENT_LIGHT, MarkableItem, Z


class CardItem(MarkableItem):
    def __init__(self, card_id: str, resources=None):
        super().__init__(resources)
        self.card_id = card_id
        self.setZValue(Z.CARD)

    def paint_overlay(self, painter: QPainter) -> None:
        if not (self._selected or self._hovered):
            return
        radius = METRICS.card_radius + 3
        if self._selected:
            pen = QPen(ACCENT, 4)
            rect = self.local_rect().adjusted(-3.5, -3.5, 3.5, 3.5)
        else:
            pen = QPen(ACCENT_LIGHT, 2)
            rect = self.local_rect().adjusted(-2, -2, 2, 2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, radius, radius)
