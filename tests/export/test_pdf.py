"""The PDF as a reader gets it: text, fonts, page sizes, poster tiles, and the same line
breaks as the layout the canvas draws."""

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from journey_studio.export.errors import ExportError
from journey_studio.export.pdf_export import PAGE_SIZES, PdfOptions, export_pdf, render_pdf
from journey_studio.render.geometry import TextShape
from journey_studio.render.layout import LayoutOptions, layout_map
from sample_maps import grid_map

SPACES = re.compile(r"[\s\u00a0\u202f]+")


def flat(text: str) -> str:
    return SPACES.sub(" ", text).strip()


def pdf_of(journey, **options) -> PdfReader:
    data, _ = render_pdf(journey, PdfOptions(**options))
    return PdfReader(io.BytesIO(data))


@pytest.fixture(scope="module")
def one_page_pdfs(examples):
    return {name: pdf_of(journey, page="A3") for name, journey in examples.items()}


def test_every_stage_name_and_card_text_can_be_found(examples, one_page_pdfs):
    for name, journey in examples.items():
        reader = one_page_pdfs[name]
        assert len(reader.pages) == 1
        text = flat(" ".join(page.extract_text() for page in reader.pages))
        for stage in journey.map.stages:
            assert flat(stage.name) in text, (name, stage.name)
        for card in journey.map.cards:
            assert flat(card.text) in text, (name, card.text)
        assert flat(journey.map.title) in text


def test_french_accents_and_typography_survive():
    journey = grid_map(2, 1, text="Déjà payé 20\u00a0€ — « très » l’été… œuvre")
    text = flat(pdf_of(journey).pages[0].extract_text())
    assert "Déjà payé 20 € — « très » l’été… œuvre 0.0" in text


def _fonts(reader: PdfReader):
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            yield ref.get_object()


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type0":
        return all(_embedded(d.get_object()) for d in font["/DescendantFonts"])
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_every_font_is_embedded(one_page_pdfs, examples):
    readers = list(one_page_pdfs.values())
    readers.append(pdf_of(next(iter(examples.values())), page="A4", poster=True, persona="own-page"))
    for reader in readers:
        fonts = list(_fonts(reader))
        assert fonts
        for font in fonts:
            assert _embedded(font), font.get("/BaseFont")
            assert "+" in str(font["/BaseFont"])  # a subset


@pytest.mark.parametrize("page", list(PAGE_SIZES))
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_the_page_size_is_the_one_asked_for(page, orientation):
    reader = pdf_of(grid_map(3, 2), page=page, orientation=orientation)
    box = reader.pages[0].mediabox
    short, long_ = sorted(PAGE_SIZES[page])
    expected = (short, long_) if orientation == "portrait" else (long_, short)
    assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=0.01)


def test_auto_orientation_follows_the_map():
    box = pdf_of(grid_map(6, 2), page="A4").pages[0].mediabox
    assert box.width > box.height


def test_metadata():
    journey = grid_map(2, 1, title="Parcours d’achat")
    journey.map.description = "Atelier du 14 mars"
    journey.map.main_persona.name = "Inès Persona"
    meta = pdf_of(journey, author="Léa Consultante").metadata
    assert meta.title == "Parcours d’achat"
    assert meta.author == "Léa Consultante"
    assert meta.subject == "Atelier du 14 mars"
    assert meta.creator.startswith("Journey Studio ")
    assert "Inès" not in (pdf_of(journey).metadata.author or "")  # never the persona


def test_a_poster_of_an_a0_sized_map_on_a4_has_the_expected_pages():
    # a map printed exactly 1189 mm wide (A0's long side), 714..841 mm tall:
    # A4 landscape, 12 mm margins, 10 mm overlap: 273 x 186 mm per page, 263 x 176 mm new per page,
    # so ceil((1189 - 10) / 263) = 5 columns and ceil((height - 10) / 176) = 5 rows.
    lanes = 1
    while True:
        journey = grid_map(8, lanes)
        layout = layout_map(journey, LayoutOptions(show_title=True))
        if layout.height / layout.width * 1189 > 714:
            break
        lanes += 1
    scale = 1189 * mm / (layout.width * 0.75)
    assert 714 < layout.height * 0.75 * scale / mm <= 841
    height_mm = layout.height * 0.75 * scale / mm
    reader = pdf_of(journey, page="A4", poster=True, scale=scale, persona="none", orientation="landscape")
    assert len(reader.pages) == 25
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    labels = [re.findall(r"(?m)^([A-Z]+[0-9]+)$", page.extract_text())[0] for page in reader.pages]
    assert labels == [f"{row}{col}" for row in "ABCDE" for col in range(1, 6)]
    # the tiles cover the map: the first and last stages are on the first and last columns
    assert "Stage 0" in reader.pages[0].extract_text()
    assert "Stage 7" in reader.pages[4].extract_text()
    assert "Lane" in reader.pages[20].extract_text()  # the bottom row has the last lanes
    # turned automatically, the pages go the way that needs fewer of them: portrait A4 holds
    # 176 x 263 mm new per page, so 7 columns and ceil((height - 10) / 263) rows
    portrait_rows = 3 if height_mm <= 799 else 4
    auto = pdf_of(journey, page="A4", poster=True, scale=scale, persona="none")
    assert len(auto.pages) == min(25, 7 * portrait_rows)


