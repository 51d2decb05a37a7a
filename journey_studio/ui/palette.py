"""The palette dock: one sticky-note tile per kind of card, to drag onto a cell or click.

Dragging a tile starts a ``QDrag`` carrying the lane kind under :data:`CARD_KIND_MIME`
(the canvas accepts it on a cell); clicking it emits ``card_kind_clicked`` and the window
adds a card of that kind at the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QScrollArea, QStyle, QToolButton, QVBoxLayout, QWidget,
)

from ..canvas import CARD_KIND_MIME
from ..icons import lane_icon
from ..i18n import interface_language
from ..model import LaneKind
from ..render import style
from ..vocabulary import lane_title

__all__ = ["CARD_KIND_MIME", "CARD_KINDS", "CardKindTile", "Palette"]
#: Kinds that hold cards (the emotions lane holds a curve, not notes).
CARD_KINDS = [kind for kind in LaneKind if kind != LaneKind.EMOTIONS]


def starts_with_vowel_sound(word: str) -> bool:
    """Whether English says "an" before ``word`` (an “Opportunities” card, a “Thoughts” card)."""
    first = word.strip().lstrip("“\"'«").lower()
    if first.startswith(("uni", "use", "usu", "eu", "one")):  # a “User” card, a “Unit” card
        return False
    return first[:1] in ("a", "e", "i", "o", "u") or first.startswith(("hour", "honest"))


class CardKindTile(QToolButton):
    kind_clicked = Signal(str)

    def __init__(self, kind: LaneKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = kind
        colors = style.lane_colors(kind)
        title = lane_title(kind, interface_language())
        self.setText(title)
        self.setIcon(lane_icon(kind))
        self.setIconSize(QSize(26, 26))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if starts_with_vowel_sound(title):  # English article by sound; French says "une carte" always
            tip = self.tr("Drag onto a cell to add an “{kind}” card, or click to add one to the selected cell")
            name = self.tr("Add an “{kind}” card")
        else:
            tip = self.tr("Drag onto a cell to add a “{kind}” card, or click to add one to the selected cell")
            name = self.tr("Add a “{kind}” card")
        self.setToolTip(tip.format(kind=title))
        self.setAccessibleName(name.format(kind=title))
        self.setSizePolicy(self.sizePolicy().Policy.Expanding, self.sizePolicy().Policy.Fixed)
        self.setMinimumHeight(44)
        self.setStyleSheet(
            f"QToolButton {{ background: {colors.card}; border: 1px solid {style.GRID};"
            f" border-left: 6px solid {colors.accent}; border-radius: 4px; padding: 4px 8px;"
            f" text-align: left; color: {style.INK}; }}"
            f" QToolButton:hover {{ border-color: {colors.accent}; }}"
            f" QToolButton:focus {{ border: 2px solid #1a73e8; border-left: 6px solid {colors.accent}; }}")
        self._press: QPoint | None = None
        self.clicked.connect(lambda: self.kind_clicked.emit(self.kind.value))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if (self._press is not None and event.buttons() & Qt.MouseButton.LeftButton
                and (event.position().toPoint() - self._press).manhattanLength()
                >= QApplication.startDragDistance()):
            self._press = None
            self.setDown(False)
            self.start_drag()
            return
        super().mouseMoveEvent(event)

    def mime_data(self) -> QMimeData:
        mime = QMimeData()
        mime.setData(CARD_KIND_MIME, self.kind.value.encode("ascii"))
        return mime

    def start_drag(self) -> None:
        drag = QDrag(self)
        drag.setMimeData(self.mime_data())
        drag.setPixmap(self.grab())
        drag.setHotSpot(QPoint(20, self.height() // 2))
        drag.exec(Qt.DropAction.CopyAction)


class _TileScroll(QScrollArea):
    """Scrolls the tiles up and down, never sideways, and is never narrower than the widest
    tile: the dock cannot cut "Processus internes" or the tiles' right edges, whatever the
    interface size (the large interface makes the tiles grow; the dock grows with them)."""

    def setWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the tiles' size changed (a font): the dock hears of it
        return False

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is None:
            return hint
        # the vertical bar's room is kept even when it is hidden: a short window shows it
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(max(hint.width(), body.minimumSizeHint().width() + bar + 2 * self.frameWidth()), hint.height())


class Palette(QDockWidget):
    card_kind_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cards"))
        self.setObjectName("palette")
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(6)
        self.tiles: list[CardKindTile] = []
        for kind in CARD_KINDS:
            tile = CardKindTile(kind, body)
            tile.kind_clicked.connect(self.card_kind_clicked)
            column.addWidget(tile)
            self.tiles.append(tile)
        column.addStretch(1)
        scroll = _TileScroll()  # a short window (a small screen at 200 %) scrolls the tiles
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
