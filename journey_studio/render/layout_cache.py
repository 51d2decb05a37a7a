"""What one layout of a map can lend the next: card boxes that did not change.

The editor lays the map out again after every edit. Most cards are untouched by an edit:
their text wraps the same, their colours mix the same. ``LayoutCache`` keeps each card's box
from the last layout with the inputs it was made from; when the inputs are the same the box
is reused as it is (the same object, so the canvas knows not to touch its item) or, when only
the rows above it grew or shrank, moved down or up without being made again.

A moved box's shapes are a ``ShiftedShapes``: the original shapes and an offset for the
canvas (which moves the item and paints the original shapes), and the exact shapes at the
new place, made only when someone reads them (the PNG or PDF painter, a test comparing with
a full layout). The cache holds only the cards of the last layout, so it never
grows past the map.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from .geometry import CardBox, Rect, Shape


class ShiftedShapes(Sequence):
    """``root`` (a card's shapes as first laid out) moved by (dx, dy); the exact moved shapes
    are made by ``make`` the first time they are read."""

    __slots__ = ("root", "dx", "dy", "_make", "_made")

    def __init__(self, root: Sequence[Shape], dx: float, dy: float, make: Callable[[], Sequence[Shape]]):
        self.root, self.dx, self.dy = root, dx, dy
        self._make = make
        self._made: list[Shape] | None = None

    def _shapes(self) -> list[Shape]:
        if self._made is None:
            self._made = list(self._make())
            self._make = None
        return self._made

    def __len__(self) -> int:
        return len(self.root)

    def __getitem__(self, index):
        return self._shapes()[index]

    def __iter__(self) -> Iterator[Shape]:
        return iter(self._shapes())

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"ShiftedShapes({self._shapes()!r})"


def root_shapes(shapes: Sequence[Shape]) -> tuple[Sequence[Shape], float, float]:
    """The shapes a box's shapes were moved from, and by how much ((shapes, 0, 0) if not moved)."""
    if isinstance(shapes, ShiftedShapes):
        return shapes.root, shapes.dx, shapes.dy
    return shapes, 0.0, 0.0


class LayoutCache:
    """Card sizes and boxes of the last layout, keyed by what they were made from."""

    def __init__(self) -> None:
        self._sizes: dict = {}
        self._boxes: dict[str, tuple[tuple, CardBox]] = {}
        self._next_sizes: dict = {}
        self._next_boxes: dict[str, tuple[tuple, CardBox]] = {}
        self.reused = self.moved = self.made = 0  # for tests and the benchmark
        self._options = None

    def begin(self, options) -> None:
        """Start a layout with ``options`` (other options than last time: nothing is reused)."""
        if options != self._options:
            self._options = options
            self._sizes, self._boxes = {}, {}
        self._next_sizes, self._next_boxes = {}, {}
        self.reused = self.moved = self.made = 0

    def end(self) -> None:
        """Keep only what the layout just used: the cache stays the size of the map."""
        self._sizes, self._boxes = self._next_sizes, self._next_boxes
        self._next_sizes, self._next_boxes = {}, {}

    def size(self, key, make):
        """What ``make(key)`` gave last time for ``key`` (a card's measured text; a header's or an
        emotion point's shapes): the same object, so the canvas sees at once it is unchanged."""
        found = self._sizes.get(key)
        if found is None:
            found = make(key)
        self._next_sizes[key] = found
        return found

    memo = size

    def card_box(self, card_id: str, key: tuple, y: float, make: Callable[..., CardBox], args: tuple) -> CardBox:
        """The box of ``card_id`` at ``y``: the last one if ``key`` is unchanged (moved if need be);
        else ``make(y, *args)``. ``key`` must hold everything the box is made from but ``y``."""
        entry = self._boxes.get(card_id)
        if entry is not None and entry[0] == key:
            box = entry[1]
            dy = y - box.rect.y
            if dy == 0:
                self.reused += 1
            else:
                self.moved += 1
                root, rdx, rdy = root_shapes(box.shapes)
                box = CardBox(rect=Rect(box.rect.x, y, box.rect.w, box.rect.h),
                              shapes=ShiftedShapes(root, rdx, rdy + dy, lambda: make(y, *args).shapes),
                              card_id=box.card_id,
                              step_id=box.step_id, lane_id=box.lane_id, index=box.index, lines=box.lines)
        else:
            self.made += 1
            box = make(y, *args)
        self._next_boxes[card_id] = (key, box)
        return box
