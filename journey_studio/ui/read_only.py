"""How a field shows that the map is read-only (locked elsewhere, or a write-protected file).

Text stays readable, selectable and copyable: a line or a text field becomes read-only and
takes the panel's colour instead of the white of a field one types in. Every other input (a
choice, a number, a check box, a colour button) is disabled. A list that stays readable (a
card's links and comments) keeps working and takes the panel's colour too
(:func:`show_read_only_look`). The inspector, the persona panel and their parts call
:func:`show_read_only` on each of their inputs whenever the document's state changes, both ways.

The look holds: a style sheet's polish (the application has one; a panel made or shown later
is polished after it was given the look) and a new theme replace a widget's palette, and the
look is put back, in the new theme's panel colour, as soon as that happens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QPlainTextEdit, QWidget

#: the widget property that says its palette was given by :func:`show_read_only`
_LOOK = "journeyReadOnlyLook"
_PALETTE_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.Polish)


def show_read_only(widget: QWidget, read_only: bool) -> None:
    """Make ``widget`` not editable (and look it) or editable again."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.setReadOnly(read_only)
        show_read_only_look(widget, read_only)
    else:
        widget.setEnabled(not read_only)


def show_read_only_look(widget: QWidget, read_only: bool) -> None:
    """Give ``widget`` (a field, or a list that stays usable) the panel's colour of a read-only
    field, or give it back the white of one that can be edited."""
    # a field or a list paints on its viewport; the palette is set there too, as a style sheet
    # (the application has one) does not pass it on reliably, neither there nor back
    surfaces = [widget, widget.viewport()] if isinstance(widget, QAbstractScrollArea) else [widget]
    if read_only:
        for surface in surfaces:
            surface.setProperty(_LOOK, True)
            _KeepLook.watch(surface)
            _paint_on_panel(surface)
    elif widget.property(_LOOK):
        for surface in surfaces:
            surface.setProperty(_LOOK, False)
            surface.setPalette(QPalette())  # back to the palette it inherits (the theme may have changed)


def looks_read_only(widget: QWidget) -> bool:
    """Whether ``widget`` (or, for a list or a text field, where it paints) has the panel's colour."""
    surface = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    palette = surface.palette()
    return palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window)


def _paint_on_panel(surface: QWidget) -> None:
    window = QApplication.palette().color(QPalette.ColorRole.Window)  # the theme's, now
    if all(surface.palette().color(group, QPalette.ColorRole.Base) == window
           for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)):
        return
    palette = QPalette()  # only the field's colour is set: every other colour is inherited
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, window)
    surface.setPalette(palette)


class _KeepLook(QObject):
    """Puts the read-only look back on its widget once a polish or a new theme replaced it."""

    @classmethod
    def watch(cls, surface: QWidget) -> None:
        if surface.findChild(cls, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
            surface.installEventFilter(cls(surface))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _PALETTE_EVENTS and watched.property(_LOOK):
            # after Qt has finished handing the new palette round (or polishing)
            QTimer.singleShot(0, watched, lambda: watched.property(_LOOK) and _paint_on_panel(watched))
        return False


def is_editable(widget: QWidget) -> bool:
    """Whether the user can change what ``widget`` shows (tests and checks)."""
    if isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.isReadOnly():
        return False
    return widget.isEnabled()
