"""Find the step a data row speaks of: by step id, step name, or "stage / step" name, with
case and accents ignored ("Souscription", "souscription", "SOUSCRIPTION" all match)."""

from __future__ import annotations

import unicodedata

from ..model import Map


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u00ab": '"', "\u00bb": '"'})


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: the form names are compared in."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_QUOTES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


class StepMatcher:
    """Maps a cell value to a step id; remembers what matched nothing."""

    def __init__(self, journey_map: Map):
        self._names: dict[str, str | None] = {}
        for stage in journey_map.stages:
            single = len(stage.steps) == 1
            for step in stage.steps:
                self._add(step.id, step.id)
                if step.name:
                    self._add(step.name, step.id)
                    self._add(f"{stage.name} / {step.name}", step.id)
                if single and stage.name:  # a stage of one step is named by the stage
                    self._add(stage.name, step.id)
        self._cache: dict[object, str | None] = {}
        self.unmatched: dict[str, int] = {}
        #: Names two steps share, with the rows that named them.
        self.ambiguous: dict[str, int] = {}

    def _add(self, name: str, step_id: str) -> None:
        key = fold(name)
        if key in self._names and self._names[key] != step_id:
            self._names[key] = None  # ambiguous: two steps share the name
        else:
            self._names[key] = step_id

    def match(self, value: object) -> str | None:
        try:
            return self._cache[value]
        except KeyError:
            pass
        step = self._names.get(fold(value)) if value not in (None, "") else None
        self._cache[value] = step
        return step

    def miss(self, value: object) -> None:
        if value not in (None, ""):
            shown = str(value)
            table = self.ambiguous if self._names.get(fold(value), "") is None else self.unmatched
            table[shown] = table.get(shown, 0) + 1
