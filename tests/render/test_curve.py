"""The emotion curve never overshoots: it passes through every point and, between two
points, stays between their two values (so within the scale)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from support import examples
from journey_studio.render.curve import bezier_at, curve_path, monotone_beziers

EPS = 1e-7

points_strategy = st.lists(
    st.tuples(st.floats(1, 400), st.floats(-50, 50, allow_nan=False)), min_size=2, max_size=12,
).map(lambda pairs: [(sum(dx for dx, _ in pairs[: i + 1]), y) for i, (_, y) in enumerate(pairs)])


@settings(max_examples=examples(300), deadline=None)
@given(points_strategy)
def test_the_curve_passes_through_every_point_and_stays_between_neighbours(points):
    segments = monotone_beziers(points)
    assert len(segments) == len(points) - 1
    for k, segment in enumerate(segments):
        assert segment[0] == points[k] and segment[3] == points[k + 1]
        low, high = sorted((points[k][1], points[k + 1][1]))
        previous_x = points[k][0]
        for i in range(41):
            x, y = bezier_at(segment, i / 40)
            scale = max(1.0, abs(low), abs(high))
            assert low - EPS * scale <= y <= high + EPS * scale, (k, i, y, low, high)
            assert x >= previous_x - EPS * max(1.0, abs(x))  # the curve never goes back left
            previous_x = x


@given(points_strategy)
def test_the_path_starts_at_the_first_point_and_ends_at_the_last(points):
    path = curve_path(points)
    assert path[0] == ("M", *points[0])
    assert path[-1][-2:] == points[-1]
    assert len(path) == len(points)


def test_a_flat_stretch_stays_flat():
    for _, c1, c2, _end in monotone_beziers([(0, 5), (10, 5), (20, 5)]):
        assert c1[1] == 5 and c2[1] == 5
