"""Draw a laid-out map on a PowerPoint slide as native, editable shapes (python-pptx).

The layout (``render.layout``) decides every position and line break; this painter only
scales them onto the slide. A card becomes one rounded rectangle whose text frame holds the
card's own text, one paragraph per paragraph of the card, word-wrapped by the viewer (a little
wider than the layout wrapped it, so it takes no more lines than the layout gave it room for;
PowerPoint re-wraps it when it is edited); stage, step and lane headers are rectangles with their text; icons are small
vector drawings (freeforms) from the same SVG files the PDF uses; the emotion curve is a
freeform through points sampled on the same monotone curve as on screen. Every stage is a
group (its headers, cards and faces), so it moves as one piece.

Text is set in DejaVu Sans (the bundled font the layout measures with; see ``pptx_style``).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable

from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.shapes.freeform import FreeformBuilder, _Close
from pptx.util import Emu

from ..render.curve import bezier_at
from ..render.fonts import FontStyle, ascent, text_width
from ..render.geometry import (
    CardBox, CurveBox, EllipseShape, IconShape, ImageShape, LaneBox, LineShape, MapLayout, PathShape, PointBox, Rect,
    RectShape, Shape, StageBox, StepBox, TextShape,
)
from ..render.layout import BADGE_GAP, COMMENT_COLOR
from ..render.style import text_on
from ..render.text import wrap
from ..render.svg_icon import load_icon
from .pptx_style import (
    Place, fill_paragraphs, fill_text_frame, no_shadow, paragraphs, set_fill, set_line, top_inset,
)

#: points sampled on each cubic segment of a path (the curve, faces' mouths, icons)
CURVE_SAMPLES = 16
ICON_SAMPLES = 3  # an icon is a few points wide


class _Freeform(FreeformBuilder):
    """python-pptx's freeform builder, with the path's extent measured once instead of once per
    vertex (a sampled curve has hundreds of vertices)."""

    _extent: tuple[int, int, int, int] | None = None

    def _measure(self) -> tuple[int, int, int, int]:
        if self._extent is None:
            xs = [self._start_x] + [op.x for op in self if not isinstance(op, _Close)]
            ys = [self._start_y] + [op.y for op in self if not isinstance(op, _Close)]
            self._extent = (min(xs), min(ys), max(xs), max(ys))
        return self._extent

    @property
    def shape_offset_x(self):
        return Emu(self._measure()[0])

    @property
    def shape_offset_y(self):
        return Emu(self._measure()[1])

    @property
    def _dx(self):
        box = self._measure()
        return Emu(box[2] - box[0])

    @property
    def _dy(self):
        box = self._measure()
        return Emu(box[3] - box[1])


def cover_picture(shapes, data: bytes, box: tuple[int, int, int, int], oval: bool, name: str):
    """``data`` as a picture covering ``box`` (x, y, width, height in EMU): centre-cropped to the
    box's proportions, an oval when ``oval``. None when python-pptx cannot read the image (the
    file's images were checked on loading; one it cannot place must not stop the deck)."""
    x, y, w, h = box
    try:
        picture = shapes.add_picture(io.BytesIO(data), x, y, w, h)
    except Exception:  # noqa: BLE001 - see above
        return None
    iw, ih = picture.image.size
    if iw and ih and w and h:
        image_ratio, box_ratio = iw / ih, w / h
        if image_ratio > box_ratio:
            picture.crop_left = picture.crop_right = (1 - box_ratio / image_ratio) / 2
        elif image_ratio < box_ratio:
            picture.crop_top = picture.crop_bottom = (1 - image_ratio / box_ratio) / 2
    if oval:
        picture.auto_shape_type = MSO_SHAPE.OVAL
    picture.name = name
    return picture


