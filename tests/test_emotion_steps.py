"""Scores on a scale: snapping, stepping and the words a tooltip says (no Qt)."""

from hypothesis import given
from hypothesis import strategies as st

from journey_studio.emotion_steps import describe_point, format_scale, format_score, snap, step_score, whole_steps
from journey_studio.model import EmotionScale

PRESETS = [EmotionScale(min=-2, max=2), EmotionScale(min=1, max=5), EmotionScale(min=0, max=10),
           EmotionScale(min=-5, max=5)]


@given(st.sampled_from(PRESETS), st.floats(-20, 20))
def test_snap_lands_on_a_whole_step_inside_the_scale(scale, score):
    snapped = snap(score, scale)
    assert snapped in whole_steps(scale)
    inside = min(max(score, scale.min), scale.max)
    assert abs(snapped - inside) <= 0.5


@given(st.sampled_from(PRESETS), st.floats(-20, 20))
def test_a_free_value_keeps_one_decimal_inside_the_scale(scale, score):
    free = snap(score, scale, free=True)
    assert scale.min <= free <= scale.max and round(free, 1) == free


def test_steps_go_to_the_next_whole_step_and_stop_at_the_ends():
    scale = PRESETS[0]
    assert step_score(-0.5, scale, 1) == 0 and step_score(-0.5, scale, -1) == -1
    assert step_score(1, scale, 1) == 2 and step_score(2, scale, 1) == 2 and step_score(-2, scale, -1) == -2
    assert step_score(0.4, EmotionScale(min=0.2, max=0.8), 1) == 0.8  # a scale without whole steps


def test_scores_and_scales_read_as_a_person_writes_them():
    assert format_score(1, PRESETS[0]) == "+1" and format_score(-1.5, PRESETS[0]) == "\u22121.5"
    assert format_score(3, PRESETS[1]) == "3"
    assert [format_scale(s) for s in PRESETS] == ["\u22122\u2026+2", "1\u20265", "0\u202610", "\u22125\u2026+5"]
    assert describe_point(1, "relief", PRESETS[0]) == "+1 on \u22122\u2026+2 \u00b7 relief"
    assert describe_point(0, "", PRESETS[0]) == "0 on \u22122\u2026+2"


def test_half_steps_snap_and_step_by_one_half():
    from journey_studio.emotion_steps import snap, step_score, whole_steps
    from journey_studio.model import EmotionScale

    scale = EmotionScale(min=-2, max=2)
    assert whole_steps(scale, 0.5) == [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]
    assert snap(1.3, scale, half=True) == 1.5 and snap(1.2, scale, half=True) == 1
    assert snap(1.3, scale) == 1
    assert step_score(0.2, scale, 1, half=True) == 0.5 and step_score(0.5, scale, -1, half=True) == 0
    assert step_score(2, scale, 1, half=True) == 2
    one_to_five = EmotionScale(min=1, max=5)
    assert step_score(3, one_to_five, 1, half=True) == 3.5


def test_scores_are_written_as_the_language_writes_numbers():
    scale = EmotionScale(min=-2, max=2)
    assert format_score(-1.5, scale) == "\u22121.5" and format_score(-1.5, scale, "fr") == "\u22121,5"
    assert format_score(0.25, scale, "fr") == "+0,25" and format_score(2, scale, "fr") == "+2"
    assert describe_point(1.5, "joie", scale, "{score} sur {scale}", "fr") == "+1,5 sur \u22122\u2026+2 \u00b7 joie"


def test_a_french_maps_scale_ticks_have_a_decimal_comma():
    """On a 1…4 scale the neutral tick is 2.5: « 2,5 » on a French map, "2.5" on an English one."""
    from journey_studio.render.geometry import TextShape
    from journey_studio.render.layout import layout_map
    from sample_maps import rich_journey

    journey = rich_journey()
    journey.map.emotion_scale = EmotionScale(min=1, max=4)
    for language, neutral in (("en", "2.5"), ("fr", "2,5")):
        journey.map.language = language
        layout = layout_map(journey.map)
        ticks = {s.text for curve in layout.curves for s in curve.shapes if isinstance(s, TextShape)}
        assert {"1", neutral, "4"} <= ticks, ticks
