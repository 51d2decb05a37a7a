"""Wrapping with sums of word widths breaks text exactly where measuring each line does.

``text._wrap_paragraph`` measures a candidate line as a difference of sums of widths and finds
the words of a line by bisection; ``text._wrap_measuring`` measures every growing line with
``text_width``, as wrapping always did. The two must give the same lines, bit for bit, or the
layout (and every export) would change.
"""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from journey_studio.render import text
from journey_studio.render.font_widths import font_widths
from journey_studio.render.fonts import FontStyle, text_width

WORDS = ["a", "Customer", "opens", "the", "app", "WWWW", "iiil", "«", "devis", "»", "20\u00a0€", "Élodie",
         "supercalifragilisticexpialidocious", "https://example.com/a/very/long/path/that/never/ends",
         ".", ",", "—"]
SPACES = [" ", " ", " ", "  ", "\t", "\u2009", "\u3000"]


@st.composite
def paragraphs(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25))
    lead = draw(st.sampled_from(["", " ", "  "]))
    return lead + "".join(word + draw(st.sampled_from(SPACES)) for word in words).rstrip(text._BREAKING)


@given(paragraphs(), st.sampled_from(list(FontStyle)),
       st.one_of(st.sampled_from([-5.0, 0.0, 1.0, 12.0, 176.0, 250.0, math.inf, math.nan]),
                 st.floats(min_value=1, max_value=600)),
       st.sampled_from([9, 12.5, 13, 24]))
def test_the_fast_path_breaks_where_measuring_each_line_does(paragraph, style, width, size):
    assert text._wrap_paragraph(paragraph, width, style, size) == \
        text._wrap_measuring(paragraph, width, style, size)


@given(paragraphs(), st.integers(min_value=1, max_value=25))
def test_a_line_exactly_as_wide_as_the_width_still_fits(paragraph, cut):
    """The boundary case: the width is exactly the width of the first words."""
    words = [word for word in text._SPACES.split(paragraph)[::2] if word]
    width = text_width(" ".join(words[:cut]), FontStyle.REGULAR, 13)
    assert text._wrap_paragraph(paragraph, width, FontStyle.REGULAR, 13) == \
        text._wrap_measuring(paragraph, width, FontStyle.REGULAR, 13)


def test_text_with_a_character_of_another_font_is_measured_line_by_line():
    paragraph = "会议 Réunion with the customer"
    assert ord("会") not in font_widths("regular").widths
    assert text._wrap_paragraph(paragraph, 60, FontStyle.REGULAR, 13) == \
        text._wrap_measuring(paragraph, 60, FontStyle.REGULAR, 13)


def test_the_bundled_fonts_have_exact_widths():
    """Sums of widths are exact only because the units per em are a power of two (2048):
    the width of a line is the sum of the widths of its parts, however they are grouped."""
    line = "Customer opens the app «\u00a0devis\u00a0» — Élodie"
    for style in FontStyle:
        table = font_widths(str(style))
        assert table.exact
        whole = sum(table.widths[ord(c)] for c in line)
        for cut in range(len(line) + 1):
            left = sum(table.widths[ord(c)] for c in line[:cut])
            right = sum(table.widths[ord(c)] for c in reversed(line[cut:]))
            assert left + right == whole
            assert whole - left == right
