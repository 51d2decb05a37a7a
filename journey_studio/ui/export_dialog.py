"""The Export dialog: PNG, PDF, SVG or PowerPoint, their options, a live preview (the list of
slides for PowerPoint), settings kept per map.

``ExportDialog(journey, parent).exec()`` asks where to save, writes the file and returns
its path (None when cancelled). The same functions as the command line do the work.
"""

from __future__ import annotations

from pathlib import Path


from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit, QRadioButton, QSpinBox, QStackedWidget,
    QVBoxLayout, QWidget,
)

from ..export.errors import ExportError
from ..export.pdf_export import (
    PAGE_SIZES, PdfOptions, export_pdf, pdf_layout,
)
from ..export.png_export import MAX_DPI, MIN_DPI, PngOptions, export_png, png_geometry, render_image, shown_dpi
from ..export.pptx_export import export_pptx
from ..export.svg_export import export_svg
from ..fileformat import JourneyFileError
from ..human_numbers import number
from ..i18n import interface_language
from ..model import Journey
from ..render.missing_glyphs import describe_missing, missing_glyphs
from .export_formats import PptxBox, SlideList, SvgBox
from .export_preview import paint_page, pdf_page_plan, pdf_pages_text
from .localized import localized
from . import plain_text

PREVIEW_W, PREVIEW_H = 520, 340
PREVIEW_DELAY_MS = 250
FORMATS = ("png", "pdf", "svg", "pptx")  # the order of the option boxes


