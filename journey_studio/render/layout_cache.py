"""What one layout of a map can lend the next: rows and card boxes that did not change.

The editor lays the map out again after every edit. Most of the map is untouched by an edit:
its text wraps the same, its colours mix the same. ``LayoutCache`` keeps, for each lane row,
the cards as they were last laid out (their boxes and what each was made from):

- a row none of whose cards changed (the editor says which changed: :meth:`LayoutCache.note`)
  and whose columns, kind and language are the same is reused whole, without looking at its
  cards: the same box objects, so the canvas knows not to touch their items; when only the
  rows above it grew or shrank the layout holds its boxes and how far they moved (a
  ``CardRow``): the moved boxes are made only when someone reads them, and the canvas moves
  the row's items at once;
- in a row that must be looked at again (one of its cards changed, or nothing was said about
  what changed), a card whose inputs did not change gets its last box back.

A moved box's shapes are a ``ShiftedShapes``: the original shapes and an offset for the
canvas (which moves the item and paints the original shapes), and the exact shapes at the
new place, made only when someone reads them (the PNG or PDF painter, a test comparing with
a full layout). The cache holds only the rows of the last layout, so it never grows past
the map.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from .geometry import CardBox, CardRow, Rect, Shape

#: what an edit can change without changing any card's box (their rows are checked by key:
#: columns, lane kind, language), see ``LayoutCache.note``
_NO_CARD_CHANGED = frozenset({"stages", "steps", "lanes", "points", "persona", "assets"})


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


def shifted(shapes: Sequence[Shape], dx: float, dy: float, make: Callable[[], Sequence[Shape]]) -> ShiftedShapes:
    """``shapes`` moved by (dx, dy): lent as they are to the canvas, made exactly by ``make`` when read."""
    root, rdx, rdy = root_shapes(shapes)
    return ShiftedShapes(root, rdx + dx, rdy + dy, make)


class Row:
    """One lane row's cards as last laid out, at ``y``.

    ``cells``: one entry a column, None for an empty cell, else ``(placed, boxes, bottom,
    cards)``: for each card what its box was made from ``(facts, col_x, offset in the row,
    size, index in its cell)`` (with the row's kind and language, in its ``key``), the box; the
    height the cell's cards need; the model's cards. ``boxes``: every box of the row, cell
    after cell; ``tallest``: the height the row's cards need; ``sizes``: the measured texts;
    ``rects``: the row's cells (as ``layout.cells``), for ``rects_key``."""

    __slots__ = ("key", "y", "base_y", "tallest", "cells", "boxes", "sizes", "_where", "rects_key", "rects")

    def __init__(self, key: tuple, y: float, tallest: float, cells: list, boxes: list[CardBox], sizes: dict):
        self.key, self.y, self.tallest = key, y, tallest
        #: where the row was when its cells' boxes were made (``y``: where it is now)
        self.base_y = y
        self.cells, self.boxes, self.sizes = cells, boxes, sizes
        self._where: dict[str, str] | None = None
        self.rects_key: tuple | None = None
        self.rects: dict = {}

    @property
    def where(self) -> dict[str, str]:
        """The step of each card of the row (made when first asked for)."""
        if self._where is None:
            self._where = {box.card_id: box.step_id for box in self.boxes}
        return self._where


class LayoutCache:
    """Rows, card boxes and header shapes of the last layout, keyed by what they were made from."""

    def __init__(self) -> None:
        self._memo: dict = {}
        self._next_memo: dict = {}
        self._recording: list | None = None  # the memo entries a ``block`` being made uses
        self._rows: dict[str, Row] = {}
        self._next_rows: dict[str, Row] = {}
        self._columns: tuple = ()
        #: the cards an edit changed since the last layout (None: unknown, look at every row)
        self._noted: set[str] | None = None
        self._subjects: set[str] = set()  # the kinds of things noted as changed
        #: some noted cards came, went or moved (else they were only updated, in their cells)
        self.relocated = True
        self._slots: dict = {}
        self._next_slots: dict = {}
        #: every change since the last layout was noted (so notes can be trusted)
        self._all_noted = False
        self.reused = self.moved = self.made = 0  # for tests and the benchmark
        self.rows_reused = 0
        self._options = None

    # --- what changed ----------------------------------------------------------------------
    def note(self, changes: Iterable) -> None:
        """What changed in the map since the last layout (the ``list[Change]`` of
        ``Document.changed``; every change must be noted): the next layout reuses the rows
        none of these cards were or are in. Without a note a layout looks at every card. A
        change of the map itself (language, scale, data: rare) makes it look at every card too."""
        if not self._all_noted:
            return
        if self._noted is None:
            self._noted, self._subjects, self.relocated = set(), set(), False
        for change in changes:
            self._subjects.add(change.subject)
            if change.subject == "cards":
                self._noted.update(change.ids)
                self.relocated = self.relocated or change.action != "updated"
            elif change.subject not in _NO_CARD_CHANGED:
                self.forget_notes()
                return

    def forget_notes(self) -> None:
        """Look at every card at the next layout (the map changed in a way not noted)."""
        self._noted, self._all_noted, self.relocated = None, False, True

    def unchanged(self, *subjects: str) -> bool:
        """Nothing of these kinds (``Change.subject``) changed since the last layout, as noted."""
        return self._noted is not None and self._subjects.isdisjoint(subjects)

    def changed_cells(self, cards: Iterable) -> dict[str, set[str]] | None:
        """The cells whose cards must be looked at again, as {lane id: {step id}}: where the
        noted cards were at the last layout and where they are now (None: every cell). Only
        when some cards came, went or moved are ``cards`` (the map's) looked through."""
        noted = self._noted
        if noted is None:
            return None
        cells: dict[str, set[str]] = {}
        if noted:
            for lane_id, row in self._rows.items():
                where = row.where
                for card_id in noted:
                    step_id = where.get(card_id)
                    if step_id is not None:
                        cells.setdefault(lane_id, set()).add(step_id)
            if self.relocated:
                for card in cards:
                    if card.id in noted:
                        cells.setdefault(card.lane, set()).add(card.step)
        return cells

    # --- one layout ---------------------------------------------------------------------------
    def begin(self, options) -> None:
        """Start a layout with ``options`` (other options than last time: nothing is reused)."""
        if options != self._options:
            self._options = options
            self._memo, self._rows, self._columns, self._slots = {}, {}, (), {}
            self.forget_notes()
        self._next_memo, self._next_rows, self._next_slots = {}, {}, {}
        self.reused = self.moved = self.made = self.rows_reused = 0

    def end(self) -> None:
        """Keep only what the layout just used: the cache stays the size of the map. Until
        the next ``note``, the map is not known to be unchanged."""
        self._memo, self._rows, self._slots = self._next_memo, self._next_rows, self._next_slots
        self._next_memo, self._next_rows, self._next_slots = {}, {}, {}
        self._noted, self._all_noted, self.relocated = None, True, True

    def abandon(self) -> None:
        """A layout failed half-way: forget everything."""
        self._memo, self._rows, self._columns, self._slots = {}, {}, (), {}
        self._next_memo, self._next_rows, self._next_slots = {}, {}, {}
        self.forget_notes()

    def memo(self, key, make):
        """What ``make(key)`` gave last time for ``key`` (a header's or an emotion point's shapes):
        the same object, so the canvas sees at once it is unchanged."""
        found = self._memo.get(key)
        if found is None:
            found = make(key)
        self._next_memo[key] = found
        if self._recording is not None:
            self._recording.append((key, found))
        return found

    def block(self, key, make: Callable[[], object]):
        """What ``make()`` gave last time for ``key`` (a part of the map made of many memoised
        pieces: the headers, an emotion curve, the grid lines), without making it again; the
        pieces it memoised are kept too, so the next change of the part remakes only what
        changed. The value is shared between layouts: its users must not change it."""
        found = self._memo.get(key)
        if found is not None:
            inner = found[1]
            self._next_memo.update(inner)
        else:
            outer, self._recording = self._recording, []
            try:
                value = make()
            finally:
                inner, self._recording = self._recording, outer
            found = (value, inner)
        self._next_memo[key] = found
        if self._recording is not None:
            self._recording += inner
            self._recording.append((key, found))
        return found[0]

    def last(self, name: str):
        """What the last layout kept under ``name`` (None if nothing)."""
        return self._slots.get(name)

    def keep(self, name: str, value) -> None:
        """Keep ``value`` under ``name`` for the next layout."""
        self._next_slots[name] = value

    def columns(self, columns: tuple) -> tuple:
        """``columns`` (step ids and x), as the same object as last time when equal: rows
        compare their keys by identity first."""
        if columns != self._columns:
            self._columns = columns
        return self._columns

    def row(self, lane_id: str) -> Row | None:
        """The row of ``lane_id`` at the last layout, if any."""
        return self._rows.get(lane_id)

    def keep_row(self, lane_id: str, row: Row) -> None:
        self._next_rows[lane_id] = row

    def reuse_row(self, lane_id: str, row: Row, y: float, make: Callable[..., CardBox], colors) -> CardRow:
        """The boxes of a row reused whole, at ``y``: the same boxes, and how far they moved
        (the moved boxes are made only when read, see ``CardRow``)."""
        self._next_rows[lane_id] = row
        self.rows_reused += 1
        row.y = y
        dy = y - row.base_y
        if dy == 0:
            self.reused += len(row.boxes)
            return CardRow(lane_id, row.boxes)
        self.moved += len(row.boxes)
        cells = row.cells

        def move() -> list[CardBox]:
            return [box for cell in cells if cell for box in _moved_boxes(cell, y, dy, make, colors)]

        return CardRow(lane_id, row.boxes, dy, move)

    def moved_cell(self, cell: tuple, y: float, dy: float, make: Callable[..., CardBox], colors) -> tuple:
        """A cell of a row now at ``y`` (moved by ``dy``), its boxes moved, not made again."""
        placed, boxes, bottom, cards = cell
        self.moved += len(boxes)
        return placed, _moved_boxes(cell, y, dy, make, colors), bottom, cards

    def card_box(self, last: tuple | None, at: tuple, y: float, make: Callable[..., CardBox], colors) -> CardBox:
        """The box of a card placed ``at`` = ``(facts, col_x, offset, size, index)`` in a row at
        ``y``: its ``last`` one, ``(at, box)`` as placed the last time, if it was made from the
        same inputs (moved if need be); else ``make(y + offset, facts, col_x, size, colors, index)``.
        The row's kind and language are the same as last time (the caller checked)."""
        facts, col_x, offset, size, index = at
        if last is not None:
            was, box = last
            if was[0] == facts and was[1] == col_x and was[4] == index and was[3] == size:
                dy = y + offset - box.rect.y
                if dy == 0:
                    self.reused += 1
                    return box
                self.moved += 1
                return CardBox(rect=Rect(box.rect.x, y + offset, box.rect.w, box.rect.h),
                               shapes=shifted(box.shapes, 0.0, dy, _lazy(make, y + offset, facts, col_x, size,
                                                                         colors, index)),
                               card_id=box.card_id, step_id=box.step_id, lane_id=box.lane_id, index=box.index,
                               lines=box.lines)
        self.made += 1
        return make(y + offset, facts, col_x, size, colors, index)


def _moved_boxes(cell: tuple, y: float, dy: float, make: Callable[..., CardBox], colors) -> list[CardBox]:
    """The boxes of ``cell`` (laid out with its row ``dy`` higher) in the row now at ``y``."""
    placed, boxes, _bottom, _cards = cell
    moved = []
    for (facts, col_x, offset, size, index), box in zip(placed, boxes):
        at = y + offset
        moved.append(CardBox(rect=Rect(box.rect.x, at, box.rect.w, box.rect.h),
                             shapes=shifted(box.shapes, 0.0, dy, _lazy(make, at, facts, col_x, size, colors, index)),
                             card_id=box.card_id, step_id=box.step_id, lane_id=box.lane_id,
                             index=box.index, lines=box.lines))
    return moved


def _lazy(make: Callable[..., CardBox], *args) -> Callable[[], Sequence[Shape]]:
    return lambda: make(*args).shapes
