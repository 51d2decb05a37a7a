"""After any edits, undos and redos, the editor's incremental relayout is the full layout.

The scene lays the map out with a ``LayoutCache`` told what each undo step changed (rows and
cells none of whose cards changed reused whole, unchanged cards reused, moved cards only
moved); the check: its layout equals a fresh ``layout_map`` of the same map, and every card
item sits and paints where the fresh layout puts the card.
"""

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule

from journey_studio.canvas import MapScene, card_item
from journey_studio.render.geometry import RectShape, TextShape
from journey_studio.render.layout import layout_map
from journey_studio.render.layout_cache import LayoutCache, root_shapes
from tests.commands.test_edit_sequences import APP, EditSequence  # noqa: F401 - APP: the QApplication


def _painted_offsets(item) -> list[tuple[float, float]]:
    """Where the item paints each of its text and rectangle shapes, relative to its position."""
    root, _dx, _dy = root_shapes(item._root)
    sx, sy = item._shift
    out = []
    for shape in item._shapes:
        anchor = shape.rect if isinstance(shape, RectShape) else shape if isinstance(shape, TextShape) else None
        if anchor is not None:
            out.append((anchor.x + sx - item._rect.x, anchor.y + sy - item._rect.y))  # as it paints
    return out


def _looks(shapes) -> list[tuple]:
    """What shapes draw, wherever they are: their kinds, texts, fonts and colours."""
    return [(type(s).__name__, getattr(s, "text", None), getattr(s, "font", None), getattr(s, "fill", None),
             getattr(s, "color", None), getattr(s, "stroke", None)) for s in shapes]


def _expected_offsets(box) -> list[tuple[float, float]]:
    out = []
    for shape in box.shapes:
        anchor = shape.rect if isinstance(shape, RectShape) else shape if isinstance(shape, TextShape) else None
        if anchor is not None:
            out.append((anchor.x - box.rect.x, anchor.y - box.rect.y))
    return out


