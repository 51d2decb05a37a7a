"""The map as a QGraphicsScene: one item per stage, step, lane, card and emotion point.

The scene lays the map out with the shared, Qt-free ``layout_map`` and keeps a dict from
model id to item. When the document says something changed, it lays the map out again and
updates the items in place (create, remove, move, new shapes): no rebuild, so selection,
scroll position and zoom survive. The card items of a lane row are the children of one
``CardRowItem``: a row that only moved (a row above grew) moves as one item.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import compress

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from ..render import style
from ..render.geometry import MapLayout, Rect, RectShape, Shape
from ..render.hit_test import CellKey, cell_at, shapes_bounds
from ..render.layout import LayoutOptions, layout_map
from ..render.layout_cache import LayoutCache
from ..render.painters.qt import load_bundled_fonts
from .card_item import CardItem, CardRowItem
from ..emotion_steps import describe_point
from ..i18n import interface_language
from .emotion_items import CurveItem, EmotionPointItem, PointHintItem
from .grid_items import CellOutlineItem, DropIndicatorItem, GridItem, LaneBandItem, PersonaItem, TitleItem
from .header_items import CornerItem, HeaderItem, LaneHeaderItem, StageHeaderItem, StepHeaderItem
from .paint_resources import PaintResources
from .selection import Selection, SelectionKind
from .shapes_item import ShapesItem
from ..plain_tooltip import escape_for_tooltip

def _same(boxes: list, last: list) -> bool:
    """The layout reused every box of ``last`` (the same objects, in the same order)."""
    return len(boxes) == len(last) and all(map(operator.is_, boxes, last))


#: items the mouse can point at (everything else stands for the cell under it)
POINTABLE = (CardItem, HeaderItem, EmotionPointItem)
SCENE_MARGIN = 60.0


class MapScene(QGraphicsScene):
    relaid_out = Signal()  # after the items follow a new layout

    def __init__(self, document, options: LayoutOptions = LayoutOptions(), parent=None):
        super().__init__(parent)
        load_bundled_fonts()
        self.document = document
        self.options = options
        self.resources = PaintResources(lambda: self.document.journey)
        self.setBackgroundBrush(QColor(style.CANVAS))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.layout: MapLayout | None = None
        self.cards: dict[str, CardItem] = {}
        self.card_rows: dict[str, CardRowItem] = {}  # lane id -> the parent of its row's card items
        self.stages: dict[str, StageHeaderItem] = {}
        self.steps: dict[str, StepHeaderItem] = {}
        self.lanes: dict[str, LaneHeaderItem] = {}
        self.bands: dict[str, LaneBandItem] = {}
        self.curves: dict[str, CurveItem] = {}
        self.points: dict[tuple[str, str], EmotionPointItem] = {}
        self.extras: dict[str, ShapesItem] = {}  # "title", "persona"
        self.grid = self._add(GridItem())
        self.corner = self._add(CornerItem())
        self.hover_outline = self._add(CellOutlineItem(selected=False))
        self.cell_outline = self._add(CellOutlineItem(selected=True))
        self.drop_line = self._add(DropIndicatorItem())
        self.point_hint = self._add(PointHintItem(options.metrics.face_radius))
        self._selected: list[ShapesItem] = []
        #: Find and filter: the cards found, the one shown now, the cards a filter dims
        self.found: set[str] = set()
        self.current_found: str | None = None
        self.dimmed: set[str] = set()
        self._selection = Selection()
        self._visible = QRectF()
        self._frozen_at: tuple[float, float] | None = None  # the headers' offsets (see freeze_headers)
        #: True while a picture of the map is drawn (picture_of_map): overlays of the editing
        #: view (the dot-vote badges) do not paint then
        self.overlays_hidden = False
        self._layout_cache = LayoutCache()  # unchanged cards are not laid out again after an edit
        document.changed.connect(self.refresh)
        self.refresh()

    def _add(self, item: QGraphicsItem):
        self.addItem(item)
        return item

    # --- following the model -------------------------------------------------------------
    def refresh(self, changes=None) -> None:
        """Lay the map out again and move, add or remove items to match. ``changes``: what
        changed since the last refresh (``Document.changed``): rows of lanes none of whose
        cards changed are reused whole; None: look at everything."""
        if changes is not None:
            self._layout_cache.note(changes)
        layout = layout_map(self.document.journey, self.options, self._layout_cache)
        previous, self.layout = self.layout, layout
        r = self.resources
        made = self._sync_cards(layout, lambda key: CardItem(key, r))
        # headers, curves and points the layout reused (the same objects) are not looked at
        if previous is None or not (_same(layout.stages, previous.stages) and _same(layout.steps, previous.steps)):
            new = self._sync(self.stages, {s.stage_id: (s.rect, s.shapes) for s in layout.stages},
                             lambda key: StageHeaderItem(key, r))
            step_stage = {s.step_id: s.stage_id for s in layout.steps}
            new |= self._sync(self.steps, {s.step_id: (s.rect, s.shapes) for s in layout.steps if s.rect.h > 0},
                              lambda key: StepHeaderItem(key, step_stage[key], r))
            for key, item in self.steps.items():
                item.stage_id = step_stage[key]
            if new:
                self._frozen_at = None
        bands, headers = {}, {}
        for lane in layout.lanes:
            band = [s for s in lane.shapes if isinstance(s, RectShape) and s.rect == lane.row]
            bands[lane.lane_id] = (lane.row, band + lane.row_shapes)
            across = {id(s) for s in band + lane.row_shapes}
            headers[lane.lane_id] = (lane.rect, [s for s in lane.shapes if id(s) not in across])
        if self._sync(self.lanes, headers, lambda key: LaneHeaderItem(key, r)):
            self._frozen_at = None
        self._sync(self.bands, bands, lambda key: LaneBandItem(key, r))
        if previous is None or not _same(layout.curves, previous.curves):
            self._sync(self.curves, {c.lane_id: (c.rect, c.shapes) for c in layout.curves},
                       lambda key: CurveItem(key, r))
            for curve in layout.curves:
                self.curves[curve.lane_id].curve = curve
            self._sync(self.points, {(p.lane_id, p.step_id): (p.rect, p.shapes)
                                     for c in layout.curves for p in c.points},
                       lambda key: EmotionPointItem(key[0], key[1], r))
        if changes is None or any(change.subject not in ("cards", "assets") for change in changes):
            self._point_tooltips()  # they say the lanes' titles and the scale too
        extras = {}
        if layout.title is not None:
            extras["title"] = (layout.title.rect, layout.title.shapes)
        if layout.persona is not None:
            extras["persona"] = (layout.persona.rect, layout.persona.shapes)
        self._sync(self.extras, extras, lambda key: TitleItem(r) if key == "title" else PersonaItem(r))
        self.grid.set_box(Rect(0, 0, layout.width, layout.height), layout.grid_lines)
        self._set_corner(layout.background)
        self.setSceneRect(-SCENE_MARGIN, -SCENE_MARGIN, layout.width + 2 * SCENE_MARGIN,
                          layout.height + 2 * SCENE_MARGIN)
        self.show_selection(self._selection)
        self._show_marks(made)
        self.freeze_headers(self._visible)
        self.relaid_out.emit()

    def set_marks(self, found: set[str] | None = None, current: str | None = None,
                  dimmed: set[str] | None = None) -> None:
        """Show what Find found (``current``: the match in view) and what a filter dims;
        None leaves that part as it was. Only the cards whose marks change are touched."""
        touched: set[str] = set()
        if found is not None:
            touched |= self.found ^ set(found)
            touched |= {self.current_found, current} - {None}
            self.found, self.current_found = set(found), current
        if dimmed is not None:
            touched |= self.dimmed ^ set(dimmed)
            self.dimmed = set(dimmed)
        self._show_marks(touched)

    def _show_marks(self, card_ids) -> None:
        items = self.cards
        for card_id in card_ids:
            item = items.get(card_id)
            if item is not None:
                item.set_marks(card_id in self.found, card_id == self.current_found, card_id in self.dimmed)

    def _sync_cards(self, layout: MapLayout, make: Callable) -> list[str]:
        """Cards follow the layout, lane row by lane row: each row's items are the children of
        a ``CardRowItem`` at the row's offset (a row that only moved moves that one item, its
        cards not looked at); in a row laid out again, a card box the layout reused (the same
        object as the one its item shows) is not looked at, one it only moved moves its item
        (see ``LayoutCache``). Returns the ids of the items made."""
        items, rows = self.cards, self.card_rows
        fresh: list = []
        count = 0
        for card_row in layout.card_rows:
            group = rows.get(card_row.lane_id)
            if group is None:
                group = rows[card_row.lane_id] = CardRowItem(card_row.lane_id)
                self.addItem(group)
            if group.y() != card_row.dy:
                group.setPos(0.0, card_row.dy)
            base, last = card_row.base, group.base
            count += len(base)
            if base is last:
                continue
            if last is not None and len(base) == len(last):  # the usual edit
                fresh += compress(base, map(operator.is_not, base, last))
            else:
                kept = set(map(id, last)) if last else set()
                fresh += [box for box in base if id(box) not in kept]  # new, made again or moved
            group.base = base
        if count != len(items) or any(box.card_id not in items for box in fresh):
            ids = {box.card_id for card_row in layout.card_rows for box in card_row.base}
            for key in [k for k in items if k not in ids]:
                self.removeItem(items.pop(key))
        made = []
        for box in fresh:
            item = items.get(box.card_id)
            if item is None:
                item = items[box.card_id] = make(box.card_id)
                made.append(box.card_id)
            item.set_row(rows[box.lane_id])
            item.set_box(box.rect, box.shapes)
        if len(rows) != len(layout.card_rows):
            laid = {card_row.lane_id for card_row in layout.card_rows}
            for key in [k for k in rows if k not in laid]:
                self.removeItem(rows.pop(key))
        return made

    def _sync(self, items: dict, boxes: dict, make: Callable) -> bool:
        """Items follow ``boxes`` (key -> (rect, shapes)); True when some were made."""
        for key in [k for k in items if k not in boxes]:
            self.removeItem(items.pop(key))
        made = False
        for key, (rect, shapes) in boxes.items():
            item = items.get(key)
            if item is None:
                item = items[key] = make(key)
                self.addItem(item)
                made = True
            item.set_box(rect, shapes)
        return made

    def _point_tooltips(self) -> None:
        """Each face says its value, scale and word (``+1 on −2…+2 · relief``): never colour alone."""
        m = self.document.journey.map
        several = len([lane for lane in m.lanes if lane.kind == "emotions"]) > 1
        template = self.tr("{score} on {scale}")
        scale = m.emotion_scale
        said = getattr(self, "_tips_said", {})  # what each face was told: only a change is written
        now = {}
        for lane in m.lanes:
            for point in lane.points:
                key = (lane.id, point.step)
                item = self.points.get(key)
                if item is not None:
                    facts = (point.score, point.label, scale.min, scale.max, template, several, lane.title, item)
                    if said.get(key) != facts:
                        tip = describe_point(point.score, point.label, scale, template, interface_language())
                        item.setToolTip(escape_for_tooltip(f"{lane.title}: {tip}" if several and lane.title else tip))
                    now[key] = facts
        self._tips_said = now

    def _set_corner(self, background: list[Shape]) -> None:
        bounds = shapes_bounds(background)
        self.corner.setVisible(bounds is not None)
        if bounds is not None:
            self.corner.set_box(bounds, background)

    # --- frozen headers ------------------------------------------------------------------
    def frozen_sizes(self) -> tuple[float, float]:
        """The frozen lane titles' width and the frozen stage and step rows' height, in map units."""
        layout = self.layout
        if layout is None:
            return 0.0, 0.0
        header_h = (layout.lanes[0].rect.y if layout.lanes else layout.grid.bottom) - layout.grid.y
        return (layout.lanes[0].rect.w if layout.lanes else 0.0), header_h

    def freeze_headers(self, visible: QRectF) -> None:
        """Keep stage headers at the top and lane headers at the left of ``visible``."""
        self._visible = QRectF(visible)
        layout = self.layout
        if layout is None or visible.isNull():
            return
        lane_w, header_h = self.frozen_sizes()
        dy = min(max(0.0, visible.top() - layout.grid.y), max(0.0, layout.grid.bottom - layout.grid.y - header_h))
        dx = min(max(0.0, visible.left()), max(0.0, layout.width - lane_w))
        if self._frozen_at == (dx, dy):
            return  # every header item is where it should be
        self._frozen_at = (dx, dy)
        for item in (*self.stages.values(), *self.steps.values()):
            item.set_offset(0, dy)
        for item in self.lanes.values():
            item.set_offset(dx, 0)
        self.corner.set_offset(dx, dy)

    @contextmanager
    def headers_at_home(self) -> Iterator[None]:
        """Inside, the headers are where the map has them (not pinned to a view): a picture of
        the whole map (the overview) is drawn this way."""
        pinned = self._frozen_at
        for item in (*self.stages.values(), *self.steps.values(), *self.lanes.values(), self.corner):
            item.set_offset(0, 0)
        self._frozen_at = (0.0, 0.0)
        try:
            yield
        finally:
            if pinned != (0.0, 0.0):
                self._frozen_at = None
                self.freeze_headers(self._visible)

    @contextmanager
    def picture_of_map(self) -> Iterator[None]:
        """Inside, the scene draws as a picture of the map (the overview): headers where the map
        has them, no overlays of the editing view (``overlays_hidden``: the dot-vote badges)."""
        hidden, self.overlays_hidden = self.overlays_hidden, True
        try:
            with self.headers_at_home():
                yield
        finally:
            self.overlays_hidden = hidden

    # --- what is where -----------------------------------------------------------------------
    def item_at(self, pos: QPointF) -> QGraphicsItem | None:
        """The card, header or emotion point under ``pos`` (topmost), or None."""
        for item in self.items(pos):
            if isinstance(item, POINTABLE) and item.isVisible():
                return item
        return None

    def cell_at(self, pos: QPointF) -> CellKey | None:
        return cell_at(self.layout, pos.x(), pos.y()) if self.layout else None

    def cell_rect(self, key: CellKey) -> Rect | None:
        return self.layout.cells.get(key) if self.layout else None

    def card_ids_in_order(self, ids) -> list[str]:
        """``ids`` in the model's order (the order cards keep when moved together)."""
        wanted = set(ids)
        return [c.id for c in self.document.journey.map.cards if c.id in wanted]

    # --- looks -------------------------------------------------------------------------------
    def show_selection(self, selection: Selection) -> None:
        self._selection = selection
        for item in self._selected:
            item.set_selected(False)
        chosen: list[ShapesItem] = []
        kind = selection.kind
        if kind == SelectionKind.CARDS:
            chosen = [self.cards[i] for i in selection.card_ids if i in self.cards]
        elif kind == SelectionKind.STAGE and selection.stage_id in self.stages:
            chosen = [self.stages[selection.stage_id]]
        elif kind == SelectionKind.STEP and selection.step_id in self.steps:
            chosen = [self.steps[selection.step_id]]
        elif kind == SelectionKind.LANE and selection.lane_id in self.lanes:
            chosen = [self.lanes[selection.lane_id]]
        elif kind == SelectionKind.POINT and (selection.lane_id, selection.step_id) in self.points:
            chosen = [self.points[(selection.lane_id, selection.step_id)]]
        for item in chosen:
            item.set_selected(True)
        self._selected = chosen
        cell = None
        if kind == SelectionKind.CELL:
            cell = self.cell_rect((selection.step_id, selection.lane_id))
        self.cell_outline.show_cell(cell)

    def show_hover(self, key: CellKey | None, point_hint: QPointF | None = None) -> None:
        """Outline the cell under the mouse; ``point_hint``: where a click would add an emotion point."""
        self.hover_outline.show_cell(self.cell_rect(key) if key else None)
        self.point_hint.show_at(point_hint)
