"""Autosave, crash, restart: the next session offers the latest edits; a clean close cleans."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from storage_maps import journey_with_cards
from journey_studio.fileformat import JourneyFileError
from journey_studio.storage.autosave import AutosaveStore
from journey_studio.storage.autosave_timer import AutosaveTimer


@pytest.fixture(scope="module")
def dead_pid():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_writes_only_changed_content(tmp_path):
    store = AutosaveStore(tmp_path / "autosave")
    journey = journey_with_cards(2, "a")
    assert store.write("doc1", journey, tmp_path / "maps" / "plan.journey")
    assert not store.write("doc1", journey)  # same content: nothing written
    journey.map.title = "Changed"
    assert store.write("doc1", journey)
    # the map, its record, and the session's marker (which finds a map whose record is lost)
    assert sorted(p.suffix for p in (tmp_path / "autosave").iterdir()) == [".journey", ".json", ".session"]
    assert not (tmp_path / "maps").exists()  # never beside the user's file


def test_crash_then_restart_offers_the_latest_edits(tmp_path, dead_pid):
    folder = tmp_path / "autosave"
    crashed = AutosaveStore(folder, session="crashed", pid=dead_pid)
    journey = journey_with_cards(2, "draft", title="Workshop map")
    crashed.write("doc1", journey, "/somewhere/plan.journey")
    journey.map.cards[0].text = "the very latest edit"
    crashed.write("doc1", journey, "/somewhere/plan.journey")
    untitled = journey_with_cards(1, "other", title="Second map")
    crashed.write("doc2", untitled)  # never saved: no original path
    # ... the process dies without closing the store ...

    restarted = AutosaveStore(folder)
    pending = restarted.pending()
    assert [e.title for e in pending] == ["Second map", "Workshop map"]  # newest first
    assert pending[1].original == os.path.abspath("/somewhere/plan.journey")
    assert pending[0].original is None
    assert pending[1].saved_at.tzinfo is not None
    recovered = restarted.load(pending[1])
    assert recovered.map.cards[0].text == "the very latest edit"
    restarted.remove(pending[1])
    assert [e.title for e in restarted.pending()] == ["Second map"]
    assert not pending[1].map_path.exists() and not pending[1].record_path.exists()


def test_running_sessions_are_not_offered(tmp_path):
    folder = tmp_path / "autosave"
    other = AutosaveStore(folder, session="alive", pid=os.getppid())  # a process that runs
    other.write("doc1", journey_with_cards(1, "x"))
    mine = AutosaveStore(folder)
    mine.write("doc1", journey_with_cards(1, "y"))
    assert mine.pending() == []


def test_earlier_process_with_our_pid_counts_as_dead(tmp_path):
    folder = tmp_path / "autosave"
    AutosaveStore(folder, session="before", pid=os.getpid()).write("d", journey_with_cards(1, "x"))
    assert [e.session for e in AutosaveStore(folder).pending()] == ["before"]


def test_clean_close_removes_this_sessions_autosaves(tmp_path, dead_pid):
    folder = tmp_path / "autosave"
    AutosaveStore(folder, session="crashed", pid=dead_pid).write("old", journey_with_cards(1, "x"))
    store = AutosaveStore(folder)
    store.write("doc1", journey_with_cards(1, "a"))
    store.write("doc2", journey_with_cards(1, "b"))
    store.discard("doc2")
    assert len(list(folder.glob(f"{store.session}-*"))) == 2
    store.close()
    assert list(folder.glob(f"{store.session}-*")) == []
    assert len(store.pending()) == 1  # another session's crash is left for the user to decide


def test_damaged_records_are_ignored_and_damaged_maps_refused(tmp_path, dead_pid):
    folder = tmp_path / "autosave"
    store = AutosaveStore(folder, session="crashed", pid=dead_pid)
    store.write("doc1", journey_with_cards(1, "x"))
    (folder / "junk.json").write_text("{not json")
    (folder / "junk.journey").write_text("")
    entry, = AutosaveStore(folder).pending()
    entry.map_path.write_bytes(b"\x00garbage")
    with pytest.raises(JourneyFileError):
        AutosaveStore(folder).load(entry)


def test_record_is_small_plain_json(tmp_path):
    store = AutosaveStore(tmp_path)
    store.write("doc1", journey_with_cards(1, "x", title="Café"))
    record = json.loads(next(tmp_path.glob("*.json")).read_text(encoding="utf-8"))
    assert record["title"] == "Café" and record["pid"] == os.getpid() and record["original"] is None


# --- the timer ----------------------------------------------------------------------
class FakeDocument:
    def __init__(self):
        self.journey = journey_with_cards(1, "x")
        self.dirty = False

    def snapshot(self):
        return ("doc1", self.journey, self.dirty)


def test_timer_writes_only_dirty_and_changed_maps(qtbot, tmp_path):
    doc = FakeDocument()
    store = AutosaveStore(tmp_path)
    timer = AutosaveTimer(store, doc.snapshot)
    assert timer.interval_s() == 30
    assert not timer.tick()  # clean: nothing
    assert list(tmp_path.iterdir()) == []
    doc.dirty = True
    assert timer.tick()
    assert not timer.tick()  # dirty but unchanged since the last autosave
    doc.journey.map.title = "edited"
    assert timer.tick()
    doc.dirty = False  # the user saved: the autosave is not needed any more
    assert not timer.tick()
    assert list(tmp_path.iterdir()) == []


def test_timer_fires_on_its_own(qtbot, tmp_path):
    doc = FakeDocument()
    doc.dirty = True
    timer = AutosaveTimer(AutosaveStore(tmp_path), doc.snapshot, interval_s=0.05)
    with qtbot.waitSignal(timer.written, timeout=3000) as blocker:
        timer.start()
    timer.stop()
    assert blocker.args == ["doc1"]


def test_timer_reports_a_refused_write_and_goes_on(qtbot, tmp_path):
    blocker_file = tmp_path / "blocker"
    blocker_file.write_text("a file where the autosave folder should be")
    doc = FakeDocument()
    doc.dirty = True
    timer = AutosaveTimer(AutosaveStore(blocker_file / "autosave"), doc.snapshot)
    with qtbot.waitSignal(timer.failed, timeout=1000) as signal:
        assert not timer.tick()
    assert signal.args[0].startswith("Autosave failed: could not autosave: ")
