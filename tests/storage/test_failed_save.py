"""A save that fails keeps the old file and the map, and says why in plain words."""

from __future__ import annotations

import errno
import os
import tempfile

import pytest

from storage_maps import journey_with_cards
from journey_studio.fileformat import JourneyFileError, dumps
from journey_studio.storage.disk_state import read_state
from journey_studio.storage.save import save_journey


@pytest.fixture
def saved(tmp_path, monkeypatch):
    monkeypatch.setenv("JOURNEY_STUDIO_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "maps" / "plan.journey"
    path.parent.mkdir()
    first = journey_with_cards(3, "first")
    save_journey(first, path)
    return path, path.read_bytes()


def _edited():
    journey = journey_with_cards(4, "second", title="Edited")
    return journey, journey.model_dump()


def _assert_nothing_lost(path, old_bytes, journey, before):
    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in path.parent.iterdir()) == ["plan.journey"]  # no temp left
    assert journey.model_dump() == before  # the map in memory is intact


def test_disk_full_during_write(saved, monkeypatch):
    path, old_bytes = saved
    journey, before = _edited()

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(JourneyFileError) as caught:
        save_journey(journey, path)
    assert caught.value.reason == "could not save: the disk is full"
    assert str(caught.value) == f"{path}: could not save: the disk is full"
    _assert_nothing_lost(path, old_bytes, journey, before)


def test_permission_denied_in_the_folder(saved, monkeypatch):
    path, old_bytes = saved
    journey, before = _edited()

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(JourneyFileError, match="could not save: permission denied"):
        save_journey(journey, path)
    _assert_nothing_lost(path, old_bytes, journey, before)


def test_read_only_disk_at_rename(saved, monkeypatch):
    path, old_bytes = saved
    journey, before = _edited()

    def read_only(src, dst):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", read_only)
    with pytest.raises(JourneyFileError, match="could not save: the disk is read-only"):
        save_journey(journey, path)
    monkeypatch.undo()
    _assert_nothing_lost(path, old_bytes, journey, before)


def test_folder_that_is_really_a_file(tmp_path, monkeypatch):
    """Works as root too: no permission bit can make this path writable."""
    monkeypatch.setenv("JOURNEY_STUDIO_DATA_DIR", str(tmp_path / "data"))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("I am a file")
    journey, before = _edited()
    with pytest.raises(JourneyFileError, match="could not save: the folder does not exist"):
        save_journey(journey, blocker / "plan.journey")
    assert blocker.read_text() == "I am a file"
    assert journey.model_dump() == before


def test_the_file_vanished_with_its_folder(saved):
    path, _ = saved
    journey, _ = _edited()
    for child in path.parent.iterdir():
        child.unlink()
    path.parent.rmdir()
    with pytest.raises(JourneyFileError, match="the folder does not exist"):
        save_journey(journey, path)


def test_successful_save_returns_the_new_disk_state(saved):
    path, _ = saved
    journey, _ = _edited()
    state = save_journey(journey, path)
    assert state == read_state(path)
    assert path.read_bytes() == dumps(journey)
