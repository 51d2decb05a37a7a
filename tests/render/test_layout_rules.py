"""Plain examples of two layout rules that the sweeping checks of test_layout_examples.py let
slip: cards of a cell keep a gap between them, and a hidden lane takes no room. No Qt."""

from journey_studio.render.layout import LayoutOptions, layout_map
from journey_studio.render.style import METRICS
from sample_maps import rich_journey

EPS = 1e-6


def test_cards_of_a_cell_stack_one_gap_apart_inside_the_cell_padding():
    journey = rich_journey()
    layout = layout_map(journey.map, LayoutOptions())
    cell = layout.cells[("t1", "la")]
    cards = sorted((c for c in layout.cards if (c.step_id, c.lane_id) == ("t1", "la")), key=lambda c: c.index)
    assert [c.card_id for c in cards] == ["c0", "c1", "c3"]
    assert abs(cards[0].rect.y - (cell.y + METRICS.cell_padding)) < EPS
    for upper, lower in zip(cards, cards[1:]):
        assert abs(lower.rect.y - upper.rect.bottom - METRICS.card_gap) < EPS, (upper.card_id, lower.card_id)
    assert cell.bottom >= cards[-1].rect.bottom + METRICS.cell_padding - EPS


def test_a_hidden_lane_takes_no_room_and_shows_none_of_its_cards():
    journey = rich_journey()
    shown = layout_map(journey.map, LayoutOptions())
    channels = next(lane for lane in shown.lanes if lane.lane_id == "lc")
    journey.map.find_lane("lc").hidden = True
    hidden = layout_map(journey.map, LayoutOptions())
    assert [lane.lane_id for lane in hidden.lanes] == ["la", "le", "lf"]
    assert not any(card.lane_id == "lc" for card in hidden.cards)
    assert not any(lane == "lc" for _step, lane in hidden.cells)
    assert len(hidden.cards) == len(shown.cards) - 4  # c2, c6, c9, c10 live in Channels
    assert abs(hidden.height - (shown.height - channels.rect.h)) < EPS  # the lanes below move up
    everything = layout_map(journey.map, LayoutOptions(include_hidden=True))
    assert "lc" in [lane.lane_id for lane in everything.lanes]  # kept for exports that ask for it


def test_the_persona_age_stays_on_one_line_with_its_unit():
    from journey_studio.model import Language
    from journey_studio.render.fonts import FontStyle, text_width
    from journey_studio.render.text import wrap
    from journey_studio.vocabulary import PERSONA_HEADINGS

    for language, unit in ((Language.EN, "years\u00a0old"), (Language.FR, "ans")):
        age = PERSONA_HEADINGS[language]["age"].format(age=29)
        assert age.endswith(unit) and " " not in age  # joined by no-break spaces only
        width = text_width(age, FontStyle.REGULAR, 13) + 2
        lines = wrap("Fondatrice · " + age, width, FontStyle.REGULAR, 13)
        assert lines[-1] == age  # wrapped whole onto its own line, never "29" then "ans"
