"""The export dialog's picture of a one-page PDF: the page plan the PDF writer draws (header
with the title block, the fitted map, the footer), painted small with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from ..export.pdf_export import (
    POINTS_PER_UNIT, PdfOptions, page_size, pdf_layout, pdf_page_size, poster_grid, poster_page_size,
)
from ..export.pdf_page_plan import PagePlan, fit_page_plan
from ..export.page_sizes import mm
from ..export.png_export import MARGIN, _image_lookup, svg_renderer
from ..model import Journey
from ..render.geometry import MapLayout
from ..render.painters.qt import paint_shapes

translate = QCoreApplication.translate


def pdf_page_plan(journey: Journey, options: PdfOptions, layout: MapLayout | None = None) -> PagePlan:
    """The first page of a one-page PDF export, as ``export_pdf`` lays it out (``layout``: the
    map's ``pdf_layout``, when already made)."""
    options.check()
    layout = layout or pdf_layout(journey, options)
    m = journey.map
    return fit_page_plan(layout, m.title, m.description, pdf_page_size(layout, options), options.margin_mm * mm,
                         options.date, language=str(m.language))


def paint_page(plan: PagePlan, journey: Journey, max_w: int, max_h: int) -> QImage:
    """The page as large as fits in ``max_w`` x ``max_h`` pixels: white paper, a thin edge."""
    scale = min(max_w / plan.width, max_h / plan.height)
    w, h = max(1, round(plan.width * scale)), max(1, round(plan.height * scale))
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    images = _image_lookup(journey)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        for placement in plan.placements:  # PDF points, y up: flip to the image's y down
            painter.save()
            painter.translate(placement.x, plan.height - placement.top)
            painter.scale(placement.scale, placement.scale)
            paint_shapes(painter, placement.shapes, images=images, icons=svg_renderer)
            painter.restore()
        painter.resetTransform()
        painter.setPen(QColor("#9aa5ad"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(0, 0, w - 1, h - 1)
    finally:
        painter.end()
    return image


def pdf_pages_text(journey: Journey, options: PdfOptions, layout, pixmap: QPixmap, preview_scale: float) -> str:
    """What the export will write ("One A3 page, landscape"); for a poster, its page grid is
    drawn over the preview."""
    extra = 1 if options.persona == "own-page" and any(p.name for p in journey.map.personas) else 0
    if not options.poster:
        w, h = page_size(options, layout)
        if extra:
            text = (translate("ExportDialog", "One {page} page, landscape, and a persona page") if w > h
                    else translate("ExportDialog", "One {page} page, portrait, and a persona page"))
        else:
            text = (translate("ExportDialog", "One {page} page, landscape") if w > h
                    else translate("ExportDialog", "One {page} page, portrait"))
        return text.format(page=options.page)
    # the same choice of orientation the export makes
    size = poster_page_size(layout, options) if options.orientation == "auto" else page_size(options, layout)
    scale = POINTS_PER_UNIT * options.scale
    margin, overlap = options.margin_mm * mm, options.overlap_mm * mm
    cols, rows = poster_grid(layout.width * scale, layout.height * scale, size, margin, overlap)
    _draw_tiles(pixmap, preview_scale, cols, rows, size, margin, overlap, scale)
    text = (translate("ExportDialog",
                      "Poster: {cols} × {rows} = {pages} {page} pages, landscape, {width} × {height} cm")
            if size[0] > size[1] else
            translate("ExportDialog",
                      "Poster: {cols} × {rows} = {pages} {page} pages, portrait, {width} × {height} cm"))
    return text.format(cols=cols, rows=rows, pages=cols * rows, page=options.page,
                       width=f"{layout.width * scale / mm / 10:.0f}",
                       height=f"{layout.height * scale / mm / 10:.0f}")


def _draw_tiles(pixmap: QPixmap, preview_scale, cols, rows, size, margin, overlap, scale) -> None:
    painter = QPainter(pixmap)
    painter.setPen(QPen(QColor(200, 40, 40, 200), 1, Qt.PenStyle.DashLine))
    step_w = (size[0] - 2 * margin - overlap) / scale * preview_scale
    step_h = (size[1] - 2 * margin - overlap) / scale * preview_scale
    offset = MARGIN * preview_scale
    for col in range(1, cols):
        x = offset + col * step_w
        painter.drawLine(int(x), 0, int(x), pixmap.height())
    for row in range(1, rows):
        y = offset + row * step_h
        painter.drawLine(0, int(y), pixmap.width(), int(y))
    painter.end()

