"""Property tests: any valid map survives save and load; any bytes give a clean error."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import examples
from journey_studio.fileformat import JourneyFileError, dumps, loads
from strategies import journey_dicts, journeys, json_values

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(journeys())
def test_any_valid_journey_survives_save_and_load(journey):
    saved = dumps(journey)
    loaded = loads(saved)
    assert loaded == journey
    assert dumps(loaded) == saved


def _assert_clean_failure_or_journey(raw: bytes) -> None:
    """Either a one-line JourneyFileError, or a journey that can be saved and read back."""
    try:
        journey = loads(raw, file="map.journey")
    except JourneyFileError as exc:
        message = str(exc)
        assert message.startswith("map.journey: ")
        assert "\n" not in message and "Traceback" not in message
        assert exc.reason
    else:
        again = loads(dumps(journey))  # saving stamps our own generator; the rest is kept
        assert (again.map, again.assets) == (journey.map, journey.assets)


@settings(max_examples=examples(300), deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_give_a_journey_file_error_only(raw):
    _assert_clean_failure_or_journey(raw)


@FAST
@given(journeys(max_cards=4), st.data())
def test_damaged_files_give_a_journey_file_error_only(journey, data):
    raw = bytearray(dumps(journey))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            raw[at] = data.draw(st.integers(0, 255))
        elif action == "cut":
            del raw[at:at + data.draw(st.integers(1, 50))]
        else:
            raw[at:at] = data.draw(st.sampled_from([b"{", b"]", b",", b'"x"', b"1e999", b"\xff", b"null"]))
        if not raw:
            break
    _assert_clean_failure_or_journey(bytes(raw))


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


@FAST
@given(journey_dicts(max_cards=4, with_extras=False), st.data())
def test_any_field_replaced_by_any_json_gives_a_clean_error(document, data):
    paths = [p for p in _paths(document) if p]
    path = data.draw(st.sampled_from(paths))
    parent = document
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = data.draw(json_values)
    _assert_clean_failure_or_journey(json.dumps(document, ensure_ascii=False).encode("utf-8"))
