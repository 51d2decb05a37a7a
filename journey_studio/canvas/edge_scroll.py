"""Scrolling the view while something is dragged near (or past) its edge.

A card dragged towards a step off screen, a stage header moved past the last visible stage, a
rubber band stretched down, a palette card carried to a lane below: the view scrolls on its
own while the mouse is in the band along the edge, faster the deeper it is (and faster still
past the edge, while the mouse is still held), as file managers and other editors do. After
each step of scrolling the gesture is told the mouse moved (it did, relative to the map), so
the dragged card follows and the drop target is the cell under the mouse.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QTimer

#: the band along each edge of the viewport where a drag scrolls (logical pixels)
EDGE = 28
#: scrolled per tick: from MIN_STEP at the band's inner side to MAX_STEP at the edge and beyond
MIN_STEP, MAX_STEP = 3, 36
#: ~60 ticks a second
TICK_MS = 16


def edge_velocity(pos: QPointF, width: float, height: float, edge: float = EDGE) -> tuple[int, int]:
    """How far to scroll in one tick (dx, dy) for the mouse at ``pos`` in a viewport of that size;
    (0, 0) when it is not in the band along an edge."""

    def along(x: float, size: float) -> int:
        band = min(edge, size / 4)  # a tiny viewport keeps a middle where nothing scrolls
        if band <= 0:
            return 0
        if x < band:
            depth = (band - x) / band
            return -_step(depth)
        if x > size - band:
            depth = (x - (size - band)) / band
            return _step(depth)
        return 0

    return along(pos.x(), width), along(pos.y(), height)


def _step(depth: float) -> int:
    """Pixels a tick for a mouse ``depth`` into the band (1 = at the edge, more = past it)."""
    return round(min(MAX_STEP, MIN_STEP + (MAX_STEP - MIN_STEP) * min(depth, 2.0) / 2.0))


class EdgeScroller(QObject):
    """Scrolls its parent view while the last position ``follow`` was given is in the band along
    an edge; after each scroll, ``moved(pos)`` is called with that (viewport) position.

    It holds no Python reference to the view (its Qt parent) nor to the view's methods: a cycle
    between a view and a QObject child of its own, collected late by Python, could free the
    view's C++ side in the middle of Qt's painting."""

    def __init__(self, view, moved: Callable[[QPointF], None]):
        super().__init__(view)
        self._moved = weakref.WeakMethod(moved)
        self._pos = QPointF()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def follow(self, pos: QPointF, moved: Callable[[QPointF], None] | None = None) -> None:
        """The mouse is at ``pos`` (viewport coordinates) in a drag: scroll if it is near an edge."""
        self._pos = QPointF(pos)
        if moved is not None:
            self._moved = weakref.WeakMethod(moved)
        port = self.parent().viewport()
        if edge_velocity(self._pos, port.width(), port.height()) == (0, 0):
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        view = self.parent()
        port = view.viewport()
        dx, dy = edge_velocity(self._pos, port.width(), port.height())
        h, v = view.horizontalScrollBar(), view.verticalScrollBar()
        before = (h.value(), v.value())
        h.setValue(h.value() + dx)
        v.setValue(v.value() + dy)
        if (h.value(), v.value()) == before:  # at the end of the map: nothing more to do
            if (dx == 0 or h.value() in (h.minimum(), h.maximum())) and \
                    (dy == 0 or v.value() in (v.minimum(), v.maximum())):
                self._timer.stop()
            return
        moved = self._moved()
        if moved is None:
            self._timer.stop()
            return
        moved(QPointF(self._pos))
