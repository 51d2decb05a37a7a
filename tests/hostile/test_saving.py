"""Saving from the command line never loses what the user meant to keep; what a killed save
or a crash leaves is found again (the editor's save path: tests/ui/test_hostile_saving.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from support import EXAMPLES

from journey_studio.cli import main as cli_main
from journey_studio.fileformat import dump_to, load
from journey_studio.fileformat.atomic import remove_leftovers, write_atomic
from journey_studio.processes import process_running
from journey_studio.storage.autosave import AutosaveStore

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = str(EXAMPLES[0])


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_convert_through_a_symbolic_link_writes_its_target(tmp_path):
    target = tmp_path / "real.journey"
    dump_to(load(EXAMPLE), target)
    (tmp_path / "desk").mkdir()
    link = tmp_path / "desk" / "plan.journey"
    link.symlink_to("../real.journey")
    assert cli_main(["convert", str(tmp_path / "real.journey"), "-o", str(tmp_path / "copy.mmd")]) == 0
    assert cli_main(["convert", str(tmp_path / "copy.mmd"), "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == "../real.journey"
    assert load(target).map.title == load(EXAMPLE).map.title
    assert len(load(target).map.stages) == len(load(EXAMPLE).map.stages)


def test_a_dangling_link_gets_its_target_created(tmp_path):
    link = tmp_path / "plan.journey"
    link.symlink_to("made-later.journey")
    assert cli_main(["new", "-o", str(link), "--force"]) == 0
    assert link.is_symlink() and load(tmp_path / "made-later.journey").map.stages


def test_a_write_protected_output_needs_force(tmp_path, capsys):
    out = tmp_path / "plan.csv"
    out.write_text("protected")
    out.chmod(0o444)
    assert cli_main(["convert", EXAMPLE, "-o", str(out)]) == 1
    assert capsys.readouterr().err == f"{out}: is write-protected (read-only); use --force to replace it\n"
    assert out.read_text() == "protected"
    assert cli_main(["convert", EXAMPLE, "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8-sig").count(",") > 10 and out.stat().st_mode & 0o777 == 0o444
    journey = tmp_path / "new.journey"
    journey.write_text("x")
    journey.chmod(0o444)
    assert cli_main(["new", "-o", str(journey), "--force"]) == 0 and load(journey).map.stages
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(b"%PDF")
    pdf.chmod(0o444)
    assert cli_main(["export", EXAMPLE, "-o", str(pdf)]) == 1 and pdf.read_bytes() == b"%PDF"
    assert "use --force" in capsys.readouterr().err


def test_write_atomic_itself_refuses_a_write_protected_file(tmp_path):
    path = tmp_path / "plan.journey"
    path.write_text("keep me")
    path.chmod(0o444)
    try:
        write_atomic(path, b"new")
    except Exception as exc:  # noqa: BLE001 - the type and the words are the point
        assert type(exc).__name__ == "JourneyFileError" and "write-protected" in str(exc)
    assert path.read_text() == "keep me"


def test_names_that_are_not_utf8_are_written_and_printed_as_they_are(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9 \xff.journey"
    done = subprocess.run([sys.executable, "-m", "journey_studio", "convert", EXAMPLE, "-o", name],
                          capture_output=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == name + b": written\n" and os.path.exists(name)
    assert cli_main(["validate", os.fsdecode(name)]) == 0


def test_a_name_of_255_bytes_can_be_saved_and_saved_again(tmp_path):
    path = tmp_path / ("é" * 123 + "x.journey")
    assert len(os.fsencode(path.name)) == 255
    for _ in range(2):
        assert cli_main(["convert", EXAMPLE, "-o", str(path)]) == 0
    assert load(path).map.title and sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_temporary_files_of_killed_saves_are_removed_when_the_map_is_opened(tmp_path):
    path = tmp_path / "plan.journey"
    dump_to(load(EXAMPLE), path)
    dead = tmp_path / f".plan.journey.{dead_pid()}.k1ll3d00.tmp"
    alive = tmp_path / f".plan.journey.{os.getpid()}.s4v1ng00.tmp"
    dead.write_text("half")
    alive.write_text("being written")
    remove_leftovers(path)
    assert not dead.exists() and alive.exists()


def test_a_zombie_process_is_not_running():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 30
    while not Path(f"/proc/{child.pid}/stat").read_bytes().split(b") ")[-1].startswith(b"Z"):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert not process_running(child.pid)  # exited, not yet reaped: a crash a second ago
    child.wait()
    assert process_running(os.getpid())


def test_an_autosave_whose_record_was_lost_is_offered_then_cleaned(tmp_path):
    crashed = AutosaveStore(tmp_path, session="crashed", pid=dead_pid())
    journey = load(EXAMPLE)
    journey.map.title = "Unsaved work"
    crashed.write("k1", journey, tmp_path / "plan.journey")
    (tmp_path / "crashed-k1.json").unlink()  # the disk refused the record
    (tmp_path / ".crashed-k2.journey.1.abcdefgh.tmp").write_text("")  # pid 1 lives: kept
    (tmp_path / f".crashed-k3.json.{dead_pid()}.abcdefgh.tmp").write_text("")  # dead: removed
    later = AutosaveStore(tmp_path, session="later")
    pending = later.pending()
    assert [(entry.title, entry.original) for entry in pending] == [("Unsaved work", None)]
    assert load(pending[0].map_path).map.title == "Unsaved work"
    later.remove(pending[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == [".crashed-k2.journey.1.abcdefgh.tmp"]
    assert json.loads(json.dumps(later.pending())) == []
