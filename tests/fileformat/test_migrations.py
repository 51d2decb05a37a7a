"""The migration runner, driven by steps defined here, and the real step from version 1 to 2."""

import base64
import copy
import json
from pathlib import Path

import pytest

from journey_studio.fileformat import JourneyFileError, dumps, loads
from journey_studio.fileformat.migrations import MIGRATIONS, migrate, personas_from_persona


def rename_title(data):  # version 1 -> 2: map.name became map.title
    journey_map = dict(data["map"])
    journey_map["title"] = journey_map.pop("name")
    return {**data, "map": journey_map}


def add_scale(data):  # version 2 -> 3: emotionScale appeared
    data["map"] = {**data["map"], "emotionScale": {"min": -2, "max": 2}}
    return data


STEPS = {1: rename_title, 2: add_scale}


def test_chain_of_steps_brings_an_old_file_up_to_date():
    old = {"formatVersion": 1, "map": {"name": "Onboarding"}}
    new = migrate(old, 3, STEPS)
    assert new == {"formatVersion": 3, "map": {"title": "Onboarding", "emotionScale": {"min": -2, "max": 2}}}
    assert old == {"formatVersion": 1, "map": {"name": "Onboarding"}}, "the input is left untouched"


def test_a_current_file_is_returned_as_is():
    data = {"formatVersion": 3, "map": {}}
    assert migrate(data, 3, STEPS) == data


def test_intermediate_version_runs_only_the_remaining_steps():
    assert migrate({"formatVersion": 2, "map": {}}, 3, STEPS)["map"] == {"emotionScale": {"min": -2, "max": 2}}


def test_a_newer_file_is_refused_with_a_clear_message():
    with pytest.raises(JourneyFileError) as info:
        migrate({"formatVersion": 4}, 3, STEPS)
    assert info.value.where == "formatVersion"
    assert "made by a newer Journey Studio" in info.value.reason
    assert "format version 4" in info.value.reason


def test_a_missing_step_is_reported():
    with pytest.raises(JourneyFileError, match="no upgrade from format version 2"):
        migrate({"formatVersion": 1, "map": {"name": "x"}}, 3, {1: rename_title})


@pytest.mark.parametrize("version", ["1", 1.5, None, True, [1]])
def test_a_version_that_is_not_a_whole_number_is_refused(version):
    with pytest.raises(JourneyFileError, match="formatVersion must be a whole number"):
        migrate({"formatVersion": version}, 3, STEPS)


@pytest.mark.parametrize("version", [0, -1])
def test_versions_below_one_are_unknown(version):
    with pytest.raises(JourneyFileError, match=f"unknown format version {version}"):
        migrate({"formatVersion": version}, 3, STEPS)


def test_the_table_upgrades_version_one_by_moving_the_persona():
    assert MIGRATIONS == {1: personas_from_persona}


PHOTO = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(8)).decode()


def version_one(**persona):
    return {"format": "journey-studio", "formatVersion": 1,
            "map": {"id": "m", "title": "Bank", "persona": persona,
                    "stages": [{"id": "s", "steps": [{"id": "p"}]}],
                    "lanes": [{"id": "l", "kind": "emotions", "points": [{"step": "p", "score": 1}]}]},
            "assets": {"a1": {"mimeType": "image/png", "data": "x"}}}


def test_step_one_to_two_moves_the_persona_into_a_list_with_a_stable_id():
    before = version_one(name="Léa", role="Founder", photo="a1", goals=["a loan"], xFuture=3)
    after = personas_from_persona(copy.deepcopy(before))
    assert "persona" not in after["map"]
    assert after["map"]["personas"] == [{"id": "persona-main", "name": "Léa", "role": "Founder", "photo": "a1",
                                        "goals": ["a loan"], "xFuture": 3}]
    assert after["assets"] == before["assets"]  # the photo's asset is kept
    assert {k: v for k, v in after["map"].items() if k != "personas"} == \
        {k: v for k, v in before["map"].items() if k != "persona"}


def test_step_one_to_two_gives_an_empty_persona_when_there_was_none_and_avoids_taken_ids():
    before = version_one()
    del before["map"]["persona"]
    before["map"]["lanes"][0]["id"] = "persona-main"
    after = personas_from_persona(before)
    assert after["map"]["personas"] == [{"id": "persona-main-2"}]


def test_a_version_one_file_opens_with_its_persona_intact_and_saves_as_version_two(tmp_path):
    raw = (Path(__file__).parent / "data" / "version1.journey").read_bytes()
    journey = loads(raw)
    assert journey.format_version == 2
    [persona] = journey.map.personas
    assert (persona.id, persona.name, persona.role, persona.age) == ("persona-main", "Ana", "Founder", 34)
    assert persona.goals == ["Get a loan quickly"]
    assert journey.assets[persona.photo].raw_bytes().startswith(b"\x89PNG")
    saved = json.loads(dumps(journey))
    assert saved["formatVersion"] == 2 and "persona" not in saved["map"]
    assert saved["map"]["personas"][0]["name"] == "Ana"
    again = loads(dumps(journey))
    assert (again.map, again.assets) == (journey.map, journey.assets)


def test_loader_refuses_a_file_from_a_newer_journey_studio():
    raw = b'{"format": "journey-studio", "formatVersion": 99, "map": {"id": "m"}}'
    with pytest.raises(JourneyFileError) as info:
        loads(raw, file="future.journey")
    assert str(info.value).startswith("future.journey: formatVersion: this file was made by a newer Journey Studio")
