"""The emotion scale beside the frozen lane titles while presenting a stage further right.

The map writes each emotion lane's scale (``+2``, ``0``, ``−2``) once, at the left of its grid.
Presenting a later stage scrolls that part under the frozen lane titles, and the curve on the
wall has no scale. ``FrozenScale`` shows the same ticks again just right of the lane titles,
over the dimmed strip of the previous stage (never over the stage on show), whenever the
grid's own ticks are hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from ..canvas.shapes_item import ShapesItem
from ..render import style
from ..render.fonts import ascent, text_width
from ..render.geometry import Rect, RectShape, Shape, TextShape
from ..render.layout import TICK_ROOM

#: over the cards and the veil of the other stages (7.8), under the lane titles (10)
Z_TICKS = 9.5
#: room between the lane titles and the ticks, in map units
GAP = 4.0


class FrozenScale:
    """Tick items for a presentation's scene: ``update`` after every fit, scroll or relayout."""

    def __init__(self, scene):
        self.scene = scene
        self.items: dict[str, ShapesItem] = {}

    def update(self, on: bool = True) -> None:
        scene, layout = self.scene, self.scene.layout
        curves = {curve.lane_id: curve for curve in layout.curves} if on and layout is not None else {}
        for lane_id in [key for key in self.items if key not in curves]:
            scene.removeItem(self.items.pop(lane_id))
        for lane_id, curve in curves.items():
            item = self.items.get(lane_id)
            if item is None:
                item = self.items[lane_id] = ShapesItem(scene.resources)
                item.setZValue(Z_TICKS)
                item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                scene.addItem(item)
            band = curve.rect
            ticks = [s for s in curve.shapes if isinstance(s, TextShape) and s.x < band.x + TICK_ROOM]
            item.set_box(Rect(band.x, band.y, TICK_ROOM, band.h), _on_patches(ticks))
            header = scene.lanes.get(lane_id)
            # where the frozen lane titles end now: the grid's own ticks are under them if further right
            titles_right = header.scene_box().right() if header is not None else band.x
            shift = titles_right - band.x
            item.set_offset(shift + GAP, 0.0)
            item.setVisible(bool(ticks) and shift > 1.0)

    def clear(self) -> None:
        """Take the ticks out of the scene (leaving presentation)."""
        self.update(on=False)

    def visible_ticks(self) -> dict[str, list[str]]:
        """Each emotion lane's ticks shown beside the frozen titles now (for tests and checks)."""
        return {lane_id: [s.text for s in item.shapes() if isinstance(s, TextShape)]
                for lane_id, item in self.items.items() if item.isVisible()}


def _on_patches(ticks: list[TextShape]) -> list[Shape]:
    """Each tick on a patch of the canvas colour: readable over the dimmed faces it may meet."""
    shapes: list[Shape] = []
    for tick in ticks:
        size = tick.font.size
        top = tick.y - ascent(size) - 2
        patch = Rect(tick.x - 3, top, text_width(tick.text, tick.font.style, size) + 6, size * 1.25 + 4)
        shapes += [RectShape(patch, fill=style.CANVAS, radius=3), tick]
    return shapes
