"""Export a map as a PNG: the layout drawn with QPainter, written by :mod:`.png_encode`.

The file carries its DPI, the map's title and, unless turned off, the map itself (the
canonical ``.journey`` text in a compressed iTXt chunk), so Journey Studio can open the
PNG again as an editable map (``fileformat.png_reader``). Works without a display.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .. import APP_NAME, __version__
from ..fileformat import dumps
from ..fileformat.atomic import write_atomic
from ..fileformat.png_reader import EMBED_KEY
from ..model import Journey
from ..render.geometry import MapLayout
from ..render.layout import LayoutOptions, layout_map
from ..render.missing_glyphs import missing_glyphs
from .errors import ExportError
from .views import view_dimmed

MIN_DPI, MAX_DPI = 96, 600
MAP_DPI = 96  # one map unit is one pixel at 96 DPI
#: white space around the map, in map units
MARGIN = 24.0
#: refuse before allocating: 80 megapixels is 320 MB of pixels (and Pillow's own safety limit)
MAX_PIXELS = 80_000_000
MAX_SIDE = 32_000


@dataclass
class PngOptions:
    dpi: float = 192
    #: a width in pixels; when set, it decides the scale instead of ``dpi``
    width: int | None = None
    transparent: bool = False
    embed: bool = True
    show_title: bool = True
    #: the map's description wrapped under the title, as the PDF prints it (nothing without a title)
    show_description: bool = True
    show_persona: bool = True
    #: the name of a view saved in the map: the cards it leaves out are drawn faded
    view: str | None = None
    #: when the image at ``dpi`` would pass the pixel limits, lower the resolution to fit
    #: instead of refusing (the command line's default: any map gives a picture)
    fit_limits: bool = False

    def check(self) -> None:
        if self.width is None and not MIN_DPI <= self.dpi <= MAX_DPI:
            raise ExportError(f"the resolution must be between {MIN_DPI} and {MAX_DPI} DPI (got {self.dpi:g})")
        if self.width is not None and not 16 <= self.width <= MAX_SIDE:
            raise ExportError(f"the width must be between 16 and {MAX_SIDE} pixels (got {self.width})")


def shown_dpi(dpi: float) -> float:
    """A resolution as a person reads it: whole from 100 DPI (192, 300), to a tenth below,
    where a whole DPI is more than 1 % (a 1,200-pixel-wide image of a large map: 49.9)."""
    return float(round(dpi)) if dpi >= 99.95 else round(dpi, 1)


@dataclass
class PngResult:
    width: int
    height: int
    dpi: float
    missing: set[str]
    #: the resolution asked for, when it was lowered to keep the image within the limits
    lowered_from: float | None = None


@dataclass(frozen=True)
class PngGeometry:
    """Where the map lands in the image: pixel = (unit + MARGIN) * scale."""

    layout: MapLayout
    scale: float
    width: int
    height: int
    dpi: float
    lowered_from: float | None = None

    def to_pixel(self, x: float, y: float) -> tuple[float, float]:
        return (x + MARGIN) * self.scale, (y + MARGIN) * self.scale


def png_geometry(journey: Journey, options: PngOptions) -> PngGeometry:
    """Size and scale of the image, checked against the limits before any pixel exists.

    The map's width is known without laying it out, so a resolution that is too high for the
    width alone is refused (or lowered, with ``fit_limits``) before the layout is made."""
    options.check()
    asked = None if options.width else options.dpi / MAP_DPI
    if asked is not None:
        from ..render.layout import grid_width, least_height

        least_w, least_h = grid_width(journey.map) + 2 * MARGIN, least_height(journey.map) + 2 * MARGIN
        too_big = max(least_w, least_h) * asked > MAX_SIDE or least_w * least_h * asked * asked > MAX_PIXELS
        if too_big and not options.fit_limits:
            _refuse(least_w, least_h, asked)
    layout = layout_map(journey, LayoutOptions(show_title=options.show_title, show_description=options.show_description,
                                               show_persona=options.show_persona,
                                               dimmed=view_dimmed(journey, options.view)))
    full_w, full_h = layout.width + 2 * MARGIN, layout.height + 2 * MARGIN
    scale = options.width / full_w if options.width else options.dpi / MAP_DPI
    lowered = None
    if options.fit_limits and not options.width:
        fit = _fit_scale(full_w, full_h)
        if scale > fit:
            lowered, scale = options.dpi, math.floor(fit * MAP_DPI) / MAP_DPI
    width = options.width or max(1, math.ceil(full_w * scale - 1e-6))
    height = max(1, math.ceil(full_h * scale - 1e-6))
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        _refuse(full_w, full_h, scale)
    return PngGeometry(layout, scale, width, height, scale * MAP_DPI, lowered)


def _fit_scale(full_w: float, full_h: float) -> float:
    """The largest scale at which an image of ``full_w`` x ``full_h`` units passes the limits."""
    return min(MAX_SIDE / full_w, MAX_SIDE / full_h, math.sqrt(MAX_PIXELS / (full_w * full_h)))


def _refuse(full_w: float, full_h: float, scale: float):
    width, height = math.ceil(full_w * scale - 1e-6), math.ceil(full_h * scale - 1e-6)
    fit = _fit_scale(full_w, full_h)
    fit_dpi, fit_width = math.floor(fit * MAP_DPI), math.floor(fit * full_w)
    advice = (f"choose at most {fit_dpi} DPI or {fit_width:,} pixels wide" if fit_dpi >= MIN_DPI
              else f"choose a width of at most {fit_width:,} pixels (--width)")
    raise ExportError(
        f"the image would be {width:,} × {height:,} pixels ({width * height / 1e6:.0f} megapixels); the limit is "
        f"{MAX_PIXELS // 1_000_000} megapixels and {MAX_SIDE:,} pixels a side: {advice}, or export a PDF")


def render_image(journey: Journey, options: PngOptions, geometry: PngGeometry | None = None):
    """The map drawn into a QImage (RGB, or RGBA premultiplied when transparent); also used by
    the export preview."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from .. import qt_feature  # noqa: F401 (the imports after Qt's are cheaper)
    from ..render.painters.qt import paint_shapes
    from .qt_app import ensure_gui_app

    ensure_gui_app()
    geometry = geometry or png_geometry(journey, options)
    # opaque: painted straight into the PNG's own pixel format (the same pixels as painting in
    # RGBA and converting, without a second 4-byte-per-pixel image to fill and convert)
    pixel_format = (QImage.Format.Format_RGBA8888_Premultiplied if options.transparent
                    else QImage.Format.Format_RGB888)
    image = QImage(geometry.width, geometry.height, pixel_format)
    if image.isNull():
        raise ExportError("not enough memory for an image this large; choose a lower resolution")
    image.fill(Qt.GlobalColor.transparent if options.transparent else Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.scale(geometry.scale, geometry.scale)
        painter.translate(MARGIN, MARGIN)
        paint_shapes(painter, geometry.layout.all_shapes(), images=_image_lookup(journey), icons=svg_renderer)
    finally:
        painter.end()
    return image


def export_png(journey: Journey, path: str, options: PngOptions | None = None) -> PngResult:
    """Write ``journey`` as a PNG to ``path`` (atomically)."""
    options = options or PngOptions()
    geometry = png_geometry(journey, options)
    image = render_image(journey, options, geometry)
    write_atomic(path, _png_bytes(journey, image, options, geometry.dpi))
    return PngResult(geometry.width, geometry.height, geometry.dpi, missing_glyphs(journey, geometry.layout),
                     geometry.lowered_from)


def _png_bytes(journey: Journey, image, options: PngOptions, dpi: float) -> bytes:
    from PySide6.QtGui import QImage

    from .png_encode import encode_png, itxt_chunk, text_chunk

    if options.transparent:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        channels = 4
    else:
        image = image.convertToFormat(QImage.Format.Format_RGB888)
        channels = 3
    texts = [itxt_chunk("Title", journey.map.title), text_chunk("Software", f"{APP_NAME} {__version__}")]
    if journey.map.description:
        texts.append(itxt_chunk("Description", journey.map.description))
    if options.embed:
        texts.append(itxt_chunk(EMBED_KEY, dumps(journey).decode("utf-8"), compressed=True))
    # no Pillow: filter 0 and zlib level 6 write maps (flat colours) a little smaller than
    # Pillow's adaptive filters at level 4, in two thirds of the time (see png_encode)
    return encode_png(image.constBits(), image.width(), image.height(), image.bytesPerLine(), channels,
                      dpi=dpi, texts=texts)


def _image_lookup(journey: Journey):
    from PySide6.QtGui import QImage

    cache: dict[str, QImage | None] = {}

    def lookup(asset_id: str):
        if asset_id not in cache:
            asset = journey.assets.get(asset_id)
            image = QImage.fromData(asset.raw_bytes()) if asset is not None else None
            cache[asset_id] = image if image is not None and not image.isNull() else None
        return cache[asset_id]
    return lookup


@lru_cache(maxsize=None)
def svg_renderer(name: str):
    """``channels/email`` -> a QSvgRenderer of the project's icon, or None."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    from ..icons import svg_bytes

    data = svg_bytes(tuple(f"{name}.svg".split("/")))
    renderer = QSvgRenderer(QByteArray(data)) if data else None
    return renderer if renderer is not None and renderer.isValid() else None
