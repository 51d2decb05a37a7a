"""The evidence part of the card inspector: the card's image shown whole, its links (opened by
the system on Ctrl+click, never fetched), its source with a date, and its comment thread.
Every edit goes through the Document (one undo step each)."""

from __future__ import annotations

import datetime
import getpass
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QDate, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from ..human_dates import long_date
from ..i18n import interface_language
from .flow_layout import FlowLayout
from .image_files import store_image_file
from .read_only import show_read_only, show_read_only_look
from . import plain_text

IMAGE_WIDTH = 280


def source_names(_tr=None) -> dict[str, str]:
    """The kinds of evidence in the interface language (literal calls, so lupdate finds them)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    return {"interview": translate("CardEvidence", "Interview"), "survey": translate("CardEvidence", "Survey"),
            "analytics": translate("CardEvidence", "Analytics"),
            "observation": translate("CardEvidence", "Observation"),
            "assumption": translate("CardEvidence", "Assumption (no evidence)")}


def open_link(link: str) -> bool:
    """Hand a URL or a file path to the system (browser, file manager); nothing is fetched here."""
    url = QUrl(link)
    if not url.scheme() or len(url.scheme()) == 1:  # a path (a Windows drive letter is no scheme)
        url = QUrl.fromLocalFile(os.path.expanduser(link))
    return QDesktopServices.openUrl(url)


class _LinkList(QListWidget):
    """Ctrl+click (or Enter) on a link opens it with the system."""

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        item = self.itemAt(event.position().toPoint())
        if item is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            open_link(item.text())


class CardEvidence(QWidget):
    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.card_id: str | None = None
        self.image = _FittedImage()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setToolTip(self.tr("The card's image, whole"))
        self.choose = QPushButton(self.tr("Choose Image…"))
        self.choose.clicked.connect(self.choose_image)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Remove the card's image"))
        self.remove.clicked.connect(lambda: self.document.set_card_image(self.card_id, None))
        images = FlowLayout(spacing=6)  # the two buttons one under the other in a narrow dock
        images.addWidget(self.choose)
        images.addWidget(self.remove)

        self.links = _LinkList()
        self.links.setMaximumHeight(70)
        self.links.setToolTip(self.tr("Ctrl+click opens a link with the system"))
        self.links.itemActivated.connect(lambda item: open_link(item.text()))
        self.links.itemSelectionChanged.connect(self._show_link_buttons)
        self.new_link = QLineEdit()
        # short enough for the narrow inspector (a cut "chemin de fic…" says nothing); the tip says it all
        self.new_link.setPlaceholderText(self.tr("URL or file, then Enter"))
        self.new_link.setToolTip(self.tr("Type a web address or a file's path, then press Enter to add the link"))
        self.new_link.returnPressed.connect(self.add_link)
        self.remove_link_button = remove_link = QPushButton(self.tr("Remove"))
        remove_link.setToolTip(self.tr("Remove the chosen link"))
        remove_link.clicked.connect(self.remove_link)

        self.source = QComboBox()
        self.source.addItem("—", None)
        for kind, name in source_names(self.tr).items():
            self.source.addItem(name, kind)
        self.source.activated.connect(lambda _i: self.write_source())
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        # in the interface's language (its QLocale): "1 December 2026", « 1 décembre 2026 »
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.editingFinished.connect(self.write_source)

        self.thread = QListWidget()
        self.thread.setWordWrap(True)
        self.thread.setMinimumHeight(90)
        self.thread.itemChanged.connect(self._resolved_toggled)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Write a comment, then Enter"))
        self.comment.returnPressed.connect(self.add_comment)

        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source.setMinimumContentsLength(8)
        for field in (self.new_link, self.comment):
            field.setMinimumWidth(60)
        link_row = QHBoxLayout()
        link_row.addWidget(self.new_link, 1)
        link_row.addWidget(remove_link)
        source_row = QVBoxLayout()  # one under the other: the narrow dock of a small screen holds them
        source_row.addWidget(self.source)
        source_row.addWidget(self.date, 0, Qt.AlignmentFlag.AlignLeft)
        self.comments_label = QLabel(self.tr("Comments"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        for heading, parts in ((QLabel(self.tr("Image")), [self.image, _holder(images)]),
                               (QLabel(self.tr("Links (Ctrl+click opens)")), [self.links, _holder(link_row)]),
                               (QLabel(self.tr("Source")), [_holder(source_row)]),
                               (self.comments_label, [self.thread, self.comment])):
            heading.setStyleSheet("font-weight: bold")
            heading.setWordWrap(True)
            column.addWidget(heading)
            for part in parts:
                column.addWidget(part)
        document.changed.connect(lambda _changes: self.refresh())

    def card(self):
        return self.document.map.find_card(self.card_id) if self.card_id else None

    def bind(self, card_id: str | None) -> None:
        self.card_id = card_id
        self.refresh()

    def refresh(self) -> None:
        card = self.card()
        if card is None:
            return
        read_only = self.document.read_only  # the links stay readable and open on Ctrl+click
        for widget in (self.choose, self.new_link, self.source, self.comment):
            show_read_only(widget, read_only)
        for listing in (self.links, self.thread):  # still readable, a link still opens
            show_read_only_look(listing, read_only)
        asset = self.document.journey.assets.get(card.image or "")
        if asset is None:
            self.image.set_image(None)
            self.image.setText(self.tr("No image"))
        else:
            self.image.set_image(QImage.fromData(QByteArray(asset.raw_bytes())))
        self.remove.setEnabled(card.image is not None and not read_only)
        self.links.clear()
        self.links.addItems(card.links)
        self._show_link_buttons()
        kind = card.source.kind if card.source else None
        self.source.setCurrentIndex(max(0, self.source.findData(kind)))
        self.date.setEnabled(card.source is not None and not read_only)
        date = card.source.date if card.source and card.source.date else datetime.date.today()
        self.date.setDate(QDate(date.year, date.month, date.day))
        self.thread.blockSignals(True)
        self.thread.clear()
        for comment in card.comments:
            when = long_date(comment.date, interface_language()) if comment.date else ""
            item = QListWidgetItem(f"{comment.author} · {when}\n{comment.text}".strip(" ·"))
            checkable = Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(item.flags() & ~checkable if read_only else item.flags() | checkable)
            item.setCheckState(Qt.CheckState.Checked if comment.resolved else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Tick when resolved"))
            self.thread.addItem(item)
        self.thread.blockSignals(False)
        self.comments_label.setText(self.tr("Comments ({n})").format(n=len(card.comments)))

    # --- edits ----------------------------------------------------------------------------------
    def _update(self, **fields) -> None:
        try:
            self.document.update_card(self.card_id, **fields)
        except ValueError as exc:
            plain_text.warning(self, self.tr("Card"), str(exc))
            self.refresh()

    def add_link(self) -> None:
        link = self.new_link.text().strip()
        card = self.card()
        if link and card is not None and link not in card.links:
            self._update(links=[*card.links, link])
        self.new_link.clear()

    def _show_link_buttons(self) -> None:
        """Remove is there for the chosen link: none chosen (or none at all), nothing to remove."""
        self.remove_link_button.setEnabled(bool(self.links.selectedItems()) and not self.document.read_only)

    def remove_link(self) -> None:
        card, chosen = self.card(), self.links.selectedItems()
        row = self.links.row(chosen[0]) if chosen else -1
        if card is not None and 0 <= row < len(card.links):
            self._update(links=[link for i, link in enumerate(card.links) if i != row])

    def write_source(self) -> None:
        card, kind = self.card(), self.source.currentData()
        if card is None:
            return
        if kind is None:
            source = None
        else:
            date = self.date.date()
            source = {"kind": kind, "date": datetime.date(date.year(), date.month(), date.day())}
        before = card.source.model_dump() if card.source else None
        if before != source:
            self._update(source=source)

    def add_comment(self) -> None:
        text, card = self.comment.text().strip(), self.card()
        if not text or card is None:
            return
        comment = {"author": _user(), "date": datetime.date.today(), "text": text}
        self._update(comments=[*(c.model_dump() for c in card.comments), comment])
        self.comment.clear()

    def _resolved_toggled(self, item: QListWidgetItem) -> None:
        card, row = self.card(), self.thread.row(item)
        if card is None or not 0 <= row < len(card.comments):
            return
        comments = [c.model_dump() for c in card.comments]
        comments[row]["resolved"] = item.checkState() == Qt.CheckState.Checked
        self._update(comments=comments)

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_image(path)

    def load_image(self, path: str) -> bool:
        """Check and store an image file on the card, with the persona photo's checks."""
        card_id = self.card_id
        reason = store_image_file(path, lambda asset: self.document.set_card_image(card_id, asset),
                                  self.tr("the file is larger than {size} MB"))
        if reason is not None:
            self._refuse(path, reason)
        return reason is None

    def _refuse(self, path: str, reason: str) -> None:
        plain_text.warning(self, self.tr("Image not used"),
                            self.tr("{name} cannot be used as the card's image: {reason}.")
                            .format(name=Path(path).name, reason=reason))


class _FittedImage(QLabel):
    """An image shown whole, at most :data:`IMAGE_WIDTH` wide and never wider than the panel."""

    def __init__(self):
        super().__init__()
        self._image = QImage()

    def set_image(self, image: QImage | None) -> None:
        self._image = QImage() if image is None else image
        self._fit()
        self.updateGeometry()

    def _fit(self) -> None:
        if self._image.isNull():
            self.setPixmap(QPixmap())
            return
        width = max(1, min(self.width(), IMAGE_WIDTH, self._image.width()))
        if self.pixmap().isNull() or self.pixmap().width() != width:
            self.setPixmap(QPixmap.fromImage(self._image.scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 60), hint.height())  # it narrows with the panel


def _holder(layout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        return ""

