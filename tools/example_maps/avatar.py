"""A friendly flat avatar drawn with Pillow: an illustration, not a photo of a real person."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageDraw

SIZE = 192
_SCALE = 4  # draw large, then shrink: smooth edges


@dataclass(frozen=True)
class Look:
    background: str
    skin: str
    hair: str
    shirt: str
    long_hair: bool = False
    glasses: bool = False


def avatar_png(look: Look) -> bytes:
    """A small PNG (well under 40 KB); the same look always gives the same bytes."""
    n = SIZE * _SCALE
    img = Image.new("RGB", (n, n), look.background)
    d = ImageDraw.Draw(img)

    def box(x0, y0, x1, y1):
        return [round(v * n) for v in (x0, y0, x1, y1)]

    if look.long_hair:  # hair falling behind the shoulders
        d.rounded_rectangle(box(0.27, 0.22, 0.73, 0.74), radius=round(0.18 * n), fill=look.hair)
    d.ellipse(box(0.16, 0.70, 0.84, 1.30), fill=look.shirt)  # shoulders
    d.rectangle(box(0.43, 0.58, 0.57, 0.74), fill=look.skin)  # neck
    d.ellipse(box(0.30, 0.22, 0.70, 0.66), fill=look.skin)  # face
    d.ellipse(box(0.26, 0.38, 0.33, 0.50), fill=look.skin)  # ears
    d.ellipse(box(0.67, 0.38, 0.74, 0.50), fill=look.skin)
    d.chord(box(0.28, 0.16, 0.72, 0.52), 180, 360, fill=look.hair)  # hair on top
    d.pieslice(box(0.28, 0.16, 0.56, 0.50), 180, 270, fill=look.hair)
    ink = "#2f2a28"
    d.ellipse(box(0.405, 0.415, 0.445, 0.455), fill=ink)  # eyes
    d.ellipse(box(0.555, 0.415, 0.595, 0.455), fill=ink)
    d.arc(box(0.42, 0.47, 0.58, 0.58), 20, 160, fill=ink, width=round(0.014 * n))  # smile
    if look.glasses:
        w = round(0.010 * n)
        d.ellipse(box(0.375, 0.39, 0.475, 0.48), outline=ink, width=w)
        d.ellipse(box(0.525, 0.39, 0.625, 0.48), outline=ink, width=w)
        d.line(box(0.475, 0.43, 0.525, 0.43), fill=ink, width=w)
    # round badge: everything outside the circle takes the page colour
    mask = Image.new("L", (n, n), 0)
    ImageDraw.Draw(mask).ellipse((0, 0, n - 1, n - 1), fill=255)
    badge = Image.new("RGB", (n, n), "#ffffff")
    badge.paste(img, (0, 0), mask)
    small = badge.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    small = small.quantize(colors=48, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    small.save(out, format="PNG", optimize=True)
    return out.getvalue()
