"""Stages (columns) and their steps: add, remove with what they hold, reorder."""

from __future__ import annotations

from ..model import Journey
from .base import MapCommand, Notify, index_of
from .change import Change
from .contents import TakenCards, TakenPoints, card_ids, lane_ids, put_cards, put_points, take_cards, take_points
from .listed import InsertItemCommand, MoveItemCommand, RemoveItemCommand


class InsertStageCommand(InsertItemCommand):
    subject = "stages"

    def _items(self) -> list:
        return self.map.stages


class MoveStageCommand(MoveItemCommand):
    subject = "stages"

    def _items(self) -> list:
        return self.map.stages


class InsertStepCommand(InsertItemCommand):
    subject = "steps"

    def __init__(self, journey: Journey, stage_id: str, step, index: int, text: str = "Add step",
                 notify: Notify | None = None):
        super().__init__(journey, step, index, text, notify)
        self.stage_id = stage_id

    def _items(self) -> list:
        return self.map.find_stage(self.stage_id).steps


class _RemoveWithContents(RemoveItemCommand):
    """Remove steps' columns: the cards in them and the emotion points on them go too."""

    def _step_ids(self, item) -> list[str]:
        raise NotImplementedError

    def _take_contents(self, item) -> list[Change]:
        step_ids = self._step_ids(item)
        self.cards: TakenCards = take_cards(self.map, lambda card: card.step in step_ids)
        self.points: TakenPoints = take_points(self.map, step_ids)
        return self._contents_changes("removed")

    def _put_contents(self) -> list[Change]:
        put_cards(self.map, self.cards)
        put_points(self.map, self.points)
        return self._contents_changes("added")

    def _contents_changes(self, action) -> list[Change]:
        changes = []
        if self.cards:
            changes.append(Change("cards", action, card_ids(self.cards)))
        if self.points:
            changes.append(Change("points", "updated", lane_ids(self.points)))
        return changes


class RemoveStageCommand(_RemoveWithContents):
    subject = "stages"

    def __init__(self, journey: Journey, stage_id: str, text: str = "Delete stage",
                 notify: Notify | None = None):
        super().__init__(journey, stage_id, text, notify)
        self.stage_id = stage_id

    def _items(self) -> list:
        return self.map.stages

    def _step_ids(self, stage) -> list[str]:
        return [step.id for step in stage.steps]


class RemoveStepCommand(_RemoveWithContents):
    """Remove one step of a stage that has others (the document checks that)."""

    subject = "steps"

    def __init__(self, journey: Journey, step_id: str, text: str = "Delete step",
                 notify: Notify | None = None):
        super().__init__(journey, step_id, text, notify)
        self.step_id = step_id
        self.stage_id = journey.map.stage_of_step(step_id).id

    def _items(self) -> list:
        return self.map.find_stage(self.stage_id).steps

    def _step_ids(self, step) -> list[str]:
        return [self.step_id]


class MoveStepCommand(MapCommand):
    """Move a step to ``index`` of stage ``stage_id`` (its own or another one)."""

    def __init__(self, journey: Journey, step_id: str, stage_id: str, index: int,
                 text: str = "Move step", notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.step_id, self.stage_id, self.index = step_id, stage_id, index
        self.old_stage_id = journey.map.stage_of_step(step_id).id
        self.old_index = -1

    def _move(self, from_stage: str, to_stage: str, to_index: int) -> list[Change]:
        steps = self.map.find_stage(from_stage).steps
        step = steps.pop(index_of(steps, self.step_id))
        self.map.find_stage(to_stage).steps.insert(to_index, step)
        return [Change("steps", "moved", (self.step_id,))]

    def _redo(self) -> list[Change]:
        self.old_index = index_of(self.map.find_stage(self.old_stage_id).steps, self.step_id)
        return self._move(self.old_stage_id, self.stage_id, self.index)

    def _undo(self) -> list[Change]:
        return self._move(self.stage_id, self.old_stage_id, self.old_index)
