"""A small helper that builds an example map through the model, with readable ids."""

from __future__ import annotations

import re
from typing import Any

from journey_studio.model import (
    Asset, Card, EmotionPoint, EmotionScale, Journey, Lane, LaneKind, Language, Map,
    CardFilter, Persona, Stage, Step, View,
)

_NBSP = "\u00a0"
_NNBSP = "\u202f"
_FRENCH_RULES = [
    (re.compile(r"'"), "\u2019"),  # typographic apostrophe
    (re.compile(r"« "), "«" + _NBSP),
    (re.compile(r" »"), _NBSP + "»"),
    (re.compile(r" ([:€%])"), _NBSP + r"\1"),
    (re.compile(r" ([?!;])"), _NNBSP + r"\1"),
    (re.compile(r"(\d) (\d{3})\b"), r"\1" + _NNBSP + r"\2"),
]


def french_typography(text: str) -> str:
    """Write plain-typed French as it is printed: ’, « », and the non-breaking spaces."""
    for pattern, replacement in _FRENCH_RULES:
        text = pattern.sub(replacement, text)
    return text


class MapBuilder:
    """Collects stages, lanes, cards and emotion points, then makes a validated Journey.

    Ids are given as short keys and prefixed by kind: ``stage("awareness")`` makes
    ``stage-awareness``; ``card("ad-on-site", ...)`` makes ``card-ad-on-site``.
    """

    def __init__(self, key: str, title: str, language: Language, description: str = ""):
        self.language = language
        self.map_id = f"map-{key}"
        self.title = self._text(title)
        self.description = self._text(description)
        self.personas: list[Persona] = [Persona()]
        self.assets: dict[str, Asset] = {}
        self.stages: list[Stage] = []
        self.lanes: list[Lane] = []
        self.cards: list[Card] = []
        self.points: dict[str, list[EmotionPoint]] = {}
        self.emotion_lane: str | None = None
        self.views: list[View] = []

    def _text(self, text: str) -> str:
        return french_typography(text) if self.language == Language.FR else text

    def set_persona(self, *, photo_png: bytes | None = None, **fields: Any) -> None:
        for name in ("name", "role", "quote"):
            if name in fields:
                fields[name] = self._text(fields[name])
        for name in ("goals", "needs", "motivations", "frustrations"):
            fields[name] = [self._text(item) for item in fields.get(name, [])]
        if photo_png is not None:
            asset_id = f"asset-{self.map_id.removeprefix('map-')}-persona"
            self.assets[asset_id] = Asset.from_bytes("image/png", photo_png)
            fields["photo"] = asset_id
        self.personas[0] = Persona(**fields)

    def add_persona(self, key: str, color: str, **fields: Any) -> str:
        """Another persona after the main one; returns its id."""
        for name in ("name", "role", "quote"):
            if name in fields:
                fields[name] = self._text(fields[name])
        for name in ("goals", "needs", "motivations", "frustrations"):
            fields[name] = [self._text(item) for item in fields.get(name, [])]
        photo_png = fields.pop("photo_png", None)
        if photo_png is not None:
            fields["photo"] = self.image(f"persona-{key}", photo_png)
        self.personas.append(Persona(id=f"persona-{key}", color=color, **fields))
        return f"persona-{key}"

    def stage(self, key: str, name: str, steps: list[tuple[str, str]] | str,
              *, moment_of_truth: bool = False, description: str = "") -> None:
        """``steps`` is a list of (key, name), or one step key for a plain column."""
        if isinstance(steps, str):
            steps = [(steps, "")]
        self.stages.append(Stage(
            id=f"stage-{key}", name=self._text(name), description=self._text(description),
            moment_of_truth=moment_of_truth,
            steps=[Step(id=f"step-{k}", name=self._text(n)) for k, n in steps],
        ))

    def lane(self, key: str, kind: LaneKind, title: str, description: str = "", **fields: Any) -> None:
        """``fields``: for an emotions lane, ``persona`` (a persona id) and ``variant``."""
        self.lanes.append(Lane(id=f"lane-{key}", kind=kind, title=self._text(title),
                               description=self._text(description), **fields))
        if kind == LaneKind.EMOTIONS and self.emotion_lane is None:
            self.emotion_lane = f"lane-{key}"

    def card(self, key: str, step: str, lane: str, text: str, **fields: Any) -> None:
        for name in ("owner", "note"):
            if name in fields:
                fields[name] = self._text(fields[name])
        self.cards.append(Card(id=f"card-{key}", step=f"step-{step}", lane=f"lane-{lane}",
                               text=self._text(text), **fields))

    def feeling(self, step: str, score: float, label: str, lane: str | None = None) -> None:
        """A point on ``lane`` (a key), else on the first emotions lane added."""
        lane_id = f"lane-{lane}" if lane else self.emotion_lane
        self.points.setdefault(lane_id, []).append(
            EmotionPoint(step=f"step-{step}", score=score, label=self._text(label)))

    def image(self, key: str, png: bytes) -> str:
        """Carry a PNG in the file; returns its asset id."""
        asset_id = f"asset-{self.map_id.removeprefix('map-')}-{key}"
        self.assets[asset_id] = Asset.from_bytes("image/png", png)
        return asset_id

    def view(self, name: str, description: str = "", **criteria: Any) -> None:
        self.views.append(View(name=self._text(name), description=self._text(description),
                               filter=CardFilter(**criteria)))

    def journey(self) -> Journey:
        lanes = [lane.model_copy(update={"points": self.points[lane.id]}) if lane.id in self.points
                 else lane for lane in self.lanes]
        journey_map = Map(
            id=self.map_id, title=self.title, description=self.description,
            language=self.language, emotion_scale=EmotionScale(min=-2, max=2),
            personas=self.personas, stages=self.stages, lanes=lanes, cards=self.cards, views=self.views,
        )
        # Validate the whole file once more from its JSON form, as a reader would.
        return Journey.model_validate(Journey(map=journey_map, assets=self.assets).model_dump(mode="json"))
