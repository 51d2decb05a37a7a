"""Whose journey the map follows."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from . import limits
from .base import Id, JourneyModel, text_field

TextList = list[Annotated[str, Field(max_length=limits.LIST_ITEM_MAX)]]


def _list_field():
    return Field(default_factory=list, max_length=limits.LIST_ITEMS_MAX)


class Persona(JourneyModel):
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
