"""The base of every model class: camelCase JSON names, unknown fields kept, no NaN."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer
from pydantic.alias_generators import to_camel

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$"
COLOR_PATTERN = r"^#[0-9a-fA-F]{6}$"

#: An identifier: short, ASCII, safe in any file name or URL fragment.
Id = Annotated[str, Field(pattern=ID_PATTERN)]

#: A colour as ``#rrggbb``.
Color = Annotated[str, Field(pattern=COLOR_PATTERN)]


def _compact_number(value: float) -> float | int:
    """Write 2.0 as 2 so hand-written files and saved files look alike."""
    value = float(value)
    return int(value) if value.is_integer() else value


#: A finite number, bounded so that no absurd value reaches the layout.
Number = Annotated[
    float,
    Field(ge=-1_000_000, le=1_000_000),
    PlainSerializer(_compact_number, return_type=float | int),
]


def text_field(max_length: int, default: str = "") -> str:
    """A plain-text field with a length cap (a million characters in a card is refused)."""
    return Field(default=default, max_length=max_length)


def _is_empty(value) -> bool:
    return value is None or value == [] or value == {}


def optional_list(max_length: int):
    """A list added after version 1: written only when it holds something, so files that do
    not use it stay as they were (and older versions keep it as an unknown field)."""
    return Field(default_factory=list, max_length=max_length, exclude_if=_is_empty)


def optional_value(default=None):
    """A value added after version 1, written only when set."""
    return Field(default=default, exclude_if=_is_empty)


class JourneyModel(BaseModel):
    """Common configuration of every part of a map.

    * JSON names are camelCase (``momentOfTruth``), Python names snake_case.
    * Fields this version does not know (written by a newer minor edition) are kept
      and written back unchanged.
    * NaN and infinity are refused everywhere.
    """

    model_config = ConfigDict(
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        extra="allow",
        allow_inf_nan=False,
        str_strip_whitespace=False,
    )


_HEX = re.compile(COLOR_PATTERN)


def is_color(value: str) -> bool:
    return bool(_HEX.match(value))
