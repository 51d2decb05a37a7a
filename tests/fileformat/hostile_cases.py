"""Builders of hostile and broken ``.journey`` files, shared by the hostile-file tests."""

from __future__ import annotations

import base64
import copy
import io
import json
import struct
import zlib

from PIL import Image

from support import EXAMPLES

BASE_TEXT = EXAMPLES[0].read_bytes()
BASE = json.loads(BASE_TEXT)


def encode(data: dict) -> bytes:
    return json.dumps(data, indent=1).encode("utf-8")


def with_map(change) -> bytes:
    data = copy.deepcopy(BASE)
    change(data["map"])
    return encode(data)


def with_asset(mime: str, raw: bytes, *, photo: bool = True) -> bytes:
    data = copy.deepcopy(BASE)
    data["assets"] = {**data["assets"], "photo-1": {"mimeType": mime, "data": base64.b64encode(raw).decode("ascii")}}
    if photo:
        data["map"]["personas"][0]["photo"] = "photo-1"
    return encode(data)


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_header_only(width: int, height: int) -> bytes:
    """A valid PNG signature and header declaring ``width`` x ``height``; no pixels behind it."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
            + _chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + _chunk(b"IEND", b""))


def image_bytes(fmt: str, size=(64, 48), mode="RGB", **save) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, "#3366cc" if mode == "RGB" else (20, 40, 60, 128)).save(out, fmt, **save)
    return out.getvalue()


def first_card(text: str) -> dict:
    data = copy.deepcopy(BASE)
    step = data["map"]["stages"][0]["steps"][0]["id"]
    lane = data["map"]["lanes"][0]["id"]
    data["map"]["cards"] = [{"id": "card-1", "step": step, "lane": lane, "text": text}]
    return data
