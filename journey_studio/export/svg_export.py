"""Export a map as an SVG 1.1 drawing: the shared layout, text kept as text. No Qt.

The file names DejaVu Sans and embeds the part of it the map uses (a subset per style, made
with fontTools, as a base64 web font), so browsers draw exactly the bundled font; Inkscape and
other editors use the installed DejaVu Sans (or a wide sans-serif) by name. The map's
coordinates are pixels at 96 DPI, with the same margin as the PNG export, so the SVG and a
96-DPI PNG of the same map have the same size.
"""

from __future__ import annotations

import base64
import io
import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from .. import APP_NAME, __version__
from ..fileformat.atomic import write_atomic
from ..model import Journey
from ..render.fonts import FAMILY, FontStyle, font_path
from ..render.geometry import MapLayout, Rect, Shape, TextShape
from ..render.layout import LayoutOptions, layout_map
from ..render.missing_glyphs import missing_glyphs
from ..render.painters.svg import FONT_STACK, SvgPainter, svg_tag, num

MARGIN = 24.0  # as the PNG export's


@dataclass
class SvgOptions:
    show_title: bool = True
    #: the map's description wrapped under the title, as the PNG and the PDF draw it
    show_description: bool = True
    show_persona: bool = True
    #: embed the glyphs the map uses (a few tens of kB); off: the font is only named
    embed_font: bool = True


@dataclass
class SvgResult:
    width: float
    height: float
    missing: set[str]

    def pixels(self) -> tuple[int, int]:
        """Its size in whole pixels, as a browser shows it at 100 % (a fraction rounds up)."""
        return math.ceil(self.width - 1e-6), math.ceil(self.height - 1e-6)


def export_svg(journey: Journey, path: str, options: SvgOptions | None = None) -> SvgResult:
    """Write ``journey`` as an SVG to ``path`` (atomically)."""
    options = options or SvgOptions()
    layout = layout_map(journey, LayoutOptions(show_title=options.show_title, show_description=options.show_description,
                                               show_persona=options.show_persona))
    data = render_svg(journey, options, layout)
    write_atomic(path, data)
    return SvgResult(layout.width + 2 * MARGIN, layout.height + 2 * MARGIN, missing_glyphs(journey))


def render_svg(journey: Journey, options: SvgOptions | None = None, layout: MapLayout | None = None,
               area: Rect | None = None, scale: float = 1.0) -> bytes:
    """The map (or the part of it in ``area``, map units) as SVG bytes; ``scale`` sizes the drawing."""
    options = options or SvgOptions()
    layout = layout or layout_map(journey, LayoutOptions(show_title=options.show_title,
                                                         show_description=options.show_description,
                                                         show_persona=options.show_persona))
    shapes = layout.all_shapes()
    return svg_document(shapes, area or Rect(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN),
                        journey, options.embed_font, scale)


def svg_document(shapes: list[Shape], view: Rect, journey: Journey, embed_font: bool = True,
                 scale: float = 1.0) -> bytes:
    """An SVG document drawing ``shapes``; ``view`` is the part of the map shown (map units)."""
    m = journey.map
    root = ET.Element(svg_tag("svg"), {
        "version": "1.1", "width": num(view.w * scale), "height": num(view.h * scale),
        "viewBox": " ".join(num(v) for v in (view.x, view.y, view.w, view.h)),
    })
    ET.SubElement(root, svg_tag("title")).text = m.title
    if m.description:
        ET.SubElement(root, svg_tag("desc")).text = m.description
    ET.SubElement(root, svg_tag("metadata")).text = f"{APP_NAME} {__version__}"
    defs = ET.SubElement(root, svg_tag("defs"))
    style = ET.SubElement(defs, svg_tag("style"), type="text/css")
    style.text = _css(shapes, embed_font)
    ET.SubElement(root, svg_tag("rect"), x=num(view.x), y=num(view.y), width=num(view.w), height=num(view.h),
                  fill="#ffffff")
    body = ET.SubElement(root, svg_tag("g"), {"font-family": FONT_STACK})
    SvgPainter(body, defs, _image_data(journey)).draw(shapes)
    out = io.BytesIO()
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return out.getvalue() + b"\n"


def _css(shapes: list[Shape], embed: bool) -> str:
    rules = ["text { font-kerning: none; text-rendering: geometricPrecision; }"]
    if not embed:
        return "\n".join(rules)
    used: dict[FontStyle, set[str]] = {}
    for shape in shapes:
        if isinstance(shape, TextShape):
            used.setdefault(shape.font.style, set()).update(shape.text)
    for style, chars in sorted(used.items()):
        data = font_subset(style, "".join(sorted(chars)))
        if data is None:
            continue
        weight = "bold" if style in (FontStyle.BOLD, FontStyle.BOLD_ITALIC) else "normal"
        slant = "italic" if style in (FontStyle.ITALIC, FontStyle.BOLD_ITALIC) else "normal"
        rules.append(f"@font-face {{ font-family: '{FAMILY}'; font-weight: {weight}; font-style: {slant}; "
                     f"src: url(data:font/ttf;base64,{base64.b64encode(data).decode('ascii')}) format('truetype'); }}")
    return "\n".join(rules)


def font_subset(style: FontStyle, chars: str) -> bytes | None:
    """The bundled font cut down to ``chars`` (TrueType bytes), or None without fontTools."""
    try:
        from fontTools import subset
    except ImportError:  # the font is then only named
        return None
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]  # keep the licence and the family name
    options.notdef_outline = True
    options.drop_tables = [*options.drop_tables, "FFTM"]  # FontForge's timestamps: nothing to draw
    font = subset.load_font(font_path(style), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes={ord(c) for c in chars} | {0x20})
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _image_data(journey: Journey):
    def lookup(asset_id: str):
        asset = journey.assets.get(asset_id)
        if asset is None:
            return None
        data = asset.raw_bytes()
        return ("image/png" if data[:8] == b"\x89PNG\r\n\x1a\n" else "image/jpeg"), data
    return lookup

