"""The lane bands, the lines between cells, the cell hover/selection outlines and the drop line."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..render.geometry import LineShape, Rect
from ..render.painters.qt import paint_shapes
from .shapes_item import ACCENT, ShapesItem, Z


class LaneBandItem(ShapesItem):
    """The tinted background of one lane across the grid."""

    def __init__(self, lane_id: str, resources=None):
        super().__init__(resources)
        self.lane_id = lane_id
        self.setZValue(Z.BAND)


class GridItem(ShapesItem):
    """Every line between cells, as one item; a repaint draws only the lines it reaches (an
    edit repaints one card's place, not the hundreds of lines of a huge map)."""

    def __init__(self, resources=None):
        super().__init__(resources)
        self.setZValue(Z.GRID)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)  # for exposedRect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        exposed = option.exposedRect
        shapes = self._shapes
        if not exposed.isEmpty():  # the exposed part in map units, with room for the widest line
            x0, y0 = self._rect.x - self._shift[0], self._rect.y - self._shift[1]
            left, right = exposed.left() + x0 - 2, exposed.right() + x0 + 2
            top, bottom = exposed.top() + y0 - 2, exposed.bottom() + y0 + 2
            shapes = [line for line in shapes
                      if not isinstance(line, LineShape)
                      or (min(line.x1, line.x2) <= right and max(line.x1, line.x2) >= left
                          and min(line.y1, line.y2) <= bottom and max(line.y1, line.y2) >= top)]
        painter.save()
        painter.translate(self._shift[0] - self._rect.x, self._shift[1] - self._rect.y)
        paint_shapes(painter, shapes)
        painter.restore()


class TitleItem(ShapesItem):
    """The map title above the grid (when shown)."""


class PersonaItem(ShapesItem):
    """The persona band above the grid (when shown)."""


class CellOutlineItem(QGraphicsItem):
    """Marks one cell: a soft tint under the mouse, or a strong outline when selected."""

    def __init__(self, selected: bool):
        super().__init__()
        self._selected = selected
        self._rect = QRectF()
        self.setZValue(Z.CELL_SELECTED if selected else Z.CELL_HOVER)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def show_cell(self, rect: Rect | None) -> None:
        if rect is None:
            self.setVisible(False)
            return
        new = QRectF(rect.x, rect.y, rect.w, rect.h)
        if new != self._rect:
            self.prepareGeometryChange()
            self._rect = new
        self.setVisible(True)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._selected:
            fill = QColor(ACCENT)
            fill.setAlphaF(0.07)
            painter.setBrush(fill)
            painter.setPen(QPen(ACCENT, 3.5))
            painter.drawRect(self._rect.adjusted(2, 2, -2, -2))
        else:
            fill = QColor(ACCENT)
            fill.setAlphaF(0.05)
            edge = QColor(ACCENT)
            edge.setAlphaF(0.35)
            painter.setBrush(fill)
            painter.setPen(QPen(edge, 1.5))
            painter.drawRect(self._rect.adjusted(1, 1, -1, -1))


class DropIndicatorItem(QGraphicsItem):
    """The line where dragged cards, stages or lanes will land."""

    def __init__(self):
        super().__init__()
        self._line = QLineF()
        self.setZValue(Z.DROP_LINE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setVisible(False)

    def show_line(self, x1: float, y1: float, x2: float, y2: float, on_top: bool = False) -> None:
        line = QLineF(x1, y1, x2, y2)
        if line != self._line:
            self.prepareGeometryChange()
            self._line = line
        self.setZValue(Z.HEADER_DRAGGED + 1 if on_top else Z.DROP_LINE)
        self.setVisible(True)
        self.update()

    def hide_line(self) -> None:
        self.setVisible(False)

    def line(self) -> QLineF:
        return self._line

    def boundingRect(self) -> QRectF:
        return QRectF(self._line.p1(), self._line.p2()).normalized().adjusted(-8, -8, 8, 8)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(ACCENT, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(self._line)
        painter.setBrush(ACCENT)
        painter.setPen(Qt.PenStyle.NoPen)
        for end in (self._line.p1(), self._line.p2()):
            painter.drawEllipse(end, 6, 6)
