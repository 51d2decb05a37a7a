"""Which slides a deck has, and which part of the map each stage slide shows. No python-pptx, no Qt.

A stage slide shows the stage's steps and every lane with text of at least 14 pt, so it reads
on a projector. When a stage is too tall for one slide at that size, its lanes continue on the
next slide ("2/2"); a stage too wide is cut between steps. The export dialog lists the plan
before anything is written.
"""

from __future__ import annotations

import dataclasses
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
COLUMN_GAP = 18.0  # pt between the columns of a stage slide
MIN_TEXT_PT = 14.0
MIN_SCALE = MIN_TEXT_PT / 15 + 0.01  # points per map unit on a stage slide
MAX_SCALE = 1.3  # a small stage is not blown up past this


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
    """One stage slide: the layout of the stage (its steps only) and the lanes shown, in one
    column or, when the stage is narrow, in several columns side by side (each under its own
    copy of the stage header)."""

    layout: MapLayout
    columns: list[list[str]] = field(default_factory=list)
    scale: float = 1.0

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
    """The stage's steps cut into groups narrow enough for a slide at ``MIN_SCALE``."""
    per = max(1, int((width_pt / MIN_SCALE - k.lane_header_width) // k.column_width))
    ids = [s.id for s in stage.steps]
    return [tuple(ids[i:i + per]) for i in range(0, len(ids), per)]


def header_bottom(layout: MapLayout) -> float:
    return layout.lanes[0].rect.y if layout.lanes else layout.height


def stage_pages(m: Map, stage: Stage, step_ids: tuple[str, ...], size: str) -> list[StagePage]:
    """The slides of one stage's steps: all lanes on one when they fit at ``MIN_SCALE``, else
    lanes continued over several slides (each no taller than a slide)."""
    _, _, width, height = content_box(size)
    layout = layout_map(stage_map(m, stage, step_ids), LayoutOptions(metrics=SLIDE_METRICS))
    fit = min(width / layout.width, height / layout.height)
    if fit >= MIN_SCALE or not layout.lanes:
        return [StagePage(layout, [[lane.lane_id for lane in layout.lanes]], min(fit, MAX_SCALE))]
    scale = min(MIN_SCALE, width / layout.width)
    room = height / scale - header_bottom(layout)
    pages: list[list] = [[]]
    used = 0.0
    for lane in layout.lanes:
        if pages[-1] and used + lane.rect.h > room:
            pages.append([])
            used = 0.0
        pages[-1].append(lane)
        used += lane.rect.h
    per_slide = max(1, int((width + COLUMN_GAP) // (layout.width * scale + COLUMN_GAP)))
    per_slide = min(per_slide, len(pages))
    # full columns first; the lanes are evened out only when they all go on one slide
    columns = _balanced(pages, room, len(pages)) if len(pages) <= per_slide else pages
    out = []
    for i in range(0, len(columns), per_slide):
        chunk = columns[i:i + per_slide]
        tall = header_bottom(layout) + max(sum(lane.rect.h for lane in lanes) for lanes in chunk)
        out.append(StagePage(layout, [[lane.lane_id for lane in lanes] for lanes in chunk], min(scale, height / tall)))
    return out


def _balanced(pages: list[list], room: float, count: int) -> list[list]:
    """The lanes of greedy ``pages`` spread evenly over ``count`` columns (each lane goes to the
    column its middle falls in), when every column still fits ``room``."""
    lanes = [lane for page in pages for lane in page]
    if count < 2 or count > len(lanes):
        return pages
    target = sum(lane.rect.h for lane in lanes) / count
    out: list[list] = [[] for _ in range(count)]
    done = 0.0
    for lane in lanes:
        out[min(count - 1, int((done + lane.rect.h / 2) // target))].append(lane)
        done += lane.rect.h
    if all(out) and all(sum(lane.rect.h for lane in column) <= room or len(column) == 1 for column in out):
        return out
    return pages


def overview_layout(journey: Journey) -> MapLayout:
    return layout_map(journey, LayoutOptions())


def deck_plan(journey: Journey, slides: str = "all", size: str = "16:9") -> list[SlidePlan]:
    """The slides of a deck, in order (what the export dialog lists)."""
    m = journey.map
    plan = [SlidePlan("title", m.title or "Untitled map")]
    if slides in ("all", "overview"):  # one slide per persona that has something to show
        for persona in m.personas:
            if not persona_is_empty(persona):
                plan.append(SlidePlan("persona", persona.name or "Persona", persona.id))
    if slides in ("all", "overview"):
        plan.append(SlidePlan("overview", m.title or "Overview"))
    if slides in ("all", "stages"):
        _, _, width, _ = content_box(size)
        for stage in m.stages:
            chunks = step_chunks(stage, width)
            pages = [(chunk, page) for chunk in chunks for page in stage_pages(m, stage, chunk, size)]
            for i, (chunk, page) in enumerate(pages):
                plan.append(SlidePlan("stage", stage.name, stage.id, chunk, tuple(page.lane_ids),
                                      i + 1, len(pages)))
    if slides in ("all", "overview") and ranking(m):
        plan.append(SlidePlan("votes", "Dot votes"))
    return plan

