"""How a field shows that the map is read-only (locked elsewhere, or a write-protected file).

Text stays readable, selectable and copyable: a line or a text field becomes read-only and
takes the panel's colour instead of the white of a field one types in. Every other input (a
choice, a number, a check box, a colour button) is disabled. The inspector and its parts call
:func:`show_read_only` on each of their inputs whenever the document's state changes, both ways.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

#: the widget property that says its palette was given by :func:`show_read_only`
_LOOK = "journeyReadOnlyLook"


def show_read_only(widget: QWidget, read_only: bool) -> None:
    """Make ``widget`` not editable (and look it) or editable again."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.setReadOnly(read_only)
        _look(widget, read_only)
    else:
        widget.setEnabled(not read_only)


def _look(widget: QWidget, read_only: bool) -> None:
    # a text field paints on its viewport; the palette is set there too, as a style sheet
    # (the application has one) does not pass it on reliably, neither there nor back
    surfaces = [widget, widget.viewport()] if isinstance(widget, QPlainTextEdit) else [widget]
    if read_only:
        window = QApplication.palette().color(QPalette.ColorRole.Window)  # the theme's, now
        palette = QPalette()  # only the field's colour is set: every other colour is inherited
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, window)
        for surface in surfaces:
            surface.setPalette(palette)
        widget.setProperty(_LOOK, True)
    elif widget.property(_LOOK):
        for surface in surfaces:
            surface.setPalette(QPalette())  # back to the palette it inherits (the theme may have changed)
        widget.setProperty(_LOOK, False)


def is_editable(widget: QWidget) -> bool:
    """Whether the user can change what ``widget`` shows (tests and checks)."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.isReadOnly():
        return False
    return widget.isEnabled()