class IncrementalRelayout(EditSequence):
    def __init__(self):
        super().__init__()
        self.scene = MapScene(self.doc)
        self.cache = LayoutCache()
        layout_map(self.doc.journey, cache=self.cache)

    # --- edits that change a row's height, a card's look, a lane or the map's language ---
    @precondition(lambda self: self.cards())
    @rule(data=st.data(), words=st.integers(0, 40), merge=st.booleans())
    def grow_or_shrink_card(self, data, words, merge):
        self.doc.update_card(data.draw(st.sampled_from(self.cards())), text="word " * words, merge=merge)

    @precondition(lambda self: self.cards())
    @rule(data=st.data(), color=st.sampled_from([None, "#336699"]), owner=st.sampled_from(["", "Kim"]),
          channel=st.sampled_from([None, "email", "phone"]), priority=st.sampled_from([None, "high", "low"]))
    def card_looks(self, data, color, owner, channel, priority):
        ids = data.draw(st.lists(st.sampled_from(self.cards()), min_size=1, max_size=3, unique=True))
        with self.doc.macro("Looks"):
            for card_id in ids:
                self.doc.update_card(card_id, color=color, owner=owner, channel=channel, priority=priority)

    @precondition(lambda self: self.lanes())
    @rule(data=st.data(), words=st.integers(0, 12), kind=st.sampled_from([None, "actions", "painPoints"]))
    def lane_title_or_kind(self, data, words, kind):
        lane = self.doc.map.find_lane(data.draw(st.sampled_from(self.lanes())))
        fields = {"title": "lane " * words}
        if kind is not None and not lane.points:
            fields["kind"] = kind
        self.doc.update_lane(lane.id, **fields)

    @rule(language=st.sampled_from(["en", "fr"]))
    def language(self, language):
        self.doc.set_map_language(language)

    @rule(found=st.integers(0, 3), dimmed=st.integers(0, 3))
    def find_and_filter(self, found, dimmed):
        ids = self.cards()
        self.scene.set_marks(found=set(ids[:found]), current=ids[0] if found and ids else None,
                             dimmed=set(ids[-dimmed:]) if dimmed else set())

    @invariant()
    def incremental_layout_is_the_full_layout(self):
        full = layout_map(self.doc.journey, self.scene.options)
        assert layout_map(self.doc.journey, self.scene.options, cache=self.cache) == full
        assert self.scene.layout == full
        assert set(self.scene.cards) == {box.card_id for box in full.cards}
        for box in full.cards:
            item = self.scene.cards[box.card_id]
            # a row that only moved moves its items with their row's item: equal up to rounding
            at, where = item.box_rect(), item.scenePos()
            assert (at.w, at.h) == (box.rect.w, box.rect.h)
            assert abs(at.x - box.rect.x) < 1e-6 and abs(at.y - box.rect.y) < 1e-6
            assert abs(where.x() - box.rect.x) < 1e-6 and abs(where.y() - box.rect.y) < 1e-6
            # the same shapes (an item in a row that moved shows them where its row's item is)
            assert _looks(item._shapes) == _looks(box.shapes)
            painted, expected = _painted_offsets(item), _expected_offsets(box)
            assert len(painted) == len(expected)
            for (px, py), (ex, ey) in zip(painted, expected):
                assert abs(px - ex) < 1e-6 and abs(py - ey) < 1e-6
            assert item.found == (box.card_id in self.scene.found)
            assert item.current == (box.card_id == self.scene.current_found)
            assert item.opacity() == (card_item.DIMMED_OPACITY if box.card_id in self.scene.dimmed else 1.0)
        for step in full.steps:
            if step.rect.h > 0:
                assert self.scene.steps[step.step_id].box_rect() == step.rect
        for stage in full.stages:
            assert self.scene.stages[stage.stage_id].shapes() == stage.shapes
        for curve in full.curves:  # a curve whose band only moved is painted moved, as its faces
            shown = [(curve, self.scene.curves[curve.lane_id])]
            shown += [(p, self.scene.points[(p.lane_id, p.step_id)]) for p in curve.points]
            for box, item in shown:
                assert item.box_rect() == box.rect
                painted, expected = _painted_offsets(item), _expected_offsets(box)
                assert len(painted) == len(expected) and _looks(item._shapes) == _looks(box.shapes)
                for (px, py), (ex, ey) in zip(painted, expected):
                    assert abs(px - ex) < 1e-6 and abs(py - ey) < 1e-6

    def teardown(self):
        self.scene.deleteLater()
        super().teardown()


IncrementalRelayout.TestCase.settings = settings(max_examples=20, stateful_step_count=25, deadline=None,
                                                 suppress_health_check=[HealthCheck.too_slow])
test_incremental_relayout = IncrementalRelayout.TestCase


def test_a_taller_card_moves_the_rows_below_without_making_their_cards_again(qapp):
    from sample_maps import rich_journey

    from journey_studio.document import Document

    doc = Document.from_journey(rich_journey())
    scene = MapScene(doc)
    below = [c.card_id for c in scene.layout.cards if c.lane_id == "lc"]
    items_before = {card_id: scene.cards[card_id] for card_id in below}
    y_before = {card_id: scene.cards[card_id].scenePos().y() for card_id in below}
    rects_before = {card_id: scene.cards[card_id]._rect for card_id in below}
    doc.update_card("c0", text="a much longer text " * 12)
    cache = scene._layout_cache
    assert cache.made == 1  # only the edited card was laid out again
    assert cache.moved >= len(below)
    row = scene.card_rows["lc"]
    assert row.y() > 0  # the row's item moved...
    for card_id in below:
        assert scene.cards[card_id] is items_before[card_id]
        assert scene.cards[card_id].parentItem() is row
        assert scene.cards[card_id]._rect is rects_before[card_id]  # ...its cards were not touched
        assert scene.cards[card_id].scenePos().y() > y_before[card_id]
    assert scene.layout == layout_map(doc.journey, scene.options)
    doc.undo_stack.undo()
    assert {card_id: scene.cards[card_id].scenePos().y() for card_id in below} == y_before
    assert scene.layout == layout_map(doc.journey, scene.options)


