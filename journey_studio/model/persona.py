"""Whose journey the map follows."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from . import limits
from .base import Color, Id, JourneyModel, text_field

TextList = list[Annotated[str, Field(max_length=limits.LIST_ITEM_MAX)]]


def _list_field():
    return Field(default_factory=list, max_length=limits.LIST_ITEMS_MAX)


#: The id the migration from format version 1 gives the single persona of older files.
MAIN_PERSONA_ID = "persona-main"

#: Colours given to new personas in turn (the first is the main persona's).
PERSONA_COLORS = ("#1f5fa8", "#c2410c", "#15803d", "#7e22ce", "#b91c1c")


class Persona(JourneyModel):
    #: In the map's id namespace; emotion lanes name their persona by it.
    id: Id = MAIN_PERSONA_ID
    #: The colour of this persona's emotion curves and legend entry.
    color: Color = PERSONA_COLORS[0]
    name: str = text_field(limits.NAME_MAX)
    role: str = text_field(limits.NAME_MAX)
    age: int | None = Field(default=None, ge=0, le=150)
    quote: str = text_field(limits.TEXT_MAX)
    #: The id of an image in the file's assets, or None.
    photo: Id | None = None
    goals: TextList = _list_field()
    needs: TextList = _list_field()
    motivations: TextList = _list_field()
    frustrations: TextList = _list_field()
