"""What the canvas items need besides shapes: the icons and the images of the open map."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from .. import icons


@cache
def icon_renderer(name: str) -> QSvgRenderer | None:
    """The SVG renderer of ``icons/<name>.svg`` (e.g. ``lanes/actions``); None when missing."""
    parts = name.split("/")
    data = icons.svg_bytes((*parts[:-1], parts[-1] + ".svg"))
    if not data:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    return renderer if renderer.isValid() else None


class PaintResources:
    """Icon and image look-ups for ``paint_shapes``; images are decoded once per asset."""

    def __init__(self, journey_source):
        self._journey_source = journey_source  # a callable returning the Journey
        self._images: dict[tuple[str, int], QImage] = {}

    def icons(self, name: str) -> QSvgRenderer | None:
        return icon_renderer(name)

    def images(self, asset_id: str) -> QImage | None:
        asset = self._journey_source().assets.get(asset_id)
        if asset is None:
            return None
        key = (asset_id, hash(asset.data))
        if key not in self._images:
            image = QImage()
            image.loadFromData(asset.raw_bytes())
            self._images[key] = image
        return self._images[key]
