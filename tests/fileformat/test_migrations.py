"""The migration runner, driven by steps defined here (the real table is empty at version 1)."""

import pytest

from journey_studio.fileformat import JourneyFileError, loads
from journey_studio.fileformat.migrations import MIGRATIONS, migrate


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


def test_version_one_needs_no_migration_today():
    assert MIGRATIONS == {}


def test_loader_refuses_a_file_from_a_newer_journey_studio():
    raw = b'{"format": "journey-studio", "formatVersion": 99, "map": {"id": "m"}}'
    with pytest.raises(JourneyFileError) as info:
        loads(raw, file="future.journey")
    assert str(info.value).startswith("future.journey: formatVersion: this file was made by a newer Journey Studio")
