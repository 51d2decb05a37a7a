"""Edit › Find (Ctrl+F) and View › Filter: find cards by their words, dim the cards a filter
leaves out, and keep a filter as a named view in the map (chosen again on screen or at export).

The matching rules are Qt-free (``model/view.py``); this module only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDockWidget, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
    QPushButton, QSpinBox, QToolBar, QVBoxLayout, QWidget,
)

from ..canvas.selection import Selection
from ..model import EVIDENCE_KINDS, CardFilter, LaneKind, Language
from ..model.view import card_matches_text, dimmed_cards
from ..vocabulary import PRIORITY_NAMES, lane_title
from . import plain_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class _FindField(QLineEdit):
    """Enter: next match; Shift+Enter: previous; Esc: close the bar."""

    def __init__(self, bar: "FindBar"):
        super().__init__()
        self.bar = bar

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.bar.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        elif event.key() == Qt.Key.Key_Escape:
            self.bar.close_bar()
        else:
            super().keyPressEvent(event)


class FindBar(QToolBar):
    """A search field under the map: matching cards get a ring, next/previous shows each."""

    def __init__(self, window):
        super().__init__(translate("FindBar", "Find"), window)
        self.window = window
        self.setObjectName("find")
        self.setMovable(False)
        self.field = _FindField(self)
        self.field.setPlaceholderText(translate("FindBar", "Find in text, notes, tags, owners, comments"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(lambda _text: self.search())
        self.count = QLabel()
        previous = QPushButton(translate("FindBar", "Previous"))
        following = QPushButton(translate("FindBar", "Next"))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        done = QPushButton(translate("FindBar", "Close"))
        done.clicked.connect(self.close_bar)
        for widget in (QLabel(translate("FindBar", "Find:")), self.field, self.count, previous, following, done):
            self.addWidget(widget)
        self.matches: list[str] = []
        self.index = -1
        window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self)
        self.hide()
        window.document.changed.connect(lambda _changes: self.search(keep=True))

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self.search(keep=True)

    def close_bar(self) -> None:
        self.hide()
        self.window.view.map_scene.set_marks(found=set())
        self.window.view.setFocus()

    def search(self, keep: bool = False) -> None:
        """Find the cards holding the field's words, in map order (step by step, lane by lane)."""
        if not self.isVisible():
            return
        m = self.window.document.map
        query = self.field.text()
        order = {step: i for i, step in enumerate(m.step_ids())}
        lanes = {lane.id: i for i, lane in enumerate(m.lanes)}
        found = [c for c in m.cards if card_matches_text(c, query)]
        found.sort(key=lambda c: (order.get(c.step, 0), lanes.get(c.lane, 0)))
        current = self.matches[self.index] if keep and 0 <= self.index < len(self.matches) else None
        self.matches = [c.id for c in found]
        self.index = self.matches.index(current) if current in self.matches else (0 if found else -1)
        self._show(reveal=not keep)

    def step(self, delta: int) -> None:
        if not self.matches:
            return
        self.index = (self.index + delta) % len(self.matches)
        self._show(reveal=True)

    def current(self) -> str | None:
        return self.matches[self.index] if 0 <= self.index < len(self.matches) else None

    def _show(self, reveal: bool) -> None:
        view = self.window.view
        current = self.current()
        view.map_scene.set_marks(found=set(self.matches), current=current)
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(translate("FindBar", "No card found"))
        else:
            self.count.setText(translate("FindBar", "{n} of {total}").format(n=self.index + 1,
                                                                             total=len(self.matches)))
        if reveal and current is not None:
            if view.zoom() < 0.6:
                view.set_zoom(1.0)
            view.select(Selection.cards([current]), reveal=True)


