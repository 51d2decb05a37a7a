"""Numbers in English and French (human_numbers), and the French messages that carry them."""

from __future__ import annotations

import pytest

from journey_studio.datasources.presentation import format_value
from journey_studio.human_numbers import NNBSP, localized_number, number
from journey_studio.messages import translate_message
from journey_studio.model import Aggregate, Language, MetricRule


@pytest.mark.parametrize(("value", "english", "french"), [
    (2.5, "2.5", "2,5"), (1200, "1,200", f"1{NNBSP}200"), (1234567.25, "1,234,567.25", f"1{NNBSP}234{NNBSP}567,25"),
    (3, "3", "3"), (-2.5, "-2.5", "-2,5"), (3.3 - 1.1, "2.2", "2,2"), (-0.0, "0", "0"), (999, "999", "999"),
])
def test_a_number_as_each_language_writes_it(value, english, french):
    assert number(value, "en") == english
    assert number(value, Language.FR) == french
    assert number(value, "fr_FR") == french


def test_decimals_and_sign():
    assert number(52.94, "en", 1) == "52.9" and number(52.94, "fr", 1) == "52,9"
    assert number(1200, "fr", 0) == f"1{NNBSP}200"
    assert number(23.4, "en", 0, sign=True) == "+23" and number(-1234.0, "fr", 0, sign=True) == f"-1{NNBSP}234"


def test_an_english_number_in_french_and_other_text_left_alone():
    assert localized_number("1,200.5", "fr") == f"1{NNBSP}200,5"
    assert localized_number("2.5", "fr") == "2,5" and localized_number("2.5", "en") == "2.5"
    for text in ("1.2.3", "v2.5", "12:30", "1,2", "", "abc"):  # not a number as English code writes it
        assert localized_number(text, "fr") == text


def test_metric_values_use_the_helper():
    csat = MetricRule(name="CSAT", aggregate=Aggregate.CSAT, unit="%")
    assert format_value(52.94, csat, Language.FR) == "52,9\u00a0%"
    assert format_value(52.94, csat, Language.EN) == "52.9%"
    assert format_value(1234.4, None, Language.EN) == "1,234"
    assert format_value(-12, MetricRule(name="NPS", aggregate=Aggregate.NPS), Language.FR) == "-12"


@pytest.mark.parametrize(("english", "french"), [
    ("“Mood” drops by 2.5 at step “Pay” with no pain point there",
     "«\u202fMood\u202f» baisse de 2,5 à la sous-étape «\u202fPay\u202f», sans irritant à cet endroit"),
    ("out.journey: refreshed (1,200 rows, 1,500 measures, 3 changes)",
     f"out.journey\u00a0: actualisé (1{NNBSP}200 lignes lues, 1{NNBSP}500 mesures, 3 changements)"),
    ("map.png: 4,961 × 3,508 px at 300 DPI", f"map.png\u00a0: 4{NNBSP}961 × 3{NNBSP}508 px à 300 PPP"),
    ("the spreadsheet has more than 10,000 rows", f"le tableur a plus de 10{NNBSP}000 lignes"),
])
def test_french_messages_write_their_numbers_the_french_way(english, french):
    assert translate_message(english, "fr") == french
    assert translate_message(english, "en") == english


def test_places_keep_their_digits():
    """A line, a column, a process id are names of places, not quantities."""
    shown = translate_message("not valid JSON at line 1200, column 3: a value is expected here", "fr")
    assert "ligne 1200, colonne 3" in shown
