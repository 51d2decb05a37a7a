"""The command line's help in French on a French system: every help text of every sub-command
has its French (``journey_studio/cli/help_fr.py``), and ``--help`` prints it."""

from __future__ import annotations

import argparse
import re

import pytest
from support import system_language

from journey_studio.cli import COMMANDS, _command_parser, _editor_parser, main
from journey_studio.cli.help_fr import FRENCH_HELP, french_help
from journey_studio.messages import ARGPARSE_FRENCH, NBSP
from journey_studio.review.map_checks import DEFAULT_MAX_AGE_DAYS

#: argparse's own help texts (-h, --version): French through messages.argparse_in
ARGPARSE_OWN = {"show this help message and exit", "show program's version number and exit"}


@pytest.fixture(autouse=True)
def english_system(monkeypatch):
    system_language(monkeypatch, "en_GB.UTF-8")
    monkeypatch.setenv("COLUMNS", "1000")  # one line per help text: the tests look for whole texts


def _parsers() -> list[tuple[list[str], argparse.ArgumentParser]]:
    """(the words before --help, the parser that answers them): journey-studio, every
    sub-command with all its arguments, and the editor's ``journey-studio [FILE...]``."""
    found = [([], _command_parser())]
    for name in COMMANDS:
        top = _command_parser(name)
        sub = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
        found.append(([name], sub.choices[name]))
    found.append((["plan.journey"], _editor_parser()))
    return found


def _texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every text a reader sees in ``parser``'s help: description, epilog, each argument's help
    (and each sub-command's one-line help)."""
    texts = [parser.description, parser.epilog]
    for action in parser._actions:
        texts.append(action.help)
        if isinstance(action, argparse._SubParsersAction):
            texts += [choice.help for choice in action._choices_actions]
    return [text for text in texts if text and text is not argparse.SUPPRESS]


def _french(text: str) -> str:
    if text in ARGPARSE_OWN:
        return ARGPARSE_FRENCH[text]
    return french_help(text)


def test_every_help_text_of_every_command_has_its_french():
    missing = [(" ".join(words) or "journey-studio", text) for words, parser in _parsers()
               for text in _texts(parser) if text not in FRENCH_HELP and text not in ARGPARSE_OWN]
    assert missing == [], "add the French of these to journey_studio/cli/help_fr.py"


def test_no_french_is_left_over_from_a_help_text_that_changed():
    used = {text for _, parser in _parsers() for text in _texts(parser)}
    assert sorted(set(FRENCH_HELP) - used) == []


def _kept(text: str) -> set[str]:
    """What a translation must not touch: option names, argparse's fields, metavars and other
    capitals (OUT, FILE, PNG, A3), file extensions, numbers and values (16:9)."""
    return set(re.findall(r"--[a-z][\w-]*|%\(\w+\)s|%%|\b[A-Z][A-Z0-9]+(?:-[A-Z]+)*\b|\.[a-z]{2,7}\b"
                          r"|\b\d+(?::\d+)?\b", text))


@pytest.mark.parametrize("english", sorted(FRENCH_HELP))
def test_the_french_keeps_options_metavars_and_values_and_follows_french_typography(english):
    french = french_help(english)
    assert french != english
    assert _kept(english) <= _kept(french), english
    for wrong in (" ;", " :", " ?", " !", "« ", " »", " %%", "'"):
        assert wrong not in french, (wrong, french)
    if ": " in english.replace("Workshop: URL", ""):  # (the workshop's output line stays as printed)
        assert f"{NBSP}:" in french  # espace insécable before a colon, as messages.FRENCH


def _help(capsys, words: list[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        main([*words, "--help"])
    assert stop.value.code == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out


def _piece(text: str) -> str:
    """``text`` up to its first argparse field (%(default)s, %%), as it is printed."""
    return re.split(r"%\(\w+\)s|%%", text)[0]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_help_of_every_command_is_in_the_system_language(capsys, monkeypatch, language):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8" if language == "fr" else "en_GB.UTF-8")
    for words, parser in _parsers():
        out = _help(capsys, words)
        assert out.startswith("utilisation\u00a0: " if language == "fr" else "usage: ")
        for text in _texts(parser):
            shown, other = (_french(text), text) if language == "fr" else (text, _french(text))
            assert _piece(shown) in out, (words, shown)
            assert _piece(other) not in out, (words, other)


def test_export_help_reads_french_with_its_options_untouched(capsys, monkeypatch):
    """What a French consultant sees on ``journey-studio export --help``."""
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    out = _help(capsys, ["export"])
    assert "exporter un parcours en PNG, PDF, SVG ou PowerPoint (fonctionne sans écran)" in out
    assert "--dpi DPI" in out and "résolution, de 96 à 600 (par défaut 192" in out
    assert "--page {A4,A3,A2,A1,A0,Letter,Tabloid}" in out and "format de page (par défaut A3)" in out
    assert "échelle de l’affiche\u00a0: 1 imprime le parcours à 100\u202f% (par défaut 1)" in out
    assert "arguments positionnels\u00a0:" in out and "options\u00a0:" in out
    assert "resolution" not in out and "leave the persona out" not in out


def test_defaults_and_choices_are_filled_into_the_french(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    out = _help(capsys, ["check"])
    assert f"(par défaut {DEFAULT_MAX_AGE_DAYS})" in out and "(répétable)\u00a0: pain-without-opportunity, step-without-touchpoint" in out
    out = _help(capsys, ["plan.journey"])
    assert f"Sous-commandes{NBSP}: {', '.join(COMMANDS)} (voir journey-studio COMMAND --help)" in out


def test_a_narrow_terminal_never_cuts_a_value_at_its_hyphens(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    out = _help(capsys, ["check"])
    assert "step-without-touchpoint" in out and not re.search(r"[a-z]-\n", out)
