"""The project's line icons (a small SVG subset) as vector paths, for the PDF. No Qt.

Understands what ``icons/`` uses: ``g`` (inherited paint attributes), ``path`` (all
commands, arcs turned into cubics), ``circle``, ``ellipse``, ``rect`` (with ``rx``),
``line``, ``polyline`` and ``polygon``; ``fill``, ``stroke``, ``stroke-width``,
``stroke-linecap`` and ``stroke-linejoin``. Anything else is ignored.
Segments use the layout's path format: ("M", x, y), ("L", x, y), ("C", ...6), ("Z",).
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import lru_cache

from ..paths import icon

KAPPA = 0.5522847498307936  # control distance of a quarter circle as a cubic
_PAINT = ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin")


@dataclass(frozen=True)
class IconPath:
    segments: tuple[tuple, ...]
    fill: str | None
    stroke: str | None
    stroke_width: float
    linecap: str = "butt"
    linejoin: str = "miter"


@dataclass(frozen=True)
class IconDrawing:
    width: float  # of the view box
    height: float
    paths: tuple[IconPath, ...]


@lru_cache(maxsize=None)
def load_icon(name: str) -> IconDrawing | None:
    """``lanes/actions`` -> its drawing, or None when the file is missing or unreadable."""
    try:
        return parse_svg(icon(*f"{name}.svg".split("/")).read_text(encoding="utf-8"))
    except (OSError, ET.ParseError, ValueError):
        return None


def parse_svg(text: str) -> IconDrawing:
    root = ET.fromstring(text)
    box = [float(v) for v in re.split(r"[\s,]+", root.get("viewBox", "").strip()) if v] or \
        [0, 0, _number(root.get("width", "24")), _number(root.get("height", "24"))]
    ox, oy, width, height = box
    paths: list[IconPath] = []
    _walk(root, {"fill": "#000000", "stroke": "none", "stroke-width": "1"}, paths, ox, oy)
    return IconDrawing(width, height, tuple(paths))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _number(value: str) -> float:
    return float(re.match(r"[-+0-9.eE]+", value.strip()).group(0))


def _walk(element, inherited: dict, out: list, ox: float, oy: float) -> None:
    paint = dict(inherited)
    paint.update({k: element.get(k) for k in _PAINT if element.get(k) is not None})
    segments = _shape(_local(element.tag), element)
    if segments:
        moved = tuple((s[0], *[v - (ox if i % 2 == 0 else oy) for i, v in enumerate(s[1:])]) for s in segments)
        fill = None if paint["fill"] in ("none", "transparent") else paint["fill"]
        stroke = None if paint["stroke"] in ("none", "transparent") else paint["stroke"]
        out.append(IconPath(moved, fill, stroke, _number(paint["stroke-width"]),
                            paint.get("stroke-linecap", "butt"), paint.get("stroke-linejoin", "miter")))
    for child in element:
        _walk(child, paint, out, ox, oy)


def _shape(tag: str, e) -> list[tuple]:
    def num(name: str, default: float = 0.0) -> float:
        value = e.get(name)
        return _number(value) if value is not None else default

    if tag == "path":
        return path_segments(e.get("d", ""))
    if tag == "circle":
        r = num("r")
        return ellipse_segments(num("cx"), num("cy"), r, r)
    if tag == "ellipse":
        return ellipse_segments(num("cx"), num("cy"), num("rx"), num("ry"))
    if tag == "rect":
        rx = num("rx", num("ry"))
        ry = num("ry", rx)
        return rect_segments(num("x"), num("y"), num("width"), num("height"), rx, ry)
    if tag == "line":
        return [("M", num("x1"), num("y1")), ("L", num("x2"), num("y2"))]
    if tag in ("polyline", "polygon"):
        values = [float(v) for v in re.split(r"[\s,]+", e.get("points", "").strip()) if v]
        pts = list(zip(values[0::2], values[1::2]))
        if not pts:
            return []
        segments = [("M", *pts[0])] + [("L", *p) for p in pts[1:]]
        return segments + [("Z",)] if tag == "polygon" else segments
    return []


def ellipse_segments(cx: float, cy: float, rx: float, ry: float) -> list[tuple]:
    if rx <= 0 or ry <= 0:
        return []
    kx, ky = rx * KAPPA, ry * KAPPA
    return [("M", cx + rx, cy),
            ("C", cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry),
            ("C", cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy),
            ("C", cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry),
            ("C", cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy), ("Z",)]


def rect_segments(x: float, y: float, w: float, h: float, rx: float, ry: float) -> list[tuple]:
    if w <= 0 or h <= 0:
        return []
    rx, ry = min(max(rx, 0), w / 2), min(max(ry, 0), h / 2)
    if not rx or not ry:
        return [("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",)]
    kx, ky = rx * (1 - KAPPA), ry * (1 - KAPPA)
    r, b = x + w, y + h
    return [("M", x + rx, y), ("L", r - rx, y), ("C", r - kx, y, r, y + ky, r, y + ry),
            ("L", r, b - ry), ("C", r, b - ky, r - kx, b, r - rx, b),
            ("L", x + rx, b), ("C", x + kx, b, x, b - ky, x, b - ry),
            ("L", x, y + ry), ("C", x, y + ky, x + kx, y, x + rx, y), ("Z",)]


_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARITY = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


def path_segments(d: str) -> list[tuple]:
    """An SVG path's ``d`` as absolute M/L/C/Z segments."""
    tokens = _TOKEN.findall(d)
    out: list[tuple] = []
    x = y = start_x = start_y = 0.0
    last_ctrl: tuple[float, float] | None = None
    last_cmd = ""
    i = 0
    cmd = ""
    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
        elif not cmd:
            raise ValueError("path data does not start with a command")
        upper, rel = cmd.upper(), cmd.islower()
        n = _ARITY[upper]
        args = [float(t) for t in tokens[i:i + n]]
        if len(args) < n:
            raise ValueError("path data ends in the middle of a command")
        i += n
        dx, dy = (x, y) if rel else (0.0, 0.0)
        if upper == "Z":
            out.append(("Z",))
            x, y = start_x, start_y
            last_ctrl = None
        elif upper == "M":
            x, y = args[0] + dx, args[1] + dy
            start_x, start_y = x, y
            out.append(("M", x, y))
            cmd = "l" if rel else "L"  # further pairs are lines
            last_ctrl = None
        elif upper in ("L", "H", "V"):
            if upper == "L":
                x, y = args[0] + dx, args[1] + dy
            elif upper == "H":
                x = args[0] + dx
            else:
                y = args[0] + dy
            out.append(("L", x, y))
            last_ctrl = None
        elif upper in ("C", "S"):
            if upper == "C":
                c1 = (args[0] + dx, args[1] + dy)
                c2, end = (args[2] + dx, args[3] + dy), (args[4] + dx, args[5] + dy)
            else:
                c1 = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) if last_ctrl and last_cmd in "CS" else (x, y)
                c2, end = (args[0] + dx, args[1] + dy), (args[2] + dx, args[3] + dy)
            out.append(("C", *c1, *c2, *end))
            last_ctrl, (x, y) = c2, end
        elif upper in ("Q", "T"):
            if upper == "Q":
                q, end = (args[0] + dx, args[1] + dy), (args[2] + dx, args[3] + dy)
            else:
                q = (2 * x - last_ctrl[0], 2 * y - last_ctrl[1]) if last_ctrl and last_cmd in "QT" else (x, y)
                end = (args[0] + dx, args[1] + dy)
            out.append(("C", x + 2 / 3 * (q[0] - x), y + 2 / 3 * (q[1] - y),
                        end[0] + 2 / 3 * (q[0] - end[0]), end[1] + 2 / 3 * (q[1] - end[1]), *end))
            last_ctrl, (x, y) = q, end
        elif upper == "A":
            end = (args[5] + dx, args[6] + dy)
            out += arc_segments((x, y), args[0], args[1], args[2], bool(args[3]), bool(args[4]), end)
            x, y = end
            last_ctrl = None
        last_cmd = upper
    return out


