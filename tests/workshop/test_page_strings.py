"""The participant page's string table (resources/workshop/strings.js): French for every English
text, the same placeholders, French typography, every key the page asks for."""

from __future__ import annotations

import json
import re

from journey_studio.model import LaneKind, Language
from journey_studio.paths import resource
from journey_studio.vocabulary import LANE_TITLES

FOLDER = resource("workshop")
NBSP, NNBSP = "\u00a0", "\u202f"


def strings() -> dict:
    source = FOLDER.joinpath("strings.js").read_text("utf-8")
    start, end = "window.JOURNEY_WORKSHOP_STRINGS = ", "};"
    return json.loads(source[source.index(start) + len(start):source.rindex(end) + 1])


def texts(table: dict) -> dict[str, str]:
    """Every text, a plural entry as key.one, key.other."""
    flat = {}
    for key, value in table.items():
        for form, text in (value.items() if isinstance(value, dict) else [("", value)]):
            flat[f"{key}.{form}" if form else key] = text
    return flat


def test_french_has_every_english_key_and_no_other():
    table = strings()
    assert set(table) == {"en", "fr"}
    assert set(table["fr"]) == set(table["en"])
    assert set(texts(table["fr"])) == set(texts(table["en"]))  # the same plural forms


def test_french_keeps_the_placeholders():
    table = strings()
    english, french = texts(table["en"]), texts(table["fr"])
    for key, text in english.items():
        assert set(re.findall(r"\{\w+\}", french[key])) == set(re.findall(r"\{\w+\}", text)), key


def test_french_typography():
    for key, text in texts(strings()["fr"]).items():
        assert "'" not in text, key  # the typographic apostrophe ’
        assert not re.search(rf"[^{NBSP}]:", text), key  # a no-break space before a colon
        assert not re.search(rf"[^{NNBSP}][;!?]", text), key  # a narrow one before ; ! ?
        assert not re.search(rf"«[^{NNBSP}]|[^{NNBSP}]»", text), key


def test_lane_kinds_are_named_as_on_the_map():
    table = strings()
    for language in Language:
        assert {kind: table[str(language)][f"kind.{kind}"] for kind in LaneKind} == LANE_TITLES[language]


def test_every_key_the_page_asks_for_is_in_the_table():
    english = strings()["en"]
    page = FOLDER.joinpath("page.js").read_text("utf-8")
    html = FOLDER.joinpath("index.html").read_text("utf-8")
    asked = set(re.findall(r"\bt\(\"([\w.]+\w)\"", page))  # t("state." + state): below
    asked |= set(re.findall(r"data-t(?:-placeholder)?=\"([\w.]+)\"", html))
    asked |= set(re.findall(r"\"(error\.\w+)\"", page))  # the server's reasons
    asked |= {f"state.{state}" for state in re.search(r"STATES = \[([^]]*)\]", page).group(1).replace('"', "").split(", ")}
    assert len(asked) > 40
    assert asked <= set(english)
