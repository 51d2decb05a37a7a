"""The zoom each map was last looked at, remembered per file (like a PDF reader's zoom)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

GROUP = "mapZoom"
KEPT = 200  # remembered maps; the oldest are forgotten


def _key(path: str) -> str:
    return hashlib.sha1(str(Path(path).resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:20]


def remembered(path: str | None) -> float | None:
    if not path:
        return None
    value = QSettings().value(f"{GROUP}/{_key(path)}")
    try:
        zoom = float(value)
    except (TypeError, ValueError):
        return None
    return zoom if 0.01 <= zoom <= 20 else None


def remember(path: str | None, zoom: float) -> None:
    if not path:
        return
    settings = QSettings()
    settings.beginGroup(GROUP)
    keys = settings.childKeys()
    if len(keys) >= KEPT:
        for old in keys[: len(keys) - KEPT + 1]:
            settings.remove(old)
    settings.setValue(_key(path), round(zoom, 4))
    settings.endGroup()
