"""Which gesture a mouse press starts (``interaction_for``), and the card and header gestures.

Every gesture is a small object built on ``gesture.Interaction``; the others live beside
this module (``rubber_band``, ``step_drag``, ``point_gestures``). The view asks
``interaction_for`` which gesture a press starts, then feeds it the move and release events
until it ends. A gesture changes the model at most once, on release, through
one document call: one gesture is one undo step. During a drag only the dragged items move;
the map is laid out again when the document reports the change.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from ..render.hit_test import card_drop, insert_index, lane_drop, stage_drop
from .card_item import CardItem
from .gesture import Interaction, LiftedHeaderInteraction, toggles_selection
from .header_items import LaneHeaderItem, StageHeaderItem, StepHeaderItem
from .point_gestures import point_interaction_for
from .rubber_band import RubberBandInteraction
from .selection import Selection, SelectionKind
from .shapes_item import Z
from .step_drag import StepDragInteraction


class SelectInteraction(Interaction):
    """A press on something that is only selected (a step header, an emotion point)."""

    def __init__(self, view, selection: Selection):
        super().__init__(view)
        self.selection = selection

    def press(self, event) -> None:
        super().press(event)
        self.view.select(self.selection)


class CardDragInteraction(Interaction):
    """Click, Ctrl+click and drag of cards; the drop moves them with one ``move_cards``."""

    def __init__(self, view, item: CardItem):
        super().__init__(view)
        self.card_id = item.card_id
        self.collapse_on_click = False
        self.dragged: list[tuple[CardItem, QPointF]] = []
        self.target = None

    def press(self, event) -> None:
        super().press(event)
        selection = self.view.selection()
        current = list(selection.card_ids) if selection.kind == SelectionKind.CARDS else []
        if toggles_selection(event):
            wanted = [i for i in current if i != self.card_id] if self.card_id in current \
                else current + [self.card_id]
            self.view.select(Selection.cards(self.scene.card_ids_in_order(wanted)))
        elif self.card_id not in current:
            self.view.select(Selection.cards([self.card_id]))
        else:
            self.collapse_on_click = len(current) > 1

    def click(self, event) -> None:
        if self.collapse_on_click:
            self.view.select(Selection.cards([self.card_id]))

    def begin_drag(self, event) -> None:
        ids = self.view.selected_card_ids()
        if self.card_id not in ids:
            self.active = False
            return
        for card_id in ids:
            item = self.scene.cards.get(card_id)
            if item is not None:
                item.lift()  # out of its lane row, over every card
                self.dragged.append((item, item.pos()))
                item.setOpacity(0.85)

    def drag(self, event) -> None:
        if not self.dragged:
            return
        pos = self.scene_pos(event)
        delta = pos - self.start
        for item, home in self.dragged:
            item.setPos(home + delta)
        moving = {item.card_id for item, _ in self.dragged}
        self.target = card_drop(self.scene.layout, pos.x(), pos.y(), moving)
        if self.target is None:
            self.scene.drop_line.hide_line()
        else:
            t = self.target
            self.scene.drop_line.show_line(t.x1, t.line_y, t.x2, t.line_y)

    def drop(self, event) -> None:
        ids = [item.card_id for item, _ in self.dragged]
        target = self.target
        self.cancel()
        if target is not None and ids:
            self.view.run_edit(self.document.move_cards, self.scene.card_ids_in_order(ids),
                               target.step_id, target.lane_id, target.index)

    def cancel(self) -> None:
        for item, _home in self.dragged:
            item.land()
            item.setOpacity(1.0)
        self.dragged = []
        self.scene.drop_line.hide_line()


class HeaderDragInteraction(LiftedHeaderInteraction):
    """Drag a stage header sideways or a lane header up and down to reorder."""

    def __init__(self, view, item: StageHeaderItem | LaneHeaderItem):
        super().__init__(view, item)
        self.is_stage = isinstance(item, StageHeaderItem)
        self.resting_z = Z.STAGE_HEADER if self.is_stage else Z.LANE_HEADER
        self.model_id = item.stage_id if self.is_stage else item.lane_id
        self.before: str | None = None
        self.target_found = False

    def press(self, event) -> None:
        super().press(event)
        self.view.select(Selection.stage(self.model_id) if self.is_stage else Selection.lane(self.model_id))

    def drag(self, event) -> None:
        pos = self.scene_pos(event)
        layout = self.scene.layout
        grid = layout.grid
        if self.is_stage:
            self.item.setPos(self.home.x() + pos.x() - self.start.x(), self.home.y())
            target = stage_drop(layout, pos.x(), self.model_id)
            top = self.home.y()
            self.scene.drop_line.show_line(target.line, top, target.line, max(grid.bottom, top + 40), on_top=True)
        else:
            self.item.setPos(self.home.x(), self.home.y() + pos.y() - self.start.y())
            target = lane_drop(layout, pos.y(), self.model_id)
            left = self.home.x()
            self.scene.drop_line.show_line(left, target.line, left + grid.w, target.line, on_top=True)
        self.before = target.before_id
        self.target_found = True

    def drop(self, event) -> None:
        self.cancel()
        if not self.target_found:
            return
        m = self.document.journey.map
        if self.is_stage:
            order = [s.id for s in m.stages]
            self.view.run_edit(self.document.move_stage, self.model_id,
                               insert_index(order, self.model_id, self.before))
        else:
            order = [lane.id for lane in m.lanes]
            self.view.run_edit(self.document.move_lane, self.model_id,
                               insert_index(order, self.model_id, self.before))


class PanInteraction(Interaction):
    """Space+drag or the middle button: move the map under the mouse."""

    cursor = Qt.CursorShape.ClosedHandCursor
    edge_scrolls = False  # panning is scrolling already

    def press(self, event) -> None:
        super().press(event)
        self.last = event.position()

    def move(self, event) -> None:
        delta = event.position() - self.last
        self.last = event.position()
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - round(delta.x()))
        v.setValue(v.value() - round(delta.y()))

    def release(self, event) -> None:
        pass


def interaction_for(view, event) -> Interaction | None:
    """The gesture a mouse press starts, from the button, the keys held and what is under it."""
    button = event.button()
    if button == Qt.MouseButton.MiddleButton or (button == Qt.MouseButton.LeftButton and view.space_held()):
        return PanInteraction(view)
    if button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
        return None
    pos = view.mapToScene(event.position().toPoint())
    item = view.map_scene.item_at(pos)
    if button == Qt.MouseButton.RightButton:
        if isinstance(item, CardItem) and item.card_id in view.selected_card_ids():
            return None  # keep a multiple selection for the context menu
        return RubberBandInteraction(view) if item is None else _select_only(view, item)
    if isinstance(item, CardItem):
        return CardDragInteraction(view, item)
    if isinstance(item, (StageHeaderItem, LaneHeaderItem)):
        return HeaderDragInteraction(view, item)
    if isinstance(item, StepHeaderItem):
        return StepDragInteraction(view, item)
    return point_interaction_for(view, item, pos) or RubberBandInteraction(view)


def _select_only(view, item) -> Interaction:
    if isinstance(item, CardItem):
        return SelectInteraction(view, Selection.cards([item.card_id]))
    if isinstance(item, StageHeaderItem):
        return SelectInteraction(view, Selection.stage(item.stage_id))
    if isinstance(item, LaneHeaderItem):
        return SelectInteraction(view, Selection.lane(item.lane_id))
    if isinstance(item, StepHeaderItem):
        return SelectInteraction(view, Selection.step(item.step_id))
    return SelectInteraction(view, Selection.point(item.lane_id, item.step_id))
