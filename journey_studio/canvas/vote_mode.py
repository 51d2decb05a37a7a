"""Dot voting on the canvas: while it is on, a click on a card gives it one vote.

A left click (or a double click, for people clicking fast) adds one vote; Shift+click or a
right click takes one away, never below zero. Each click is one ``document.vote`` call, so
one undo step. Nothing else happens on a left or right press while voting (no drag, no
selection, no header move); the middle button and Space+drag still pan.

While voting, every card with votes wears a large round badge with its count in its top-right
corner, sized for the back of the room: it never shrinks below ``BADGE_MIN_PX`` on screen,
whatever the zoom. It sits in the room the layout keeps free of text there while voting
(``render.layout.vote_badge_rect``, inside the card): zoomed out so far that it is larger
than that room, it grows up and to the right, out of the card, never over the card's text
(until cards are so small that they show no text, only their colour). The mode works as an event filter on the view's viewport, so the view's
own gestures are untouched when it is off.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem

from ..render.geometry import Rect
from ..render.layout import VOTE_BADGE_SIZE, vote_badge_rect
from .card_item import READABLE_ZOOM, CardItem
from .shapes_item import Z

#: the badge's size in map units (its room in the card); on screen it stays between the two pixel sizes
BADGE_MAP_SIZE = VOTE_BADGE_SIZE
BADGE_MIN_PX, BADGE_MAX_PX = 32.0, 60.0
BADGE_FILL = QColor("#c62828")  # a red sticker dot: reads on every card colour
BADGE_RING = QColor("#ffffff")
ADD_COLOR, REMOVE_COLOR = QColor("#c62828"), QColor("#455a64")

_Type = QEvent.Type
_VOTE_BUTTONS = (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton)


class VoteBadgeItem(QGraphicsItem):
    """A card's vote count as a big red dot, the same size on screen at any zoom."""

    def __init__(self, card_id: str, votes: int):
        super().__init__()
        self.card_id = card_id
        self.votes = votes
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z.CARD + 0.5)  # over every card, under a dragged one and the headers

    def set_votes(self, votes: int) -> None:
        if votes != self.votes:
            self.votes = votes
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        # centred on its position; up to BADGE_MIN_PX / 2 up and right (zoomed out), a long
        # count's pill reaching further right
        half = BADGE_MAX_PX / 2 + 2
        return QRectF(-half, -half - BADGE_MIN_PX / 2, 2 * half + BADGE_MIN_PX / 2 + BADGE_MAX_PX,
                      2 * half + BADGE_MIN_PX / 2)

    @staticmethod
    def diameter(zoom: float) -> float:
        return min(max(BADGE_MAP_SIZE * zoom, BADGE_MIN_PX), BADGE_MAX_PX)

    @classmethod
    def rect_at(cls, zoom: float, label: str) -> QRectF:
        """Where the badge is painted, in pixels from its position (the centre of its room):
        centred in the room while it fits, else its left and bottom edges on the room's (it
        grows away from the text, up and right), a long count's pill widening to the right.
        Zoomed out so far that cards show no text (blocks), centred on the room again: over
        its own card rather than beside it."""
        size = cls.diameter(zoom)
        shift = max(0.0, (size - BADGE_MAP_SIZE * zoom) / 2) if zoom >= READABLE_ZOOM else 0.0
        rect = QRectF(-size / 2 + shift, -size / 2 - shift, size, size)
        if len(label) > 2:  # a pill for long counts
            rect.setWidth(size * (1 + 0.5 * (len(label) - 2)))
        return rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        view = widget.parent() if widget is not None else None
        zoom = view.transform().m11() if hasattr(view, "transform") else 1.0
        label = str(self.votes) if self.votes < 1000 else "999+"
        rect = self.rect_at(zoom, label)
        size = rect.height()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(BADGE_RING, max(2.0, size / 14)))
        painter.setBrush(BADGE_FILL)
        painter.drawRoundedRect(rect, size / 2, size / 2)
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPixelSize(round(size * (0.55 if len(label) < 2 else 0.46)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def vote_cursor(remove: bool = False) -> QCursor:
    """A dot with a plus (add a vote) or a minus (take one away), hot spot at its centre."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#ffffff"), 2.5))
    painter.setBrush(REMOVE_COLOR if remove else ADD_COLOR)
    painter.drawEllipse(QPointF(16, 16), 13, 13)
    painter.setPen(QPen(QColor("#ffffff"), 3.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(10, 16), QPointF(22, 16))
    if not remove:
        painter.drawLine(QPointF(16, 10), QPointF(16, 22))
    painter.end()
    return QCursor(pixmap, 16, 16)


class VoteMode(QObject):
    """Switch dot voting on and off for one view.

    This mode is an event filter, not a gesture object (``gesture.Interaction``): while it is
    on it sits on the view's viewport and takes every left and right press before the view's
    own gestures see them, so the gesture code never needs to know that voting exists.
    """

    toggled = Signal(bool)
    #: after a click changed a card's votes: (card id, its votes now)
    voted = Signal(str, int)

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.scene = view.map_scene
        self.document = view.map_scene.document
        self.badges: dict[str, VoteBadgeItem] = {}
        self._on = False
        self._pressed: set[Qt.MouseButton] = set()
        self._cursors = {False: vote_cursor(False), True: vote_cursor(True)}

    def is_on(self) -> bool:
        return self._on

    def set_on(self, on: bool) -> None:
        if on == self._on:
            return
        self._on = on
        port = self.view.viewport()
        # the big badges replace the cards' small counts: a voted card shows its count once
        self.scene.options = replace(self.scene.options, vote_counts=not on)
        self.scene.refresh()
        if on:
            self.view.close_editor(commit=True)
            self.view.cancel_gesture()
            port.installEventFilter(self)
            self.view.installEventFilter(self)
            self.scene.relaid_out.connect(self._sync_badges)
            self.scene.show_hover(None)
            self._sync_badges()
            self._update_cursor(Qt.KeyboardModifier.NoModifier)
        else:
            port.removeEventFilter(self)
            self.view.removeEventFilter(self)
            self.scene.relaid_out.disconnect(self._sync_badges)
            for badge in self.badges.values():
                self.scene.removeItem(badge)
            self.badges.clear()
            self._pressed.clear()
            port.unsetCursor()
        self.toggled.emit(on)

    # --- badges ------------------------------------------------------------------------
    def _sync_badges(self) -> None:
        votes = {c.id: c.votes for c in self.document.map.cards if c.votes > 0 and c.id in self.scene.cards}
        for card_id in [i for i in self.badges if i not in votes]:
            self.scene.removeItem(self.badges.pop(card_id))
        for card_id, count in votes.items():
            badge = self.badges.get(card_id)
            if badge is None:
                badge = self.badges[card_id] = VoteBadgeItem(card_id, count)
                self.scene.addItem(badge)
            badge.set_votes(count)
            box = self.scene.cards[card_id].scene_box()
            room = vote_badge_rect(Rect(box.x(), box.y(), box.width(), box.height()))
            badge.setPos(*room.center)  # in the room the card's text keeps free for it

    # --- clicks --------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if watched is self.view:
            if kind in (_Type.KeyPress, _Type.KeyRelease) and event.key() == Qt.Key.Key_Shift:
                self._update_cursor(event.modifiers())
            return False
        if kind in (_Type.MouseButtonPress, _Type.MouseButtonDblClick):
            if event.button() not in _VOTE_BUTTONS or self.view.space_held():
                return False
            self._pressed.add(event.button())
            self.view.setFocus(Qt.FocusReason.MouseFocusReason)
            self._click(event)
            return True
        if kind == _Type.MouseButtonRelease and event.button() in self._pressed:
            self._pressed.discard(event.button())
            return True
        if kind == _Type.ContextMenu:
            return True  # the right button takes a vote away; no menu while voting
        if kind == _Type.MouseMove and not self.view.space_held() and event.buttons() == Qt.MouseButton.NoButton:
            self._update_cursor(event.modifiers())
            self.view.mouseMoveEvent(event)  # cards still light up under the mouse...
            self.scene.show_hover(None)  # ...but empty cells do not: nothing to vote on there
            return True
        return False

    def _click(self, event) -> None:
        item = self.scene.item_at(self.view.mapToScene(event.position().toPoint()))
        if not isinstance(item, CardItem):
            return
        remove = event.button() == Qt.MouseButton.RightButton or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        card = self.document.map.find_card(item.card_id)
        if card is None or (remove and card.votes == 0):
            return  # never below zero, and no empty undo step
        self.view.run_edit(self.document.vote, item.card_id, -1 if remove else 1)
        card = self.document.map.find_card(item.card_id)
        if card is not None:
            self.voted.emit(item.card_id, card.votes)

    def _update_cursor(self, modifiers) -> None:
        if self.view.space_held():
            return
        remove = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        self.view.viewport().setCursor(self._cursors[remove])
