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
