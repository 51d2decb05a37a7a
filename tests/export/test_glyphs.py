"""Characters DejaVu lacks: drawn with a system fallback font when there is one, reported
when there is none; the layout measures them with the font that draws them."""

import io

import pytest
from pypdf import PdfReader

from journey_studio.export.pdf_export import PdfOptions, render_pdf
from journey_studio.render import font_caches, fonts
from journey_studio.render.fonts import FontStyle, text_runs, text_width
from journey_studio.render.missing_glyphs import describe_missing, missing_glyphs
from sample_maps import grid_map


@pytest.fixture
def no_fallback(monkeypatch):
    monkeypatch.setattr(fonts, "FONT_DIRS", ())
    monkeypatch.delenv(fonts.FALLBACK_ENV, raising=False)
    font_caches.reset_fallbacks()
    yield
    monkeypatch.undo()
    font_caches.reset_fallbacks()


def test_dejavu_draws_french_and_typography():
    journey = grid_map(1, 1, text="Élodie paie 20\u00a0€ « à l’été » — “ok” ‘oui’ … œ")
    assert missing_glyphs(journey) == set()


def test_without_any_fallback_the_missing_characters_are_named(no_fallback):
    journey = grid_map(1, 1, text="Réunion 会议 🦄")
    assert missing_glyphs(journey) == {"会", "议", "🦄"}
    message = describe_missing({"会", "🦄"})
    assert "U+4F1A" in message and "U+1F984" in message and "\n" not in message
    # invisible joiners and variation selectors are neither drawn nor reported
    assert missing_glyphs(grid_map(1, 1, text="a\u200db\ufe0f")) == set()


def test_runs_keep_the_measure_of_what_is_drawn(no_fallback):
    runs = text_runs("ab 会", FontStyle.REGULAR)
    assert [(r.text, r.missing) for r in runs] == [("ab ", False), ("会", True)]
    assert text_width("ab 会", FontStyle.REGULAR, 15) == pytest.approx(
        sum(text_width(r.text, FontStyle.REGULAR, 15) for r in runs))


def test_a_fallback_font_draws_chinese_in_the_pdf():
    font_caches.reset_fallbacks()
    if fonts.fallback_for("会") is None:
        pytest.skip("no TrueType font with Chinese characters on this machine")
    journey = grid_map(2, 1, text="会议 Réunion")
    assert missing_glyphs(journey) == set()
    runs = text_runs("会议 Réunion", FontStyle.REGULAR)
    assert runs[0].fallback and runs[0].text == "会议"
    data, result = render_pdf(journey, PdfOptions())
    assert result.missing == set()
    reader = PdfReader(io.BytesIO(data))
    assert "会议" in reader.pages[0].extract_text()
    names = [str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert any("DejaVu" not in name for name in names), names  # the fallback font, embedded


def test_a_font_file_that_cannot_be_loaded_is_skipped(monkeypatch, no_fallback):
    monkeypatch.setenv(fonts.FALLBACK_ENV, "/nonexistent/font.ttf")
    font_caches.reset_fallbacks()
    assert fonts.fallback_for("会") is None
