"""Points of emotion lanes, and the emotion scale of the map."""

from __future__ import annotations

from ..model import EmotionPoint, EmotionScale, Journey
from .base import MapCommand, Notify
from .change import Change


def _point_index(points: list[EmotionPoint], step_id: str) -> int:
    return next(j for j, point in enumerate(points) if point.step == step_id)


class SetPointCommand(MapCommand):
    """Give step ``step_id`` of an emotion lane a point, or change the one it has.

    A new point is placed among the lane's points in the order of the steps.
    """

    def __init__(self, journey: Journey, lane_id: str, step_id: str, score: float, label: str,
                 text: str = "Set emotion", notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.lane_id, self.step_id, self.score, self.label = lane_id, step_id, score, label
        self.old: tuple[float, str] | None = None  # None: there was no point

    def _points(self) -> list[EmotionPoint]:
        return self.map.find_lane(self.lane_id).points

    def _redo(self) -> list[Change]:
        points = self._points()
        existing = next((p for p in points if p.step == self.step_id), None)
        if existing is None:
            self.old = None
            order = {step_id: n for n, step_id in enumerate(self.map.step_ids())}
            mine = order[self.step_id]
            at = next((j for j, p in enumerate(points) if order.get(p.step, -1) > mine), len(points))
            points.insert(at, EmotionPoint(step=self.step_id, score=self.score, label=self.label))
        else:
            self.old = (existing.score, existing.label)
            existing.score, existing.label = self.score, self.label
        return [Change("points", "updated", (self.lane_id,))]

    def _undo(self) -> list[Change]:
        points = self._points()
        j = _point_index(points, self.step_id)
        if self.old is None:
            points.pop(j)
        else:
            points[j].score, points[j].label = self.old
        return [Change("points", "updated", (self.lane_id,))]


class RemovePointCommand(MapCommand):
    def __init__(self, journey: Journey, lane_id: str, step_id: str, text: str = "Remove emotion",
                 notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.lane_id, self.step_id = lane_id, step_id
        self.index = -1
        self.point: EmotionPoint | None = None

    def _redo(self) -> list[Change]:
        points = self.map.find_lane(self.lane_id).points
        self.index = _point_index(points, self.step_id)
        self.point = points.pop(self.index)
        return [Change("points", "updated", (self.lane_id,))]

    def _undo(self) -> list[Change]:
        self.map.find_lane(self.lane_id).points.insert(self.index, self.point)
        return [Change("points", "updated", (self.lane_id,))]


def rescale(score: float, old: EmotionScale, new: EmotionScale) -> float:
    """``score`` at the same proportion of ``new`` as it was of ``old``."""
    value = new.min + (score - old.min) * (new.max - new.min) / (old.max - old.min)
    return min(max(round(value, 6), new.min), new.max)


class SetEmotionScaleCommand(MapCommand):
    """Change the scale and move every point to the same proportion of the new one."""

    def __init__(self, journey: Journey, new_min: float, new_max: float,
                 text: str = "Change emotion scale", notify: Notify | None = None):
        super().__init__(journey, text, notify)
        self.new_scale = EmotionScale(min=new_min, max=new_max)
        self.old_scale: EmotionScale | None = None
        self.old_scores: list[tuple[str, int, float]] = []

    def _changes(self) -> list[Change]:
        lanes = tuple(lane.id for lane in self.map.lanes if lane.points)
        changes = [Change("map", "updated", (self.map.id,))]
        return changes + ([Change("points", "updated", lanes)] if lanes else [])

    def _redo(self) -> list[Change]:
        m = self.map
        self.old_scale = m.emotion_scale
        self.old_scores = [(lane.id, j, p.score) for lane in m.lanes for j, p in enumerate(lane.points)]
        for lane in m.lanes:
            for point in lane.points:
                point.score = rescale(point.score, self.old_scale, self.new_scale)
        m.emotion_scale = self.new_scale
        return self._changes()

    def _undo(self) -> list[Change]:
        m = self.map
        for lane_id, j, score in self.old_scores:
            m.find_lane(lane_id).points[j].score = score
        m.emotion_scale = self.old_scale
        return self._changes()
