"""The base of every map item: it is given a box (rect + shapes in map coordinates) and draws it.

Items are dumb: the scene hands them their geometry from the shared layout through
``set_box`` and their look (selected, hovered) through setters; they never write the model.
An item sits at its box's top-left corner and paints its shapes translated back, so moving an
item (a drag, a frozen header, a relayout that only moved its box) never touches its shapes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from ..render.geometry import Rect, Shape
from ..render.hit_test import shapes_bounds
from ..render.layout_cache import root_shapes
from ..render.painters.qt import paint_shapes
from .paint_resources import PaintResources

#: the selection accent: strong enough to read on a projector, on light and dark fills
ACCENT = QColor("#1565c0")
ACCENT_LIGHT = QColor("#5b9be0")
#: room around the box for outlines drawn outside it
OUTLINE_ROOM = 7.0


class Z:
    """Stacking order of the canvas, back to front."""

    BAND = 0
    GRID = 1
    CELL_HOVER = 2
    CELL_SELECTED = 3
    CURVE = 4
    POINT = 5
    CARD = 6
    DRAGGED = 8
    DROP_LINE = 9
    LANE_HEADER = 10
    STAGE_HEADER = 11
    CORNER = 12
    HEADER_DRAGGED = 13
    EDITOR = 20


class ShapesItem(QGraphicsRectItem):
    """Its bounding rectangle is the ``QGraphicsRectItem``'s rect (no pen): Qt reads it without
    calling Python, which counts when a row of a thousand cards moves and Qt indexes them again."""

    #: room kept around what the item paints, for outlines drawn outside it
    room = OUTLINE_ROOM

    def __init__(self, resources: PaintResources | None = None):
        super().__init__()
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self._resources = resources
        self._rect = Rect(0, 0, 0, 0)
        self._given = []  # the shapes as the layout gave them (maybe a moved card's ShiftedShapes)
        self._root = None  # the shapes they were moved from, or themselves
        self._shapes: list[Shape] = []  # what is painted: ``_root``, moved by ``_shift``
        self._shift = (0.0, 0.0)
        self._offset = (0.0, 0.0)

    # --- setters the scene calls --------------------------------------------------------
    def set_box(self, rect: Rect, shapes: list[Shape]) -> bool:
        """Show ``shapes`` with the item at ``rect``'s corner; False when nothing changed.

        A box the layout only moved (its shapes are its last ones, shifted) just moves the item."""
        if shapes is self._given and (rect is self._rect or rect == self._rect):
            return False
        root, dx, dy = root_shapes(shapes)
        if root is self._root and rect.w == self._rect.w and rect.h == self._rect.h:
            # the same shapes as before, moved: the item moves, nothing is measured or redrawn
            moved = rect != self._rect
            self._rect, self._given, self._shift = rect, shapes, (dx, dy)
            if moved:
                self._place()
            return moved
        if root is shapes and rect == self._rect and self._shift == (0.0, 0.0) and shapes == self._shapes:
            self._given = self._root = shapes  # laid out again, the same
            return False
        self.prepareGeometryChange()
        self._rect, self._given, self._root, self._shift = rect, shapes, root, (dx, dy)
        self._shapes = list(root)
        b = self.content_bounds(rect, self._shapes, dx, dy)
        left, top = min(b.x, rect.x), min(b.y, rect.y)
        right, bottom = max(b.right, rect.right), max(b.bottom, rect.bottom)
        room = self.room
        self.setRect(QRectF(left - rect.x - room, top - rect.y - room,  # what boundingRect() gives
                            right - left + 2 * room, bottom - top + 2 * room))
        self._place()
        self.update()
        return True

    def content_bounds(self, rect: Rect, shapes: list[Shape], dx: float, dy: float) -> Rect:
        """Where the shapes (``shapes`` moved by dx, dy) paint, in scene coordinates."""
        b = shapes_bounds(shapes) or rect
        return Rect(b.x + dx, b.y + dy, b.w, b.h)

    def set_offset(self, dx: float, dy: float) -> None:
        """Shift the item from its box (frozen headers follow the scroll this way)."""
        if (dx, dy) != self._offset:
            self._offset = (dx, dy)
            self._place()

    def _place(self) -> None:
        self.setPos(self._rect.x + self._offset[0], self._rect.y + self._offset[1])

    def box_rect(self) -> Rect:
        return self._rect

    def shapes(self) -> list[Shape]:
        return list(self._given)

    def home_pos(self):
        """Where the scene put the item (its box corner plus any frozen offset)."""
        return (self._rect.x + self._offset[0], self._rect.y + self._offset[1])

    def scene_box(self) -> QRectF:
        """The box where the item is drawn now, in scene coordinates."""
        pos = self.scenePos()
        return QRectF(pos.x(), pos.y(), self._rect.w, self._rect.h)

    # --- QGraphicsItem -------------------------------------------------------------------
    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self._rect.w, self._rect.h))
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.save()
        painter.translate(self._shift[0] - self._rect.x, self._shift[1] - self._rect.y)
        resources = self._resources
        paint_shapes(painter, self._shapes, images=resources.images if resources else None,
                     icons=resources.icons if resources else None)
        painter.restore()
        self.paint_overlay(painter)

    def paint_overlay(self, painter: QPainter) -> None:
        """Drawn over the shapes, in item coordinates (0, 0 is the box corner): outlines."""

    def local_rect(self) -> QRectF:
        return QRectF(0, 0, self._rect.w, self._rect.h)


class MarkableItem(ShapesItem):
    """An item the user points at: it can be selected and shows the mouse hovering it."""

    def __init__(self, resources: PaintResources | None = None):
        super().__init__(resources)
        self._selected = False
        self._hovered = False
        self.setAcceptHoverEvents(True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.update()

    def is_selected(self) -> bool:
        return self._selected

    def hoverEnterEvent(self, event) -> None:
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hovered = False
        self.update()
