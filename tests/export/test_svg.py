"""SVG export: valid XML whose text is text, drawn by Chromium like the PNG export."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageChops, ImageStat

from journey_studio.export.png_export import PngOptions, export_png
from journey_studio.export.svg_export import SvgOptions, export_svg, render_svg
from journey_studio.render.layout import LayoutOptions, layout_map
from sample_maps import grid_map

SVG = "{http://www.w3.org/2000/svg}"
BANK = "banque-entrepreneuse"
CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)


@pytest.fixture(scope="module")
def bank_svg(examples, tmp_path_factory):
    path = tmp_path_factory.mktemp("svg") / "banque.svg"
    result = export_svg(examples[BANK], str(path))
    return path, result


def test_every_card_line_is_a_text_element(bank_svg, examples):
    path, _ = bank_svg
    root = ET.parse(path).getroot()  # an XML parser reads it
    assert root.tag == f"{SVG}svg" and root.get("version") == "1.1"
    texts = [e.text for e in root.iter(f"{SVG}text")]
    layout = layout_map(examples[BANK], LayoutOptions(show_title=True, show_persona=True))
    for card in layout.cards:
        for line in card.lines:
            assert line in texts
    for stage in examples[BANK].map.stages:
        assert any(stage.name.startswith(t.rstrip("…")) for t in texts if t)


def test_dejavu_sans_is_named_and_embedded(bank_svg):
    path, _ = bank_svg
    root = ET.parse(path).getroot()
    style = root.find(f"{SVG}defs/{SVG}style").text
    assert style.count("@font-face") >= 3 and "font/ttf;base64," in style  # regular, bold, italic
    assert root.find(f"{SVG}g").get("font-family").startswith("'DejaVu Sans'")


def test_without_the_font_it_is_only_named(tmp_path):
    data = render_svg(grid_map(2, 2), SvgOptions(embed_font=False))
    assert b"@font-face" not in data and b"DejaVu Sans" in data and len(data) < 20_000


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (.ci/run installs Debian's chromium)")
def test_chromium_draws_it_like_the_png_export(bank_svg, examples, tmp_path):
    path, result = bank_svg
    png = tmp_path / "map.png"
    export_png(examples[BANK], str(png), PngOptions(dpi=96, embed=False))
    shot = tmp_path / "shot.png"
    width, height = round(result.width), round(result.height)
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
                    "--hide-scrollbars", f"--window-size={width},{height}", f"--screenshot={shot}",
                    path.as_uri()], check=True, capture_output=True, timeout=120)
    with Image.open(shot) as drawn, Image.open(png) as exported:
        assert drawn.size == exported.size
        difference = ImageChops.difference(drawn.convert("RGB"), exported.convert("RGB"))
    assert max(ImageStat.Stat(difference).mean) < 4  # out of 255: the same picture, anti-aliasing aside


def test_the_description_is_text_under_the_title_unless_left_out():
    journey = grid_map(2, 2, title="Carte")
    journey.map.description = "Atelier du 14 mars avec les équipes agences"

    def texts(data: bytes) -> list[str]:
        return [e.text for e in ET.fromstring(data).iter(f"{SVG}text")]

    with_it = render_svg(journey, SvgOptions(embed_font=False))
    without = render_svg(journey, SvgOptions(show_description=False, embed_font=False))
    assert journey.map.description in texts(with_it) and journey.map.description not in texts(without)
    assert float(ET.fromstring(with_it).get("height")) > float(ET.fromstring(without).get("height"))
