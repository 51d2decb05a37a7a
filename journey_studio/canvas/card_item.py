"""A card (sticky note) on the canvas, with its hover and selection look."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from ..render.geometry import Rect, RectShape
from ..render.style import METRICS
from .shapes_item import ACCENT, ACCENT_LIGHT, MarkableItem, Z

#: below this zoom (screen pixels per map unit) card text is too small to read: a card draws
#: as a block of its colour, so "fit map" on a map of thousands of cards stays smooth
READABLE_ZOOM = 0.35


DIMMED_OPACITY = 0.22
FOUND = QColor("#f2b705")
FOUND_CURRENT = QColor("#e07b00")


class CardRowItem(QGraphicsItem):
    """The card items of one lane row, as its children (it draws nothing): when only the rows
    above grew or shrank, the row moves by moving this item, its cards untouched.

    It sits at (0, ``dy``) of the layout's ``CardRow``; its cards sit at their ``base`` boxes,
    in its coordinates."""

    def __init__(self, lane_id: str):
        super().__init__()
        self.lane_id = lane_id
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setZValue(Z.CARD)
        #: the boxes its cards show (a ``CardRow.base``), None before the first
        self.base: list | None = None

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF()

    def paint(self, painter, option, widget=None) -> None:
        pass


class CardItem(MarkableItem):
    def __init__(self, card_id: str, resources=None):
        super().__init__(resources)
        self.card_id = card_id
        self.setZValue(Z.CARD)
        #: found by Edit › Find (a yellow ring); ``current``: the match shown now
        self.found = False
        self.current = False
        #: its lane row's item (its parent, unless lifted out of it while dragged)
        self.row: CardRowItem | None = None
        self._lifted = False

    # --- its row ------------------------------------------------------------------------------
    def set_row(self, row: CardRowItem) -> None:
        """Put the item in ``row`` (the scene's item of the card's lane row)."""
        if row is not self.row:
            self.row = row
            if not self._lifted:
                self.setParentItem(row)
                self._place()

    def lift(self) -> None:
        """Out of its row, over every card (dragged), where it is on the scene."""
        if not self._lifted:
            pos = self.scenePos()
            self._lifted = True
            self.setParentItem(None)
            self.setPos(pos)
        self.setZValue(Z.DRAGGED)

    def land(self) -> None:
        """Back in its row, at its box."""
        if self._lifted:
            self._lifted = False
            self.setParentItem(self.row)
        self.setZValue(Z.CARD)
        self._place()

    def _place(self) -> None:
        x, y = self._rect.x + self._offset[0], self._rect.y + self._offset[1]
        if self._lifted and self.row is not None:
            y += self.row.y()
        self.setPos(x, y)

    def box_rect(self) -> Rect:
        """Its box on the scene (its row may have moved since it was given it)."""
        dy = self.row.y() if self.row is not None else 0.0
        return self._rect.moved(0, dy) if dy else self._rect

    def set_marks(self, found: bool, current: bool, dimmed: bool) -> None:
        """Find and filter marks: a ring around a match, a faded card for one a filter leaves out."""
        if (found, current) != (self.found, self.current):
            self.found, self.current = found, current
            self.update()
        opacity = DIMMED_OPACITY if dimmed else 1.0
        if self.opacity() != opacity:
            self.setOpacity(opacity)

        self._block: tuple[object, QColor] | None = None  # (shapes it was read from, colour)

    def content_bounds(self, rect, shapes, dx, dy):
        """A card paints inside its box, its outline and its shadow (1.5, 2 units down-right): text is wrapped
        and cut to the card's width, so no text needs measuring here (thousands of cards)."""
        return Rect(rect.x - 1, rect.y - 1, rect.w + 3.5, rect.h + 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if option.levelOfDetailFromTransform(painter.worldTransform()) >= READABLE_ZOOM:
            super().paint(painter, option, widget)
            return
        painter.fillRect(self.local_rect(), self.block_color())
        self.paint_overlay(painter)

    def block_color(self) -> QColor:
        """The card's fill (its body, the first outlined rectangle), for the zoomed-out look."""
        if self._block is None or self._block[0] is not self._root:
            body = next((s for s in self._shapes if isinstance(s, RectShape) and s.stroke), None)
            fill = body.fill if body is not None and body.fill else "#ffffff"
            self._block = (self._root, QColor(fill))
        return self._block[1]

    def paint_overlay(self, painter: QPainter) -> None:
        if self.found:
            pen = QPen(FOUND_CURRENT if self.current else FOUND, 5 if self.current else 3)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            rect = self.local_rect().adjusted(-5, -5, 5, 5)
            painter.drawRoundedRect(rect, METRICS.card_radius + 5, METRICS.card_radius + 5)
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
