"""The inspector dock: edits what is selected on the canvas (the map itself when nothing is).

It follows two things: the selection (``set_selection``) and the document (``changed``),
so an undo made anywhere shows at once in the fields.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ..canvas.selection import Selection, SelectionKind
from ..document import Document
from .inspector_forms import CardForm, CardsForm, Form, LaneForm, MapForm, PointForm, StageForm, StepForm


class Inspector(QDockWidget):
    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Inspector"))
        self.setObjectName("inspector")
        self.document = document
        self.selection = Selection()
        body = QWidget()
        column = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("inspectorHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        column.addWidget(self.heading)
        self.stack = QStackedWidget()
        column.addWidget(self.stack)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        column.addWidget(self.error)
        column.addStretch(1)
        self.forms: dict[str, Form] = {}
        for key, form_type in (("map", MapForm), ("card", CardForm), ("cards", CardsForm),
                               ("stage", StageForm), ("step", StepForm), ("lane", LaneForm),
                               ("point", PointForm)):
            form = form_type(document, self._report)
            self.forms[key] = form
            self.stack.addWidget(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        document.changed.connect(lambda _changes: self.refresh())
        self.set_selection(Selection())

    def _report(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def current_form(self) -> Form:
        return self.stack.currentWidget()

    def set_selection(self, selection: Selection) -> None:
        self.selection = selection
        self._report("")
        kind = selection.kind
        if kind == SelectionKind.CARDS and len(selection.card_ids) == 1:
            key, target = "card", selection.card_ids[0]
        elif kind == SelectionKind.CARDS:
            key, target = "cards", None
            self.forms["cards"].bind_cards(selection.card_ids)
        elif kind == SelectionKind.STAGE:
            key, target = "stage", selection.stage_id
        elif kind == SelectionKind.STEP:
            key, target = "step", selection.step_id
        elif kind == SelectionKind.LANE:
            key, target = "lane", selection.lane_id
        elif kind == SelectionKind.POINT:
            key, target = "point", None
            self.forms["point"].bind_point(selection.lane_id, selection.step_id)
        elif kind == SelectionKind.CELL:
            key, target = "lane", selection.lane_id  # an empty spot: its lane
        else:
            key, target = "map", None
        form = self.forms[key]
        if key not in ("cards", "point"):
            form.bind(target)
        if form.obj() is None and key not in ("cards",):
            form = self.forms["map"]
            form.bind(None)
        self.stack.setCurrentWidget(form)
        self.heading.setText(form.title)

    def show_typed(self, card_id: str, text: str) -> None:
        """Show a card's text as it is typed on the canvas (written when the typing ends)."""
        form = self.forms["card"]
        if self.current_form() is form and form.target_id == card_id:
            form.text_binding.show(text)

    def refresh(self) -> None:
        form = self.current_form()
        if form is not self.forms["cards"] and form.obj() is None:  # what it showed was removed
            self.set_selection(Selection())
        else:
            form.refresh()
