"""The editor's save path with the files an unlucky user has: a symbolic link, a
write-protected file, a name that is not UTF-8, a name of 255 bytes."""

from __future__ import annotations

import os
import shutil

import pytest
from support import EXAMPLES

from journey_studio.fileformat import load
from journey_studio.storage import app_dirs
from journey_studio.storage.autosave import AutosaveStore
from journey_studio.storage.file_lock import lock_path_for
from journey_studio.ui import file_dialogs
from journey_studio.ui.file_dialogs import SaveFailedChoice

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def save_failures(monkeypatch):
    reasons = []

    def ask(parent, name, reason):
        reasons.append(reason)
        return SaveFailedChoice.CANCEL
    monkeypatch.setattr(file_dialogs, "ask_save_failed", ask)
    return reasons


def _copy(path):
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(EXAMPLES[0], path)
    return path


def test_saving_through_a_symbolic_link_updates_its_target(qtbot, open_windows, tmp_path):
    target = _copy(tmp_path / "shared" / "plan.journey")
    link = tmp_path / "desk" / "plan.journey"
    link.parent.mkdir()
    link.symlink_to(target)
    window = open_windows.open_path(str(link))
    assert lock_path_for(link) == lock_path_for(target) and lock_path_for(target).exists()
    window.document.update_map(title="Through the link")
    assert window.save()
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert load(target).map.title == "Through the link"
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_write_protected_file_opens_read_only_and_is_never_overwritten(qtbot, open_windows, tmp_path,
                                                                          save_failures):
    path = _copy(tmp_path / "plan.journey")
    path.chmod(0o444)
    before = path.read_bytes()
    window = open_windows.open_path(str(path))
    assert window.document.read_only and window.read_only_note.isVisibleTo(window)
    assert not window.file.save_to(str(path))  # even asked directly, the save path refuses
    assert save_failures == ["the file is write-protected (read-only); save under another name, "
                             "or make it writable first"]
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == 0o444


def test_a_name_that_is_not_utf8_saves_and_autosaves(qtbot, open_windows, tmp_path):

    store = open_windows.start_autosave(tmp_path / "autosave")
    path = tmp_path / os.fsdecode(b"plan-caf\xe9.journey")
    _copy(path)
    window = open_windows.open_path(str(path))
    window.document.update_map(title="Edited")
    assert window.file.autosave_now()
    records = list(store.folder.glob("*.json"))
    assert len(records) == 1 and records[0].read_bytes().isascii()
    # after a crash, the next session offers it under the file's exact name
    pending = AutosaveStore(store.folder, session="later").pending()
    assert [(entry.original, entry.title) for entry in pending] == [(str(path), "Edited")]
    assert window.save()
    assert load(path).map.title == "Edited"


def test_a_name_of_255_bytes_saves_with_its_backup(qtbot, open_windows, tmp_path):
    name = "é" * 123 + "x.journey"  # 123 * 2 + 9 = 255 bytes
    assert len(os.fsencode(name)) == 255
    path = _copy(tmp_path / name)
    window = open_windows.open_path(str(path))
    window.document.update_map(title="Long name")
    assert window.save()
    window.document.update_map(title="Long name, twice")
    assert window.save()
    assert load(path).map.title == "Long name, twice"
    backups = list(app_dirs.backups_dir().iterdir())
    assert len(backups) == 1 and load(backups[0]).map.title == "Long name"
    assert lock_path_for(path).exists()
