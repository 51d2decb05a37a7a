"""Dates as people write them: the PDF footer, the title slide, the recovery list."""

from __future__ import annotations

import datetime

from journey_studio.human_dates import NBSP, day_and_time, long_date


def test_a_long_date_in_english_and_in_french():
    assert long_date(datetime.date(2026, 12, 1), "en") == f"1{NBSP}December 2026"
    assert long_date(datetime.date(2026, 12, 1), "fr") == f"1er{NBSP}décembre 2026"
    assert long_date(datetime.date(2026, 8, 15), "fr") == f"15{NBSP}août 2026"


def test_a_moment_without_seconds_nor_time_zone():
    moment = datetime.datetime(2026, 12, 1, 11, 16, 58)
    assert day_and_time(moment, "fr") == f"mardi 1er{NBSP}décembre 2026 à 11{NBSP}h{NBSP}16"
    assert day_and_time(moment, "en") == f"Tuesday 1{NBSP}December 2026 at 11:16"
    assert day_and_time(datetime.datetime(2026, 1, 4, 9, 5), "fr").endswith(f"9{NBSP}h{NBSP}05")


def test_the_pdf_footer_and_the_title_slide_write_the_date_in_the_maps_language(tmp_path):
    from pptx import Presentation

    from journey_studio.export.pdf_page_plan import footer
    from journey_studio.export.pptx_export import PptxOptions, export_pptx
    from journey_studio.model import Journey, Map

    def footer_text(language):
        return footer(600, 20, datetime.date(2026, 12, 1), 3, language=language)[0].shapes[0].text

    assert footer_text("fr") == f"Journey Studio · 1er{NBSP}décembre 2026 · page 3"
    assert footer_text("en") == f"Journey Studio · 1{NBSP}December 2026 · page 3"
    m = Map.model_validate({"id": "m", "title": "Séjour", "language": "fr",
                            "stages": [{"id": "s", "name": "Réserver", "steps": [{"id": "t"}]}]})
    export_pptx(Journey(map=m), str(tmp_path / "deck.pptx"),
                PptxOptions(slides="overview", author="Claire", date=datetime.date(2026, 12, 1)))
    texts = [shape.text_frame.text for slide in Presentation(str(tmp_path / "deck.pptx")).slides
             for shape in slide.shapes if shape.has_text_frame]
    assert f"1er{NBSP}décembre 2026 · Claire" in texts
