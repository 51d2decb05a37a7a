"""Several emotion lanes: each curve has its own colour, a key under its title, and the scale's ticks."""

from journey_studio.model import EmotionPoint, Lane, LaneKind
from journey_studio.render.geometry import LineShape, PathShape, TextShape
from journey_studio.render.layout import layout_map
from journey_studio.templates import new_journey


def two_lanes(color=None):
    journey = new_journey("classic")
    m = journey.map
    steps = m.step_ids()
    m.emotion_lanes()[0].points = [EmotionPoint(step=steps[0], score=-1), EmotionPoint(step=steps[1], score=1)]
    target = Lane(id="lane-target", kind=LaneKind.EMOTIONS, title="Target", color=color,
                  points=[EmotionPoint(step=steps[0], score=1), EmotionPoint(step=steps[1], score=2)])
    m.lanes.append(target)
    return layout_map(journey)


def stroke(curve):
    return next(s.stroke for s in curve.shapes if isinstance(s, PathShape) and s.stroke)


def test_each_emotion_lane_draws_its_curve_in_its_own_colour():
    today, target = two_lanes().curves
    assert stroke(today) == today.color and stroke(target) == target.color
    assert today.color != target.color


def test_a_lane_colour_wins():
    _, target = two_lanes("#123456").curves
    assert stroke(target) == "#123456"


def test_several_emotion_lanes_show_their_curve_colour_under_their_title():
    layout = two_lanes()
    for curve in layout.curves:
        header = next(lane for lane in layout.lanes if lane.lane_id == curve.lane_id)
        assert any(isinstance(s, LineShape) and s.color == curve.color for s in header.shapes)


def test_the_band_shows_the_top_neutral_and_bottom_scores():
    curve = two_lanes().curves[0]
    ticks = [s.text for s in curve.shapes if isinstance(s, TextShape)]
    assert ticks == ["+2", "0", "\u22122"]
