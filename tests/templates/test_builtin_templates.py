"""The built-in templates: each a real starting map in English and in French (no Qt)."""

from __future__ import annotations

import json
import re
import sys

import pytest

from support import ROOT
from journey_studio.fileformat import dumps, load
from journey_studio.model import LaneKind, Language
from journey_studio.templates import (
    BLANK, builtin_templates, find_template, journey_from, new_journey, template_names,
    translated_default,
)

NAMES = [t.name for t in builtin_templates() if t.name != BLANK]
ISSUE_LIST = {"blank", "classic", "saas-subscription", "bank-account-opening", "mobile-plan",
              "ecommerce-order", "customer-service", "hotel-stay", "patient-pathway",
              "public-service-online", "b2b-software", "employee-onboarding"}


def _texts(journey) -> list[str]:
    m = journey.map
    p = m.main_persona
    return [m.title, m.description, p.name, p.role, p.quote, *p.goals, *p.needs, *p.motivations,
            *p.frustrations, *(s.name for s in m.stages), *(st.name for st in m.steps()),
            *(lane.title for lane in m.lanes), *(c.text for c in m.cards)]


def test_the_gallery_holds_the_twelve_templates_of_the_method():
    assert set(template_names()) == ISSUE_LIST and template_names()[0] == BLANK


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_template_is_a_real_starting_map(name, language):
    path = find_template(name).file(language)
    journey = load(path)  # validates as any reader would
    m = journey.map
    assert m.language == language and m.title == find_template(name).title(language)
    assert m.main_persona.name and m.main_persona.quote and m.main_persona.goals and m.main_persona.frustrations
    assert m.main_persona.photo in journey.assets  # a drawn placeholder portrait
    assert len(m.stages) >= 5 and any(len(s.steps) > 1 for s in m.stages)
    assert 1 <= sum(s.moment_of_truth for s in m.stages) <= 2
    assert {LaneKind.ACTIONS, LaneKind.EMOTIONS, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES} <= {
        lane.kind for lane in m.lanes}
    curve = m.emotion_lanes()[0].points
    assert [p.step for p in curve] == m.step_ids() and {p.score for p in curve} == {0}  # neutral
    assert 6 <= len(m.cards) <= 12 and all(card.example for card in m.cards)
    assert all(card.text for card in m.cards)


@pytest.mark.parametrize("name", NAMES)
def test_english_and_french_are_written_separately(name):
    english, french = (load(find_template(name).file(lang)) for lang in ("en", "fr"))
    en_texts, fr_texts = set(_texts(english)), set(_texts(french))
    assert english.map.main_persona.name != french.map.main_persona.name  # a French persona, not a copy
    shared = {t for t in en_texts & fr_texts if " " in t}  # one word ("Actions", "Activation") may agree
    assert not shared, shared


@pytest.mark.parametrize("name", NAMES)
def test_french_follows_french_typography(name):
    for text in _texts(load(find_template(name).file("fr"))):
        assert "'" not in text, text  # typographic apostrophe
        assert not re.search(r" [:;?!»]", text), text  # a plain space before : ; ? ! » is wrong
        assert not re.search(r"« ", text), text
        assert '"' not in text, text
    for text in _texts(load(find_template(name).file("en"))):
        assert "«" not in text and "\u202f" not in text, text


def test_template_files_are_what_the_tool_writes():
    """resources/templates is rebuilt by tools/make_templates.py: the sources and files agree."""
    sys.path[:0] = [str(ROOT / "tools")]
    try:
        import make_templates
        from template_sources import sources
    finally:
        del sys.path[0]
    index = json.loads((ROOT / "resources" / "templates" / "index.json").read_text(encoding="utf-8"))
    assert [entry["name"] for entry in index["templates"]] == NAMES
    for module in sources():
        for language in ("en", "fr"):
            built = dumps(make_templates.build(module, language))
            on_disk = (ROOT / "resources" / "templates" / f"{module.NAME}.{language}.journey").read_bytes()
            assert built == on_disk, f"run tools/make_templates.py ({module.NAME}.{language})"


def test_each_new_map_gets_its_own_id_and_leaves_the_template_untouched():
    first, second = new_journey("mobile-plan", "fr"), new_journey("mobile-plan", "fr")
    assert first.map.id != second.map.id
    first.map.cards.clear()
    assert new_journey("mobile-plan", "fr").map.cards


def test_blank_map_follows_the_language():
    english, french = new_journey(BLANK, "en"), new_journey(BLANK, "fr")
    assert english.map.title == "Untitled journey" and french.map.title == "Parcours sans titre"
    assert [s.name for s in french.map.stages] == ["Étape 1", "Étape 2", "Étape 3"]
    assert "Pensées" in [lane.title for lane in french.map.lanes]
    assert journey_from(find_template(BLANK), "fr").map.language == Language.FR


def test_default_titles_translate_and_chosen_ones_do_not():
    assert translated_default("Untitled journey", "en", "fr") == "Parcours sans titre"
    assert translated_default("Étape 2", "fr", "en") == "Stage 2"
    assert translated_default("Pain points", "en", "fr") == "Irritants"
    assert translated_default("Our big launch", "en", "fr") is None


def test_unknown_template_is_one_clear_error():
    with pytest.raises(ValueError, match="unknown template 'nope'"):
        new_journey("nope")
