"""Paper sizes in PDF points, without importing reportlab (the command line's options and the
export dialog need the names; only writing a PDF needs reportlab). Same values as
``reportlab.lib.pagesizes``, computed the same way."""

from __future__ import annotations

inch = 72.0
cm = inch / 2.54
mm = cm * 0.1

PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * mm, 297 * mm), "A3": (297 * mm, 420 * mm), "A2": (420 * mm, 594 * mm),
    "A1": (594 * mm, 841 * mm), "A0": (841 * mm, 1189 * mm),
    "Letter": (8.5 * inch, 11 * inch), "Tabloid": (11 * 72, 17 * 72),
}
