"""One layout for every painter: a map becomes geometry in map units, with no Qt.

``layout_map`` decides where every stage, step, lane, cell, card, text line, emotion point
and curve segment goes. The canvas, the PNG and the PDF exports draw the result, so what
is on screen is what is printed, and the layout is tested without a screen.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import Card, EmotionScale, Journey, LaneKind, Language, Map
from ..vocabulary import CHANNEL_NAMES, PERSONA_HEADINGS, PRIORITY_NAMES
from . import style
from ..emotion_steps import format_score
from .curve import TO_BE_DASH, curve_shapes, face_shapes, star_path
from .fonts import FontStyle, ascent, text_width
from .geometry import (
    CardBox, CurveBox, Font, IconShape, ImageShape, LaneBox, LineShape, MapLayout, PathShape,
    PointBox, Rect, RectShape, Shape, StageBox, StepBox, TextShape,
)
from .layout_cache import LayoutCache
from .measure_tiles import TILE_GAP, step_measures, tile_height, tile_shapes, tiles_height
from .persona_block import persona_box, persona_is_empty, title_box
from .style import METRICS, Metrics
from .text import clamp_lines, wrap


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
    #: the small vote count in a card's footer; off while dot voting shows its big badges
    #: (the card keeps its size, so nothing moves when voting starts)
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
    if cache is None or options.high_contrast:  # the projector look rewrites shapes in place: no reuse
        layout = _Layouter(journey_map, options, LayoutCache()).run()
    else:
        cache.begin(options)
        try:
            layout = _Layouter(journey_map, options, cache).run()
        finally:
            cache.end()
    if options.high_contrast:
        from .projector import projector_look

        layout = projector_look(layout)
    return layout


#: a card's image thumbnail: its height, and the gap under it
THUMB_HEIGHT = 96.0
THUMB_GAP = 6.0
COMMENT_COLOR = "#7e22ce"
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
                k: Metrics = METRICS) -> list[Shape]:
    """What an emotion band draws under its faces: the scale's ticks, the neutral line, the tinted
    areas and the curve through ``coords`` (the faces' centres, left to right)."""
    band = curve.rect
    plot = Rect(band.x + TICK_ROOM, band.y, band.w - TICK_ROOM, band.h)
    return scale_ticks(curve, scale, k) + curve_shapes(plot, curve.neutral_y, coords, curve.color,
                                                              curve.dash)


def scale_ticks(curve: CurveBox, scale: EmotionScale, k: Metrics = METRICS) -> list[Shape]:
    """The top, neutral and bottom scores written at the left of an emotion band."""
    font = Font(FontStyle.REGULAR, k.meta_font)
    shapes: list[Shape] = []
    for score in dict.fromkeys((scale.max, scale.neutral, scale.min)):
        text = format_score(score, scale)
        width = text_width(text, font.style, font.size)
        baseline = curve.y_of(score) + ascent(font.size) / 2 - 1
        shapes.append(TextShape(curve.rect.x + TICK_ROOM - 6 - width, baseline, text, font, style.MUTED))
    return shapes


def card_text_width(metrics: Metrics = METRICS) -> float:
    """The width card text is wrapped to."""
    return metrics.column_width - 2 * metrics.cell_padding - 2 * metrics.card_padding


class _Layouter:
    def __init__(self, journey_map: Map, options: LayoutOptions, cache: LayoutCache):
        self.m = journey_map
        self.o = options
        self.k = options.metrics
        self.language = Language(journey_map.language)
        self.cache = cache

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
        for step in layout.steps:
            step.column = Rect(step.rect.x, step.rect.y, step.rect.w, bottom - step.rect.y)
        layout.height = bottom
        self._grid_lines(layout, top, header_bottom, bottom)
        return layout

    # --- headers -------------------------------------------------------------------------
    def _stages_and_steps(self, layout: MapLayout, top: float) -> float:
        k = self.k
        show_steps = any(len(s.steps) > 1 or any(step.name for step in s.steps) for s in self.m.stages)
        stage_lines = {}
        for stage in self.m.stages:
            width = len(stage.steps) * k.column_width - 2 * 14 - (26 if stage.moment_of_truth else 0)
            lines = wrap(stage.name, width, FontStyle.BOLD, k.stage_font)
            stage_lines[stage.id] = clamp_lines(lines, k.stage_max_lines, width, FontStyle.BOLD, k.stage_font)
        used = max((len(lines) for lines in stage_lines.values()), default=1)
        stage_h = 2 * 13 + max(used, 1) * k.stage_line
        step_h = k.step_height if show_steps else 0.0
        # the corner above the lane headers
        corner = Rect(0, top, k.lane_header_width, stage_h + step_h)
        layout.background.append(RectShape(corner, fill=style.PAPER))
        x = k.lane_header_width
        for stage in self.m.stages:
            width = len(stage.steps) * k.column_width
            single = len(stage.steps) == 1 and not stage.steps[0].name
            rect = Rect(x, top, width, stage_h + (step_h if single else 0))
            lines = stage_lines[stage.id]
            layout.stages.append(self.cache.memo(
                ("stage", stage.id, stage.color, stage.moment_of_truth, x, top, width, rect.h, lines),
                lambda _key, stage=stage, rect=rect, lines=lines: self._stage_box(stage, rect, lines)))
            for i, step in enumerate(stage.steps):
                col_x = x + i * k.column_width
                header = Rect(col_x, top + stage_h, k.column_width, 0 if single else step_h)
                box = StepBox(rect=header, step_id=step.id, stage_id=stage.id)
                if header.h:
                    box.shapes = self.cache.memo(("step", step.name, col_x, header.y, header.h),
                                                 lambda _key, name=step.name, header=header:
                                                 self._step_shapes(name, header))
                layout.steps.append(box)
            x += width
        if self.o.show_evidence:
            self._evidence_bars(layout, top + stage_h + step_h)
        return top + stage_h + step_h

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

    def _step_shapes(self, name: str, rect: Rect) -> list[Shape]:
        k = self.k
        width = rect.w - 20
        lines = clamp_lines(wrap(name, width, FontStyle.BOLD, k.step_font), 1, width, FontStyle.BOLD, k.step_font)
        shapes: list[Shape] = [RectShape(rect, fill=style.STEP_FILL, stroke=style.PAPER, stroke_width=1)]
        if lines:
            shapes.append(TextShape(rect.x + 10, rect.y + (rect.h - k.step_font) / 2 + ascent(k.step_font),
                                    lines[0], Font(FontStyle.BOLD, k.step_font), style.INK))
        return shapes

    # --- lanes, cells and cards -----------------------------------------------------------
    def _lanes(self, layout: MapLayout, y: float) -> float:
        k = self.k
        columns = [(step, box.rect.x) for step, box in zip(self.m.steps(), layout.steps)]
        by_cell: dict[tuple[str, str], list[Card]] = {}
        for card in self.m.cards:
            by_cell.setdefault((card.step, card.lane), []).append(card)
        emotion_lanes = [lane.id for lane in self.m.lanes if lane.kind == LaneKind.EMOTIONS]
        measures = step_measures(self.m) if self.m.measures else {}
        for lane in self.m.lanes:
            if lane.hidden and not self.o.include_hidden:
                continue
            colors = style.lane_colors(lane.kind)
            is_emotion = lane.kind == LaneKind.EMOTIONS
            cards_top = k.curve_height if is_emotion else 0.0
            with_tiles = lane.kind == LaneKind.METRICS and measures
            if with_tiles:  # the measured values first, then the cards typed by hand
                cards_top = max(tiles_height(found, k) for found in measures.values())
            # every card of the row, measured once (placed here, drawn below); this loop runs
            # for every card at every relayout, so it stays lean: plain tuples, local names
            pending: list[tuple[tuple, float, float, tuple[tuple[str, ...], bool, float], int]] = []
            tallest = 0.0
            size_of, gap, first = self.cache.size, k.card_gap, cards_top + k.cell_padding
            for step, col_x in columns:
                offset = first
                cell = by_cell.get((step.id, lane.id))
                if cell:
                    for index, card in enumerate(cell):
                        facts = (card.id, card.step, card.lane, card.text, card.color, card.channel,
                                 card.owner, card.priority, card.votes, card.example, card.image,
                                 tuple(c.resolved for c in card.comments), card.id in self.o.dimmed)
                        size = size_of((facts[3], bool(facts[5] or facts[6] or facts[7] or facts[8]), facts[9],
                                        facts[10] is not None), self._measure)
                        pending.append((facts, col_x, offset, size, index))
                        offset += size[2] + gap
                tallest = max(tallest, offset - gap + k.cell_padding)
            header_lines = wrap(lane.title, k.lane_header_width - 28, FontStyle.BOLD, k.lane_font)
            header_h = 14 + 28 + 8 + len(header_lines) * k.lane_line + 12
            if is_emotion and self._with_legend(lane):
                header_h += 16 + 4 + k.meta_font + 4  # the legend under the title
            row_h = max(k.lane_min_height, tallest, header_h, cards_top + (k.cell_padding if is_emotion else 0))
            header = Rect(0, y, k.lane_header_width, row_h)
            row = Rect(k.lane_header_width, y, layout.width - k.lane_header_width, row_h)
            key = None
            if is_emotion and (len(emotion_lanes) > 1 or self._with_legend(lane)):
                key = self._curve_key(lane, emotion_lanes.index(lane.id))
            lane_box = LaneBox(rect=header, shapes=self._lane_shapes(lane, header, row, header_lines, key),
                               lane_id=lane.id, kind=str(lane.kind), row=row)
            if with_tiles:
                lane_box.row_shapes = self._tiles(measures, columns, y)
                lane_box.shapes += lane_box.row_shapes
            layout.lanes.append(lane_box)
            for step, col_x in columns:
                layout.cells[(step.id, lane.id)] = Rect(col_x, y, k.column_width, row_h)
            cached_box, make = self.cache.card_box, self._card_box_at
            language, kind, cards = self.language, lane.kind, layout.cards
            for facts, col_x, offset, size, index in pending:
                key = (facts, col_x, index, size, kind, language)  # the lane's kind decides the colours
                cards.append(cached_box(facts[0], key, y + offset, make, (facts, col_x, size, colors, index)))
            if is_emotion:
                band = Rect(k.lane_header_width, y, row.w, k.curve_height)
                layout.curves.append(self._curve(lane, band, columns, emotion_lanes.index(lane.id)))
            y += row_h
        return y

    def _tiles(self, measures, columns, y: float) -> list[Shape]:
        k = self.k
        shapes: list[Shape] = []
        for step, col_x in columns:
            top = y + k.cell_padding
            for measure in measures.get(step.id, ()):
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

    def _measure(self, key: tuple[str, bool, bool, bool]) -> tuple[tuple[str, ...], bool, float]:
        """A card's lines and height from ``(text, has_meta, example, has_image)`` (examples are in
        italics; an image adds its thumbnail)."""
        text, has_meta, example, has_image = key
        k = self.k
        lines = wrap(text, card_text_width(k), FontStyle.ITALIC if example else FontStyle.REGULAR, k.card_font)
        height = 2 * k.card_padding + max(len(lines), 1) * k.card_line + (k.meta_height if has_meta else 0)
        if has_image:
            height += THUMB_HEIGHT + THUMB_GAP
        return lines, has_meta, max(height, k.card_min_height)

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
        text_y = rect.y + k.card_padding
        thumb = None
        if card.image:  # drawn after the text lines: painters read "shadow, body, lines, the rest"
            thumb = ImageShape(Rect(rect.x + k.card_padding, text_y, rect.w - 2 * k.card_padding, THUMB_HEIGHT),
                               card.image, rounded=False)
            text_y += THUMB_HEIGHT + THUMB_GAP
        for line in lines:
            shapes.append(TextShape(rect.x + k.card_padding, text_y + ascent(k.card_font), line,
                                    Font(_card_font_style(card), k.card_font), ink))
            text_y += k.card_line
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
        width = max(22.0, text_width(label, FontStyle.BOLD, size) + 12)
        box = Rect(rect.right - width - 3, rect.y + 3, width, 16)  # inside the card: items paint in their box
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
        k = self.k
        scale = self.m.emotion_scale
        top_y, bottom_y = band.y + k.face_radius + 10, band.bottom - k.face_radius - 34
        box = CurveBox(rect=band, lane_id=lane.id, color=self._curve_color(lane, emotion_index),
                       dash=TO_BE_DASH if lane.variant == "toBe" else (),
                       top_score=scale.max, bottom_score=scale.min, top_y=top_y, bottom_y=bottom_y)
        y_of = box.y_of
        box.neutral_y = y_of(scale.neutral)
        x_of = {step.id: col_x + k.column_width / 2 for step, col_x in columns}
        order = {step_id: i for i, step_id in enumerate(x_of)}
        ordered = sorted((p for p in lane.points if p.step in order), key=lambda p: order[p.step])
        coords = [(x_of[p.step], y_of(p.score)) for p in ordered]
        box.shapes = band_shapes(box, scale, coords, k)
        r = k.face_radius
        for point, (x, y) in zip(ordered, coords):
            shapes = self.cache.memo(("point", x, y, point.score, point.label, scale.min, scale.max),
                                     lambda _key, x=x, y=y, point=point: point_shapes(x, y, point.score,
                                                                                      point.label, scale, k))
            box.points.append(PointBox(rect=Rect(x - r, y - r, 2 * r, 2 * r), shapes=shapes,
                                       lane_id=lane.id, step_id=point.step, score=point.score))
        return box

    # --- lines between cells ------------------------------------------------------------------
    def _grid_lines(self, layout: MapLayout, top: float, header_bottom: float, bottom: float) -> None:
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
        layout.grid_lines = lines


def _card_font_style(card: Card) -> FontStyle:
    """Example cards (from a template) are set in italics, so they read as "to be replaced"."""
    return FontStyle.ITALIC if card.example else FontStyle.REGULAR
