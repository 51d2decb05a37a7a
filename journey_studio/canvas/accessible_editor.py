"""The in-place editor as a screen reader gets it: an editable text in the map's accessible tree.

The editor (``card_editor.InlineEditor``) is a QGraphicsTextItem, and Qt gives graphics items
no accessible interface: without this node a reader hears nothing of what is typed into a
new card, a card or a title. While an editor is open, :class:`EditorNode` is the map's last
child and its focused one (``accessible.MapAccessible``). It reads the editor on each query
through a ``QAccessibleTextInterface`` (text, length, caret), and tells the platform what each
keystroke inserted or removed and where the caret went, as Qt's own text fields do.

PySide6 hands Qt a second interface of a Python interface only as a raw pointer
(``interface_cast`` returning a ``shiboken6.VoidPtr``; a Python ``int`` or ``None`` there
crashes): the text interface is a separate Python object the node holds. PySide6 binds
neither ``selection()`` nor ``attributes()`` of that interface (their pointer arguments), so
the node reports no selection and no text attributes.
Offsets are in UTF-16 units, as Qt's (the caret of a ``QTextCursor``, AT-SPI's offsets).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import (QAccessible, QAccessibleEvent, QAccessibleInterface, QAccessibleTextCursorEvent,
                           QAccessibleTextInsertEvent, QAccessibleTextInterface, QAccessibleTextRemoveEvent,
                           QAccessibleTextUpdateEvent)

Role, Text, Event = QAccessible.Role, QAccessible.Text, QAccessible.Event


def _units(text: str) -> bytes:
    return text.encode("utf-16-le", "surrogatepass")


def utf16_len(text: str) -> int:
    return len(_units(text)) // 2


def utf16_slice(text: str, start: int, end: int) -> str:
    """``text`` from ``start`` to ``end`` counted in UTF-16 units (``end`` -1: to the end)."""
    units = _units(text)
    count = len(units) // 2
    end = count if end < 0 or end > count else end
    start = max(0, min(start, end))
    return units[2 * start:2 * end].decode("utf-16-le", "replace")


def text_change(old: str, new: str) -> tuple[int, str, str]:
    """How ``old`` became ``new`` in one edit: (position in UTF-16 units, removed, inserted)."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[-1 - end] == new[-1 - end]:
        end += 1
    return utf16_len(old[:start]), old[start:len(old) - end], new[start:len(new) - end]


class EditorText(QAccessibleTextInterface):
    """The editor's text and caret, read when asked."""

    def __init__(self, editor):
        super().__init__()
        self.editor = editor

    def _alive(self) -> bool:
        return shiboken6.isValid(self.editor)

    def text(self, start: int, end: int) -> str:
        return utf16_slice(self.editor.toPlainText(), start, end) if self._alive() else ""

    def characterCount(self) -> int:  # noqa: N802 (Qt's names)
        return utf16_len(self.editor.toPlainText()) if self._alive() else 0

    def cursorPosition(self) -> int:  # noqa: N802
        return self.editor.textCursor().position() if self._alive() else 0

    def setCursorPosition(self, position: int) -> None:  # noqa: N802
        self._select(position, position)

    def selectionCount(self) -> int:  # noqa: N802
        return 0  # PySide6 cannot answer selection(): a reader asking for one would get garbage

    def addSelection(self, start: int, end: int) -> None:  # noqa: N802
        self._select(start, end)

    def setSelection(self, index: int, start: int, end: int) -> None:  # noqa: N802
        self._select(start, end)

    def removeSelection(self, index: int) -> None:  # noqa: N802
        if self._alive():
            cursor = self.editor.textCursor()
            cursor.clearSelection()
            self.editor.setTextCursor(cursor)

    def _select(self, start: int, end: int) -> None:
        if not self._alive():
            return
        count = self.characterCount()
        cursor = self.editor.textCursor()
        cursor.setPosition(max(0, min(start, count)))
        cursor.setPosition(max(0, min(end, count)), cursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:  # noqa: N802
        return QRect()

    def offsetAtPoint(self, point) -> int:  # noqa: N802
        return -1

    def scrollToSubstring(self, start: int, end: int) -> None:  # noqa: N802
        pass


class PartOfMap:
    """What every accessible part of the map (it has ``root``, the map's own node) answers the
    same way: no QObject of its own, the map's window, no relations."""

    def object(self):
        return None

    def window(self):
        return self.root.window()

    def relations(self, match=QAccessible.RelationFlag.AllRelations):
        return []


class EditorNode(PartOfMap, QAccessibleInterface):
    """The open in-place editor: an editable text named by what it edits ("New card")."""

    def __init__(self, root, editor, send: Callable[[QAccessibleEvent], None]):
        super().__init__()
        self.root, self.editor = root, editor
        self._send = send
        self._text = EditorText(editor)
        self._last = editor.toPlainText()
        editor.document().contentsChanged.connect(self._typed)
        editor.caret_moved.connect(self._caret_moved)

    def detach(self) -> None:
        """The editor closed: no more events from it."""
        if shiboken6.isValid(self.editor):
            for signal, slot in ((self.editor.document().contentsChanged, self._typed),
                                 (self.editor.caret_moved, self._caret_moved)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass

    # --- events --------------------------------------------------------------------------------
    def _live(self) -> bool:
        return QAccessible.isActive() and shiboken6.isValid(self) and self.isValid()

    def _typed(self) -> None:
        text = self.editor.toPlainText()
        last, self._last = self._last, text
        if not self._live() or text == last:
            return
        position, removed, inserted = text_change(last, text)
        if removed and inserted:
            self._send(QAccessibleTextUpdateEvent(self, position, removed, inserted))
        elif inserted:
            self._send(QAccessibleTextInsertEvent(self, position, inserted))
        else:
            self._send(QAccessibleTextRemoveEvent(self, position, removed))

    def _caret_moved(self, position: int) -> None:
        if self._live():
            self._send(QAccessibleTextCursorEvent(self, position))

    # --- QAccessibleInterface --------------------------------------------------------------------
    def isValid(self) -> bool:  # noqa: N802
        return shiboken6.isValid(self.editor) and not self.editor.is_done()

    def parent(self):
        return self.root

    def childCount(self) -> int:  # noqa: N802
        return 0

    def child(self, i: int):
        return None

    def indexOfChild(self, child) -> int:  # noqa: N802
        return -1

    def childAt(self, x: int, y: int):  # noqa: N802
        return None

    def focusChild(self):  # noqa: N802
        return None

    def text(self, kind) -> str:
        if not self.isValid():
            return ""
        if kind == Text.Name:
            return self.editor.label
        if kind == Text.Value:
            return self.editor.toPlainText()
        return ""

    def setText(self, kind, text) -> None:  # noqa: N802
        pass  # typed through the keys, like every edit of the canvas

    def rect(self) -> QRect:
        if not self.isValid():
            return QRect()
        view = self.root.view
        box = view.mapFromScene(QRectF(self.editor.sceneBoundingRect())).boundingRect()
        box.moveTopLeft(view.viewport().mapToGlobal(box.topLeft()))
        return box

    def role(self):
        return Role.EditableText

    def state(self):
        state = QAccessible.State()
        if not self.isValid():
            state.invalid = True
            return state
        state.focusable = state.editable = state.selectableText = True
        state.multiLine = self.editor.multiline
        state.focused = self.root.view.hasFocus()
        return state

    def interface_cast(self, kind):
        if kind == QAccessible.InterfaceType.TextInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self._text)[0])
        return shiboken6.VoidPtr(0)
