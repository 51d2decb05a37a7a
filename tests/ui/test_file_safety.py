"""Saving never loses data; locks, read-only windows, autosave and crash recovery, in the window."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from support import EXAMPLES

from journey_studio import app as app_module
from journey_studio.fileformat import dumps, load
from journey_studio.storage import app_dirs
from journey_studio.storage.autosave import AutosaveStore
from journey_studio.storage.backup import backup_path_for
from journey_studio.storage.file_lock import LockState, MapFileLock
from journey_studio.ui import error_hook, file_dialogs, preferences
from journey_studio.ui.file_dialogs import (
    ChangedOnDiskChoice, LockedChoice, RecoveryAction, RecoveryChoice, SaveFailedChoice,
)

pytestmark = pytest.mark.usefixtures("no_real_dialogs")
Button = QMessageBox.StandardButton


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "maps" / "plan.journey"
    path.parent.mkdir()
    shutil.copyfile(EXAMPLES[0], path)
    return path


@pytest.fixture
def asked(monkeypatch):
    """Record the file questions and answer them from ``asked.answers`` (by function name)."""
    class Asked:
        calls: list[tuple] = []
        answers: dict[str, object] = {}
    record = Asked()
    record.calls, record.answers = [], {}
    for name in ("ask_save_failed", "ask_changed_on_disk", "ask_file_locked", "ask_recover"):
        def ask(parent, *args, _name=name):
            record.calls.append((_name, *args))
            return record.answers[_name]
        monkeypatch.setattr(file_dialogs, name, ask)
    return record


# --- saving ----------------------------------------------------------------------------
def test_failed_save_says_why_and_keeps_the_old_file_and_the_unsaved_map(
        qtbot, open_windows, asked, map_file, monkeypatch):
    window = open_windows.open_path(str(map_file))
    old = map_file.read_bytes()
    window.document.update_map(title="Edited in the workshop")
    asked.answers["ask_save_failed"] = SaveFailedChoice.CANCEL
    monkeypatch.setattr(os, "replace", lambda src, dst: (_ for _ in ()).throw(
        OSError(errno.EROFS, "Read-only file system")))
    assert not window.save()
    monkeypatch.undo()
    assert asked.calls == [("ask_save_failed", "plan.journey", "could not save: the disk is read-only")]
    assert map_file.read_bytes() == old
    assert window.document.dirty and window.document.map.title == "Edited in the workshop"
    assert window.isVisible() and window in open_windows.windows()
    assert not [p for p in map_file.parent.iterdir() if p.name != "plan.journey" and not p.name.startswith(".~lock")]


def test_failed_save_then_save_as_writes_elsewhere(qtbot, open_windows, asked, map_file, monkeypatch, tmp_path):
    window = open_windows.open_path(str(map_file))
    window.document.update_map(title="Rescued")
    asked.answers["ask_save_failed"] = SaveFailedChoice.SAVE_AS
    from journey_studio.ui import window_file
    original = window_file.save_journey
    monkeypatch.setattr(window_file, "save_journey", lambda journey, path, **kw: (
        original(journey, path, **kw) if "rescue" in str(path) else (_ for _ in ()).throw(
            OSError(errno.ENOSPC, "No space left on device"))))
    rescue = tmp_path / "rescue.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rescue), ""))
    assert window.save()
    assert load(rescue).map.title == "Rescued" and not window.document.dirty
    assert window.document.path == str(rescue)


def test_saving_keeps_a_backup_of_the_previous_version_unless_turned_off(qtbot, open_windows, map_file):
    window = open_windows.open_path(str(map_file))
    old = map_file.read_bytes()
    window.document.update_map(title="Second version")
    assert window.save()
    backup = backup_path_for(map_file)
    assert backup.parent == app_dirs.backups_dir() and backup.read_bytes() == old
    assert load(map_file).map.title == "Second version"
    preferences.set_keep_backups(False)
    window.document.update_map(title="Third version")
    assert window.save()
    assert load(backup).map.title != "Second version"  # the backup was not refreshed


@pytest.mark.parametrize("choice", list(ChangedOnDiskChoice))
def test_saving_over_a_file_changed_on_disk_asks(qtbot, open_windows, asked, map_file, monkeypatch, tmp_path, choice):
    window = open_windows.open_path(str(map_file))
    window.document.update_map(title="Mine")
    theirs = load(map_file)
    theirs.map.title = "Theirs"
    map_file.write_bytes(dumps(theirs))
    asked.answers["ask_changed_on_disk"] = choice
    other = tmp_path / "other.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    saved = window.save()
    assert asked.calls == [("ask_changed_on_disk", "plan.journey")]
    on_disk = load(map_file).map.title
    if choice is ChangedOnDiskChoice.OVERWRITE:
        assert saved and on_disk == "Mine" and not window.document.dirty
        window.document.update_map(title="Mine again")
        assert window.save() and len(asked.calls) == 1  # our own save is not "another program"
    elif choice is ChangedOnDiskChoice.SAVE_AS:
        assert saved and on_disk == "Theirs" and load(other).map.title == "Mine"
    elif choice is ChangedOnDiskChoice.RELOAD:
        assert not saved and on_disk == "Theirs"
        reloaded = open_windows.windows()[-1]
        assert reloaded is not window and reloaded.document.map.title == "Theirs"
        assert not reloaded.document.dirty and reloaded.document.path == str(map_file)
        assert reloaded.file.lock is not None and reloaded.file.lock.state is LockState.OWNED
    else:
        assert not saved and on_disk == "Theirs" and window.document.dirty


def test_reload_asks_first_when_there_are_unsaved_changes(qtbot, open_windows, messages, map_file):
    window = open_windows.open_path(str(map_file))
    window.document.update_map(title="Unsaved")
    messages.answers.append(Button.Cancel)
    assert window.file.reload() is None
    assert messages.shown[0][0] == "question" and window.document.map.title == "Unsaved"


# --- locks and read-only -----------------------------------------------------------------
def test_a_map_open_elsewhere_offers_read_only_and_the_window_refuses_edits(
        qtbot, open_windows, asked, map_file, monkeypatch, tmp_path):
    other_editor = MapFileLock(map_file)
    assert other_editor.acquire() is LockState.OWNED
    asked.answers["ask_file_locked"] = LockedChoice.READ_ONLY
    window = open_windows.open_path(str(map_file))
    name, holder = asked.calls[0][1:]
    assert name == "plan.journey" and f"Journey Studio (process {os.getpid()})" in holder
    assert window.document.read_only and "(read-only)" in window.windowTitle()
    acts = window.window_actions
    assert not any(a.isEnabled() for a in acts.editing_actions())
    assert not window.card_palette.isEnabled()
    assert not window.workshop.dot_voting.isEnabled() and window.workshop.present.isEnabled()
    stages = len(window.document.map.stages)
    window.insert_stage()
    assert len(window.document.map.stages) == stages
    assert "read-only" in window.statusBar().currentMessage() and window.read_only_note.isVisibleTo(window)
    window.view.run_edit(window.document.add_stage)  # the canvas's path for every edit
    assert len(window.document.map.stages) == stages
    # Save becomes Save As; saved elsewhere, the map is ours to edit
    copy = tmp_path / "mine.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    assert window.save() and window.document.path == str(copy)
    assert not window.document.read_only and acts.add_stage.isEnabled()
    assert "(read-only)" not in window.windowTitle()
    other_editor.release()


def test_open_a_copy_of_a_locked_map_has_no_path(qtbot, open_windows, asked, map_file):
    other_editor = MapFileLock(map_file)
    other_editor.acquire()
    asked.answers["ask_file_locked"] = LockedChoice.COPY
    window = open_windows.open_path(str(map_file))
    assert window.document.path is None and not window.document.read_only and window.document.dirty
    assert window.file.lock is None
    asked.answers["ask_file_locked"] = LockedChoice.CANCEL
    count = len(open_windows.windows())
    assert open_windows.open_path(str(map_file)) is None and len(open_windows.windows()) == count
    other_editor.release()


def test_the_lock_is_held_while_open_and_released_on_close(qtbot, open_windows, map_file):
    window = open_windows.open_path(str(map_file))
    assert MapFileLock(map_file).acquire() is LockState.HELD_BY_OTHER
    window.close()
    later = MapFileLock(map_file)
    assert later.acquire() is LockState.OWNED
    later.release()


def test_no_lock_possible_opens_with_a_note(qtbot, open_windows, map_file, monkeypatch):
    def unavailable(self):
        self.state, self.note = LockState.UNAVAILABLE, "no lock could be written beside plan.journey"
        return self.state
    monkeypatch.setattr(MapFileLock, "acquire", unavailable)
    window = open_windows.open_path(str(map_file))
    assert not window.document.read_only and window.file.lock is None
    assert window.statusBar().currentMessage().startswith("No lock could be written")


# --- autosave and recovery ---------------------------------------------------------------
def test_autosave_after_an_edit_and_discarded_on_clean_close(qtbot, open_windows, messages, map_file, tmp_path):
    store = open_windows.start_autosave(tmp_path / "autosave")
    window = open_windows.open_path(str(map_file))
    assert window.file.autosave.is_active() and window.file.autosave.interval_s() == 30
    assert not window.file.autosave_now()  # nothing changed: nothing written
    window.document.update_map(title="Autosaved")
    assert window.file.autosave_now()
    assert not window.file.autosave_now()  # unchanged since: not written again
    written = list(store.folder.glob("*.journey"))
    assert len(written) == 1 and load(written[0]).map.title == "Autosaved"
    assert map_file.read_bytes() != written[0].read_bytes()  # never the user's own file
    messages.answers.append(Button.Discard)
    assert window.close()
    assert list(store.folder.iterdir()) == []


def test_autosave_interval_follows_the_preference(qtbot, open_windows, tmp_path):
    open_windows.start_autosave(tmp_path / "autosave")
    preferences.set_autosave_interval_s(600)
    window = open_windows.new_map()
    assert window.file.autosave.interval_s() == 600
    preferences.set_autosave_interval_s(0)
    window.file.apply_preferences()
    assert not window.file.autosave.is_active()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _crashed_session_autosave(folder, original):
    journey = load(EXAMPLES[1])
    journey.map.title = "Workshop, unsaved"
    dead = AutosaveStore(folder, session="crashed", pid=_dead_pid())
    assert dead.write("w1", journey, original)
    return journey


def _start_app(monkeypatch, tmp_path):
    monkeypatch.setenv("JOURNEY_STUDIO_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(error_hook, "setup_logging", lambda: None)
    return app_module.run_editor([])


def test_after_a_crash_the_start_offers_recovery_and_opens_the_map_unsaved(
        qtbot, open_windows, asked, monkeypatch, tmp_path, map_file):
    folder = tmp_path / "data" / "autosave"
    journey = _crashed_session_autosave(folder, map_file)
    asked.answers["ask_recover"] = RecoveryChoice(RecoveryAction.RECOVER, (0,))
    assert _start_app(monkeypatch, tmp_path) == 0
    (name, maps), = [call for call in asked.calls if call[0] == "ask_recover"]
    assert [(m.title, m.original) for m in maps] == [("Workshop, unsaved", str(map_file))]
    window, = open_windows.windows()
    assert dumps(window.document.journey) == dumps(journey)
    assert window.document.dirty and window.document.path == str(map_file)
    assert "(recovered)" in window.windowTitle()
    names = sorted(p.name for p in folder.iterdir())
    assert not any(n.startswith("crashed-") for n in names)  # the old autosave is gone...
    assert len([n for n in names if n.endswith(".journey")]) == 1  # ...kept under this session
    assert window.save() and load(map_file).map.title == "Workshop, unsaved"
    assert "(recovered)" not in window.windowTitle()


@pytest.mark.parametrize("action", [RecoveryAction.DISCARD, RecoveryAction.LATER])
def test_discarded_autosaves_go_and_later_keeps_them(qtbot, open_windows, asked, monkeypatch, tmp_path, action):
    folder = tmp_path / "data" / "autosave"
    _crashed_session_autosave(folder, None)
    asked.answers["ask_recover"] = RecoveryChoice(action, (0,) if action is RecoveryAction.DISCARD else ())
    _start_app(monkeypatch, tmp_path)
    assert open_windows.windows() == [] and open_windows.start_window.isVisible()  # the start screen
    left = list(folder.glob("crashed-*"))
    assert (left == []) if action is RecoveryAction.DISCARD else len(left) == 2
