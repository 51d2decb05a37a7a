"""Personas: adding and removing one, and a persona's photo (an image asset in the file).

Persona text fields are set with the generic SetFieldsCommand (target ``persona`` + id).
"""

from __future__ import annotations

from ..model import Asset, Journey, Persona
from .base import MapCommand, Notify, index_of
from .change import Change


class AddPersonaCommand(MapCommand):
    """Append a persona; undo takes it out again."""

    def __init__(self, journey: Journey, persona: Persona, text: str = "Add persona",
                 notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.persona = persona

    def _redo(self) -> list[Change]:
        self.map.personas.append(self.persona)
        return [Change("persona", "added", (self.persona.id,))]

    def _undo(self) -> list[Change]:
        self.map.personas.pop(index_of(self.map.personas, self.persona.id))
        return [Change("persona", "removed", (self.persona.id,))]


class RemovePersonaCommand(MapCommand):
    """Remove a persona (never the last one). Its photo leaves the file with it, and emotion
    lanes that named it fall back to the main persona; undo puts all of that back."""

    def __init__(self, journey: Journey, persona_id: str, text: str = "Remove persona",
                 notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.persona_id = persona_id
        self.index = -1
        self.persona: Persona | None = None
        self.photo_asset: Asset | None = None
        self.lanes: list[str] = []

    def _redo(self) -> list[Change]:
        personas = self.map.personas
        self.index = index_of(personas, self.persona_id)
        self.persona = personas.pop(self.index)
        self.photo_asset = self.journey.assets.pop(self.persona.photo, None) if self.persona.photo else None
        self.lanes = [lane.id for lane in self.map.lanes if lane.persona == self.persona_id]
        for lane in self.map.lanes:
            if lane.id in self.lanes:
                lane.persona = None
        return self._changes("removed")

    def _undo(self) -> list[Change]:
        self.map.personas.insert(self.index, self.persona)
        if self.photo_asset is not None:
            self.journey.assets[self.persona.photo] = self.photo_asset
        for lane in self.map.lanes:
            if lane.id in self.lanes:
                lane.persona = self.persona_id
        return self._changes("added")

    def _changes(self, action) -> list[Change]:
        changes = [Change("persona", action, (self.persona_id,))]
        if self.photo_asset is not None:
            changes.append(Change("assets", "updated", (self.persona.photo,)))
        if self.lanes:
            changes.append(Change("lanes", "updated", tuple(self.lanes)))
        return changes


class SetPersonaPhotoCommand(MapCommand):
    """Set (``asset`` given) or clear (``None``) the photo of one persona.

    The previous photo's asset leaves the file with it, so replaced photos do not pile up;
    undo restores the assets exactly as they were.
    """

    def __init__(self, journey: Journey, asset: Asset | None, asset_id: str | None,
                 text: str = "Set persona photo", notify: Notify | None = None,
                 persona_id: str | None = None):
        super().__init__(journey, text, notify)
        self.asset, self.asset_id = asset, asset_id
        self.persona_id = persona_id or journey.map.main_persona.id
        self.old_photo: str | None = None
        self.old_assets: dict[str, Asset] = {}

    def _persona(self) -> Persona:
        found = self.map.find_persona(self.persona_id)
        if found is None:
            raise KeyError(f"no persona with id '{self.persona_id}'")
        return found

    def _changes(self, before: str | None, after: str | None) -> list[Change]:
        ids = tuple(i for i in (before, after) if i)
        return [Change("assets", "updated", ids), Change("persona", "updated", (self.persona_id,))]

    def _redo(self) -> list[Change]:
        persona, assets = self._persona(), self.journey.assets
        self.old_photo, self.old_assets = persona.photo, dict(assets)
        if self.old_photo is not None:
            assets.pop(self.old_photo, None)
        if self.asset is not None:
            assets[self.asset_id] = self.asset
        persona.photo = self.asset_id if self.asset is not None else None
        return self._changes(self.old_photo, persona.photo)

    def _undo(self) -> list[Change]:
        persona = self._persona()
        now = persona.photo
        self.journey.assets.clear()
        self.journey.assets.update(self.old_assets)
        persona.photo = self.old_photo
        return self._changes(now, self.old_photo)
