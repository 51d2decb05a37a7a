"""The invite's QR code, made by segno (a standard QR encoder), as PNG bytes."""

from __future__ import annotations

import io


def qr_png(url: str, scale: int = 12, border: int = 2) -> bytes:
    """A QR code of ``url``: dark modules on white, ``border`` quiet modules around it."""
    import segno  # imported when an invite is shown, not with every window (~50 ms)

    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=border,
                                                 dark="#111111", light="#ffffff")
    return buffer.getvalue()
