"""Start Journey Studio as a user would, in an Xvfb display of the test's own."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest


def xvfb(tmp_path: Path):
    """A running Xvfb on a free display number; yields the DISPLAY value."""
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        pytest.skip("Xvfb and xdotool are not installed (.ci/run installs them)")
    number = next(n for n in range(140, 400) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def user_env(tmp_path: Path, display: str, instance: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY"}}
    return env | {"DISPLAY": display, "JOURNEY_STUDIO_INSTANCE": instance,
                  "JOURNEY_STUDIO_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}


def window_titles(display: str, pid: int) -> list[str]:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", "Journey Studio"],
                           env=dict(os.environ, DISPLAY=display), capture_output=True, text=True)
    titles = []
    for window in found.stdout.split():
        name = subprocess.run(["xdotool", "getwindowname", window], env=dict(os.environ, DISPLAY=display),
                              capture_output=True, text=True).stdout.strip()
        titles.append(name)
    return sorted(titles)


def processes_running(program: str) -> list[int]:
    """Ids of the live processes whose command line holds ``program``."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                words = (entry / "cmdline").read_bytes().split(b"\0")
                state = (entry / "stat").read_text().split(") ", 1)[1][0]
            except OSError:
                continue
            if program.encode() in words and state != "Z":
                pids.append(int(entry.name))
    return pids


def two_files_in_one_instance(command: list[str], files: list[Path], tmp_path: Path, display: str,
                              marker: str) -> tuple[list[int], list[str], int]:
    """Open ``files[0]`` by launching ``command``, then ``files[1]`` by a second launch.
    Returns the live processes carrying ``marker``, the first one's window titles, and the
    second launch's exit status."""
    env = user_env(tmp_path, display, f"journey-studio-test-{os.getpid()}-{tmp_path.name}")
    log = tmp_path / "first-launch.log"
    with log.open("wb") as output:
        first = subprocess.Popen(command + [str(files[0])], env=env, cwd=tmp_path,
                                 stdout=output, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while not window_titles(display, first.pid):
            assert first.poll() is None, f"the first launch ended: {log.read_text(errors='replace')}"
            assert time.monotonic() < deadline, "no window after 60 s"
            time.sleep(0.2)
        second = subprocess.run(command + [str(files[1])], env=env, cwd=tmp_path, capture_output=True, timeout=60)
        deadline = time.monotonic() + 30
        while len(window_titles(display, first.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        return processes_running(marker), window_titles(display, first.pid), second.returncode
    finally:
        first.terminate()
        first.wait(20)
