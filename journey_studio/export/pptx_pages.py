"""Which slides a deck has, and which part of the map each stage slide shows. No python-pptx, no Qt.

A stage slide shows the stage's steps with every text at 14 pt or more, so it reads on a
projector, and uses the slide's width: the step columns are widened to fill it. A stage shows
every lane when they all fit on one slide at that size; when they do not, the lanes with nothing
in the stage (no card, no emotion point, no measure) are left out (the speaker notes name them),
and only when the lanes with content still do not fit do they continue on the next slide
("2/2"): over the fewest slides the lanes make at 14 pt, cut, in their order, into parts as even
as can be, every part at one scale and one layout (the largest scale at which that many slides
hold them), so no part is a scrap and none is drawn larger than another; a stage narrow enough
puts columns of lanes side by side when that makes fewer slides (every slide then has as many
columns as the lanes allow, all as wide). A part is short only when its one lane cannot join
the lane before or after it even at 14 pt. A stage too wide is cut between steps, into groups
as even as can be, all at one scale. The export dialog lists the plan before anything is
written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Journey, Map, Stage
from ..render.geometry import MapLayout
from ..render.layout import LayoutOptions, layout_map
from ..render.persona_block import persona_is_empty
from ..render.style import METRICS, Metrics
from ..vote_ranking import ranking

#: slide sizes in points (width, height)
SLIDE_SIZES: dict[str, tuple[float, float]] = {
    "16:9": (960.0, 540.0),
    "4:3": (720.0, 540.0),
    "A4": (841.89, 595.28),
}
SLIDE_SETS = ("all", "overview", "stages")

MARGIN = 28.0  # pt around the slide's content
TITLE_H = 46.0  # pt: the slide's title above the map
#: the layout's sizes on stage slides: every text at least 15 map units (footer, emotion words,
#: step names), so at ``MIN_SCALE`` nothing is below 14 pt
SLIDE_METRICS: Metrics = dataclasses.replace(
    METRICS, meta_font=15, meta_height=26, emotion_font=15, step_font=15, step_height=34, curve_height=150,
    lane_min_height=0)
COLUMN_GAP = 18.0  # pt between the columns of lanes side by side on a stage slide
MIN_TEXT_PT = 14.0
MIN_SCALE = MIN_TEXT_PT / 15  # points per map unit on a stage slide: 15 map units are 14 pt
MAX_SCALE = 1.3  # a small stage is not blown up past this
#: the widest a step column gets when it is widened to fill the slide (map units): a one-step
#: stage fills a 16:9 slide even at ``MIN_SCALE``
MAX_COLUMN = 4 * METRICS.column_width
_SEARCH_STEPS = 6  # halvings of the scale range when looking for the largest scale that fits


@dataclass(frozen=True)
class SlidePlan:
    kind: str  # "title", "persona", "overview", "stage", "votes"
    title: str
    stage_id: str | None = None
    step_ids: tuple[str, ...] = ()
    lane_ids: tuple[str, ...] = ()
    part: int = 1
    parts: int = 1


@dataclass
class StagePage:
    """One stage slide: the layout of the stage (its steps only, the step columns widened to the
    slide), the lanes shown, in one column or, when a narrow stage continues over several
    slides, in several side by side (each under its own copy of the stage header), the scale
    (points per map unit) and the lanes left out because nothing of theirs is in the stage."""

    layout: MapLayout
    columns: list[list[str]] = field(default_factory=list)
    scale: float = 1.0
    left_out: tuple[str, ...] = ()

    @property
    def lane_ids(self) -> list[str]:
        return [lane for column in self.columns for lane in column]


def content_box(size: str) -> tuple[float, float, float, float]:
    """Left, top, width, height (points) where the map goes on a slide."""
    w, h = SLIDE_SIZES[size]
    return MARGIN, MARGIN + TITLE_H, w - 2 * MARGIN, h - MARGIN - TITLE_H - MARGIN * 0.7


def stage_map(m: Map, stage: Stage, step_ids: tuple[str, ...]) -> Map:
    """The map cut down to one stage and some of its steps (same ids: cards stay recognisable)."""
    keep = set(step_ids)
    part = stage.model_copy(update={"steps": [s for s in stage.steps if s.id in keep]})
    lanes = [lane.model_copy(update={"points": [p for p in lane.points if p.step in keep]}) for lane in m.lanes]
    return m.model_copy(update={"stages": [part], "lanes": lanes, "cards": [c for c in m.cards if c.step in keep]})


def step_chunks(stage: Stage, width_pt: float, k: Metrics = SLIDE_METRICS) -> list[tuple[str, ...]]:
    """The stage's steps cut into groups narrow enough for a slide at ``MIN_SCALE``, as even as
    can be (five steps where four fit: three and two, not four and one)."""
    per = max(1, int((width_pt / MIN_SCALE - k.lane_header_width) // k.column_width))
    ids = [s.id for s in stage.steps]
    count = -(-len(ids) // per)
    bounds = [round(i * len(ids) / count) for i in range(count + 1)]
    return [tuple(ids[bounds[i]:bounds[i + 1]]) for i in range(count)]


def header_bottom(layout: MapLayout) -> float:
    return layout.lanes[0].rect.y if layout.lanes else layout.height


def filled_lanes(layout: MapLayout) -> set[str]:
    """The lanes with something in the laid-out part of the map: a card, an emotion point or a
    measure drawn across the row."""
    filled = {card.lane_id for card in layout.cards}
    filled |= {curve.lane_id for curve in layout.curves if curve.points}
    filled |= {lane.lane_id for lane in layout.lanes if getattr(lane, "row_shapes", None)}
    return filled


def _layout_at(part: Map, steps: int, scale: float, width: float) -> MapLayout:
    """The stage's layout with its step columns as wide as the slide allows at ``scale``."""
    k = SLIDE_METRICS
    column = min(MAX_COLUMN, max(k.column_width, (width / scale - k.lane_header_width) / max(steps, 1)))
    return layout_map(part, LayoutOptions(metrics=dataclasses.replace(k, column_width=column)))


