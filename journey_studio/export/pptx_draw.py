"""A laid-out map (or some of its lanes) on a slide, in groups a consultant can move.

Paint order, back to front: the lanes (bands and headers), the lines between cells, the
emotion curves, then one group per stage holding its header, step headers, faces and cards.
When only some lanes are shown (a stage continued over two slides), they move up under the
stage header.
"""

from __future__ import annotations

from collections.abc import Callable

from ..render.geometry import LineShape, MapLayout
from ..render.style import Metrics
from .pptx_painter import SlidePainter, stage_of_steps
from .pptx_style import Place


def draw_map(shapes, layout: MapLayout, place: Place, k: Metrics, stage_names: dict[str, str],
             lanes: set[str] | None = None, images: Callable[[str], bytes | None] | None = None) -> None:
    """Draw ``layout`` on a slide's ``shapes``; ``lanes``: the lane ids shown (all when None);
    ``images``: an asset id's image bytes (card images)."""
    shown = [lane for lane in layout.lanes if lanes is None or lane.lane_id in lanes]
    head_bottom = layout.lanes[0].rect.y if layout.lanes else layout.height
    first_y = shown[0].rect.y if shown else head_bottom
    bottom = head_bottom + sum(lane.rect.h for lane in shown)
    lane_place = place.shifted(head_bottom - first_y)
    ids = {lane.lane_id for lane in shown}
    root = SlidePainter(shapes, place, images=images)

    root.shapes_of(layout.background)
    if shown:
        group = root.group("Lanes")
        group.place = lane_place
        for lane in shown:
            group.lane(lane, k.lane_line, f"Lane {lane.lane_id}", lane.row)
    _grid_lines(root.group("Grid"), layout, place, lane_place, head_bottom, first_y, shown, bottom)
    for curve in layout.curves:
        if curve.lane_id in ids:
            group = root.group(f"Emotion curve {curve.lane_id}")
            group.place = lane_place
            group.curve(curve)
    stage_of = stage_of_steps(layout)
    for stage in layout.stages:
        group = root.group(f"Stage: {stage_names.get(stage.stage_id, stage.stage_id)}")
        group.stage(stage, k.stage_line, f"Stage header {stage.stage_id}")
        for step in layout.steps:
            if step.stage_id == stage.stage_id:
                group.step(step, f"Step header {step.step_id}")
        lanes_part = group.at(place=lane_place)
        for curve in layout.curves:
            if curve.lane_id in ids:
                for point in curve.points:
                    if stage_of.get(point.step_id) == stage.stage_id:
                        lanes_part.point(point)
        for card in layout.cards:
            if card.lane_id in ids and stage_of.get(card.step_id) == stage.stage_id:
                lanes_part.card(card, k.card_font, k.card_line, k.card_padding)
    root.finish()


def _grid_lines(painter: SlidePainter, layout: MapLayout, place: Place, lane_place: Place, head_bottom: float,
                first_y: float, shown, bottom: float) -> None:
    """The lines between cells, cut to the lanes shown."""
    last_y = first_y + (bottom - head_bottom)  # the bottom of the shown lanes, in layout units
    lane_bottoms = {lane.rect.bottom for lane in shown}
    for line in layout.grid_lines:
        if not isinstance(line, LineShape):
            continue
        if line.x1 == line.x2:  # vertical: the header part as it is, the lanes part cut and moved
            top, end = min(line.y1, line.y2), max(line.y1, line.y2)
            if top < head_bottom:
                painter.at(place=place).line(_vertical(line, top, min(end, head_bottom)))
            lo, hi = max(top, first_y), min(end, last_y)
            if hi > lo:
                painter.at(place=lane_place).line(_vertical(line, lo, hi))
        elif line.y1 in lane_bottoms:
            painter.at(place=lane_place).line(line)


def _vertical(line: LineShape, y1: float, y2: float) -> LineShape:
    return LineShape(line.x1, y1, line.x2, y2, line.color, line.width, line.dash)