class FilterPanel(QWidget):
    """Criteria that dim the cards they leave out, and the map's saved views."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        language = Language(window.document.map.language)
        self.views = QComboBox()
        self.views.activated.connect(lambda i: self.apply_view(self.views.itemData(i)))
        save = QPushButton(translate("FilterPanel", "Save as View…"))
        save.clicked.connect(self.save_view)
        self.delete = QPushButton(translate("FilterPanel", "Delete View"))
        self.delete.clicked.connect(self.delete_view)
        clear = QPushButton(translate("FilterPanel", "Show All"))
        clear.clicked.connect(self.clear)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate("FilterPanel", "comma-separated"))
        self.owners = QLineEdit()
        self.owners.setPlaceholderText(translate("FilterPanel", "comma-separated"))
        self.priorities = {p: QCheckBox(PRIORITY_NAMES[language][p]) for p in ("high", "medium", "low")}
        self.kinds = {kind: QCheckBox(lane_title(kind, language)) for kind in LaneKind
                      if kind not in (LaneKind.EMOTIONS,)}
        self.sources = {kind: QCheckBox(_source_name(kind)) for kind in EVIDENCE_KINDS}
        self.min_votes = QSpinBox()
        self.min_votes.setRange(0, 10_000)
        self.min_votes.setSpecialValueText(translate("FilterPanel", "any"))
        form = QFormLayout()
        form.addRow(translate("FilterPanel", "Tags"), self.tags)
        form.addRow(translate("FilterPanel", "Owners"), self.owners)
        form.addRow(translate("FilterPanel", "Priority"), _row(self.priorities.values()))
        form.addRow(translate("FilterPanel", "At least votes"), self.min_votes)
        kinds = QVBoxLayout()
        for box in self.kinds.values():
            kinds.addWidget(box)
        form.addRow(translate("FilterPanel", "Lanes"), kinds)
        sources = QVBoxLayout()
        for box in self.sources.values():
            sources.addWidget(box)
        form.addRow(translate("FilterPanel", "Source"), sources)
        views = QHBoxLayout()
        views.addWidget(self.views, 1)
        buttons = QHBoxLayout()
        for button in (save, self.delete, clear):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(translate("FilterPanel", "Saved views")))
        column.addLayout(views)
        column.addLayout(buttons)
        column.addLayout(form)
        column.addStretch(1)
        for field in (self.tags, self.owners):
            field.textChanged.connect(lambda _t: self.apply())
        for box in (*self.priorities.values(), *self.kinds.values(), *self.sources.values()):
            box.toggled.connect(lambda _on: self.apply())
        self.min_votes.valueChanged.connect(lambda _v: self.apply())
        window.document.changed.connect(lambda _changes: self._document_changed())
        self._fill_views()

    # --- the filter -----------------------------------------------------------------------------
    def card_filter(self) -> CardFilter:
        return CardFilter(
            tags=_words(self.tags.text()), owners=_words(self.owners.text()),
            priorities=[p for p, box in self.priorities.items() if box.isChecked()],
            lane_kinds=[k for k, box in self.kinds.items() if box.isChecked()],
            sources=[s for s, box in self.sources.items() if box.isChecked()],
            min_votes=self.min_votes.value() or None,
        )

    def set_filter(self, card_filter: CardFilter) -> None:
        widgets = [self.tags, self.owners, self.min_votes, *self.priorities.values(), *self.kinds.values(),
                   *self.sources.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.tags.setText(", ".join(card_filter.tags))
        self.owners.setText(", ".join(card_filter.owners))
        self.min_votes.setValue(card_filter.min_votes or 0)
        for chosen, boxes in ((card_filter.priorities, self.priorities), (card_filter.lane_kinds, self.kinds),
                              (card_filter.sources, self.sources)):
            for key, box in boxes.items():
                box.setChecked(key in chosen)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply()

    def apply(self) -> None:
        m = self.window.document.map
        self.window.view.map_scene.set_marks(dimmed=dimmed_cards(m, self.card_filter()))

    def clear(self) -> None:
        self.set_filter(CardFilter())
        self.views.setCurrentIndex(0)

    # --- saved views ----------------------------------------------------------------------------
    def _fill_views(self) -> None:
        current = self.views.currentData()
        self.views.clear()
        self.views.addItem(translate("FilterPanel", "(no view)"), None)
        for view in self.window.document.map.views:
            self.views.addItem(view.name, view.name)
        self.views.setCurrentIndex(max(0, self.views.findData(current)))
        self.delete.setEnabled(self.views.currentData() is not None)

    def _document_changed(self) -> None:
        self._fill_views()
        self.apply()

    def apply_view(self, name: str | None) -> None:
        view = self.window.document.map.find_view(name) if name else None
        self.set_filter(view.filter if view else CardFilter())
        self.views.setCurrentIndex(max(0, self.views.findData(name)))
        self.delete.setEnabled(view is not None)

    def save_view(self) -> None:
        name, ok = QInputDialog.getText(self, translate("FilterPanel", "Save View"),
                                        translate("FilterPanel", "Name of the view:"),
                                        text=self.views.currentData() or "")
        if not ok or not name.strip():
            return
        try:
            self.window.document.save_view(name, self.card_filter())
        except ValueError as exc:
            plain_text.warning(self, translate("FilterPanel", "View not saved"), str(exc))
            return
        self.views.setCurrentIndex(max(0, self.views.findData(self.window.document.map.find_view(name).name)))

    def delete_view(self) -> None:
        name = self.views.currentData()
        if name:
            self.window.document.delete_view(name)


def _row(widgets) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return holder


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


def _source_name(kind: str) -> str:
    return {"interview": translate("FilterPanel", "Interview"), "survey": translate("FilterPanel", "Survey"),
            "analytics": translate("FilterPanel", "Analytics"),
            "observation": translate("FilterPanel", "Observation"),
            "assumption": translate("FilterPanel", "Assumption (no evidence)")}[kind]


class FindFilterTools:
    """Builds the find bar and the filter dock and puts their actions in the window's menus."""

    def __init__(self, window):
        self.find_bar = FindBar(window)
        self.filter_panel = FilterPanel(window)
        self.filter_dock = QDockWidget(translate("FindFilterTools", "Filter"), window)
        self.filter_dock.setObjectName("filter")
        self.filter_dock.setWidget(self.filter_panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.filter_dock)
        window.tabifyDockWidget(window.inspector, self.filter_dock)
        self.filter_dock.hide()
        self.find = QAction(translate("FindFilterTools", "&Find…"), window)
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        self.find.setStatusTip(translate("FindFilterTools", "Find the cards holding some words"))
        self.find.triggered.connect(self.find_bar.open_bar)
        self.find_next = QAction(translate("FindFilterTools", "Find N&ext"), window)
        self.find_next.setShortcut(QKeySequence.StandardKey.FindNext)
        self.find_next.triggered.connect(lambda: self.find_bar.step(1))
        self.find_previous = QAction(translate("FindFilterTools", "Find Pre&vious"), window)
        self.find_previous.setShortcut(QKeySequence.StandardKey.FindPrevious)
        self.find_previous.triggered.connect(lambda: self.find_bar.step(-1))
        self.show_filter = self.filter_dock.toggleViewAction()
        self.show_filter.setText(translate("FindFilterTools", "Filte&r"))
        self.show_filter.setShortcut(QKeySequence("Ctrl+Shift+F"))
        for action in (self.find, self.find_next, self.find_previous, self.show_filter):
            window.addAction(action)  # shortcuts keep working with the menu bar hidden
        acts = window.window_actions
        edit = getattr(acts, "edit_menu", None)
        if edit is not None:
            edit.addSeparator()
            edit.addActions([self.find, self.find_next, self.find_previous])
        view = getattr(acts, "view_menu", None)
        if view is not None:
            view.addSeparator()
            view.addAction(self.show_filter)
