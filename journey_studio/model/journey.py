"""A whole journey file in memory: the envelope, the map and its images."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .. import APP_NAME, __version__
from . import limits
from .asset import Asset
from .base import Id, JourneyModel, optional_list, text_field
from .journey_map import Map

FORMAT_NAME = "journey-studio"
FORMAT_VERSION = 2


class Generator(JourneyModel):
    name: str = text_field(limits.NAME_MAX, APP_NAME)
    version: str = text_field(limits.NAME_MAX, __version__)


class VersionRecord(JourneyModel):
    """One saved version of the map: its id and the hashes of its elements (docs/FORMAT.md)."""

    id: Id
    #: base64 of the entries that changed since the version before (all of them in the first).
    elements: str = Field(default="", max_length=limits.VERSION_RECORD_MAX, pattern=r"^[A-Za-z0-9+/]*={0,2}$")


class Journey(JourneyModel):
    """The root of a ``.journey`` file; its JSON is the file format."""

    format: Literal["journey-studio"] = FORMAT_NAME
    format_version: int = Field(default=FORMAT_VERSION, ge=1, le=FORMAT_VERSION)
    generator: Generator = Field(default_factory=Generator)
    map: Map
    assets: dict[Id, Asset] = Field(default_factory=dict, max_length=limits.ASSETS_MAX)
    #: The recent saved versions, oldest first; optional (see docs/FORMAT.md, "Version record").
    versions: list[VersionRecord] = optional_list(limits.VERSIONS_MAX)

    @model_validator(mode="after")
    def _images_exist(self) -> "Journey":
        for i, persona in enumerate(self.map.personas):
            if persona.photo is not None and persona.photo not in self.assets:
                raise ValueError(f"map.personas[{i}].photo: no asset with id '{persona.photo}'")
        for i, card in enumerate(self.map.cards):
            if card.image is not None and card.image not in self.assets:
                raise ValueError(f"map.cards[{i}].image: no asset with id '{card.image}'")
        return self
