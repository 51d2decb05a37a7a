"""``journey-studio export``, in-process."""

import pytest
from PIL import Image
from pypdf import PdfReader

from journey_studio.cli import main
from journey_studio.fileformat import dump_to
from journey_studio.fileformat.readers import read_any
from journey_studio.render import font_caches, fonts
from sample_maps import grid_map


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "m.journey"
    dump_to(grid_map(3, 2, title="Carte"), path)
    return path


def test_png_with_dpi(tmp_path, map_file, capsys):
    out = tmp_path / "m.png"
    assert main(["export", str(map_file), "-o", str(out), "--dpi", "150", "--transparent"]) == 0
    with Image.open(out) as image:
        assert image.info["dpi"][0] == pytest.approx(150, abs=0.05)
        assert image.getpixel((0, 0))[3] == 0
    assert "150 DPI" in capsys.readouterr().out
    assert read_any(out).map.title == "Carte"


def test_the_printed_size_and_resolution_are_rounded_as_people_write_them(tmp_path, map_file, capsys, monkeypatch):
    import re

    monkeypatch.setenv("LANGUAGE", "en")
    out = tmp_path / "m.png"
    assert main(["export", str(map_file), "-o", str(out), "--width", "600"]) == 0
    line = capsys.readouterr().out.strip()
    with Image.open(out) as image:
        width, height = image.size
        dpi = image.info["dpi"][0]
    shown = re.fullmatch(r".*m\.png: 600 × ([\d,]+) px at (\d+(?:\.\d)?) DPI", line)
    assert shown, line  # whole pixels; below 100 DPI one decimal at most (not 49.9133448873484)
    assert int(shown[1].replace(",", "")) == height and width == 600
    assert dpi < 100 and float(shown[2]) == pytest.approx(dpi, abs=0.051)
    monkeypatch.setenv("LANGUAGE", "fr")
    assert main(["export", str(map_file), "-o", str(out), "--dpi", "250.37"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.endswith(" px à 250 PPP"), line  # from 100 DPI: whole


def test_png_without_the_map(tmp_path, map_file):
    out = tmp_path / "m.png"
    assert main(["export", str(map_file), "-o", str(out), "--width", "800", "--no-embed"]) == 0
    with Image.open(out) as image:
        assert image.width == 800 and "journey-studio" not in image.info


def test_pdf_poster_on_a3_landscape(tmp_path, map_file, capsys):
    out = tmp_path / "m.pdf"
    assert main(["export", str(map_file), "-o", str(out), "--page", "A4", "--landscape", "--poster",
                 "--scale", "2", "--no-persona", "--author", "Léa"]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) > 1 and reader.metadata.author == "Léa"
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)
    assert f"{len(reader.pages)} pages" in capsys.readouterr().out


def test_a_png_export_can_be_exported_again(tmp_path, map_file):
    png = tmp_path / "m.png"
    assert main(["export", str(map_file), "-o", str(png), "--dpi", "96"]) == 0
    assert main(["export", str(png), "-o", str(tmp_path / "again.pdf")]) == 0


@pytest.mark.parametrize("args, message", [
    (["missing.journey", "-o", "x.pdf"], "no such file"),
    (["{map}", "-o", "x.gif"], "must end in .png, .pdf, .svg or .pptx"),
    (["{map}", "-o", "x.png", "--dpi", "2000"], "between 96 and 600"),
    (["{map}", "-o", "/nonexistent-folder/x.pdf"], "folder does not exist"),
])
def test_errors_are_one_line_and_exit_1(tmp_path, map_file, capsys, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    args = [a.replace("{map}", str(map_file)) for a in args]
    assert main(["export", *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_undrawable_characters_are_a_warning_on_stderr(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(fonts, "FONT_DIRS", ())
    monkeypatch.delenv(fonts.FALLBACK_ENV, raising=False)
    font_caches.reset_fallbacks()
    try:
        path = tmp_path / "u.journey"
        dump_to(grid_map(1, 1, text="Licorne 🦄"), path)
        assert main(["export", str(path), "-o", str(tmp_path / "u.pdf")]) == 0
        err = capsys.readouterr().err
        assert err.startswith("warning:") and "U+1F984" in err
    finally:
        monkeypatch.undo()
        font_caches.reset_fallbacks()


def test_the_default_png_of_a_map_too_large_for_192_dpi_is_made_at_a_lower_dpi_and_says_so(
        tmp_path, capsys, monkeypatch):
    import journey_studio.export.png_export as png_export

    monkeypatch.setattr(png_export, "MAX_PIXELS", 3_000_000)  # a small map stands for a huge one
    source = tmp_path / "big.journey"
    dump_to(grid_map(12, 6), source)
    out = tmp_path / "big.png"
    assert main(["export", str(source), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    with Image.open(out) as image:
        assert image.size[0] * image.size[1] <= 3_000_000
        dpi = image.info["dpi"][0]
    assert dpi < 192
    assert "lowered from 192 DPI" in captured.err
    # the same map with the resolution asked for explicitly is refused, not silently changed
    assert main(["export", str(source), "-o", str(tmp_path / "x.png"), "--dpi", "192"]) == 1
    assert "megapixels" in capsys.readouterr().err


def test_png_with_and_without_the_description(tmp_path):
    journey = grid_map(3, 2, title="Carte")
    journey.map.description = "Atelier du 14 mars"
    source = tmp_path / "d.journey"
    dump_to(journey, source)
    heights = {}
    for flag in ([], ["--no-description"]):
        out = tmp_path / f"m{len(flag)}.png"
        assert main(["export", str(source), "-o", str(out), "--dpi", "96", *flag]) == 0
        with Image.open(out) as image:
            heights[bool(flag)] = image.height
    assert heights[False] > heights[True]
