"""The inspector dock: edits what is selected on the canvas (the map itself when nothing is).

It follows two things: the selection (``set_selection``) and the document (``changed``),
so an undo made anywhere shows at once in the fields.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..canvas.selection import Selection, SelectionKind
from ..document import Document
from .inspector_forms import CardForm, CardsForm, Form, LaneForm, MapForm, PointForm, StageForm, StepForm


class Inspector(QDockWidget):
    #: a form made on first use (the window's compact layout puts its labels above its fields)
    form_built = Signal(QWidget)

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
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a title from the map, never HTML
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        column.addWidget(self.heading)
        self.stack = _FormStack()
        column.addWidget(self.stack)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        column.addWidget(self.error)
        column.addStretch(1)
        #: the form of each kind of selection, built the first time it is needed (the window's
        #: first paint shows only the map's form: the six others cost ~0.1 s of start-up)
        self.forms = _Forms(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        # the forms narrow down to a small screen's dock; narrower still (a dock dragged thin), a
        # scroll bar rather than fields cut at the right
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        document.changed.connect(lambda _changes: self.refresh())
        document.read_only_changed.connect(self._show_read_only)
        self.set_selection(Selection())

    def _show_read_only(self, read_only: bool) -> None:
        """A map locked elsewhere or write-protected: no field looks or is editable (and
        every field is again once it is the user's own copy, after Save As)."""
        for form in self.forms.values():
            form.set_read_only(read_only)

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
        if form is not self.forms.get("cards") and form.obj() is None:  # what it showed was removed
            self.set_selection(Selection())
        else:
            form.refresh()


class _FormStack(QWidget):
    """The forms, one shown at a time, the stack as tall as the one shown (a QStackedWidget is
    as tall as its tallest page: a stage's three fields would scroll as far as a card's)."""

    def __init__(self):
        super().__init__()
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._current: QWidget | None = None

    def addWidget(self, form: QWidget) -> None:  # noqa: N802 (QStackedWidget's name)
        form.hide()  # hidden forms take no room in the column
        self._column.addWidget(form)

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (QStackedWidget's name)
        return self._current

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as the widest form allows (its height the shown one's): the dock keeps one
        width whatever is selected, and no form is cut or scrolls sideways in it."""
        hint = super().minimumSizeHint()
        forms = [self._column.itemAt(i).widget() for i in range(self._column.count())]
        return QSize(max([hint.width(), *(f.minimumSizeHint().width() for f in forms if f is not None)]),
                     hint.height())

    def setCurrentWidget(self, form: QWidget) -> None:  # noqa: N802 (QStackedWidget's name)
        if form is not self._current:
            if self._current is not None:
                self._current.hide()
            self._current = form
            form.show()


class _Forms(dict):
    """``forms[key]``: the inspector's form for ``key``, made and put on its stack on first use."""

    TYPES: dict[str, type[Form]] = {"map": MapForm, "card": CardForm, "cards": CardsForm, "stage": StageForm,
                                    "step": StepForm, "lane": LaneForm, "point": PointForm}

    def __init__(self, inspector: Inspector):
        super().__init__()
        self.inspector = inspector

    def __missing__(self, key: str) -> Form:
        form = self.TYPES[key](self.inspector.document, self.inspector._report)
        self[key] = form
        if self.inspector.document.read_only:
            form.set_read_only(True)  # built while the map is read-only
        self.inspector.form_built.emit(form)
        self.inspector.stack.addWidget(form)
        return form
