"""journey_studio.icons: Qt icons and images from the SVG files, never a crash on a missing one."""

import logging

import pytest
from PIL import Image
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from support import ROOT
from journey_studio import icons
from journey_studio.model.kinds import Channel, LaneKind


def _alpha_pixels(image: QImage) -> int:
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).alpha() > 128)


@pytest.mark.parametrize("channel", list(Channel), ids=str)
def test_channel_icon(qapp, channel):
    icon = icons.channel_icon(channel)
    assert not icon.isNull()
    assert not icon.pixmap(QSize(32, 32)).isNull()
    assert icons.channel_icon(channel.value) is icon  # cached, enum or plain value


@pytest.mark.parametrize("kind", list(LaneKind), ids=str)
def test_lane_icon(qapp, kind):
    assert not icons.lane_icon(kind).isNull()


@pytest.mark.parametrize("name", ["save", "undo", "zoom-fit", "add-card", "present", "recover"])
def test_action_icon(qapp, name):
    assert not icons.action_icon(name).isNull()


def test_app_icon_offers_several_sizes(qapp):
    icon = icons.app_icon()
    assert not icon.isNull()
    assert {QSize(16, 16), QSize(256, 256)} <= set(icon.availableSizes())


def test_missing_icon_is_empty_and_logged_not_an_error(qapp, caplog):
    with caplog.at_level(logging.WARNING, logger="journey_studio.icons"):
        icon = icons.action_icon("no-such-action")
        image = icons.render_svg_to_image(("actions", "no-such-action.svg"), 24)
    assert icon.isNull()
    assert image.size() == QSize(24, 24) and _alpha_pixels(image) == 0
    assert "no-such-action" in caplog.text


def test_invalid_svg_file_is_empty_and_logged(qapp, tmp_path, caplog):
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg this is not xml", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="journey_studio.icons"):
        image = icons.render_svg_to_image(broken, 16)
    assert _alpha_pixels(image) == 0
    assert "not a valid SVG" in caplog.text


def test_svg_bytes_reads_the_file_and_recolours():
    data = icons.svg_bytes(["channels", "email.svg"])
    assert data == (ROOT / "icons" / "channels" / "email.svg").read_bytes()
    white = icons.svg_bytes(("channels", "email.svg"), color="#ffffff")
    assert b"#ffffff" in white and icons.INK.encode() not in white


def test_render_svg_to_image_draws_in_the_asked_size_and_colour(qapp):
    image = icons.render_svg_to_image(("lanes", "painPoints.svg"), 48, color="#ff0000")
    assert image.size() == QSize(48, 48)
    assert _alpha_pixels(image) > 100
    opaque = [image.pixelColor(x, y) for y in range(48) for x in range(48)
              if image.pixelColor(x, y).alpha() == 255]
    assert opaque and all(c.red() > 200 and c.green() < 40 for c in opaque)


def test_render_keeps_the_aspect_ratio_and_centres(qapp):
    image = icons.render_svg_to_image(("lanes", "touchpoints.svg"), QSize(96, 48))
    columns = [x for x in range(96) if any(image.pixelColor(x, y).alpha() for y in range(48))]
    assert columns[0] >= 24 - 1 and columns[-1] <= 72
    assert abs((columns[0] + columns[-1]) / 2 - 47.5) <= 1.5


def test_committed_app_icon_files_match_the_svg(qapp):
    png = Image.open(ROOT / "icons" / "app" / "journey-studio.png")
    assert png.size == (256, 256) and png.mode == "RGBA"
    ico = Image.open(ROOT / "icons" / "app" / "journey-studio.ico")
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    rendered = icons._to_pillow(icons.render_svg_to_image(icons.APP_ICON_SVG, 256))
    difference = sum(abs(a - b) for a, b in zip(png.tobytes(), rendered.tobytes()))
    assert difference / len(png.tobytes()) < 2, "re-run python -m journey_studio.icons"
