"""The PNG as a reader gets it: size, DPI, pixels, transparency, the map inside it."""

import io
import struct
import zlib

import pytest
from PIL import Image

from journey_studio.export.errors import ExportError
from journey_studio.export.png_export import MARGIN, PngOptions, export_png, png_geometry
from journey_studio.fileformat import JourneyFileError, dumps
from journey_studio.fileformat.png_reader import EMBED_KEY
from journey_studio.fileformat.readers import read_any
from journey_studio.render import style
from sample_maps import grid_map


@pytest.fixture
def journey():
    j = grid_map(3, 2, title="Parcours « été »")
    j.map.cards[0].color = "#ff0000"
    return j


def test_size_follows_the_dpi(tmp_path, journey):
    sizes = {}
    for dpi in (96, 192, 300):
        result = export_png(journey, str(tmp_path / f"{dpi}.png"), PngOptions(dpi=dpi))
        with Image.open(tmp_path / f"{dpi}.png") as image:
            assert image.size == (result.width, result.height)
            assert image.info["dpi"] == pytest.approx((dpi, dpi), abs=0.05)  # PNG stores pixels per metre
            assert image.info["Title"] == "Parcours « été »"
            sizes[dpi] = image.size
    assert sizes[192][0] == pytest.approx(2 * sizes[96][0], abs=1)
    assert sizes[300][1] == pytest.approx(300 / 96 * sizes[96][1], abs=1)


def test_a_pixel_width_decides_the_scale(tmp_path, journey):
    result = export_png(journey, str(tmp_path / "w.png"), PngOptions(width=1000))
    assert result.width == 1000
    with Image.open(tmp_path / "w.png") as image:
        assert image.width == 1000


def test_a_card_is_drawn_in_its_colour_where_the_layout_puts_it(tmp_path, journey):
    options = PngOptions(dpi=192)
    geometry = png_geometry(journey, options)
    export_png(journey, str(tmp_path / "m.png"), options)
    with Image.open(tmp_path / "m.png") as image:
        for card in geometry.layout.cards:
            # inside the card, left of the text (in the padding)
            x, y = geometry.to_pixel(card.rect.x + 4, card.rect.y + card.rect.h / 2)
            expected = style.rgba(journey.map.find_card(card.card_id).color or style.lane_colors("actions").card)[:3]
            actual = image.getpixel((round(x), round(y)))[:3]
            assert all(abs(a - e) <= 3 for a, e in zip(actual, expected)), (card.card_id, actual, expected)
        assert image.getpixel((2, 2)) == (255, 255, 255)


def test_transparent_background(tmp_path, journey):
    export_png(journey, str(tmp_path / "t.png"), PngOptions(dpi=96, transparent=True))
    with Image.open(tmp_path / "t.png") as image:
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0
        card = png_geometry(journey, PngOptions(dpi=96)).layout.cards[0].rect
        assert image.getpixel((round(card.x + MARGIN + 4), round(card.y + MARGIN + 20)))[3] == 255


def test_an_exported_png_opens_as_the_same_map(tmp_path, examples):
    for name, original in examples.items():
        target = tmp_path / f"{name}.png"
        export_png(original, str(target), PngOptions(dpi=96))
        assert read_any(target) == original, name


def test_without_the_embedded_map_the_png_is_refused_clearly(tmp_path, journey):
    export_png(journey, str(tmp_path / "plain.png"), PngOptions(dpi=96, embed=False))
    with pytest.raises(JourneyFileError, match="holds no Journey Studio map"):
        read_any(tmp_path / "plain.png")
    Image.new("RGB", (4, 4)).save(tmp_path / "other.png")
    with pytest.raises(JourneyFileError, match="holds no Journey Studio map"):
        read_any(tmp_path / "other.png")


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


SIG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("raw, message", [
    (b"GIF89a....", "not a PNG image"),
    (SIG + b"\x00\x00", "truncated"),
    (SIG + struct.pack(">I", 0x7FFFFFFF) + b"iTXt", "too large"),
    (SIG + _chunk(b"iTXt", EMBED_KEY.encode() + b"\0\0\0\0\0{}")[:-1] + b"\0", "checksum"),
    (SIG + _chunk(b"iTXt", EMBED_KEY.encode() + b"\0\1\0\0\0not zlib"), "does not decompress"),
    (SIG + _chunk(b"iTXt", EMBED_KEY.encode() + b"\0\0\0\0\0{\"format\": 3}"), "not a Journey Studio file"),
])
def test_hostile_pngs_give_one_line_errors(tmp_path, raw, message):
    target = tmp_path / "bad.png"
    target.write_bytes(raw)
    with pytest.raises(JourneyFileError, match=message) as info:
        read_any(target)
    assert "\n" not in str(info.value) and str(target) in str(info.value)