class ExportDialog(QDialog):
    def __init__(self, journey: Journey, parent: QWidget | None = None, settings: QSettings | None = None,
                 suggested_name: str | None = None, default_folder: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.journey = journey
        self.settings = settings or QSettings()
        self.exported_path: str | None = None
        #: what the preview was drawn from: the layout (image, SVG, poster) or the page plan (PDF)
        self.preview_plan = None
        self._suggested = suggested_name or (journey.map.title or "map")
        self._default_folder = default_folder  # beside the map, when this map was exported nowhere yet
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._load_settings()
        self._connect()
        self._update_enabled()
        self.schedule_preview()

    # --- widgets ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.png_radio, self.pdf_radio = QRadioButton(self.tr("PNG image")), QRadioButton(self.tr("PDF document"))
        self.svg_radio = QRadioButton(self.tr("SVG drawing"))
        self.pptx_radio = QRadioButton(self.tr("PowerPoint slides"))
        self.pptx_radio.setToolTip(self.tr("Editable shapes: every card is a text box you can change"))
        formats = QButtonGroup(self)
        for button in self._format_buttons():
            formats.addButton(button)
        format_row = QHBoxLayout()
        for button in self._format_buttons():
            format_row.addWidget(button)
        format_row.addStretch()

        # PNG
        self.size_by = QComboBox()
        self.size_by.addItem(self.tr("Resolution (DPI)"), "dpi")
        self.size_by.addItem(self.tr("Width (pixels)"), "width")
        self.dpi = QSpinBox(minimum=MIN_DPI, maximum=MAX_DPI, singleStep=12, value=192, suffix=self.tr(" DPI"))
        self.width_px = QSpinBox(minimum=16, maximum=32000, singleStep=100, value=1920, suffix=" px")
        self.transparent = QCheckBox(self.tr("Transparent background"))
        self.embed = QCheckBox(self.tr("Put the editable map inside the image"))
        self.embed.setToolTip(self.tr("Journey Studio can open this PNG again as a map"))
        self.png_title = QCheckBox(self.tr("Title"))
        self.png_description = QCheckBox(self.tr("Description"))
        self.png_persona = QCheckBox(self.tr("Persona"))
        png_form = QFormLayout()
        png_form.addRow(self.tr("Size by"), self.size_by)
        png_form.addRow(self.tr("Resolution"), self.dpi)
        png_form.addRow(self.tr("Width"), self.width_px)
        png_form.addRow(self.tr("Show"), _row(self.png_title, self.png_description, self.png_persona))
        png_form.addRow("", self.transparent)
        png_form.addRow("", self.embed)
        png_box = QGroupBox("PNG")
        png_box.setLayout(png_form)

        # PDF
        self.page = QComboBox()
        for name in PAGE_SIZES:
            self.page.addItem(name, name)
        self.orientation = _combo([("auto", self.tr("As the map is shaped")), ("portrait", self.tr("Portrait")),
                                   ("landscape", self.tr("Landscape"))])
        self.mode = _combo([("fit", self.tr("Fit on one page")), ("poster", self.tr("Poster over several pages"))])
        self.scale = QDoubleSpinBox(minimum=10, maximum=1000, singleStep=10, value=100, suffix=" %", decimals=0)
        self.persona = _combo([("above", self.tr("Above the map")), ("own-page", self.tr("On its own page")),
                               ("none", self.tr("Leave out"))])
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("Your name (default: your user name)"))
        self.comments = QCheckBox(self.tr("The cards’ comment threads, as notes after the map"))
        pdf_form = QFormLayout()
        pdf_form.addRow(self.tr("Page"), self.page)
        pdf_form.addRow(self.tr("Orientation"), self.orientation)
        pdf_form.addRow(self.tr("Layout"), self.mode)
        pdf_form.addRow(self.tr("Poster scale"), self.scale)
        pdf_form.addRow(self.tr("Persona"), self.persona)
        pdf_form.addRow(self.tr("Author"), self.author)
        pdf_form.addRow(self.tr("Comments"), self.comments)
        pdf_box = QGroupBox("PDF")
        pdf_box.setLayout(pdf_form)

        self.pptx_box, self.svg_box = PptxBox(), SvgBox()
        self.options_stack = QStackedWidget()
        for box in (png_box, pdf_box, self.svg_box, self.pptx_box):  # in the order of FORMATS
            self.options_stack.addWidget(box)

        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview.setStyleSheet("background: #e9edf0; border: 1px solid #c8d0d6;")
        self.slide_list = SlideList()
        self.slide_list.setFixedSize(PREVIEW_W, PREVIEW_H)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.preview)
        self.preview_stack.addWidget(self.slide_list)
        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)  # may name files
        self.warning = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.warning.setStyleSheet("color: #b03a2e;")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._export_clicked)
        self.buttons.rejected.connect(self.reject)

        self.view_choice = QComboBox()
        self.view_choice.addItem(self.tr("All cards"), None)
        for view in self.journey.map.views:
            self.view_choice.addItem(view.name, view.name)
        self.view_choice.setToolTip(self.tr("PNG and PDF: the cards a saved view leaves out are faded"))
        view_row = QHBoxLayout()
        view_row.addWidget(QLabel(self.tr("View")))
        view_row.addWidget(self.view_choice, 1)
        left = QVBoxLayout()
        left.addLayout(format_row)
        if self.journey.map.views:
            left.addLayout(view_row)
        left.addWidget(self.options_stack)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(self.preview_stack)
        right.addWidget(self.summary)
        right.addWidget(self.warning)
        right.addStretch()
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(self.buttons)

    def _connect(self) -> None:
        for button in self._format_buttons():
            button.toggled.connect(self._changed)
        self.pptx_box.connect_changes(self._changed)
        self.svg_box.connect_changes(self._changed)
        for combo in (self.size_by, self.page, self.orientation, self.mode, self.persona, self.view_choice):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.dpi, self.width_px, self.scale):
            spin.valueChanged.connect(self._changed)
        for box in (self.transparent, self.embed, self.png_title, self.png_description, self.png_persona,
                    self.comments):
            box.toggled.connect(self._changed)

    def _changed(self, *_args) -> None:
        self._update_enabled()
        self.schedule_preview()

    def _update_enabled(self) -> None:
        self.options_stack.setCurrentIndex(FORMATS.index(self.format()))
        self.preview_stack.setCurrentIndex(1 if self.format() == "pptx" else 0)
        by_width = self.size_by.currentData() == "width"
        self.dpi.setEnabled(not by_width)
        self.width_px.setEnabled(by_width)
        self.scale.setEnabled(self.mode.currentData() == "poster")
        described = bool(self.journey.map.description.strip())
        self.png_description.setEnabled(described and self.png_title.isChecked())
        self.svg_box.update_enabled(described)
        self.png_description.setToolTip(
            self.tr("The map’s description, wrapped under the title as in the PDF") if described
            else self.tr("This map has no description"))
        commented = any(card.comments for card in self.journey.map.cards)
        self.comments.setEnabled(commented)
        self.comments.setToolTip("" if commented else self.tr("No card has comments"))

    # --- options -----------------------------------------------------------------------------
    def _format_buttons(self) -> tuple[QRadioButton, ...]:
        return (self.png_radio, self.pdf_radio, self.svg_radio, self.pptx_radio)  # in the order of FORMATS

    def format(self) -> str:
        """"png", "pdf", "svg" or "pptx"."""
        return next((name for name, button in zip(FORMATS, self._format_buttons()) if button.isChecked()), "pdf")

    def set_format(self, name: str) -> None:
        self._format_buttons()[FORMATS.index(name)].setChecked(True)

    def is_png(self) -> bool:
        return self.png_radio.isChecked()

    def png_options(self) -> PngOptions:
        by_width = self.size_by.currentData() == "width"
        return PngOptions(dpi=self.dpi.value(), width=self.width_px.value() if by_width else None,
                          transparent=self.transparent.isChecked(), embed=self.embed.isChecked(),
                          show_title=self.png_title.isChecked(), show_persona=self.png_persona.isChecked(),
                          show_description=self.png_description.isChecked(),
                          view=self.view_choice.currentData())

    def pdf_options(self) -> PdfOptions:
        return PdfOptions(page=self.page.currentData(), orientation=self.orientation.currentData(),
                          poster=self.mode.currentData() == "poster", scale=self.scale.value() / 100,
                          persona=self.persona.currentData(), author=self.author.text().strip(),
                          view=self.view_choice.currentData(),
                          comments=self.comments.isChecked() and self.comments.isEnabled())

    # --- preview ------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        """Draw what the file will carry, small: a one-page PDF as its page (header with title
        and description, the map, the footer), a poster with its page grid over it, an image
        with the title block it will have; and say what will be written."""
        kind = self.format()
        if kind == "pptx":
            plan = self.slide_list.show_plan(self.journey, self.pptx_box.options())
            self.summary.setText(self.tr("{count} slides of editable shapes").format(count=len(plan)))
            self.warning.setText("")
            return
        try:
            if kind == "pdf" and not self.pdf_options().poster:
                layout = pdf_layout(self.journey, self.pdf_options())
                self.preview_plan = pdf_page_plan(self.journey, self.pdf_options(), layout)
                pixmap = QPixmap.fromImage(paint_page(self.preview_plan, self.journey, PREVIEW_W - 10,
                                                      PREVIEW_H - 10))
                self.summary.setText(self._pdf_summary(pixmap, 1.0, layout))
            else:
                pixmap = self._map_preview(kind)
        except ExportError as exc:
            self.preview.setPixmap(QPixmap())
            self.summary.setText(localized(exc))
            return
        self.preview.setPixmap(pixmap)
        missing = missing_glyphs(self.journey)
        self.warning.setText(describe_missing(missing) if missing else "")

    def _map_preview(self, kind: str) -> QPixmap:
        """The map laid out as a PNG, SVG or poster carries it, drawn to fit the preview."""
        png = kind == "png"
        if kind == "svg":
            svg = self.svg_box.options()
            options = PngOptions(show_title=svg.show_title, show_description=svg.show_description,
                                 show_persona=svg.show_persona)
        elif png:
            options = self.png_options()
        else:  # a poster: the title block is part of the map
            options = PngOptions(show_title=True, show_description=True,
                                 show_persona=self.pdf_options().persona == "above")
        full = png_geometry(self.journey, options) if png else None
        small = PngOptions(width=max(16, PREVIEW_W - 10), transparent=options.transparent,
                           show_title=options.show_title, show_description=options.show_description,
                           show_persona=options.show_persona,
                           view=None if kind == "svg" else self.view_choice.currentData())
        geometry = png_geometry(self.journey, small)
        if geometry.height > PREVIEW_H - 10:
            small.width = max(16, int((PREVIEW_W - 10) * (PREVIEW_H - 10) / geometry.height))
            geometry = png_geometry(self.journey, small)
        self.preview_plan = geometry.layout
        pixmap = QPixmap.fromImage(render_image(self.journey, small, geometry))
        if kind == "svg":
            full = png_geometry(self.journey, PngOptions(dpi=96, show_title=options.show_title,
                                                         show_description=options.show_description,
                                                         show_persona=options.show_persona))
            self.summary.setText(self.tr("{width} × {height} pixels, text kept as text").format(
                width=number(full.width, interface_language()), height=number(full.height, interface_language())))
        elif png:
            self.summary.setText(self.tr("{width} × {height} pixels at {dpi} DPI").format(
                width=number(full.width, interface_language()), height=number(full.height, interface_language()),
                dpi=number(shown_dpi(full.dpi), interface_language())))
        else:
            self.summary.setText(self._pdf_summary(pixmap, geometry.scale))
        return pixmap

    def _pdf_summary(self, pixmap: QPixmap, preview_scale: float, layout=None) -> str:
        options = self.pdf_options()
        try:
            options.check()
        except ExportError as exc:
            return localized(exc)
        layout = layout or pdf_layout(self.journey, options)
        text = pdf_pages_text(self.journey, options, layout, pixmap, preview_scale)
        if options.comments:
            text += self.tr(", then the comments on pages of their own")
        return text

    # --- export -------------------------------------------------------------------------------
    def export_to(self, path: str) -> str:
        """Write the file with the current options; raises ExportError or JourneyFileError."""
        kind = self.format()
        if kind == "png":
            export_png(self.journey, path, self.png_options())
        elif kind == "svg":
            export_svg(self.journey, path, self.svg_box.options())
        elif kind == "pptx":
            export_pptx(self.journey, path, self.pptx_box.options())
        else:
            export_pdf(self.journey, path, self.pdf_options())
        self.exported_path = path
        self.save_settings(str(Path(path).parent))
        return path

    def _export_clicked(self) -> None:
        kind = self.format()
        suffix = "." + kind
        folder = self.settings.value(self._key("folder"), "", str) or self._default_folder or str(Path.home())
        name = "".join(c for c in self._suggested if c not in '/\\:*?"<>|').strip() or "map"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path(folder) / (name + suffix)),
            {"png": self.tr("PNG image (*.png)"), "pdf": self.tr("PDF document (*.pdf)"),
             "svg": self.tr("SVG drawing (*.svg)"), "pptx": self.tr("PowerPoint slides (*.pptx)")}[kind])
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            self.export_to(path)
        except (ExportError, JourneyFileError) as exc:
            plain_text.warning(self, self.tr("Export failed"), localized(exc))
            return
        self.accept()

    def exec(self) -> str | None:  # noqa: A003 - the dialog's result is the written path
        self.exported_path = None
        super().exec()
        return self.exported_path

    # --- settings, per map ---------------------------------------------------------------------
    def _key(self, name: str) -> str:
        return f"export/{self.journey.map.id}/{name}"

    def save_settings(self, folder: str | None = None) -> None:
        s, k = self.settings, self._key
        s.setValue(k("format"), self.format())
        self.pptx_box.save(s, k)
        self.svg_box.save(s, k)
        s.setValue(k("sizeBy"), self.size_by.currentData())
        s.setValue(k("dpi"), self.dpi.value())
        s.setValue(k("width"), self.width_px.value())
        for name, box in (("transparent", self.transparent), ("embed", self.embed),
                          ("pngTitle", self.png_title), ("pngDescription", self.png_description),
                          ("pngPersona", self.png_persona), ("comments", self.comments)):
            s.setValue(k(name), box.isChecked())
        for name, combo in (("page", self.page), ("orientation", self.orientation), ("mode", self.mode),
                            ("persona", self.persona)):
            s.setValue(k(name), combo.currentData())
        s.setValue(k("scale"), self.scale.value())
        s.setValue(k("author"), self.author.text())
        if folder:
            s.setValue(k("folder"), folder)
        s.sync()

    def _load_settings(self) -> None:
        s, k = self.settings, self._key
        kind = s.value(k("format"), "pdf", str)
        self.set_format(kind if kind in FORMATS else "pdf")
        self.pptx_box.load(s, k)
        self.svg_box.load(s, k)
        _select(self.size_by, s.value(k("sizeBy"), "dpi", str))
        self.dpi.setValue(int(s.value(k("dpi"), 192)))
        self.width_px.setValue(int(s.value(k("width"), 1920)))
        for name, box, default in (("transparent", self.transparent, False), ("embed", self.embed, True),
                                   ("pngTitle", self.png_title, True), ("pngDescription", self.png_description, True),
                                   ("pngPersona", self.png_persona, True), ("comments", self.comments, False)):
            box.setChecked(_bool(s.value(k(name), default)))
        for name, combo, default in (("page", self.page, "A3"), ("orientation", self.orientation, "auto"),
                                     ("mode", self.mode, "fit"), ("persona", self.persona, "above")):
            _select(combo, s.value(k(name), default, str))
        self.scale.setValue(float(s.value(k("scale"), 100)))
        self.author.setText(s.value(k("author"), "", str))


def _row(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch()
    return holder


def _combo(items: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox()
    for value, label in items:
        combo.addItem(label, value)
    return combo


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


def _bool(value) -> bool:
    return value in (True, "true", "1", 1)
