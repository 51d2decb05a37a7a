"""What the phones see: the map's stages, the open lanes and their cards, and the round (Qt-free).

The round has a phase (``contributing``: participants add cards; ``voting``: they give dots;
``ended``: nothing is accepted) and may be paused by the facilitator. The state the API reports
is ``paused`` while paused, else the phase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Mapping

from ..model import LaneKind, Map

#: the lanes open to participants unless the facilitator chooses others
DEFAULT_OPEN_KINDS = (LaneKind.THOUGHTS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES)
DEFAULT_DOTS = 3
DOTS_MAX = 20


class Phase(StrEnum):
    CONTRIBUTING = "contributing"
    VOTING = "voting"
    ENDED = "ended"


@dataclass
class Round:
    phase: Phase = Phase.CONTRIBUTING
    paused: bool = False
    dots: int = DEFAULT_DOTS

    @property
    def state(self) -> str:
        return "paused" if self.paused and self.phase != Phase.ENDED else str(self.phase)


def default_open_lanes(journey_map: Map) -> list[str]:
    """The visible thoughts, pain points and opportunities lanes, in map order."""
    return [lane.id for lane in journey_map.lanes if lane.kind in DEFAULT_OPEN_KINDS and not lane.hidden]


def map_view(journey_map: Map, open_lanes: list[str], hidden_cards: set[str], round_: Round,
             version: int) -> dict[str, Any]:
    """The JSON of ``GET api/map`` shared by every participant."""
    stage_of = {step.id: stage.id for stage in journey_map.stages for step in stage.steps}
    lanes = [lane for lane in journey_map.lanes if lane.id in set(open_lanes)]
    listed = {lane.id for lane in lanes}
    return {
        "title": journey_map.title,
        "language": str(journey_map.language),  # the page speaks the map's language
        "stages": [{"id": s.id, "name": s.name} for s in journey_map.stages],
        "lanes": [{"id": lane.id, "title": lane.title, "kind": str(lane.kind)} for lane in lanes],
        "cards": [{"id": c.id, "stage": stage_of.get(c.step, ""), "lane": c.lane, "text": c.text,
                   "votes": c.votes}
                  for c in journey_map.cards if c.lane in listed and c.id not in hidden_cards],
        "round": {"state": round_.state, "dots": round_.dots},
        "version": version,
    }


@dataclass(frozen=True)
class PublicState:
    """What the server thread may read at any time: replaced whole, never changed in place."""

    view: Mapping[str, Any] = field(default_factory=dict)
    #: participant -> card id -> dots that participant gave it in this voting round
    dots_given: Mapping[str, Mapping[str, int]] = field(default_factory=lambda: MappingProxyType({}))

    def for_participant(self, participant: str | None) -> dict[str, Any]:
        view = dict(self.view)
        if participant:
            given = dict(self.dots_given.get(participant, {}))
            dots = view.get("round", {}).get("dots", 0)
            view["you"] = {"votes": given, "dotsLeft": max(0, dots - sum(given.values()))}
        return view
