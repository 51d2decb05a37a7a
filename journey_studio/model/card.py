"""A sticky note in one cell (step x lane) of the grid."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from . import limits
from .base import Color, Id, JourneyModel, text_field
from .kinds import Channel, Priority

Tag = Annotated[str, Field(max_length=limits.TAG_MAX)]


class Card(JourneyModel):
    id: Id
    step: Id
    lane: Id
    #: Plain text, never interpreted as HTML or rich text.
    text: str = text_field(limits.TEXT_MAX)
    color: Color | None = None
    owner: str = text_field(limits.NAME_MAX)
    priority: Priority | None = None
    tags: list[Tag] = Field(default_factory=list, max_length=limits.TAGS_MAX)
    note: str = text_field(limits.NOTE_MAX)
    channel: Channel | None = None
    #: Dot votes given in a workshop.
    votes: int = Field(default=0, ge=0, le=limits.VOTES_MAX)
    #: An example a template put there to show what goes in the lane: drawn grey, removed in
    #: one step by Edit › Clear Examples. Written to the file only when true.
    example: bool = Field(default=False, exclude_if=lambda value: not value)
