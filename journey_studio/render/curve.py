"""The emotion curve: a monotone cubic through the points, and the faces drawn on it.

Monotone cubic interpolation (Fritsch and Carlson, 1980) never overshoots: between two
points the curve stays between their two values, so it never leaves the scale.
"""

from __future__ import annotations

import math

from .geometry import EllipseShape, LineShape, PathShape, Rect, Shape
from .style import INK, NEGATIVE_TINT, NEUTRAL_LINE, POSITIVE_TINT, mix

Point = tuple[float, float]
Bezier = tuple[Point, Point, Point, Point]


def monotone_tangents(points: list[Point]) -> list[float]:
    n = len(points)
    if n < 2:
        return [0.0] * n
    slopes = [
        (points[k + 1][1] - points[k][1]) / (points[k + 1][0] - points[k][0]) for k in range(n - 1)
    ]
    tangents = [slopes[0]] + [
        0.0 if slopes[k - 1] * slopes[k] <= 0 else (slopes[k - 1] + slopes[k]) / 2 for k in range(1, n - 1)
    ] + [slopes[-1]]
    for k, slope in enumerate(slopes):
        if abs(slope) < 1e-12:  # flat (a subnormal slope would overflow the ratios below to inf/nan)
            tangents[k] = tangents[k + 1] = 0.0
            continue
        a, b = tangents[k] / slope, tangents[k + 1] / slope
        if a < 0:
            tangents[k], a = 0.0, 0.0
        if b < 0:
            tangents[k + 1], b = 0.0, 0.0
        norm = a * a + b * b
        if norm > 9:
            t = 3 / math.sqrt(norm)
            tangents[k] = t * a * slope
            tangents[k + 1] = t * b * slope
    return tangents


def monotone_beziers(points: list[Point]) -> list[Bezier]:
    """Cubic Bézier segments through ``points`` (x strictly increasing)."""
    tangents = monotone_tangents(points)
    segments = []
    for k in range(len(points) - 1):
        (x0, y0), (x1, y1) = points[k], points[k + 1]
        third = (x1 - x0) / 3
        segments.append(((x0, y0), (x0 + third, y0 + tangents[k] * third),
                         (x1 - third, y1 - tangents[k + 1] * third), (x1, y1)))
    return segments


def bezier_at(segment: Bezier, t: float) -> Point:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = segment
    u = 1 - t
    return (u**3 * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t**3 * x3,
            u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3)


def curve_path(points: list[Point]) -> tuple:
    """Path segments (``M``/``C``) of the curve."""
    if not points:
        return ()
    path: list[tuple] = [("M", *points[0])]
    for _, c1, c2, end in monotone_beziers(points):
        path.append(("C", *c1, *c2, *end))
    return tuple(path)


def area_path(points: list[Point], base_y: float) -> tuple:
    """The closed area between the curve and the horizontal line ``base_y``."""
    if len(points) < 2:
        return ()
    return curve_path(points) + (("L", points[-1][0], base_y), ("L", points[0][0], base_y), ("Z",))


#: how a to-be curve (the journey as it should become) is dashed
TO_BE_DASH = (10.0, 7.0)


def curve_shapes(band: Rect, neutral_y: float, points: list[Point], color: str,
                 dash: tuple[float, ...] = ()) -> list[Shape]:
    """The neutral line across ``band``, the tinted areas above and below it, and the curve
    (``dash``: a to-be curve)."""
    shapes: list[Shape] = [LineShape(band.x, neutral_y, band.right, neutral_y, NEUTRAL_LINE, 1.2, (5, 4))]
    if len(points) >= 2:
        area = area_path(points, neutral_y)
        above = Rect(band.x, band.y, band.w, neutral_y - band.y)
        below = Rect(band.x, neutral_y, band.w, band.bottom - neutral_y)
        shapes.append(PathShape(area, fill=POSITIVE_TINT, fill_opacity=0.16, clip=above))
        shapes.append(PathShape(area, fill=NEGATIVE_TINT, fill_opacity=0.16, clip=below))
        shapes.append(PathShape(curve_path(points), stroke=color, stroke_width=3, dash=dash))
    return shapes


# --- faces -------------------------------------------------------------------------------
SAD = "#e4675f"
NEUTRAL = "#f5c94c"
HAPPY = "#5cbf7f"


def mood_color(ratio: float) -> str:
    """-1 (worst) .. +1 (best) to a face colour; never the only sign of the value."""
    ratio = max(-1.0, min(1.0, ratio))
    return mix(NEUTRAL, HAPPY, ratio) if ratio >= 0 else mix(NEUTRAL, SAD, -ratio)


def face_shapes(cx: float, cy: float, r: float, ratio: float) -> list[Shape]:
    """A face whose mouth follows ``ratio`` (-1 frown .. 0 flat .. +1 smile), as vector shapes."""
    ratio = max(-1.0, min(1.0, ratio))
    eye = r * 0.13
    shapes: list[Shape] = [
        EllipseShape(Rect(cx - r, cy - r, 2 * r, 2 * r), fill=mood_color(ratio), stroke=INK, stroke_width=1.6),
        EllipseShape(Rect(cx - r * 0.38 - eye, cy - r * 0.3 - eye, 2 * eye, 2 * eye), fill=INK),
        EllipseShape(Rect(cx + r * 0.38 - eye, cy - r * 0.3 - eye, 2 * eye, 2 * eye), fill=INK),
    ]
    mouth_y = cy + r * 0.32 - ratio * r * 0.12
    bend = ratio * r * 0.42
    half = r * 0.46
    shapes.append(PathShape(
        (("M", cx - half, mouth_y), ("C", cx - half * 0.4, mouth_y + bend, cx + half * 0.4, mouth_y + bend,
                                     cx + half, mouth_y)),
        stroke=INK, stroke_width=max(1.5, r * 0.13),
    ))
    return shapes


def star_path(cx: float, cy: float, outer: float) -> tuple:
    """A five-pointed star (the moment-of-truth mark)."""
    inner = outer * 0.45
    path: list[tuple] = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        path.append(("M" if i == 0 else "L", cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    path.append(("Z",))
    return tuple(path)
