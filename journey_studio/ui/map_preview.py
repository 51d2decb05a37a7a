"""Small pictures of maps for the start screen: the gallery's tiles and the recent maps.

A preview is drawn by the shared layout (the same geometry as the canvas, PNG and PDF), at
the size of the tile: the top-left part of the map (the title, the persona and the first
stages) scaled to fit, which is what tells two maps apart. Pictures are kept in memory and on
disk in the data folder (``previews/``), keyed by the map file's bytes (templates) or its
path, size and time (recent maps), so the start screen opens without laying out maps again.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from .. import __version__
from ..export.png_export import _image_lookup, svg_renderer
from ..fileformat import load
from ..model import Journey
from ..render.layout import LayoutOptions, layout_map
from ..render.painters.qt import paint_shapes
from ..storage.app_dirs import data_dir

TILE = QSize(280, 168)
THUMB = QSize(96, 60)
#: the width of map (in map units) a tile shows: the persona and about three stages
VIEW_WIDTH = 1500.0

_memory: dict[tuple[str, int, int, float], QImage] = {}


def render_preview(journey: Journey, size: QSize = TILE, ratio: float = 1.0) -> QImage:
    """The top-left part of ``journey`` drawn at ``size`` (logical pixels; ``ratio`` device
    pixels each, so the picture is sharp on a high-density screen)."""
    layout = layout_map(journey, LayoutOptions(show_title=True, show_persona=True))
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    view_w = min(VIEW_WIDTH, max(layout.width, 1.0))
    scale = size.width() / view_w
    painter.scale(scale, scale)
    painter.setClipRect(QRectF(0, 0, view_w, size.height() / scale))
    paint_shapes(painter, layout.all_shapes(), images=_image_lookup(journey), icons=svg_renderer)
    painter.end()
    painter = QPainter(image)
    painter.setPen(QPen(QColor("#d5dbe0"), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.end()
    return image


def _cache_file(key: str, size: QSize, ratio: float) -> Path:
    folder = data_dir() / "previews"
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(f"{__version__}|{key}|{size.width()}x{size.height()}@{ratio:g}".encode()).hexdigest()[:20]
    return folder / f"{digest}.png"


def cached_preview(key: str, make, size: QSize = TILE, ratio: float = 1.0) -> QImage:
    """The picture for ``key`` (a string that changes when the map changes), from memory, the
    disk cache, or ``make()`` (a Journey) drawn now and kept."""
    memory_key = (key, size.width(), size.height(), ratio)
    if memory_key in _memory:
        return _memory[memory_key]
    path = _cache_file(key, size, ratio)
    image = QImage(str(path)) if path.exists() else QImage()
    if not image.isNull():
        image.setDevicePixelRatio(ratio)
    if image.isNull() or image.size() != size * ratio:
        image = render_preview(make(), size, ratio)
        try:
            image.save(str(path), "PNG")
        except OSError:
            pass  # a read-only data folder: the picture is drawn again next time
    _memory[memory_key] = image
    return image


def template_preview(path: Path, size: QSize = TILE, ratio: float = 1.0) -> QImage:
    """The tile of a template file."""
    data = path.read_bytes()
    return cached_preview("template:" + hashlib.sha1(data).hexdigest(), lambda: load(path), size, ratio)


def file_preview(path: str, size: QSize = THUMB, ratio: float = 1.0) -> QImage | None:
    """The thumbnail of a recent map, None when it cannot be read."""
    try:
        stat = os.stat(path)
        key = f"file:{os.path.abspath(path)}|{stat.st_size}|{stat.st_mtime_ns}"
        return cached_preview(key, lambda: load(path), size, ratio)
    except Exception:  # noqa: BLE001 (a missing or broken recent map has no picture, never an error)
        return None


def file_title(path: str) -> str:
    """The title of the map in ``path`` (the one the thumbnail shows), "" if it cannot be read."""
    try:
        return load(path).map.title
    except Exception:  # noqa: BLE001 (as above)
        return ""
