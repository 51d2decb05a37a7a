"""One layout for every painter: a map becomes geometry in map units, with no Qt.

``layout_map`` decides where every stage, step, lane, cell, card, text line, emotion point
and curve segment goes. The canvas, the PNG and the PDF exports draw the result, so what
is on screen is what is printed, and the layout is tested without a screen.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import Card, EmotionScale, Journey, LaneKind, Language, Map
from ..vocabulary import CHANNEL_NAMES, PERSONA_HEADINGS, PRIORITY_NAMES
from . import style
from ..emotion_steps import format_score
from ..gc_pause import collector_paused
from .curve import TO_BE_DASH, curve_shapes, face_shapes, star_path
from .fonts import FontStyle, ascent, text_width
from .geometry import (
    CardBox, CardRow, CurveBox, Font, IconShape, ImageShape, LaneBox, LineShape, MapLayout, PathShape,
    PointBox, Rect, RectShape, Shape, StageBox, StepBox, TextShape,
)
from .layout_cache import LayoutCache, Row, shifted
from .measure_tiles import TILE_GAP, step_measures, tile_height, tile_shapes, tiles_height
from .persona_block import persona_box, persona_is_empty, title_box
from .style import METRICS, Metrics
from .french import french_spacing
from .text import clamp_lines, wrap, wrap_narrowed


@dataclass(frozen=True)
class LayoutOptions:
    show_title: bool = False
    show_persona: bool = False
    #: with ``show_title``: the map's description wrapped under the title (PNG, PDF poster)
    show_description: bool = False
    include_hidden: bool = False
    metrics: Metrics = field(default_factory=lambda: METRICS)
    #: cards a saved view leaves out: drawn faded (exports made "with a view")
    dimmed: frozenset[str] = frozenset()
    #: View › Evidence: under each step header, a bar of the share of its cards backed by a
    #: source other than "assumption"
    show_evidence: bool = False
    #: the small vote count in a card's footer; off while dot voting shows its big badges,
    #: and then every card keeps its top-right corner free of text for one (``vote_badge_rect``:
    #: the cards re-wrap once when voting starts, never at a click)
    vote_counts: bool = True
    #: presentation mode's projector look: darker text, upright labels, thicker lines
    #: (see render/projector.py; the fonts come from its PROJECTOR_METRICS)
    high_contrast: bool = False


def layout_map(source: Journey | Map, options: LayoutOptions = LayoutOptions(),
               cache: LayoutCache | None = None) -> MapLayout:
    """The geometry of ``source``. ``cache``: the one given to the previous layout of the same
    map (the editor keeps one): cards whose inputs did not change are reused, not made again;
    the result is equal to a layout without cache."""
    journey_map = source.map if isinstance(source, Journey) else source
    with collector_paused():  # the layout's objects all stay alive: no use looking for cycles
        if cache is None or options.high_contrast:  # the projector look rewrites shapes in place: no reuse
            layout = _Layouter(journey_map, options, LayoutCache()).run()
        else:
            cache.begin(options)
            try:
                try:
                    layout = _Layouter(journey_map, options, cache).run()
                except _StaleNotes:  # start again, looking at every card
                    cache.forget_notes()
                    cache.begin(options)
                    layout = _Layouter(journey_map, options, cache).run()
            except BaseException:
                cache.abandon()
                raise
            cache.end()
    if options.high_contrast:
        from .projector import projector_look

        layout = projector_look(layout)
    return layout


#: a card's image thumbnail: its height, and the gap under it
THUMB_HEIGHT = 96.0
THUMB_GAP = 6.0
COMMENT_COLOR = "#7e22ce"
#: the comment badge: its height, its distance from the card's top and right edges, and the
#: room kept between it and the card's first line of text
BADGE_HEIGHT = 16.0
BADGE_INSET = 3.0
BADGE_GAP = 4.0
#: the dot-vote badge's room at a card's top-right corner while voting (the canvas draws the
#: badge there, see canvas/vote_mode.py), inside the card, BADGE_INSET from its edges
VOTE_BADGE_SIZE = 34.0
EVIDENCE_COLOR = "#15803d"


class _CardFacts(NamedTuple):
    """What a card's box is made from (a snapshot: the model's card may change later)."""

    id: str
    step: str
    lane: str
    text: str
    color: str | None
    channel: str | None
    owner: str
    priority: str | None
    votes: int
    example: bool = False
    #: evidence on the card: its image's asset id, and one "resolved" flag per comment
    image: str | None = None
    comments: tuple[bool, ...] = ()
    #: faded by a saved view (an export "with a view")
    dimmed: bool = False


def grid_width(journey_map: Map, metrics: Metrics = METRICS) -> float:
    """The width of the laid-out map, known without laying it out (lane headers + one column a step)."""
    n_steps = sum(len(stage.steps) for stage in journey_map.stages)
    return metrics.lane_header_width + max(n_steps, 1) * metrics.column_width


def least_height(journey_map: Map, metrics: Metrics = METRICS) -> float:
    """A floor under the laid-out map's height, known without laying it out (its lanes at their
    smallest): enough to refuse an image far too large before the layout is made."""
    return metrics.lane_min_height * sum(1 for lane in journey_map.lanes if not lane.hidden)


#: room at the left of an emotion band for the scale's ticks (max, neutral, min)
TICK_ROOM = 30.0


def point_shapes(x: float, y: float, score: float, label: str, scale: EmotionScale,
                 k: Metrics = METRICS) -> list[Shape]:
    """An emotion point centred on (x, y): a face whose mouth follows the score, its word under it."""
    half = (scale.max - scale.min) / 2
    ratio = (score - (scale.max + scale.min) / 2) / half if half else 0.0
    r = k.face_radius
    shapes = face_shapes(x, y, r, ratio)
    width = k.column_width - 24
    lines = clamp_lines(wrap(label, width, FontStyle.ITALIC, k.emotion_font), 1, width, FontStyle.ITALIC,
                        k.emotion_font)
    if lines:
        text_w = text_width(lines[0], FontStyle.ITALIC, k.emotion_font)
        shapes.append(TextShape(x - text_w / 2, y + r + 6 + ascent(k.emotion_font), lines[0],
                                Font(FontStyle.ITALIC, k.emotion_font), style.INK))
    return shapes


def band_shapes(curve: CurveBox, scale: EmotionScale, coords: list[tuple[float, float]],
                k: Metrics = METRICS, language: str = "en") -> list[Shape]:
    """What an emotion band draws under its faces: the scale's ticks, the neutral line, the tinted
    areas and the curve through ``coords`` (the faces' centres, left to right)."""
    band = curve.rect
    plot = Rect(band.x + TICK_ROOM, band.y, band.w - TICK_ROOM, band.h)
    return scale_ticks(curve, scale, k, language) + curve_shapes(plot, curve.neutral_y, coords, curve.color,
                                                              curve.dash)


def scale_ticks(curve: CurveBox, scale: EmotionScale, k: Metrics = METRICS, language: str = "en") -> list[Shape]:
    """The top, neutral and bottom scores written at the left of an emotion band (in the
    map's ``language``: « −0,5 »)."""
    font = Font(FontStyle.REGULAR, k.meta_font)
    shapes: list[Shape] = []
    for score in dict.fromkeys((scale.max, scale.neutral, scale.min)):
        text = format_score(score, scale, language)
        width = text_width(text, font.style, font.size)
        baseline = curve.y_of(score) + ascent(font.size) / 2 - 1
        shapes.append(TextShape(curve.rect.x + TICK_ROOM - 6 - width, baseline, text, font, style.MUTED))
    return shapes


def step_line(metrics: Metrics = METRICS) -> float:
    """The distance between two lines of a step's name."""
    return metrics.step_font * 1.3


def card_text_width(metrics: Metrics = METRICS) -> float:
    """The width card text is wrapped to."""
    return metrics.column_width - 2 * metrics.cell_padding - 2 * metrics.card_padding


def comment_badge_width(count: int, metrics: Metrics = METRICS) -> float:
    """The width of the badge showing ``count`` comments."""
    return max(22.0, text_width(str(count), FontStyle.BOLD, metrics.meta_font) + 12)


def vote_badge_rect(card: Rect) -> Rect:
    """Where the dot-vote badge of a card at ``card`` goes while voting: a square in its top-right
    corner, inside it, that no text line reaches (the layout wraps the first lines short of it)."""
    return Rect(card.right - BADGE_INSET - VOTE_BADGE_SIZE, card.y + BADGE_INSET, VOTE_BADGE_SIZE, VOTE_BADGE_SIZE)


def _badge_room(comments: tuple, image: str | None, voting: bool, metrics: Metrics) -> tuple[float, ...]:
    """How much of the width of the card's first text lines the badges at its top-right take:
    the comment badge beside the first line, the dot-vote badge (while voting) beside the lines
    its height reaches. Nothing, (), with an image: the text starts below it, the badges are over it."""
    if image is not None or not (comments or voting):
        return ()
    first = comment_badge_width(len(comments), metrics) + BADGE_INSET + BADGE_GAP - metrics.card_padding \
        if comments else 0.0
    if not voting:
        return (first,)
    beside = VOTE_BADGE_SIZE + BADGE_INSET + BADGE_GAP - metrics.card_padding
    lines = max(1, math.ceil((BADGE_INSET + VOTE_BADGE_SIZE - metrics.card_padding) / metrics.card_line))
    return (max(first, beside),) + (beside,) * (lines - 1)


class _StaleNotes(Exception):
    """What the layout cache was told changed does not match the map."""


def _size_key(facts: tuple, metrics: Metrics, voting: bool = False,
              french: bool = False) -> tuple[str, bool, bool, bool, tuple[float, ...], bool]:
    """What a card's measured size depends on: its text, whether it has a footer (channel,
    owner, priority, or votes but not while voting: the big badge shows them, and a card does
    not grow at its first vote), whether it is an example (italics), whether it has an image,
    the room its badges take beside the first lines, and whether the map is French."""
    has_meta = bool(facts[5] or facts[6] or facts[7] or facts[8] and not voting)
    return facts[3], has_meta, facts[9], facts[10] is not None, _badge_room(facts[11], facts[10], voting, metrics), \
        french


class _Layouter:
    def __init__(self, journey_map: Map, options: LayoutOptions, cache: LayoutCache):
        self.m = journey_map
        self.o = options
        self.k = options.metrics
        self.language = Language(journey_map.language)
        #: French typography on display: no line break at the spaces around : ; ! ? « »
        self.french = self.language == Language.FR
        self.voting = not options.vote_counts
        self.cache = cache
        self.columns: tuple[tuple[str, float], ...] = ()  # (step id, x) of each column, left to right
        self._step_specs: list[tuple] = []
        self._headers_key: tuple = ()

    # --- the whole map -----------------------------------------------------------------
    def run(self) -> MapLayout:
        k = self.k
        map_width = grid_width(self.m, k)
        top = 0.0
        title = persona = None
        if self.o.show_title:
            title = title_box(self.m, Rect(0, top, map_width, k.title_height), k, self.o.show_description)
            top += title.rect.h
        if self.o.show_persona and not all(persona_is_empty(p) for p in self.m.personas):
            persona = persona_box(self.m, Rect(0, top, map_width, k.persona_height), k)
            top += k.persona_height + 12
        layout = MapLayout(width=map_width, height=0, grid=Rect(0, top, map_width, 0),
                           title=title, persona=persona)
        header_bottom = self._stages_and_steps(layout, top)
        bottom = self._lanes(layout, header_bottom)
        layout.grid = Rect(0, top, map_width, bottom - top)
        layout.steps = self._step_boxes(bottom)
        if self.o.show_evidence:
            self._evidence_bars(layout, header_bottom)
        layout.height = bottom
        self._grid_lines(layout, top, header_bottom, bottom)
        return layout

    # --- headers -------------------------------------------------------------------------
    def _stages_and_steps(self, layout: MapLayout, top: float) -> float:
        """The stage headers from ``top`` (the last ones when no stage or step changed), and the
        columns of the steps (``self.columns``; their headers are made by ``_step_boxes``); the
        bottom of the headers."""
        cache = self.cache
        key = cache.last("headers") if cache.unchanged("stages", "steps") else None
        if key is None or key[1] != top:
            key = ("headers", top, self.french, tuple((stage.id, stage.name, stage.color, stage.moment_of_truth,
                                          tuple((step.id, step.name) for step in stage.steps))
                                         for stage in self.m.stages))
        cache.keep("headers", key)
        self._headers_key = key
        corner, stages, steps, columns, bottom = cache.block(key, lambda: self._headers(top))
        layout.background.append(corner)
        layout.stages += stages
        self._step_specs, self.columns = steps, cache.columns(columns)
        return bottom

    def _step_boxes(self, bottom: float) -> list[StepBox]:
        """The step boxes, each with its column down to ``bottom`` (the last ones when the
        headers and the bottom did not change; shared between layouts unless evidence bars
        are drawn on them)."""
        def make() -> list[StepBox]:
            return [StepBox(rect=rect, shapes=shapes if shapes is not None else [], step_id=step_id,
                            stage_id=stage_id, column=Rect(rect.x, rect.y, rect.w, bottom - rect.y))
                    for rect, shapes, step_id, stage_id in self._step_specs]

        boxes = self.cache.block(("steps", self._headers_key, bottom), make)
        if self.o.show_evidence:  # the bars are added to the boxes' shapes
            return [dataclasses.replace(box) for box in boxes]
        return list(boxes)

    def _headers(self, top: float) -> tuple[RectShape, list[StageBox], list[tuple], tuple, float]:
        """The corner above the lane headers, the stage boxes, the step headers as (rect,
        shapes or None, step id, stage id), the columns (step id, x) and their bottom."""
        k = self.k
        show_steps = any(len(s.steps) > 1 or any(step.name for step in s.steps) for s in self.m.stages)
        stage_lines = {}
        for stage in self.m.stages:
            width = len(stage.steps) * k.column_width - 2 * 14 - (26 if stage.moment_of_truth else 0)
            lines = wrap(self._shown(stage.name), width, FontStyle.BOLD, k.stage_font)
            stage_lines[stage.id] = clamp_lines(lines, k.stage_max_lines, width, FontStyle.BOLD, k.stage_font)
        used = max((len(lines) for lines in stage_lines.values()), default=1)
        stage_h = 2 * 13 + max(used, 1) * k.stage_line
        step_h = 0.0
        if show_steps:  # one row for every step header: as many lines as the longest name needs
            step_lines = max((len(self._step_lines(step.name)) for stage in self.m.stages for step in stage.steps),
                             default=1)
            step_h = k.step_height + (max(step_lines, 1) - 1) * step_line(k)
        # the corner above the lane headers
        corner = RectShape(Rect(0, top, k.lane_header_width, stage_h + step_h), fill=style.PAPER)
        stages: list[StageBox] = []
        steps: list[tuple] = []
        x = k.lane_header_width
        for stage in self.m.stages:
            width = len(stage.steps) * k.column_width
            single = len(stage.steps) == 1 and not stage.steps[0].name
            rect = Rect(x, top, width, stage_h + (step_h if single else 0))
            lines = stage_lines[stage.id]
            stages.append(self.cache.memo(
                ("stage", stage.id, stage.color, stage.moment_of_truth, x, top, width, rect.h, lines),
                lambda _key, stage=stage, rect=rect, lines=lines: self._stage_box(stage, rect, lines)))
            for i, step in enumerate(stage.steps):
                col_x = x + i * k.column_width
                header = Rect(col_x, top + stage_h, k.column_width, 0 if single else step_h)
                shapes = None
                if header.h:
                    shapes = self.cache.memo(("step", step.name, self.french, col_x, header.y, header.h),
                                             lambda _key, name=step.name, header=header:
                                             self._step_shapes(name, header))
                steps.append((header, shapes, step.id, stage.id))
            x += width
        columns = tuple((step_id, rect.x) for rect, _shapes, step_id, _stage_id in steps)
        return corner, stages, steps, columns, top + stage_h + step_h

    def _evidence_bars(self, layout: MapLayout, bottom: float) -> None:
        """A thin bar at the foot of each step's header: green for the share of its cards backed
        by evidence, grey for the rest (guesswork); nothing for a step with no card."""
        backed: dict[str, int] = {}
        total: dict[str, int] = {}
        for card in self.m.cards:
            total[card.step] = total.get(card.step, 0) + 1
            if card.source is not None and card.source.kind != "assumption":
                backed[card.step] = backed.get(card.step, 0) + 1
        for box in layout.steps:
            count = total.get(box.step_id, 0)
            if not count:
                continue
            track = Rect(box.rect.x + 8, bottom - 7, box.rect.w - 16, 4)
            share = backed.get(box.step_id, 0) / count
            bar = [RectShape(track, fill="#c9d1d8", radius=2)]
            if share:
                bar.append(RectShape(Rect(track.x, track.y, track.w * share, track.h), fill=EVIDENCE_COLOR, radius=2))
            # new lists and boxes: the header shapes may be shared with the layout cache
            if box.rect.h > 0:
                box.shapes = [*box.shapes, *bar]
            else:  # a plain column: its stage header reaches down to the grid
                at = next(i for i, s in enumerate(layout.stages) if s.stage_id == box.stage_id)
                layout.stages[at] = dataclasses.replace(layout.stages[at], shapes=[*layout.stages[at].shapes, *bar])

    def _stage_box(self, stage, rect: Rect, lines: tuple[str, ...]) -> StageBox:
        fill = stage.color or style.STAGE_FILL
        ink = style.text_on(fill)
        shapes: list[Shape] = [RectShape(rect, fill=fill, stroke=style.PAPER, stroke_width=1)]
        y = rect.y + 13
        for line in lines:
            shapes.append(TextShape(rect.x + 14, y + ascent(self.k.stage_font), line,
                                    Font(FontStyle.BOLD, self.k.stage_font), ink))
            y += self.k.stage_line
        if stage.moment_of_truth:
            shapes.append(RectShape(Rect(rect.x, rect.bottom - 5, rect.w, 5), fill=style.MOMENT_OF_TRUTH))
            shapes.append(PathShape(star_path(rect.right - 20, rect.y + 22, 11),
                                    fill=style.MOMENT_OF_TRUTH, stroke=style.INK, stroke_width=1))
        return StageBox(rect=rect, shapes=shapes, stage_id=stage.id)

    def _step_lines(self, name: str) -> tuple[str, ...]:
        """A step's name in lines, at most ``step_max_lines`` (the last cut with "…")."""
        k = self.k
        width = k.column_width - 20
        return clamp_lines(wrap(self._shown(name), width, FontStyle.BOLD, k.step_font), k.step_max_lines, width,
                           FontStyle.BOLD, k.step_font)

    def _step_shapes(self, name: str, rect: Rect) -> list[Shape]:
        """A step header: its name's lines centred in the row's height."""
        k = self.k
        lines = self._step_lines(name)
        shapes: list[Shape] = [RectShape(rect, fill=style.STEP_FILL, stroke=style.PAPER, stroke_width=1)]
        line_h, font = step_line(k), Font(FontStyle.BOLD, k.step_font)
        y = rect.y + (rect.h - k.step_font - (len(lines) - 1) * line_h) / 2 + ascent(k.step_font)
        for line in lines:
            shapes.append(TextShape(rect.x + 10, y, line, font, style.INK))
            y += line_h
        return shapes

    # --- lanes, cells and cards -----------------------------------------------------------
    def _lanes(self, layout: MapLayout, y: float) -> float:
        """Lay the lane rows out from ``y`` down; the bottom of the last row.

        A row none of whose cells the cache says changed (and whose columns, kind and language
        are the same) is taken whole from the last layout, its cards not looked at; in a row
        where some did, only those cells look at their cards again; a row the cache knows
        nothing about looks at all its cards. Every card box whose inputs did not change is
        the last one (moved if its row moved)."""
        k, cache = self.k, self.cache
        columns = self.columns
        emotion_lanes = [lane.id for lane in self.m.lanes if lane.kind == LaneKind.EMOTIONS]
        measures = step_measures(self.m) if self.m.measures else {}
        changed = cache.changed_cells(self.m.cards)
        plans = []  # (lane, the row's key, its top of cards, its last row, the cells to look at again)
        again: set[str] = set()
        for lane in self.m.lanes:
            if lane.hidden and not self.o.include_hidden:
                continue
            cards_top = k.curve_height if lane.kind == LaneKind.EMOTIONS else 0.0
            if lane.kind == LaneKind.METRICS and measures:  # the measured values first, then the cards
                cards_top = max(tiles_height(found, k) for found in measures.values())
            key = (lane.kind, cards_top, columns, self.language)
            last = cache.row(lane.id)
            if last is None or changed is None or last.key != key:
                steps = None  # every cell
            else:
                steps = changed.get(lane.id, ())
            if steps is None or steps:
                again.add(lane.id)
            plans.append((lane, key, cards_top, last, steps))
        by_cell: dict[tuple[str, str], list[Card]] | None = {}
        if again and changed is not None and not cache.relocated and all(plan[4] is not None for plan in plans):
            by_cell = None  # cards were only updated, in their cells: the cells' last cards are the cards
        elif again:  # the cards of the rows looked at again, cell by cell, in the map's order
            for card in self.m.cards:
                if card.lane in again:
                    by_cell.setdefault((card.step, card.lane), []).append(card)
        for lane, key, cards_top, last, steps in plans:
            colors = style.lane_colors(lane.kind)
            is_emotion = lane.kind == LaneKind.EMOTIONS
            if steps == ():
                row = last
                card_row = cache.reuse_row(lane.id, row, y, self._card_box_at, colors)
            else:
                row = self._row_cards(lane, key, cards_top, by_cell, colors, y, last, steps)
                cache.keep_row(lane.id, row)
                card_row = CardRow(lane.id, row.boxes)
            header_lines = wrap(self._shown(lane.title), k.lane_header_width - 28, FontStyle.BOLD, k.lane_font)
            header_h = 14 + 28 + 8 + len(header_lines) * k.lane_line + 12
            if is_emotion and self._with_legend(lane):
                header_h += 16 + 4 + k.meta_font + 4  # the legend under the title
            row_h = max(k.lane_min_height, row.tallest, header_h, cards_top + (k.cell_padding if is_emotion else 0))
            header = Rect(0, y, k.lane_header_width, row_h)
            band = Rect(k.lane_header_width, y, layout.width - k.lane_header_width, row_h)
            curve_key = None
            if is_emotion and (len(emotion_lanes) > 1 or self._with_legend(lane)):
                curve_key = self._curve_key(lane, emotion_lanes.index(lane.id))
            lane_box = LaneBox(rect=header, shapes=self._lane_shapes(lane, header, band, header_lines, curve_key),
                               lane_id=lane.id, kind=str(lane.kind), row=band)
            if lane.kind == LaneKind.METRICS and measures:
                lane_box.row_shapes = self._tiles(measures, columns, y)
                lane_box.shapes += lane_box.row_shapes
            layout.lanes.append(lane_box)
            layout.cells.update(self._cells(row, lane.id, y, row_h, last))
            layout.card_rows.append(card_row)
            if is_emotion:
                plot = Rect(k.lane_header_width, y, band.w, k.curve_height)
                layout.curves.append(self._curve(lane, plot, columns, emotion_lanes.index(lane.id)))
            y += row_h
        return y

    def _row_cards(self, lane, key: tuple, cards_top: float, by_cell: dict | None, colors: style.LaneColors,
                   y: float, last: Row | None, steps: set[str] | None) -> Row:
        """One row's cards at ``y``, cell by cell, each measured once and placed under the one
        before. ``steps``: the cells to look at again (None: all; the others are ``last``'s,
        moved if the row moved); ``by_cell``: the cards of each cell looked at (None: the same
        cards as in ``last``). A card whose inputs are those of its last box gets that box back."""
        k, cache = self.k, self.cache
        columns = self.columns
        old_sizes = last.sizes if last is not None else {}
        old_cells = last.cells if last is not None and last.key == key else [None] * len(columns)
        in_row: dict = {}  # other columns than last time (a step came, went or moved): the row's last boxes
        if last is not None and last.key != key and last.key[0] == key[0] and last.key[3] == key[3]:
            in_row = {was[0][0]: (was, box) for cell in last.cells if cell for was, box in zip(cell[0], cell[1])}
        dy = y - last.base_y if last is not None else 0.0  # how far the last boxes must move
        # this loop may run for every card of the map (a layout without cache or notes): it
        # stays lean, plain tuples and local names
        sizes: dict = {} if steps is None else dict(old_sizes)
        cells: list = []
        boxes: list[CardBox] = []
        tallest = cards_top + k.cell_padding - k.card_gap + k.cell_padding if columns else 0.0  # an empty cell's need
        gap, first = k.card_gap, cards_top + k.cell_padding
        dimmed, measure, make, card_box = self.o.dimmed, self._measure, self._card_box_at, cache.card_box
        voting, french = self.voting, self.french
        lane_id = lane.id
        for (step_id, col_x), old in zip(columns, old_cells):
            if steps is not None and step_id not in steps:  # a cell none of whose cards changed
                if old is not None:
                    if dy:
                        old = cache.moved_cell(old, y, dy, make, colors)
                    else:
                        cache.reused += len(old[1])
                    boxes += old[1]
                    tallest = max(tallest, old[2])
                cells.append(old)
                continue
            if by_cell is not None:
                cell = by_cell.get((step_id, lane_id))
            else:
                cell = old[3] if old is not None else ()
                if any(card.step != step_id or card.lane != lane_id for card in cell):
                    raise _StaleNotes  # a card left its cell unsaid: look at everything again
            if not cell:
                cells.append(None)
                continue
            old_boxes = {was[0][0]: (was, box) for was, box in zip(old[0], old[1])} if old is not None else in_row
            placed: list = []
            made: list[CardBox] = []
            offset = first
            for index, card in enumerate(cell):
                facts = (card.id, card.step, card.lane, card.text, card.color, card.channel,
                         card.owner, card.priority, card.votes, card.example, card.image,
                         tuple(c.resolved for c in card.comments) if card.comments else (), card.id in dimmed)
                size_key = (facts[3], bool(facts[5] or facts[6] or facts[7] or facts[8] and not voting), facts[9],
                            facts[10] is not None,  # as _size_key(facts, k, ...), written out: this loop is hot
                            _badge_room(facts[11], facts[10], voting, k) if facts[11] or voting else (), french)
                size = sizes.get(size_key) or old_sizes.get(size_key) or measure(size_key)
                sizes[size_key] = size
                at = (facts, col_x, offset, size, index)  # with the row's kind and language: the box's inputs
                made.append(card_box(old_boxes.get(card.id), at, y, make, colors))
                placed.append(at)
                offset += size[2] + gap
            bottom = offset - gap + k.cell_padding
            cells.append((placed, made, bottom, cell))
            boxes += made
            tallest = max(tallest, bottom)
        if len(sizes) > 2 * len(boxes) + 64:  # many texts no card has any more (typing): forget them
            sizes = {_size_key(facts, k, voting, french): size
                     for cell in cells if cell for facts, _x, _o, size, _i in cell[0]}
        return Row(key, y, tallest, cells, boxes, sizes)

    def _cells(self, row: Row, lane_id: str, y: float, row_h: float,
               last: Row | None) -> dict[tuple[str, str], Rect]:
        """The row's cells (the last ones when the row did not move nor change height)."""
        columns = self.columns
        rects_key = (columns, y, row_h)
        if row.rects_key != rects_key:
            if last is not None and last.rects_key == rects_key:
                row.rects = last.rects
            else:
                width = self.k.column_width
                row.rects = {(step_id, lane_id): Rect(col_x, y, width, row_h) for step_id, col_x in columns}
            row.rects_key = rects_key
        return row.rects

    def _tiles(self, measures, columns, y: float) -> list[Shape]:
        k = self.k
        shapes: list[Shape] = []
        for step_id, col_x in columns:
            top = y + k.cell_padding
            for measure in measures.get(step_id, ()):
                height = tile_height(measure, k)
                rect = Rect(col_x + k.cell_padding, top, k.column_width - 2 * k.cell_padding, height)
                shapes += tile_shapes(self.m, measure, rect, k)
                top += height + TILE_GAP
        return shapes

    # --- whose curve: persona colour, as-is or to-be, and the legend in the lane header --------
    def _with_legend(self, lane) -> bool:
        return len(self.m.personas) > 1 or lane.persona is not None or lane.variant is not None

    def _curve_color(self, lane, emotion_index: int) -> str:
        """The lane's own colour; else its persona's when the map tells personas or variants
        apart; else the default colour of the emotion_index-th emotion lane."""
        if lane.color is None and self._with_legend(lane):
            return self.m.persona_of(lane).color
        return style.curve_color(lane.color, emotion_index)

    def _curve_key(self, lane, emotion_index: int) -> tuple[str, tuple[float, ...], str]:
        """The legend of one curve: colour, dash and words ("Léa · to-be")."""
        words = PERSONA_HEADINGS[self.language]
        label = ""
        if self._with_legend(lane):
            persona = self.m.persona_of(lane)
            name = persona.name or words["persona"].format(n=self.m.personas.index(persona) + 1)
            label = f"{name} · {words[lane.variant or 'asIs']}"
        dash = TO_BE_DASH if lane.variant == "toBe" else ()
        return self._curve_color(lane, emotion_index), dash, label

    def _lane_shapes(self, lane, header: Rect, row: Rect, lines: tuple[str, ...],
                     curve_key: tuple[str, tuple[float, ...], str] | None = None) -> list[Shape]:
        """The lane's band and header; ``curve_key``: the curve's colour, dash and words, shown
        as a legend under the title."""
        k = self.k
        colors = style.lane_colors(lane.kind)
        accent = lane.color or colors.accent
        shapes: list[Shape] = [
            RectShape(row, fill=style.mix(accent, "#ffffff", 0.95) if lane.color else colors.band),
            RectShape(header, fill=style.PAPER),
            RectShape(Rect(header.x, header.y, 6, header.h), fill=accent),
            IconShape(Rect(header.x + 16, header.y + 14, 28, 28), f"lanes/{lane.kind}"),
        ]
        y = header.y + 14 + 28 + 8
        for line in lines:
            shapes.append(TextShape(header.x + 16, y + ascent(k.lane_font), line,
                                    Font(FontStyle.BOLD, k.lane_font), style.INK))
            y += k.lane_line
        if curve_key:
            color, dash, label = curve_key
            shapes.append(LineShape(header.x + 16, y + 8, header.x + 56, y + 8, color, 4, dash))
            if label:
                font = Font(FontStyle.REGULAR, k.meta_font)
                shapes += self._fit_text(label, header.x + 16, y + 16 + 4 + ascent(k.meta_font),
                                         header.w - 28, font, style.INK)
        return shapes

    def _measure(self, key: tuple[str, bool, bool, bool, tuple[float, ...], bool]
                 ) -> tuple[tuple[str, ...], bool, float]:
        """A card's lines and height from ``(text, has_meta, example, has_image, badge_room, french)``
        (examples are in italics; an image adds its thumbnail; the first lines leave
        ``badge_room`` free at their right for the badges; French typography on a French map)."""
        text, has_meta, example, has_image, badge_room, french = key
        k = self.k
        font_style, width = FontStyle.ITALIC if example else FontStyle.REGULAR, card_text_width(k)
        if french:
            text = french_spacing(text)
        if badge_room:
            lines = wrap_narrowed(text, width, tuple(width - room for room in badge_room), font_style, k.card_font)
        else:
            lines = wrap(text, width, font_style, k.card_font)
        height = 2 * k.card_padding + max(len(lines), 1) * k.card_line + (k.meta_height if has_meta else 0)
        if has_image:
            height += THUMB_HEIGHT + THUMB_GAP
        return lines, has_meta, max(height, k.card_min_height)

    def _shown(self, text: str) -> str:
        """What the user typed as it is laid out: French spaces do not break on a French map."""
        return french_spacing(text) if self.french else text

    def _card_box_at(self, y: float, facts: tuple, col_x: float, size, colors, index: int) -> CardBox:
        return self._card_box(_CardFacts._make(facts), col_x, y, size, colors, index)

    def _card_box(self, card: _CardFacts, col_x: float, y: float, size: tuple[tuple[str, ...], bool, float],
                  colors: style.LaneColors, index: int) -> CardBox:
        k = self.k
        lines, has_meta, height = size
        rect = Rect(col_x + k.cell_padding, y, k.column_width - 2 * k.cell_padding, height)
        fill = style.EXAMPLE_CARD if card.example else card.color or colors.card
        ink = style.MUTED if card.example else style.text_on(fill)
        if card.dimmed:
            fill, ink = style.mix(fill, "#ffffff", 0.75), style.mix(ink, "#ffffff", 0.65)
        shapes: list[Shape] = [
            RectShape(rect.moved(1.5, 2), fill="#1f2a3326", radius=k.card_radius),
            RectShape(rect, fill=fill, stroke=style.mix(fill, "#000000", 0.18), stroke_width=1, radius=k.card_radius),
        ]
        text_x = rect.x + k.card_padding
        text_y = rect.y + k.card_padding
        thumb = None
        if card.image:  # drawn after the text lines: painters read "shadow, body, lines, the rest"
            thumb = ImageShape(Rect(text_x, text_y, rect.w - 2 * k.card_padding, THUMB_HEIGHT),
                               card.image, rounded=False)
            text_y += THUMB_HEIGHT + THUMB_GAP
        # one font object for every line (fonts are values, never changed)
        font, line_h, rise = Font(_card_font_style(card), k.card_font), k.card_line, ascent(k.card_font)
        for line in lines:
            shapes.append(TextShape(text_x, text_y + rise, line, font, ink))
            text_y += line_h
        if thumb is not None:
            shapes.append(thumb)
        if has_meta:
            shapes += self._card_meta(card, Rect(rect.x + k.card_padding, rect.bottom - k.card_padding - 16,
                                                 rect.w - 2 * k.card_padding, 16), ink)
        if card.comments:
            shapes += self._comment_badge(card, rect)
        return CardBox(rect=rect, shapes=shapes, card_id=card.id, step_id=card.step, lane_id=card.lane,
                       index=index, lines=lines)

    def _comment_badge(self, card: _CardFacts, rect: Rect) -> list[Shape]:
        """A speech bubble with the number of comments, in the card's top-right corner
        (filled while some are still open, outlined once all are resolved)."""
        k = self.k
        label = str(len(card.comments))
        size = k.meta_font
        width = comment_badge_width(len(card.comments), k)
        # inside the card (items paint in their box); the first line of text leaves room for it (_badge_room)
        box = Rect(rect.right - width - BADGE_INSET, rect.y + BADGE_INSET, width, BADGE_HEIGHT)
        open_ = not all(card.comments)
        fill, ink = (COMMENT_COLOR, "#ffffff") if open_ else ("#ffffff", COMMENT_COLOR)
        tail = (("M", box.x + 5, box.bottom - 1), ("L", box.x + 3, box.bottom + 3), ("L", box.x + 11, box.bottom - 1),
                ("Z",))
        return [PathShape(tail, fill=fill, stroke=COMMENT_COLOR, stroke_width=1),
                RectShape(box, fill=fill, stroke=COMMENT_COLOR, stroke_width=1, radius=6),
                TextShape(box.x + (width - text_width(label, FontStyle.BOLD, size)) / 2,
                          box.y + (box.h - size) / 2 + ascent(size), label, Font(FontStyle.BOLD, size), ink)]

    def _card_meta(self, card: _CardFacts, area: Rect, ink: str) -> list[Shape]:
        """The footer of a card: channel, owner, priority and dot votes, left to right."""
        k = self.k
        font = Font(FontStyle.REGULAR, k.meta_font)
        baseline = area.y + (area.h - k.meta_font) / 2 + ascent(k.meta_font)
        shapes: list[Shape] = []
        x = area.x
        right = area.right
        if card.votes and self.o.vote_counts:
            # a dark pill with the count in white: dot votes must read from the back of a room
            label = str(card.votes)
            size = k.meta_font + 1.5
            width = max(area.h + 2, text_width(label, FontStyle.BOLD, size) + 12)
            right -= width
            shapes.append(RectShape(Rect(right, area.y - 1, width, area.h + 2), fill="#2f3e4c",
                                    radius=(area.h + 2) / 2))
            shapes.append(TextShape(right + (width - text_width(label, FontStyle.BOLD, size)) / 2,
                                    area.y + (area.h - size) / 2 + ascent(size), label,
                                    Font(FontStyle.BOLD, size), "#ffffff"))
            right -= 6
        if card.priority:
            label = PRIORITY_NAMES[self.language][str(card.priority)]
            width = text_width(label, FontStyle.BOLD, k.meta_font) + 10
            right -= width
            color = {"high": "#c0392b", "medium": "#b9770e", "low": "#5b6b78"}[str(card.priority)]
            shapes.append(RectShape(Rect(right, area.y, width, area.h), fill=color, radius=3))
            shapes.append(TextShape(right + 5, baseline, label, Font(FontStyle.BOLD, k.meta_font), "#ffffff"))
            right -= 6
        if card.channel:
            shapes.append(IconShape(Rect(x, area.y, 16, 16), f"channels/{card.channel}"))
            x += 20
            label = CHANNEL_NAMES[self.language][card.channel]
            shapes += self._fit_text(label, x, baseline, right - x, font, ink)
            x += text_width(label, font.style, font.size) + 8
        if card.owner and x < right - 20:
            shapes += self._fit_text("@" + card.owner, x, baseline, right - x, font, ink)
        return shapes

    @staticmethod
    def _fit_text(text: str, x: float, baseline: float, width: float, font: Font, ink: str) -> list[Shape]:
        lines = clamp_lines(wrap(text, max(width, 1), font.style, font.size), 1, max(width, 1), font.style, font.size)
        return [TextShape(x, baseline, lines[0], font, ink)] if lines and width > 12 else []

    # --- the emotion curve ------------------------------------------------------------------
    def _curve(self, lane, band: Rect, columns, emotion_index: int) -> CurveBox:
        """The curve of an emotion lane (the last one when nothing it is made from changed; the
        last one moved when only its band moved: its shapes and its points' are made when read)."""
        cache = self.cache
        scale = self.m.emotion_scale
        color, dash = self._curve_color(lane, emotion_index), TO_BE_DASH if lane.variant == "toBe" else ()
        points = tuple((p.step, p.score, p.label) for p in lane.points)
        key = ("curve", lane.id, band, columns, color, dash, points, scale.min, scale.max, self.french)
        last = cache.last(("curve", lane.id))  # (key, curve) of the curve last made, maybe elsewhere
        if last is not None and last[0][3:] == key[3:] and last[0][2] != band and \
                (last[0][2].x, last[0][2].w, last[0][2].h) == (band.x, band.w, band.h):
            cache.keep(("curve", lane.id), last)
            base = cache.block(last[0], lambda: last[1])  # (keeps the memoised faces for the next change)
            return self._make_curve(lane, band, columns, color, dash, base)
        curve = cache.block(key, lambda: self._make_curve(lane, band, columns, color, dash))
        cache.keep(("curve", lane.id), (key, curve))
        return curve

    def _make_curve(self, lane, band: Rect, columns, color: str, dash: tuple[float, ...],
                    base: CurveBox | None = None) -> CurveBox:
        """The curve of ``lane`` in ``band``; ``base``: the same curve in a band as wide and as
        high elsewhere, whose shapes are lent (moved) until the exact ones are read."""
        k = self.k
        scale = self.m.emotion_scale
        top_y, bottom_y = band.y + k.face_radius + 10, band.bottom - k.face_radius - 34
        box = CurveBox(rect=band, lane_id=lane.id, color=color, dash=dash,
                       top_score=scale.max, bottom_score=scale.min, top_y=top_y, bottom_y=bottom_y)
        y_of = box.y_of
        box.neutral_y = y_of(scale.neutral)
        x_of = {step_id: col_x + k.column_width / 2 for step_id, col_x in columns}
        order = {step_id: i for i, step_id in enumerate(x_of)}
        ordered = sorted((p for p in lane.points if p.step in order), key=lambda p: order[p.step])
        coords = [(x_of[p.step], y_of(p.score)) for p in ordered]
        r = k.face_radius
        if base is not None:
            dy = band.y - base.rect.y
            box.shapes = shifted(base.shapes, 0.0, dy, lambda: band_shapes(box, scale, coords, k, str(self.language)))
            for point, (x, y), was in zip(ordered, coords, base.points):
                shapes = shifted(was.shapes, 0.0, dy, lambda x=x, y=y, score=point.score, label=point.label:
                                 point_shapes(x, y, score, self._shown(label), scale, k))
                box.points.append(PointBox(rect=Rect(x - r, y - r, 2 * r, 2 * r), shapes=shapes,
                                           lane_id=lane.id, step_id=point.step, score=point.score))
            return box
        box.shapes = band_shapes(box, scale, coords, k, str(self.language))
        for point, (x, y) in zip(ordered, coords):
            shapes = self.cache.memo(("point", x, y, point.score, point.label, self.french, scale.min, scale.max),
                                     lambda _key, x=x, y=y, point=point:
                                     point_shapes(x, y, point.score, self._shown(point.label), scale, k))
            box.points.append(PointBox(rect=Rect(x - r, y - r, 2 * r, 2 * r), shapes=shapes,
                                       lane_id=lane.id, step_id=point.step, score=point.score))
        return box

    # --- lines between cells ------------------------------------------------------------------
    def _grid_lines(self, layout: MapLayout, top: float, header_bottom: float, bottom: float) -> None:
        key = ("grid", top, header_bottom, bottom, layout.width, self.columns,
               tuple(box.rect.x for box in layout.stages), tuple(lane.rect.bottom for lane in layout.lanes))
        layout.grid_lines = self.cache.block(key, lambda: self._make_grid_lines(layout, top, header_bottom, bottom))

    def _make_grid_lines(self, layout: MapLayout, top: float, header_bottom: float, bottom: float) -> list[Shape]:
        lines: list[Shape] = []
        stage_starts = {box.rect.x for box in layout.stages}
        for step in layout.steps:
            x = step.rect.x
            strong = x in stage_starts
            lines.append(LineShape(x, header_bottom, x, bottom, "#b8c2ca" if strong else style.GRID,
                                   1.4 if strong else 1.0))
        for lane in layout.lanes:
            lines.append(LineShape(0, lane.rect.bottom, layout.width, lane.rect.bottom, style.GRID, 1.0))
        lines.append(LineShape(layout.width, header_bottom, layout.width, bottom, "#b8c2ca", 1.4))
        lines.append(LineShape(self.k.lane_header_width, top, self.k.lane_header_width, bottom, "#b8c2ca", 1.4))
        return lines


def _card_font_style(card: Card) -> FontStyle:
    """Example cards (from a template) are set in italics, so they read as "to be replaced"."""
    return FontStyle.ITALIC if card.example else FontStyle.REGULAR
