"""Backups of the previous version (in the data folder) and detection of outside changes."""

from __future__ import annotations

import os

from storage_maps import journey_with_cards
from journey_studio.fileformat import dumps
from journey_studio.storage import app_dirs
from journey_studio.storage.backup import backup_path_for, keep_backup
from journey_studio.storage.disk_state import changed_on_disk, read_state
from journey_studio.storage.save import save_journey


def test_data_folder_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(app_dirs.ENV_VAR, str(tmp_path / "data"))
    assert app_dirs.backups_dir() == tmp_path / "data" / "backups"
    assert app_dirs.autosave_dir() == tmp_path / "data" / "autosave"
    assert app_dirs.backups_dir().is_dir() and app_dirs.autosave_dir().is_dir()


def test_data_folder_defaults_to_the_standard_location(tmp_path, monkeypatch):
    monkeypatch.delenv(app_dirs.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    folder = app_dirs.data_dir()
    assert folder.is_dir()
    assert folder == tmp_path / "xdg" / "Journey Studio"  # not "Journey Studio/Journey Studio"


def test_what_an_older_version_kept_one_level_down_is_moved_up(tmp_path, monkeypatch):
    monkeypatch.delenv(app_dirs.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    legacy = tmp_path / "xdg" / "Journey Studio" / "Journey Studio"
    (legacy / "backups").mkdir(parents=True)
    (legacy / "backups" / "map.journey").write_text("old backup")
    (legacy / "journey-studio.log").write_text("log")
    assert app_dirs.backups_dir() == tmp_path / "xdg" / "Journey Studio" / "backups"
    assert (app_dirs.backups_dir() / "map.journey").read_text() == "old backup"
    assert (tmp_path / "xdg" / "Journey Studio" / "journey-studio.log").exists()
    assert not legacy.exists()


def test_backup_made_on_second_save_not_beside_the_file(tmp_path, monkeypatch):
    monkeypatch.setenv(app_dirs.ENV_VAR, str(tmp_path / "data"))
    path = tmp_path / "maps" / "plan.journey"
    path.parent.mkdir()
    first, second = journey_with_cards(2, "first"), journey_with_cards(3, "second")
    save_journey(first, path)
    assert not any((tmp_path / "data").rglob("*.bak"))  # nothing to keep yet
    save_journey(second, path)
    backups = list((tmp_path / "data" / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith("plan.journey.") and backups[0].suffix == ".bak"
    assert backups[0].read_bytes() == dumps(first)
    assert path.read_bytes() == dumps(second)
    assert sorted(p.name for p in path.parent.iterdir()) == ["plan.journey"]
    save_journey(first, path)  # one backup per file: replaced, not piled up
    assert [p.read_bytes() for p in (tmp_path / "data" / "backups").iterdir()] == [dumps(second)]


def test_same_name_in_two_folders_keeps_two_backups(tmp_path):
    backups = tmp_path / "backups"
    a, b = tmp_path / "a" / "plan.journey", tmp_path / "b" / "plan.journey"
    for path, text in ((a, b"A"), (b, b"B")):
        path.parent.mkdir()
        path.write_bytes(text)
        keep_backup(path, folder=backups)
    assert backup_path_for(a, backups) != backup_path_for(b, backups)
    assert backup_path_for(a, backups).read_bytes() == b"A"
    assert backup_path_for(b, backups).read_bytes() == b"B"


def test_backups_can_be_turned_off(tmp_path):
    path = tmp_path / "plan.journey"
    path.write_bytes(b"old")
    assert keep_backup(path, enabled=False, folder=tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()


def test_failed_backup_does_not_stop_the_save(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the backups folder should be")
    path = tmp_path / "plan.journey"
    save_journey(journey_with_cards(1, "one"), path, backups=blocker)
    second = journey_with_cards(2, "two")
    save_journey(second, path, backups=blocker)
    assert path.read_bytes() == dumps(second)


def test_changes_by_another_program_are_noticed(tmp_path):
    path = tmp_path / "plan.journey"
    path.write_bytes(b"version one")
    state = read_state(path)
    assert not changed_on_disk(path, state)
    stamp = state.mtime_ns + 5_000_000_000
    os.utime(path, ns=(stamp, stamp))  # touched, same bytes
    assert not changed_on_disk(path, state)
    path.write_bytes(b"version two")  # same size, other bytes
    os.utime(path, ns=(state.mtime_ns, state.mtime_ns))
    assert changed_on_disk(path, state)  # found by its hash despite the kept time
    path.write_bytes(b"a longer version three")
    assert changed_on_disk(path, state)
    path.unlink()
    assert changed_on_disk(path, state)


def test_a_never_saved_map_changed_only_if_a_file_appears(tmp_path):
    path = tmp_path / "new.journey"
    assert read_state(path) is None
    assert not changed_on_disk(path, None)
    path.write_bytes(b"someone else's")
    assert changed_on_disk(path, None)