class SlidePainter:
    """Adds shapes for layout parts to a python-pptx shape collection (a slide's or a group's).

    Groups are measured once, by :meth:`finish`, not after every shape added to them (python-pptx
    re-measures a group and its parents on each addition)."""

    def __init__(self, shapes, place: Place, groups: list | None = None,
                 images: Callable[[str], bytes | None] | None = None, card_texts: dict[str, str] | None = None):
        self.shapes = shapes
        self.place = place
        self._groups = [] if groups is None else groups
        self.images = images  # asset id -> the image file's bytes (card images)
        self.card_texts = card_texts or {}  # card id -> the card's own text

    def at(self, shapes=None, place: Place | None = None) -> "SlidePainter":
        return SlidePainter(self.shapes if shapes is None else shapes, place or self.place, self._groups,
                            self.images, self.card_texts)

    def group(self, name: str) -> "SlidePainter":
        grp = self.shapes.add_group_shape()
        grp.name = name
        grp.shapes._recalculate_extents = lambda: None  # measured once, in finish()
        self._groups.append(grp)
        return self.at(grp.shapes)

    def finish(self) -> None:
        """Give every group drawn through this painter its position and size (innermost first);
        empty groups are removed."""
        for grp in reversed(self._groups):
            element = grp._element
            if len(grp.shapes) == 0:
                element.getparent().remove(element)
                continue
            x, y, cx, cy = element._child_extents
            element.chOff.x = element.x = x
            element.chOff.y = element.y = y
            element.chExt.cx = element.cx = cx
            element.chExt.cy = element.cy = cy
        self._groups.clear()

    # --- primitives -------------------------------------------------------------------------
    def rect(self, rect: Rect, fill: str | None, stroke: str | None = None, stroke_width: float = 1.0,
             radius: float = 0.0, name: str | None = None):
        p = self.place
        kind = MSO_SHAPE.ROUNDED_RECTANGLE if radius else MSO_SHAPE.RECTANGLE
        shape = self.shapes.add_shape(kind, p.x(rect.x), p.y(rect.y), p.length(rect.w), p.length(rect.h))
        if radius:
            shape.adjustments[0] = min(0.5, radius / max(min(rect.w, rect.h), 1e-6))
        set_fill(shape, fill)
        set_line(shape, stroke, p.pt(stroke_width))
        no_shadow(shape)
        if name:
            shape.name = name
        return shape

    def ellipse(self, shape: EllipseShape):
        p, r = self.place, shape.rect
        oval = self.shapes.add_shape(MSO_SHAPE.OVAL, p.x(r.x), p.y(r.y), p.length(r.w), p.length(r.h))
        set_fill(oval, shape.fill)
        set_line(oval, shape.stroke, p.pt(shape.stroke_width))
        no_shadow(oval)
        return oval

    def line(self, shape: LineShape):
        p = self.place
        connector = self.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, p.x(shape.x1), p.y(shape.y1),
                                              p.x(shape.x2), p.y(shape.y2))
        set_line(connector, shape.color, p.pt(shape.width), dash=bool(shape.dash))
        return connector

    def text(self, shape: TextShape, name: str | None = None):
        """One line of text whose baseline is at the layout's."""
        size = shape.font.size
        line_h = size * 1.25
        width = text_width(shape.text, shape.font.style, size) * 1.04 + 2
        top = shape.y - ascent(size) - 0.05 * size
        p = self.place
        box = self.shapes.add_textbox(p.x(shape.x), p.y(top), p.length(width), p.length(line_h))
        fill_text_frame(box.text_frame, [shape.text], shape.font.style, size, line_h, shape.color, p, wrap=False)
        if name:
            box.name = name
        return box

    def path(self, shape: PathShape):
        contours = sampled(shape.segments)
        if shape.clip is not None:  # a horizontal band: clamping y is the intersection
            clip = shape.clip
            contours = [([(x, min(max(y, clip.y), clip.bottom)) for x, y in points], closed)
                        for points, closed in contours]
        return self.freeform(contours, shape.fill, shape.stroke, shape.stroke_width, shape.fill_opacity,
                             dash=bool(shape.dash))

    def freeform(self, contours: list[tuple[list[tuple[float, float]], bool]], fill: str | None,
                 stroke: str | None, stroke_width: float, opacity: float = 1.0, dash: bool = False):
        """One freeform of polylines (``(points, closed)`` each), in map units."""
        contours = [(points, closed) for points, closed in contours if len(points) >= 2]
        if not contours:
            return None
        p = self.place
        first = contours[0][0]
        builder = _Freeform.new(self.shapes, p.x(first[0][0]), p.y(first[0][1]), 1.0, 1.0)
        for i, (points, closed) in enumerate(contours):
            if i:
                builder.move_to(p.x(points[0][0]), p.y(points[0][1]))
            builder.add_line_segments([(p.x(x), p.y(y)) for x, y in points[1:]], close=closed)
        shape = builder.convert_to_shape()
        set_fill(shape, fill, opacity)
        set_line(shape, stroke, p.pt(stroke_width), dash=dash)
        no_shadow(shape)
        return shape

    def icon(self, shape: IconShape):
        """The SVG icon as vector shapes: one freeform per paint (named after the icon), grouped
        when the icon has several paints."""
        drawing = load_icon(shape.name)
        if drawing is None or not drawing.width or not drawing.height:
            return None
        r = shape.rect
        k = min(r.w / drawing.width, r.h / drawing.height)
        dx, dy = r.x + (r.w - drawing.width * k) / 2, r.y + (r.h - drawing.height * k) / 2
        paints: dict[tuple, list] = {}
        for item in drawing.paths:
            segments = tuple((s[0], *[(v * k + (dx if i % 2 == 0 else dy)) for i, v in enumerate(s[1:])])
                             for s in item.segments)
            paints.setdefault((item.fill, item.stroke, item.stroke_width), []).extend(
                sampled(segments, ICON_SAMPLES))
        target = self.group(f"Icon {shape.name}") if len(paints) > 1 else self
        made = None
        for (fill, stroke, width), contours in paints.items():
            made = target.freeform(contours, fill, stroke, width * k)
            if made is not None:
                made.name = f"Icon {shape.name}"
        return target if len(paints) > 1 else made

    def shape(self, shape: Shape):
        if isinstance(shape, TextShape):
            return self.text(shape)
        if isinstance(shape, RectShape):
            return self.rect(shape.rect, shape.fill, shape.stroke, shape.stroke_width, shape.radius)
        if isinstance(shape, LineShape):
            return self.line(shape)
        if isinstance(shape, EllipseShape):
            return self.ellipse(shape)
        if isinstance(shape, PathShape):
            return self.path(shape)
        if isinstance(shape, IconShape):
            return self.icon(shape)
        if isinstance(shape, ImageShape):
            return self.image(shape)
        return None

    def image(self, shape: ImageShape):
        """A card's image (or a photo) as a picture filling ``shape.rect``, cropped like the screen."""
        data = self.images(shape.asset_id) if self.images else None
        if not data:
            return None
        p, r = self.place, shape.rect
        return cover_picture(self.shapes, data, (p.x(r.x), p.y(r.y), p.length(r.w), p.length(r.h)),
                             oval=shape.rounded, name=f"Image {shape.asset_id}")

    def shapes_of(self, shapes: Iterable[Shape]) -> None:
        for shape in shapes:
            self.shape(shape)

    # --- parts of the map ---------------------------------------------------------------------
    def card(self, box: CardBox, font_size: float, line_h: float, padding: float) -> None:
        """The card as one rounded rectangle with its text (editable), then its footer."""
        # the layout's order: shadow, body, one text line per line, then the footer
        body = box.shapes[1]
        texts = box.shapes[2:2 + len(box.lines)]
        ink = texts[0].color if texts else text_on(body.fill or "#ffffff")
        group = self.group(f"Card {box.card_id}")
        shape = group.rect(box.rect, body.fill, body.stroke, body.stroke_width, body.radius, name=f"Card {box.card_id}")
        # the text frame is a little wider than the layout wrapped to, so no renderer takes more lines;
        # the first line's baseline where the layout put it (below the card's image, if any)
        baseline = texts[0].y - box.rect.y if texts else padding + ascent(font_size)
        font_style = texts[0].font.style if texts else FontStyle.REGULAR  # (examples are in italics)
        insets = (padding, top_inset(baseline, line_h), padding * 0.3, 0)
        text = self.card_texts.get(box.card_id)
        badge = _comment_badge(box)
        if text is not None and texts and badge is not None and badge.bottom > texts[0].y - ascent(font_size):
            # the badge beside the first line: every line kept clear of it, when the text still
            # takes no more lines than the layout gave it (with the same slack as above)
            room = badge.x - BADGE_GAP - (box.rect.x + padding)
            if len(wrap(text, room - padding * 0.7, font_style, font_size)) <= len(box.lines):
                insets = (padding, insets[1], box.rect.right - badge.x + BADGE_GAP, 0)
        if text is None:
            fill_text_frame(shape.text_frame, box.lines, font_style, font_size, line_h, ink, self.place, insets=insets)
        else:
            fill_paragraphs(shape.text_frame, paragraphs(text), font_style, font_size, line_h, ink, self.place,
                            insets=insets)
        group.shapes_of(box.shapes[2 + len(box.lines):])

    def header(self, rect_shape: RectShape, texts: list[TextShape], line_h: float, name: str):
        """A header rectangle holding its text lines (as the layout placed them)."""
        shape = self.rect(rect_shape.rect, rect_shape.fill, rect_shape.stroke, rect_shape.stroke_width, name=name)
        if texts:
            first = texts[0]
            size = first.font.size
            left = first.x - rect_shape.rect.x
            top = top_inset(first.y - rect_shape.rect.y, line_h)
            fill_text_frame(shape.text_frame, [t.text for t in texts], first.font.style, size, line_h, first.color,
                            self.place, insets=(left, top, 2, 0))
        return shape

    def stage(self, box: StageBox, line_h: float, name: str) -> None:
        rect = next(s for s in box.shapes if isinstance(s, RectShape))
        texts = [s for s in box.shapes if isinstance(s, TextShape)]
        self.header(rect, texts, line_h, name)
        self.shapes_of(s for s in box.shapes if s is not rect and not isinstance(s, TextShape))

    def step(self, box: StepBox, name: str) -> None:
        if not box.shapes:
            return
        rect = box.shapes[0]
        texts = [s for s in box.shapes if isinstance(s, TextShape)]
        self.header(rect, texts, texts[0].font.size * 1.3 if texts else 20, name)

    def lane(self, box: LaneBox, line_h: float, name: str, row: Rect | None = None) -> None:
        """The lane's band (``row``: the part shown), its header with icon and title, then what the
        layout draws across the row (measured values)."""
        across = list(getattr(box, "row_shapes", ()) or ())
        band, header, *rest = box.shapes[:len(box.shapes) - len(across)]
        self.rect(row or band.rect, band.fill, name=f"{name} band")
        # the title: the first run of bold lines; anything else in the header is drawn as it is
        texts = []
        for shape in rest:
            if isinstance(shape, TextShape) and (not texts or (shape.font == texts[0].font and
                                                                shape.x == texts[0].x)):
                texts.append(shape)
            elif texts:
                break
        self.header(header, texts, line_h, name)
        self.shapes_of(s for s in rest if not any(s is t for t in texts))
        self.shapes_of(across)

    def curve(self, box: CurveBox) -> None:
        for shape in box.shapes:
            drawn = self.shape(shape)
            if isinstance(shape, PathShape) and shape.fill is None and drawn is not None:
                drawn.name = "Curve"  # the line through the points (the others: tinted areas)

    def point(self, box: PointBox) -> None:
        self.shapes_of(box.shapes)


