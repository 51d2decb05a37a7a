"""The canvas's keys: arrows and Tab move the selection, Enter adds, F2 edits, Delete deletes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from . import navigation
from .selection import SelectionKind

_ARROWS = {Qt.Key.Key_Up: navigation.UP, Qt.Key.Key_Down: navigation.DOWN,
           Qt.Key.Key_Left: navigation.LEFT, Qt.Key.Key_Right: navigation.RIGHT}
#: keys the canvas takes before the window's shortcuts when it has focus and is not editing
CANVAS_KEYS = frozenset({*_ARROWS, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter,
                         Qt.Key.Key_F2, Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Escape})


def handle_key(view, event) -> bool:
    """Act on a key press in the view (not while editing); False when the key is not ours."""
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    layout = view.map_scene.layout
    selection = view.selection()
    if layout is None:
        return False
    if key in _ARROWS and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        view.select(navigation.arrow(layout, selection, _ARROWS[key]), reveal=True)
    elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
        view.select(navigation.tab(layout, selection, backwards), reveal=True)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        if selection.kind == SelectionKind.CELL:
            view.add_card_in_selected_cell()
        else:
            view.edit_selection()
    elif key == Qt.Key.Key_F2:
        view.edit_selection()
    elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        view.delete_selected_cards()
    elif key == Qt.Key.Key_Escape:
        if not view.cancel_gesture():
            view.select(navigation.current_cell_selection(layout, selection))
    else:
        return False
    return True
