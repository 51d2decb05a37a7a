"""The emotion curve of an emotions lane, its points, and what a point gesture shows.

Items only draw: ``point_gestures`` moves a point item and its curve during a drag, shows the
value in a ``ValueTagItem``, and a ``PointHintItem`` where a click would add a point.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..render.geometry import CurveBox
from .shapes_item import ACCENT, OUTLINE_ROOM, MarkableItem, ShapesItem, Z

HALO = QColor("#ffffff")


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
    """A face on the curve. Selected: a white halo and a thick accent ring, readable on a projector."""

    room = OUTLINE_ROOM + 4  # for the selection ring's halo

    def __init__(self, lane_id: str, step_id: str, resources=None):
        super().__init__(resources)
        self.lane_id = lane_id
        self.step_id = step_id
        self.setZValue(Z.POINT)
        self.setCursor(Qt.CursorShape.SizeVerCursor)

    def shape(self) -> QPainterPath:
        # a little larger than the face, so a finger on a touchpad or a shaky hand still hits it
        path = QPainterPath()
        path.addEllipse(self.local_rect().adjusted(-5, -5, 5, 5))
        return path

    def paint_overlay(self, painter: QPainter) -> None:
        face = self.local_rect()
        if self._selected:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(HALO, 8))
            painter.drawEllipse(face.adjusted(-5, -5, 5, 5))
            painter.setPen(QPen(ACCENT, 4))
            painter.drawEllipse(face.adjusted(-5, -5, 5, 5))
        elif self._hovered:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ACCENT, 2))
            painter.drawEllipse(face.adjusted(-4, -4, 4, 4))


class ValueTagItem(QGraphicsItem):
    """The value of a point being dragged, in a small label beside the face (``+1``, ``−0.7``)."""

    PAD_X, PAD_Y = 8.0, 4.0

    def __init__(self):
        super().__init__()
        self.setZValue(Z.DROP_LINE)
        self._text = ""
        self._font = QFont("DejaVu Sans")
        self._font.setPixelSize(17)
        self._font.setBold(True)
        self._rect = QRectF()

    def show_value(self, text: str, anchor: QPointF) -> None:
        """Show ``text`` with its left edge at ``anchor`` (the vertical middle)."""
        self.prepareGeometryChange()
        self._text = text
        metrics = QFontMetricsF(self._font)
        w = metrics.horizontalAdvance(text) + 2 * self.PAD_X
        h = metrics.height() + 2 * self.PAD_Y
        self._rect = QRectF(0, -h / 2, w, h)
        self.setPos(anchor)
        self.update()

    def text(self) -> str:
        return self._text

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(HALO, 1.5))
        painter.setBrush(QBrush(ACCENT))
        painter.drawRoundedRect(self._rect, 5, 5)
        painter.setFont(self._font)
        painter.setPen(QPen(HALO))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


class PointHintItem(QGraphicsItem):
    """A dashed circle with a plus where a click on an empty step of the curve adds a point."""

    def __init__(self, radius: float):
        super().__init__()
        self.setZValue(Z.POINT)
        self.radius = radius
        self.hide()

    def show_at(self, center: QPointF | None) -> None:
        if center is None:
            self.hide()
            return
        self.setPos(center)
        self.show()

    def boundingRect(self) -> QRectF:
        r = self.radius + 3
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.radius
        fill = QColor(ACCENT)
        fill.setAlphaF(0.10)
        painter.setBrush(QBrush(fill))
        painter.setPen(QPen(ACCENT, 2, Qt.PenStyle.DashLine))
        painter.drawEllipse(QRectF(-r, -r, 2 * r, 2 * r))
        painter.setPen(QPen(ACCENT, 2.5))
        arm = r * 0.45
        painter.drawLine(QPointF(-arm, 0), QPointF(arm, 0))
        painter.drawLine(QPointF(0, -arm), QPointF(0, arm))
