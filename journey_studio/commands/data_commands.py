"""The living map's data: sources, metric rules, measures and data-driven emotion lanes."""

from __future__ import annotations

from ..model import DataSource, EmotionPoint, Journey, LaneData, Measure, MetricRule
from .base import MapCommand, Notify
from .change import Change

#: Per lane id: its data link (None: drawn by hand) and its points (None: left as they are).
LaneSetting = tuple[LaneData | None, list[EmotionPoint] | None]


class SetDataCommand(MapCommand):
    """Replace the map's data sources, metric rules and measures, and the data link and points
    of some emotion lanes, in one step (a refresh, or the Data Sources dialog's OK).

    ``redo`` and ``undo`` are the same swap: each puts back what the other took away."""

    def __init__(self, journey: Journey, sources: list[DataSource], metrics: list[MetricRule],
                 measures: list[Measure], lanes: dict[str, LaneSetting], text: str,
                 notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.state = (sources, metrics, measures, lanes)

    def _swap(self) -> list[Change]:
        sources, metrics, measures, lanes = self.state
        m = self.map
        old_lanes: dict[str, LaneSetting] = {}
        for lane_id, (data, points) in lanes.items():
            lane = m.find_lane(lane_id)
            old_lanes[lane_id] = (lane.data, None if points is None else lane.points)
            lane.data = data
            if points is not None:
                lane.points = points
        self.state = (m.data_sources, m.metrics, m.measures, old_lanes)
        m.data_sources, m.metrics, m.measures = sources, metrics, measures
        changes = [Change("map", "updated", (m.id,))]
        if lanes:
            changes.append(Change("points", "updated", tuple(lanes)))
        return changes

    def _redo(self) -> list[Change]:
        return self._swap()

    def _undo(self) -> list[Change]:
        return self._swap()


def checked_data(journey_map, sources, metrics, measures, lanes: dict[str, LaneSetting]):
    """The new data as model objects, refused with one line (ValueError) when the map they
    would make breaks a rule (an unknown source, a point off the scale...)."""
    from pydantic import TypeAdapter, ValidationError

    from ..model import Map, integrity_problems

    try:
        sources = TypeAdapter(list[DataSource]).validate_python(list(sources))
        metrics = TypeAdapter(list[MetricRule]).validate_python(list(metrics))
        measures = TypeAdapter(list[Measure]).validate_python(
            list(journey_map.measures if measures is None else measures))
    except ValidationError as exc:
        error = exc.errors()[0]
        raise ValueError(f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}") from None
    trial = journey_map.model_copy(update={"data_sources": sources, "metrics": metrics, "measures": measures,
                                           "lanes": [lane.model_copy() for lane in journey_map.lanes]})
    for lane_id, (data, points) in lanes.items():
        lane = trial.find_lane(lane_id)
        if lane is None:
            raise ValueError(f"no lane with id '{lane_id}'")
        lane.data = data
        if points is not None:
            lane.points = points
    problems = integrity_problems(trial)
    if problems:
        raise ValueError(problems[0])
    assert isinstance(trial, Map)
    return sources, metrics, measures, lanes
