"""The Export dialog: options reach the files, the preview draws, settings are kept per map."""

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSettings

from journey_studio.ui.export_dialog import ExportDialog
from sample_maps import grid_map


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_png_options_reach_the_file(qtbot, tmp_path, settings):
    dialog = ExportDialog(grid_map(3, 2), settings=settings)
    qtbot.addWidget(dialog)
    dialog.png_radio.setChecked(True)
    dialog.dpi.setValue(144)
    dialog.transparent.setChecked(True)
    path = dialog.export_to(str(tmp_path / "m.png"))
    with Image.open(path) as image:
        assert image.info["dpi"][0] == pytest.approx(144, abs=0.05)
        assert image.getpixel((0, 0))[3] == 0


def test_pdf_poster_options_reach_the_file(qtbot, tmp_path, settings):
    dialog = ExportDialog(grid_map(6, 4), settings=settings)
    qtbot.addWidget(dialog)
    dialog.pdf_radio.setChecked(True)
    dialog.page.setCurrentIndex(dialog.page.findData("A4"))
    dialog.mode.setCurrentIndex(dialog.mode.findData("poster"))
    dialog.scale.setValue(150)
    dialog.refresh_preview()
    assert dialog.summary.text().startswith("Poster:")
    pages = int(dialog.summary.text().split("=")[1].split()[0])
    reader = PdfReader(dialog.export_to(str(tmp_path / "m.pdf")))
    assert len(reader.pages) == pages > 1  # the preview announces what the export writes


def test_the_preview_is_drawn_after_a_change(qtbot, settings):
    dialog = ExportDialog(grid_map(3, 2), settings=settings)
    qtbot.addWidget(dialog)
    dialog.png_radio.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull(),
                    timeout=3000)
    dialog.dpi.setValue(300)
    assert dialog._timer.isActive()
    qtbot.waitUntil(lambda: "300 DPI" in dialog.summary.text(), timeout=3000)
    assert dialog.preview.pixmap().width() <= dialog.preview.width()


def test_too_large_is_said_in_the_summary(qtbot, settings):
    dialog = ExportDialog(grid_map(30, 6), settings=settings)
    qtbot.addWidget(dialog)
    dialog.png_radio.setChecked(True)
    dialog.dpi.setValue(600)
    dialog.refresh_preview()
    assert "megapixels" in dialog.summary.text()


def test_settings_are_remembered_per_map(qtbot, tmp_path, settings):
    first, other = grid_map(2, 1), grid_map(2, 1)
    other.map.id = "another-map"
    dialog = ExportDialog(first, settings=settings)
    qtbot.addWidget(dialog)
    dialog.pdf_radio.setChecked(True)
    dialog.page.setCurrentIndex(dialog.page.findData("A1"))
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    dialog.author.setText("Léa")
    dialog.export_to(str(tmp_path / "a.pdf"))

    again = ExportDialog(first, settings=settings)
    qtbot.addWidget(again)
    assert again.pdf_options().page == "A1" and again.pdf_options().orientation == "portrait"
    assert again.pdf_options().author == "Léa" and not again.is_png()
    fresh = ExportDialog(other, settings=settings)
    qtbot.addWidget(fresh)
    assert fresh.pdf_options().page == "A3" and fresh.pdf_options().author == ""


DESCRIPTION = "Atelier du 14 mars avec les équipes agences"


def _described(stages=3):
    journey = grid_map(stages, 2, title="Carte")
    journey.map.description = DESCRIPTION
    return journey


def _texts(shapes) -> str:
    return " ".join(getattr(shape, "text", "") for shape in shapes)


def test_the_png_preview_draws_the_description_only_when_it_is_asked_for(qtbot, settings):
    dialog = ExportDialog(_described(), settings=settings)
    qtbot.addWidget(dialog)
    dialog.png_radio.setChecked(True)
    assert dialog.png_description.isChecked() and dialog.png_description.isEnabled()
    dialog.refresh_preview()
    shown, summary = dialog.preview.pixmap().toImage(), dialog.summary.text()
    assert DESCRIPTION in _texts(dialog.preview_plan.title.shapes)
    dialog.png_description.setChecked(False)
    dialog.refresh_preview()
    hidden = dialog.preview.pixmap().toImage()
    assert DESCRIPTION not in _texts(dialog.preview_plan.title.shapes)
    assert hidden != shown and dialog.summary.text() != summary  # other pixels, a shorter image announced
    dialog.png_title.setChecked(False)
    assert not dialog.png_description.isEnabled()  # the description goes under the title


def test_the_pdf_preview_is_the_page_with_the_title_and_description_the_file_carries(qtbot, tmp_path, settings):
    dialog = ExportDialog(_described(), settings=settings)
    qtbot.addWidget(dialog)
    dialog.pdf_radio.setChecked(True)
    dialog.refresh_preview()
    header = _texts(dialog.preview_plan.placements[0].shapes)
    assert "Carte" in header and DESCRIPTION in header
    image = dialog.preview.pixmap().toImage()
    plan = dialog.preview_plan
    ratio = image.width() / image.height()
    assert ratio == pytest.approx(plan.width / plan.height, abs=0.02)  # the page's shape
    # ink in the header band, where the plan puts the title: drawn, not only planned
    band = [image.pixelColor(x, y).lightness() for x in range(image.width() // 3)
            for y in range(2, int(image.height() * 0.07))]
    assert min(band) < 120
    text = PdfReader(dialog.export_to(str(tmp_path / "m.pdf"))).pages[0].extract_text()
    assert "Carte" in text and DESCRIPTION in " ".join(text.split())


def test_the_comments_choice_reaches_the_pdf_and_is_remembered(qtbot, tmp_path, settings):
    from journey_studio.model.card import Comment

    journey = _described()
    journey.map.cards[0].comments.append(Comment(author="Hugo", text="Trop long au téléphone"))
    dialog = ExportDialog(journey, settings=settings)
    qtbot.addWidget(dialog)
    dialog.pdf_radio.setChecked(True)
    assert dialog.comments.isEnabled() and not dialog.comments.isChecked()
    plain = PdfReader(dialog.export_to(str(tmp_path / "plain.pdf")))
    dialog.comments.setChecked(True)
    dialog.refresh_preview()
    assert "comments" in dialog.summary.text()
    noted = PdfReader(dialog.export_to(str(tmp_path / "notes.pdf")))
    assert len(noted.pages) == len(plain.pages) + 1
    assert "Trop long au téléphone" in noted.pages[-1].extract_text()
    again = ExportDialog(journey, settings=settings)
    qtbot.addWidget(again)
    assert again.comments.isChecked() and again.pdf_options().comments

    bare = grid_map(2, 1)  # no comment anywhere: nothing to add, and said so
    bare.map.id = "bare"
    quiet = ExportDialog(bare, settings=settings)
    qtbot.addWidget(quiet)
    assert not quiet.comments.isEnabled() and quiet.comments.toolTip()
    assert not quiet.png_description.isEnabled()


def test_the_description_choice_is_remembered(qtbot, tmp_path, settings):
    dialog = ExportDialog(_described(), settings=settings)
    qtbot.addWidget(dialog)
    dialog.png_radio.setChecked(True)
    dialog.png_description.setChecked(False)
    dialog.export_to(str(tmp_path / "m.png"))
    again = ExportDialog(_described(), settings=settings)
    qtbot.addWidget(again)
    assert not again.png_description.isChecked() and not again.png_options().show_description
