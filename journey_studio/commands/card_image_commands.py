"""A card's image (a screenshot, a photo of the wall): an image asset of the file."""

from __future__ import annotations

from ..model import Asset, Journey
from .base import MapCommand, Notify
from .change import Change


class SetCardImageCommand(MapCommand):
    """Set (``asset`` given) or clear (``None``) a card's image; the replaced image's asset
    leaves the file with it unless something else still shows it; undo restores exactly."""

    def __init__(self, journey: Journey, card_id: str, asset: Asset | None, asset_id: str | None,
                 text: str = "Set card image", notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.card_id, self.asset, self.asset_id = card_id, asset, asset_id
        self.old_image: str | None = None
        self.old_assets: dict[str, Asset] = {}

    def _card(self):
        card = self.map.find_card(self.card_id)
        if card is None:
            raise KeyError(f"no card with id '{self.card_id}'")
        return card

    def _still_used(self, asset_id: str) -> bool:
        m = self.map
        return (any(p.photo == asset_id for p in m.personas)
                or any(c.image == asset_id for c in m.cards if c.id != self.card_id))

    def _changes(self, before: str | None, after: str | None) -> list[Change]:
        return [Change("assets", "updated", tuple(i for i in (before, after) if i)),
                Change("cards", "updated", (self.card_id,))]

    def _redo(self) -> list[Change]:
        card, assets = self._card(), self.journey.assets
        self.old_image, self.old_assets = card.image, dict(assets)
        if self.old_image is not None and not self._still_used(self.old_image):
            assets.pop(self.old_image, None)
        if self.asset is not None:
            assets[self.asset_id] = self.asset
        card.image = self.asset_id if self.asset is not None else None
        return self._changes(self.old_image, card.image)

    def _undo(self) -> list[Change]:
        card = self._card()
        now = card.image
        self.journey.assets.clear()
        self.journey.assets.update(self.old_assets)
        card.image = self.old_image
        return self._changes(now, self.old_image)
