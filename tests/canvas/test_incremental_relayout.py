"""After any edits, undos and redos, the editor's incremental relayout is the full layout.

The scene lays the map out with a ``LayoutCache`` (unchanged cards reused, moved cards only
moved); the check: its layout equals a fresh ``layout_map`` of the same map, and every card
item sits and paints where the fresh layout puts the card.
"""

from hypothesis import HealthCheck, settings
from hypothesis.stateful import invariant

from journey_studio.canvas import MapScene
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
            out.append((anchor.x + sx - item.box_rect().x, anchor.y + sy - item.box_rect().y))
    return out


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

    @invariant()
    def incremental_layout_is_the_full_layout(self):
        full = layout_map(self.doc.journey, self.scene.options)
        assert layout_map(self.doc.journey, self.scene.options, cache=self.cache) == full
        assert self.scene.layout == full
        assert set(self.scene.cards) == {box.card_id for box in full.cards}
        for box in full.cards:
            item = self.scene.cards[box.card_id]
            assert (item.pos().x(), item.pos().y()) == (box.rect.x, box.rect.y)
            assert item.box_rect() == box.rect
            assert item.shapes() == box.shapes
            painted, expected = _painted_offsets(item), _expected_offsets(box)
            assert len(painted) == len(expected)
            for (px, py), (ex, ey) in zip(painted, expected):
                assert abs(px - ex) < 1e-6 and abs(py - ey) < 1e-6

    def teardown(self):
        self.scene.deleteLater()
        super().teardown()


IncrementalRelayout.TestCase.settings = settings(max_examples=15, stateful_step_count=20, deadline=None,
                                                 suppress_health_check=[HealthCheck.too_slow])
test_incremental_relayout = IncrementalRelayout.TestCase


def test_a_taller_card_moves_the_rows_below_without_making_their_cards_again(qapp):
    from sample_maps import rich_journey

    from journey_studio.document import Document

    doc = Document.from_journey(rich_journey())
    scene = MapScene(doc)
    below = [c.card_id for c in scene.layout.cards if c.lane_id == "lc"]
    items_before = {card_id: scene.cards[card_id] for card_id in below}
    y_before = {card_id: scene.cards[card_id].pos().y() for card_id in below}
    doc.update_card("c0", text="a much longer text " * 12)
    cache = scene._layout_cache
    assert cache.made == 1  # only the edited card was laid out again
    assert cache.moved >= len(below)
    for card_id in below:
        assert scene.cards[card_id] is items_before[card_id]
        assert scene.cards[card_id].pos().y() > y_before[card_id]
    assert scene.layout == layout_map(doc.journey, scene.options)
    doc.undo_stack.undo()
    assert {card_id: scene.cards[card_id].pos().y() for card_id in below} == y_before
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