def _tall(layout: MapLayout, lanes: list[str]) -> float:
    shown = set(lanes)
    return header_bottom(layout) + sum(lane.rect.h for lane in layout.lanes if lane.lane_id in shown)


def _fits(layout: MapLayout, runs: list[list[str]], scale: float, width: float, height: float) -> bool:
    return layout.width * scale <= width + 0.01 and all(_tall(layout, lanes) * scale <= height + 0.01
                                                        for lanes in runs)


def _largest_scale(fits: Callable[[float], MapLayout | None],
                   top_scale: float) -> tuple[float, MapLayout] | None:
    """The largest scale (``MIN_SCALE`` to ``top_scale``, the range halved ``_SEARCH_STEPS``
    times) at which ``fits`` gives a layout, with that layout; None when not even at ``MIN_SCALE``."""
    best = fits(MIN_SCALE)
    if best is None:
        return None
    if (top := fits(top_scale)) is not None:
        return top_scale, top
    lo, hi = MIN_SCALE, top_scale
    for _ in range(_SEARCH_STEPS):
        mid = (lo + hi) / 2
        if (found := fits(mid)) is not None:
            lo, best = mid, found
        else:
            hi = mid
    return lo, best


def _largest_fit(part: Map, steps: int, runs: list[list[str]], width: float,
                 height: float, top_scale: float = MAX_SCALE) -> tuple[float, MapLayout] | None:
    """The largest scale (``MIN_SCALE`` to ``top_scale``) at which each run of lanes fits a
    slide, with its layout; None when they do not fit even at ``MIN_SCALE``."""

    def fits(scale: float) -> MapLayout | None:
        layout = _layout_at(part, steps, scale, width)
        return layout if _fits(layout, runs, scale, width, height) else None

    return _largest_scale(fits, top_scale)


