"""Drag a step header sideways to reorder the steps of a stage, or to move a step to another stage."""

from __future__ import annotations

from ..render.hit_test import step_drop
from .header_items import StepHeaderItem
from .gesture import LiftedHeaderInteraction
from .selection import Selection


class StepDragInteraction(LiftedHeaderInteraction):
    def __init__(self, view, item: StepHeaderItem):
        super().__init__(view, item)
        self.target = None

    def press(self, event) -> None:
        super().press(event)
        self.view.select(Selection.step(self.item.step_id))

    def drag(self, event) -> None:
        pos = self.scene_pos(event)
        self.item.setPos(self.home.x() + pos.x() - self.start.x(), self.home.y())
        self.target = step_drop(self.scene.layout, pos.x(), self.item.step_id)
        if self.target is not None:
            top = self.home.y()
            bottom = max(self.scene.layout.grid.bottom, top + 40)
            self.scene.drop_line.show_line(self.target.line, top, self.target.line, bottom, on_top=True)

    def drop(self, event) -> None:
        self.cancel()
        if self.target is not None:
            self.view.run_edit(self.document.move_step, self.item.step_id, self.target.stage_id, self.target.index)
