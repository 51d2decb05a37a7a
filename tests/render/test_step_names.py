"""Step names wrap in their header instead of being cut after one line: the step header row is
as tall as the longest name needs, up to ``step_max_lines`` lines (then "…"). No Qt."""

from __future__ import annotations

import pytest

from journey_studio.model import Journey
from journey_studio.render.fonts import ascent
from journey_studio.render.geometry import TextShape
from journey_studio.render.layout import LayoutOptions, layout_map, step_line
from journey_studio.render.projector import PROJECTOR_METRICS
from journey_studio.render.style import METRICS
from sample_maps import rich_journey

REVIEW = "Dort, travaille, petit-déjeune"  # cut "Dort, travaille,…" in the review's PDF


def _named(*names: str) -> Journey:
    data = rich_journey().model_dump(mode="json", by_alias=True)
    steps = [step for stage in data["map"]["stages"] for step in stage["steps"]]
    for step, name in zip(steps, names):
        step["name"] = name
    return Journey.model_validate(data)


def _texts(box) -> list[str]:
    return [s.text for s in box.shapes if isinstance(s, TextShape)]


@pytest.mark.parametrize("metrics", [METRICS, PROJECTOR_METRICS])
def test_a_long_step_name_wraps_and_the_row_grows_for_every_step(metrics):
    short = layout_map(_named("Search", "Pay").map, LayoutOptions(metrics=metrics))
    long = layout_map(_named("Search", REVIEW).map, LayoutOptions(metrics=metrics))
    box = next(b for b in long.steps if "Dort," in " ".join(_texts(b)))
    assert " ".join(_texts(box)) == REVIEW and len(_texts(box)) == 2  # whole, on two lines
    heights = {b.rect.h for b in long.steps if b.rect.h}
    assert heights == {metrics.step_height + step_line(metrics)}  # one row, as tall for every step
    assert {b.rect.h for b in short.steps if b.rect.h} == {metrics.step_height}  # one line: as before
    assert long.grid.y == short.grid.y and long.lanes[0].rect.y == short.lanes[0].rect.y + step_line(metrics)
    for b in long.steps:  # every line inside its header
        for shape in (s for s in b.shapes if isinstance(s, TextShape)):
            assert b.rect.y <= shape.y - ascent(shape.font.size) and shape.y <= b.rect.bottom


def test_a_name_longer_than_three_lines_is_cut_with_an_ellipsis():
    name = " ".join(["Compare les offres des hôtels"] * 6)
    layout = layout_map(_named("Search", name).map)
    box = next(b for b in layout.steps if _texts(b) and _texts(b)[0].startswith("Compare"))
    assert len(_texts(box)) == METRICS.step_max_lines and _texts(box)[-1].endswith("…")
    assert box.rect.h == METRICS.step_height + (METRICS.step_max_lines - 1) * step_line()
