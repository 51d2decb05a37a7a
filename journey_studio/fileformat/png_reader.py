"""Open a PNG exported by Journey Studio: the map travels inside it as an iTXt chunk.

Only the PNG chunk list is walked (standard library, no pixel decoding, image data is
skipped with a seek), so a huge or hostile image costs nothing: every chunk and the
decompressed map are capped at the ``.journey`` size limit before anything is read.
"""

from __future__ import annotations

import os
import struct
import zlib

from ..model import Journey
from .errors import JourneyFileError, read_error
from .journey_json import MAX_FILE_BYTES, loads

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: the iTXt keyword that holds the canonical ``.journey`` text
EMBED_KEY = "journey-studio"
MAX_CHUNKS = 100_000
_STEP = 1024 * 1024


def load_png(path: str | os.PathLike[str]) -> Journey:
    name = str(path)
    try:
        with open(path, "rb") as stream:
            text = _embedded_text(stream)
    except JourneyFileError as exc:
        raise exc.with_file(name) from None
    except OSError as exc:
        raise read_error(exc, name) from None
    if text is None:
        raise JourneyFileError("this PNG holds no Journey Studio map (only PNGs exported by Journey Studio "
                               "with the map embedded can be opened)", file=name)
    return loads(text, file=name)


def _embedded_text(stream) -> bytes | None:
    if stream.read(8) != SIGNATURE:
        raise JourneyFileError("not a PNG image")
    for _ in range(MAX_CHUNKS):
        header = stream.read(8)
        if len(header) < 8:
            raise JourneyFileError("the PNG is truncated")
        length, kind = struct.unpack(">I4s", header)
        if kind == b"IEND":
            return None
        if kind != b"iTXt":
            stream.seek(length + 4, os.SEEK_CUR)  # data and CRC, unread
            continue
        if length > MAX_FILE_BYTES:
            raise JourneyFileError("a text chunk of the PNG is too large")
        data = stream.read(length)
        crc = stream.read(4)
        if len(data) < length or len(crc) < 4:
            raise JourneyFileError("the PNG is truncated")
        if zlib.crc32(kind + data) != struct.unpack(">I", crc)[0]:
            raise JourneyFileError("the PNG is damaged (a text chunk fails its checksum)")
        text = _itxt_value(data)
        if text is not None:
            return text
    raise JourneyFileError("the PNG has too many chunks")


def _itxt_value(data: bytes) -> bytes | None:
    """The text of an iTXt chunk whose keyword is ``EMBED_KEY``; None for other keywords."""
    key, sep, rest = data.partition(b"\0")
    if key != EMBED_KEY.encode("latin-1") or not sep or len(rest) < 2:
        return None
    compressed, method, rest = rest[0], rest[1], rest[2:]
    _language, _, rest = rest.partition(b"\0")
    _translated, _, text = rest.partition(b"\0")
    if not compressed:
        return text
    if method != 0:
        raise JourneyFileError("the embedded map uses an unknown compression")
    return _inflate(text, MAX_FILE_BYTES)


def _inflate(data: bytes, cap: int) -> bytes:
    """Decompress piece by piece, stopping as soon as the output passes ``cap``."""
    inflater = zlib.decompressobj()
    pieces: list[bytes] = []
    size = 0
    pending = data
    try:
        while pending:
            piece = inflater.decompress(pending, _STEP)
            size += len(piece)
            if size > cap:
                raise JourneyFileError(f"the embedded map is larger than {cap // 1024 // 1024} MB")
            pieces.append(piece)
            pending = inflater.unconsumed_tail
            if inflater.eof:
                break
    except zlib.error:
        raise JourneyFileError("the embedded map is damaged (it does not decompress)") from None
    return b"".join(pieces)
