"""Stage, step and lane headers, and the corner above the lane headers.

Headers stay visible while the map scrolls: the scene shifts them with ``set_offset``.
They carry the grid lines along their edges so a frozen header still looks ruled.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ..render import style
from .shapes_item import ACCENT, ACCENT_LIGHT, MarkableItem, ShapesItem, Z

_EDGE = QColor("#b8c2ca")


class HeaderItem(MarkableItem):
    """A header that can be selected, hovered and dragged to reorder."""

    def paint_overlay(self, painter: QPainter) -> None:
        self.paint_edges(painter)
        if self._selected:
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.local_rect().adjusted(5.5, 5.5, -5.5, -5.5))
            painter.setPen(QPen(ACCENT, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                                Qt.PenJoinStyle.MiterJoin))
            painter.drawRect(self.local_rect().adjusted(2, 2, -2, -2))
        elif self._hovered:
            painter.setPen(QPen(ACCENT_LIGHT, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.local_rect().adjusted(1, 1, -1, -1))

    def paint_edges(self, painter: QPainter) -> None:
        """Lines along the header's edges."""


class StageHeaderItem(HeaderItem):
    def __init__(self, stage_id: str, resources=None):
        super().__init__(resources)
        self.stage_id = stage_id
        self.setZValue(Z.STAGE_HEADER)


class StepHeaderItem(HeaderItem):
    def __init__(self, step_id: str, stage_id: str, resources=None):
        super().__init__(resources)
        self.step_id = step_id
        self.stage_id = stage_id
        self.setZValue(Z.STAGE_HEADER)


class LaneHeaderItem(HeaderItem):
    def __init__(self, lane_id: str, resources=None):
        super().__init__(resources)
        self.lane_id = lane_id
        self.setZValue(Z.LANE_HEADER)

    def paint_edges(self, painter: QPainter) -> None:
        r = self.local_rect()
        painter.setPen(QPen(QColor(style.GRID), 1))
        painter.drawLine(QLineF(r.left(), r.bottom(), r.right(), r.bottom()))
        painter.setPen(QPen(_EDGE, 1.4))
        painter.drawLine(QLineF(r.right(), r.top(), r.right(), r.bottom()))


class CornerItem(ShapesItem):
    """The blank corner above the lane headers and left of the stage headers."""

    def __init__(self, resources=None):
        super().__init__(resources)
        self.setZValue(Z.CORNER)

    def paint_overlay(self, painter: QPainter) -> None:
        r = self.local_rect()
        painter.setPen(QPen(_EDGE, 1.4))
        painter.drawLine(QLineF(r.right(), r.top(), r.right(), r.bottom()))
        painter.drawLine(QLineF(r.left(), r.bottom(), r.right(), r.bottom()))
