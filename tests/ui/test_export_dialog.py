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
