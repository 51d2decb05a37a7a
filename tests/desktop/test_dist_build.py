"""`make dist` from a clean clone, and the built app run as users run it.

Slow (a build venv and PyInstaller: about 2 to 5 minutes on two cores), so opt-in:
JOURNEY_STUDIO_DIST_TEST=1 runs it (.ci/run sets it). The build happens once per session; pip's
cache is reused. It builds the committed tree (a clone of HEAD), as CI does.
"""

from __future__ import annotations

import ctypes.util
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from launching import two_files_in_one_instance, xvfb
from support import EXAMPLES, ROOT

from journey_studio import __version__, display_check

BUDGET_MB = 120
pytestmark = pytest.mark.skipif(os.environ.get("JOURNEY_STUDIO_DIST_TEST") != "1",
                                reason="the build takes minutes: JOURNEY_STUDIO_DIST_TEST=1 runs it (.ci/run does)")


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    """dist/journey-studio/ of a fresh clone; the build's duration is printed."""
    if not (ROOT / ".git").exists() or shutil.which("git") is None:
        pytest.skip("not a git checkout")
    clone = tmp_path_factory.mktemp("clone") / "journey-studio"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], check=True)
    started = time.monotonic()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    result = subprocess.run(["make", "dist"], cwd=clone, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"\nmake dist from a clean clone: {time.monotonic() - started:.0f} s")
    return clone / "dist" / "journey-studio"


def _run(app: Path, *args: str, tmp_path: Path, display: bool = False) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH"}}
    env |= {"JOURNEY_STUDIO_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([str(app / "journey-studio"), *args], env=env, capture_output=True, text=True,
                          timeout=120)


def _size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def test_the_built_app_runs_its_commands_without_a_display_and_fits_the_budget(built, tmp_path):
    assert _run(built, "--version", tmp_path=tmp_path).stdout.strip() == f"Journey Studio {__version__}"
    checked = _run(built, "validate", str(EXAMPLES[0]), tmp_path=tmp_path)
    assert checked.returncode == 0 and checked.stdout.strip() == f"{EXAMPLES[0]}: ok"
    pdf = tmp_path / "map.pdf"
    exported = _run(built, "export", str(EXAMPLES[0]), "-o", str(pdf), tmp_path=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"
    deck = tmp_path / "map.pptx"  # python-pptx's own data files travel with the build
    exported = _run(built, "export", str(EXAMPLES[0]), "-o", str(deck), tmp_path=tmp_path)
    assert exported.returncode == 0 and deck.read_bytes()[:2] == b"PK", exported.stderr
    for suffix in (".csv", ".md"):  # writers the registry imports by name (importlib)
        converted = _run(built, "convert", str(EXAMPLES[0]), "-o", str(tmp_path / f"map{suffix}"), tmp_path=tmp_path)
        assert converted.returncode == 0 and (tmp_path / f"map{suffix}").stat().st_size, converted.stderr
    editor = _run(built, str(EXAMPLES[0]), tmp_path=tmp_path)
    assert editor.returncode == 2 and editor.stderr.strip() == display_check.no_display_message()
    assert _size_mb(built) < BUDGET_MB, f"{_size_mb(built):.0f} MB"


@pytest.mark.skipif(ctypes.util.find_library("pq") is None, reason="no PostgreSQL client library (libpq)")
def test_the_built_app_carries_the_postgresql_driver(built, tmp_path):
    """A living map fed by PostgreSQL: psycopg travels with the build and reaches the server
    through the system's libpq (here a closed port, so the answer is a refused connection)."""
    journey = json.loads((ROOT / "examples" / "banque-entrepreneuse.journey").read_text(encoding="utf-8"))
    source = journey["map"]["dataSources"][0]
    source.update(kind="sql", path="", url="postgresql://ana@127.0.0.1:1/crm", query="select 1")
    living = tmp_path / "living.journey"
    living.write_text(json.dumps(journey), encoding="utf-8")
    refreshed = _run(built, "refresh", str(living), tmp_path=tmp_path)
    assert refreshed.returncode == 1 and "connection" in refreshed.stderr and "Traceback" not in refreshed.stderr, \
        refreshed.stderr


def test_the_build_leaves_out_tests_and_other_languages(built):
    inside = built / "_internal"
    assert not [p for p in inside.iterdir() if p.name.split("-")[0] in {"hypothesis", "pytest", "_pytest", "pytestqt", "pypdf"}]
    assert sorted(p.name for p in (inside / "PySide6" / "Qt" / "translations").iterdir()) == ["qtbase_fr.qm"]
    assert (inside / "resources" / "i18n" / "journey_studio_fr.qm").is_file()
    assert (inside / "resources" / "desktop" / "org.journeystudio.JourneyStudio.desktop").is_file()
    plugins = inside / "PySide6" / "Qt" / "plugins"
    assert {p.name for p in (plugins / "platforms").iterdir()} >= {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    assert not (plugins / "platformthemes" / "libqgtk3.so").exists() and not (plugins / "tls").exists()
    # Pillow without its text and WebP modules, on the system's libxcb (its own libXau is 2 MB)
    assert not [p for p in (inside / "pillow.libs").iterdir() if p.name.startswith(("libXau", "libxcb", "libfreetype", "libwebp"))]


@pytest.fixture
def display(tmp_path):
    yield from xvfb(tmp_path)


def test_the_built_app_opens_two_files_in_one_process(built, tmp_path, display):
    program = str(built / "journey-studio")
    processes, titles, second_status = two_files_in_one_instance([program], EXAMPLES[:2], tmp_path, display, program)
    assert second_status == 0 and len(processes) == 1
    assert titles == sorted(f"{path.name} — Journey Studio" for path in EXAMPLES[:2])
