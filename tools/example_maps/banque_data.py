"""The bank example as a living map: linked to ``examples/data/banque-enquete.csv`` (2,000
survey answers), with metric rules, a data-driven "Satisfaction mesurée" curve, and the
measures of a refresh made when the example is built."""

from __future__ import annotations

from pathlib import Path

from journey_studio.datasources import compute_refresh
from journey_studio.model import Journey, Lane, LaneData, LaneKind

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def link_survey(journey: Journey) -> Journey:
    data = journey.model_dump(by_alias=True)
    m = data["map"]
    m["dataSources"] = [{
        "id": "source-enquete", "name": "Enquête satisfaction 2026", "kind": "csv",
        "path": "data/banque-enquete.csv",
        "columns": {"step": "étape", "value": "note", "metric": "indicateur", "date": "date",
                    "segment": "segment"},
    }]
    m["metrics"] = [
        {"name": "CSAT", "aggregate": "csat", "unit": "%", "good": 80, "bad": 60, "answerMin": 1, "answerMax": 5},
        {"name": "NPS", "aggregate": "nps", "good": 30, "bad": 0, "answerMin": 0, "answerMax": 10},
        {"name": "CES", "aggregate": "mean", "good": 2.5, "bad": 4, "answerMin": 1, "answerMax": 7},
    ]
    lanes = m["lanes"]
    at = next(i for i, lane in enumerate(lanes) if lane["kind"] == LaneKind.EMOTIONS) + 1
    lanes.insert(at, Lane(id="lane-satisfaction-mesuree", kind=LaneKind.EMOTIONS, title="Satisfaction mesurée",
                          description="Moyenne des notes CSAT de l'enquête, ramenée sur l'échelle des émotions.",
                          data=LaneData(source="source-enquete", metric="CSAT")).model_dump(by_alias=True))
    linked = Journey.model_validate(data)
    result = compute_refresh(linked, EXAMPLES)
    linked.map.metrics = result.metrics
    linked.map.measures = result.measures
    for lane in linked.map.lanes:
        if lane.id in result.points:
            lane.points = result.points[lane.id]
    return Journey.model_validate(linked.model_dump(by_alias=True))
