"""Checks the document runs before it pushes a command, so bad input changes nothing.

Each raises ``ValueError`` with one clear line; pydantic's field types decide what a valid
value is, so the editor accepts exactly what the file format accepts.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)


def one_line(error: ValidationError, what: str) -> ValueError:
    """The first problem pydantic found, as ``what.field: message``."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return ValueError(f"{what}{'.' + where if where else ''}: {first['msg']}")


def validated(model: type[M], data: dict[str, Any], what: str) -> M:
    """``model`` built from ``data``, or a one-line ValueError."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise one_line(error, what) from None


def new_values(obj: BaseModel, changes: dict[str, Any], what: str,
               forbidden: Collection[str] = ()) -> dict[str, Any]:
    """The validated values of ``changes`` that differ from ``obj``'s; nothing is written."""
    fields = type(obj).model_fields
    for name in changes:
        if name not in fields:
            raise ValueError(f"{what} has no field '{name}'")
        if name in forbidden:
            raise ValueError(f"{what}.{name} cannot be set this way")
    trial = obj.model_copy()
    values = {}
    for name, value in changes.items():
        try:
            trial.__pydantic_validator__.validate_assignment(trial, name, value)
        except ValidationError as error:
            raise one_line(error, what) from None
        if getattr(trial, name) != getattr(obj, name):
            values[name] = getattr(trial, name)
    return values


def finite_number(value: Any, what: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what}: {value!r} is not a number") from None
    if not math.isfinite(number):
        raise ValueError(f"{what}: {value!r} is not a finite number")
    return number


def room_for(count: int, adding: int, limit: int, what: str) -> None:
    if count + adding > limit:
        raise ValueError(f"a map holds at most {limit} {what}")


def clamp_index(index: int | None, length: int) -> int:
    """``index`` within 0..length; None means the end."""
    return length if index is None else max(0, min(int(index), length))