def arc_segments(p0, rx, ry, angle_deg, large, sweep, p1) -> list[tuple]:
    """An SVG elliptical arc as cubic segments (SVG 1.1 implementation notes, F.6.5)."""
    (x1, y1), (x2, y2) = p0, p1
    if (x1, y1) == (x2, y2):
        return []
    rx, ry = abs(rx), abs(ry)
    if not rx or not ry:
        return [("L", x2, y2)]
    phi = math.radians(angle_deg)
    cos_p, sin_p = math.cos(phi), math.sin(phi)
    hx, hy = (x1 - x2) / 2, (y1 - y2) / 2
    xp, yp = cos_p * hx + sin_p * hy, -sin_p * hx + cos_p * hy
    lam = (xp / rx) ** 2 + (yp / ry) ** 2
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp
    den = rx * rx * yp * yp + ry * ry * xp * xp
    coef = math.sqrt(max(0.0, num / den)) * (-1 if large == sweep else 1)
    cxp, cyp = coef * rx * yp / ry, -coef * ry * xp / rx
    cx = cos_p * cxp - sin_p * cyp + (x1 + x2) / 2
    cy = sin_p * cxp + cos_p * cyp + (y1 + y2) / 2

    def angle(ux, uy, vx, vy):
        return math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)

    theta1 = angle(1, 0, (xp - cxp) / rx, (yp - cyp) / ry)
    delta = angle((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry)
    if not sweep and delta > 0:
        delta -= 2 * math.pi
    elif sweep and delta < 0:
        delta += 2 * math.pi
    parts = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / parts
    k = 4 / 3 * math.tan(step / 4)

    def point(t):
        return (cx + rx * math.cos(t) * cos_p - ry * math.sin(t) * sin_p,
                cy + rx * math.cos(t) * sin_p + ry * math.sin(t) * cos_p)

    def derivative(t):
        return (-rx * math.sin(t) * cos_p - ry * math.cos(t) * sin_p,
                -rx * math.sin(t) * sin_p + ry * math.cos(t) * cos_p)

    out = []
    t = theta1
    for _ in range(parts):
        a, b = point(t), point(t + step)
        da, db = derivative(t), derivative(t + step)
        out.append(("C", a[0] + k * da[0], a[1] + k * da[1], b[0] - k * db[0], b[1] - k * db[1], *b))
        t += step
    out[-1] = ("C", *out[-1][1:5], x2, y2)  # end exactly where the SVG says
    return out
