"""Map checks: what a reviewer would point out, each finding tied to its place on the map.

Pure functions of a :class:`~journey_studio.model.Map` (no Qt), shared by View › Checks and
``journey-studio check FILE``.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from ..model import LaneKind, Map

#: every check: its id (for ``--off`` and the settings) and what it looks for
CHECKS: dict[str, str] = {
    "pain-without-opportunity": "a pain point with no opportunity in the same step",
    "step-without-touchpoint": "a step with no touchpoint",
    "unexplained-drop": "an emotion drop of two or more points with no pain point in that step",
    "empty-stage": "a stage with nothing in it",
    "duplicate-card": "two cards of one lane with the same text",
    "empty-moment-of-truth": "a moment of truth with no card",
    "old-evidence": "evidence older than the chosen age",
}

#: evidence older than this many days is pointed out (unless another age is chosen)
DEFAULT_MAX_AGE_DAYS = 365


@dataclass(frozen=True)
class Finding:
    check: str
    message: str
    #: where it is: "card", "step", "stage" or "point"; ``ids``: (card,), (step,), (stage,) or (lane, step)
    kind: str
    ids: tuple[str, ...]


def run_checks(m: Map, off: Collection[str] = (), today: datetime.date | None = None,
               max_age_days: int = DEFAULT_MAX_AGE_DAYS) -> list[Finding]:
    """Every finding of the checks not turned ``off``, check by check, in map order."""
    unknown = set(off) - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown check '{sorted(unknown)[0]}' (checks: {', '.join(CHECKS)})")
    found: list[Finding] = []
    facts = _Facts(m)
    for check, run in (
        ("pain-without-opportunity", _pain_without_opportunity),
        ("step-without-touchpoint", _step_without_touchpoint),
        ("unexplained-drop", _unexplained_drop),
        ("empty-stage", _empty_stage),
        ("duplicate-card", _duplicate_card),
        ("empty-moment-of-truth", _empty_moment_of_truth),
    ):
        if check not in off:
            found += run(facts)
    if "old-evidence" not in off:
        found += _old_evidence(facts, today or datetime.date.today(), max_age_days)
    return found


class _Facts:
    """What the checks ask of a map, computed once."""

    def __init__(self, m: Map):
        self.m = m
        self.kind = {lane.id: lane.kind for lane in m.lanes}
        self.steps = m.step_ids()
        self.step_name = {}
        for stage in m.stages:
            for step in stage.steps:
                self.step_name[step.id] = step.name or stage.name or step.id
        self.kinds_in_step: dict[str, set[LaneKind]] = {}
        for card in m.cards:
            self.kinds_in_step.setdefault(card.step, set()).add(self.kind.get(card.lane))

    def has(self, step_id: str, kind: LaneKind) -> bool:
        return kind in self.kinds_in_step.get(step_id, set())


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1] + "…"


def _pain_without_opportunity(f: _Facts) -> Iterable[Finding]:
    for card in f.m.cards:
        if f.kind.get(card.lane) == LaneKind.PAIN_POINTS and not f.has(card.step, LaneKind.OPPORTUNITIES):
            yield Finding("pain-without-opportunity",
                          f"pain point “{_short(card.text)}” has no opportunity in step “{f.step_name[card.step]}”",
                          "card", (card.id,))


def _step_without_touchpoint(f: _Facts) -> Iterable[Finding]:
    if not any(lane.kind == LaneKind.TOUCHPOINTS for lane in f.m.lanes):
        return
    for step in f.steps:
        if not f.has(step, LaneKind.TOUCHPOINTS):
            yield Finding("step-without-touchpoint", f"step “{f.step_name[step]}” has no touchpoint", "step", (step,))


def _unexplained_drop(f: _Facts) -> Iterable[Finding]:
    order = {step: i for i, step in enumerate(f.steps)}
    for lane in f.m.emotion_lanes():
        points = sorted((p for p in lane.points if p.step in order), key=lambda p: order[p.step])
        for before, after in zip(points, points[1:]):
            if before.score - after.score >= 2 and not f.has(after.step, LaneKind.PAIN_POINTS):
                yield Finding("unexplained-drop",
                              f"“{lane.title or lane.id}” drops by {before.score - after.score:g} at step "
                              f"“{f.step_name[after.step]}” with no pain point there", "point", (lane.id, after.step))


def _stage_is_empty(f: _Facts, stage) -> bool:
    steps = {step.id for step in stage.steps}
    return (not any(card.step in steps for card in f.m.cards)
            and not any(p.step in steps for lane in f.m.lanes for p in lane.points))


def _empty_stage(f: _Facts) -> Iterable[Finding]:
    for stage in f.m.stages:
        if _stage_is_empty(f, stage):
            yield Finding("empty-stage", f"stage “{stage.name or stage.id}” is empty", "stage", (stage.id,))


def _duplicate_card(f: _Facts) -> Iterable[Finding]:
    seen: dict[tuple[str, str], str] = {}
    for card in f.m.cards:
        words = re.sub(r"\W+", " ", card.text.casefold()).strip()
        if not words:
            continue
        key = (card.lane, words)
        if key in seen:
            yield Finding("duplicate-card", f"“{_short(card.text)}” is written twice in one lane", "card", (card.id,))
        else:
            seen[key] = card.id


def _empty_moment_of_truth(f: _Facts) -> Iterable[Finding]:
    for stage in f.m.stages:
        steps = {step.id for step in stage.steps}
        if stage.moment_of_truth and not any(card.step in steps for card in f.m.cards):
            yield Finding("empty-moment-of-truth", f"moment of truth “{stage.name or stage.id}” has no card",
                          "stage", (stage.id,))


def _old_evidence(f: _Facts, today: datetime.date, max_age_days: int) -> Iterable[Finding]:
    limit = today - datetime.timedelta(days=max_age_days)
    for card in f.m.cards:
        date = card.source.date if card.source else None
        if date is not None and date < limit:
            yield Finding("old-evidence", f"the {card.source.kind} behind “{_short(card.text)}” dates from "
                                          f"{date.isoformat()}, more than {max_age_days} days ago", "card", (card.id,))
