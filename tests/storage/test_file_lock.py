"""One editor per map: QLockFile beside the map names who holds it; stale locks go."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

from journey_studio.storage.file_lock import LockHolder, LockState, MapFileLock, lock_path_for

LOCK_AND_DIE = """
import os, sys
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
assert lock.tryLock(0)
os._exit(0)  # dies without unlocking, as a crash would
"""


def test_lock_is_beside_the_file_libreoffice_style(tmp_path):
    path = tmp_path / "plan.journey"
    assert lock_path_for(path) == tmp_path / ".~lock.plan.journey#"
    with MapFileLock(path) as lock:
        assert lock.state is LockState.OWNED
        assert (tmp_path / ".~lock.plan.journey#").exists()
    assert not (tmp_path / ".~lock.plan.journey#").exists()  # released on close


def test_second_opener_is_told_who_holds_the_file(tmp_path):
    path = tmp_path / "plan.journey"
    first = MapFileLock(path)
    assert first.acquire() is LockState.OWNED
    second = MapFileLock(path)
    assert second.acquire() is LockState.HELD_BY_OTHER
    assert second.holder.pid == os.getpid()
    assert second.holder.host == socket.gethostname()
    assert second.holder.app
    assert f"(process {os.getpid()})" in second.holder.describe()
    assert "plan.journey is open in" in second.note
    second.release()  # releasing a lock we do not hold leaves the owner's lock alone
    assert lock_path_for(path).exists()
    first.release()
    assert second.acquire() is LockState.OWNED
    second.release()


def test_lock_of_a_crashed_process_is_cleaned(tmp_path):
    path = tmp_path / "plan.journey"
    subprocess.run([sys.executable, "-c", LOCK_AND_DIE, str(lock_path_for(path))], check=True, timeout=30)
    assert lock_path_for(path).exists()  # left behind by the dead process
    lock = MapFileLock(path)
    assert lock.acquire() is LockState.OWNED
    lock.release()


def _foreign_lock(path, pid=4242, host="workshop-laptop"):
    lock_path_for(path).write_text(f"{pid}\nJourney Studio\n{host}\nsome-machine-id\nsome-boot-id\n")


def test_lock_held_on_another_computer_names_it(tmp_path):
    path = tmp_path / "plan.journey"
    _foreign_lock(path)
    lock = MapFileLock(path)
    assert lock.acquire() is LockState.HELD_BY_OTHER
    assert lock.holder.host == "workshop-laptop" and lock.holder.pid == 4242
    assert "Journey Studio (process 4242)" in lock.holder.describe()
    assert lock.holder.describe().endswith("on workshop-laptop")
    assert lock_path_for(path).exists()


def test_old_lock_counts_as_stale_after_the_chosen_time(tmp_path):
    path = tmp_path / "plan.journey"
    _foreign_lock(path)
    old = time.time() - 3600
    os.utime(lock_path_for(path), (old, old))
    assert MapFileLock(path, stale_after_ms=60_000).acquire() is LockState.OWNED


def test_folder_where_no_lock_can_be_written_still_opens(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, so nothing can be created inside it (works as root too)")
    lock = MapFileLock(blocker / "plan.journey")
    assert lock.acquire() is LockState.UNAVAILABLE
    assert "no lock could be written" in lock.note
    lock.release()


def test_holder_description_for_this_computer():
    holder = LockHolder(12, socket.gethostname(), "Journey Studio", "alice")
    assert holder.describe() == "Journey Studio (process 12) of alice on this computer"
