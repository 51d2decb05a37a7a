"""One French word per thing, in every French text the program writes: a stage is « étape », a
step « sous-étape », a lane « ligne », a map « parcours » and a card « carte » (the words of the
toolbar and the inspector). « Phase » and « couloir », once used for a stage and a lane, are
gone; a text speaking of a step says « sous-étape », of a map never « carte »."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET

from journey_studio import vocabulary
from journey_studio.cli.help_fr import FRENCH_HELP
from journey_studio.export.pptx_export import WORDS
from journey_studio.messages import FRENCH as MESSAGES
from journey_studio.model import Language

from support import ROOT

FORBIDDEN = re.compile(r"\b(phases?|couloirs?)\b", re.IGNORECASE)


def _interface_table() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("translations_fr", ROOT / "tools" / "translations_fr.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {key[1] if isinstance(key, tuple) else key: " / ".join(value) if isinstance(value, tuple) else value
            for key, value in module.FRENCH.items()}


def _pairs() -> list[tuple[str, str]]:
    """(English, French) of every catalogue: the interface, the Qt-free messages, the command
    line's help, the deck's words."""
    pairs = list(_interface_table().items()) + list(MESSAGES.items()) + list(FRENCH_HELP.items())
    pairs += [(WORDS[Language.EN][key], french) for key, french in WORDS[Language.FR].items()]
    return pairs


def _french_files() -> list[tuple[str, str]]:
    """French texts outside the tables: the compiled catalogue's source, the templates, the desktop files."""
    texts = [("journey_studio_fr.ts", t.text or "")
             for t in ET.parse(ROOT / "resources" / "i18n" / "journey_studio_fr.ts").getroot().iter("translation")]
    texts += [(p.name, p.read_text(encoding="utf-8")) for p in (ROOT / "resources" / "templates").glob("*.fr.journey")]
    for name, table in vars(vocabulary).items():  # the lane titles, emotion words, channels… the map shows
        if isinstance(table, dict) and Language.FR in table:
            texts.append((name, str(table[Language.FR])))
    for p in (ROOT / "resources" / "desktop").iterdir():
        texts += [(p.name, line) for line in p.read_text(encoding="utf-8").splitlines() if 'xml:lang="fr"' in line]
    return texts


def _wrong_word(english: str, french: str) -> str | None:
    """What is wrong with ``french``, the translation of ``english``; None when nothing is."""
    if FORBIDDEN.search(french):
        return "an old word"
    source = english.lower()
    step, stage = re.search(r"\bsteps?\b", source), re.search(r"\bstages?\b", source)
    if step and not stage and re.search(r"(?<!sous-)\bétapes?\b", french, re.IGNORECASE):
        return "a step is « sous-étape »"
    if stage and not step and "sous-étape" in french.lower():
        return "a stage is « étape »"
    if re.search(r"\bmaps?\b", source) and not re.search(r"\bcards?\b", source) \
            and "carte" in french.lower().replace("mini-carte", ""):
        return "a map is « parcours »"
    return None


def test_no_old_word_and_each_thing_has_its_word():
    wrong = [(english, french, why) for english, french in _pairs() if (why := _wrong_word(english, french))]
    assert wrong == []


def test_the_rule_finds_what_the_review_found():
    assert _wrong_word("Step with no touchpoint", "Étape sans point de contact")
    assert _wrong_word("Empty stage", "Phase vide")
    assert _wrong_word("Stage · lane", "Étape · couloir")
    assert _wrong_word("A desktop editor for customer journey maps", "Un éditeur de cartes du parcours client")
    assert _wrong_word("Step with no touchpoint", "Sous-étape sans point de contact") is None


def test_no_old_word_in_the_french_files():
    files = _french_files()
    assert {"LANE_TITLES", "journey_studio_fr.ts", "classic.fr.journey"} <= {name for name, _ in files}
    for name, text in files:
        assert not FORBIDDEN.search(text), (name, text[:200])


def test_the_checks_panel_says_sous_etape_and_etape():
    table = _interface_table()
    assert table["Step with no touchpoint"].startswith("Sous-étape")
    assert table["Empty stage"] == "Étape vide"
    assert WORDS[Language.FR]["where"] == "Étape · ligne"