def sampled(segments: Iterable[tuple], samples: int = CURVE_SAMPLES) -> list[tuple[list[tuple[float, float]], bool]]:
    """Path segments as polylines ``(points, closed)``, one per sub-path, cubics sampled."""
    contours: list[tuple[list[tuple[float, float]], bool]] = []
    current: list[tuple[float, float]] = []
    for seg in segments:
        op = seg[0]
        if op == "M":
            if len(current) >= 2:
                contours.append((current, False))
            current = [(seg[1], seg[2])]
        elif op == "L":
            current.append((seg[1], seg[2]))
        elif op == "C" and current:
            start = current[-1]
            bez = (start, (seg[1], seg[2]), (seg[3], seg[4]), (seg[5], seg[6]))
            current += [bezier_at(bez, i / samples) for i in range(1, samples + 1)]
        elif op == "Z" and current:
            contours.append((current, True))
            current = [current[0]]
    if len(current) >= 2:
        contours.append((current, False))
    return contours


def _comment_badge(box: CardBox) -> Rect | None:
    """The rectangle of a card's comment badge, if it has one."""
    for shape in box.shapes[2 + len(box.lines):]:
        if isinstance(shape, RectShape) and shape.stroke == COMMENT_COLOR:
            return shape.rect
    return None


def stage_of_steps(layout: MapLayout) -> dict[str, str]:
    return {step.step_id: step.stage_id for step in layout.steps}

