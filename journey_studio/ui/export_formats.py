"""The Export dialog's PowerPoint and SVG parts: their options and the list of slides to come.

Kept apart from ``export_dialog`` so each format's widgets live in one place; the dialog
shows one of these boxes and, for PowerPoint, the slide list instead of the picture preview.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLineEdit, QListWidget

from ..export.pptx_export import PptxOptions
from ..export.pptx_pages import SlidePlan, deck_plan
from ..export.svg_export import SvgOptions
from ..model import Journey


class PptxBox(QGroupBox):
    """Which slides and their size; the author of the deck."""

    def __init__(self, parent=None):
        super().__init__(self.tr("PowerPoint"), parent)
        self.slides = QComboBox()
        for value, label in (("all", self.tr("Everything: overview, one slide per stage, votes")),
                             ("overview", self.tr("The overview (with persona and votes)")),
                             ("stages", self.tr("One slide per stage"))):
            self.slides.addItem(label, value)
        self.size = QComboBox()
        for value, label in (("16:9", self.tr("Widescreen 16:9")), ("4:3", self.tr("Standard 4:3")),
                             ("A4", self.tr("A4 paper"))):
            self.size.addItem(label, value)
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("Your name (default: your user name)"))
        form = QFormLayout(self)
        form.addRow(self.tr("Slides"), self.slides)
        form.addRow(self.tr("Size"), self.size)
        form.addRow(self.tr("Author"), self.author)

    def options(self) -> PptxOptions:
        return PptxOptions(slides=self.slides.currentData(), size=self.size.currentData(),
                           author=self.author.text().strip())

    def connect_changes(self, slot) -> None:
        self.slides.currentIndexChanged.connect(slot)
        self.size.currentIndexChanged.connect(slot)

    def save(self, settings: QSettings, key) -> None:
        settings.setValue(key("pptxSlides"), self.slides.currentData())
        settings.setValue(key("pptxSize"), self.size.currentData())
        settings.setValue(key("pptxAuthor"), self.author.text())

    def load(self, settings: QSettings, key) -> None:
        _select(self.slides, settings.value(key("pptxSlides"), "all", str))
        _select(self.size, settings.value(key("pptxSize"), "16:9", str))
        self.author.setText(settings.value(key("pptxAuthor"), "", str))


class SvgBox(QGroupBox):
    def __init__(self, parent=None):
        super().__init__(self.tr("SVG"), parent)
        self.title = QCheckBox(self.tr("Title"))
        self.description = QCheckBox(self.tr("Description"))
        self.persona = QCheckBox(self.tr("Persona"))
        self.embed_font = QCheckBox(self.tr("Embed the font's letters (DejaVu Sans)"))
        self.embed_font.setToolTip(self.tr("Browsers then draw exactly this font; editors use the installed one"))
        form = QFormLayout(self)
        form.addRow(self.tr("Show"), self.title)
        form.addRow("", self.description)
        form.addRow("", self.persona)
        form.addRow("", self.embed_font)

    def options(self) -> SvgOptions:
        return SvgOptions(show_title=self.title.isChecked(), show_description=self.description.isChecked(),
                          show_persona=self.persona.isChecked(),
                          embed_font=self.embed_font.isChecked())

    def connect_changes(self, slot) -> None:
        for box in (self.title, self.description, self.persona, self.embed_font):
            box.toggled.connect(slot)

    def update_enabled(self, described: bool) -> None:
        """The description goes under the title: no title (or no description), nothing to choose."""
        self.description.setEnabled(described and self.title.isChecked())

    def save(self, settings: QSettings, key) -> None:
        for name, box in (("svgTitle", self.title), ("svgDescription", self.description),
                          ("svgPersona", self.persona), ("svgFont", self.embed_font)):
            settings.setValue(key(name), box.isChecked())

    def load(self, settings: QSettings, key) -> None:
        for name, box in (("svgTitle", self.title), ("svgDescription", self.description),
                          ("svgPersona", self.persona), ("svgFont", self.embed_font)):
            box.setChecked(settings.value(key(name), True) in (True, "true", "1", 1))


class SlideList(QListWidget):
    """The slides the deck will have, numbered, as the export will write them."""

    def show_plan(self, journey: Journey, options: PptxOptions) -> list[SlidePlan]:
        plan = deck_plan(journey, options.slides, options.size)
        self.clear()
        kinds = {"title": self.tr("Title"), "persona": self.tr("Persona"), "overview": self.tr("Overview"),
                 "stage": self.tr("Stage"), "votes": self.tr("Dot votes")}
        for number, item in enumerate(plan, 1):
            name = item.title if item.kind != "votes" else ""
            if item.parts > 1:
                name += f" ({item.part}/{item.parts})"
            label = self.tr("{kind}: {name}").format(kind=kinds[item.kind], name=name) if name else kinds[item.kind]
            self.addItem(f"{number}. {label}")
        return plan


def _select(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)
