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


def _pixels(image: QImage) -> bytes:
    return bytes(image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied).constBits())


def _alike(a: QImage, b: QImage) -> bool:
    """The same drawing: premultiplied pixels within 2 of each other (a QPixmap may round)."""
    pa, pb = _pixels(a), _pixels(b)
    return len(pa) == len(pb) and max(abs(x - y) for x, y in zip(pa, pb)) <= 2


def _check_drawn(icon, parts: tuple[str, str], size: int = 32) -> QImage:
    """The icon at ``size`` is the SVG file ``parts`` drawn in the ink colour: the same pixels
    as rendering that file, and enough of them inked to be seen."""
    image = icon.pixmap(QSize(size, size)).toImage()
    assert image.size() == QSize(size, size)
    assert _alike(image, icons.render_svg_to_image(parts, size))
    assert _alpha_pixels(image) > size * size // 20, "hardly anything drawn"
    inked = [(x, y) for y in range(size) for x in range(size) if image.pixelColor(x, y).name() == icons.INK
             and image.pixelColor(x, y).alpha() == 255]
    assert len(inked) > size, "not drawn in the ink colour"
    return image


@pytest.mark.parametrize("channel", list(Channel), ids=str)
def test_channel_icon(qapp, channel):
    icon = icons.channel_icon(channel)
    _check_drawn(icon, ("channels", f"{channel.value}.svg"))
    assert icons.channel_icon(channel.value) is icon  # cached, enum or plain value


@pytest.mark.parametrize("kind", list(LaneKind), ids=str)
def test_lane_icon(qapp, kind):
    _check_drawn(icons.lane_icon(kind), ("lanes", f"{kind.value}.svg"))


def test_every_lane_kind_and_channel_has_its_own_drawing(qapp):
    drawings = [_pixels(icons.lane_icon(kind).pixmap(QSize(24, 24)).toImage()) for kind in LaneKind]
    drawings += [_pixels(icons.channel_icon(channel).pixmap(QSize(24, 24)).toImage()) for channel in Channel]
    assert len(set(drawings)) == len(drawings)


@pytest.mark.parametrize("name", ["save", "undo", "zoom-fit", "add-card", "present", "recover"])
def test_action_icon(qapp, name):
    _check_drawn(icons.action_icon(name), ("actions", f"{name}.svg"))


def test_a_recoloured_icon_is_drawn_in_that_colour(qapp):
    image = icons.action_icon("save", color="#ffffff").pixmap(QSize(32, 32)).toImage()
    opaque = [image.pixelColor(x, y) for y in range(32) for x in range(32) if image.pixelColor(x, y).alpha() == 255]
    assert opaque and all(c.name() == "#ffffff" for c in opaque)


def test_app_icon_offers_several_sizes_of_the_same_drawing(qapp):
    icon = icons.app_icon()
    assert {QSize(16, 16), QSize(256, 256)} <= set(icon.availableSizes())
    for size in (16, 256):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert _alike(image, icons.render_svg_to_image(icons.APP_ICON_SVG, size))
        assert _alpha_pixels(image) > size * size // 4  # the app icon fills its square


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
