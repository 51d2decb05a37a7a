"""The layout cache told what changed: it lays out again only the cells an edit touched, and
its layout is always the full layout, even when what it is told does not match the map."""

from sample_maps import grid_map, rich_journey

from journey_studio.commands import Change
from journey_studio.render.layout import layout_map
from journey_studio.render.layout_cache import LayoutCache


def _laid_out(journey):
    cache = LayoutCache()
    layout_map(journey, cache=cache)
    return cache


def test_a_noted_text_edit_lays_out_only_its_cell_and_reuses_every_other_row_whole():
    journey = grid_map(6, 4)
    cache = _laid_out(journey)
    before = layout_map(journey, cache=cache)  # no note: every card looked at, every box reused
    assert (cache.made, cache.reused, cache.rows_reused) == (0, 24, 0)
    journey.map.find_card("c2_1").text = "a new text"
    cache.note([Change("cards", "updated", ("c2_1",))])
    after = layout_map(journey, cache=cache)
    assert after == layout_map(journey)
    assert cache.made == 1 and cache.rows_reused == 3  # lanes l0, l2, l3 taken whole
    assert cache.reused == 23
    unchanged = [box for box in after.cards if box.lane_id != "l1"]
    assert all(any(box is old for old in before.cards) for box in unchanged)


def test_a_taller_card_moves_the_rows_below_without_looking_at_their_cards():
    journey = grid_map(3, 3)
    cache = _laid_out(journey)
    journey.map.find_card("c0_0").text = "long words " * 30
    cache.note([Change("cards", "updated", ("c0_0",))])
    layout = layout_map(journey, cache=cache)
    assert layout == layout_map(journey)
    assert cache.made == 1 and cache.rows_reused == 2 and cache.moved == 6


def test_a_row_that_only_moved_hands_over_its_last_boxes_and_makes_the_moved_ones_when_read():
    journey = grid_map(3, 3)
    cache = LayoutCache()
    before = layout_map(journey, cache=cache)
    journey.map.find_card("c0_0").text = "long words " * 30
    cache.note([Change("cards", "updated", ("c0_0",))])
    layout = layout_map(journey, cache=cache)
    grown = layout.lanes[1].rect.y - before.lanes[1].rect.y
    assert grown > 0
    for last, row in zip(before.card_rows[1:], layout.card_rows[1:]):
        assert row.base is last.base and row.dy == grown  # the same boxes, and how far they moved
        assert row._boxes is None  # not made yet
    moved = layout.card_rows[2].boxes  # read: made now, where a full layout puts them
    assert [box.rect.y for box in moved] == [box.rect.y + grown for box in before.card_rows[2].boxes]
    assert layout == layout_map(journey)
    # the text back: the rows below are the first boxes again, not moved
    journey.map.find_card("c0_0").text = "short"
    cache.note([Change("cards", "updated", ("c0_0",))])
    back = layout_map(journey, cache=cache)
    assert all(row.dy == 0 and row.boxes is last.base for last, row in zip(before.card_rows[1:], back.card_rows[1:]))
    assert back == layout_map(journey)


def test_without_a_note_every_card_is_looked_at_again():
    journey = rich_journey()
    cache = _laid_out(journey)
    journey.map.find_card("c3").text = "changed behind the cache's back " * 4
    assert layout_map(journey, cache=cache) == layout_map(journey)
    assert cache.made == 1


def test_a_note_that_does_not_match_the_map_gives_the_full_layout():
    journey = rich_journey()
    cache = _laid_out(journey)
    card = journey.map.find_card("c4")
    card.step, card.text = "t6", "moved, but only said updated"
    cache.note([Change("cards", "updated", ("c4",))])
    assert layout_map(journey, cache=cache) == layout_map(journey)
    journey.map.language = "fr"  # a change of the map: every row looked at
    cache.note([Change("map", "updated", ("m",))])
    assert layout_map(journey, cache=cache) == layout_map(journey)
    assert cache.rows_reused == 0


def test_headers_steps_curves_and_grid_lines_are_the_last_ones_when_only_cards_changed():
    journey = rich_journey()
    cache = _laid_out(journey)
    before = layout_map(journey, cache=cache)
    journey.map.find_card("c0").text = "another text"
    cache.note([Change("cards", "updated", ("c0",))])
    after = layout_map(journey, cache=cache)
    assert after == layout_map(journey)
    assert all(a is b for a, b in zip(after.stages, before.stages))
    assert all(a is b for a, b in zip(after.steps, before.steps))
    assert all(a is b for a, b in zip(after.curves, before.curves))
    assert after.grid_lines is before.grid_lines
    journey.map.stages[0].name = "Renamed"
    cache.note([Change("stages", "updated", ("s1",))])
    renamed = layout_map(journey, cache=cache)
    assert renamed == layout_map(journey)
    assert renamed.stages[0] is not after.stages[0] and renamed.stages[1] is after.stages[1]
