"""One running Journey Studio: a later launch hands its files over and exits."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from support import EXAMPLES, ROOT

from journey_studio import single_instance

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


def _launch_env(name: str, tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOURNEY_STUDIO_INSTANCE=name,
               JOURNEY_STUDIO_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_a_second_launch_hands_its_two_files_to_the_running_app_and_exits(qtbot, open_windows, tmp_path):
    name = f"journey-studio-test-{uuid.uuid4().hex[:8]}"
    server = single_instance.InstanceServer(open_windows.open_handed_files, name)
    assert server.listen()
    before = len(open_windows.windows())
    try:
        launch = subprocess.Popen([sys.executable, "-m", "journey_studio", str(EXAMPLES[0]), str(EXAMPLES[1])],
                                  cwd=tmp_path, env=_launch_env(name, tmp_path),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=30000)
    finally:
        server.close()
    assert launch.returncode == 0, launch.stderr.read().decode()
    opened = open_windows.windows()[before:]
    assert [w.document.path for w in opened] == [str(EXAMPLES[0]), str(EXAMPLES[1])]
    assert all(w.isVisible() for w in opened)


def test_relative_paths_are_made_absolute_by_the_launch_that_got_them(qtbot, tmp_path):
    name = f"journey-studio-test-{uuid.uuid4().hex[:8]}"
    received = []
    server = single_instance.InstanceServer(received.extend, name)
    assert server.listen()
    try:
        launch = subprocess.Popen([sys.executable, "-m", "journey_studio", EXAMPLES[0].name],
                                  cwd=EXAMPLES[0].parent, env=_launch_env(name, tmp_path))
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=30000)
    finally:
        server.close()
    assert launch.returncode == 0 and received == [str(EXAMPLES[0])]


def test_nobody_listening_means_this_launch_runs_the_editor_itself(qapp):
    assert single_instance.hand_over(["a.journey"], f"journey-studio-nobody-{uuid.uuid4().hex[:8]}") is False


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_a_socket_left_by_a_crashed_instance_is_taken_over(qapp, tmp_path):
    name = f"journey-studio-test-{uuid.uuid4().hex[:8]}"
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(Path(QDir.tempPath()) / name))  # bound, never listening, never removed
    stale.close()
    server = single_instance.InstanceServer(lambda files: None, name)
    try:
        assert server.listen()
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_a_running_instance_too_busy_to_answer_keeps_its_socket(qapp):
    """Another process listens on the name but never answers (its event loop is busy): a later
    launch must not remove its socket and take the name over."""
    name = f"journey-studio-test-{uuid.uuid4().hex[:8]}"
    path = Path(QDir.tempPath()) / name
    busy = socket.socket(socket.AF_UNIX)
    busy.bind(str(path))
    busy.listen(4)  # accepts connections at the kernel, never reads them
    try:
        server = single_instance.InstanceServer(lambda files: None, name)
        assert not server.listen()
        assert path.exists()
        server.close()
    finally:
        busy.close()
        path.unlink(missing_ok=True)


def test_a_garbled_request_opens_nothing(qtbot, qapp):
    from PySide6.QtNetwork import QLocalSocket

    name = f"journey-studio-test-{uuid.uuid4().hex[:8]}"
    received = []
    server = single_instance.InstanceServer(received.append, name)
    assert server.listen()
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(2000)
    client.write(b"{not json\n")
    answer = bytearray()
    qtbot.waitUntil(lambda: answer.extend(bytes(client.readAll())) or b"\n" in answer, timeout=5000)
    server.close()
    assert bytes(answer).strip() == b"bad request" and received == []


def test_a_macos_file_open_event_opens_the_map(qapp):
    received = []
    event_filter = single_instance.FileOpenEventFilter(received.extend)
    qapp.installEventFilter(event_filter)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent(str(EXAMPLES[0])))
    finally:
        qapp.removeEventFilter(event_filter)
    assert received == [str(EXAMPLES[0])]
