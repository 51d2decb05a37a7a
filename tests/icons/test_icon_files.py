"""Every icon file is a safe, self-contained SVG that draws something, and none is missing."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from support import ROOT
from journey_studio.model.kinds import Channel, LaneKind

ICONS = ROOT / "icons"
SVG_FILES = sorted(ICONS.rglob("*.svg"))
SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

ACTIONS = ["new", "open", "save", "save-as", "undo", "redo", "cut", "copy", "paste", "delete",
           "duplicate", "zoom-in", "zoom-out", "zoom-fit", "zoom-100", "add-stage", "add-step",
           "add-lane", "add-card", "export-png", "export-pdf", "import", "present", "vote",
           "persona", "settings", "recover", "more", "timer"]


def _id(path: Path) -> str:
    return path.relative_to(ICONS).as_posix()


def test_the_icon_folder_holds_the_whole_set():
    assert len(SVG_FILES) == len(Channel) + len(LaneKind) + len(ACTIONS) + 1


@pytest.mark.parametrize("channel", list(Channel), ids=str)
def test_every_channel_has_an_icon(channel):
    assert (ICONS / "channels" / f"{channel.value}.svg").is_file()


@pytest.mark.parametrize("kind", list(LaneKind), ids=str)
def test_every_lane_kind_has_an_icon(kind):
    assert (ICONS / "lanes" / f"{kind.value}.svg").is_file()


@pytest.mark.parametrize("name", ACTIONS)
def test_every_toolbar_action_has_an_icon(name):
    assert (ICONS / "actions" / f"{name}.svg").is_file()


def test_no_stray_icon_without_a_channel_or_lane_kind():
    assert {p.stem for p in (ICONS / "channels").glob("*.svg")} == {c.value for c in Channel}
    assert {p.stem for p in (ICONS / "lanes").glob("*.svg")} == {k.value for k in LaneKind}
    assert {p.stem for p in (ICONS / "actions").glob("*.svg")} == set(ACTIONS)


@pytest.mark.parametrize("path", SVG_FILES, ids=_id)
def test_svg_is_safe_and_self_contained(path):
    root = ET.parse(path).getroot()
    assert root.tag == SVG_NS + "svg"
    assert re.fullmatch(r"0 0 \d+ \d+", root.get("viewBox", "")), "needs a viewBox"
    for element in root.iter():
        tag = element.tag.removeprefix(SVG_NS)
        assert tag not in {"script", "text", "tspan", "textPath", "foreignObject", "image",
                           "use"}, f"<{tag}> is not allowed in an icon"
        for name, value in element.attrib.items():
            assert not name.startswith("on"), f"event handler {name}"
            if name in ("href", XLINK_HREF):
                assert value.startswith("#"), f"external reference {value}"
            assert not re.search(r"url\((?!#)", value), f"external url() in {name}"
            assert "http:" not in value and "https:" not in value and "file:" not in value


@pytest.mark.parametrize("path", sorted((ICONS / "channels").glob("*.svg"))
                         + sorted((ICONS / "lanes").glob("*.svg"))
                         + sorted((ICONS / "actions").glob("*.svg")), ids=_id)
def test_line_icons_share_one_style(path):
    root = ET.parse(path).getroot()
    assert root.get("viewBox") == "0 0 24 24"
    colours = set(re.findall(r"#[0-9a-fA-F]{3,6}", path.read_text(encoding="utf-8")))
    assert colours == {"#33414d"}, "one ink colour"


def _drawn_pixels(path: Path, size: int) -> int:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return sum(1 for y in range(size) for x in range(size) if image.pixelColor(x, y).alpha() > 128)


@pytest.mark.parametrize("path", SVG_FILES, ids=_id)
def test_icon_renders_to_a_visible_drawing(qapp, path):
    drawn = _drawn_pixels(path, 48)
    assert drawn > 48 * 48 * 0.04, "almost nothing drawn"
    assert drawn < 48 * 48 * 0.9 or path.parent.name == "app", "a line icon is not a solid block"
