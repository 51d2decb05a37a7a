"""``export`` and ``convert`` to PowerPoint and SVG, in-process."""

from __future__ import annotations

import math
import shutil
import xml.etree.ElementTree as ET

import pytest
from pptx import Presentation

from journey_studio.cli import main
from journey_studio.fileformat import dump_to
from sample_maps import grid_map
from support import EXAMPLES


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "m.journey"
    dump_to(grid_map(3, 2, title="Carte"), path)
    return path


def test_export_pptx_with_slides_and_size(tmp_path, map_file, capsys):
    out = tmp_path / "deck.pptx"
    assert main(["export", str(map_file), "-o", str(out), "--slides", "overview", "--size", "4:3"]) == 0
    prs = Presentation(str(out))
    assert len(prs.slides) == 2 and prs.slide_width.pt == pytest.approx(720)
    assert "2 slides" in capsys.readouterr().out


def test_export_svg(tmp_path, map_file, capsys):
    out = tmp_path / "m.svg"
    assert main(["export", str(map_file), "-o", str(out), "--no-title"]) == 0
    texts = [e.text for e in ET.parse(out).getroot().iter("{http://www.w3.org/2000/svg}text")]
    assert "Carte" not in texts and "Card 0.0" in texts
    assert "text as text" in capsys.readouterr().out


def test_export_svg_says_its_size_in_whole_pixels(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    source = shutil.copy(next(p for p in EXAMPLES if p.name == "saas-customer.journey"), tmp_path)
    out = tmp_path / "m.svg"
    assert main(["export", str(source), "-o", str(out)]) == 0
    line = capsys.readouterr().out.strip()
    root = ET.parse(out).getroot()
    sizes = [float(root.get(side)) for side in ("width", "height")]
    assert any(size != int(size) for size in sizes)  # a map whose drawing ends between two pixels
    width, height = (math.ceil(size - 1e-6) for size in sizes)  # as a browser shows it
    assert line.endswith(f": {width:,} × {height:,} px, text as text"), line  # not "1,522.89"


def test_convert_to_pptx(tmp_path, map_file):
    out = tmp_path / "deck.pptx"
    assert main(["convert", str(map_file), "-o", str(out)]) == 0
    assert len(Presentation(str(out)).slides) == 5  # title, overview, three stages


def test_a_wrong_slide_set_is_a_usage_error(tmp_path, map_file, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["export", str(map_file), "-o", str(tmp_path / "d.pptx"), "--slides", "some"])
    assert exit_.value.code == 2


def test_an_unwritable_deck_is_one_line(tmp_path, map_file, capsys):
    out = tmp_path / "missing-folder" / "deck.pptx"
    assert main(["export", str(map_file), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
