"""Ptolemy's OpenJourney Format (``.ojf``, andywestley/ptolemy-journey-mapper) as a map.

stages -> stages with one unnamed step each; swimlanes -> lanes (kind guessed from the
name); nodes -> cards (title -> text, description -> note, tags, severity -> priority,
isMomentOfTruth marks the stage); blueprint entries -> cards in lanes Evidence, Onstage,
Backstage and Support; node scores -> an emotion lane "Score" on -5..+5, one point per
stage at the mean of its scored nodes, labelled with their most common sentiment.
Fields the spec does not name are ignored and listed in a warning.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from typing import Any

from pydantic import ValidationError

from ..model import (Card, EmotionPoint, EmotionScale, Journey, Lane, LaneKind, Language, Map, Persona,
                     Priority, Stage, Step, limits, new_id)
from . import safe_json
from .errors import JourneyFileError
from .file_bytes import read_text
from .import_result import ImportResult, fit, listing
from .lane_kinds import guess_lane_kind

MAX_FILE_BYTES = 50 * 1024 * 1024
SCORE_MIN, SCORE_MAX = -5, 5
BLUEPRINT_LANES = {"evidence": "Evidence", "onstage": "Onstage", "backstage": "Backstage", "support": "Support"}

_KNOWN = {
    "": {"version", "persona", "pointOfView", "stages", "swimlanes", "nodes", "metadata", "title"},
    "metadata": {"title", "persona", "pov", "pointOfView", "version"},
    "stages[]": {"id", "name"},
    "swimlanes[]": {"id", "name"},
    "nodes[]": {"id", "stageId", "swimlaneId", "title", "description", "severity", "score", "sentiment",
                "purpose", "isMomentOfTruth", "icon", "iconColor", "tags", "blueprint"},
    "nodes[].blueprint": set(BLUEPRINT_LANES),
}


def read_ojf_file(path: str | os.PathLike[str], language: Language | str = Language.EN) -> ImportResult:
    try:
        return journey_from_ojf_text(read_text(path, MAX_FILE_BYTES), language)
    except JourneyFileError as exc:
        raise exc.with_file(str(path)) if exc.file is None else exc from None


def journey_from_ojf_text(text: str, language: Language | str = Language.EN) -> ImportResult:
    if not text.strip():
        raise JourneyFileError("the file is empty")
    data = safe_json.parse(text)
    if not isinstance(data, dict):
        raise JourneyFileError("not an OpenJourney (.ojf) file: the JSON is not an object")
    if data.get("format") == "journey-studio":
        raise JourneyFileError("this is a Journey Studio map, not an OpenJourney file: rename it to .journey")
    missing = [key for key in ("stages", "swimlanes") if not isinstance(data.get(key), list)]
    if missing:
        raise JourneyFileError(f"not an OpenJourney (.ojf) file: no \"{missing[0]}\" list")
    return _OjfReader(data, Language(language)).journey()


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return json.dumps(value)
    return ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+(\.\d+)?\s*", value):
            return float(value)
        return None
    return float(value)


def _color(value: Any) -> str | None:
    text = _text(value).strip()
    if re.fullmatch(r"#[0-9a-fA-F]{3}", text):
        text = "#" + "".join(c * 2 for c in text[1:])
    return text.lower() if re.fullmatch(r"#[0-9a-fA-F]{6}", text) and text.lower() != "#ffffff" else None


def _entry_text(entry: Any) -> str:
    """One blueprint entry: a string, or Ptolemy's {item, type}, {actor, action}, {system, description}."""
    if not isinstance(entry, dict):
        return _text(entry).strip()
    if "item" in entry:
        kind = _text(entry.get("type")).strip()
        return _text(entry["item"]).strip() + (f" ({kind})" if kind else "")
    for head, body in (("actor", "action"), ("system", "description")):
        if head in entry or body in entry:
            return ": ".join(p for p in (_text(entry.get(head)).strip(), _text(entry.get(body)).strip()) if p)
    return ", ".join(_text(v).strip() for v in entry.values() if _text(v).strip())


