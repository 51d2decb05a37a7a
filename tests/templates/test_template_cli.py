"""``journey-studio templates``, ``new --template``, unknown command words, French messages."""

from __future__ import annotations

import subprocess
import sys

import pytest

from support import ROOT
from journey_studio.cli import main
from journey_studio.fileformat import load
from support import system_language


@pytest.fixture(autouse=True)
def english_system(monkeypatch):
    system_language(monkeypatch, "en_GB.UTF-8")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_templates_lists_name_then_english_then_french_title(capsys):
    code, out, _ = run(capsys, "templates")
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and len(rows) >= 12 and all(len(row) == 3 for row in rows)
    assert ["mobile-plan", "Buying and activating a mobile plan", "Achat d’un forfait mobile"] in rows


@pytest.mark.parametrize("language", ["en", "fr"])
def test_new_writes_the_template_in_the_language(capsys, tmp_path, language):
    out_path = tmp_path / "plan.journey"
    code, out, _ = run(capsys, "new", "--template", "mobile-plan", "--language", language, "-o", str(out_path))
    assert code == 0 and out.strip() == f"{out_path}: written"
    journey = load(out_path)
    assert journey.map.language == language and any(card.example for card in journey.map.cards)


def test_new_refuses_an_unknown_template_with_the_list(capsys, tmp_path):
    code, _, err = run(capsys, "new", "--template", "hotel", "-o", str(tmp_path / "x.journey"))
    assert code == 2 and "unknown template 'hotel'" in err and "hotel-stay" in err
    assert not (tmp_path / "x.journey").exists()


def test_a_mistyped_command_says_so_with_the_closest_one(capsys):
    code, out, err = run(capsys, "tempates")
    assert code == 2 and out == ""
    assert "unknown command 'tempates'" in err and "did you mean 'templates'?" in err


def test_a_file_name_still_opens_the_editor_path(capsys, monkeypatch):
    """A word with an extension is a map to open, not a command: no 'unknown command'."""
    opened = []
    monkeypatch.setattr("journey_studio.app.run_editor", lambda files: opened.append(files) or 0)
    assert main(["notes.journey"]) == 0 and opened == [["notes.journey"]]


def test_messages_are_french_when_the_system_speaks_french(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, _, err = run(capsys, "tempates")
    assert code == 2 and "commande inconnue «\u202ftempates\u202f»" in err
    out_path = tmp_path / "a.journey"
    out_path.write_text("x")
    code, _, err = run(capsys, "new", "-o", str(out_path))
    assert code == 1 and "existe déjà" in err


def test_the_real_command_exits_2_on_a_mistyped_command():
    result = subprocess.run([sys.executable, "-m", "journey_studio", "exprot"], cwd=ROOT,
                            capture_output=True, text=True, env={"PATH": "", "LANG": "C.UTF-8"}, timeout=60)
    assert result.returncode == 2 and "did you mean 'export'?" in result.stderr


def test_argument_errors_are_french_too_and_english_comes_back(capsys, monkeypatch):
    import argparse

    before = argparse._
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    with pytest.raises(SystemExit) as stop:
        main(["new", "--language", "de", "-o", "x.journey"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "erreur" in err and "choix invalide" in err and "utilisation" in err
    assert argparse._ is before  # the next command (or test) speaks as before
