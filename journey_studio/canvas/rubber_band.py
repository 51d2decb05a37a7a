"""A press on an empty spot of the canvas: a click selects the cell, a drag draws a band and
selects the cards it touches (Ctrl adds them to the selection)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from .card_item import CardItem
from .gesture import Interaction, toggles_selection
from .selection import Selection
from .shapes_item import ACCENT, Z


class RubberBandInteraction(Interaction):
    """A press on an empty spot: a click selects the cell, a drag selects the cards it touches."""

    def __init__(self, view):
        super().__init__(view)
        self.band: QGraphicsRectItem | None = None
        self.base: list[str] = []

    def press(self, event) -> None:
        super().press(event)
        if toggles_selection(event):
            self.base = list(self.view.selected_card_ids())

    def click(self, event) -> None:
        if toggles_selection(event):
            return
        key = self.scene.cell_at(self.start)
        self.view.select(Selection.cell(*key) if key else Selection())

    def begin_drag(self, event) -> None:
        self.band = QGraphicsRectItem()
        fill = QColor(ACCENT)
        fill.setAlphaF(0.12)
        self.band.setBrush(QBrush(fill))
        self.band.setPen(QPen(ACCENT, 0))
        self.band.setZValue(Z.DROP_LINE)
        self.scene.addItem(self.band)

    def drag(self, event) -> None:
        rect = QRectF(self.start, self.scene_pos(event)).normalized()
        self.band.setRect(rect)
        hits = [item.card_id for item in self.scene.items(rect) if isinstance(item, CardItem)]
        self.view.select(Selection.cards(self.scene.card_ids_in_order(self.base + hits)))

    def drop(self, event) -> None:
        self.cancel()

    def cancel(self) -> None:
        if self.band is not None:
            self.scene.removeItem(self.band)
            self.band = None