def test_zoomed_out_cards_draw_as_blocks_of_their_colour_without_text(qapp, monkeypatch):
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem
    from sample_maps import rich_journey

    from journey_studio.canvas import card_item, shapes_item
    from journey_studio.document import Document

    doc = Document.from_journey(rich_journey())
    scene = MapScene(doc)
    item = scene.cards["c0"]  # a "#ffcc00" card
    drawn = []
    monkeypatch.setattr(shapes_item, "paint_shapes", lambda *args, **kwargs: drawn.append(args))

    def paint_at(zoom: float) -> QImage:
        image = QImage(400, 400, QImage.Format.Format_ARGB32)
        image.fill(0)
        painter = QPainter(image)
        painter.scale(zoom, zoom)
        item.paint(painter, QStyleOptionGraphicsItem())
        painter.end()
        return image

    paint_at(1.0)
    assert len(drawn) == 1  # readable: the card's own shapes, text included
    image = paint_at(card_item.READABLE_ZOOM / 2)
    assert len(drawn) == 1  # zoomed out: no text, no shapes
    assert QColor(image.pixel(5, 5)).name() == "#ffcc00"


def test_a_card_items_bounds_hold_everything_its_shapes_paint(qapp):
    from support import EXAMPLES

    from journey_studio.document import Document
    from journey_studio.fileformat import load
    from journey_studio.render.hit_test import shapes_bounds

    scene = MapScene(Document.from_journey(load(EXAMPLES[0])))
    assert scene.layout.cards
    for box in scene.layout.cards:
        item = scene.cards[box.card_id]
        painted = shapes_bounds(box.shapes)
        bounds = item.mapRectToScene(item.boundingRect())
        assert bounds.left() <= painted.x and bounds.top() <= painted.y
        assert bounds.right() >= painted.right and bounds.bottom() >= painted.bottom


def test_the_grid_repaints_only_the_lines_in_the_exposed_part(qapp, monkeypatch):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem
    from sample_maps import grid_map

    from journey_studio.canvas import grid_items
    from journey_studio.document import Document
    from journey_studio.render.geometry import LineShape

    scene = MapScene(Document.from_journey(grid_map(8, 5)))
    lines = [s for s in scene.layout.grid_lines if isinstance(s, LineShape)]
    drawn = []
    monkeypatch.setattr(grid_items, "paint_shapes", lambda painter, shapes: drawn.append(list(shapes)))
    column = scene.layout.steps[3].rect  # the line at its left edge, the one at its right edge
    option = QStyleOptionGraphicsItem()
    option.exposedRect = QRectF(column.x + 20, column.bottom + 30, 40, 40)  # inside one cell: no line
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.grid.paint(painter, option)
    option.exposedRect = QRectF(column.x - 5, column.bottom + 30, 10, 10)  # across the column's left line
    scene.grid.paint(painter, option)
    option.exposedRect = QRectF()  # nothing said: everything
    scene.grid.paint(painter, option)
    painter.end()
    assert drawn[0] == []
    assert [(line.x1, line.x2) for line in drawn[1]] == [(column.x, column.x)]
    assert len(drawn[2]) == len(lines)


def test_rows_moved_by_a_taller_card_paint_the_pixels_of_a_scene_made_afresh(qtbot):
    from sample_maps import rich_journey

    from journey_studio.canvas import MapView
    from journey_studio.document import Document

    def picture(scene):
        view = MapView(scene)
        qtbot.addWidget(view)
        view.resize(1200, 600)  # scroll bars before and after the edit: the same viewport
        view.show()
        view.set_zoom(1.0)
        qtbot.wait(1)
        return view

    doc = Document.from_journey(rich_journey())
    view = picture(MapScene(doc))
    first = view.viewport().grab().toImage()
    doc.update_card("c0", text="a much longer text that wraps " * 12)  # the rows below move
    qtbot.wait(1)
    assert any(row.y() != 0 for row in view.map_scene.card_rows.values())
    assert view.viewport().grab().toImage() == picture(MapScene(doc)).viewport().grab().toImage()
    doc.undo_stack.undo()
    qtbot.wait(1)
    assert view.viewport().grab().toImage() == first
