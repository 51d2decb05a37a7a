"""The base of every mouse gesture on the canvas, and the helpers gestures share.

A gesture is an object that lives from a mouse press to its release (or Esc). The view asks
``interactions.interaction_for`` which gesture a press starts, then feeds it the move and
release events. A gesture changes the model at most once, on release, through one document
call: one gesture is one undo step. Subclasses override the hooks (``begin_drag``, ``drag``,
``drop``, ``click``, ``cancel``); ``LiftedHeaderInteraction`` is the base of the header drags.

Vote mode is not a gesture: it is an event filter on the viewport (see ``vote_mode``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from .shapes_item import Z


def toggles_selection(event) -> bool:
    """Ctrl (Cmd on a Mac) is held: a click adds to or takes from the selection."""
    return bool(event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier))


class Interaction:
    """One gesture, from mouse press to release (or cancel)."""

    #: the cursor shown while the gesture runs (None: leave it)
    cursor: Qt.CursorShape | None = None
    #: the view scrolls while the gesture drags near its edge (see ``edge_scroll``)
    edge_scrolls = True

    def __init__(self, view):
        self.view = view
        self.scene = view.map_scene
        self.document = view.map_scene.document
        self.start = QPointF()  # scene coordinates
        self.start_view = QPointF()
        self.active = False  # the mouse went further than a click

    def scene_pos(self, event) -> QPointF:
        return self.view.mapToScene(event.position().toPoint())

    def press(self, event) -> None:
        self.start = self.scene_pos(event)
        self.start_view = event.position()

    def move(self, event) -> None:
        if not self.active:
            distance = (event.position() - self.start_view).manhattanLength()
            if distance < QApplication.startDragDistance():
                return
            self.active = True
            self.begin_drag(event)
        self.drag(event)

    def release(self, event) -> None:
        if self.active:
            self.drop(event)
        else:
            self.click(event)

    def begin_drag(self, event) -> None: ...
    def drag(self, event) -> None: ...
    def drop(self, event) -> None: ...
    def click(self, event) -> None: ...

    def cancel(self) -> None:
        """Give up (Esc): put everything back as it was before the press."""


class LiftedHeaderInteraction(Interaction):
    """A header dragged along one axis: lifted above the map while it moves, put back on cancel."""

    resting_z: float = Z.STAGE_HEADER

    def __init__(self, view, item):
        super().__init__(view)
        self.item = item
        self.home = item.pos()

    def begin_drag(self, event) -> None:
        self.home = self.item.pos()
        self.item.setZValue(Z.HEADER_DRAGGED)
        self.item.setOpacity(0.85)

    def cancel(self) -> None:
        self.item.setPos(self.home)
        self.item.setZValue(self.resting_z)
        self.item.setOpacity(1.0)
        self.scene.drop_line.hide_line()
