"""The map: persona, stages, lanes and cards, and the rules that tie them together."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field, model_validator

from . import limits
from .base import Id, JourneyModel, Number, optional_list, text_field
from .card import Card
from .data_source import DataSource, Measure, MetricRule
from .kinds import LaneKind, Language
from .lane import Lane
from .persona import Persona
from .stage import Stage, Step
from .view import View


class EmotionScale(JourneyModel):
    """The range of emotion scores, from most negative to most positive."""

    min: Number = -2
    max: Number = 2

    @model_validator(mode="after")
    def _ordered(self) -> "EmotionScale":
        if not self.min < self.max:
            raise ValueError(f"min ({self.min:g}) must be below max ({self.max:g})")
        return self

    @property
    def neutral(self) -> float:
        """The score that means "neither good nor bad": 0 when the scale holds it."""
        return 0.0 if self.min <= 0 <= self.max else (self.min + self.max) / 2


class Map(JourneyModel):
    id: Id
    title: str = text_field(limits.NAME_MAX)
    description: str = text_field(limits.TEXT_MAX)
    language: Language = Language.EN
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    #: Whose journeys the map follows; the first is the main persona (format version 2).
    personas: list[Persona] = Field(default_factory=lambda: [Persona()], min_length=1,
                                    max_length=limits.PERSONAS_MAX)
    stages: list[Stage] = Field(default_factory=list, max_length=limits.STAGES_MAX)
    lanes: list[Lane] = Field(default_factory=list, max_length=limits.LANES_MAX)
    cards: list[Card] = Field(default_factory=list, max_length=limits.CARDS_MAX)
    #: The living map: where its data comes from, how metrics are computed, what they gave.
    data_sources: list[DataSource] = optional_list(limits.DATA_SOURCES_MAX)
    metrics: list[MetricRule] = optional_list(limits.METRICS_MAX)
    measures: list[Measure] = optional_list(limits.MEASURES_MAX)
    #: Saved filters ("pain points only"), chosen on screen or at export time.
    views: list[View] = optional_list(limits.VIEWS_MAX)

    @model_validator(mode="after")
    def _consistent(self) -> "Map":
        steps = sum(len(stage.steps) for stage in self.stages)
        if steps > limits.STEPS_MAX:
            raise ValueError(f"the map has {steps:,} steps; a map holds at most {limits.STEPS_MAX:,}")
        problems = integrity_problems(self)
        if problems:
            raise ValueError(problems[0])
        return self

    # --- read helpers (pure, no mutation) -------------------------------------------
    @property
    def main_persona(self) -> Persona:
        """The first persona: the one the map is mainly about."""
        return self.personas[0]

    def find_persona(self, persona_id: str) -> Persona | None:
        return next((p for p in self.personas if p.id == persona_id), None)

    def persona_of(self, lane: Lane) -> Persona:
        """The persona whose feelings an emotion lane draws (the main one when it names none)."""
        return (self.find_persona(lane.persona) if lane.persona else None) or self.main_persona

    def find_view(self, name: str) -> View | None:
        wanted = name.casefold()
        return next((v for v in self.views if v.name.casefold() == wanted), None)

    def steps(self) -> Iterator[Step]:
        for stage in self.stages:
            yield from stage.steps

    def step_ids(self) -> list[str]:
        return [step.id for step in self.steps()]

    def stage_of_step(self, step_id: str) -> Stage | None:
        for stage in self.stages:
            if any(step.id == step_id for step in stage.steps):
                return stage
        return None

    def find_stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.stages if s.id == stage_id), None)

    def find_step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps() if s.id == step_id), None)

    def find_lane(self, lane_id: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def find_card(self, card_id: str) -> Card | None:
        return next((c for c in self.cards if c.id == card_id), None)

    def cards_in(self, step_id: str, lane_id: str) -> list[Card]:
        """The cards of one cell, in their order."""
        return [c for c in self.cards if c.step == step_id and c.lane == lane_id]

    def emotion_lanes(self) -> list[Lane]:
        return [lane for lane in self.lanes if lane.kind == LaneKind.EMOTIONS]

    def find_data_source(self, source_id: str) -> DataSource | None:
        return next((s for s in self.data_sources if s.id == source_id), None)

    def measures_of(self, step_id: str) -> list[Measure]:
        """The measures of one step, in the order of the map's metric rules, then by name."""
        order = {rule.name.casefold(): i for i, rule in enumerate(self.metrics)}
        found = [m for m in self.measures if m.step == step_id]
        return sorted(found, key=lambda m: (order.get(m.metric.casefold(), len(order)), m.metric.casefold()))


