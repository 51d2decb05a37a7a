"""The dot-vote ranking of a map: the cards that got votes, most votes first. No Qt.

Shown by the Votes panel and on the ranking slide of a PowerPoint export.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Map


@dataclass(frozen=True)
class VotedCard:
    card_id: str
    votes: int
    text: str
    stage: str
    lane: str


def ranking(journey_map: Map) -> list[VotedCard]:
    """The cards with at least one vote, most votes first; ties keep the map's order."""
    stage_of = {step.id: stage.name for stage in journey_map.stages for step in stage.steps}
    lane_of = {lane.id: lane.title or str(lane.kind) for lane in journey_map.lanes}
    voted = [VotedCard(c.id, c.votes, c.text, stage_of.get(c.step, ""), lane_of.get(c.lane, ""))
             for c in journey_map.cards if c.votes > 0]
    return sorted(voted, key=lambda v: -v.votes)  # sorted() is stable
