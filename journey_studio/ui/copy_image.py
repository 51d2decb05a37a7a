"""Edit › Copy as Image: the selection, or the whole map, on the clipboard as PNG and SVG.

The PNG is drawn at twice the screen's resolution (two pixels per map unit, 192 DPI), so it
stays sharp when pasted into slides; the SVG is the same part of the same layout with the
text kept as text. Office, Keynote, Google Slides and mail clients take whichever they read.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from ..canvas.selection import Selection, SelectionKind
from ..export.png_export import MARGIN, _image_lookup, svg_renderer
from ..export.svg_export import svg_document
from ..model import Journey
from ..render.geometry import MapLayout, Rect
from ..render.layout import LayoutOptions, layout_map
from ..render.painters.qt import paint_shapes

SCALE = 2.0  # pixels per map unit: twice the screen at 100 %
PAD = 12.0  # map units around a selected part
SVG_MIME = "image/svg+xml"

translate = QCoreApplication.translate


def selection_area(layout: MapLayout, selection: Selection) -> Rect | None:
    """The part of the map a selection stands for (map units), or None for the whole map."""
    kind = selection.kind
    rects: list[Rect] = []
    if kind == SelectionKind.CARDS:
        rects = [card.rect for card in layout.cards if card.card_id in selection.card_ids]
    elif kind in (SelectionKind.CELL, SelectionKind.POINT):
        cell = layout.cells.get((selection.step_id, selection.lane_id))
        rects = [cell] if cell else []
    elif kind == SelectionKind.STAGE:
        rects = [box.rect for box in layout.stages if box.stage_id == selection.stage_id]
        rects += [step.column for step in layout.steps if step.stage_id == selection.stage_id]
    elif kind == SelectionKind.STEP:
        rects = [step.column for step in layout.steps if step.step_id == selection.step_id]
    elif kind == SelectionKind.LANE:
        rects = [r for lane in layout.lanes if lane.lane_id == selection.lane_id for r in (lane.rect, lane.row)]
    if not rects:
        return None
    x, y = min(r.x for r in rects), min(r.y for r in rects)
    right, bottom = max(r.right for r in rects), max(r.bottom for r in rects)
    pad = PAD if kind == SelectionKind.CARDS else 0.0
    return Rect(x - pad, y - pad, right - x + 2 * pad, bottom - y + 2 * pad)


def image_mime_data(journey: Journey, selection: Selection | None = None) -> tuple[QMimeData, QImage, bytes]:
    """The clipboard contents: a PNG (also as an image) and an SVG of the selection or the map."""
    selection = selection or Selection()
    layout = layout_map(journey, LayoutOptions())
    area = selection_area(layout, selection)
    if area is None:  # the whole map, as exported: title and persona above the grid
        layout = layout_map(journey, LayoutOptions(show_title=True, show_persona=True))
        area = Rect(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)
    shapes = layout.all_shapes()
    image = QImage(max(1, round(area.w * SCALE)), max(1, round(area.h * SCALE)), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    image.setDotsPerMeterX(round(96 * SCALE / 0.0254))
    image.setDotsPerMeterY(round(96 * SCALE / 0.0254))
    painter = QPainter(image)
    try:
        painter.scale(SCALE, SCALE)
        painter.translate(-area.x, -area.y)
        paint_shapes(painter, shapes, images=_image_lookup(journey), icons=svg_renderer)
    finally:
        painter.end()
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    svg = svg_document(shapes, area, journey)
    mime = QMimeData()
    mime.setImageData(image)
    mime.setData("image/png", png)
    mime.setData(SVG_MIME, QByteArray(svg))
    return mime, image, svg


def copy_as_image(window) -> QMimeData:
    """Put the window's selection (or its whole map) on the clipboard; says so in the status bar."""
    selection = window.view.selection()
    mime, image, _svg = image_mime_data(window.document.journey, selection)
    QGuiApplication.clipboard().setMimeData(mime)
    what = (translate("CopyImage", "the whole map") if selection_area(layout_map(window.document.journey),
                                                                       selection) is None
            else translate("CopyImage", "the selection"))
    window.report(translate("CopyImage", "Copied {what} as an image ({width} × {height} pixels) and SVG").format(
        what=what, width=image.width(), height=image.height()))
    return mime
