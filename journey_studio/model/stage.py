"""Stages (the columns of the journey) and their steps."""

from __future__ import annotations

from pydantic import Field

from . import limits
from .base import Color, Id, JourneyModel, text_field


class Step(JourneyModel):
    """One column of the grid. A stage with one unnamed step looks like a plain column."""

    id: Id
    name: str = text_field(limits.NAME_MAX)


class Stage(JourneyModel):
    id: Id
    name: str = text_field(limits.NAME_MAX)
    description: str = text_field(limits.TEXT_MAX)
    color: Color | None = None
    moment_of_truth: bool = False
    steps: list[Step] = Field(min_length=1, max_length=limits.STEPS_PER_STAGE_MAX)
