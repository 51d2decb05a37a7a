"""Double-clicking a second map while Journey Studio runs: one process, two windows."""

from __future__ import annotations

import sys

import pytest
from launching import two_files_in_one_instance, xvfb
from support import EXAMPLES, ROOT


@pytest.fixture
def display(tmp_path):
    yield from xvfb(tmp_path)


def test_two_launches_give_one_process_with_two_windows(tmp_path, display, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    marker = f"--journey-test-{tmp_path.name}"  # names this test's processes on the command line
    command = [sys.executable, "-c", "import sys; from journey_studio.cli import main; "
               "sys.exit(main(sys.argv[2:]))", marker]
    processes, titles, second_status = two_files_in_one_instance(command, EXAMPLES[:2], tmp_path, display, marker)
    assert second_status == 0
    assert len(processes) == 1
    assert titles == sorted(f"{path.name} — Journey Studio" for path in EXAMPLES[:2])
