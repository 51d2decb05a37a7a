"""Widgets of the inspector bound to one field of the model.

A binding shows a value (``show``) and reports the user's edits (``write(value, merge)``).
Text typed in a field is written as it is typed with ``merge=True`` (the document merges
the keystrokes into one undo step) and sealed when the field loses focus or Enter is
pressed, so one field edit is one undo step. ``show`` leaves a widget alone when it
already shows the value, so a refresh caused by the user's own typing never moves the
cursor; a value changed elsewhere (undo) replaces the text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QColorDialog, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QToolButton,
    QWidget,
)

from .flow_layout import FlowLayout

Write = Callable[[Any, bool], None]


class Binding(QObject):
    def __init__(self, widget: QWidget, write: Write, seal: Callable[[], None]):
        super().__init__(widget)
        self.widget = widget
        self._write = write
        self._seal = seal
        self._showing = False

    def write(self, value: Any, merge: bool) -> None:
        if not self._showing:
            self._write(value, merge)

    def show(self, value: Any) -> None:
        self._showing = True
        try:
            self._show(value)
        finally:
            self._showing = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError


class LineBinding(Binding):
    """A one-line field; ``parse``/``format`` convert (tags are "a, b, c")."""

    def __init__(self, widget: QLineEdit, write: Write, seal, parse=str, format=str):
        super().__init__(widget, write, seal)
        self._parse, self._format = parse, format
        widget.textEdited.connect(lambda text: self.write(self._parse(text), True))
        widget.editingFinished.connect(seal)

    def _show(self, value: Any) -> None:
        if self._parse(self.widget.text()) != value:
            self.widget.setText(self._format(value))
            # shown from outside (a new selection, undo): a long value shows its start
            self.widget.setCursorPosition(len(self.widget.text()) if self.widget.hasFocus() else 0)


class _FocusOut(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class PlainTextBinding(Binding):
    def __init__(self, widget: QPlainTextEdit, write: Write, seal):
        super().__init__(widget, write, seal)
        widget.textChanged.connect(lambda: self.write(widget.toPlainText(), True))
        _FocusOut(widget, seal)

    def _show(self, value: str) -> None:
        if self.widget.toPlainText() != value:
            cursor = self.widget.textCursor()
            position = min(cursor.position(), len(value))
            self.widget.setPlainText(value)
            cursor = self.widget.textCursor()
            cursor.setPosition(position)
            self.widget.setTextCursor(cursor)


class CheckBinding(Binding):
    def __init__(self, widget: QCheckBox, write: Write, seal):
        super().__init__(widget, write, seal)
        widget.toggled.connect(lambda checked: self.write(checked, False))

    def _show(self, value: bool) -> None:
        self.widget.setChecked(bool(value))


class ComboBinding(Binding):
    """A choice among the items' data (``None`` allowed)."""

    def __init__(self, widget: QComboBox, write: Write, seal):
        super().__init__(widget, write, seal)
        widget.activated.connect(lambda index: self.write(widget.itemData(index), False))

    def _show(self, value: Any) -> None:
        index = next((i for i in range(self.widget.count()) if _same(self.widget.itemData(i), value)), 0)
        self.widget.setCurrentIndex(index)


def _same(data: Any, value: Any) -> bool:
    if isinstance(data, (list, tuple)) and isinstance(value, (list, tuple)):
        return list(data) == list(value)
    return data == value


class SpinBinding(Binding):
    def __init__(self, widget: QSpinBox, write: Write, seal):
        super().__init__(widget, write, seal)
        widget.valueChanged.connect(lambda value: self.write(value, True))
        widget.editingFinished.connect(seal)

    def _show(self, value: int) -> None:
        if self.widget.value() != value:
            self.widget.setValue(value)


def swatch_icon(color: str | None, size: int = 24) -> QIcon:
    """A colour square with a thin border (pastel notes stay visible on white)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color) if color else QColor("#ffffff"))
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor("#9aa5ae"), 1))
    painter.drawRect(0, 0, size - 1, size - 1)
    if color is None:  # "default": crossed by a diagonal
        painter.setPen(QPen(QColor("#9aa5ae"), 2))
        painter.drawLine(3, size - 3, size - 3, 3)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Normal, QIcon.State.On)
    # a read-only map (the buttons disabled) still shows its colour, chosen (checked) in full;
    # the others fade, so the row does not look like one to click
    icon.addPixmap(pixmap, QIcon.Mode.Disabled, QIcon.State.On)
    icon.addPixmap(_faded(pixmap), QIcon.Mode.Disabled, QIcon.State.Off)
    return icon


def _faded(pixmap: QPixmap, opacity: float = 0.3) -> QPixmap:
    faded = QPixmap(pixmap.size())
    faded.fill(Qt.GlobalColor.transparent)
    painter = QPainter(faded)
    painter.setOpacity(opacity)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return faded


class ColorSwatches(QWidget):
    """A row of colour buttons: default (no colour), a few swatches, and Custom…; the row
    wraps to the width it is given (a narrow dock on a small screen)."""

    picked = Signal(object)  # "#rrggbb" or None

    def __init__(self, swatches: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        flow = FlowLayout(self)
        self._buttons: dict[str | None, QToolButton] = {}
        for color, name in [(None, self.tr("Default colour"))] + swatches:
            button = QToolButton(self)
            button.setIcon(swatch_icon(color))
            button.setIconSize(QSize(24, 24))
            button.setFixedSize(34, 34)
            button.setToolTip(name)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, c=color: self.picked.emit(c))
            flow.addWidget(button)
            self._buttons[color] = button
        custom = QToolButton(self)
        custom.setText(self.tr("Custom…"))
        custom.setToolTip(self.tr("Choose any colour"))
        custom.setFixedHeight(34)
        custom.clicked.connect(self._choose)
        flow.addWidget(custom)
        self._value: str | None = None

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._value or "#ffffff"), self, self.tr("Colour"))
        if chosen.isValid():
            self.picked.emit(chosen.name())

    def set_value(self, color: str | None) -> None:
        self._value = color
        for key, button in self._buttons.items():
            button.setChecked((key or "").lower() == (color or "").lower())


class ColorBinding(Binding):
    def __init__(self, widget: ColorSwatches, write: Write, seal):
        super().__init__(widget, write, seal)
        widget.picked.connect(lambda color: self.write(color, False))

    def _show(self, value: str | None) -> None:
        self.widget.set_value(value)


def tags_from_text(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]


def tags_to_text(tags: list[str]) -> str:
    return ", ".join(tags)


def no_wrap_focus(widget: QPlainTextEdit) -> QPlainTextEdit:
    """Tab moves to the next field instead of typing a tab (keyboard users)."""
    widget.setTabChangesFocus(True)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return widget
