"""Dot voting on the canvas: while it is on, a click on a card gives it one vote.

A left click (or a double click, for people clicking fast) adds one vote; Shift+click or a
right click takes one away, never below zero. Each click is one ``document.vote`` call, so
one undo step. Nothing else happens on a left or right press while voting (no drag, no
selection, no header move); the middle button and Space+drag still pan.

While voting, every card with votes wears a round red badge with its count in its top-right
corner, in the room the layout keeps free of text there while voting
(``render.layout.vote_badge_rect``, inside the card). It scales with the map: never larger on
screen than that room, so it never covers the card's text, another card or a header, at any
zoom. Zoomed out so far that cards are blocks of colour, a voted block wears a red frame and a
red dot in its middle (with the count when it is readable): a fitted map shows at a glance which
cards got votes. A picture of the whole map (the overview, ``scene.overlays_hidden``) shows no
badges. The mode works as an event filter on the view's viewport, so the view's own gestures
are untouched when it is off.
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

#: the badge's size in map units (its room in the card); on screen it is never larger than that
#: room (so it never covers text or another card) nor than BADGE_MAX_PX
BADGE_MAP_SIZE = VOTE_BADGE_SIZE
BADGE_MAX_PX = 60.0
#: below this size on screen the count is not written (a dot alone still says "voted")
COUNT_MIN_PX = 12.0
BADGE_FILL = QColor("#c62828")  # a red sticker dot: reads on every card colour
BADGE_RING = QColor("#ffffff")
ADD_COLOR, REMOVE_COLOR = QColor("#c62828"), QColor("#455a64")

_Type = QEvent.Type
_VOTE_BUTTONS = (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton)


class VoteBadgeItem(QGraphicsItem):
    """A card's vote count as a red dot in its top-right corner, always inside the card.

    Its position is the centre of the card's badge room (``vote_badge_rect``); it paints in map
    units, so it scales with the map and never reaches out of its card. Zoomed out so far that
    cards are blocks of colour, the block wears a red outline and the dot moves to its middle,
    as large as the block allows, with the count when it is readable."""

    def __init__(self, card_id: str, votes: int):
        super().__init__()
        self.card_id = card_id
        self.votes = votes
        self._card = QRectF(-BADGE_MAP_SIZE, -BADGE_MAP_SIZE, 2 * BADGE_MAP_SIZE, 2 * BADGE_MAP_SIZE)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z.CARD + 0.5)  # over every card, under a dragged one and the headers

    def set_votes(self, votes: int) -> None:
        if votes != self.votes:
            self.votes = votes
            self.update()

    def set_card(self, box: QRectF) -> None:
        """Sit on the card drawn at ``box`` (scene coordinates), at the centre of its badge room."""
        room = vote_badge_rect(Rect(box.x(), box.y(), box.width(), box.height()))
        x, y = room.center
        card = QRectF(box.x() - x, box.y() - y, box.width(), box.height())
        if card != self._card:
            self.prepareGeometryChange()
            self._card = card
        self.setPos(x, y)

    def card_rect(self) -> QRectF:
        """The card's box, from the badge's position."""
        return QRectF(self._card)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(self._card)  # it paints inside its card only

    @staticmethod
    def diameter(zoom: float) -> float:
        """The badge's size on screen (pixels) at ``zoom`` while cards show their text: its room's."""
        return min(BADGE_MAP_SIZE * zoom, BADGE_MAX_PX)

    @classmethod
    def rect_at(cls, zoom: float, label: str) -> QRectF:
        """Where the badge is painted while cards show text, in map units from its position (the
        centre of its room): centred in the room, never larger; a long count is a pill as wide as
        the dot, less tall."""
        size = cls.diameter(zoom) / zoom
        height = size / (1 + 0.5 * (len(label) - 2)) if len(label) > 2 else size
        return QRectF(-size / 2, -size / 2, size, height)

    def block_dot(self, zoom: float) -> QRectF:
        """Zoomed out to blocks: the dot in the middle of the card, in map units from its position."""
        card = self._card
        size = min(card.width(), card.height(), BADGE_MAX_PX / zoom) * 0.7
        return QRectF(card.center().x() - size / 2, card.center().y() - size / 2, size, size)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        if scene is not None and getattr(scene, "overlays_hidden", False):
            return  # a picture of the map (the overview): the map, not the badges
        zoom = option.levelOfDetailFromTransform(painter.worldTransform()) or 1.0
        label = str(self.votes) if self.votes < 1000 else "999+"
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if zoom < READABLE_ZOOM:
            # the block shows it was voted for at a glance: a red frame inside its edges
            width = min(2.0 / zoom, self._card.width() / 4, self._card.height() / 4)
            painter.setPen(QPen(BADGE_FILL, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._card.adjusted(width / 2, width / 2, -width / 2, -width / 2))
            rect = self.block_dot(zoom)
        else:
            rect = self.rect_at(zoom, label)
        pixels = rect.height() * zoom
        radius = rect.height() / 2
        painter.setPen(QPen(BADGE_RING, max(1.0, pixels / 14) / zoom) if pixels >= COUNT_MIN_PX else Qt.PenStyle.NoPen)
        painter.setBrush(BADGE_FILL)
        painter.drawRoundedRect(rect, radius, radius)
        if pixels < COUNT_MIN_PX:
            return
        font = QFont("DejaVu Sans")
        font.setBold(True)
        font.setPixelSize(max(1, round(pixels * (0.55 if len(label) < 2 else 0.46 if len(label) == 2 else 0.6))))
        painter.save()
        painter.scale(1 / zoom, 1 / zoom)  # the text in screen pixels (crisp, hinted)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(rect.x() * zoom, rect.y() * zoom, rect.width() * zoom, rect.height() * zoom),
                         Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()


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
            badge.set_card(self.scene.cards[card_id].scene_box())  # in the room its text keeps free

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
