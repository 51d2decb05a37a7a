"""PowerPoint export: the deck read back with python-pptx, and rendered by LibreOffice.

One deck of the French bank example is built once for the module (and converted by
LibreOffice once); the small decks for slide counts are made from tiny grid maps.
"""

from __future__ import annotations

import datetime
import io
import re
import shutil
import subprocess

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE
from pptx.util import Pt

from journey_studio.export.pptx_export import PptxOptions, export_pptx
from journey_studio.export.pptx_pages import (
    MARGIN, MIN_SCALE, SLIDE_SIZES, _layout_at, content_box, header_bottom, planned_slides, stage_map,
)
from journey_studio.export.pptx_style import paragraphs
from journey_studio.model import Journey, Map
from journey_studio.model.card import Comment
from journey_studio.render import style
from journey_studio.render.layout import layout_map
from journey_studio.templates import new_journey
from sample_maps import grid_map

BANK = "banque-entrepreneuse"
DATE = datetime.date(2026, 3, 14)


def walk(shapes):
    """Every shape, groups opened (a group's children keep slide coordinates: see the painter)."""
    for shape in shapes:
        yield shape
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            yield from walk(shape.shapes)


def slide_title(slide) -> str:
    return next((s.text_frame.text for s in slide.shapes if s.name == "Title"), "")


def cards_on(slide) -> dict[str, object]:
    """Card id -> its rounded rectangle."""
    return {s.name.removeprefix("Card "): s for s in walk(slide.shapes)
            if s.name.startswith("Card ") and s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE}


