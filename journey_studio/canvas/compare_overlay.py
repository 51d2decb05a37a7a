"""The differences with another version, drawn on the map as separate items over the canvas.

Added cards get a green outline; removed cards a red dashed ghost where they were (with their
text); changed ones an amber outline whose tooltip gives the old text; moved ones a blue
outline and an arrow from their old cell. Stage, step and lane headers that were added,
renamed or moved get the same outline on the header (it follows the frozen header). A changed
emotion point shows its old place as a hollow dot joined to the new one; a removed one as a
hollow red dot. The items never take the mouse and never touch the map's own items: the
overlay is rebuilt after each relayout and removed by :meth:`CompareOverlay.clear`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsEllipseItem, QGraphicsItem, QGraphicsLineItem, QGraphicsPathItem, QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from ..compare.diff import Difference
from ..model import Journey
from ..render.geometry import MapLayout, Rect
from ..render.layout import layout_map
from ..plain_tooltip import escape_for_tooltip

ADDED = QColor("#2e9d4a")
REMOVED = QColor("#d43c3c")
CHANGED = QColor("#e39b12")
MOVED = QColor("#2f6fdb")
OLD_POINT = QColor("#6b5bd6")
Z_MARK = 7.5  # above cards (6), below a dragged card (8) and the frozen headers (10+)

translate = QCoreApplication.translate


def _pen(color: QColor, width: float = 3.0, dashed: bool = False) -> QPen:
    pen = QPen(color, width)
    pen.setCosmetic(False)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def _qrect(rect: Rect, grow: float = 0.0) -> QRectF:
    return QRectF(rect.x - grow, rect.y - grow, rect.w + 2 * grow, rect.h + 2 * grow)


def _passive(item: QGraphicsItem) -> QGraphicsItem:
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setAcceptHoverEvents(False)
    item.setZValue(Z_MARK)
    return item


class CompareOverlay:
    """Marks of a comparison on ``scene``; ``other`` is the version compared with."""

    def __init__(self, scene):
        self.scene = scene
        self.items: list[QGraphicsItem] = []
        self.differences: list[Difference] = []
        self.other: Journey | None = None
        self._other_layout: MapLayout | None = None
        scene.relaid_out.connect(self._redraw)

    # --- public -----------------------------------------------------------------------------
    def show(self, differences: Iterable[Difference], other: Journey) -> None:
        self.differences = list(differences)
        self.other = other
        self._other_layout = layout_map(other, self.scene.options)
        self._redraw()

    def follow(self, differences: Iterable[Difference]) -> None:
        """New differences with the same other version (the map was edited)."""
        self.differences = list(differences)
        self._redraw()

    def clear(self) -> None:
        self.differences, self.other, self._other_layout = [], None, None
        self._remove_items()

    def active(self) -> bool:
        return self.other is not None

    def mark_of(self, key: str) -> QGraphicsItem | None:
        """The main mark of an element (tests, and the side list's "show it")."""
        return next((item for item in self.items if item.data(0) == key), None)

    # --- drawing ----------------------------------------------------------------------------
    def _remove_items(self) -> None:
        for item in self.items:
            if item.scene() is not None and item.parentItem() is None:
                self.scene.removeItem(item)
            elif item.parentItem() is not None:
                item.setParentItem(None)
                if item.scene() is not None:
                    self.scene.removeItem(item)
        self.items = []

    def _redraw(self) -> None:
        self._remove_items()
        if self.other is None or self.scene.layout is None:
            return
        by_key: dict[str, list[Difference]] = {}
        for difference in self.differences:
            by_key.setdefault(difference.key, []).append(difference)
        for key, found in by_key.items():
            kind = found[0].kind
            if kind == "card":
                self._card(key, found)
            elif kind in ("stage", "step", "lane"):
                self._header(key, kind, found)
            elif kind == "point":
                self._point(key, found)

    def _add(self, item: QGraphicsItem, key: str, parent: QGraphicsItem | None = None) -> QGraphicsItem:
        _passive(item)
        item.setData(0, key)
        if parent is not None:
            item.setParentItem(parent)
        else:
            self.scene.addItem(item)
        self.items.append(item)
        return item

    def _outline(self, rect: QRectF, color: QColor, tip: str, key: str, dashed: bool = False,
                 fill: QColor | None = None, parent: QGraphicsItem | None = None) -> QGraphicsRectItem:
        path = QGraphicsRectItem(rect)
        path.setPen(_pen(color, 3.0, dashed))
        path.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        path.setToolTip(escape_for_tooltip(tip))
        return self._add(path, key, parent)

    # --- cards ------------------------------------------------------------------------------
    def _card(self, key: str, found: list[Difference]) -> None:
        card_id = key.split("/", 1)[1]
        item = self.scene.cards.get(card_id)
        tip = "\n".join(_tip_line(d) for d in found)
        changes = {d.change for d in found}
        if "removed" in changes:
            self._ghost(card_id, tip, key)
            return
        if item is None:
            return
        rect = _qrect(item.box_rect(), 4)
        if "added" in changes:
            self._outline(rect, ADDED, tip, key)
            return
        color = MOVED if "moved" in changes and "changed" not in changes else CHANGED
        self._outline(rect, color, tip, key)
        move = next((d for d in found if d.change == "moved" and d.field == "step+lane"), None)
        if move is not None:
            self._arrow_from_old_cell(card_id, rect, key)

    def _ghost(self, card_id: str, tip: str, key: str) -> None:
        """A dashed red outline with the struck-out text, where the card was in its cell (below
        the cards the cell holds now when that place is taken)."""
        old = self._other_layout
        box = next((c for c in old.cards if c.card_id == card_id), None) if old else None
        if box is None:
            return
        old_cell = old.cells.get((box.step_id, box.lane_id))
        cell = self.scene.layout.cells.get((box.step_id, box.lane_id))
        if old_cell is None or cell is None:
            return
        height = min(box.rect.h, 34.0)
        x = cell.x + (box.rect.x - old_cell.x)
        y = cell.y + (box.rect.y - old_cell.y)
        rect = QRectF(x, y, box.rect.w, height)
        taken = [QRectF(*_xywh(c.rect)) for c in self.scene.layout.cards
                 if (c.step_id, c.lane_id) == (box.step_id, box.lane_id)]
        taken += [item.rect() for item in self.items if item.data(1) == "ghost"]
        while any(rect.intersects(other) for other in taken):
            bottom = max(other.bottom() for other in taken if rect.intersects(other))
            rect.moveTop(bottom + 6)
        fill = QColor("#ffffff")
        fill.setAlpha(225)
        ghost = self._outline(rect, REMOVED, tip, key, dashed=True, fill=fill)
        ghost.setData(1, "ghost")
        text = QGraphicsSimpleTextItem(_first_line(box.lines), ghost)
        font = QFont()
        font.setPixelSize(15)
        font.setStrikeOut(True)
        text.setFont(font)
        text.setBrush(QBrush(REMOVED))
        text.setPos(rect.x() + 10, rect.y() + (height - text.boundingRect().height()) / 2)
        _passive(text)

    def _arrow_from_old_cell(self, card_id: str, to: QRectF, key: str) -> None:
        other = self.other.map.find_card(card_id) if self.other else None
        if other is None:
            return
        cell = self.scene.layout.cells.get((other.step, other.lane))
        if cell is None:
            return
        start = QPointF(cell.x + cell.w / 2, cell.y + min(cell.h / 2, 40.0))
        end = _nearest_edge_point(to, start)
        path = QPainterPath(start)
        path.lineTo(end)
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        head = QPolygonF([end, end - QPointF(math.cos(angle - 0.45) * 16, math.sin(angle - 0.45) * 16),
                          end - QPointF(math.cos(angle + 0.45) * 16, math.sin(angle + 0.45) * 16)])
        path.addPolygon(head)
        path.closeSubpath()
        arrow = QGraphicsPathItem(path)
        arrow.setPen(_pen(MOVED, 3.0))
        arrow.setBrush(QBrush(MOVED))
        self._add(arrow, key + "#arrow")
        dot = QGraphicsEllipseItem(start.x() - 6, start.y() - 6, 12, 12)
        dot.setPen(_pen(MOVED, 2.5))
        dot.setBrush(QBrush(QColor("#ffffff")))
        dot.setToolTip(translate("CompareOverlay", "Old place of the card"))
        self._add(dot, key + "#from")

    # --- headers ----------------------------------------------------------------------------
    def _header(self, key: str, kind: str, found: list[Difference]) -> None:
        element_id = key.split("/", 1)[1]
        items = {"stage": self.scene.stages, "step": self.scene.steps, "lane": self.scene.lanes}[kind]
        header = items.get(element_id)
        if header is None:
            return
        changes = {d.change for d in found}
        color = ADDED if "added" in changes else CHANGED if "changed" in changes else MOVED
        box = header.box_rect()
        local = QRectF(2, 2, box.w - 4, box.h - 4)
        tip = "\n".join(_tip_line(d) for d in found)
        self._outline(local, color, tip, key, parent=header)

    # --- emotion points ---------------------------------------------------------------------
    def _point(self, key: str, found: list[Difference]) -> None:
        _, lane_id, step_id = key.split("/", 2)
        changes = {d.change for d in found}
        tip = "\n".join(_tip_line(d) for d in found)
        now = self.scene.points.get((lane_id, step_id))
        if "added" in changes:
            if now is not None:
                self._ring(now.box_rect(), ADDED, tip, key)
            return
        old_center = self._old_point_center(lane_id, step_id)
        if old_center is None:
            return
        color = REMOVED if "removed" in changes else OLD_POINT
        if now is not None:
            new_rect = now.box_rect()
            line = QGraphicsLineItem(QLineF(old_center, QPointF(*new_rect.center)))
            line.setPen(_pen(OLD_POINT, 2.0, dashed=True))
            self._add(line, key + "#line")
        radius = 10.0
        dot = QGraphicsEllipseItem(old_center.x() - radius, old_center.y() - radius, 2 * radius, 2 * radius)
        dot.setPen(_pen(color, 3.0))
        dot.setBrush(QBrush(QColor(255, 255, 255, 200)))
        dot.setToolTip(escape_for_tooltip(tip))
        self._add(dot, key)

    def _ring(self, rect: Rect, color: QColor, tip: str, key: str) -> None:
        ring = QGraphicsEllipseItem(_qrect(rect, 5))
        ring.setPen(_pen(color, 3.0))
        ring.setToolTip(escape_for_tooltip(tip))
        self._add(ring, key)

    def _old_point_center(self, lane_id: str, step_id: str) -> QPointF | None:
        old = self._other_layout
        old_curve = next((c for c in old.curves if c.lane_id == lane_id), None) if old else None
        curve = next((c for c in self.scene.layout.curves if c.lane_id == lane_id), None)
        if old_curve is None or curve is None:
            return None
        old_point = next((p for p in old_curve.points if p.step_id == step_id), None)
        column = next((s.column for s in self.scene.layout.steps if s.step_id == step_id), None)
        if old_point is None or column is None:
            return None
        fraction = (old_point.rect.center[1] - old_curve.rect.y) / max(old_curve.rect.h, 1.0)
        return QPointF(column.x + column.w / 2, curve.rect.y + fraction * curve.rect.h)


def _xywh(rect: Rect) -> tuple[float, float, float, float]:
    return rect.x, rect.y, rect.w, rect.h


def _first_line(lines) -> str:
    text = " ".join(line.strip() for line in lines if line.strip())
    return text if len(text) <= 26 else text[:25].rstrip() + "…"


def _tip_line(difference: Difference) -> str:
    """The tooltip line: the difference's own wording (the old text for a text change)."""
    if difference.kind == "card" and difference.field == "text":
        return translate("CompareOverlay", "Text before: {old}").format(old=difference.old)
    return difference.text


def _nearest_edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    center = rect.center()
    dx, dy = toward.x() - center.x(), toward.y() - center.y()
    if dx == 0 and dy == 0:
        return center
    scale = min(rect.width() / 2 / abs(dx) if dx else math.inf, rect.height() / 2 / abs(dy) if dy else math.inf)
    return QPointF(center.x() + dx * scale, center.y() + dy * scale)
