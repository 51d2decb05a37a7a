"""Draw layout shapes as SVG 1.1 elements: text stays text, icons stay vectors. No Qt.

The canvas, the PNG, the PDF and this painter draw the same shapes, so an SVG looks like the
PNG of the same map. Text is set in DejaVu Sans (the font the layout measures with); the
document embeds it as a web font (see ``export.svg_export``) and names it, so browsers draw
the embedded font and Inkscape the installed one. Kerning is turned off, as in the layout.
"""

from __future__ import annotations

import base64
import copy
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..fonts import FAMILY, FontStyle
from ..geometry import (
    EllipseShape, IconShape, ImageShape, LineShape, PathShape, Rect, RectShape, Shape, TextShape,
)
from ..style import rgba

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", XLINK_NS)
#: what a renderer without DejaVu Sans uses instead (DejaVu is Bitstream Vera's heir; Verdana is the
#: nearest everywhere; both are wide, so the layout's lines still fit)
FONT_STACK = f"'{FAMILY}', 'Bitstream Vera Sans', Verdana, sans-serif"

#: asset id -> (mime type, bytes) of an image of the map (the persona photo)
ImageData = Callable[[str], tuple[str, bytes] | None]


def svg_tag(name: str) -> str:
    return f"{{{SVG_NS}}}{name}"


def num(value: float) -> str:
    """A coordinate, short: 12.5, 3, -0.25."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _paint(element: ET.Element, attribute: str, color: str | None, opacity: float = 1.0) -> None:
    if color is None:
        element.set(attribute, "none")
        return
    r, g, b, a = rgba(color)
    element.set(attribute, f"#{r:02x}{g:02x}{b:02x}")
    alpha = a / 255 * opacity
    if alpha < 0.999:
        element.set(f"{attribute}-opacity", num(round(alpha, 3)))


def path_data(segments: Iterable[tuple]) -> str:
    parts = []
    for seg in segments:
        parts.append(seg[0] + (" " + " ".join(num(v) for v in seg[1:]) if len(seg) > 1 else ""))
    return " ".join(parts)


@lru_cache(maxsize=None)
def _icon_element(name: str) -> ET.Element | None:
    from ...paths import icon

    try:
        root = ET.fromstring(icon(*f"{name}.svg".split("/")).read_text(encoding="utf-8"))
    except (OSError, ET.ParseError):
        return None
    return root if root.tag == svg_tag("svg") else None


class SvgPainter:
    """Appends SVG elements for layout shapes to ``parent``; clip paths go into ``defs``."""

    def __init__(self, parent: ET.Element, defs: ET.Element, images: ImageData | None = None):
        self.parent = parent
        self.defs = defs
        self.images = images
        self._clips: dict[tuple, str] = {}

    def draw(self, shapes: Iterable[Shape]) -> None:
        for shape in shapes:
            self.shape(shape)

    def shape(self, shape: Shape) -> ET.Element | None:
        if isinstance(shape, TextShape):
            return self.text(shape)
        if isinstance(shape, RectShape):
            r = shape.rect
            e = self._add("rect", x=r.x, y=r.y, width=r.w, height=r.h)
            if shape.radius:
                e.set("rx", num(shape.radius))
                e.set("ry", num(shape.radius))
            self._fill_stroke(e, shape.fill, shape.stroke, shape.stroke_width)
            return e
        if isinstance(shape, LineShape):
            e = self._add("line", x1=shape.x1, y1=shape.y1, x2=shape.x2, y2=shape.y2)
            _paint(e, "stroke", shape.color)
            e.set("stroke-width", num(shape.width))
            e.set("stroke-linecap", "round")
            if shape.dash:
                e.set("stroke-dasharray", " ".join(num(d) for d in shape.dash))
            return e
        if isinstance(shape, EllipseShape):
            r = shape.rect
            e = self._add("ellipse", cx=r.x + r.w / 2, cy=r.y + r.h / 2, rx=r.w / 2, ry=r.h / 2)
            self._fill_stroke(e, shape.fill, shape.stroke, shape.stroke_width)
            return e
        if isinstance(shape, PathShape):
            e = ET.SubElement(self.parent, svg_tag("path"), d=path_data(shape.segments))
            self._fill_stroke(e, shape.fill, shape.stroke, shape.stroke_width, shape.fill_opacity)
            e.set("stroke-linecap", "round")
            e.set("stroke-linejoin", "round")
            if shape.dash:  # a to-be curve
                e.set("stroke-dasharray", " ".join(num(d) for d in shape.dash))
            if shape.clip is not None:
                e.set("clip-path", f"url(#{self._clip(shape.clip)})")
            return e
        if isinstance(shape, IconShape):
            return self.icon(shape)
        if isinstance(shape, ImageShape):
            return self.image(shape)
        return None

    def text(self, shape: TextShape) -> ET.Element:
        e = self._add("text", x=shape.x, y=shape.y)
        e.set("font-size", num(shape.font.size))
        if shape.font.style in (FontStyle.BOLD, FontStyle.BOLD_ITALIC):
            e.set("font-weight", "bold")
        if shape.font.style in (FontStyle.ITALIC, FontStyle.BOLD_ITALIC):
            e.set("font-style", "italic")
        _paint(e, "fill", shape.color)
        e.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        e.text = "".join(c for c in shape.text if c == "\t" or c >= " ")
        return e

    def icon(self, shape: IconShape) -> ET.Element | None:
        source = _icon_element(shape.name)
        if source is None:
            return None
        e = copy.deepcopy(source)
        r = shape.rect
        for key, value in (("x", r.x), ("y", r.y), ("width", r.w), ("height", r.h)):
            e.set(key, num(value))
        e.set("class", f"icon {shape.name.replace('/', '-')}")
        self.parent.append(e)
        return e

    def image(self, shape: ImageShape) -> ET.Element | None:
        found = self.images(shape.asset_id) if self.images else None
        if not found:
            return None
        mime, data = found
        r = shape.rect
        e = self._add("image", x=r.x, y=r.y, width=r.w, height=r.h)
        e.set("preserveAspectRatio", "xMidYMid slice")
        e.set(f"{{{XLINK_NS}}}href", f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}")
        if shape.rounded:
            e.set("clip-path", f"url(#{self._clip(r, round_=True)})")
        return e

    # --- helpers ----------------------------------------------------------------------------
    def _add(self, name: str, **numbers: float) -> ET.Element:
        return ET.SubElement(self.parent, svg_tag(name), {k: num(v) for k, v in numbers.items()})

    @staticmethod
    def _fill_stroke(e: ET.Element, fill: str | None, stroke: str | None, width: float, opacity: float = 1.0) -> None:
        _paint(e, "fill", fill, opacity)
        _paint(e, "stroke", stroke)
        if stroke is not None:
            e.set("stroke-width", num(width))

    def _clip(self, rect: Rect, round_: bool = False) -> str:
        key = (rect, round_)
        if key not in self._clips:
            ident = f"clip{len(self._clips) + 1}"
            clip = ET.SubElement(self.defs, svg_tag("clipPath"), id=ident)
            if round_:
                ET.SubElement(clip, svg_tag("ellipse"), cx=num(rect.x + rect.w / 2), cy=num(rect.y + rect.h / 2),
                              rx=num(rect.w / 2), ry=num(rect.h / 2))
            else:
                ET.SubElement(clip, svg_tag("rect"), x=num(rect.x), y=num(rect.y), width=num(rect.w),
                              height=num(rect.h))
            self._clips[key] = ident
        return self._clips[key]
