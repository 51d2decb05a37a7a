"""Where the workshop timer sits while presenting: never over the stage on show.

Presenting a stage, the blank corner above the frozen lane titles (left of the stage headers)
holds the timer, its figures as large as fit there. Failing that (the whole map, a free zoom
too far out), the corner of the screen where it covers least of what the room reads: the
stage's columns and headers and the lane titles (for the whole map: the grid, the persona
and the title), and the invite's code in the bottom-right corner.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF

from .workshop_timer import LARGE_PIXELS, badge_size, fitting_pixels

#: the smallest figures worth putting in the corner above the lane titles
CORNER_PIXELS_MIN = 40
#: room between the pill and the edges of that corner, and of the screen
INSET = 6
MARGIN = 18


def presentation_spot(presentation, text: str, avoid: list[QRect] = ()) -> tuple[QRect, int] | None:
    """The timer's rect in the view's coordinates and its figures' height in pixels, for
    ``presentation`` as it shows now; ``avoid``: more rects to keep clear (view coordinates)."""
    view = presentation.view
    scene = view.map_scene
    layout = scene.layout
    if layout is None or not presentation.is_on():
        return None
    port = view.viewport().geometry()

    def on_view(rect: QRectF) -> QRect:
        return view.mapFromScene(rect).boundingRect().translated(port.topLeft())

    keep_clear = list(avoid)
    index = presentation.index
    if 0 <= index < len(layout.stages):
        stage = layout.stages[index].rect
        keep_clear.append(on_view(QRectF(stage.x, layout.grid.y, stage.w, layout.grid.h)))
        keep_clear += [on_view(item.scene_box()) for item in scene.lanes.values()]
        corner = scene.corner
        if corner.isVisible():
            room = on_view(corner.scene_box()).intersected(port).adjusted(INSET, INSET, -INSET, -INSET)
            pixels = fitting_pixels(room, text)
            if pixels >= CORNER_PIXELS_MIN and not any(room.intersects(rect) for rect in avoid):
                size = badge_size(pixels, text)
                spot = QRect(0, 0, size.width(), size.height())
                spot.moveCenter(room.center())
                return spot, pixels
    else:
        keep_clear.append(on_view(QRectF(layout.grid.x, layout.grid.y, layout.grid.w, layout.grid.h)))
        keep_clear += [on_view(QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h))
                       for box in (layout.persona, layout.title) if box is not None]
    size = badge_size(LARGE_PIXELS, text)
    w, h = size.width(), size.height()
    left, right = port.left() + MARGIN, port.right() + 1 - MARGIN - w
    top, bottom = port.top() + MARGIN, port.bottom() + 1 - MARGIN - h
    candidates = [QRect(right, top, w, h), QRect(right, bottom, w, h), QRect(left, bottom, w, h),
                  QRect(left, top, w, h)]
    return min(candidates, key=lambda spot: _covered(spot, keep_clear)), LARGE_PIXELS


def _covered(spot: QRect, keep_clear: list[QRect]) -> int:
    """How many pixels of what should stay clear ``spot`` covers (``min`` keeps the first of equals)."""
    total = 0
    for rect in keep_clear:
        overlap = spot.intersected(rect)
        if not overlap.isEmpty():
            total += overlap.width() * overlap.height()
    return total
