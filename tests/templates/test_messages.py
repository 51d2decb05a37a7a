"""French for the messages of the Qt-free code (file errors, lock notes), by message format."""

from __future__ import annotations

import pytest

from journey_studio.fileformat import JourneyFileError, load, loads
from journey_studio.messages import FRENCH, NBSP, translate_message


def _error(call) -> str:
    with pytest.raises(JourneyFileError) as caught:
        call()
    return str(caught.value)


@pytest.mark.parametrize("make", [
    lambda tmp: loads(b""),
    lambda tmp: loads(b"[1, 2]"),
    lambda tmp: loads(b'{"format": "other"}'),
    lambda tmp: loads(b"{nope"),
    lambda tmp: load(tmp / "missing.journey"),
    lambda tmp: load(tmp),
])
def test_real_file_errors_come_out_french(make, tmp_path):
    english = _error(lambda: make(tmp_path))
    french = translate_message(english, "fr")
    assert french != english, english
    assert not any(word in french for word in ("file is", "not a", "no such", "this is")), french


def test_the_file_name_and_place_stay_and_the_reason_is_french():
    message = "plan.journey: map.cards[2].lane: this field is required"
    assert translate_message(message, "fr") == f"plan.journey: map.cards[2].lane{NBSP}: ce champ est obligatoire"


def test_a_lock_note_is_french_down_to_the_holder():
    note = "plan.journey is open in Journey Studio (process 6855) of root on this computer"
    assert translate_message(note, "fr") == (
        "plan.journey est ouvert dans Journey Studio (processus 6855) de root sur cet ordinateur")


def test_an_unknown_message_is_kept_and_english_is_untouched():
    assert translate_message("something new went wrong", "fr") == "something new went wrong"
    assert translate_message("the file is empty", "en") == "the file is empty"


def test_every_format_keeps_its_values():
    for english, french in FRENCH.items():
        names = sorted(part for part in english.split("{")[1:])
        for part in names:
            assert "{" + part.split("}")[0] + "}" in french, english


# --- JSON syntax: whole sentences, French, the two plain cases ---------------------------------

def test_every_reason_of_the_json_module_has_a_sentence_and_its_french():
    """The reasons json/decoder.py raises (_json.c raises the same set, without the character
    the pure-Python scanner adds): each has a sentence of json_faults, and each sentence French."""
    import inspect
    import json.decoder
    import re

    from journey_studio.fileformat import json_faults

    raised = set(re.findall(r'JSONDecodeError\(\s*"([^"]+)"', inspect.getsource(json.decoder)))
    raised |= set(re.findall(r'msg = "([^"{]+)', inspect.getsource(json.decoder)))
    assert {"Expecting value", "Extra data", "Unterminated string starting at"} <= raised
    for msg in {m.replace("\\\\", "\\") for m in raised}:  # the source's "\\escape" is "\escape"
        assert json_faults.reason(msg) != msg, msg
    for _start, sentence in json_faults.REASONS:
        french = translate_message(sentence, "fr")
        assert french != sentence and not french.endswith((" at", " à")), sentence


@pytest.mark.parametrize("raw", [
    b'{"a": 1 "b": 2}', b'{"a" 1}', b'{a: 1}', b'{"a": 1} extra', b'{"a": "x\ny"}', b'{"a": "\\q"}',
    b'{"a": "\\u12"}', b'{"a": }',
])
def test_a_damaged_file_says_where_and_why_in_a_whole_french_sentence(raw):
    english = _error(lambda: loads(raw, file="plan.journey"))
    assert english.startswith("plan.journey: not valid JSON at line 1, column ")
    assert not english.endswith((" at", "starting at")), english
    french = translate_message(english, "fr")
    assert french.startswith(f"plan.journey{NBSP}: le fichier est endommagé ligne 1, colonne "), french
    assert not any(word in french for word in ("Expecting", "Extra", "Invalid", "delimiter", "JSON invalide"))


