"""Where the map shows clear of its frozen headers, and bringing a rectangle of the map there.

The stage and step rows stay at the top of the view and the lane titles at its left (see
``MapScene.freeze_headers``): what they cover is not really in view. Revealing the selection
(arrow keys, a new stage) scrolls it into the free part; Zoom to Selection zooms and centres it
there.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

from .selection import SelectionKind

#: the room, in pixels, left around a framed selection
FRAME_ROOM = 24


def structure_box(scene, s) -> tuple[QRectF | None, bool, bool]:
    """Where the selected stage, step, lane or cell is on the map (headers move with the scroll:
    their box is where the map has them), and whether it must be framed across and down (a
    lane's row runs the map's width, a stage's column its height); (None, True, True) for any
    other selection."""
    box, across, down = None, True, True
    if s.kind == SelectionKind.STAGE and s.stage_id in scene.stages:
        box, down = scene.stages[s.stage_id].box_rect(), False
    elif s.kind == SelectionKind.STEP and s.step_id in scene.steps:
        box, down = scene.steps[s.step_id].box_rect(), False
    elif s.kind == SelectionKind.LANE and s.lane_id in scene.lanes:
        box, across = scene.lanes[s.lane_id].box_rect(), False
    elif s.kind == SelectionKind.CELL:
        box = scene.cell_rect((s.step_id, s.lane_id))
    return (None if box is None else QRectF(box.x, box.y, box.w, box.h)), across, down


def free_area(view) -> QRectF:
    """The part of the visible map (scene coordinates) that the frozen headers leave free."""
    scene = view.map_scene
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    layout = scene.layout
    if layout is None:
        return visible
    lane_w, header_h = scene.frozen_sizes()
    left = max(visible.left(), 0.0) + lane_w
    top = max(visible.top(), layout.grid.y) + header_h
    return QRectF(QPointF(left, top), visible.bottomRight())


def scroll_into_free_area(view, rect: QRectF, across: bool = True, down: bool = True) -> None:
    """Scroll as little as needed so ``rect`` shows in the free area (its start wins when it
    does not fit); ``across``/``down`` False leaves that direction as it is."""
    free = free_area(view)
    dx = scroll_needed(rect.left(), rect.right(), free.left(), free.right()) if across else 0.0
    dy = scroll_needed(rect.top(), rect.bottom(), free.top(), free.bottom()) if down else 0.0
    scale = view.zoom()
    h, v = view.horizontalScrollBar(), view.verticalScrollBar()
    h.setValue(h.value() + round(dx * scale))
    v.setValue(v.value() + round(dy * scale))


def frame(view, rect: QRectF, across: bool = True, down: bool = True, most: float = 2.0) -> None:
    """Zoom (up to ``most``) so ``rect`` fills the free area, and centre it there.

    ``across`` False: only its height counts and the view keeps its place across (a lane, whose
    row spans the whole map); ``down`` False: only its width (a stage or a step)."""
    lane_w, header_h = view.map_scene.frozen_sizes()
    for _ in range(2):  # once more if zooming brought the scroll bars, which narrow the viewport
        port = view.viewport().rect()
        zooms = [most]
        if across:
            zooms.append((port.width() - 2 * FRAME_ROOM) / max(rect.width() + lane_w, 1.0))
        if down:
            zooms.append((port.height() - 2 * FRAME_ROOM) / max(rect.height() + header_h, 1.0))
        view.set_zoom(min(zooms))
    # the middle of the free area is half a header right of and below the viewport's middle
    here = view.mapToScene(view.viewport().rect().center())
    x = rect.center().x() - lane_w / 2 if across else here.x()
    y = rect.center().y() - header_h / 2 if down else here.y()
    view.centerOn(QPointF(x, y))
    # at the map's edges the view cannot scroll that far, and the headers stay home: make sure
    scroll_into_free_area(view, rect, across, down)


def scroll_needed(start: float, end: float, free_start: float, free_end: float, room: float = 12) -> float:
    """How far to scroll so [start, end] shows in [free_start, free_end] (its start wins)."""
    if start < free_start:
        return start - free_start - room
    if end > free_end:
        return min(end - free_end + room, start - free_start - room)
    return 0.0
