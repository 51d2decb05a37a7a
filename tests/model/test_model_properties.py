"""Properties of the model over many maps, and a check that the shared strategy is not trivial."""

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from journey_studio.model import Journey, LaneKind, Map, integrity_problems
from strategies import journey_dicts, journeys

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(journeys())
def test_generated_maps_are_sound_and_rebuild_equal(journey):
    assert integrity_problems(journey.map) == []
    assert Journey.model_validate(journey.model_dump(mode="json")) == journey
    for card in journey.map.cards:
        assert card in journey.map.cards_in(card.step, card.lane)


@FAST
@given(journey_dicts(with_extras=False), st.data())
def test_removing_a_step_that_is_used_is_always_refused(document, data):
    m = document["map"]
    used = {c["step"] for c in m["cards"]} | {p["step"] for lane in m["lanes"] for p in lane["points"]}
    candidates = [(i, j) for i, stage in enumerate(m["stages"]) for j, step in enumerate(stage["steps"])
                  if step["id"] in used and len(stage["steps"]) > 1]
    if not candidates:
        return
    i, j = data.draw(st.sampled_from(candidates))
    removed = m["stages"][i]["steps"].pop(j)["id"]
    with pytest.raises(ValidationError, match=f"no step with id '{removed}'"):
        Map.model_validate(m)


def test_strategy_reaches_the_interesting_cases():
    """Other helpers rely on journeys() covering these; a silent regression would hollow their tests."""
    seen: set[str] = set()

    @settings(max_examples=120, phases=[Phase.generate], derandomize=True, database=None,
              deadline=None, suppress_health_check=list(HealthCheck))
    @given(journeys())
    def collect(journey):
        m = journey.map
        flags = {
            "points": any(lane.points for lane in m.emotion_lanes()),
            "3+ cards": len(m.cards) >= 3,
            "photo": m.persona.photo is not None,
            "unknown fields": bool(m.model_extra) and any(c.model_extra for c in m.cards),
            "non-ASCII text": any(not c.text.isascii() for c in m.cards),
            "several steps": any(len(stage.steps) > 1 for stage in m.stages),
        }
        seen.update(name for name, hit in flags.items() if hit)
        seen.update(lane.kind.value for lane in m.lanes)

    collect()
    assert seen == {"points", "3+ cards", "photo", "unknown fields", "non-ASCII text", "several steps",
                    *(kind.value for kind in LaneKind)}