def integrity_problems(m: Map) -> list[str]:
    """Every broken rule of a map, each as ``path: what is wrong``; empty when sound."""
    problems: list[str] = []
    seen: dict[str, str] = {}

    def claim(identifier: str, path: str) -> None:
        if identifier in seen:
            problems.append(f"{path}.id: duplicate id '{identifier}' (already used at {seen[identifier]})")
        else:
            seen[identifier] = path

    persona_ids: set[str] = set()
    for i, persona in enumerate(m.personas):
        claim(persona.id, f"personas[{i}]")
        persona_ids.add(persona.id)
    step_ids: set[str] = set()
    for i, stage in enumerate(m.stages):
        claim(stage.id, f"stages[{i}]")
        for j, step in enumerate(stage.steps):
            claim(step.id, f"stages[{i}].steps[{j}]")
            step_ids.add(step.id)
    lane_ids: set[str] = set()
    scale = m.emotion_scale
    for i, lane in enumerate(m.lanes):
        claim(lane.id, f"lanes[{i}]")
        lane_ids.add(lane.id)
        if lane.points and lane.kind != LaneKind.EMOTIONS:
            problems.append(f"lanes[{i}].points: only an emotions lane holds points, this one is '{lane.kind}'")
        pointed: set[str] = set()
        for j, point in enumerate(lane.points):
            path = f"lanes[{i}].points[{j}]"
            if point.step not in step_ids:
                problems.append(f"{path}.step: no step with id '{point.step}'")
            if point.step in pointed:
                problems.append(f"{path}.step: a second point on step '{point.step}' (one per step)")
            pointed.add(point.step)
            if not scale.min <= point.score <= scale.max:
                problems.append(
                    f"{path}.score: {point.score:g} is outside the emotion scale {scale.min:g}..{scale.max:g}"
                )
    for i, lane in enumerate(m.lanes):
        if lane.persona is not None and lane.persona not in persona_ids:
            problems.append(f"lanes[{i}].persona: no persona with id '{lane.persona}'")
        if (lane.persona is not None or lane.variant is not None) and lane.kind != LaneKind.EMOTIONS:
            problems.append(f"lanes[{i}]: only an emotions lane belongs to a persona or a variant")
    view_names: set[str] = set()
    for i, view in enumerate(m.views):
        if view.name.casefold() in view_names:
            problems.append(f"views[{i}].name: a second view named '{view.name}'")
        view_names.add(view.name.casefold())
    source_ids: set[str] = set()
    for i, source in enumerate(m.data_sources):
        claim(source.id, f"dataSources[{i}]")
        source_ids.add(source.id)
    for i, lane in enumerate(m.lanes):
        if lane.data is not None:
            if lane.kind != LaneKind.EMOTIONS:
                problems.append(f"lanes[{i}].data: only an emotions lane is driven by data")
            if lane.data.source not in source_ids:
                problems.append(f"lanes[{i}].data.source: no data source with id '{lane.data.source}'")
    for i, measure in enumerate(m.measures):
        if measure.source not in source_ids:
            problems.append(f"measures[{i}].source: no data source with id '{measure.source}'")
    names: set[str] = set()
    for i, rule in enumerate(m.metrics):
        if rule.name.casefold() in names:
            problems.append(f"metrics[{i}].name: a second rule for the metric '{rule.name}'")
        names.add(rule.name.casefold())
    for i, card in enumerate(m.cards):
        claim(card.id, f"cards[{i}]")
        if card.step not in step_ids:
            problems.append(f"cards[{i}].step: no step with id '{card.step}'")
        if card.lane not in lane_ids:
            problems.append(f"cards[{i}].lane: no lane with id '{card.lane}'")
    return problems
