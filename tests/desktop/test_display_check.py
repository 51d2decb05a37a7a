"""Without a display, or without a library Qt's X11 plugin needs, the editor says so in one
sentence and exits 2 (not Qt's abort); the sub-commands still work."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import EXAMPLES, ROOT

from journey_studio import display_check


def _headless_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    return env | {"PYTHONPATH": str(ROOT), "JOURNEY_STUDIO_DATA_DIR": str(tmp_path / "data"),
                  "XDG_CONFIG_HOME": str(tmp_path / "config")}


def test_the_editor_without_a_display_says_so_in_one_sentence_and_exits_2(tmp_path):
    result = subprocess.run([sys.executable, "-m", "journey_studio", str(EXAMPLES[0])],
                            env=_headless_env(tmp_path), capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == display_check.no_display_message() and result.stdout == ""


def test_export_works_without_a_display(tmp_path):
    out = tmp_path / "map.pdf"
    result = subprocess.run([sys.executable, "-m", "journey_studio", "export", str(EXAMPLES[0]), "-o", str(out)],
                            env=_headless_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:5] == b"%PDF-"


def test_a_missing_x11_library_is_named_with_the_package_to_install():
    sentence = display_check.missing_library_message("libxcb-cursor.so.0")
    assert "sudo apt-get install libxcb-cursor0" in sentence and "sudo dnf install xcb-util-cursor" in sentence
    assert sentence.count(". ") == 0 and sentence.endswith(".")


@pytest.mark.skipif(not (shutil.which("as") and shutil.which("ld")), reason="binutils are not installed")
def test_the_library_the_loader_cannot_find_is_the_one_named(tmp_path):
    """A plugin that needs a library the system lacks, built and then orphaned."""
    source = tmp_path / "empty.s"
    source.write_text('.section .note.GNU-stack,"",@progbits\n')
    subprocess.run(["as", "--64", "-o", str(tmp_path / "empty.o"), str(source)], check=True)
    missing = tmp_path / "libjourney-missing.so.1"
    subprocess.run(["ld", "-shared", "-soname", missing.name, "-o", str(missing), str(tmp_path / "empty.o")], check=True)
    plugin = tmp_path / "libqxcb.so"
    subprocess.run(["ld", "-shared", "-o", str(plugin), str(tmp_path / "empty.o"), str(missing)], check=True)
    missing.unlink()
    sentence = display_check.problem({"DISPLAY": ":0"}, plugin=plugin)
    assert sentence == display_check.missing_library_message("libjourney-missing.so.1")
    assert "libjourney-missing.so.1 is missing" in sentence


def test_a_display_that_does_not_answer_is_named(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":93")
    if Path("/tmp/.X11-unix/X93").exists():
        pytest.skip("display :93 exists on this machine")
    assert display_check.problem({"DISPLAY": ":93"}) == display_check.unreachable_display_message(":93")


@pytest.mark.parametrize("environ", [{"QT_QPA_PLATFORM": "offscreen"}, {"WAYLAND_DISPLAY": "wayland-0"},
                                     {"QT_QPA_PLATFORM": "vnc:size=800x600"}])
def test_platforms_that_need_no_x_server_pass(environ):
    assert display_check.problem(environ) is None
