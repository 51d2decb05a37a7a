"""The emotion band maps scores to heights and back, for drawing and for dragging points."""

from hypothesis import given, settings
from hypothesis import strategies as st

from journey_studio.model import EmotionPoint
from journey_studio.render.layout import layout_map
from journey_studio.templates import new_journey


def curve_of(points):
    journey = new_journey("blank")
    lane = journey.map.emotion_lanes()[0]
    lane.points = [EmotionPoint(step=stage.steps[0].id, score=s) for stage, s in zip(journey.map.stages, points)]
    return layout_map(journey).curves[0]


@settings(deadline=None)  # the first case lays out with cold font caches
@given(st.floats(-2, 2))
def test_score_at_undoes_y_of(score):
    curve = curve_of([0])
    assert abs(curve.score_at(curve.y_of(score)) - score) < 1e-9


def test_higher_scores_are_higher_up_and_points_sit_on_their_score():
    curve = curve_of([-2, 0, 2])
    ys = [p.rect.center[1] for p in curve.points]
    assert ys[0] > ys[1] > ys[2]
    assert curve.points[1].rect.center[1] == curve.neutral_y
    assert curve.score_at(curve.rect.y - 500) == 2 and curve.score_at(curve.rect.bottom + 500) == -2


def test_step_columns_run_down_the_whole_grid():
    layout = layout_map(new_journey("blank"))
    for step in layout.steps:
        assert step.column.x == step.rect.x and step.column.bottom == layout.grid.bottom
