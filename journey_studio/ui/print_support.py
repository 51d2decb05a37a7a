"""File › Print…: the map on paper through Qt's print dialog, with a live print preview.

The page options are the PDF export's: a page size and orientation, the map fitted on one
page or tiled as a poster (same scale, overlap and margins as ``export.pdf_export``), the
persona above the map or left out. The pages are painted with the same layout and QPainter
painter as the canvas and the PNG export.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget,
)

from ..export.pdf_export import PAGE_SIZES, POINTS_PER_UNIT, PdfOptions, page_size, poster_page_size
from ..export.poster_tiles import poster_grid, tile_name
from ..export.png_export import _image_lookup, svg_renderer
from ..model import Journey
from ..render.geometry import MapLayout, Rect, shape_bounds
from ..render.layout import LayoutOptions, layout_map
from ..render.painters.qt import paint_shapes

QT_PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3, "A2": QPageSize.PageSizeId.A2,
                 "A1": QPageSize.PageSizeId.A1, "A0": QPageSize.PageSizeId.A0,
                 "Letter": QPageSize.PageSizeId.Letter, "Tabloid": QPageSize.PageSizeId.Tabloid}


@dataclass
class PrintPlan:
    layout: MapLayout
    options: PdfOptions
    landscape: bool


def print_plan(journey: Journey, options: PdfOptions) -> PrintPlan:
    """The layout printed and which way the paper turns (as the PDF export decides)."""
    options.check()
    layout = layout_map(journey, LayoutOptions(show_title=True, show_persona=options.persona == "above"))
    size = poster_page_size(layout, options) if options.poster and options.orientation == "auto" \
        else page_size(options, layout)
    return PrintPlan(layout, options, size[0] > size[1])


def set_up_printer(printer: QPrinter, plan: PrintPlan) -> None:
    """Paper size and orientation as the options say; the painter then works on the whole sheet."""
    orientation = QPageLayout.Orientation.Landscape if plan.landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QT_PAGE_SIZES[plan.options.page]), orientation,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    # the painter's fonts are sized in points, turned into pixels at the device's resolution: at
    # 96 DPI a map unit is a pixel, as on screen and in the PNG (the output stays vector)
    printer.setResolution(96)


def paint_pages(printer: QPrinter, journey: Journey, plan: PrintPlan) -> int:
    """Paint the map on ``printer``: fitted on one page or as poster tiles; returns the page count."""
    painter = QPainter()
    printer.setResolution(96)  # see set_up_printer: text the size the layout measured
    if not painter.begin(printer):
        return 0
    try:
        page = printer.pageLayout().fullRectPoints()
        dots = printer.resolution() / 72  # device pixels per point
        painter.scale(dots, dots)  # from here on, points on the sheet
        w, h = page.width(), page.height()
        margin = plan.options.margin_mm * mm
        images = _image_lookup(journey)
        shapes = plan.layout.all_shapes()
        if not plan.options.poster:
            layout = plan.layout
            scale = min((w - 2 * margin) / layout.width, (h - 2 * margin) / layout.height)
            painter.save()
            painter.translate(margin + ((w - 2 * margin) - layout.width * scale) / 2, margin)
            painter.scale(scale, scale)
            paint_shapes(painter, shapes, images=images, icons=svg_renderer)
            painter.restore()
            return 1
        return _poster(printer, painter, plan, shapes, images, w, h, margin)
    finally:
        painter.end()


def _poster(printer: QPrinter, painter: QPainter, plan: PrintPlan, shapes, images, w: float, h: float,
            margin: float) -> int:
    layout = plan.layout
    scale = POINTS_PER_UNIT * plan.options.scale
    overlap = plan.options.overlap_mm * mm
    cols, rows = poster_grid(layout.width * scale, layout.height * scale, (w, h), margin, overlap)
    area_w, area_h = w - 2 * margin, h - 2 * margin
    bounded = [(shape_bounds(shape), shape) for shape in shapes]
    pages = 0
    for row in range(rows):
        for col in range(cols):
            if pages:
                printer.newPage()
            tile = Rect(col * (area_w - overlap) / scale, row * (area_h - overlap) / scale,
                        area_w / scale, area_h / scale)
            painter.save()
            painter.setClipRect(QRectF(margin, margin, area_w, area_h))
            painter.translate(margin - col * (area_w - overlap), margin - row * (area_h - overlap))
            painter.scale(scale, scale)
            paint_shapes(painter, [s for b, s in bounded if b.intersects(tile)], images=images, icons=svg_renderer)
            painter.restore()
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(margin, 2, area_w, margin - 4), Qt.AlignmentFlag.AlignVCenter,
                             tile_name(row, col))
            pages += 1
    return pages


class PrintDialog(QDialog):
    """The page options beside a live print preview; Print… opens the system's print dialog."""

    def __init__(self, journey: Journey, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print"))
        self.journey = journey
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(journey.map.title or "map")
        self.page = QComboBox()
        for name in PAGE_SIZES:
            self.page.addItem(name, name)
        self.page.setCurrentIndex(self.page.findData("A4"))
        self.orientation = _combo([("auto", self.tr("As the map is shaped")), ("portrait", self.tr("Portrait")),
                                   ("landscape", self.tr("Landscape"))])
        self.mode = _combo([("fit", self.tr("Fit on one page")), ("poster", self.tr("Poster over several pages"))])
        self.scale = QDoubleSpinBox(minimum=10, maximum=1000, singleStep=10, value=100, suffix=" %", decimals=0)
        self.persona = _combo([("above", self.tr("Above the map")), ("none", self.tr("Leave out"))])
        form = QFormLayout()
        form.addRow(self.tr("Page"), self.page)
        form.addRow(self.tr("Orientation"), self.orientation)
        form.addRow(self.tr("Layout"), self.mode)
        form.addRow(self.tr("Poster scale"), self.scale)
        form.addRow(self.tr("Persona"), self.persona)
        self.preview = QPrintPreviewWidget(self.printer, self)
        self.preview.setMinimumSize(560, 420)
        self.preview.paintRequested.connect(self._paint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._print_clicked)
        self.buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(form)
        body.addWidget(self.preview, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(self.buttons)
        for combo in (self.page, self.orientation, self.mode, self.persona):
            combo.currentIndexChanged.connect(self._changed)
        self.scale.valueChanged.connect(self._changed)
        self.pages_printed = 0
        self._changed()

    def options(self) -> PdfOptions:
        return PdfOptions(page=self.page.currentData(), orientation=self.orientation.currentData(),
                          poster=self.mode.currentData() == "poster", scale=self.scale.value() / 100,
                          persona=self.persona.currentData())

    def plan(self) -> PrintPlan:
        return print_plan(self.journey, self.options())

    def _changed(self, *_args) -> None:
        self.scale.setEnabled(self.mode.currentData() == "poster")
        set_up_printer(self.printer, self.plan())
        self.preview.updatePreview()

    def _paint(self, printer: QPrinter) -> None:
        paint_pages(printer, self.journey, self.plan())

    def print_to(self, printer: QPrinter) -> int:
        """Print with the current options on ``printer`` (a real one, or a PDF file in tests)."""
        plan = self.plan()
        set_up_printer(printer, plan)
        self.pages_printed = paint_pages(printer, self.journey, plan)
        return self.pages_printed

    def _print_clicked(self) -> None:
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        # the paper chosen in the system dialog wins: the pages are painted for the printer's sheet
        self.pages_printed = paint_pages(self.printer, self.journey, self.plan())
        self.accept()


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    return combo


def print_map(window) -> int:
    """File › Print…: the dialog for the window's map; the number of pages printed (0: cancelled)."""
    dialog = PrintDialog(window.document.journey, window)
    dialog.exec()
    return dialog.pages_printed