class _OjfReader:
    def __init__(self, data: dict[str, Any], language: Language):
        self.data, self.language = data, language
        self.warnings: list[str] = []
        self.unknown: list[str] = []
        self.lanes: list[Lane] = []
        self.cards: list[Card] = []

    def _note_unknown(self, where: str, obj: Any) -> None:
        if isinstance(obj, dict):
            prefix = f"{where}." if where else ""
            for key in obj:
                if key not in _KNOWN[where] and f"{prefix}{key}" not in self.unknown:
                    self.unknown.append(f"{prefix}{key}")

    def _fit(self, text: str, limit: int, what: str) -> str:
        return fit(text, limit, what, self.warnings)

    def _objects(self, key: str) -> list[dict[str, Any]]:
        items = self.data.get(key)
        if items is None:
            return []
        if not isinstance(items, list):
            self.warnings.append(f"\"{key}\" is not a list and was ignored")
            return []
        good = [item for item in items if isinstance(item, dict)]
        if len(good) < len(items):
            self.warnings.append(f"{len(items) - len(good)} entries of \"{key}\" are not objects and were ignored")
        for item in good:
            self._note_unknown(f"{key}[]", item)
        return good

    def journey(self) -> ImportResult:
        data = self.data
        self._note_unknown("", data)
        meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
        self._note_unknown("metadata", meta)
        version = _text(data.get("version") or meta.get("version")).strip()
        if version and not version.startswith("1."):
            self.warnings.append(f"OpenJourney version {version} was read as version 1.0")
        stages, step_of = self._stages()
        lane_of = self._swimlanes()
        self._nodes(stages, step_of, lane_of)
        if self.unknown:
            self.warnings.append(f"fields unknown to OpenJourney 1.0 were ignored: {listing(self.unknown)}")
        persona_text = _text(data.get("persona") or meta.get("persona")).strip()
        name, _, role = persona_text.partition(", ")
        persona = Persona(name=self._fit(name, limits.NAME_MAX, "names"), role=self._fit(role, limits.NAME_MAX, "names"))
        point_of_view = _text(data.get("pointOfView") or meta.get("pov") or meta.get("pointOfView")).strip()
        scale = EmotionScale(min=min([SCORE_MIN, *self.scores]), max=max([SCORE_MAX, *self.scores]))
        try:
            journey_map = Map(
                id=new_id("map"), language=self.language, emotion_scale=scale, personas=[persona],
                title=self._fit(_text(meta.get("title") or data.get("title")).strip(), limits.NAME_MAX, "titles"),
                description=self._fit(point_of_view, limits.TEXT_MAX, "descriptions"),
                stages=stages, lanes=self.lanes, cards=self.cards,
            )
            return ImportResult(Journey(map=journey_map), self.warnings)
        except ValidationError as exc:
            error = exc.errors()[0]
            raise JourneyFileError(f"the map cannot be built: {error['msg']}") from None

    def _stages(self) -> tuple[list[Stage], dict[str, Stage]]:
        stages: list[Stage] = []
        by_id: dict[str, Stage] = {}
        for item in self._objects("stages"):
            stage = Stage(id=new_id("stage"), name=self._fit(_text(item.get("name")), limits.NAME_MAX, "names"),
                          steps=[Step(id=new_id("step"))])
            stages.append(stage)
            by_id.setdefault(_text(item.get("id")), stage)
        if len(stages) > limits.STAGES_MAX:
            raise JourneyFileError(f"the map has {len(stages)} stages; Journey Studio holds up to {limits.STAGES_MAX}")
        return stages, by_id

    def _lane(self, title: str) -> Lane:
        lane = Lane(id=new_id("lane"), kind=guess_lane_kind(title), title=self._fit(title, limits.NAME_MAX, "names"))
        self.lanes.append(lane)
        if len(self.lanes) > limits.LANES_MAX:
            raise JourneyFileError(f"the map has more than {limits.LANES_MAX} swimlanes")
        return lane

    def _swimlanes(self) -> dict[str, Lane]:
        by_id: dict[str, Lane] = {}
        for item in self._objects("swimlanes"):
            by_id.setdefault(_text(item.get("id")), self._lane(_text(item.get("name"))))
        return by_id

    def _card(self, step: str, lane: str, text: str, **fields: Any) -> None:
        if len(self.cards) >= limits.CARDS_MAX:
            raise JourneyFileError(f"the map has more than {limits.CARDS_MAX} nodes and blueprint entries")
        self.cards.append(Card(id=new_id("card"), step=step, lane=lane,
                               text=self._fit(text, limits.TEXT_MAX, "texts"), **fields))

    def _nodes(self, stages: list[Stage], step_of: dict[str, Stage], lane_of: dict[str, Lane]) -> None:
        scored: dict[str, list[tuple[float, str]]] = {}
        blueprint: dict[str, list[tuple[str, str]]] = {key: [] for key in BLUEPRINT_LANES}
        lost = 0
        for node in self._objects("nodes"):
            stage = step_of.get(_text(node.get("stageId")))
            lane = lane_of.get(_text(node.get("swimlaneId")))
            if stage is None:
                lost += 1
                continue
            step = stage.steps[0].id
            if node.get("isMomentOfTruth") is True:
                stage.moment_of_truth = True
            score = _number(node.get("score"))
            if score is not None and abs(score) <= 1_000_000:
                scored.setdefault(stage.id, []).append((score, _text(node.get("sentiment")).strip()))
            bp = node.get("blueprint")
            if isinstance(bp, dict):
                self._note_unknown("nodes[].blueprint", bp)
                for key in BLUEPRINT_LANES:
                    entries = bp.get(key) if isinstance(bp.get(key), list) else [bp.get(key)]
                    blueprint[key].extend((step, t) for t in map(_entry_text, entries) if t)
            if lane is None:
                lost += 1
                continue
            title, description = _text(node.get("title")).strip(), _text(node.get("description")).strip()
            if not title:
                title, description = description, ""
            severity = _text(node.get("severity")).strip().lower()
            raw_tags = node.get("tags") if isinstance(node.get("tags"), list) else []
            tags = [self._fit(t.strip(), limits.TAG_MAX, "tags") for t in raw_tags if isinstance(t, str) and t.strip()]
            self._card(step, lane.id, title, note=self._fit(description, limits.NOTE_MAX, "descriptions"),
                       tags=tags[:limits.TAGS_MAX], color=_color(node.get("iconColor")),
                       priority=Priority(severity) if severity in {p.value for p in Priority} else None)
        if lost:
            self.warnings.append(f"{lost} node(s) name a stage or swimlane the file does not have; "
                                 "they were left out")
        self._score_lane(stages, scored)
        self._blueprint_lanes(blueprint)

    def _score_lane(self, stages: list[Stage], scored: dict[str, list[tuple[float, str]]]) -> None:
        self.scores: list[float] = []
        if not scored:
            return
        lane = Lane(id=new_id("lane"), kind=LaneKind.EMOTIONS, title="Score")
        for stage in stages:
            if stage.id in scored:
                values = scored[stage.id]
                mean = sum(v for v, _ in values) / len(values)
                words = Counter(s for _, s in values if s)
                label = words.most_common(1)[0][0] if words else ""
                lane.points.append(EmotionPoint(step=stage.steps[0].id, score=round(mean, 3),
                                                label=self._fit(label, limits.NAME_MAX, "names")))
                self.scores.append(round(mean, 3))
        self.lanes.append(lane)

    def _blueprint_lanes(self, blueprint: dict[str, list[tuple[str, str]]]) -> None:
        for key, title in BLUEPRINT_LANES.items():
            if not blueprint[key]:
                continue
            lane = next((ln for ln in self.lanes if ln.title.strip().casefold() == title.casefold()), None)
            lane = lane or self._lane(title)
            for step, text in blueprint[key]:
                self._card(step, lane.id, text)
