"""Replace the whole content of the map (a merge of another copy, a resolved conflict).

The map object stays the same (views and the document keep their reference); its fields, the
file's images and its version record are swapped. ``redo`` and ``undo`` are the same swap.
The changes reported say which stages, steps, lanes, cards and images came, went or stayed.
"""

from __future__ import annotations

from ..model import Journey, Map
from .base import MapCommand, Notify
from .change import Change


class ReplaceContentCommand(MapCommand):
    def __init__(self, journey: Journey, new: Journey, text: str, notify: Notify | None = None):
        super().__init__(journey, text, notify)
        replacement = new.model_copy(deep=True)
        self.state = (_fields(replacement.map), dict(replacement.assets), list(replacement.versions))

    def _swap(self) -> list[Change]:
        fields, assets, versions = self.state
        m = self.map
        before = _ids(m), set(self.journey.assets)
        self.state = (_fields(m), dict(self.journey.assets), list(self.journey.versions))
        for name, value in fields.items():
            if name == "__extra__":
                m.__pydantic_extra__ = dict(value)
            else:
                setattr(m, name, value)
        self.journey.assets.clear()
        self.journey.assets.update(assets)
        self.journey.versions = versions
        return _changes(m, before, set(self.journey.assets))

    def _redo(self) -> list[Change]:
        return self._swap()

    def _undo(self) -> list[Change]:
        return self._swap()


def _fields(m: Map) -> dict:
    fields = {name: getattr(m, name) for name in type(m).model_fields if name != "id"}
    fields["__extra__"] = dict(m.__pydantic_extra__ or {})
    return fields


def _ids(m: Map) -> dict[str, set[str]]:
    return {"stages": {s.id for s in m.stages}, "steps": set(m.step_ids()),
            "lanes": {lane.id for lane in m.lanes}, "cards": {c.id for c in m.cards}}


def _changes(m: Map, before: tuple[dict[str, set[str]], set[str]], asset_ids: set[str]) -> list[Change]:
    old_ids, old_assets = before
    changes = [Change("map", "updated", (m.id,)), Change("persona", "updated")]
    for subject, now in _ids(m).items():
        was = old_ids[subject]
        for action, ids in (("removed", was - now), ("added", now - was), ("updated", now & was)):
            if ids:
                changes.append(Change(subject, action, tuple(sorted(ids))))
    emotion_lanes = tuple(lane.id for lane in m.lanes if lane.kind == "emotions")
    if emotion_lanes:
        changes.append(Change("points", "updated", emotion_lanes))
    assets = old_assets | asset_ids
    if assets:
        changes.append(Change("assets", "updated", tuple(sorted(assets))))
    return changes
