"""What a person reads when a file is bad: one line, naming the file and the place."""

import json

import pytest

from journey_studio.fileformat import JourneyFileError, dumps, load, loads
from journey_studio.templates import new_journey


def sample() -> dict:
    return {
        "format": "journey-studio", "formatVersion": 1,
        "map": {
            "id": "m",
            "stages": [{"id": "s1", "name": "Awareness", "steps": [{"id": "t1"}]}],
            "lanes": [{"id": "l1", "kind": "actions"}],
            "cards": [{"id": f"c{i}", "step": "t1", "lane": "l1", "text": "Sees an ad"} for i in range(5)],
        },
    }


def error_of(data, file="bad.journey") -> JourneyFileError:
    raw = data if isinstance(data, bytes) else json.dumps(data).encode()
    with pytest.raises(JourneyFileError) as info:
        loads(raw, file=file)
    message = str(info.value)
    assert "\n" not in message and message.startswith(f"{file}: ")
    return info.value


def test_the_sample_is_valid():
    assert len(loads(json.dumps(sample()).encode()).map.cards) == 5


def test_json_syntax_error_gives_line_and_column():
    raw = b'{\n  "format": "journey-studio",\n  "formatVersion": 1,\n  "map": {"id": "m",}\n}\n'
    error = error_of(raw)
    assert "not valid JSON at line 4, column 21" in error.reason


def test_truncated_file():
    raw = dumps(new_journey("classic", "en"))
    assert "not valid JSON at line" in error_of(raw[: len(raw) // 2]).reason


def test_wrong_reference_names_the_field_path():
    data = sample()
    data["map"]["cards"][3]["lane"] = "nowhere"
    error = error_of(data)
    assert error.where == "map.cards[3].lane"
    assert error.reason == "no lane with id 'nowhere'"
    assert str(error) == "bad.journey: map.cards[3].lane: no lane with id 'nowhere'"


def test_wrong_type_names_the_path_and_the_value():
    data = sample()
    data["map"]["cards"][2]["votes"] = "many"
    error = error_of(data)
    assert error.where == "map.cards[2].votes"
    assert '"many"' in error.reason


def test_wrong_kind_names_the_path():
    data = sample()
    data["map"]["lanes"][0]["kind"] = "feelings"
    error = error_of(data)
    assert error.where == "map.lanes[0].kind"
    assert "'actions'" in error.reason and '"feelings"' in error.reason


def test_missing_required_field():
    data = sample()
    del data["map"]["cards"][1]["step"]
    error = error_of(data)
    assert (error.where, error.reason) == ("map.cards[1].step", "this field is required")


@pytest.mark.parametrize("fmt", ["journey-studio-2", "smaply", 3])
def test_wrong_format_is_not_a_journey_studio_file(fmt):
    data = sample()
    data["format"] = fmt
    error = error_of(data)
    assert "not a Journey Studio file" in error.reason and 'expected "journey-studio"' in error.reason


def test_missing_format():
    data = sample()
    del data["format"]
    assert 'no "format" field' in error_of(data).reason


def test_missing_format_version():
    data = sample()
    del data["formatVersion"]
    error = error_of(data)
    assert (error.where, error.reason) == ("formatVersion", "no formatVersion")


def test_json_that_is_not_an_object():
    assert "the JSON is not an object" in error_of(b"[1, 2, 3]").reason


def test_empty_and_binary_files():
    assert error_of(b"").reason == "the file is empty"
    assert "not UTF-8" in error_of(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe").reason


def test_duplicate_keys_and_nan_are_refused():
    assert "appears twice" in error_of(b'{"format": "journey-studio", "format": "x"}').reason
    raw = json.dumps(sample()).replace('"formatVersion": 1', '"formatVersion": NaN').encode()
    assert "NaN is not allowed" in error_of(raw).reason


def test_photo_without_asset_names_the_path():
    data = sample()
    data["map"]["persona"] = {"photo": "asset-1"}  # a version-1 file: migrated first
    error = error_of(data)
    assert error.where == "map.personas[0].photo"
    assert error.reason == "no asset with id 'asset-1'"


def test_files_on_disk(tmp_path):
    with pytest.raises(JourneyFileError, match="no such file"):
        load(tmp_path / "missing.journey")
    with pytest.raises(JourneyFileError, match="this is a folder"):
        load(tmp_path)
    bad = tmp_path / "bad.journey"
    bad.write_bytes(b"{")
    with pytest.raises(JourneyFileError) as info:
        load(bad)
    assert info.value.file == str(bad)


def test_lone_surrogate_escape_is_refused_even_in_unknown_fields():
    """Before: it loaded into an unknown field, and saving the map then crashed (not UTF-8)."""
    for extra in ('"\\ud800 x"', '["ok", {"\\udfff": 1}]'):
        text = json.dumps(sample())[:-1] + f', "xFuture": {extra}}}'
        assert "lone \\uD800-\\uDFFF escape" in error_of(text.encode()).reason


def test_escaped_surrogate_pairs_are_characters():
    text = json.dumps(sample()).replace('"Sees an ad"', '"\\ud83d\\ude00 \\\\ud800"', 1)
    journey = loads(text.encode())
    assert journey.map.cards[0].text == "\U0001f600 \\ud800"
    assert loads(dumps(journey)) == journey
