"""Export PowerPoint… and SVG…, File › Print… and Edit › Copy as Image, from the window."""

from __future__ import annotations

import re

import pytest
from pptx import Presentation
from pypdf import PdfReader
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog
from support import EXAMPLES

from journey_studio import i18n
from journey_studio.canvas.selection import Selection
from journey_studio.export.png_export import MARGIN
from journey_studio.render.layout import LayoutOptions, layout_map
from journey_studio.templates import new_journey
from journey_studio.ui import export_dialog
from journey_studio.ui.copy_image import SCALE, SVG_MIME
from journey_studio.ui.print_support import PrintDialog

pytestmark = pytest.mark.usefixtures("no_real_dialogs")
BANK = next(path for path in EXAMPLES if path.stem == "banque-entrepreneuse")


def test_the_menus_offer_the_deliverables(qtbot, open_windows):
    window = open_windows.new_map("classic", "en")
    acts = window.window_actions
    file_texts = [a.text() for a in acts.file_menu.actions()]
    assert file_texts.index(acts.export_svg.text()) == file_texts.index(acts.export_pdf.text()) + 1
    assert acts.export_pptx.text() in file_texts and acts.print_.text() in file_texts
    assert acts.print_.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    edit_texts = [a.text() for a in acts.edit_menu.actions()]
    assert edit_texts.index(acts.copy_image.text()) == edit_texts.index(acts.copy.text()) + 1


def _small_window(open_windows):
    """A classic map with one card (small: these tests are about the window, not the drawing)."""
    window = open_windows.new_map("classic", "en")
    m = window.document.map
    card_id = window.document.add_card(m.step_ids()[1], m.lanes[0].id, "Compares the offers")
    return window, card_id


def test_export_powerpoint_lists_the_slides_it_writes(qtbot, open_windows, tmp_path, monkeypatch):
    window, _ = _small_window(open_windows)
    target = tmp_path / "deck.pptx"
    listed = []

    def run(dialog):  # look at the slide list, click Export…, pick a file
        dialog.refresh_preview()
        listed.extend(dialog.slide_list.item(i).text() for i in range(dialog.slide_list.count()))
        dialog.export_button.click()
        return dialog.exported_path
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", run)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.window_actions.export_pptx.trigger()
    slides = Presentation(str(target)).slides
    # title, persona, overview, one slide per stage (the lanes with nothing in a stage are left out
    # when all of them do not fit: no stage continues on a slide of empty lanes)
    assert len(listed) == len(slides) == 8
    assert listed[0].startswith("1. Title") and window.statusBar().currentMessage() == "Exported deck.pptx"


def test_the_slide_list_reads_french(qtbot, qapp):
    """« Titre : … », « Étape : … »: a space before the colon, one slide a line."""
    translators = i18n.install_translators(qapp, "fr")
    try:
        dialog = export_dialog.ExportDialog(new_journey("hotel-stay", "fr"))
        qtbot.addWidget(dialog)
        dialog.pptx_radio.setChecked(True)
        dialog.refresh_preview()
        listed = [dialog.slide_list.item(i).text() for i in range(dialog.slide_list.count())]
    finally:
        i18n.remove_translators(qapp, translators)
    assert re.match(r"1\. Titre\s: Séjour", listed[0]), listed[0]
    assert any(re.match(rf"{i + 1}\. Étape\s: ", line) for i, line in enumerate(listed))
    assert not any(re.search(r"\S[:;!?]", line) for line in listed), listed


def test_export_svg_from_the_dialog(qtbot, open_windows, tmp_path, monkeypatch):
    window, _ = _small_window(open_windows)
    target = tmp_path / "map.svg"
    monkeypatch.setattr(export_dialog.ExportDialog, "exec",
                        lambda dialog: (dialog.export_button.click(), dialog.exported_path)[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.window_actions.export_svg.trigger()
    assert target.read_bytes().startswith(b"<?xml") and b"<text" in target.read_bytes()


def test_copy_as_image_puts_png_and_svg_of_the_map_on_the_clipboard(qtbot, open_windows):
    window, _ = _small_window(open_windows)
    window.window_actions.copy_image.trigger()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat("image/png") and mime.hasFormat(SVG_MIME)
    image = QImage.fromData(mime.data("image/png"), "PNG")
    layout = layout_map(window.document.journey, LayoutOptions(show_title=True, show_persona=True))
    assert image.width() == round((layout.width + 2 * MARGIN) * SCALE)  # twice the screen's pixels
    assert window.document.map.title.encode() in bytes(mime.data(SVG_MIME))
    assert "whole map" in window.statusBar().currentMessage()


def test_copy_as_image_of_a_selected_card(qtbot, open_windows):
    window, card_id = _small_window(open_windows)
    card = window.document.map.find_card(card_id)
    window.view.select(Selection.cards([card.id]))
    window.window_actions.copy_image.trigger()
    mime = QApplication.clipboard().mimeData()
    image = QImage.fromData(mime.data("image/png"), "PNG")
    box = layout_map(window.document.journey).card(card.id)
    assert image.width() == round((box.rect.w + 24) * SCALE)
    svg = bytes(mime.data(SVG_MIME)).decode("utf-8")
    assert box.lines[0] in svg and "selection" in window.statusBar().currentMessage()


@pytest.mark.parametrize("mode", ["fit", "poster"])
def test_print_fits_the_map_or_tiles_a_poster_as_the_pdf_does(qtbot, tmp_path, mode):
    from journey_studio.export.pdf_export import render_pdf
    from journey_studio.fileformat import load

    journey = load(BANK)
    dialog = PrintDialog(journey)
    qtbot.addWidget(dialog)
    dialog.page.setCurrentIndex(dialog.page.findData("A4"))
    dialog.mode.setCurrentIndex(dialog.mode.findData(mode))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = dialog.print_to(printer)
    _, exported = render_pdf(journey, dialog.options())
    assert pages == exported.pages and (pages == 1) == (mode == "fit")  # the PDF export's pages
    reader = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == pages
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert sorted((round(width), round(height))) == [595, 842]  # A4
    sizes: list[float] = []

    def visit(text, cm, tm, font, size):  # the size text is drawn at, in points on the sheet
        if text.strip():
            sizes.append(abs(size * tm[3] * cm[3]))
    text = "".join("".join(page.extract_text(visitor_text=visit).split()) for page in reader.pages)
    assert "Projetdeprêt" in text
    layout, margin = dialog.plan().layout, 12 * 72 / 25.4
    scale = 0.75 if mode == "poster" else min((width - 2 * margin) / layout.width, (height - 2 * margin) / layout.height)
    assert max(sizes) == pytest.approx(26 * scale, rel=0.1)  # the title: 26 map units at the page's scale


def test_print_preview_draws_the_pages(qtbot):
    from journey_studio.fileformat import load

    dialog = PrintDialog(load(BANK))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == 1, timeout=10000)
    dialog.mode.setCurrentIndex(dialog.mode.findData("poster"))
    qtbot.waitUntil(lambda: dialog.preview.pageCount() > 1, timeout=10000)
