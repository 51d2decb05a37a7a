"""The persona's photo: an image asset in the file, named by ``persona.photo``.

Persona text fields are set with the generic SetFieldsCommand.
"""

from __future__ import annotations

from ..model import Asset, Journey
from .base import MapCommand, Notify
from .change import Change


class SetPersonaPhotoCommand(MapCommand):
    """Set (``asset`` given) or clear (``None``) the photo.

    The previous photo's asset leaves the file with it, so replaced photos do not pile up;
    undo restores the assets exactly as they were.
    """

    def __init__(self, journey: Journey, asset: Asset | None, asset_id: str | None,
                 text: str = "Set persona photo", notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.asset, self.asset_id = asset, asset_id
        self.old_photo: str | None = None
        self.old_assets: dict[str, Asset] = {}

    def _changes(self, before: str | None, after: str | None) -> list[Change]:
        ids = tuple(i for i in (before, after) if i)
        return [Change("assets", "updated", ids), Change("persona", "updated")]

    def _redo(self) -> list[Change]:
        persona, assets = self.map.persona, self.journey.assets
        self.old_photo, self.old_assets = persona.photo, dict(assets)
        if self.old_photo is not None:
            assets.pop(self.old_photo, None)
        if self.asset is not None:
            assets[self.asset_id] = self.asset
        persona.photo = self.asset_id if self.asset is not None else None
        return self._changes(self.old_photo, persona.photo)

    def _undo(self) -> list[Change]:
        now = self.map.persona.photo
        self.journey.assets.clear()
        self.journey.assets.update(self.old_assets)
        self.map.persona.photo = self.old_photo
        return self._changes(now, self.old_photo)
