"""An image carried inside the file (base64), so an e-mailed map has nothing missing."""

from __future__ import annotations

import base64
import binascii
from typing import Literal

from pydantic import field_validator

from . import limits
from .base import JourneyModel

MimeType = Literal["image/png", "image/jpeg"]

_MAGIC = {
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
}


class Asset(JourneyModel):
    mime_type: MimeType
    data: str

    @field_validator("data")
    @classmethod
    def _base64_image(cls, value: str, info) -> str:
        if len(value) > limits.ASSET_BYTES_MAX * 4 // 3 + 4:
            raise ValueError(f"image larger than {limits.ASSET_BYTES_MAX // (1024 * 1024)} MB")
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("data is not valid base64") from None
        mime = info.data.get("mime_type")
        magic = _MAGIC.get(mime) if mime else None
        if magic and not raw.startswith(magic):
            raise ValueError(f"data is not a {mime.split('/')[1].upper()} image")
        return value

    def raw_bytes(self) -> bytes:
        return base64.b64decode(self.data)

    @classmethod
    def from_bytes(cls, mime_type: MimeType, raw: bytes) -> "Asset":
        return cls(mime_type=mime_type, data=base64.b64encode(raw).decode("ascii"))
