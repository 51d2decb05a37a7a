"""A sticky note in one cell (step x lane) of the grid."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import Field

from . import limits
from .base import Color, Id, JourneyModel, optional_list, optional_value, text_field
from .kinds import Channel, Priority

Tag = Annotated[str, Field(max_length=limits.TAG_MAX)]

#: A URL or a file path; opened by the system on Ctrl+click, never fetched by the app.
Link = Annotated[str, Field(min_length=1, max_length=limits.LINK_MAX)]

#: Where a card's content comes from; "assumption" means no evidence yet.
EvidenceKind = Literal["interview", "survey", "analytics", "observation", "assumption"]
EVIDENCE_KINDS: tuple[str, ...] = ("interview", "survey", "analytics", "observation", "assumption")


class CardSource(JourneyModel):
    """The evidence behind a card: what kind, and when it was gathered."""

    kind: EvidenceKind
    date: datetime.date | None = optional_value()


class Comment(JourneyModel):
    """One message of a card's short discussion thread."""

    author: str = text_field(limits.NAME_MAX)
    date: datetime.date | None = optional_value()
    text: str = text_field(limits.TEXT_MAX)
    resolved: bool = False


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
    #: The id of an image in the file's assets (a screenshot, a photo of the wall), or None.
    image: Id | None = optional_value()
    links: list[Link] = optional_list(limits.LINKS_MAX)
    source: CardSource | None = optional_value()
    comments: list[Comment] = optional_list(limits.COMMENTS_MAX)
