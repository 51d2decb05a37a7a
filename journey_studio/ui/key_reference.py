"""The keys that are no menu command: on the map, in the text being typed, on an emotion point,
with the mouse, in the find bar and in presentation mode. Help › Keyboard Shortcuts lists them
after the menus' commands.

Each entry is read from the code that handles the key (``canvas/keyboard.py``,
``canvas/card_editor.py``, ``canvas/view.py``, ``canvas/point_gestures.py``,
``canvas/vote_mode.py``, ``ui/find_filter.py``, ``ui/presentation.py``): change one there,
change it here. Keys are written as ``QKeySequence`` reads them ("Shift+Enter") and shown in
the platform's and the interface's words ("Maj+Entrée"); a mouse gesture adds its word after
the keys ("Ctrl+click").
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class ShortcutRow(NamedTuple):
    group: str
    name: str
    #: each way to do it, in the platform's words ("Ctrl+Z", "Maj+Entrée", "Espace+glisser")
    keys: tuple[str, ...]


_MODIFIERS = frozenset({"Ctrl", "Shift", "Alt", "Meta"})


def key_text(portable: str) -> str:
    """A key sequence ("Shift+Enter") or a modifier alone ("Shift") in the platform's and the
    interface's words ("Maj+Entrée", "Maj")."""
    if portable in _MODIFIERS:  # no sequence of its own: its name as a combination says it
        return QKeySequence(f"{portable}+A").toString(QKeySequence.SequenceFormat.NativeText)[:-2]
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)


#: the keys of an ordinary keyboard that are no letter, digit or sign
_ORDINARY = frozenset({
    *(getattr(Qt.Key, f"Key_F{n}") for n in range(1, 13)),
    Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
    Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_Insert, Qt.Key.Key_Home, Qt.Key.Key_End,
    Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left,
    Qt.Key.Key_Right, Qt.Key.Key_Space,
})


#: the old alternates (from terminals of the 1980s) Qt's standard keys add beside the keys
#: everyone uses: they still work, the list does not clutter Copy with them
_LEGACY = frozenset({"Ctrl+Ins", "Shift+Ins", "Ctrl+Shift+Ins", "Shift+Del", "Alt+Backspace"})


def keys_to_show(sequences: list[QKeySequence]) -> list[QKeySequence]:
    """The shortcuts a list shows for a command: those of an ordinary keyboard, without the old
    alternates when the command has another key ("Ctrl+V", not "Ctrl+V, Shift+Ins")."""
    ordinary = [k for k in sequences if on_an_ordinary_keyboard(k)]
    current = [k for k in ordinary if k.toString() not in _LEGACY]
    return current or ordinary


def on_an_ordinary_keyboard(sequence: QKeySequence) -> bool:
    """False for the alternates Qt's standard keys add that a usual keyboard lacks: F13 to F35
    and the dedicated Undo, Copy, Cut, Paste, Find… keys of some Sun and X terminals ("Ctrl+Z,
    F14, Undo" shows as "Ctrl+Z")."""
    if sequence.isEmpty():
        return False
    key = sequence[0].key()
    return int(key.value) < 0x01000000 or key in _ORDINARY  # below: letters, digits and signs


def fixed_keys() -> list[ShortcutRow]:
    """The keys no menu command carries, grouped, in the interface's language."""
    def row(group: str, name: str, *keys: str, gesture: str = "") -> ShortcutRow:
        shown = [key_text(k) for k in keys]
        if gesture:
            shown = [f"{k}+{gesture}" for k in shown] or [gesture]
        return ShortcutRow(group, name, tuple(shown))

    on_map, typing = translate("KeyReference", "On the map"), translate("KeyReference", "Typing in a card or a title")
    curve, mouse = translate("KeyReference", "Emotion curve"), translate("KeyReference", "Mouse")
    find, show = translate("KeyReference", "Find bar"), translate("KeyReference", "Presentation (F5)")
    click, drag = translate("KeyReference", "click"), translate("KeyReference", "drag")
    return [
        row(on_map, translate("KeyReference", "Go to the neighbouring cell or card"), "Up", "Down", "Left", "Right"),
        row(on_map, translate("KeyReference", "Walk the cells and cards across the steps (Shift: back)"),
            "Tab", "Shift+Tab"),
        row(on_map, translate("KeyReference", "Add a card in the selected cell, or edit the selected card"), "Enter"),
        row(on_map, translate("KeyReference", "Edit the selected card or title in place"), "F2"),
        row(on_map, translate("KeyReference", "Start a card with what is typed (a cell selected)"),
            gesture=translate("KeyReference", "a letter")),
        row(on_map, translate("KeyReference", "Move the selected cards to the neighbouring cell"),
            "Alt+Up", "Alt+Down", "Alt+Left", "Alt+Right"),
        row(on_map, translate("KeyReference", "Delete the selected cards or emotion point"), "Del", "Backspace"),
        row(on_map, translate("KeyReference", "Cancel a drag; select the cell around the selection"), "Esc"),
        row(typing, translate("KeyReference", "Finish typing and keep the text"), "Enter"),
        row(typing, translate("KeyReference", "New line in a card"), "Shift+Enter"),
        row(typing, translate("KeyReference", "Cancel typing (the text is left as it was)"), "Esc"),
        row(curve, translate("KeyReference", "Select the step's emotion point (emotion lane's cell selected)"),
            "Enter"),
        row(curve, translate("KeyReference", "Raise or lower the selected point by one step"), "Up", "Down"),
        row(curve, translate("KeyReference", "Raise or lower the selected point by half a step"),
            "Shift+Up", "Shift+Down"),
        row(curve, translate("KeyReference", "Go to the neighbouring point"), "Left", "Right"),
        row(curve, translate("KeyReference", "Drag a point by half steps, or to any tenth"), "Shift", "Alt",
            gesture=drag),
        row(mouse, translate("KeyReference", "Pan the map"), "Space", gesture=drag),
        row(mouse, translate("KeyReference", "Zoom around the mouse"), "Ctrl",
            gesture=translate("KeyReference", "wheel")),
        row(mouse, translate("KeyReference", "Add a card to the selection, or take it out"), "Ctrl", gesture=click),
        row(mouse, translate("KeyReference", "Edit a card, rename a header, or add a card on an empty spot"),
            gesture=translate("KeyReference", "double-click")),
        row(mouse, translate("KeyReference", "Open a card's link (inspector)"), "Ctrl", gesture=click),
        row(mouse, translate("KeyReference", "Take a vote away (dot voting)"), "Shift", gesture=click),
        row(find, translate("KeyReference", "Next match"), "Enter"),
        row(find, translate("KeyReference", "Previous match"), "Shift+Enter"),
        row(find, translate("KeyReference", "Close the find bar"), "Esc"),
        row(show, translate("KeyReference", "Next stage"), "Right", "Space", "PgDown"),
        row(show, translate("KeyReference", "Previous stage"), "Left", "PgUp"),
        row(show, translate("KeyReference", "Scroll the lanes"), "Up", "Down"),
        row(show, translate("KeyReference", "The whole map"), "Home"),
        row(show, translate("KeyReference", "The last stage"), "End"),
        row(show, translate("KeyReference", "Start or stop the workshop timer"), "T"),
        row(show, translate("KeyReference", "Zoom in, zoom out, fit the stage again"), "Ctrl++", "Ctrl+-", "Ctrl+0"),
        row(show, translate("KeyReference", "Zoom to a card, and back"), gesture=click),
        row(show, translate("KeyReference", "Leave the presentation"), "Esc"),
    ]
