"""French typography in what users type: on a French map the spaces before : ; ! ? » and after «
are no line break points (laid out as the no-break spaces of messages.py), on display only:
the saved text never changes, and an English map is laid out as before. No Qt."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from journey_studio.fileformat.journey_json import dumps, loads
from journey_studio.messages import NBSP, NNBSP
from journey_studio.model import Journey
from journey_studio.render import text
from journey_studio.render.font_widths import font_widths
from journey_studio.render.fonts import FontStyle
from journey_studio.render.french import french_spacing
from journey_studio.render.layout import LayoutOptions, card_text_width, layout_map
from journey_studio.render.projector import PROJECTOR_METRICS
from journey_studio.render.style import METRICS
from sample_maps import rich_journey

MARKS_BEFORE = ":;!?»"
REVIEW = "Compare « prix » et avis : très important !"

WORDS = st.text("abcdeéèàçWiMl-'", min_size=1, max_size=40)  # up to wider than a card's line
#: what a French user types between words: plain spaces, the marks with and without spaces
GAPS = st.sampled_from([" ", " ", "  ", "\t", " : ", " ; ", " ! ", " ? ", " ?! ", " « ", " » ", ": ", "! ", "?",
                        " «", "» ", " « ", "  :  ", " » : ", " ! » ", " ;"])


@st.composite
def french_texts(draw) -> str:
    """One paragraph: words, and between them spaces and French punctuation as users type it."""
    words = draw(st.lists(WORDS, min_size=1, max_size=14))
    gaps = draw(st.lists(GAPS, min_size=len(words) - 1, max_size=len(words) - 1))
    return words[0] + "".join(gap + word for gap, word in zip(gaps, words[1:]))


def _with_card(text: str, language: str = "fr", **fields) -> Journey:
    data = rich_journey().model_dump(mode="json", by_alias=True)
    data["map"]["language"] = language
    card = next(c for c in data["map"]["cards"] if c["id"] == "c1")
    card.update(text=text, example=False, **fields)
    return Journey.model_validate(data)


def test_the_review_sentence_keeps_quotes_and_colon_with_their_words():
    shown = french_spacing(REVIEW)
    assert shown == f"Compare «{NNBSP}prix{NNBSP}» et avis{NBSP}: très important{NNBSP}!"
    for width in range(40, 400, 3):
        for line in text.wrap(shown, width, FontStyle.REGULAR, 15):
            assert line[0] not in MARKS_BEFORE and not line.endswith("«"), (width, line)


def test_only_the_spaces_beside_the_marks_change_and_missing_ones_are_not_added():
    assert french_spacing("avis: très, «prix»; ok!") == "avis: très, «prix»; ok!"  # as typed
    assert french_spacing("12:30 et http://exemple.fr") == "12:30 et http://exemple.fr"
    assert french_spacing("Quoi ?! Non ; «  oui »") == f"Quoi{NNBSP}?! Non{NNBSP}; «{NNBSP * 2}oui{NNBSP}»"
    assert french_spacing("? au début\n: aussi") == "? au début\n: aussi"  # no word before: left alone
    assert french_spacing("fin « \nsuite") == "fin « \nsuite"  # no word after: left alone


def test_the_bundled_fonts_have_both_no_break_spaces():
    for style in FontStyle:
        widths = font_widths(str(style)).widths
        assert ord(NBSP) in widths and ord(NNBSP) in widths
        assert widths[ord(NNBSP)] < widths[ord(NBSP)]  # the narrow one is narrower


@settings(max_examples=200, deadline=None)
@given(paragraph=french_texts(), style=st.sampled_from(list(FontStyle)),
       width=st.floats(min_value=30, max_value=400) | st.sampled_from([0.0, 1.0, math.inf]),
       size=st.sampled_from([12.5, 13.5, 15, 24]))
def test_the_fast_path_breaks_french_text_where_measuring_each_line_does(paragraph, style, width, size):
    shown = french_spacing(paragraph).rstrip(text._BREAKING)
    assert text._wrap_paragraph(shown, width, style, size) == text._wrap_measuring(shown, width, style, size)


@settings(max_examples=150, deadline=None)
@given(typed=french_texts(), projector=st.booleans(), comments=st.booleans(), voting=st.booleans())
def test_on_a_french_map_no_line_starts_with_a_high_mark_nor_ends_with_an_opening_quote(
        typed, projector, comments, voting):
    metrics = PROJECTOR_METRICS if projector else METRICS
    journey = _with_card(typed, comments=[{"author": "Ana", "text": "?"}] if comments else [])
    saved = dumps(journey)
    layout = layout_map(journey.map, LayoutOptions(metrics=metrics, vote_counts=not voting))
    lines = layout.card("c1").lines
    for i, line in enumerate(lines):
        assert i == 0 or line[0] not in MARKS_BEFORE + NBSP + NNBSP, lines
        assert i == len(lines) - 1 or not line.endswith(("«", NBSP, NNBSP)), lines
    assert "".join("".join(lines).split()) == "".join(typed.split())  # every character, in order
    assert journey.map.find_card("c1").text == typed and dumps(journey) == saved  # the text as typed
    assert loads(saved).map.find_card("c1").text == typed


def test_an_english_map_is_laid_out_as_typed():
    english = layout_map(_with_card(REVIEW, "en").map).card("c1")
    assert english.lines == text.wrap(REVIEW, card_text_width(), FontStyle.REGULAR, METRICS.card_font)
    assert not any(NBSP in line or NNBSP in line for line in english.lines)
    french = layout_map(_with_card(REVIEW).map).card("c1")
    assert french.lines == text.wrap(french_spacing(REVIEW), card_text_width(), FontStyle.REGULAR,
                                     METRICS.card_font)
    assert french.lines != english.lines  # at this width the English lines break before ":"
    assert any(line.startswith(":") for line in english.lines)


def test_stage_step_and_lane_names_and_the_title_are_spaced_too():
    data = _with_card(REVIEW).model_dump(mode="json", by_alias=True)
    data["map"]["title"] = "Parcours « hôtel » : séjour"
    data["map"]["stages"][0]["name"] = "Découvrir ?"
    data["map"]["stages"][0]["steps"][1]["name"] = "Cherche « avis »"
    data["map"]["lanes"][0]["title"] = "Actions !"
    journey = Journey.model_validate(data)
    layout = layout_map(journey.map, LayoutOptions(show_title=True))
    drawn = {s.text for box in [layout.title, *layout.stages, *layout.steps, *layout.lanes] for s in box.shapes
             if hasattr(s, "text")}
    assert {f"Parcours «{NNBSP}hôtel{NNBSP}»{NBSP}: séjour", f"Découvrir{NNBSP}?", f"Cherche «{NNBSP}avis{NNBSP}»",
            f"Actions{NNBSP}!"} <= drawn
    assert journey.map.title == "Parcours « hôtel » : séjour"  # the model keeps what was typed


def test_a_layout_made_english_then_french_with_one_cache_follows_the_language():
    from journey_studio.render.layout_cache import LayoutCache

    cache = LayoutCache()
    english = _with_card(REVIEW, "en")
    layout_map(english.map, LayoutOptions(), cache)
    french = _with_card(REVIEW)
    again = layout_map(french.map, LayoutOptions(), cache)
    assert again.card("c1").lines == layout_map(french.map, LayoutOptions()).card("c1").lines


def test_after_much_typing_on_a_french_map_switching_to_english_lays_out_the_english_way():
    """Typing fills the row's measured texts until they are pruned: the pruned ones keep the key
    they were measured with (French), so an English layout never takes their French lines."""
    from journey_studio.commands import Change
    from journey_studio.render.layout_cache import LayoutCache

    journey = _with_card(REVIEW)
    cache = LayoutCache()
    layout_map(journey, cache=cache)
    c1 = journey.map.find_card("c1")
    other = next(c for c in journey.map.cards if c.lane == c1.lane and c.id != "c1")  # in the same row
    for n in range(120):  # more texts than the row keeps: pruned while c1 holds REVIEW
        other.text = f"typing {n}"
        cache.note([Change("cards", "updated", (other.id,))])
        layout_map(journey, cache=cache)
    journey.map.language = "en"
    cache.note([Change("map", "updated", ("m",))])
    assert layout_map(journey, cache=cache) == layout_map(journey)
