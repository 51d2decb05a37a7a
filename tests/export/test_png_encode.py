"""The PNG writer of the export (standard library only): what it writes, read back by Pillow."""

from __future__ import annotations

import io
import zlib

import pytest
from PIL import Image

from journey_studio.export.png_encode import encode_png, itxt_chunk, text_chunk


def _pixels(width: int, height: int, channels: int, stride: int) -> bytes:
    """Rows of varied bytes, each followed by padding that must never reach the image."""
    rows = []
    for y in range(height):
        row = bytes((x * 7 + y * 13 + (x * y) % 5) % 256 for x in range(width * channels))
        rows.append(row + b"\xee" * (stride - len(row)))
    return b"".join(rows)


@pytest.mark.parametrize("channels, mode", [(3, "RGB"), (4, "RGBA")])
def test_pixels_dpi_and_text_come_back_as_written(channels, mode):
    width, height, stride = 37, 23, 37 * channels + 5  # padded rows, as a QImage's can be
    raw = _pixels(width, height, channels, stride)
    data = encode_png(raw, width, height, stride, channels, dpi=192,
                      texts=[itxt_chunk("Title", "Parcours « client » ✓"), text_chunk("Software", "JS 1"),
                             itxt_chunk("journey-studio", '{"map": "é"}', compressed=True)])
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.mode == mode and image.size == (width, height)
    expected = b"".join(raw[y * stride:y * stride + width * channels] for y in range(height))
    assert image.tobytes() == expected
    assert image.info["dpi"] == pytest.approx((192, 192), abs=0.01)
    assert image.text["Title"] == "Parcours « client » ✓"
    assert image.text["Software"] == "JS 1"
    assert image.text["journey-studio"] == '{"map": "é"}'


def test_a_large_image_is_split_into_several_idat_chunks_and_stays_whole():
    width, height = 1500, 400  # 1.8 MB of rows: more than one batch and one IDAT chunk
    raw = (bytes(range(256)) * (width * 3 * height // 256 + 1))[:width * 3 * height]
    data = encode_png(raw, width, height, width * 3, 3, dpi=96, level=0)  # level 0: the size stays large
    assert data.count(b"IDAT") >= 2
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.tobytes() == raw


def test_every_chunk_carries_a_correct_checksum():
    data = encode_png(bytes(4 * 3 * 2), 4, 2, 12, 3, dpi=96, texts=[itxt_chunk("Title", "x")])
    at, kinds = 8, []
    while at < len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        assert zlib.crc32(kind + body) == int.from_bytes(data[at + 8 + length:at + 12 + length], "big")
        kinds.append(kind)
        at += 12 + length
    assert kinds == [b"IHDR", b"pHYs", b"iTXt", b"IDAT", b"IEND"]


@pytest.mark.parametrize("args", [(b"", 0, 1, 3, 3), (bytes(10), 4, 1, 12, 3), (bytes(12), 4, 1, 12, 2)])
def test_impossible_images_are_refused(args):
    with pytest.raises(ValueError):
        encode_png(*args, dpi=96)


def _idat(data: bytes) -> bytes:
    at, found = 8, []
    while at < len(data):
        length = int.from_bytes(data[at:at + 4], "big")
        if data[at + 4:at + 8] == b"IDAT":
            found.append(data[at + 8:at + 8 + length])
        at += 12 + length
    return b"".join(found)


def test_a_large_image_deflated_in_two_halves_is_one_valid_stream_with_its_checksum():
    width, height = 1200, 1300  # 4.7 MB of rows: deflated in two threads, joined
    row = (bytes(range(256)) * 15)[:width * 3]
    raw = b"".join(row[y % 7:] + row[:y % 7] for y in range(height))
    data = encode_png(raw, width, height, width * 3, 3, dpi=96)
    inflated = zlib.decompress(_idat(data))  # checks the combined Adler-32 too
    assert inflated == b"".join(b"\0" + raw[y * width * 3:(y + 1) * width * 3] for y in range(height))
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.tobytes() == raw
