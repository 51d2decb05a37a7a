"""The title block every export shares: the description wraps under the title, an empty one
takes no room."""

from journey_studio.render.fonts import text_width
from journey_studio.render.geometry import TextShape
from journey_studio.render.layout import LayoutOptions, layout_map
from journey_studio.render.style import METRICS
from journey_studio.render.text import ELLIPSIS
from journey_studio.render.title_block import (
    DESCRIPTION_MAX_LINES, RIGHT_ROOM, description_lines, title_block,
)
from sample_maps import grid_map

WORDS = ("Built from twelve customer interviews and the trial analytics of spring, this map follows "
         "a freelance designer from the first search to the renewal of the yearly plan.")


def test_an_empty_description_draws_nothing_and_takes_no_room():
    bare = title_block("Map", "", 0, 0, 900, METRICS)
    for blank in ("   ", "\n\n"):
        box = title_block("Map", blank, 0, 0, 900, METRICS)
        assert box.rect.h == bare.rect.h == METRICS.title_height
        assert [s.text for s in box.shapes] == ["Map"]


def test_a_long_description_wraps_to_the_width_and_keeps_every_word():
    box = title_block("Map", WORDS, 10, 40, 600, METRICS)
    lines = description_lines(box, METRICS)
    assert len(lines) > 2
    assert " ".join(lines).split() == WORDS.split()
    for shape in box.shapes:
        assert isinstance(shape, TextShape) and shape.x == 10 and shape.y > 40
        assert text_width(shape.text, shape.font.style, shape.font.size) <= 600 - RIGHT_ROOM
    assert box.rect.h > METRICS.title_height
    assert max(s.y for s in box.shapes) < box.rect.bottom


def test_a_description_longer_than_the_block_stops_with_an_ellipsis():
    box = title_block("Map", WORDS * 10, 0, 0, 600, METRICS)
    lines = description_lines(box, METRICS)
    assert len(lines) == DESCRIPTION_MAX_LINES and lines[-1].endswith(ELLIPSIS)


def test_the_layout_moves_the_grid_down_by_the_description_it_shows():
    journey = grid_map(2, 1, title="Carte")
    journey.map.description = WORDS
    plain = layout_map(journey, LayoutOptions(show_title=True))
    described = layout_map(journey, LayoutOptions(show_title=True, show_description=True))
    assert description_lines(plain.title, METRICS) == []
    assert "twelve customer" in " ".join(description_lines(described.title, METRICS))
    assert described.grid.y - plain.grid.y == described.title.rect.h - plain.title.rect.h > 0
    assert layout_map(journey, LayoutOptions(show_description=True)).title is None  # no title, no block
