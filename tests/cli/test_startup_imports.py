"""What a fresh process loads: heavy libraries stay out of the PNG export and the editor's start.

Each check runs in a new interpreter and reads ``sys.modules`` at the end; the command line's
and the editor's speed depends on these imports (see docs/PERFORMANCE.md).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

from support import EXAMPLES, ROOT

HEAVY = ("reportlab", "openpyxl", "hypothesis", "journey_studio.fileformat.schema",
         "journey_studio.fileformat.xlsx_io", "journey_studio.export.pdf_export")


def _loaded_after(code: str, **environment: str) -> dict:
    script = code + "\nimport sys, json\nprint(json.dumps(sorted(sys.modules)))\n"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **environment)
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_png_export_from_the_command_line_loads_no_pdf_spreadsheet_or_schema_code(tmp_path):
    out = tmp_path / "map.png"
    modules = _loaded_after(
        "from journey_studio.cli import main\n"
        f"assert main(['export', {str(EXAMPLES[0])!r}, '-o', {str(out)!r}]) == 0\n")
    assert out.stat().st_size > 0
    assert _heavy(modules) == []
    assert "PySide6.QtWidgets" not in modules  # a QGuiApplication is enough to paint an image
    assert "journey_studio.fileformat.csv_io" not in modules  # importers load when their file comes


def test_a_mermaid_journey_to_png_loads_no_pillow_nor_the_version_record(tmp_path):
    source, out = tmp_path / "plan.mmd", tmp_path / "plan.png"
    source.write_text("journey\n  title Plan\n  section Find\n    Search: 3: Me\n    Compare: 2: Me, Partner\n")
    modules = _loaded_after(
        "from journey_studio.cli import main\n"
        f"assert main(['export', {str(source)!r}, '-o', {str(out)!r}]) == 0\n")
    assert out.read_bytes().startswith(b"\x89PNG")
    assert _heavy(modules) == []
    # the PNG is written by export.png_encode; Pillow loads only to check a map's own images
    assert [m for m in modules if m == "PIL" or m.startswith("PIL.")] == []
    assert "journey_studio.compare.history" not in modules  # only a save records a version
    assert "journey_studio.datasources.refresh" not in modules  # the layout needs only the presentation


def test_a_french_export_reads_no_help_text_table(tmp_path):
    """The French of the help (cli.help_fr) is read when a help is printed, not on every run."""
    out = tmp_path / "map.png"
    modules = _loaded_after(
        "from journey_studio.cli import main\n"
        f"assert main(['export', {str(EXAMPLES[0])!r}, '-o', {str(out)!r}]) == 0\n",
        LANG="fr_FR.UTF-8", LANGUAGE="", LC_ALL="", LC_MESSAGES="")
    assert out.stat().st_size > 0
    assert "journey_studio.cli.help_fr" not in modules


def test_the_editor_opened_on_a_map_builds_the_start_screen_only_when_the_map_closes(tmp_path):
    shutil.copy(EXAMPLES[0], tmp_path)
    path = tmp_path / EXAMPLES[0].name
    script = (
        "import json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def leave(*_args):\n"
        "    from journey_studio.app import Application\n"
        "    app, application = QApplication.instance(), Application.instance()\n"
        "    app.processEvents()\n"
        "    seen = {'windows': len(application.windows()), 'start_built': application.start_window is not None,\n"
        "            'modules': sorted(m for m in sys.modules if m.startswith(('segno', 'journey_studio.ui.start')))}\n"
        "    application.windows()[0].close()\n"
        "    app.processEvents()\n"
        "    seen['start_shown_after_close'] = application.start_window is not None and application.start_window.isVisible()\n"
        "    print(json.dumps(seen))\n"
        "    return 0\n"
        "QApplication.exec = leave\n"
        "from journey_studio.cli import main\n"
        f"sys.exit(main([{str(path)!r}]))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOURNEY_STUDIO_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"windows": 1, "start_built": False, "modules": [], "start_shown_after_close": True}


def test_the_editor_starts_without_pdf_spreadsheet_or_schema_code():
    modules = _loaded_after(
        "from journey_studio.app import Application, create_application\n"
        "app = create_application()\n"
        "application = Application(app)\n"
        f"window = application.open_path({str(EXAMPLES[0])!r})\n"
        "assert window is not None\n"
        "window.show(); app.processEvents(); window.grab()\n")
    assert _heavy(modules) == []


def test_pysides_check_of_each_later_import_reads_bytes_and_gives_its_own_answer():
    """journey_studio.qt_feature: PySide6 asks of every module imported after it whether its
    source mentions PySide6; the answer comes from the file's bytes, not inspect.getsource."""
    script = (
        "import inspect, json, linecache, sys\n"
        "import journey_studio.qt_feature\n"
        "import journey_studio.ui.main_window\n"
        "read_by_pyside = sorted(f for f in linecache.cache if 'journey_studio' in f)\n"
        "check = sys.modules['shibokensupport.feature']._mod_uses_pyside\n"
        "names = ['journey_studio.ui.main_window', 'journey_studio.icons', 'journey_studio.model', 'json', 'sys']\n"
        "ours = [check(sys.modules[n]) for n in names]\n"
        "theirs = []\n"
        "for n in names:\n"
        "    try:\n"
        "        theirs.append('PySide6' in inspect.getsource(sys.modules[n]))\n"
        "    except (TypeError, OSError):\n"
        "        theirs.append(False)\n"
        "print(json.dumps([read_by_pyside, ours, theirs]))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    read_by_pyside, ours, theirs = json.loads(done.stdout.strip().splitlines()[-1])
    assert read_by_pyside == []  # no module's source went through linecache
    assert ours == theirs == [True, True, False, False, False]
