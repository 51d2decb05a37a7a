"""Lanes (the rows of the journey) and the points of an emotion lane."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from . import limits
from .base import Color, Id, JourneyModel, Number, optional_value, text_field
from .data_source import LaneData
from .kinds import LaneKind


class EmotionPoint(JourneyModel):
    """How the customer feels at one step: a score on the map's scale and a word."""

    step: Id
    score: Number
    label: str = text_field(limits.NAME_MAX)


class Lane(JourneyModel):
    id: Id
    kind: LaneKind
    title: str = text_field(limits.NAME_MAX)
    description: str = text_field(limits.TEXT_MAX)
    color: Color | None = None
    hidden: bool = False
    #: Only emotion lanes hold points, at most one per step.
    points: list[EmotionPoint] = Field(default_factory=list)
    #: An emotion lane whose points are computed from data at each refresh (else by hand).
    data: LaneData | None = optional_value()
    #: Whose feelings an emotion lane draws (a persona id; none: the main persona).
    persona: Id | None = optional_value()
    #: An emotion lane shows the journey as it is today ("asIs") or as it should become
    #: ("toBe", drawn dashed); none means as-is.
    variant: Literal["asIs", "toBe"] | None = optional_value()
