"""Journeys of a chosen size for the storage tests."""

from __future__ import annotations

from support import EXAMPLES
from journey_studio.fileformat import load
from journey_studio.model import Card, Journey


def journey_with_cards(count: int, label: str, title: str | None = None) -> Journey:
    journey = load(EXAMPLES[0])
    step = journey.map.stages[0].steps[0].id
    lane = journey.map.lanes[0].id
    journey.map.cards = [Card(id=f"card-{i}", step=step, lane=lane, text=f"{label} card {i} " + "x" * 80)
                         for i in range(count)]
    if title is not None:
        journey.map.title = title
    return journey
