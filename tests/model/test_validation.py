import math

import pytest
from pydantic import ValidationError

from journey_studio.model import Card, EmotionPoint, Journey, Lane, Map, Stage, Step


def small_map(**changes) -> dict:
    data = {
        "id": "m",
        "stages": [{"id": "s1", "name": "Awareness", "steps": [{"id": "t1"}, {"id": "t2"}]}],
        "lanes": [{"id": "l1", "kind": "actions"},
                  {"id": "e1", "kind": "emotions", "points": [{"step": "t1", "score": 1}]}],
        "cards": [{"id": "c1", "step": "t1", "lane": "l1", "text": "Sees an ad"}],
    }
    data.update(changes)
    return data


def error_of(data: dict) -> str:
    with pytest.raises(ValidationError) as info:
        Map.model_validate(data)
    return str(info.value)


def test_a_sound_map_validates():
    m = Map.model_validate(small_map())
    assert m.cards_in("t1", "l1")[0].text == "Sees an ad"


def test_duplicate_ids_are_refused_with_both_places():
    data = small_map()
    data["cards"].append({"id": "s1", "step": "t1", "lane": "l1"})
    assert "cards[1].id: duplicate id 's1' (already used at stages[0])" in error_of(data)


def test_card_pointing_at_missing_lane():
    data = small_map()
    data["cards"][0]["lane"] = "nowhere"
    assert "cards[0].lane: no lane with id 'nowhere'" in error_of(data)


def test_card_pointing_at_missing_step():
    data = small_map()
    data["cards"][0]["step"] = "t9"
    assert "cards[0].step: no step with id 't9'" in error_of(data)


def test_point_outside_scale():
    data = small_map()
    data["lanes"][1]["points"][0]["score"] = 3
    assert "lanes[1].points[0].score: 3 is outside the emotion scale -2..2" in error_of(data)


def test_two_points_on_one_step():
    data = small_map()
    data["lanes"][1]["points"].append({"step": "t1", "score": 0})
    assert "a second point on step 't1'" in error_of(data)


def test_points_only_in_emotion_lanes():
    data = small_map()
    data["lanes"][0]["points"] = [{"step": "t2", "score": 0}]
    assert "only an emotions lane holds points" in error_of(data)


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_no_nan_or_infinity(bad):
    data = small_map()
    data["lanes"][1]["points"][0]["score"] = bad
    assert "finite" in error_of(data)


def test_scale_must_be_ordered():
    assert "min (2) must be below max (1)" in error_of(small_map(emotionScale={"min": 2, "max": 1}))


def test_stage_needs_a_step():
    data = small_map()
    data["stages"][0]["steps"] = []
    assert "at least 1 item" in error_of(data)


def test_huge_card_text_is_refused():
    data = small_map()
    data["cards"][0]["text"] = "x" * 1_000_000
    assert "at most 10000 characters" in error_of(data)


def test_unknown_lane_kind():
    data = small_map()
    data["lanes"][0]["kind"] = "feelings"
    assert "'actions'" in error_of(data)


def test_photo_must_be_an_asset():
    with pytest.raises(ValidationError, match=r"map.personas\[0\].photo: no asset with id 'p1'"):
        Journey.model_validate({"map": small_map(personas=[{"photo": "p1"}])})


def test_unknown_fields_are_kept():
    data = small_map(futureField={"x": 1})
    data["cards"][0]["reactions"] = ["+1"]
    m = Map.model_validate(data)
    dumped = m.model_dump(mode="json")
    assert dumped["futureField"] == {"x": 1}
    assert dumped["cards"][0]["reactions"] == ["+1"]


def test_python_names_and_json_names():
    stage = Stage(id="s", moment_of_truth=True, steps=[Step(id="t")])
    assert stage.model_dump(mode="json")["momentOfTruth"] is True
    assert Lane(id="l", kind="painPoints").kind == "painPoints"
    assert EmotionPoint(step="t", score=1.0).model_dump(mode="json")["score"] == 1
    assert Card(id="c", step="t", lane="l").votes == 0