def test_a_file_cut_short_is_incomplete_where_it_stops():
    raw = b'{\n  "format": "journey-studio",\n  "map": {"title": "Pla'
    english = _error(lambda: loads(raw))
    assert english == "not valid JSON at line 3, column 24: the file stops before its end"
    assert translate_message(english, "fr") == (
        f"le fichier est incomplet ou endommagé{NBSP}: il s’arrête avant la fin (ligne 3, colonne 24)")
    cut_after_a_comma = _error(lambda: loads(b'{"format": "journey-studio",\n'))
    assert cut_after_a_comma.endswith("at line 1, column 29: the file stops before its end")


def test_a_text_renamed_journey_is_not_a_map():
    english = _error(lambda: loads("Liste de courses : pain, lait".encode()))
    french = translate_message(english, "fr")
    assert french.startswith("ce fichier n’est pas un parcours Journey Studio (ligne 1, colonne 1"), french


def test_an_ordinary_png_is_not_a_map_in_french(tmp_path):
    from journey_studio.fileformat.png_reader import load_png

    png = tmp_path / "photo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0\0\0\0IEND\xaeB`\x82")
    french = translate_message(_error(lambda: load_png(png)), "fr")
    assert "ce fichier n’est pas un parcours Journey Studio" in french and "PNG holds" not in french


def test_every_reason_the_system_gives_for_a_failed_save_is_french():
    from journey_studio.fileformat.atomic import _REASONS

    for reason in set(_REASONS.values()):
        assert translate_message(f"could not save: {reason}", "fr") != f"could not save: {reason}", reason
        assert translate_message(reason, "fr") != reason, reason
    assert translate_message("could not save: the disk is read-only", "fr") == (
        f"enregistrement impossible{NBSP}: le disque est en lecture seule")


# --- the map checks and the command line --------------------------------------------------------

def test_every_check_finding_is_french(tmp_path):
    import datetime

    from journey_studio.review.map_checks import CHECKS, run_checks
    from sample_maps import every_check_map

    findings = run_checks(every_check_map(), today=datetime.date(2026, 12, 1))
    assert {f.check for f in findings} == set(CHECKS)
    for finding in findings:
        french = translate_message(finding.message, "fr")
        assert french != finding.message, finding.message
        assert not any(word in french for word in (" step", "stage", "has no", "lane", "behind")), french
    old = next(f for f in findings if f.check == "old-evidence")
    assert "date du 1er\u00a0mars 2024, il y a plus de 365 jours" in translate_message(old.message, "fr")


def test_check_and_export_speak_french_on_a_french_system(tmp_path, monkeypatch, capsys):
    from journey_studio.cli import main
    from journey_studio.fileformat import dump_to
    from journey_studio.model import Journey
    from sample_maps import every_check_map
    from support import system_language

    system_language(monkeypatch, "fr_FR.UTF-8")
    path = tmp_path / "plan.journey"
    dump_to(Journey(map=every_check_map()), path)
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"plan.journey{NBSP}: empty-stage{NBSP}: l’étape «\u202fVide\u202f» est vide" in out
    assert "has no" not in out and "step" not in out.replace("step-without", "")
    assert main(["export", str(path), "-o", str(tmp_path / "plan.pptx")]) == 0
    assert capsys.readouterr().out.strip().endswith("diapositives")
    assert main(["export", str(path), "-o", str(tmp_path / "plan.doc")]) == 1
    assert "la sortie doit finir par .png, .pdf, .svg ou .pptx" in capsys.readouterr().err


def test_a_number_placeholder_takes_only_a_number():
    """``{n}`` is a number: a longer format cannot swallow "warning: file: 3" as its count."""
    message = "warning: survey.csv: 3 rows name no step of the map ('Achat')"
    assert translate_message(message, "fr") == (
        f"attention{NBSP}: survey.csv{NBSP}: 3 lignes ne nomment aucune sous-étape du parcours ('Achat')")
    # and it is written as French writes numbers (a narrow no-break space between the thousands)
    assert translate_message("plan.pptx: 1,200 slides", "fr") == f"plan.pptx{NBSP}: 1\u202f200 diapositives"
