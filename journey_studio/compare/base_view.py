"""What a three-way merge asks of the common original, answered three ways.

* :class:`FullBase`: the original file is at hand (``journey-studio merge BASE OURS THEIRS``,
  git's ``%O``): every answer is exact.
* :class:`RecordBase`: only the hashes of the common version recorded in both copies (the
  e-mail case). "Did this side change this field?" is exact up to a 24-bit hash; the order of a
  list is exact when one side left it as it was, otherwise taken from our side.
* :class:`NoBase`: no common version: nothing is known, every difference is a conflict.
"""

from __future__ import annotations

from typing import Any

from .history import State, field_slots, key_hash, slot_defaults, value_hash
from .parts import FIELDS, Element, Parts

MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()


class NoBase:
    known = False
    label = "no common version"

    def has(self, key: str) -> bool:
        return False

    def same(self, element: Element, name: str) -> bool:
        return False

    def value(self, key: str, name: str) -> Any:
        return MISSING

    def order(self, name: str, ours: list[str], theirs: list[str]) -> list[str]:
        return [key for key in ours if key in set(theirs)]


class FullBase(NoBase):
    known = True

    def __init__(self, parts: Parts, label: str = "the original file"):
        self.parts = parts
        self.label = label

    def has(self, key: str) -> bool:
        return key in self.parts.elements

    def same(self, element: Element, name: str) -> bool:
        base = self.parts.elements.get(element.key)
        return base is not None and base.fields.get(name, MISSING) == element.fields.get(name, MISSING)

    def value(self, key: str, name: str) -> Any:
        base = self.parts.elements.get(key)
        return MISSING if base is None else base.fields.get(name, MISSING)

    def order(self, name: str, ours: list[str], theirs: list[str]) -> list[str]:
        return list(self.parts.orders.get(name, []))


class RecordBase(NoBase):
    known = True

    def __init__(self, state: State, label: str):
        self.state = state
        self.label = label

    def has(self, key: str) -> bool:
        return key_hash(key) in self.state

    def same(self, element: Element, name: str) -> bool:
        entry = self.state.get(key_hash(element.key))
        if entry is None:
            return False
        mask, hashes = entry
        known = FIELDS[element.kind]
        index = known.index(name) if name in known else len(known)
        value = field_slots(element.kind, element.fields)[index]
        if not mask >> index & 1:
            return value == slot_defaults(element.kind)[index]
        at = 3 * bin(mask & ((1 << index) - 1)).count("1")
        return hashes[at:at + 3] == value_hash(value)

    def order(self, name: str, ours: list[str], theirs: list[str]) -> list[str]:
        entry = self.state.get(key_hash(f"order/{name}"))
        candidates = [[k for k in side if self.has(k)] for side in (ours, theirs)]
        if entry is not None:
            for candidate in candidates:
                if entry[1] == value_hash(candidate):
                    return candidate
        return candidates[0]
