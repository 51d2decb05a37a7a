"""The command line, run in-process through ``main([...])`` and once as a real process."""

import json
import os
import subprocess
import sys

import pytest

from support import EXAMPLES, ROOT
from journey_studio import __version__
from journey_studio.cli import main
from journey_studio.fileformat import dumps, load


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_validate_examples_ok(capsys):
    code, out, _ = run(capsys, "validate", *map(str, EXAMPLES))
    assert code == 0
    assert out.splitlines() == [f"{path}: ok" for path in EXAMPLES]


def test_validate_reports_each_bad_file_on_one_line(tmp_path, capsys):
    good = EXAMPLES[0]
    truncated = tmp_path / "truncated.journey"
    truncated.write_bytes(good.read_bytes()[:500])
    binary = tmp_path / "binary.journey"
    binary.write_bytes(bytes(range(256)) * 4)
    before = {p: p.read_bytes() for p in (truncated, binary)}
    code, out, err = run(capsys, "validate", str(good), str(truncated), str(binary))
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0] == f"{good}: ok"
    assert lines[1].startswith(f"{truncated}: not valid JSON at line ")
    assert lines[2].startswith(f"{binary}: not a Journey Studio file")
    assert err == ""
    assert before == {p: p.read_bytes() for p in before}, "validate never writes"


def test_validate_missing_file_and_unknown_suffix(tmp_path, capsys):
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    code, out, _ = run(capsys, "validate", str(tmp_path / "gone.journey"), str(other))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"{tmp_path / 'gone.journey'}: no such file"
    assert lines[1].startswith(f"{other}: cannot open '.txt' (Journey Studio opens ") and ".journey" in lines[1]
    assert len(lines) == 2


@pytest.mark.parametrize("template,language,first_stage", [
    ("blank", "en", "Stage 1"), ("blank", "fr", "Étape 1"),
    ("classic", "en", "Awareness"), ("classic", "fr", "Prise de conscience"),
])
def test_new_writes_a_valid_map(tmp_path, capsys, template, language, first_stage):
    out_file = tmp_path / "new.journey"
    code, out, _ = run(capsys, "new", "--template", template, "--language", language, "-o", str(out_file))
    assert code == 0 and out.strip() == f"{out_file}: written"
    journey = load(out_file)
    assert journey.map.language == language
    assert journey.map.stages[0].name == first_stage
    assert len(journey.map.stages) == (5 if template == "classic" else 3)
    assert dumps(journey) == out_file.read_bytes()


def test_new_refuses_to_overwrite_without_force(tmp_path, capsys):
    out_file = tmp_path / "mine.journey"
    out_file.write_bytes(b"precious")
    code, _, err = run(capsys, "new", "-o", str(out_file))
    assert code == 1
    assert err.strip() == f"{out_file}: already exists (use --force to overwrite)"
    assert out_file.read_bytes() == b"precious"
    code, _, _ = run(capsys, "new", "--force", "-o", str(out_file))
    assert code == 0 and load(out_file).map.stages


def test_new_into_a_missing_folder_is_a_clean_error(tmp_path, capsys):
    code, _, err = run(capsys, "new", "-o", str(tmp_path / "no" / "such" / "x.journey"))
    assert code == 1
    assert err.count("\n") == 1 and "could not save" in err


def test_schema_prints_valid_json(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    assert json.loads(out)["properties"]["format"]


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Journey Studio {__version__}"


def test_python_dash_m_validate_as_a_real_process(tmp_path):
    bad = tmp_path / "half.journey"
    bad.write_bytes(EXAMPLES[0].read_bytes()[:-40])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "journey_studio", "validate", str(EXAMPLES[0]), str(bad)],
                            cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == f"{EXAMPLES[0]}: ok"
    assert result.stdout.splitlines()[1].startswith(f"{bad}: not valid JSON at line")
    assert result.stderr == ""


@pytest.mark.parametrize("command", ["check", "validate"])
def test_a_reader_that_stops_early_ends_the_command_quietly(command):
    """``journey-studio check FILE... | head -1``: a real pipe whose reader closes it after the
    first line, while the command has far more to write than a pipe holds."""
    files = [str(EXAMPLES[0])] * 1500  # well over a pipe's 64 KiB of output
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-m", "journey_studio", command, *files], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()  # the reader is gone; the command is still writing
    err = process.stderr.read()
    assert process.wait(timeout=120) == 141  # as a shell reports a program stopped by SIGPIPE
    assert first.startswith(str(EXAMPLES[0]).encode())
    assert err == b""  # no traceback, no message
