"""``journey-studio workshop FILE``: one line on stdout, contributions saved to FILE, also on Ctrl+C."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from journey_studio.fileformat.journey_json import load

from .workshop_client import Phone

ROOT = Path(__file__).resolve().parents[2]


def start(path: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "journey_studio", "workshop", str(path), "--port", "0", "--bind", "127.0.0.1"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = process.stdout.readline().strip()
    assert line.startswith("Workshop: http://127.0.0.1:"), (line, process.stderr.read() if not line else "")
    return process, line.split(" ", 1)[1]


def test_headless_session_saves_what_participants_add(tmp_path):
    path = tmp_path / "map.journey"
    shutil.copy(ROOT / "examples" / "saas-customer.journey", path)
    original = load(path)
    lane = next(lane for lane in original.map.lanes if lane.kind == "painPoints")
    stage = original.map.stages[1]
    process, url = start(path)
    try:
        phone = Phone(url)
        status, body, _ = phone.call("POST", "/api/cards", {"stage": stage.id, "lane": lane.id,
                                                            "text": "Saved within 2 s", "nickname": "Lou"})
        assert status == 201
        card_id = json.loads(body)["id"]
        deadline = time.monotonic() + 30  # generous: CI machines can be slow; the save is due within 2 s
        while time.monotonic() < deadline and load(path).map.find_card(card_id) is None:
            time.sleep(0.2)  # the session saves at most every 2 s
        saved = load(path).map.find_card(card_id)
        assert saved is not None and (saved.text, saved.owner, saved.lane) == ("Saved within 2 s", "Lou", lane.id)
        status, body, _ = phone.call("POST", "/api/cards", {"stage": stage.id, "lane": lane.id,
                                                            "text": "Saved on Ctrl+C", "nickname": "Lou"})
        assert status == 201
        last_id = json.loads(body)["id"]
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    assert out == "" and err == ""  # the URL line was the only output
    assert load(path).map.find_card(last_id).text == "Saved on Ctrl+C"
    assert not [p for p in tmp_path.iterdir() if p.name != "map.journey"]  # no temporary file left


def test_headless_session_refuses_a_missing_file_in_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "journey_studio", "workshop", str(tmp_path / "none.journey"),
                             "--port", "0", "--bind", "127.0.0.1"], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=30)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "none.journey" in result.stderr


def test_headless_session_collects_cyclic_garbage_in_the_qt_thread_while_it_serves(qapp, tmp_path):
    import gc
    import io

    from PySide6.QtCore import QTimer

    from journey_studio.gc_pause import collecting_by_hand
    from journey_studio.workshop import headless

    path = tmp_path / "map.journey"
    shutil.copy(ROOT / "examples" / "saas-customer.journey", path)
    serving = []

    def look_and_quit():
        serving.append((gc.isenabled(), collecting_by_hand()))
        qapp.quit()

    QTimer.singleShot(0, look_and_quit)
    out = io.StringIO()
    assert headless.run(load(path), str(path), 0, "127.0.0.1", out=out) == 0
    assert out.getvalue().startswith("Workshop: http://127.0.0.1:")
    assert serving == [(False, True)]
    assert gc.isenabled() and not collecting_by_hand()
