"""SIGKILL a saving process at random moments: the file is always a complete version.

The child is forked from the test process (so it starts in microseconds) and saves two
versions in turn, forever; the parent kills it after a random short delay, then loads
the file. Half of the runs save with ``dump_to`` (serialising each time), half write
precomputed bytes with ``write_atomic`` so that most kills land inside the write itself.
"""

from __future__ import annotations

import os
import random
import signal
import time

import pytest

from storage_maps import journey_with_cards
from journey_studio.fileformat import dump_to, dumps, load
from journey_studio.fileformat.atomic import write_atomic

RUNS = 100  # the issue asks for at least 100 kills

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")


def _saver(path, versions, use_dump_to: bool) -> None:
    """The child: save the versions in turn until killed. Never returns."""
    try:
        i = 0
        while True:
            journey, data = versions[i % 2]
            if use_dump_to:
                dump_to(journey, path)
            else:
                write_atomic(path, data)
            i += 1
    finally:
        os._exit(0)


def _without_record(journey) -> dict:
    return journey.model_dump(mode="json", exclude={"versions"})


def test_sigkill_at_random_moments_never_leaves_a_partial_file(tmp_path):
    rng = random.Random(20240601)
    old = journey_with_cards(1500, "old", title="Old version")
    new = journey_with_cards(1500, "new", title="New version")
    versions = [(old, dumps(old)), (new, dumps(new))]
    complete = {versions[0][1], versions[1][1]}
    maps = [_without_record(old), _without_record(new)]
    assert len(versions[0][1]) > 200_000
    path = tmp_path / "plan.journey"
    seen_titles: set[str] = set()
    leftovers_after_kill = 0
    for run in range(RUNS):
        write_atomic(path, versions[run % 2][1])
        use_dump_to = run % 2 == 0
        pid = os.fork()
        if pid == 0:
            _saver(path, versions, use_dump_to)
        time.sleep(rng.uniform(0.001, 0.04))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL

        on_disk = path.read_bytes()
        if on_disk not in complete:
            # dump_to adds the map's version record (with the time it was saved) to what it
            # writes: a save that finished is the same map with that record
            assert use_dump_to, f"run {run}: the file is neither complete version"
            read = load(path)
            assert read.versions, f"run {run}: the file is neither complete version"
            assert _without_record(read) in maps, f"run {run}: the file is neither complete version"
        seen_titles.add(load(path).map.title)
        temps = [p for p in tmp_path.iterdir() if p.name != path.name]
        assert all(p.name.startswith(".plan.journey.") and p.name.endswith(".tmp") for p in temps)
        leftovers_after_kill += bool(temps)

        # the next save works and sweeps away what the killed save left behind
        dump_to(old, path)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.journey"]
    assert seen_titles == {"Old version", "New version"}
    assert leftovers_after_kill > 0, "no kill landed inside a write; the test proves nothing"
