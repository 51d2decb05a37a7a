"""A laid-out map (or some of its lanes) on a slide, in groups a consultant can move.

Paint order, back to front: the lanes (bands and headers), the lines between cells, the
emotion curves, then one group per stage holding its header, step headers, faces and cards.
When only some lanes are shown (a stage's lanes with content, or a stage continued over several
slides), each moves up under the one shown before it, the first under the stage header.
"""

from __future__ import annotations

from collections.abc import Callable

from ..render.geometry import LineShape, MapLayout
from ..render.style import Metrics
from .pptx_painter import SlidePainter, stage_of_steps
from .pptx_style import Place


def draw_map(shapes, layout: MapLayout, place: Place, k: Metrics, stage_names: dict[str, str],
             lanes: set[str] | None = None, images: Callable[[str], bytes | None] | None = None,
             card_texts: dict[str, str] | None = None) -> None:
    """Draw ``layout`` on a slide's ``shapes``; ``lanes``: the lane ids shown (all when None);
    ``images``: an asset id's image bytes (card images); ``card_texts``: a card id's own text
    (set as its paragraphs, word-wrapped; else the layout's lines)."""
    shown = [lane for lane in layout.lanes if lanes is None or lane.lane_id in lanes]
    head_bottom = layout.lanes[0].rect.y if layout.lanes else layout.height
    places: dict[str, Place] = {}  # each lane shown: where it goes, under the one before
    y = head_bottom
    for lane in shown:
        places[lane.lane_id] = place.shifted(y - lane.rect.y)
        y += lane.rect.h
    root = SlidePainter(shapes, place, images=images, card_texts=card_texts)

    root.shapes_of(layout.background)
    if shown:
        group = root.group("Lanes")
        for lane in shown:
            group.at(place=places[lane.lane_id]).lane(lane, k.lane_line, f"Lane {lane.lane_id}", lane.row)
    _grid_lines(root.group("Grid"), layout, head_bottom, shown)
    for curve in layout.curves:
        if curve.lane_id in places:
            group = root.group(f"Emotion curve {curve.lane_id}")
            group.place = places[curve.lane_id]
            group.curve(curve)
    stage_of = stage_of_steps(layout)
    for stage in layout.stages:
        group = root.group(f"Stage: {stage_names.get(stage.stage_id, stage.stage_id)}")
        group.stage(stage, k.stage_line, f"Stage header {stage.stage_id}")
        for step in layout.steps:
            if step.stage_id == stage.stage_id:
                group.step(step, f"Step header {step.step_id}")
        for curve in layout.curves:
            if curve.lane_id in places:
                for point in curve.points:
                    if stage_of.get(point.step_id) == stage.stage_id:
                        group.at(place=places[curve.lane_id]).point(point)
        for card in layout.cards:
            if card.lane_id in places and stage_of.get(card.step_id) == stage.stage_id:
                group.at(place=places[card.lane_id]).card(card, k.card_font, k.card_line, k.card_padding)
    root.finish()


def _grid_lines(painter: SlidePainter, layout: MapLayout, head_bottom: float, shown) -> None:
    """The lines between cells, cut to the lanes shown and moved with them: a vertical line is
    drawn over the header as it is and over the shown lanes in one piece where they follow
    each other; a horizontal one under each lane shown."""
    moves = []  # (top, bottom, shift) of each lane shown, in layout units
    y = head_bottom
    for lane in shown:
        moves.append((lane.rect.y, lane.rect.bottom, y - lane.rect.y))
        y += lane.rect.h
    for line in layout.grid_lines:
        if not isinstance(line, LineShape):
            continue
        if line.x1 == line.x2:
            top, end = min(line.y1, line.y2), max(line.y1, line.y2)
            pieces: list[list[float]] = []
            if top < head_bottom:
                pieces.append([top, min(end, head_bottom)])
            for lane_top, lane_bottom, shift in moves:
                lo, hi = max(top, lane_top), min(end, lane_bottom)
                if hi <= lo:
                    continue
                if pieces and abs(pieces[-1][1] - (lo + shift)) < 1e-6:
                    pieces[-1][1] = hi + shift
                else:
                    pieces.append([lo + shift, hi + shift])
            for lo, hi in pieces:
                painter.line(LineShape(line.x1, lo, line.x2, hi, line.color, line.width, line.dash))
        else:
            for _, lane_bottom, shift in moves:
                if abs(line.y1 - lane_bottom) < 1e-6:
                    painter.line(LineShape(line.x1, line.y1 + shift, line.x2, line.y2 + shift, line.color,
                                           line.width, line.dash))
