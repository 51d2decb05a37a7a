"""Images inside a map: only real PNG or JPEG, of a sane size, decoded fully before use.

Every asset of a file goes through :func:`check_image` when the file is opened, so an
e-mailed map can carry neither a disguised file (SVG, GIF, text renamed ``.png``), nor a
decompression bomb (a small file whose header declares 20000x20000 pixels), nor a
truncated image that would crash a painter later. Persona photos chosen by the user go
through :func:`prepare_photo`, which also shrinks them and drops their metadata.
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from typing import TYPE_CHECKING

from ..model import Asset, limits
from .errors import JourneyFileError

if TYPE_CHECKING:
    from PIL import Image as PILImage


PHOTO_MAX_SIDE = 1024
JPEG_QUALITY = 88

_MIME_OF_FORMAT = {"PNG": "image/png", "JPEG": "image/jpeg"}

#: Signatures of formats people try to pass off as images, to name them in the message.
_OTHER_FORMATS = [
    (b"GIF8", "a GIF image"),
    (b"BM", "a BMP image"),
    (b"RIFF", "a WebP or other RIFF file"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
]


def _pillow():
    """Pillow's ``Image`` module, imported when a map first has an image to check (most maps,
    and a Mermaid or CSV import, have none: ~40 ms less at start-up), with its own bomb guard
    set to the project's limit (it errors at twice this value)."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = limits.IMAGE_PIXELS_MAX
    return Image


@dataclass(frozen=True)
class ImageInfo:
    mime_type: str
    width: int
    height: int


def check_image(raw: bytes, mime_type: str | None = None) -> ImageInfo:
    """Refuse anything but a complete PNG or JPEG of at most ``IMAGE_PIXELS_MAX`` pixels.

    ``mime_type``, when given, must match what the bytes really are. The header's
    dimensions are checked before any pixel is decoded; then the image is decoded in
    full so that truncated or corrupt data is found now, not while painting.
    """
    with _opened(raw) as image:
        info = ImageInfo(_MIME_OF_FORMAT[image.format], *image.size)
        if mime_type is not None and mime_type != info.mime_type:
            raise JourneyFileError(f"the data is a {image.format} image but is declared as {mime_type}")
        _decode(image)
    return info


def prepare_photo(raw: bytes) -> Asset:
    """Turn a photo the user picked into a small, clean asset for a persona.

    Same checks as :func:`check_image`; then the EXIF orientation is applied, the photo is
    scaled down to at most ``PHOTO_MAX_SIDE`` pixels on its long side and re-encoded (PNG
    when it has transparency, else JPEG), which drops EXIF, GPS and other metadata.
    """
    from PIL import ImageOps

    pil = _pillow()
    with _opened(raw) as image:
        _decode(image)
        upright = ImageOps.exif_transpose(image)
        has_alpha = upright.mode in {"RGBA", "LA", "PA"} or (
            upright.mode == "P" and "transparency" in upright.info
        )
        upright = upright.convert("RGBA" if has_alpha else "RGB")
        upright.thumbnail((PHOTO_MAX_SIDE, PHOTO_MAX_SIDE), pil.Resampling.LANCZOS)
        out = io.BytesIO()
        if has_alpha:
            upright.save(out, format="PNG", optimize=True)
            return Asset.from_bytes("image/png", out.getvalue())
        upright.save(out, format="JPEG", quality=JPEG_QUALITY, optimize=True)
        return Asset.from_bytes("image/jpeg", out.getvalue())


@contextmanager
def _opened(raw: bytes) -> Iterator[PILImage.Image]:
    """Open PNG/JPEG only, with the header's size checked and bomb warnings as errors."""
    from PIL import UnidentifiedImageError

    pil = _pillow()
    if not raw:
        raise JourneyFileError("the image is empty")
    with warnings.catch_warnings():
        warnings.simplefilter("error", pil.DecompressionBombWarning)
        try:
            image = pil.open(io.BytesIO(raw), formats=list(_MIME_OF_FORMAT))
        except (UnidentifiedImageError, pil.DecompressionBombWarning, pil.DecompressionBombError):
            _refuse_unknown_or_bomb(raw)
        except Exception:  # Pillow raises many types on hostile headers
            raise JourneyFileError("the image header is damaged") from None
        with image:
            width, height = image.size
            if width <= 0 or height <= 0 or width * height > limits.IMAGE_PIXELS_MAX:
                raise JourneyFileError(_too_large(width, height))
            yield image


def _decode(image: PILImage.Image) -> None:
    pil = _pillow()
    try:
        image.load()
    except (pil.DecompressionBombWarning, pil.DecompressionBombError):
        raise JourneyFileError(_too_large(*image.size)) from None
    except MemoryError:
        raise JourneyFileError("the image is too large to decode") from None
    except Exception as exc:  # OSError "image file is truncated", SyntaxError, zlib errors...
        detail = "truncated" if "truncated" in str(exc) else "damaged"
        raise JourneyFileError(f"the image data is {detail} ({image.format}, {image.size[0]}x{image.size[1]})") from None


def _too_large(width: int, height: int) -> str:
    return (f"the image declares {width}x{height} pixels; "
            f"the limit is {limits.IMAGE_PIXELS_MAX:,} pixels")


def _refuse_unknown_or_bomb(raw: bytes) -> None:
    """Name what the bytes are when they are not a PNG or JPEG, or refuse a bomb."""
    size = _declared_size(raw)
    if size and size[0] * size[1] > limits.IMAGE_PIXELS_MAX:
        raise JourneyFileError(_too_large(*size))
    head = raw[:512].lstrip()
    if head[:5].lower() in {b"<?xml", b"<svg "} or b"<svg" in head.lower():
        raise JourneyFileError("the image is an SVG drawing; only PNG and JPEG images are allowed")
    for magic, name in _OTHER_FORMATS:
        if raw.startswith(magic):
            raise JourneyFileError(f"the image is {name}; only PNG and JPEG images are allowed")
    raise JourneyFileError("the data is not a PNG or JPEG image")


def _declared_size(raw: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG header, read by hand (Pillow refused to open it)."""
    if raw.startswith(b"\x89PNG\r\n\x1a\n") and raw[12:16] == b"IHDR" and len(raw) >= 24:
        return int.from_bytes(raw[16:20], "big"), int.from_bytes(raw[20:24], "big")
    return None