def words(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def bank(examples):
    return examples[BANK]


@pytest.fixture(scope="module")
def deck_path(bank, tmp_path_factory):
    path = tmp_path_factory.mktemp("pptx") / "banque.pptx"
    export_pptx(bank, str(path), PptxOptions(author="Claire Dupont", date=DATE))
    return path


@pytest.fixture(scope="module")
def deck(deck_path):
    return Presentation(str(deck_path))


@pytest.fixture(scope="module")
def shapes(deck):
    """Every slide's shapes, groups opened (read once: python-pptx is slow to walk)."""
    return [list(walk(slide.shapes)) for slide in deck.slides]


def stage_slides(deck, stage_name: str) -> list:
    return [s for s in deck.slides if re.sub(r"\s+\d+/\d+$", "", slide_title(s)) == stage_name]


def lanes_on(slide) -> list[str]:
    """The ids of the lanes a slide shows (their header shapes), top to bottom, column by column."""
    return [m.group(1) for s in walk(slide.shapes) if (m := re.fullmatch(r"Lane (\S+)", s.name))]


def lanes_with_content(m: Map, stage) -> set[str]:
    """The lanes with a card or an emotion point in one of ``stage``'s steps."""
    steps = {step.id for step in stage.steps}
    return ({card.lane for card in m.cards if card.step in steps}
            | {lane.id for lane in m.lanes if any(point.step in steps for point in lane.points)})


# --- slide counts ---------------------------------------------------------------------------
@pytest.mark.parametrize("slides, expected", [("all", 5), ("overview", 2), ("stages", 4)])
def test_slide_count_per_option(tmp_path, slides, expected):
    path = tmp_path / "m.pptx"
    result = export_pptx(grid_map(3, 2), str(path), PptxOptions(slides=slides))
    assert len(Presentation(str(path)).slides) == result.slides == expected  # title + overview + 3 stages


def test_persona_and_votes_slides_come_with_a_persona_and_votes(tmp_path):
    journey = grid_map(2, 2)
    journey.map.main_persona.name = "Maya"
    journey.map.cards[0].votes = 3
    path = tmp_path / "m.pptx"
    export_pptx(journey, str(path), PptxOptions(slides="all"))
    slides = list(Presentation(str(path)).slides)
    assert len(slides) == 6  # title, persona, overview, two stages, votes
    assert next(s.text_frame.text for s in slides[1].shapes if s.name == "Name") == "Maya"
    assert slide_title(slides[-1]).startswith("Dot votes")


@pytest.mark.parametrize("size", list(SLIDE_SIZES))
def test_slide_size(tmp_path, size):
    path = tmp_path / "m.pptx"
    export_pptx(grid_map(2, 2), str(path), PptxOptions(size=size))
    prs = Presentation(str(path))
    assert (prs.slide_width.pt, prs.slide_height.pt) == pytest.approx(SLIDE_SIZES[size], abs=0.05)


# --- the bank deck --------------------------------------------------------------------------
def test_every_card_is_an_editable_rounded_rectangle_on_the_overview_and_on_its_stage(deck, bank):
    overview = next(s for s in deck.slides if slide_title(s) == "Le parcours en entier")
    on_overview = cards_on(overview)
    m = bank.map
    on_stage = {stage.name: [cards_on(s) for s in stage_slides(deck, stage.name)] for stage in m.stages}
    for card in m.cards:
        shape = on_overview[card.id]
        assert shape.auto_shape_type == MSO_SHAPE.ROUNDED_RECTANGLE
        assert words(shape.text_frame.text) == words(card.text)
        stage = m.stage_of_step(card.step)
        found = [cards[card.id] for cards in on_stage[stage.name] if card.id in cards]
        assert len(found) == 1, (card.text, stage.name)
        assert words(found[0].text_frame.text) == words(card.text)


def test_cards_are_shapes_and_the_only_pictures_are_photos_and_card_images(shapes, bank):
    pictures = [(i, s.name) for i, slide in enumerate(shapes) for s in slide
                if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    photos = [i for i, name in pictures if name == "Persona photo"]
    assert photos == [1, 2]  # the two personas' photos
    with_image = [c for c in bank.map.cards if c.image]
    assert with_image, "the bank example has a card with a screenshot"
    images = {name for _, name in pictures if name != "Persona photo"}
    assert images == {f"Image {c.image}" for c in with_image}


def test_a_card_image_sits_in_its_card_cropped_to_its_box_not_stretched(deck, bank):
    card = next(c for c in bank.map.cards if c.image)
    width, height = Image.open(io.BytesIO(bank.assets[card.image].raw_bytes())).size
    seen = 0
    for slide in deck.slides:
        everything = list(walk(slide.shapes))
        body = next((s for s in everything if s.name == f"Card {card.id}"
                     and s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE), None)
        picture = next((s for s in everything if s.name == f"Image {card.image}"), None)
        assert (body is None) == (picture is None)
        if body is None:
            continue
        seen += 1
        assert body.left <= picture.left and picture.left + picture.width <= body.left + body.width
        assert body.top <= picture.top and picture.top + picture.height <= body.top + body.height
        # the card's text starts under the image, not hidden behind it
        assert body.top + body.text_frame.margin_top >= picture.top + picture.height - Pt(1)
        shown_w = width * (1 - picture.crop_left - picture.crop_right)
        shown_h = height * (1 - picture.crop_top - picture.crop_bottom)
        assert shown_w / shown_h == pytest.approx(picture.width / picture.height, rel=0.02)
    assert seen >= 2  # the overview and the card's stage slide


def test_every_shape_lies_inside_the_slide(deck, shapes):
    width, height = deck.slide_width, deck.slide_height
    for number, slide in enumerate(shapes, 1):
        for shape in slide:
            assert shape.left >= 0 and shape.top >= 0, (number, shape.name)
            assert shape.left + shape.width <= width and shape.top + shape.height <= height, (number, shape.name)


def test_card_colours_are_the_cards_colours(deck, bank):
    m = bank.map
    overview = next(s for s in deck.slides if slide_title(s) == "Le parcours en entier")
    kinds = {lane.id: lane.kind for lane in m.lanes}
    for card_id, shape in cards_on(overview).items():
        card = m.find_card(card_id)
        expected = (card.color or style.lane_colors(kinds[card.lane]).card).lstrip("#").upper()
        assert str(shape.fill.fore_color.rgb) == expected


def test_stage_slides_are_readable_on_a_projector(deck, bank):
    slides = [slide for stage in bank.map.stages for slide in stage_slides(deck, stage.name)]
    sizes = [run.font.size for slide in slides
             for shape in walk(slide.shapes) if shape.has_text_frame and shape.name != "Subtitle"
             for paragraph in shape.text_frame.paragraphs for run in paragraph.runs]
    assert len(slides) >= len(bank.map.stages) and min(sizes) >= Pt(14)


def test_stages_are_groups_holding_their_cards(deck, bank):
    overview = next(s for s in deck.slides if slide_title(s) == "Le parcours en entier")
    m = bank.map
    for stage in m.stages:
        group = next(s for s in overview.shapes if s.name == f"Stage: {stage.name}")
        inside = {s.name.removeprefix("Card ") for s in walk(group.shapes) if s.name.startswith("Card ")}
        assert inside == {c.id for c in m.cards if m.stage_of_step(c.step) is stage}


def test_emotion_curve_is_a_freeform_through_the_points(deck, bank):
    overview = next(s for s in deck.slides if slide_title(s) == "Le parcours en entier")
    layout = layout_map(bank)
    curve = layout.curves[0]
    group = next(s for s in overview.shapes if s.name.startswith("Emotion curve"))
    line = next(s for s in walk(group.shapes) if s.name == "Curve")
    assert line.shape_type == MSO_SHAPE_TYPE.FREEFORM
    path = line._element.xpath(".//a:lnTo")
    assert len(path) >= 8 * (len(curve.points) - 1)  # sampled, not straight segments


def test_core_properties_and_speaker_notes(deck, bank):
    props = deck.core_properties
    m = bank.map
    assert props.title == m.title and props.author == "Claire Dupont"
    assert props.subject == m.description and props.created.date() == DATE
    for stage in m.stages:
        notes = stage_slides(deck, stage.name)[0].notes_slide.notes_text_frame.text
        if stage.description:
            assert stage.description in notes
        assert ("Moment de vérité" in notes) == stage.moment_of_truth


def test_text_names_dejavu_sans(shapes):
    fonts = {run.font.name for slide in shapes for s in slide if s.has_text_frame
             for p in s.text_frame.paragraphs for run in p.runs}
    assert fonts == {"DejaVu Sans"}


# --- LibreOffice ----------------------------------------------------------------------------
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def rendered_text(deck_path, tmp_path_factory):
    """The deck converted to PDF by LibreOffice Impress (once), as text, page by page."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed (.ci/run installs Debian's libreoffice-impress)")
    out = tmp_path_factory.mktemp("libreoffice")
    profile = (out / "profile").as_uri()  # a profile of its own: no clash with a running LibreOffice
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(deck_path)], check=True, capture_output=True, timeout=240)
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(str(out / "banque.pdf")).pages]


def test_libreoffice_draws_every_stage_and_card_with_its_accents(rendered_text, deck, bank):
    assert len(rendered_text) == len(deck.slides)
    everything = words("".join(rendered_text))
    m = bank.map
    for stage in m.stages:
        assert words(stage.name) in everything
    for card in m.cards:
        assert words(card.text) in everything, card.text
    assert "é" in everything and "è" in everything and "’" in everything


def test_every_persona_has_its_slide_and_the_to_be_curves_are_dashed(deck, bank):
    names = [next(s.text_frame.text for s in slide.shapes if s.name == "Name")
             for slide in deck.slides if any(s.name == "Name" for s in slide.shapes)]
    assert names == [p.name for p in bank.map.personas] and len(names) == 2
    overview = next(s for s in deck.slides if slide_title(s) == "Le parcours en entier")
    shapes = list(walk(overview.shapes))
    texts = " ".join(s.text_frame.text for s in shapes if s.has_text_frame)
    assert "Karim Benali · cible" in texts and "Inès Moreau · actuel" in texts  # the legend
    dashed = [s for s in shapes if getattr(getattr(s, "line", None), "dash_style", None) is not None]
    assert dashed


# --- stage slides: the content, as few slides as can be -------------------------------------
@pytest.fixture(scope="module")
def hotel(tmp_path_factory):
    """The hotel template in French (the map of a user's review: it gave 18 slides, half of them
    continuations, some holding one empty lane)."""
    journey = new_journey("hotel-stay", "fr")
    path = tmp_path_factory.mktemp("hotel") / "hotel.pptx"
    export_pptx(journey, str(path), PptxOptions(date=DATE))
    return journey, Presentation(str(path))


def test_the_hotel_template_has_one_slide_per_stage(hotel):
    journey, deck = hotel
    m = journey.map
    titles = [slide_title(slide) for slide in deck.slides]
    assert len(titles) == 3 + len(m.stages)  # title, persona, overview, the stages
    assert titles[3:] == [stage.name for stage in m.stages]  # no "1/2": no stage continues


def test_no_slide_shows_only_empty_lanes_and_continuations_show_content_only(hotel, bank, deck):
    for journey, prs in (hotel, (bank, deck)):
        m = journey.map
        seen = 0
        for stage in m.stages:
            on_slides = stage_slides(prs, stage.name)
            full = lanes_with_content(m, stage)
            shown = [lanes_on(slide) for slide in on_slides]
            for lanes in shown:
                seen += 1
                assert not lanes or set(lanes) & full, (stage.name, lanes)
            if len(on_slides) > 1:  # continued: the lanes with content only, each once
                assert all(set(lanes) <= full for lanes in shown), stage.name
                assert sorted(lane for lanes in shown for lane in lanes) == sorted(full), stage.name
            assert all("  " not in slide_title(slide) for slide in on_slides)
        assert seen >= len(m.stages)


def _one_stage(lanes: int, filled: list[int], steps: int = 2, per_cell: int = 1) -> Journey:
    """One stage of ``steps`` steps and ``lanes`` action lanes; cards only in the ``filled`` lanes."""
    return Journey(map=Map.model_validate({
        "id": "one", "title": "One stage", "language": "en",
        "stages": [{"id": "s", "name": "Only stage", "steps": [{"id": f"t{i}", "name": f"Step {i}"}
                                                                for i in range(steps)]}],
        "lanes": [{"id": f"l{j}", "kind": "actions", "title": f"Lane {j}"} for j in range(lanes)],
        "cards": [{"id": f"c{j}_{i}_{n}", "step": f"t{i}", "lane": f"l{j}", "text": f"Card {j}.{i}.{n}"}
                  for j in filled for i in range(steps) for n in range(per_cell)]}))


def test_a_stage_too_tall_shows_its_lanes_with_content_on_one_slide_and_names_the_others(tmp_path):
    path = tmp_path / "m.pptx"
    export_pptx(_one_stage(12, [3, 7]), str(path), PptxOptions(slides="stages"))
    slides = list(Presentation(str(path)).slides)
    assert [slide_title(s) for s in slides] == ["One stage", "Only stage"]
    assert lanes_on(slides[1]) == ["l3", "l7"]
    notes = slides[1].notes_slide.notes_text_frame.text
    assert "Lane 0" in notes and "Lane 11" in notes and "Lane 3" not in notes


def test_a_stage_whose_lanes_all_fit_shows_them_all_even_empty(tmp_path):
    path = tmp_path / "m.pptx"
    export_pptx(_one_stage(3, [1]), str(path), PptxOptions(slides="stages"))
    assert lanes_on(list(Presentation(str(path)).slides)[1]) == ["l0", "l1", "l2"]


def test_a_stage_with_much_content_continues_each_lane_once_and_no_empty_one(tmp_path):
    path = tmp_path / "m.pptx"
    export_pptx(_one_stage(14, [j for j in range(14) if j != 5], steps=3, per_cell=2), str(path),
                PptxOptions(slides="stages"))
    slides = list(Presentation(str(path)).slides)[1:]
    assert len(slides) > 1
    assert [slide_title(s) for s in slides] == [f"Only stage {i}/{len(slides)}" for i in range(1, len(slides) + 1)]
    shown = [lane for slide in slides for lane in lanes_on(slide)]
    assert shown == [f"l{j}" for j in range(14) if j != 5]


def test_a_stage_with_nothing_says_so_instead_of_empty_lanes(tmp_path):
    path = tmp_path / "m.pptx"
    export_pptx(_one_stage(12, []), str(path), PptxOptions(slides="stages"))
    slides = list(Presentation(str(path)).slides)
    assert len(slides) == 2 and lanes_on(slides[1]) == []
    assert any(s.name == "Empty stage" for s in slides[1].shapes)


def test_stage_slides_use_the_slides_width(hotel):
    _, deck = hotel
    right = deck.slide_width - Pt(MARGIN)
    for slide in list(deck.slides)[3:]:
        edge = max(s.left + s.width for s in walk(slide.shapes) if s.name.startswith("Stage header"))
        assert edge >= right - Pt(2), slide_title(slide)


# --- a stage continued: lanes balanced over its slides, one scale ------------------------------
def _stage_parts(journey: Journey, size: str) -> dict[str, list]:
    """Each stage's pages in order: stage id -> [(slide plan, page)]."""
    parts: dict[str, list] = {}
    for item, page in planned_slides(journey, "stages", size):
        if item.kind == "stage":
            parts.setdefault(item.stage_id, []).append((item, page))
    return parts


def _tall(layout, lanes) -> float:
    shown = set(lanes)
    return header_bottom(layout) + sum(lane.rect.h for lane in layout.lanes if lane.lane_id in shown)


def _used(page, size: str) -> float:
    """How much of the slide's usable height a stage page covers (its tallest column)."""
    return max(_tall(page.layout, column) for column in page.columns) * page.scale / content_box(size)[3]


def _cannot_join(journey: Journey, stage_id: str, item, lane: str, shown: list[str], size: str) -> bool:
    """True when ``lane`` together with the lane before it and with the lane after it (those
    there are) is taller than a slide even at 14 pt, in one column as wide as the slide."""
    m = journey.map
    _, _, width, height = content_box(size)
    layout = _layout_at(stage_map(m, m.find_stage(stage_id), item.step_ids), len(item.step_ids), MIN_SCALE, width)
    i = shown.index(lane)
    neighbours = [shown[j] for j in (i - 1, i + 1) if 0 <= j < len(shown)]
    return bool(neighbours) and all(_tall(layout, [lane, other]) * MIN_SCALE > height for other in neighbours)


def _continued_stages(journeys, sizes=tuple(SLIDE_SIZES)):
    for journey in journeys:
        for size in sizes:
            for stage_id, parts in _stage_parts(journey, size).items():
                if len(parts) > 1:
                    yield journey, size, stage_id, parts


def test_a_continued_stage_has_one_scale_on_all_its_slides(examples):
    """No part of a stage is drawn larger than another (the cafe's "Working session 2/2" was
    drawn at 1.3 after a first part at 0.94)."""
    seen = 0
    for journey, size, stage_id, parts in _continued_stages(examples.values()):
        seen += 1
        scales = {round(page.scale, 6) for _, page in parts}
        assert len(scales) == 1, (journey.map.title, size, stage_id, scales)
        layouts = {id(page.layout) for _, page in parts}
        assert len(layouts) == 1, (journey.map.title, size, stage_id)  # the same columns on every part
        assert min(scales) >= MIN_SCALE - 1e-9
    assert seen >= 10


def test_no_continuation_slide_is_mostly_empty(examples):
    """Every part of a continued stage covers at least 40 % of the slide's usable height, but a
    slide holding one lane that cannot join the lane before or after it even at 14 pt."""
    for journey, size, stage_id, parts in _continued_stages(examples.values()):
        shown = [lane for _, page in parts for lane in page.lane_ids]
        for item, page in parts:
            used = _used(page, size)
            if used >= 0.4:
                continue
            where = (journey.map.title, size, item.title, f"{item.part}/{item.parts}", round(used, 2))
            assert len(page.lane_ids) == 1, where
            assert _cannot_join(journey, stage_id, item, page.lane_ids[0], shown, size), where


def test_a_continued_stage_spreads_its_lanes_evenly(tmp_path):
    """Lanes of one height over three slides: four, four and four, not five, five and two."""
    journey = _one_stage(12, list(range(12)), steps=3, per_cell=2)
    for size in SLIDE_SIZES:
        parts = _stage_parts(journey, size)["s"]
        counts = [len(page.lane_ids) for _, page in parts]
        assert len(parts) > 1 and max(counts) - min(counts) <= 1, (size, counts)
        assert min(_used(page, size) for _, page in parts) >= 0.75, size


def test_a_narrow_stage_in_columns_side_by_side_keeps_them_on_its_last_slide(tmp_path):
    """A one-step stage continued in two columns of lanes: every slide at one scale and one
    column width, the lanes spread so the last slide is not a scrap."""
    journey = _one_stage(14, list(range(14)), steps=1, per_cell=3)
    parts = _stage_parts(journey, "16:9")["s"]
    assert len(parts) > 1 and {len(page.columns) for _, page in parts} == {2}
    assert len({page.scale for _, page in parts}) == 1
    used = [_used(page, "16:9") for _, page in parts]
    assert min(used) >= 0.5 and used[0] == max(used)  # the first slide full, any lighter one after it
    assert [lane for _, page in parts for lane in page.lane_ids] == [f"l{j}" for j in range(14)]


def test_card_text_is_its_own_paragraphs_word_wrapped(deck, bank):
    m = bank.map
    cards = {card.id: card for card in m.cards}
    checked = 0
    for slide in deck.slides:
        for card_id, shape in cards_on(slide).items():
            frame = shape.text_frame
            assert frame.word_wrap is True
            assert not frame._txBody.xpath(".//a:br")  # no line break put in: PowerPoint re-wraps it
            assert [p.text for p in frame.paragraphs] == (paragraphs(cards[card_id].text) or [""])
            checked += 1
    assert checked >= 2 * len(m.cards)


def test_a_card_of_several_paragraphs_keeps_them_and_nothing_else(tmp_path):
    journey = grid_map(1, 1)
    text = "First paragraph, long enough to wrap over two lines of the card at least\n\nThird one\n"
    journey.map.cards[0].text = text
    path = tmp_path / "m.pptx"
    export_pptx(journey, str(path), PptxOptions())
    for slide in list(Presentation(str(path)).slides)[1:]:
        frame = cards_on(slide)[journey.map.cards[0].id].text_frame
        assert [p.text for p in frame.paragraphs] == [text.split("\n")[0], "", "Third one"]
        assert frame.word_wrap is True and not frame._txBody.xpath(".//a:br")
        sizes = {run.font.size for p in frame.paragraphs for run in p.runs}
        assert len(sizes) == 1 and frame.paragraphs[1]._p.endParaRPr.get("sz")  # the empty one too


def test_a_cards_text_keeps_clear_of_its_comment_badge_when_it_still_fits(tmp_path):
    """PowerPoint wraps every line at one width: the frame stops short of the badge, since the
    text takes no more lines there than the layout gave the card."""
    journey = grid_map(1, 1)
    card = journey.map.cards[0]
    card.text = "Waits on the phone for twenty minutes"
    card.comments = [Comment(author="Ana", text="Which call centre?")]
    path = tmp_path / "m.pptx"
    export_pptx(journey, str(path), PptxOptions(slides="stages"))
    slide = list(Presentation(str(path)).slides)[1]
    everything = list(walk(slide.shapes))
    body = cards_on(slide)[card.id]
    badge = next(s for s in everything if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and s is not body
                 and s.auto_shape_type == MSO_SHAPE.ROUNDED_RECTANGLE and s.line.fill.type is not None
                 and str(s.line.color.rgb) == "7E22CE")
    assert body.left + body.width - body.text_frame.margin_right <= badge.left