def stage_pages(m: Map, stage: Stage, step_ids: tuple[str, ...], size: str,
                top_scale: float = MAX_SCALE) -> list[StagePage]:
    """The slides of one stage's steps: every lane on one slide when they fit at ``MIN_SCALE``;
    else the lanes with content only, on one slide or continued over as few slides as can be,
    in one column or in columns side by side (the fewest slides; one column on a tie). No
    slide above ``top_scale``."""
    _, _, width, height = content_box(size)
    part, steps = stage_map(m, stage, step_ids), len(step_ids)
    first = _layout_at(part, steps, MIN_SCALE, width)
    every = [lane.lane_id for lane in first.lanes]
    found = _largest_fit(part, steps, [every], width, height, top_scale)
    if found is not None or not every:
        scale, layout = found or (MIN_SCALE, first)
        return [StagePage(layout, [every], scale)]
    filled = filled_lanes(first)
    shown = [lane for lane in every if lane in filled]
    left_out = tuple(lane for lane in every if lane not in filled)
    found = _largest_fit(part, steps, [shown], width, height, top_scale)
    if found is not None or not shown:  # (a stage with nothing at all: its header and steps)
        scale, layout = found or (MIN_SCALE, first)
        return [StagePage(layout, [shown], scale, left_out)]
    k = SLIDE_METRICS
    narrowest = (k.lane_header_width + steps * k.column_width) * MIN_SCALE
    most = max(1, int((width + COLUMN_GAP) // (narrowest + COLUMN_GAP)))
    best: list[StagePage] = []
    for count in range(1, most + 1):
        pages = _continued(part, steps, shown, width, height, count, left_out, top_scale)
        if pages and (not best or len(pages) < len(best)):
            best = pages
    return best


def _heights(layout: MapLayout, shown: list[str]) -> list[float]:
    keep = set(shown)
    return [lane.rect.h for lane in layout.lanes if lane.lane_id in keep]


def _fewest_runs(heights: list[float], room: float) -> int:
    """How few runs, in order, the lanes of ``heights`` make with none taller than ``room``
    (a lane taller than that alone)."""
    runs, used = 0, room + 1.0
    for h in heights:
        if used + h > room + 0.01:
            runs, used = runs + 1, 0.0
        used += h
    return runs


def _even_runs(heights: list[float], count: int, room: float) -> list[tuple[int, int]]:
    """The lanes of ``heights`` cut, in order, into exactly ``count`` runs no taller than
    ``room`` (a taller lane alone) and as even as can be (the least sum of the runs' squared
    heights; the lighter runs last), as (start, end) index pairs."""
    n = len(heights)
    total = [0.0]
    for h in heights:
        total.append(total[-1] + h)
    inf = float("inf")
    cost = [[inf] * (count + 1) for _ in range(n + 1)]  # cost[i][r]: the first i lanes in r runs
    cut = [[0] * (count + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(1, n + 1):
        for r in range(1, min(i, count) + 1):
            for j in range(r - 1, i):
                run = total[i] - total[j]
                if run > room + 0.01 and i - j > 1:
                    continue
                c = cost[j][r - 1] + run * run
                if c <= cost[i][r] + 1e-6:  # on a tie the later cut: the lighter runs come last
                    cost[i][r], cut[i][r] = min(c, cost[i][r]), j
    bounds, i = [], n
    for r in range(count, 0, -1):
        bounds.append((cut[i][r], i))
        i = cut[i][r]
    return bounds[::-1]


def _continued(part: Map, steps: int, shown: list[str], width: float, height: float, count: int,
               left_out: tuple[str, ...], top_scale: float = MAX_SCALE) -> list[StagePage]:
    """The lanes ``shown`` continued over as few slides as can be, ``count`` columns of lanes
    side by side on each (each as wide as they leave), every slide at one scale and one layout:
    the largest scale at which that many slides hold them, the lanes cut into runs as even as
    can be. Empty when ``count`` columns do not fit side by side at ``MIN_SCALE``."""
    column_w = (width - COLUMN_GAP * (count - 1)) / count
    low = _layout_at(part, steps, MIN_SCALE, column_w)
    if low.width * MIN_SCALE > column_w + 0.01:
        return []
    least = _fewest_runs(_heights(low, shown), height / MIN_SCALE - header_bottom(low))
    slides = -(-least // count)
    runs = least if count == 1 else min(slides * count, len(shown))

    def fits(scale: float) -> MapLayout | None:
        layout = low if scale == MIN_SCALE else _layout_at(part, steps, scale, column_w)
        room = height / scale - header_bottom(layout)
        heights = _heights(layout, shown)
        if layout.width * scale > column_w + 0.01 or max(heights) > room + 0.01:
            return None
        return layout if _fewest_runs(heights, room) <= runs else None

    # a lane taller than a slide: everything at MIN_SCALE, that lane's slide smaller
    scale, layout = _largest_scale(fits, top_scale) or (MIN_SCALE, low)
    room = height / scale - header_bottom(layout)
    ids = [lane.lane_id for lane in layout.lanes if lane.lane_id in set(shown)]
    columns = [ids[a:b] for a, b in _even_runs(_heights(layout, shown), runs, room)]
    pages = []
    for i in range(0, len(columns), count):
        chunk = columns[i:i + count]
        tall = max(_tall(layout, lanes) for lanes in chunk)
        pages.append(StagePage(layout, chunk, min(scale, height / tall), left_out))
    return pages


def overview_layout(journey: Journey) -> MapLayout:
    return layout_map(journey, LayoutOptions())


def planned_slides(journey: Journey, slides: str = "all",
                   size: str = "16:9") -> list[tuple[SlidePlan, StagePage | None]]:
    """The slides of a deck, in order, each stage slide with its page (laid out once)."""
    m = journey.map
    plan: list[tuple[SlidePlan, StagePage | None]] = [(SlidePlan("title", m.title or "Untitled map"), None)]
    if slides in ("all", "overview"):  # one slide per persona that has something to show
        for persona in m.personas:
            if not persona_is_empty(persona):
                plan.append((SlidePlan("persona", persona.name or "Persona", persona.id), None))
    if slides in ("all", "overview"):
        plan.append((SlidePlan("overview", m.title or "Overview"), None))
    if slides in ("all", "stages"):
        _, _, width, _ = content_box(size)
        for stage in m.stages:
            chunks = step_chunks(stage, width)
            pages = [(chunk, page) for chunk in chunks for page in stage_pages(m, stage, chunk, size)]
            if len(chunks) > 1 and len({page.scale for _, page in pages}) > 1:  # one scale for the stage
                top = max(MIN_SCALE, min(page.scale for _, page in pages))
                pages = [(chunk, page) for chunk in chunks for page in stage_pages(m, stage, chunk, size, top)]
            for i, (chunk, page) in enumerate(pages):
                plan.append((SlidePlan("stage", stage.name, stage.id, chunk, tuple(page.lane_ids), i + 1,
                                       len(pages)), page))
    if slides in ("all", "overview") and ranking(m):
        plan.append((SlidePlan("votes", "Dot votes"), None))
    return plan


def deck_plan(journey: Journey, slides: str = "all", size: str = "16:9") -> list[SlidePlan]:
    """The slides of a deck, in order (what the export dialog lists)."""
    return [item for item, _ in planned_slides(journey, slides, size)]
