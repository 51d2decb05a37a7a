"""The "Votes" panel: the cards that got dot votes, most votes first, and "Clear all votes".

A click on a row selects that card on the canvas and scrolls to it. The list follows the
document as votes change. Clearing asks first and is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QDockWidget, QHeaderView, QLabel, QMessageBox, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from .. import APP_NAME
from ..i18n import plural
from ..vote_ranking import VotedCard, ranking  # noqa: F401 - the panel's ranking, also used here
from . import plain_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def column_titles() -> list[str]:
    return [translate("VotesPanel", "Votes"), translate("VotesPanel", "Card"),
            translate("VotesPanel", "Stage / lane")]


def clear_votes(document) -> bool:
    """Set every card's votes to zero as one undo step; False when there was nothing to clear."""
    voted = [c for c in document.map.cards if c.votes]
    if not voted:
        return False
    with document.macro(QCoreApplication.translate("Document", "Clear all votes")):
        for card in voted:
            document.vote(card.id, -card.votes)
    return True


class VotesPanel(QDockWidget):
    def __init__(self, document, select_card: Callable[[str], None], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Votes"))
        self.setObjectName("votes")
        self.document = document
        self.select_card = select_card
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel(body)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderLabels(column_titles())
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrap the card's text, never cut it
        self.tree.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # card and place share the room
        header.setStretchLastSection(False)
        # wrapped rows take the height their text needs at the width they have now
        header.sectionResized.connect(lambda *_: self._relayout_rows())
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        layout.addWidget(self.tree, 1)
        self.clear_button = QPushButton(self.tr("Clear all votes"), body)
        self.clear_button.clicked.connect(self.ask_and_clear)
        layout.addWidget(self.clear_button)
        self.setWidget(body)
        self._voting = False
        self.fit_to_font()
        document.changed.connect(self._document_changed)
        self.refresh()

    def fit_to_font(self) -> None:
        """Wide enough for a short card text and the stage and lane names at this font size."""
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            self.fit_to_font()

    def _relayout_rows(self) -> None:
        if not getattr(self, "_relayout_queued", False):
            self._relayout_queued = True
            QTimer.singleShot(0, self, self._do_relayout)

    def _do_relayout(self) -> None:
        """Each row as tall as its wrapped card text needs at the column's present width
        (Qt's tree measures a wrapped cell once and then cuts it with '…')."""
        self._relayout_queued = False
        metrics = self.tree.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            height = 0
            for column in (1, 2):
                width = max(20, self.tree.columnWidth(column) - 12)
                rect = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, item.text(column))
                height = max(height, rect.height())
            item.setSizeHint(1, QSize(self.tree.columnWidth(1), height + 10))
        self.tree.doItemsLayout()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._relayout_rows()

    def set_voting(self, on: bool) -> None:
        """While dot voting is on the hint is not needed: the panel lists the votes as they come."""
        self._voting = on
        self.refresh()

    def _document_changed(self, _changes) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        rows = ranking(self.document.map)
        current = self.current_card_id()
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for row in rows:
            text = " ".join(row.text.split()) or self.tr("(empty card)")
            item = QTreeWidgetItem([str(row.votes), text, f"{row.stage}\n{row.lane}"])
            item.setData(0, Qt.ItemDataRole.UserRole, row.card_id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignCenter)
            item.setFont(0, bold)
            item.setToolTip(1, plain_text.escape_for_tooltip(row.text))
            self.tree.addTopLevelItem(item)
            if row.card_id == current:
                self.tree.setCurrentItem(item)
        self._relayout_rows()
        total = sum(row.votes for row in rows)
        if rows:
            self.summary.setText(self.tr("{votes} on {cards}").format(
                votes=plural(total, self.tr("{count} vote"), self.tr("{count} votes")),
                cards=plural(len(rows), self.tr("{count} card"), self.tr("{count} cards"))))
        else:
            self.summary.setText(self.tr("No votes yet. Turn on View › Dot Voting and click the cards."))
        self.summary.setVisible(bool(rows) or not self._voting)
        self.clear_button.setEnabled(bool(rows))

    def card_ids(self) -> list[str]:
        """The listed cards, top to bottom."""
        return [self.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.tree.topLevelItemCount())]

    def current_card_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        card_id = item.data(0, Qt.ItemDataRole.UserRole)
        if self.document.map.find_card(card_id) is not None:
            self.select_card(card_id)

    def ask_and_clear(self) -> None:
        total = sum(c.votes for c in self.document.map.cards)
        if not total:
            return
        Button = QMessageBox.StandardButton
        question = plural(total, self.tr("Clear the only vote from the map?"),
                          self.tr("Clear all {count} votes from the map?"))
        answer = plain_text.question(
            self, APP_NAME, question + "\n\n" + self.tr("You can undo this."),
            Button.Yes | Button.Cancel, Button.Cancel)
        if answer == Button.Yes:
            try:
                clear_votes(self.document)
            except ValueError as error:  # a read-only map
                self.summary.setText(self.tr("Votes not cleared: {reason}").format(reason=error))
