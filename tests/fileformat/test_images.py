"""Image checks: PNG and JPEG only, judged by content; bombs refused before decoding."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from hostile_cases import image_bytes, png_header_only
from journey_studio.fileformat import JourneyFileError
from journey_studio.fileformat.images import PHOTO_MAX_SIDE, check_image, prepare_photo


def test_png_and_jpeg_pass_with_their_size():
    assert check_image(image_bytes("PNG", (30, 20)), "image/png").width == 30
    assert check_image(image_bytes("JPEG", (30, 20)), "image/jpeg").height == 20


@pytest.mark.parametrize("raw, message", [
    (b"", "the image is empty"),
    (b"just some text, renamed photo.png", "the data is not a PNG or JPEG image"),
    (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script/></svg>',
     "the image is an SVG drawing; only PNG and JPEG images are allowed"),
    (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "SVG drawing"),
    (image_bytes("GIF"), "the image is a GIF image; only PNG and JPEG images are allowed"),
    (image_bytes("BMP"), "the image is a BMP image"),
    (png_header_only(20000, 20000), "the image declares 20000x20000 pixels; the limit is 40,000,000 pixels"),
    (png_header_only(7000, 6000), "the image declares 7000x6000 pixels"),
    (image_bytes("PNG", (200, 100))[:-30], "the image data is truncated (PNG, 200x100)"),
])
def test_refused_by_content(raw, message):
    with pytest.raises(JourneyFileError) as caught:
        check_image(raw)
    assert message in caught.value.reason


def test_truncated_jpeg_scan_is_refused():
    noisy = Image.effect_noise((400, 300), 80).convert("RGB")
    out = io.BytesIO()
    noisy.save(out, "JPEG", quality=90)
    raw = out.getvalue()
    with pytest.raises(JourneyFileError, match="the image data is truncated|damaged"):
        check_image(raw[: len(raw) * 2 // 3])


def test_declared_type_must_match_the_content():
    with pytest.raises(JourneyFileError, match="the data is a JPEG image but is declared as image/png"):
        check_image(image_bytes("JPEG"), "image/png")


def test_bomb_is_refused_without_allocating_pixels():
    import tracemalloc

    tracemalloc.start()
    with pytest.raises(JourneyFileError):
        check_image(png_header_only(20000, 20000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5 * 1024 * 1024


def test_photo_is_shrunk_upright_and_stripped():
    image = Image.new("RGB", (3000, 1500), "#884422")
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "SpyCam"  # Make
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    asset = prepare_photo(out.getvalue())
    assert asset.mime_type == "image/jpeg"
    result = Image.open(io.BytesIO(asset.raw_bytes()))
    assert result.size == (512, PHOTO_MAX_SIDE)  # turned upright, long side 1024
    assert not result.getexif()
    assert "exif" not in result.info


def test_photo_with_transparency_stays_png():
    asset = prepare_photo(image_bytes("PNG", (64, 64), mode="RGBA"))
    assert asset.mime_type == "image/png"
    assert Image.open(io.BytesIO(asset.raw_bytes())).mode == "RGBA"


def test_small_photo_is_not_enlarged():
    asset = prepare_photo(image_bytes("PNG", (40, 30)))
    assert asset.mime_type == "image/jpeg"
    assert Image.open(io.BytesIO(asset.raw_bytes())).size == (40, 30)


@pytest.mark.parametrize("raw", [png_header_only(20000, 20000), b"<svg/>", b"GIF89a"])
def test_photo_refuses_what_the_loader_refuses(raw):
    with pytest.raises(JourneyFileError):
        prepare_photo(raw)
