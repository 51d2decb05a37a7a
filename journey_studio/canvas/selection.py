"""What is selected on the canvas: the one shape the canvas, the inspector and the actions share."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class SelectionKind(StrEnum):
    NONE = "none"
    CARDS = "cards"  # one or more cards
    CELL = "cell"  # an empty spot of a cell (step x lane)
    STAGE = "stage"
    STEP = "step"
    LANE = "lane"
    POINT = "point"  # an emotion point (lane x step)


@dataclass(frozen=True)
class Selection:
    kind: SelectionKind = SelectionKind.NONE
    card_ids: tuple[str, ...] = ()
    stage_id: str | None = None
    step_id: str | None = None
    lane_id: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @classmethod
    def cards(cls, ids) -> "Selection":
        ids = tuple(ids)
        return cls(SelectionKind.CARDS, card_ids=ids) if ids else cls()

    @classmethod
    def cell(cls, step_id: str, lane_id: str) -> "Selection":
        return cls(SelectionKind.CELL, step_id=step_id, lane_id=lane_id)

    @classmethod
    def stage(cls, stage_id: str) -> "Selection":
        return cls(SelectionKind.STAGE, stage_id=stage_id)

    @classmethod
    def step(cls, step_id: str) -> "Selection":
        return cls(SelectionKind.STEP, step_id=step_id)

    @classmethod
    def lane(cls, lane_id: str) -> "Selection":
        return cls(SelectionKind.LANE, lane_id=lane_id)

    @classmethod
    def point(cls, lane_id: str, step_id: str) -> "Selection":
        return cls(SelectionKind.POINT, lane_id=lane_id, step_id=step_id)

    def __bool__(self) -> bool:
        return self.kind != SelectionKind.NONE
