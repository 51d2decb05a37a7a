"""The canvas's keys: arrows and Tab move the selection, Enter adds, F2 edits, Delete deletes.

On a selected emotion point, Up/Down change its score by one step (Shift: half a step), Left/Right go to the lane's
neighbour points and Delete removes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from . import card_editor, navigation, point_gestures
from ..model import LaneKind
from .selection import Selection, SelectionKind

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
    plain = not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    if selection.kind == SelectionKind.POINT and plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        point_gestures.step_selected_point(view, 1 if key == Qt.Key.Key_Up else -1,
                                           half=bool(mods & Qt.KeyboardModifier.ShiftModifier))
        return True
    if selection.kind == SelectionKind.POINT and plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        neighbour = point_gestures.neighbour_point(view, 1 if key == Qt.Key.Key_Right else -1)
        if neighbour is not None:
            view.select(neighbour)
            return True
    if selection.kind == SelectionKind.POINT and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        point_gestures.remove_selected_point(view)
        return True
    if key in _ARROWS and mods == Qt.KeyboardModifier.AltModifier and selection.kind == SelectionKind.CARDS:
        target = navigation.nudge_target(layout, selection.card_ids, _ARROWS[key])
        if target is not None:
            view.run_edit(view.map_scene.document.move_cards, list(selection.card_ids), *target)
            view.reveal_selection()
    elif key in _ARROWS and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
        view.select(navigation.arrow(layout, selection, _ARROWS[key]), reveal=True)
    elif key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        backwards = key == Qt.Key.Key_Backtab or bool(mods & Qt.KeyboardModifier.ShiftModifier)
        view.select(navigation.tab(layout, selection, backwards), reveal=True)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        if selection.kind == SelectionKind.CELL and _is_emotion_lane(view, selection.lane_id):
            _point_of_cell(view, selection.step_id, selection.lane_id)
        elif selection.kind == SelectionKind.CELL:
            view.add_card_in_selected_cell()
        else:
            view.edit_selection()
    elif key == Qt.Key.Key_F2:
        view.edit_selection()
    elif (selection.kind == SelectionKind.CELL and event.text().strip() and event.text().isprintable()
          and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                          | Qt.KeyboardModifier.MetaModifier)
          and not _is_emotion_lane(view, selection.lane_id)):
        # typing on a selected cell starts a card with what was typed, as in a spreadsheet
        card_editor.edit_new_card(view, selection.step_id, selection.lane_id, event.text())
    elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        view.delete_selected_cards()
    elif key == Qt.Key.Key_Escape:
        if not view.cancel_gesture():
            view.select(navigation.current_cell_selection(layout, selection))
    else:
        return False
    return True


def _is_emotion_lane(view, lane_id: str) -> bool:
    lane = view.map_scene.document.map.find_lane(lane_id)
    return lane is not None and lane.kind == LaneKind.EMOTIONS


def _point_of_cell(view, step_id: str, lane_id: str) -> None:
    """Enter on an emotion lane's cell: select its point, adding one at neutral when there is none."""
    document = view.map_scene.document
    lane = document.map.find_lane(lane_id)
    if not any(point.step == step_id for point in lane.points):
        view.run_edit(document.set_point, lane_id, step_id, document.map.emotion_scale.neutral)
        if not any(point.step == step_id for point in lane.points):  # refused (read-only map)
            return
    view.select(Selection.point(lane_id, step_id), reveal=True)
