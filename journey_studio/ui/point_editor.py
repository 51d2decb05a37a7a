"""The editor of one emotion point: its score on the map's scale, its word, and a remove button.

The inspector shows it when the selection is a point. Every edit is one ``Document.set_point``
or ``remove_point`` call (one undo step); the fields follow the document, so an undo made
anywhere shows at once. The word is offered from the map language's emotion words; any word
may be typed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDoubleSpinBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from ..document import Document
from ..emotion_steps import FREE_DECIMALS, format_scale, step_score
from ..i18n import interface_language
from ..model import EmotionPoint, EmotionScale, limits
from ..vocabulary import EMOTION_WORDS


class ScoreSpinBox(QDoubleSpinBox):
    """A score: the arrows go from whole step to whole step of the scale, as Up/Down on the canvas."""

    def __init__(self):
        super().__init__()
        self.scale = EmotionScale()

    def set_scale(self, scale: EmotionScale) -> None:
        self.scale = scale
        self.setRange(scale.min, scale.max)

    def stepBy(self, steps: int) -> None:
        self.setValue(step_score(self.value(), self.scale, steps))


class PointEditor(QWidget):
    def __init__(self, document: Document, report: Callable[[str], None] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.lane_id: str | None = None
        self.step_id: str | None = None
        self._language = None
        self._showing = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        column.addLayout(form)

        self.score = ScoreSpinBox()
        self.score.setDecimals(FREE_DECIMALS)
        self.score.setKeyboardTracking(False)  # typing "1.5" is one edit, not three
        self.score.setAccessibleName(self.tr("Score"))
        self.score.setToolTip(self.tr("Up/Down or the arrows: one whole step; type a value for anything between"))
        self.score.valueChanged.connect(self._write_score)
        self.scale_note = QLabel()
        self.scale_note.setTextFormat(Qt.TextFormat.PlainText)
        self.scale_note.setObjectName("pointScale")
        self.scale_note.setWordWrap(True)
        form.addRow(self.tr("Score"), self.score)
        form.addRow("", self.scale_note)

        self.word = QComboBox()
        self.word.setEditable(True)
        self.word.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.word.setAccessibleName(self.tr("Feeling"))
        self.word.lineEdit().setMaxLength(limits.NAME_MAX)
        self.word.lineEdit().setPlaceholderText(self.tr("a word: relief, worry…"))
        self.word.lineEdit().editingFinished.connect(self._write_word)
        self.word.textActivated.connect(self._write_word)
        form.addRow(self.tr("Feeling"), self.word)

        self.remove = QPushButton(self.tr("Remove point"))
        self.remove.setToolTip(self.tr("Remove this step's point from the curve (Delete on the canvas)"))
        self.remove.clicked.connect(self._remove)
        column.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)

        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        column.addWidget(self.error)
        self.report = report or self._show_error
        document.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    # --- binding -------------------------------------------------------------------------
    def bind_point(self, lane_id: str | None, step_id: str | None) -> None:
        self.lane_id, self.step_id = lane_id, step_id
        self.refresh()

    def point(self) -> EmotionPoint | None:
        lane = self.document.map.find_lane(self.lane_id) if self.lane_id else None
        return next((p for p in lane.points if p.step == self.step_id), None) if lane else None

    def refresh(self) -> None:
        m = self.document.map
        point = self.point()
        self._showing = True
        try:
            if m.language != self._language:
                self._language = m.language
                text = self.word.currentText()
                self.word.clear()
                self.word.addItems(EMOTION_WORDS[m.language])
                self.word.setEditText(text)
                completer = QCompleter(EMOTION_WORDS[m.language], self.word)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                self.word.setCompleter(completer)
            scale = m.emotion_scale
            self.score.set_scale(scale)
            self.scale_note.setText(self.tr("on the {scale} scale").format(
                scale=format_scale(scale, interface_language())))
            if point is not None:
                self.score.setValue(point.score)
                if self.word.currentText() != point.label:
                    self.word.setEditText(point.label)
        finally:
            self._showing = False
        for widget in (self.score, self.word, self.remove):
            widget.setEnabled(point is not None and not self.document.read_only)

    # --- edits -----------------------------------------------------------------------------
    def _write_score(self, value: float) -> None:
        point = self.point()
        if not self._showing and point is not None and value != point.score:
            self._edit(self.document.set_point, self.lane_id, self.step_id, value)

    def _write_word(self, *_args) -> None:
        point = self.point()
        text = self.word.currentText().strip()
        if not self._showing and point is not None and text != point.label:
            self._edit(self.document.set_point, self.lane_id, self.step_id, point.score, text)

    def _remove(self) -> None:
        if self.point() is not None:
            self._edit(self.document.remove_point, self.lane_id, self.step_id)

    def _edit(self, method, *args) -> None:
        try:
            method(*args)
        except ValueError as error:
            self.report(str(error))
        else:
            self.report("")

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
