"""The persona dock: whose journey this is. Every edit goes through the Document (undoable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget,
)

from ..model import limits
from .flow_layout import FlowLayout
from .image_files import store_image_file
from .localized import localized
from .read_only import show_read_only
from . import plain_text

LIST_FIELDS = ("goals", "needs", "motivations", "frustrations")


class _CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports its text when it loses focus (one undo step per edit)."""

    committed = Signal(str)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)


def rounded_pixmap(image: QImage, size: int) -> QPixmap:
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    scaled = square.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addEllipse(0, 0, size, size)
    painter.setClipPath(clip)
    painter.drawImage(0, 0, scaled)
    painter.end()
    return pixmap


class PersonaPanel(QWidget):
    """Name, role, age, photo, quote, goals, needs, motivations and frustrations."""

    PHOTO_SIZE = 112

    def __init__(self, document=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = None
        #: the persona shown (None: the main one)
        self.persona_id: str | None = None
        self.setAcceptDrops(True)
        self.chooser = QComboBox()
        self.chooser.setToolTip(self.tr("The persona shown here; the first is the main one"))
        self.chooser.activated.connect(lambda i: self.show_persona(self.chooser.itemData(i)))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a persona to this map"))
        self.add_button.clicked.connect(self.add_persona)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove this persona from the map"))
        self.remove_button.clicked.connect(self.remove_persona)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(8)
        # the chooser over its buttons, the photo's buttons beside it or under it: the panel
        # narrows to the one column of docks of a small screen
        chooser_row = QVBoxLayout()
        chooser_row.addWidget(self.chooser)
        chooser_buttons = FlowLayout(spacing=6)
        chooser_buttons.addWidget(self.add_button)
        chooser_buttons.addWidget(self.remove_button)
        chooser_row.addLayout(chooser_buttons)
        self.photo = QLabel()
        self.photo.setFixedSize(self.PHOTO_SIZE, self.PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setToolTip(self.tr("Drop a PNG or JPEG image here"))
        self.choose = QPushButton(self.tr("Choose photo…"))
        self.remove = QPushButton(self.tr("Remove photo"))
        self.choose.clicked.connect(self.choose_photo)
        self.remove.clicked.connect(self.remove_photo)
        photo_buttons = QWidget()
        buttons = QVBoxLayout(photo_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        photo_row = FlowLayout(spacing=6)
        photo_row.addWidget(self.photo)
        photo_row.addWidget(photo_buttons)

        self.name = QLineEdit()
        self.role = QLineEdit()
        self.age = QSpinBox()
        self.age.setRange(-1, 150)
        self.age.setSpecialValueText("—")
        self.quote = _CommitTextEdit()
        self.quote.setFixedHeight(64)
        self.lists = {name: _CommitTextEdit() for name in LIST_FIELDS}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Age"), self.age)
        form.addRow(self.tr("Quote"), self.quote)
        titles = {"goals": self.tr("Goals"), "needs": self.tr("Needs"),
                  "motivations": self.tr("Motivations"), "frustrations": self.tr("Frustrations")}
        for name, editor in self.lists.items():
            editor.setPlaceholderText(self.tr("One per line"))
            editor.setFixedHeight(78)
            form.addRow(titles[name], editor)
            editor.committed.connect(lambda text, name=name: self._commit(name, _lines(text)))
        self.name.editingFinished.connect(lambda: self._commit("name", self.name.text()))
        self.role.editingFinished.connect(lambda: self._commit("role", self.role.text()))
        self.age.editingFinished.connect(
            lambda: self._commit("age", None if self.age.value() < 0 else self.age.value()))
        self.quote.committed.connect(lambda text: self._commit("quote", text.strip()))

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addLayout(chooser_row)
        column.addLayout(photo_row)
        column.addLayout(form)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        if document is not None:
            self.set_document(document)

    # --- document --------------------------------------------------------------------------
    def set_document(self, document) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self.refresh)
            self.document.read_only_changed.disconnect(self.refresh)
        self.document = document
        document.changed.connect(self.refresh)
        document.read_only_changed.connect(self.refresh)  # editable again after Save As, and back
        self.refresh()

    @property
    def persona(self):
        """The persona shown: the chosen one, else the main one."""
        m = self.document.map
        return (m.find_persona(self.persona_id) if self.persona_id else None) or m.main_persona

    def show_persona(self, persona_id: str | None) -> None:
        self.persona_id = persona_id
        self.refresh()

    def add_persona(self) -> None:
        try:
            self.persona_id = self.document.add_persona(
                self.tr("Persona {n}").format(n=len(self.document.map.personas) + 1))
        except ValueError as exc:
            plain_text.warning(self, self.tr("Persona"), str(exc))
        self.refresh()
        self.name.setFocus()
        self.name.selectAll()

    def remove_persona(self) -> None:
        persona = self.persona
        if len(self.document.map.personas) < 2:
            return
        self.document.remove_persona(persona.id)
        self.persona_id = None
        self.refresh()

    def _fill_chooser(self) -> None:
        m = self.document.map
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for i, persona in enumerate(m.personas):
            label = persona.name or self.tr("Persona {n}").format(n=i + 1)
            if i == 0 and len(m.personas) > 1:
                label = self.tr("{name} (main)").format(name=label)
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(persona.color))
            self.chooser.addItem(QIcon(swatch), label, persona.id)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(self.persona.id)))
        self.chooser.blockSignals(False)

    def refresh(self, *_args) -> None:
        """Show the model; a field the user is typing in is left alone."""
        persona = self.persona
        if self.persona_id is not None and persona.id != self.persona_id:
            self.persona_id = None  # it was removed (or its addition undone)
        self._fill_chooser()
        for widget, value in ((self.name, persona.name), (self.role, persona.role)):
            if not widget.hasFocus() and widget.text() != value:
                widget.setText(value)
                widget.setCursorPosition(0)  # show the start of a long value, not its end
        if not self.age.hasFocus():
            self.age.setValue(-1 if persona.age is None else persona.age)
        if not self.quote.hasFocus() and self.quote.toPlainText() != persona.quote:
            self.quote.setPlainText(persona.quote)
        for name, editor in self.lists.items():
            text = "\n".join(getattr(persona, name))
            if not editor.hasFocus() and editor.toPlainText() != text:
                editor.setPlainText(text)
        self._show_photo()
        read_only = getattr(self.document, "read_only", False)
        for widget in (self.name, self.role, self.quote, *self.lists.values(), self.age, self.choose):
            show_read_only(widget, read_only)  # as the inspector's fields (the others are disabled)
        self.remove.setEnabled(not read_only and persona.photo is not None)
        self.add_button.setEnabled(not read_only and len(self.document.map.personas) < limits.PERSONAS_MAX)
        self.remove_button.setEnabled(not read_only and len(self.document.map.personas) > 1)

    def _show_photo(self) -> None:
        journey = self.document.journey
        asset = journey.assets.get(self.persona.photo or "")
        if asset is None:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo"))
            self.photo.setStyleSheet("QLabel { background: #e3e8ec; border-radius: 56px; color: #5b6b78; }")
            return
        image = QImage.fromData(QByteArray(asset.raw_bytes()))
        self.photo.setStyleSheet("")
        self.photo.setPixmap(rounded_pixmap(image, self.PHOTO_SIZE))

    def _commit(self, field: str, value) -> None:
        if self.document is None or getattr(self.document, "read_only", False):
            return
        persona = self.persona
        if getattr(persona, field) == value:
            return
        try:
            self.document.update_persona(persona_id=persona.id, **{field: value})
        except ValueError as exc:
            plain_text.warning(self, self.tr("Persona"), localized(exc))
            self.refresh()

    # --- photo ---------------------------------------------------------------------------------
    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_photo(path)

    def load_photo(self, path: str) -> bool:
        """Check, shrink and store an image file as the persona photo; say why when refused."""
        persona_id = self.persona.id
        reason = store_image_file(path, lambda asset: self.document.set_persona_photo(asset, persona_id),
                                  self.tr("the file is larger than {size} MB"))
        if reason is not None:
            self._refuse(path, reason)
        return reason is None

    def _refuse(self, path: str, reason: str) -> None:
        plain_text.warning(self, self.tr("Photo not used"),
                            self.tr("{name} cannot be used as the persona photo: {reason}.")
                            .format(name=Path(path).name, reason=reason))

    def remove_photo(self) -> None:
        self.document.set_persona_photo(None, self.persona.id)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._dropped_file(event) is not None and not getattr(self.document, "read_only", False):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.load_photo(path)

    @staticmethod
    def _dropped_file(event) -> str | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [u.toLocalFile() for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 else None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]
