"""Draw layout shapes on a reportlab canvas, as vectors, with the bundled fonts embedded.

The caller places the map with :meth:`PdfPainter.place`: after it, one map unit is
``scale`` points and the map's top-left corner is at ``(x, top)`` on the page. Map y grows
downwards, PDF y upwards: the painter negates y itself, so text stays upright.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ..fonts import register_fonts, text_runs, text_width
from ..geometry import (
    EllipseShape, IconShape, ImageShape, LineShape, PathShape, Rect, RectShape, Shape, TextShape,
)
from ..style import rgba
from ..svg_icon import IconDrawing, load_icon

#: asset id -> the image file's bytes (PNG or JPEG)
ImageBytes = Callable[[str], bytes | None]

_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}


class PdfPainter:
    def __init__(self, canvas: Canvas, images: ImageBytes | None = None,
                 icons: Callable[[str], IconDrawing | None] = load_icon):
        register_fonts()
        self.c = canvas
        self.images = images
        self.icons = icons
        self._readers: dict[str, ImageReader | None] = {}

    def place(self, x: float, top: float, scale: float) -> None:
        """Map (0, 0) goes to page point (x, top); one map unit becomes ``scale`` points."""
        self.c.translate(x, top)
        self.c.scale(scale, scale)

    # --- colours -----------------------------------------------------------------------------
    def _fill(self, color: str, opacity: float = 1.0) -> None:
        r, g, b, a = rgba(color)
        self.c.setFillColorRGB(r / 255, g / 255, b / 255)
        self.c.setFillAlpha(a / 255 * opacity)

    def _stroke(self, color: str, width: float, dash: tuple[float, ...] = ()) -> None:
        r, g, b, a = rgba(color)
        self.c.setStrokeColorRGB(r / 255, g / 255, b / 255)
        self.c.setStrokeAlpha(a / 255)
        self.c.setLineWidth(width)
        self.c.setLineCap(1)
        self.c.setLineJoin(1)
        self.c.setDash(list(dash) if dash else [])

    def _paint(self, fill: str | None, stroke: str | None, width: float, opacity: float = 1.0) -> tuple[int, int]:
        if fill:
            self._fill(fill, opacity)
        if stroke:
            self._stroke(stroke, width)
        return int(fill is not None), int(stroke is not None)

    # --- shapes -------------------------------------------------------------------------------
    def draw(self, shapes: Iterable[Shape]) -> None:
        for shape in shapes:
            self.c.saveState()
            try:
                self._draw(shape)
            finally:
                self.c.restoreState()

    def _draw(self, shape: Shape) -> None:
        c = self.c
        if isinstance(shape, TextShape):
            self._text(shape)
        elif isinstance(shape, RectShape):
            fill, stroke = self._paint(shape.fill, shape.stroke, shape.stroke_width)
            r = shape.rect
            if shape.radius:
                c.roundRect(r.x, -r.bottom, r.w, r.h, shape.radius, stroke=stroke, fill=fill)
            else:
                c.rect(r.x, -r.bottom, r.w, r.h, stroke=stroke, fill=fill)
        elif isinstance(shape, LineShape):
            self._stroke(shape.color, shape.width, shape.dash)
            c.line(shape.x1, -shape.y1, shape.x2, -shape.y2)
        elif isinstance(shape, EllipseShape):
            fill, stroke = self._paint(shape.fill, shape.stroke, shape.stroke_width)
            r = shape.rect
            c.ellipse(r.x, -r.bottom, r.right, -r.y, stroke=stroke, fill=fill)
        elif isinstance(shape, PathShape):
            if shape.clip is not None:
                self._clip_rect(shape.clip)
            fill, stroke = self._paint(shape.fill, shape.stroke, shape.stroke_width, shape.fill_opacity)
            if shape.dash and stroke:
                self.c.setDash(list(shape.dash))
            c.drawPath(self._path(shape.segments, flip=True), stroke=stroke, fill=fill)
        elif isinstance(shape, IconShape):
            self._icon(shape)
        elif isinstance(shape, ImageShape):
            self._image(shape)

    def _text(self, shape: TextShape) -> None:
        style, size = shape.font.style, shape.font.size
        self._fill(shape.color)
        x = shape.x
        for run in text_runs(shape.text, style):
            self.c.setFont(run.pdf_name, size)
            self.c.drawString(x, -shape.y, run.text)
            x += text_width(run.text, style, size)

    def _path(self, segments, flip: bool):
        sign = -1 if flip else 1
        path = self.c.beginPath()
        for seg in segments:
            op = seg[0]
            if op == "M":
                path.moveTo(seg[1], sign * seg[2])
            elif op == "L":
                path.lineTo(seg[1], sign * seg[2])
            elif op == "C":
                path.curveTo(seg[1], sign * seg[2], seg[3], sign * seg[4], seg[5], sign * seg[6])
            elif op == "Z":
                path.close()
        return path

    def _clip_rect(self, rect: Rect) -> None:
        path = self.c.beginPath()
        path.rect(rect.x, -rect.bottom, rect.w, rect.h)
        self.c.clipPath(path, stroke=0, fill=0)

    def _icon(self, shape: IconShape) -> None:
        drawing = self.icons(shape.name) if self.icons else None
        if drawing is None or not drawing.width or not drawing.height:
            return
        r = shape.rect
        scale = min(r.w / drawing.width, r.h / drawing.height)
        dx = r.x + (r.w - drawing.width * scale) / 2
        dy = r.y + (r.h - drawing.height * scale) / 2
        # icon coordinates grow downwards like the map's: flip once here
        self.c.transform(scale, 0, 0, -scale, dx, -dy)
        for item in drawing.paths:
            self.c.saveState()
            fill, stroke = self._paint(item.fill, item.stroke, item.stroke_width)
            self.c.setLineCap(_CAPS.get(item.linecap, 0))
            self.c.setLineJoin(_JOINS.get(item.linejoin, 0))
            self.c.drawPath(self._path(item.segments, flip=False), stroke=stroke, fill=fill)
            self.c.restoreState()

    def _reader(self, asset_id: str) -> ImageReader | None:
        if asset_id not in self._readers:
            data = self.images(asset_id) if self.images else None
            try:
                self._readers[asset_id] = ImageReader(io.BytesIO(data)) if data else None
            except Exception:  # noqa: BLE001 - a broken photo must not stop the export
                self._readers[asset_id] = None
        return self._readers[asset_id]

    def _image(self, shape: ImageShape) -> None:
        reader = self._reader(shape.asset_id)
        if reader is None:
            return
        r = shape.rect
        clip = self.c.beginPath()
        if shape.rounded:
            clip.ellipse(r.x, -r.bottom, r.w, r.h)
        else:
            clip.rect(r.x, -r.bottom, r.w, r.h)
        self.c.clipPath(clip, stroke=0, fill=0)
        iw, ih = reader.getSize()
        cover = max(r.w / iw, r.h / ih)  # fill the box, centred, like the screen
        w, h = iw * cover, ih * cover
        self.c.drawImage(reader, r.x + (r.w - w) / 2, -r.bottom + (r.h - h) / 2, w, h, mask="auto")