def test_persona_on_its_own_page(examples):
    journey = examples["banque-entrepreneuse"]  # an example of the repository, with its persona
    assert journey.map.main_persona.name
    reader = pdf_of(journey, persona="own-page")
    assert len(reader.pages) == 2
    role = journey.map.main_persona.role  # the name is in the curves' legend on the map too
    assert role in reader.pages[0].extract_text()
    assert all(p.role in reader.pages[0].extract_text() for p in journey.map.personas)  # every persona
    assert role not in reader.pages[1].extract_text()
    assert role not in pdf_of(journey, persona="none").pages[0].extract_text()


def test_a_pdf_shows_every_persona_and_the_curve_legend_and_can_fade_a_view(examples):
    journey = examples["banque-entrepreneuse"]
    text = pdf_of(journey).pages[0].extract_text()
    assert "Karim Benali" in text and "Inès Moreau" in text
    assert "Karim Benali · cible" in text and "Inès Moreau · actuel" in text
    with pytest.raises(ExportError, match="no view named 'nope'"):
        pdf_of(journey, view="nope")
    assert pdf_of(journey, view="Irritants seulement").pages[0].extract_text()


def test_bad_options_are_refused_in_one_line():
    with pytest.raises(ExportError, match="unknown page size 'B5'"):
        render_pdf(grid_map(1, 1), PdfOptions(page="B5"))
    with pytest.raises(ExportError, match="scale"):
        render_pdf(grid_map(1, 1), PdfOptions(poster=True, scale=0))


def test_screen_and_paper_break_lines_alike(examples, one_page_pdfs):
    """Every line of every card in the layout is one string the PDF draws, at the same place."""
    for name, journey in examples.items():
        drawn: set[tuple[str, float, float]] = set()

        def visit(text, cm, tm, font, size, drawn=drawn):
            if text.strip():
                drawn.add((flat(text), round(tm[4], 2), round(tm[5], 2)))

        one_page_pdfs[name].pages[0].extract_text(visitor_text=visit)
        layout = layout_map(journey, LayoutOptions(show_persona=True))
        assert layout.cards or not journey.map.cards
        for card in layout.cards:
            texts = [s for s in card.shapes if isinstance(s, TextShape) and s.text in card.lines]
            assert [s.text for s in texts][: len(card.lines)] == list(card.lines)
            for shape in texts:
                assert (flat(shape.text), round(shape.x, 2), round(-shape.y, 2)) in drawn, (name, shape.text)


def test_export_writes_the_file(tmp_path):
    target = tmp_path / "map.pdf"
    result = export_pdf(grid_map(2, 2), str(target))
    assert result.pages == 1 and target.read_bytes().startswith(b"%PDF")


def test_comments_survive_into_the_pdf_as_numbered_notes_when_asked(examples):
    journey = examples["banque-entrepreneuse"]
    plain, with_notes = pdf_of(journey), pdf_of(journey, comments=True)
    assert len(with_notes.pages) == len(plain.pages) + 1
    notes = with_notes.pages[-1].extract_text()
    assert "[1] 20 minutes d’attente, puis transfert" in notes
    # in the map's language: the date, the colon's space, the words
    assert "Hugo (agence pro) · 16 mars 2026 : Les appels pros devraient aller directement" in notes.replace("\xa0", " ")
    assert "Commentaires" in notes and "résolu" in notes and "routage direct" not in plain.pages[-1].extract_text()


LONG = ("Le parcours d’une jeune créatrice d’entreprise avec sa banque, de l’ouverture du compte pro à un "
        "projet de prêt abandonné. Atelier du 14 mars avec les équipes marketing, agences et relation client, "
        "puis relu par la direction commerciale.")


def test_a_long_description_wraps_under_the_title_of_the_page_and_of_a_poster():
    journey = grid_map(3, 2, title="Carte")
    journey.map.description = LONG
    text = pdf_of(journey, page="A4", orientation="portrait").pages[0].extract_text()
    assert flat(LONG) in flat(text)  # every word, in order
    described = [line for line in text.splitlines() if set(line.split()) & set(LONG.split())]
    assert len(described) > 1 and all(len(line) < len(LONG) for line in described)  # wrapped, not one line
    poster = pdf_of(journey, page="A4", poster=True).pages[0].extract_text()
    assert flat(LONG)[:60] in flat(poster)
