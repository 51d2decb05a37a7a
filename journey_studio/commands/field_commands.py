"""One generic command that sets fields of one part of the map (card, stage, lane, persona...).

The target is found by id each time the command runs. Consecutive edits of the same fields
of the same target made with ``merge=True`` (typing in one inspector field) merge into one
undo step, until :meth:`SetFieldsCommand.seal` is called (the field lost focus).
"""

from __future__ import annotations

import copy
from typing import Any, Literal, NamedTuple

from ..model import Journey
from .base import MapCommand, Notify
from .change import Change

TargetKind = Literal["map", "persona", "stage", "step", "lane", "card"]

_SUBJECT = {"map": "map", "persona": "persona", "stage": "stages", "step": "steps",
            "lane": "lanes", "card": "cards"}


class Target(NamedTuple):
    kind: TargetKind
    id: str = ""


def resolve(journey: Journey, target: Target):
    """The model object ``target`` names; KeyError when it does not exist."""
    m = journey.map
    found: Any
    if target.kind == "map":
        found = m
    elif target.kind == "persona":  # no id: the main persona
        found = m.find_persona(target.id) if target.id else m.main_persona
    elif target.kind == "stage":
        found = m.find_stage(target.id)
    elif target.kind == "step":
        found = m.find_step(target.id)
    elif target.kind == "lane":
        found = m.find_lane(target.id)
    elif target.kind == "card":
        found = m.find_card(target.id)
    else:
        raise KeyError(f"unknown kind of target '{target.kind}'")
    if found is None:
        raise KeyError(f"no {target.kind} with id '{target.id}'")
    return found


class SetFieldsCommand(MapCommand):
    MERGE_ID = 0x4A53

    def __init__(self, journey: Journey, target: Target, values: dict[str, Any], text: str = "Edit",
                 notify: Notify | None = None, *, merge: bool = False):
        super().__init__(journey, text, notify)
        self.target = target
        self.new = dict(values)
        found = resolve(journey, target)
        self.old = {name: copy.deepcopy(getattr(found, name)) for name in values}
        self.merge = merge
        self.sealed = False

    def seal(self) -> None:
        """Later edits start a new undo step."""
        self.sealed = True

    def _apply(self, values: dict[str, Any]) -> list[Change]:
        found = resolve(self.journey, self.target)
        for name, value in values.items():
            setattr(found, name, copy.deepcopy(value))
        ids = (self.map.id,) if self.target.kind == "map" else ((self.target.id,) if self.target.id else ())
        return [Change(_SUBJECT[self.target.kind], "updated", ids)]

    def _redo(self) -> list[Change]:
        return self._apply(self.new)

    def _undo(self) -> list[Change]:
        return self._apply(self.old)

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return self.MERGE_ID if self.merge else -1

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt's name)
        if not (isinstance(other, SetFieldsCommand) and other.merge and not self.sealed
                and other.target == self.target and other.new.keys() == self.new.keys()):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True
