"""Draw layout shapes with a QPainter: used by the canvas items and the PNG export."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QImage, QPainter, QPainterPath, QPen

from ..fonts import FAMILY, FontStyle, font_path, text_runs, text_width
from ..geometry import (
    EllipseShape, IconShape, ImageShape, LineShape, PathShape, Rect, RectShape, Shape, TextShape,
)
from ..style import rgba

#: asset id -> QImage, given by whoever owns the map (canvas or export)
ImageLookup = Callable[[str], QImage | None]


@lru_cache(maxsize=None)
def load_bundled_fonts() -> str:
    """Register the bundled font files with Qt (needs a QGuiApplication); returns the family."""
    family = FAMILY
    for style in FontStyle:
        font_id = QFontDatabase.addApplicationFont(font_path(style))
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                family = families[0]
    return family


@lru_cache(maxsize=256)
def qfont(style: FontStyle, size: float) -> QFont:
    font = QFont(load_bundled_fonts())
    font.setPixelSize(1)  # reset, then use a float point size in map units via pixel-exact scaling
    font.setPointSizeF(size * 72 / 96)
    font.setBold(style in (FontStyle.BOLD, FontStyle.BOLD_ITALIC))
    font.setItalic(style in (FontStyle.ITALIC, FontStyle.BOLD_ITALIC))
    font.setKerning(False)  # the layout measures without kerning
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # never let Qt pick a system font of its own: the layout measured with ours (see fonts.text_runs)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font


@lru_cache(maxsize=None)
def _fallback_family(path: str) -> str | None:
    font_id = QFontDatabase.addApplicationFont(path)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


@lru_cache(maxsize=256)
def _fallback_qfont(path: str, style: FontStyle, size: float) -> QFont:
    font = QFont(qfont(style, size))
    family = _fallback_family(path)
    if family:
        font.setFamily(family)
        font.setBold(False)
        font.setItalic(False)
    return font


def _draw_text(painter: QPainter, shape: TextShape) -> None:
    style, size = shape.font.style, shape.font.size
    painter.setPen(qcolor(shape.color))
    x = shape.x
    for run in text_runs(shape.text, style):
        painter.setFont(_fallback_qfont(run.path, style, size) if run.fallback else qfont(style, size))
        painter.drawText(QPointF(x, shape.y), run.text)
        x += text_width(run.text, style, size)


@lru_cache(maxsize=512)
def qcolor(color: str) -> QColor:
    r, g, b, a = rgba(color)
    return QColor(r, g, b, a)


def qrect(rect: Rect) -> QRectF:
    return QRectF(rect.x, rect.y, rect.w, rect.h)


def qpath(segments: Iterable[tuple]) -> QPainterPath:
    path = QPainterPath()
    for seg in segments:
        op = seg[0]
        if op == "M":
            path.moveTo(seg[1], seg[2])
        elif op == "L":
            path.lineTo(seg[1], seg[2])
        elif op == "C":
            path.cubicTo(seg[1], seg[2], seg[3], seg[4], seg[5], seg[6])
        elif op == "Z":
            path.closeSubpath()
    return path


@lru_cache(maxsize=512)  # a handful of pens draw a whole map: made once, not per line and paint
def _pen(color: str | None, width: float, dash: tuple[float, ...] = ()) -> QPen:
    if color is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(qcolor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    if dash:
        pen.setDashPattern([d / max(width, 0.1) for d in dash])
    return pen


@lru_cache(maxsize=512)
def _brush(color: str | None, opacity: float = 1.0) -> QBrush:
    if color is None:
        return QBrush(Qt.BrushStyle.NoBrush)
    c = QColor(qcolor(color))
    c.setAlphaF(c.alphaF() * opacity)
    return QBrush(c)


def _cover_source(image: QImage, rect: Rect) -> QRectF:
    """The centred part of ``image`` with the aspect of ``rect`` (fill the box, never stretch)."""
    iw, ih = image.width(), image.height()
    cover = max(rect.w / iw, rect.h / ih)
    sw, sh = rect.w / cover, rect.h / cover
    return QRectF((iw - sw) / 2, (ih - sh) / 2, sw, sh)


def paint_shapes(painter: QPainter, shapes: Iterable[Shape], images: ImageLookup | None = None,
                 icons: Callable[[str], object] | None = None) -> None:
    """Draw ``shapes`` in order. ``icons(name)`` returns something with ``render(painter, QRectF)``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    for shape in shapes:
        if isinstance(shape, TextShape):
            _draw_text(painter, shape)
        elif isinstance(shape, RectShape):
            painter.setPen(_pen(shape.stroke, shape.stroke_width))
            painter.setBrush(_brush(shape.fill))
            if shape.radius:
                painter.drawRoundedRect(qrect(shape.rect), shape.radius, shape.radius)
            else:
                painter.drawRect(qrect(shape.rect))
        elif isinstance(shape, LineShape):
            painter.setPen(_pen(shape.color, shape.width, shape.dash))
            painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
        elif isinstance(shape, EllipseShape):
            painter.setPen(_pen(shape.stroke, shape.stroke_width))
            painter.setBrush(_brush(shape.fill))
            painter.drawEllipse(qrect(shape.rect))
        elif isinstance(shape, PathShape):
            painter.save()
            if shape.clip is not None:
                painter.setClipRect(qrect(shape.clip), Qt.ClipOperation.IntersectClip)
            painter.setPen(_pen(shape.stroke, shape.stroke_width, shape.dash))
            painter.setBrush(_brush(shape.fill, shape.fill_opacity))
            painter.drawPath(qpath(shape.segments))
            painter.restore()
        elif isinstance(shape, IconShape):
            renderer = icons(shape.name) if icons else None
            if renderer is not None:
                renderer.render(painter, qrect(shape.rect))
        elif isinstance(shape, ImageShape):
            image = images(shape.asset_id) if images else None
            if image is not None and not image.isNull():
                painter.save()
                if shape.rounded:
                    clip = QPainterPath()
                    clip.addEllipse(qrect(shape.rect))
                    painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
                painter.drawImage(qrect(shape.rect), image, _cover_source(image, shape.rect))
                painter.restore()
