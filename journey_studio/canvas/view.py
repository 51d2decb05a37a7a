"""The map view: zoom, pan, frozen headers, selection, and the hand-off to gestures and editors.

Mouse gestures are objects from ``interactions``; keys go to ``keyboard``; in-place editors
come from ``card_editor``; palette drops go to ``palette_drop``; a drag near an edge scrolls
(``edge_scroll``). The view owns the selection and tells the scene how to show it.
"""

from __future__ import annotations

import shiboken6

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QGraphicsView

from . import accessible, card_editor
from .point_gestures import add_hint_at, free_value, half_steps
from .edge_scroll import EdgeScroller
from .framing import scroll_into_free_area, structure_box
from .gesture import Interaction
from .interactions import interaction_for
from .keyboard import CANVAS_KEYS, handle_key
from .palette_drop import PaletteDrop
from .scene import MapScene
from .selection import Selection, SelectionKind

#: ZOOM_MIN is the smallest zoom unless the whole map needs less to fit (a tall map in the small
#: window of a 1366×768 screen at 200 %): then the zoom that fits it is the smallest, never below
#: ZOOM_FLOOR, where a map is a smudge whatever the window.
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.1, 4.0, 1.25
ZOOM_FLOOR = 0.02


class MapView(QGraphicsView):
    selection_changed = Signal(object)  # Selection
    zoom_changed = Signal(float)
    #: one line for the user when an edit is refused (the window shows it in the status bar)
    edit_refused = Signal(str)
    #: a card's text as it is being typed in place (card id, text), before it is written
    card_text_typed = Signal(str, str)
    #: an in-place editor opened or closed (``editor()`` says which)
    editing_changed = Signal()

    def __init__(self, scene: MapScene, parent=None):
        super().__init__(scene, parent)
        self.map_scene = scene
        self._selection = Selection()
        self._interaction: Interaction | None = None
        self._editor: card_editor.InlineEditor | None = None
        self._space = False
        self._shown = False
        self._palette = PaletteDrop(self)
        self._edge = EdgeScroller(self, self._gesture_moved_to)
        #: what a drag's last event carried (events die after delivery): buttons, keys, and for a
        #: palette drag its actions and data
        self._last_move: tuple | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._grid_top = self._grid_place()
        scene.relaid_out.connect(self._after_relayout)
        accessible.install()  # screen readers read the map (nothing is built until one asks)

    # --- selection ------------------------------------------------------------------------
    def selection(self) -> Selection:
        return self._selection

    def selected_card_ids(self) -> tuple[str, ...]:
        return self._selection.card_ids if self._selection.kind == SelectionKind.CARDS else ()

    def select(self, selection: Selection, reveal: bool = False) -> None:
        if selection != self._selection:
            self._selection = selection
            self.map_scene.show_selection(selection)
            self.selection_changed.emit(selection)
        if reveal:
            self.reveal_selection()

    def select_card(self, card_id: str) -> None:
        self.select(Selection.cards([card_id]), reveal=True)

    def _grid_place(self):
        layout = self.map_scene.layout
        return None if layout is None else (layout.grid.y, self.map_scene.options)

    def _keep_grid_still(self) -> None:
        """An edit that moves the grid down or up (the persona band appears as its first field
        is typed, or goes) scrolls the view by as much: the map stays where it is on screen.
        A change of the view's options (View › Persona on the Map) is seen moving."""
        last, self._grid_top = self._grid_top, self._grid_place()
        if last is None or self._grid_top is None or last[1] != self._grid_top[1] or last[0] == self._grid_top[0]:
            return
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round((self._grid_top[0] - last[0]) * self.zoom()))

    def _after_relayout(self) -> None:
        self._keep_grid_still()
        s, scene = self._selection, self.map_scene
        layout = scene.layout
        keep = s
        if s.kind == SelectionKind.CARDS:
            ids = [i for i in s.card_ids if i in scene.cards]
            keep = s if len(ids) == len(s.card_ids) else Selection.cards(ids)
        elif s.kind == SelectionKind.CELL and (s.step_id, s.lane_id) not in layout.cells:
            keep = Selection()
        elif s.kind == SelectionKind.STAGE and s.stage_id not in scene.stages:
            keep = Selection()
        elif s.kind == SelectionKind.STEP and s.step_id not in {b.step_id for b in layout.steps}:
            keep = Selection()
        elif s.kind == SelectionKind.LANE and s.lane_id not in scene.lanes:
            keep = Selection()
        elif s.kind == SelectionKind.POINT and (s.lane_id, s.step_id) not in scene.points:
            keep = Selection()
        self.select(keep)
        self._freeze()

    def reveal_selection(self) -> None:
        """Scroll so the selected thing shows below and right of the frozen headers."""
        s, scene = self._selection, self.map_scene
        if s.kind == SelectionKind.CARDS and s.card_ids and s.card_ids[-1] in scene.cards:
            box = scene.cards[s.card_ids[-1]].box_rect()
            rect, across, down = QRectF(box.x, box.y, box.w, box.h), True, True
        else:  # a lane header only needs to come into view vertically, a stage's horizontally
            rect, across, down = structure_box(scene, s)
        if rect is not None:
            scroll_into_free_area(self, rect, across, down)

    # --- edits ------------------------------------------------------------------------------
    def run_edit(self, method, *args, **kwargs):
        """Call a document edit; a refused edit becomes one line for the user, not a traceback."""
        try:
            return method(*args, **kwargs)
        except ValueError as error:
            self.edit_refused.emit(str(error))
            return None

    def delete_selected_cards(self) -> None:
        ids = self.selected_card_ids()
        if ids:
            self.run_edit(self.map_scene.document.delete_cards, ids)

    def add_card_in_selected_cell(self) -> None:
        s = self._selection
        if s.kind == SelectionKind.CELL:
            card_editor.edit_new_card(self, s.step_id, s.lane_id)

    def edit_selection(self) -> None:
        """F2: edit the selected card's text, or rename the selected stage, step or lane."""
        s = self._selection
        if s.kind == SelectionKind.CARDS and s.card_ids:
            card_editor.edit_card(self, s.card_ids[-1])
        elif s.kind == SelectionKind.STAGE:
            card_editor.edit_header(self, "stage", s.stage_id)
        elif s.kind == SelectionKind.STEP:
            card_editor.edit_header(self, "step", s.step_id)
        elif s.kind == SelectionKind.LANE:
            card_editor.edit_header(self, "lane", s.lane_id)
        elif s.kind == SelectionKind.CELL:
            card_editor.edit_new_card(self, s.step_id, s.lane_id)

    def select_and_edit_card(self, card_id: str) -> None:
        self.select_card(card_id)
        card_editor.edit_card(self, card_id)

    # --- in-place editor ------------------------------------------------------------------------
    def editor(self) -> card_editor.InlineEditor | None:
        return self._editor

    def is_editing(self) -> bool:
        return self._editor is not None

    def editor_opened(self, editor) -> None:
        self._editor = editor
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.map_scene.setFocusItem(editor, Qt.FocusReason.OtherFocusReason)
        self.editing_changed.emit()

    def editor_closed(self) -> None:
        self._editor = None
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editing_changed.emit()

    def close_editor(self, commit: bool = True) -> None:
        if self._editor is not None:
            self._editor.finish(commit)

    # --- zoom ---------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def min_zoom(self) -> float:
        """How far one may zoom out: :data:`ZOOM_MIN`, or less if that is what fits the whole map."""
        fit = self.fit_zoom()
        return ZOOM_MIN if fit is None else max(min(ZOOM_MIN, fit), ZOOM_FLOOR)

    def set_zoom(self, factor: float, under_mouse: bool = False) -> None:
        factor = min(max(factor, self.min_zoom()), ZOOM_MAX)
        if abs(factor - self.zoom()) < 1e-6:
            return
        anchor = self.transformationAnchor()
        if not under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor / self.zoom(), factor / self.zoom())
        self.setTransformationAnchor(anchor)
        self._freeze()
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_100(self) -> None:
        self.set_zoom(1.0)

    def fit_zoom(self) -> float | None:
        """The zoom that shows the whole map, margins included, with no scroll bars (None: no map)."""
        if self.map_scene.layout is None:
            return None
        room = self.maximumViewportSize()  # the viewport's size once the scroll bars are gone
        scene = self.sceneRect()
        return min((room.width() - 4) / max(scene.width(), 1), (room.height() - 4) / max(scene.height(), 1))

    def zoom_fit(self) -> None:
        """The whole map in the view with no scroll bars, however small the window."""
        factor = self.fit_zoom()
        if factor is None:
            return
        self.set_zoom(factor)
        self.centerOn(self.sceneRect().center())

    def fits_at(self, factor: float) -> bool:
        """Whether the whole map shows at zoom ``factor`` with no scrolling."""
        layout = self.map_scene.layout
        room = self.maximumViewportSize()
        return layout is not None and layout.width * factor <= room.width() and layout.height * factor <= room.height()

    # --- frozen headers ---------------------------------------------------------------------------
    def _freeze(self) -> None:
        # Qt scrolls the view while tearing the scene down (at application exit): nothing to pin then
        if not shiboken6.isValid(self.map_scene):
            return
        try:
            self.map_scene.freeze_headers(self.mapToScene(self.viewport().rect()).boundingRect())
        except RuntimeError:  # the scene's C++ side is already gone
            pass

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._freeze()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._freeze()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._freeze()

    # --- mouse ----------------------------------------------------------------------------------------
    def space_held(self) -> bool:
        return self._space

    def mousePressEvent(self, event) -> None:
        if self._interaction is not None:
            return
        self.close_editor(commit=True)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._interaction = interaction_for(self, event)
        if self._interaction is None:
            super().mousePressEvent(event)
            return
        if self._interaction.cursor is not None:
            self.viewport().setCursor(self._interaction.cursor)
        self._interaction.press(event)

    def mouseMoveEvent(self, event) -> None:
        if self._interaction is not None:
            self._interaction.move(event)
            if self._interaction is not None and self._interaction.active and self._interaction.edge_scrolls:
                self._last_move = ("mouse", event.buttons(), event.modifiers())
                self._edge.follow(event.position(), self._gesture_moved_to)
            return
        pos = self.mapToScene(event.position().toPoint())
        over_item = self.map_scene.item_at(pos)
        if over_item is not None:
            self.map_scene.show_hover(None)
        else:
            hint = add_hint_at(self.map_scene, pos, free=free_value(event), half=half_steps(event))
            self.map_scene.show_hover(self.map_scene.cell_at(pos), hint)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._stop_edge_scroll()
        gesture, self._interaction = self._interaction, None
        if gesture is None:
            super().mouseReleaseEvent(event)
            return
        gesture.release(event)
        self._restore_cursor()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._interaction = None
        pos = self.mapToScene(event.position().toPoint())
        item = self.map_scene.item_at(pos)
        from .card_item import CardItem
        from .header_items import LaneHeaderItem, StageHeaderItem, StepHeaderItem
        if isinstance(item, CardItem):
            self.select_and_edit_card(item.card_id)
        elif isinstance(item, StageHeaderItem):
            self.select(Selection.stage(item.stage_id))
            card_editor.edit_header(self, "stage", item.stage_id)
        elif isinstance(item, StepHeaderItem):
            self.select(Selection.step(item.step_id))
            card_editor.edit_header(self, "step", item.step_id)
        elif isinstance(item, LaneHeaderItem):
            self.select(Selection.lane(item.lane_id))
            card_editor.edit_header(self, "lane", item.lane_id)
        elif item is None:
            key = self.map_scene.cell_at(pos)
            if key is not None:
                self.select(Selection.cell(*key))
                card_editor.edit_new_card(self, *key)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom() * ZOOM_STEP ** steps, under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    def leaveEvent(self, event) -> None:
        self.map_scene.show_hover(None)
        super().leaveEvent(event)

    def cancel_gesture(self) -> bool:
        """Esc during a drag puts everything back; True when a gesture was cancelled."""
        if self._interaction is None:
            return False
        self._stop_edge_scroll()
        self._interaction.cancel()
        self._interaction = None
        self._restore_cursor()
        return True

    # --- scrolling while dragging near an edge ------------------------------------------------------
    def _gesture_moved_to(self, pos: QPointF) -> None:
        """The view scrolled under a still mouse during a gesture: the gesture hears of a move."""
        last = self._last_move
        if self._interaction is None or last is None or last[0] != "mouse":
            self._edge.stop()
            return
        _, buttons, keys = last
        self._interaction.move(QMouseEvent(QEvent.Type.MouseMove, pos, self.viewport().mapToGlobal(pos),
                                           Qt.MouseButton.NoButton, buttons, keys))

    def _palette_moved_to(self, pos: QPointF) -> None:
        """The view scrolled under a still palette drag: the drop line follows the cell under it."""
        last = self._last_move
        if last is None or last[0] != "palette":
            self._edge.stop()
            return
        _, buttons, keys, actions, data = last
        self._palette.move(QDragMoveEvent(pos.toPoint(), actions, data, buttons, keys))

    def _stop_edge_scroll(self) -> None:
        self._edge.stop()
        self._last_move = None

    def _restore_cursor(self) -> None:
        if self._space:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    # --- keys -------------------------------------------------------------------------------------------
    def event(self, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            if self.is_editing():
                if not event.modifiers() & Qt.KeyboardModifier.ControlModifier or event.key() in _EDITING_CTRL_KEYS:
                    event.accept()
                    return True
            elif event.key() in CANVAS_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                event.accept()
                return True
        if kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                and not self.is_editing() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if self.is_editing():
            super().keyPressEvent(event)
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if event.key() == Qt.Key.Key_Space:
            return
        if not handle_key(self, event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._interaction is None:
                self._restore_cursor()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:
        self._space = False
        super().focusOutEvent(event)

    # --- drops from the palette ------------------------------------------------------------------------
    # Other drags (a .journey file) are ignored here, so the window under the view can take them.
    def dragEnterEvent(self, event) -> None:
        if not self._palette.enter(event):
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if not self._palette.move(event):
            event.ignore()
            return
        # the drag's data lives as long as the drag (until drop or leave, when scrolling stops)
        self._last_move = ("palette", event.buttons(), event.modifiers(), event.possibleActions(), event.mimeData())
        self._edge.follow(event.position(), self._palette_moved_to)

    def dragLeaveEvent(self, event) -> None:
        self._palette.leave()
        # past the edge a drag leaves the view: keep scrolling only while the mouse is held
        # just outside (Qt sends no more moves then, so stop rather than run away)
        self._stop_edge_scroll()

    def dropEvent(self, event) -> None:
        self._stop_edge_scroll()
        if not self._palette.drop(event):
            event.ignore()

_EDITING_CTRL_KEYS = frozenset({Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X, Qt.Key.Key_Z,
                                Qt.Key.Key_Y, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Backspace,
                                Qt.Key.Key_Delete, Qt.Key.Key_Home, Qt.Key.Key_End})
