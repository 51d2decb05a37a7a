"""Help › Keyboard Shortcuts (F1): every shortcut, searchable.

The menus' commands first (each with the keys of an ordinary keyboard: not the F14 or "Undo"
keys, nor the Shift+Ins of old terminals, that Qt's standard shortcuts add), then the keys no menu carries
(``key_reference``), each group under its heading. The search finds a command by its words,
without case or accents, and a key by its whole name: "F2" finds F2, not F20; "ctrl+d" finds
Ctrl+D and Ctrl+Shift+D.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout

from ..model.search_text import fold
from .key_reference import ShortcutRow, fixed_keys, keys_to_show

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def row_matches(query: str, row: ShortcutRow) -> bool:
    """Whether a row answers the search: the query in its words (group or command), or each
    key name of the query a whole key name of one of its shortcuts."""
    needle = fold(query).strip()
    if not needle or needle in fold(f"{row.group} {row.name}"):
        return True
    wanted = [w for w in re.split(r"[+\s,]+", needle) if w]
    for keys in row.keys:
        folded = fold(keys)
        if needle == folded or (wanted and set(wanted) <= set(folded.split("+"))):
            return True
    return False


def menu_rows(window) -> list[ShortcutRow]:
    """The window's commands that have a shortcut, by name (one row per name)."""
    group = translate("ShortcutsDialog", "Menu commands")
    seen: dict[str, tuple[str, ...]] = {}
    for action in window.findChildren(QAction):
        keys = tuple(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys_to_show(action.shortcuts()))
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if keys and name and name not in seen:
            seen[name] = keys
    return [ShortcutRow(group, name, keys) for name, keys in sorted(seen.items(), key=lambda r: r[0].casefold())]


def shortcut_rows(window) -> list[ShortcutRow]:
    """Every shortcut: the menus' commands, then the keys of the map, the editor, the mouse,
    the find bar and presentation mode."""
    return menu_rows(window) + fixed_keys()


class ShortcutsDialog(QDialog):
    """Every shortcut under its group's heading, filtered as one types."""

    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(translate("ShortcutsDialog", "Keyboard Shortcuts"))
        self.resize(720, 680)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ShortcutsDialog", "Search a command or a key"))
        self.search.setClearButtonEnabled(True)
        self.nothing = QLabel()
        self.nothing.setTextFormat(Qt.TextFormat.PlainText)  # quotes what was typed
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([translate("ShortcutsDialog", "Command"),
                                              translate("ShortcutsDialog", "Shortcut")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        column = QVBoxLayout(self)
        column.addWidget(self.search)
        column.addWidget(self.nothing)
        column.addWidget(self.table)
        self.rows = shortcut_rows(window)
        self._table_rows: list[int] = []  # the table's row of each shortcut
        self._headings: dict[str, int] = {}  # the table's row of each group's heading
        for shortcut in self.rows:
            if shortcut.group not in self._headings:
                self._headings[shortcut.group] = self._add_heading(shortcut.group)
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(shortcut.name))
            self.table.setItem(row, 1, QTableWidgetItem(", ".join(shortcut.keys)))
            self._table_rows.append(row)
        self.table.setColumnWidth(0, 430)
        self.table.resizeRowsToContents()
        self.search.textChanged.connect(self.filter)

    def _add_heading(self, group: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(group)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, 2)
        return row

    def filter(self, text: str) -> None:
        shown_groups = set()
        for shortcut, row in zip(self.rows, self._table_rows):
            shown = row_matches(text, shortcut)
            self.table.setRowHidden(row, not shown)
            if shown:
                shown_groups.add(shortcut.group)
        for group, row in self._headings.items():
            self.table.setRowHidden(row, group not in shown_groups)
        self.nothing.setText(translate("ShortcutsDialog", "No shortcut matches “{text}”.").format(text=text.strip()))
        self.nothing.setVisible(not shown_groups)
        self.table.setVisible(bool(shown_groups))

    def visible_rows(self) -> list[str]:
        return [s.name for s, row in zip(self.rows, self._table_rows) if not self.table.isRowHidden(row)]