def test_a_decompression_bomb_stops_at_the_size_limit(tmp_path, monkeypatch):
    from journey_studio.fileformat import png_reader

    monkeypatch.setattr(png_reader, "MAX_FILE_BYTES", 1_000_000)
    bomb = EMBED_KEY.encode() + b"\0\1\0\0\0" + zlib.compress(b" " * 50_000_000, 9)
    (tmp_path / "bomb.png").write_bytes(SIG + _chunk(b"iTXt", bomb))
    with pytest.raises(JourneyFileError, match="larger than"):
        read_any(tmp_path / "bomb.png")


def test_the_map_is_read_without_decoding_pixels(tmp_path, journey):
    # a PNG whose image data is garbage but whose map chunk is fine still opens
    text = dumps(journey)
    itxt = EMBED_KEY.encode() + b"\0\1\0\0\0" + zlib.compress(text)
    raw = SIG + _chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 2, 0, 0, 0)) + \
        _chunk(b"IDAT", b"garbage" * 1000) + _chunk(b"iTXt", itxt) + _chunk(b"IEND", b"")
    (tmp_path / "odd.png").write_bytes(raw)
    assert read_any(tmp_path / "odd.png") == journey


def test_a_huge_image_is_refused_before_allocating(journey):
    big = grid_map(30, 6)
    with pytest.raises(ExportError, match=r"megapixels.*choose at most \d+ DPI"):
        png_geometry(big, PngOptions(dpi=600))
    with pytest.raises(ExportError, match="between 96 and 600"):
        png_geometry(journey, PngOptions(dpi=1200))


def test_the_file_is_a_real_png_with_the_title(tmp_path, journey):
    export_png(journey, str(tmp_path / "x.png"), PngOptions(dpi=96))
    with Image.open(io.BytesIO((tmp_path / "x.png").read_bytes())) as image:
        image.load()
        assert image.format == "PNG"
        assert image.text["Software"].startswith("Journey Studio")


def test_a_resolution_too_high_for_the_maps_width_is_refused_before_the_layout(monkeypatch):
    import journey_studio.export.png_export as png_export

    def no_layout(*_args, **_kwargs):
        raise AssertionError("laid out before refusing")

    monkeypatch.setattr(png_export, "layout_map", no_layout)
    with pytest.raises(ExportError, match="megapixels"):
        png_geometry(grid_map(200, 2), PngOptions(dpi=600))


def test_fitting_the_limits_lowers_the_resolution_and_says_from_what(tmp_path, monkeypatch):
    import journey_studio.export.png_export as png_export

    monkeypatch.setattr(png_export, "MAX_PIXELS", 3_000_000)  # the rule, on a map small enough to test
    big = grid_map(12, 6)
    with pytest.raises(ExportError):
        png_geometry(big, PngOptions(dpi=192))
    result = export_png(big, str(tmp_path / "big.png"), PngOptions(dpi=192, fit_limits=True, embed=False))
    assert result.lowered_from == 192
    assert result.dpi < 192
    assert result.width * result.height <= 3_000_000
    with Image.open(tmp_path / "big.png") as image:
        assert image.size == (result.width, result.height)


def test_a_small_map_keeps_the_resolution_asked_for_when_fitting(journey):
    geometry = png_geometry(journey, PngOptions(dpi=192, fit_limits=True))
    assert geometry.dpi == 192 and geometry.lowered_from is None


def test_the_advice_for_a_map_too_large_even_at_the_lowest_dpi_is_a_width_the_command_accepts():
    big = grid_map(400, 2)  # 88,000+ units wide: even 96 DPI passes 32,000 pixels a side
    with pytest.raises(ExportError) as caught:
        png_geometry(big, PngOptions(dpi=96))
    message = str(caught.value)
    assert "DPI" not in message.split(":")[-1]
    assert "--width" in message


def test_the_description_is_drawn_under_the_title_and_makes_the_image_taller(tmp_path, journey):
    from journey_studio.render.style import METRICS
    from journey_studio.render.title_block import description_lines

    journey.map.description = "Atelier du 14 mars avec les équipes agences et relation client."
    with_it = png_geometry(journey, PngOptions(dpi=96))
    without = png_geometry(journey, PngOptions(dpi=96, show_description=False))
    assert " ".join(description_lines(with_it.layout.title, METRICS)) == journey.map.description
    assert description_lines(without.layout.title, METRICS) == []
    result = export_png(journey, str(tmp_path / "m.png"), PngOptions(dpi=96))
    assert (result.width, result.height) == (with_it.width, with_it.height)
    assert result.height > without.height and result.width == without.width
    with Image.open(tmp_path / "m.png") as image:
        line = with_it.layout.title.shapes[1]  # the description's first line: ink where the layout put it
        x0, y0 = with_it.to_pixel(line.x, line.y - line.font.size * 0.7)
        x1, y1 = with_it.to_pixel(line.x + 200, line.y)
        assert (image.convert("L").crop((int(x0), int(y0), int(x1), int(y1))).getextrema()[0]) < 160
