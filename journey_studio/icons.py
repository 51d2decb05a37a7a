"""The project's own SVG icons as Qt icons and images.

Channel, lane-kind and toolbar icons are single-colour line drawings on a 24 px grid
(``icons/channels``, ``icons/lanes``, ``icons/actions``); the application icon is
``icons/app/journey-studio.svg``. Files are found through :func:`journey_studio.paths.icon`,
so this works from the source tree, an installed wheel and a PyInstaller build.

A missing or broken icon never stops the editor: callers get an empty ``QIcon`` (or a
transparent image) and a warning is logged once.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from journey_studio import paths

log = logging.getLogger(__name__)

INK = "#33414d"
"""The colour every line icon is drawn in; ``color=`` arguments replace it."""

APP_ICON_SVG = ("app", "journey-studio.svg")
APP_ICON_PNG = ("app", "journey-studio.png")
APP_ICON_ICO = ("app", "journey-studio.ico")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
_ICON_SIZES = (16, 24, 32, 48, 64)


def _name(value) -> str:
    """An enum member (Channel, LaneKind) or a plain string, as the file stem."""
    return str(getattr(value, "value", value))


def svg_bytes(path_parts, color: str | None = None) -> bytes:
    """The SVG source of ``icons/<path_parts...>``; empty bytes (and a warning) if unreadable.

    ``path_parts`` is a sequence such as ``("channels", "email.svg")``. ``color`` replaces
    the icon ink (``INK``), for icons drawn on dark backgrounds.
    """
    return _svg_bytes(tuple(path_parts), color)


@cache
def _svg_bytes(path_parts: tuple[str, ...], color: str | None) -> bytes:
    try:
        data = paths.icon(*path_parts).read_bytes()
    except (OSError, FileNotFoundError) as error:
        log.warning("Icon %s is missing: %s", "/".join(path_parts), error)
        return b""
    if color:
        data = data.replace(INK.encode(), color.encode())
    return data


@cache
def _renderer(path_parts: tuple[str, ...], color: str | None) -> QSvgRenderer | None:
    data = svg_bytes(path_parts, color)
    if not data:
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        log.warning("Icon %s is not a valid SVG", "/".join(path_parts))
        return None
    return renderer


def render_svg_to_image(path: str | Path | tuple[str, ...], size: int | QSize,
                        color: str | None = None) -> QImage:
    """``path`` (parts under ``icons/``, or a file) drawn into a transparent ARGB image.

    The drawing keeps its aspect ratio and is centred. A missing or invalid SVG gives a
    transparent image of the asked size (and a logged warning), never an exception.
    """
    if isinstance(path, (str, Path)) and Path(path).is_absolute():
        parts = None
        data = _read_file(Path(path), color)
        renderer = QSvgRenderer(QByteArray(data)) if data else None
        if renderer is not None and not renderer.isValid():
            log.warning("Icon %s is not a valid SVG", path)
            renderer = None
    else:
        parts = tuple(Path(path).parts) if isinstance(path, (str, Path)) else tuple(path)
        renderer = _renderer(parts, color)
    qsize = size if isinstance(size, QSize) else QSize(size, size)
    image = QImage(qsize, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    if renderer is None:
        return image
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, _fitted(renderer.defaultSize(), qsize))
    painter.end()
    return image


def _read_file(path: Path, color: str | None) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        log.warning("Icon %s is missing: %s", path, error)
        return b""
    return data.replace(INK.encode(), color.encode()) if color else data


def _fitted(drawing: QSize, box: QSize) -> QRectF:
    if drawing.isEmpty():
        return QRectF(0, 0, box.width(), box.height())
    scale = min(box.width() / drawing.width(), box.height() / drawing.height())
    w, h = drawing.width() * scale, drawing.height() * scale
    return QRectF((box.width() - w) / 2, (box.height() - h) / 2, w, h)


@cache
def _icon(path_parts: tuple[str, ...], color: str | None = None) -> QIcon:
    if _renderer(path_parts, color) is None:
        return QIcon()
    icon = QIcon()
    for size in _ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(render_svg_to_image(path_parts, size, color)))
    return icon


def channel_icon(channel, color: str | None = None) -> QIcon:
    """The icon of a :class:`~journey_studio.model.Channel` (or its value)."""
    return _icon(("channels", f"{_name(channel)}.svg"), color)


def lane_icon(kind, color: str | None = None) -> QIcon:
    """The icon of a :class:`~journey_studio.model.LaneKind` (or its value)."""
    return _icon(("lanes", f"{_name(kind)}.svg"), color)


def action_icon(name: str, color: str | None = None) -> QIcon:
    """A toolbar or menu icon by name: ``"save"``, ``"zoom-in"``, ``"add-card"``...

    Without ``color`` the icon follows the interface's palette each time it is drawn: the
    usual ink on a light palette, the palette's text colour on a dark one (View › Theme),
    and dimmer when disabled."""
    parts = ("actions", f"{name}.svg")
    if color is not None or _renderer(parts, None) is None:  # a missing icon stays an empty QIcon
        return _icon(parts, color)
    return QIcon(PaletteIconEngine(parts))


def palette_ink(mode: QIcon.Mode = QIcon.Mode.Normal, palette: QPalette | None = None) -> str:
    """The colour line icons are drawn in on ``palette`` (the application's by default)."""
    palette = palette or QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    ink = QColor(INK) if window.lightness() >= 128 else text  # the house ink on light paper
    if mode == QIcon.Mode.Disabled:  # halfway to the background: clearly dimmer, still legible
        ink = QColor((ink.red() + window.red()) // 2, (ink.green() + window.green()) // 2,
                     (ink.blue() + window.blue()) // 2)
    return ink.name()


class PaletteIconEngine(QIconEngine):
    """Draws one line icon in the palette's ink at paint time, so a theme change needs no
    rebuilt icons."""

    def __init__(self, parts: tuple[str, ...]):
        super().__init__()
        self.parts = parts

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return _palette_pixmap(self.parts, size.width(), size.height(), palette_ink(mode))

    def paint(self, painter: QPainter, rect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> "PaletteIconEngine":
        return PaletteIconEngine(self.parts)


@cache
def _palette_pixmap(parts: tuple[str, ...], width: int, height: int, color: str) -> QPixmap:
    return QPixmap.fromImage(render_svg_to_image(parts, QSize(width, height), None if color == INK else color))


@cache
def app_icon() -> QIcon:
    """The application icon, crisp at every size Qt asks for."""
    if _renderer(APP_ICON_SVG, None) is None:
        return QIcon()
    icon = QIcon()
    for size in ICO_SIZES:
        icon.addPixmap(QPixmap.fromImage(render_svg_to_image(APP_ICON_SVG, size)))
    return icon


def write_app_icon_files() -> None:
    """Re-render ``journey-studio.png`` (256 px) and ``.ico`` (several sizes) from the SVG.

    Run ``python -m journey_studio.icons`` after editing the SVG.
    """
    images = [_to_pillow(render_svg_to_image(APP_ICON_SVG, size)) for size in ICO_SIZES]
    largest = images[-1]
    largest.save(paths.icon(*APP_ICON_PNG), format="PNG", optimize=True)
    largest.save(paths.icon(*APP_ICON_ICO), format="ICO",
                 sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])


def _to_pillow(image: QImage):
    from PIL import Image

    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())[: rgba.sizeInBytes()]
    return Image.frombuffer("RGBA", (rgba.width(), rgba.height()), data, "raw", "RGBA",
                            rgba.bytesPerLine(), 1).copy()


if __name__ == "__main__":
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication([])
    write_app_icon_files()
    print("wrote", paths.icon(*APP_ICON_PNG), "and", paths.icon(*APP_ICON_ICO))
