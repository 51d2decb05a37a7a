"""A mock screenshot of a touchpoint (the bank's loan simulator), drawn with Pillow."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

W, H = 360, 240


def loan_simulator_png() -> bytes:
    """A small PNG, the same bytes every time: a browser window with a dense form."""
    img = Image.new("RGB", (W, H), "#f4f6f8")
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, W, 26), fill="#d9dee3")
    for i, color in enumerate(("#e4675f", "#f5c94c", "#5cbf7f")):
        d.ellipse((10 + i * 16, 8, 20 + i * 16, 18), fill=color)
    d.rounded_rectangle((70, 6, W - 12, 20), radius=6, fill="#ffffff")
    d.rectangle((0, 26, W, 58), fill="#1f5fa8")
    d.rectangle((16, 36, 150, 48), fill="#ffffff")
    for row in range(5):
        y = 74 + row * 30
        d.rectangle((20, y, 120, y + 8), fill="#5b6b78")
        d.rounded_rectangle((140, y - 4, W - 24, y + 14), radius=3, fill="#ffffff", outline="#b8c2ca")
        d.rectangle((148, y + 1, 148 + 30 * (row + 2), y + 8), fill="#c9d1d8")
    d.rounded_rectangle((W - 130, H - 30, W - 24, H - 10), radius=4, fill="#c2410c")
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()
