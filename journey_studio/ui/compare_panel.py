"""The Compare dock: every difference in words (click one to see it on the map), and, after a
merge, the Resolve list where each conflict is settled by "keep mine", "keep theirs" or
"keep both" (empty, with a note, while the merge is undone)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDockWidget, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
    QWidget,
)

from ..compare.diff import Difference
from ..compare.merge import Conflict
from . import plain_text

_MARK_COLOURS = {"added": "#2e9d4a", "removed": "#d43c3c", "changed": "#b87500", "moved": "#2f6fdb"}


class ComparePanel(QDockWidget):
    difference_clicked = Signal(object)  # Difference
    conflict_clicked = Signal(object)  # Conflict
    resolve_requested = Signal(str, str)  # conflict id, "ours" | "theirs" | "both"
    close_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Compare"), parent)
        self.setObjectName("compare")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.title = QLabel(body)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        self.legend = QLabel(body)
        self.legend.setWordWrap(True)
        self.legend.setText(self.tr(
            "<span style='color:#2e9d4a'>■ added</span> · <span style='color:#d43c3c'>▭ removed</span> · "
            "<span style='color:#b87500'>■ changed</span> (tooltip: before) · "
            "<span style='color:#2f6fdb'>➜ moved</span> · <span style='color:#6b5bd6'>○ old emotion</span>"))
        layout.addWidget(self.legend)
        self.list = QListWidget(body)
        self.list.setWordWrap(True)
        self.list.itemClicked.connect(self._difference_clicked)
        self.list.itemActivated.connect(self._difference_clicked)
        layout.addWidget(self.list, 3)
        self.resolve_title = QLabel(self.tr("Resolve"), body)
        font = self.resolve_title.font()
        font.setBold(True)
        self.resolve_title.setFont(font)
        layout.addWidget(self.resolve_title)
        self.conflicts = QListWidget(body)
        self.conflicts.setWordWrap(True)
        self.conflicts.currentItemChanged.connect(self._conflict_current)
        layout.addWidget(self.conflicts, 2)
        self.note = QLabel(body)  # why there is nothing to resolve (the merge was undone)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep &mine"), body)
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"), body)
        self.keep_both = QPushButton(self.tr("Keep &both"), body)
        self.keep_both.setToolTip(self.tr("Keep their version as a second card"))
        for button, choice in ((self.keep_mine, "ours"), (self.keep_theirs, "theirs"), (self.keep_both, "both")):
            button.clicked.connect(lambda _=False, c=choice: self._resolve(c))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.close_button = QPushButton(self.tr("Close Comparison"), body)
        self.close_button.clicked.connect(self.close_requested)
        layout.addWidget(self.close_button)
        self.setWidget(body)
        self._conflicts: list[Conflict] = []
        self.show_conflicts([])

    # --- filling ----------------------------------------------------------------------------
    def show_differences(self, differences: list[Difference], title: str) -> None:
        self.title.setText(title)
        self.list.clear()
        for difference in differences:
            item = QListWidgetItem(difference.text)
            item.setData(Qt.ItemDataRole.UserRole, difference)
            item.setForeground(QColor(_MARK_COLOURS.get(difference.change, "#333333")))
            item.setToolTip(plain_text.escape_for_tooltip(difference.text))
            self.list.addItem(item)
        if not differences:
            self.list.addItem(QListWidgetItem(self.tr("No differences")))

    def show_note(self, text: str) -> None:
        """A line in place of the Resolve list (until the next :meth:`show_conflicts`)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_conflicts(self, conflicts: list[Conflict]) -> None:
        self.note.hide()
        current = self.conflicts.currentRow()
        self._conflicts = list(conflicts)
        self.conflicts.clear()
        words = {"ours": self.tr("mine"), "theirs": self.tr("theirs"), "both": self.tr("both")}
        for conflict in conflicts:
            text = self.tr("{message}\n→ keeping {choice}").format(
                message=conflict.message.removeprefix("conflict: "), choice=words[conflict.chosen])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.conflicts.addItem(item)
        visible = bool(conflicts)
        for widget in (self.resolve_title, self.conflicts, self.keep_mine, self.keep_theirs, self.keep_both):
            widget.setVisible(visible)
        if visible:
            self.resolve_title.setText(self.tr("Resolve the conflicts: {n}").format(n=len(conflicts)))
            self.conflicts.setCurrentRow(min(max(current, 0), len(conflicts) - 1))
        self._conflict_current()

    def conflict_at(self, row: int) -> Conflict | None:
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    # --- gestures ---------------------------------------------------------------------------
    def _difference_clicked(self, item: QListWidgetItem) -> None:
        difference = item.data(Qt.ItemDataRole.UserRole)
        if difference is not None:
            self.difference_clicked.emit(difference)

    def _conflict_current(self, *_args) -> None:
        conflict = self.conflict_at(self.conflicts.currentRow())
        for button in (self.keep_mine, self.keep_theirs):
            button.setEnabled(conflict is not None)
        self.keep_both.setEnabled(conflict is not None and conflict.can_keep_both)
        if conflict is not None:
            self.conflict_clicked.emit(conflict)

    def _resolve(self, choice: str) -> None:
        conflict = self.conflict_at(self.conflicts.currentRow())
        if conflict is not None:
            self.resolve_requested.emit(conflict.id, choice)
