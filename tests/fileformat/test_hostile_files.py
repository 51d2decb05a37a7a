"""Every hostile or broken file of issue 6 gets a clear one-line message, fast.

Each case is checked twice: through ``load`` (what the editor's open dialog shows) and
through ``journey-studio validate`` (one line per file, exit status 1).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from support import ROOT
from hostile_cases import (
    BASE, BASE_TEXT, encode, first_card, image_bytes, png_header_only, with_asset, with_map,
)
from journey_studio.cli import main as cli_main
from journey_studio.fileformat import JourneyFileError, journey_json, load


def _deep() -> bytes:
    return b"[" * 100_000 + b"]" * 100_000


def _dup(m):
    m["stages"][1]["id"] = m["stages"][0]["id"]


def _missing_lane(m):
    m["cards"] = [{"id": "card-1", "step": m["stages"][0]["steps"][0]["id"], "lane": "lane-nowhere"}]


def _missing_step(m):
    m["cards"] = [{"id": "card-1", "step": "step-nowhere", "lane": m["lanes"][0]["id"]}]


CASES = {
    "empty": (b"", "the file is empty"),
    "truncated": (BASE_TEXT[: len(BASE_TEXT) // 2], "not valid JSON at line"),
    "random bytes": (bytes(range(256)) * 8, "not a Journey Studio file (not UTF-8 text"),
    "random ascii": (b"\x13garbage{{{", "not valid JSON at line 1"),
    "deep nesting": (_deep(), "JSON nested more than 64 levels deep"),
    "5000-digit number": (BASE_TEXT.replace(b'"formatVersion": 2', b'"formatVersion": ' + b"7" * 5000),
                          "a number with 5000 digits"),
    "wrong format": (encode({**BASE, "format": "trello-board"}),
                     'not a Journey Studio file (format is "trello-board"; expected "journey-studio")'),
    "newer formatVersion": (encode({**BASE, "formatVersion": 99}),
                            "made by a newer Journey Studio (format version 99)"),
    "wrong types": (with_map(lambda m: m.update(stages="five")), "map.stages: Input should be a valid list"),
    "wrong shape": (encode({**BASE, "map": [1, 2]}), "map: Input should be a valid dictionary"),
    "duplicate ids": (with_map(_dup), "map.stages[1].id: duplicate id"),
    "missing lane": (with_map(_missing_lane), "map.cards[0].lane: no lane with id 'lane-nowhere'"),
    "missing step": (with_map(_missing_step), "map.cards[0].step: no step with id 'step-nowhere'"),
    "missing photo": (with_map(lambda m: m["personas"][0].update(photo="photo-9")),
                      "map.personas[0].photo: no asset with id 'photo-9'"),
    "NaN": (BASE_TEXT.replace(b'"min": -2', b'"min": NaN'), "NaN is not allowed (numbers must be finite)"),
    "Infinity": (BASE_TEXT.replace(b'"max": 2', b'"max": -Infinity'), "-Infinity is not allowed"),
    "bad base64": (encode({**BASE, "assets": {"photo-1": {"mimeType": "image/png", "data": "%%not base64%%"}}}),
                   "assets.photo-1.data: data is not valid base64"),
    "SVG mime": (with_asset("image/svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
                 "assets.photo-1.mimeType: Input should be 'image/png' or 'image/jpeg'"),
    "SVG as PNG": (with_asset("image/png", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
                   "assets.photo-1.data: data is not a PNG image"),
    "GIF as PNG": (with_asset("image/png", image_bytes("GIF")), "data is not a PNG image"),
    "JPEG declared PNG": (with_asset("image/png", b"\x89PNG\r\n\x1a\n" + image_bytes("JPEG")),
                          "assets.photo-1: the data is not a PNG or JPEG image"),
    "truncated PNG": (with_asset("image/png", image_bytes("PNG", (300, 200))[:-40]),
                      "assets.photo-1: the image data is truncated (PNG, 300x200)"),
    "20000x20000 header": (with_asset("image/png", png_header_only(20000, 20000)),
                           "assets.photo-1: the image declares 20000x20000 pixels; the limit is 40,000,000 pixels"),
    "million-character card": (encode(first_card("x" * 1_000_000)),
                               "map.cards[0].text: String should have at most 10000 characters"),
}


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for name, (raw, _) in CASES.items():
        (folder / f"{name.replace(' ', '-')}.journey").write_bytes(raw)
    return folder


def _path(folder, name):
    return folder / f"{name.replace(' ', '-')}.journey"


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_file_is_refused_with_a_clear_message(name, hostile_dir):
    expected = CASES[name][1]
    path = _path(hostile_dir, name)
    before = path.read_bytes()
    with pytest.raises(JourneyFileError) as caught:
        load(path)  # the time it may take is bounded by tests/hostile (limited processes)
    message = str(caught.value)
    assert expected in message
    assert message.startswith(str(path) + ": ")
    assert "\n" not in message and "Traceback" not in message
    assert path.read_bytes() == before  # nothing changed on disk


@pytest.mark.parametrize("name", list(CASES))
def test_validate_prints_one_line_and_exits_1(name, hostile_dir, capsys):
    path = _path(hostile_dir, name)
    assert cli_main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1
    assert out.startswith(f"{path}: ") and CASES[name][1] in out


def test_validate_runs_all_hostile_files_in_one_process_without_traceback(hostile_dir):
    files = [str(_path(hostile_dir, name)) for name in CASES]
    good = str(ROOT / "examples" / "saas-customer.journey")
    result = subprocess.run([sys.executable, "-m", "journey_studio", "validate", good, *files],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) == len(files) + 1
    assert lines[0] == f"{good}: ok"
    assert all(not line.endswith(": ok") for line in lines[1:])


def test_file_over_the_size_cap_is_refused_before_reading(tmp_path, capsys, monkeypatch):
    path = tmp_path / "huge.journey"
    with open(path, "wb") as handle:  # sparse: 65 MB long, no block written
        handle.truncate(journey_json.MAX_FILE_BYTES + 1024 * 1024)
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    with pytest.raises(JourneyFileError) as caught:
        load(path)
    monkeypatch.undo()
    assert str(path) not in map(str, opened)  # refused from its size alone: not one byte read
    assert caught.value.reason == "the file is 65.0 MB; Journey Studio opens files up to 64 MB"
    assert cli_main(["validate", str(path)]) == 1
    assert capsys.readouterr().out == f"{path}: the file is 65.0 MB; Journey Studio opens files up to 64 MB\n"


def test_the_cap_holds_even_if_the_file_grows_after_the_size_check(tmp_path, monkeypatch):
    path = tmp_path / "grows.journey"
    path.write_bytes(BASE_TEXT + b" " * 5000)
    monkeypatch.setattr(journey_json, "MAX_FILE_BYTES", 4000)
    real_stat = os.stat
    monkeypatch.setattr(journey_json.os, "stat", lambda p: os.stat_result((*real_stat(p)[:6], 10, *real_stat(p)[7:])))
    with pytest.raises(JourneyFileError, match="the file is larger than 0 MB"):
        load(path)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs a device file")
def test_a_device_is_not_read():
    with pytest.raises(JourneyFileError, match="not a regular file"):
        load("/dev/zero")


def test_a_sound_file_with_a_real_photo_loads(tmp_path):
    path = tmp_path / "photo.journey"
    path.write_bytes(with_asset("image/jpeg", image_bytes("JPEG", (120, 90))))
    assert load(path).assets["photo-1"].mime_type == "image/jpeg"


def test_million_character_card_is_refused_quickly_in_memory_too():
    from journey_studio.fileformat import loads

    raw = json.dumps(first_card("é" * 1_000_000)).encode()
    with pytest.raises(JourneyFileError, match="at most 10000 characters"):
        loads(raw)
