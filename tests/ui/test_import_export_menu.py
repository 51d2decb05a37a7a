"""File › Import…, Export As…, Export PNG… / PDF…, drops and pasting a Mermaid journey."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from support import EXAMPLES

from journey_studio.fileformat import load
from journey_studio.fileformat.readers import read_any
from journey_studio.ui import export_dialog, windows

pytestmark = pytest.mark.usefixtures("no_real_dialogs")

MERMAID = """journey
  title Café visit
  section Arrive
    Find a table: 3: Me
    Order coffee: notanumber: Me, Barista
  section Work
    Plug in laptop: 5: Me
"""


@pytest.fixture
def notes(monkeypatch):
    """The import/export notes dialog, recorded instead of shown."""
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(windows, "show_warnings", lambda parent, name, warnings: shown.append((name, warnings)))
    return shown


@pytest.fixture
def mmd(tmp_path):
    path = tmp_path / "cafe.mmd"
    path.write_text(MERMAID, encoding="utf-8")
    return path


def _stage_names(window):
    return [stage.name for stage in window.document.map.stages]


def test_the_import_and_export_actions_are_enabled(qtbot, open_windows):
    acts = open_windows.new_map().window_actions
    assert all(a.isEnabled() for a in (acts.import_, acts.export_as, acts.export_png, acts.export_pdf))


def test_import_of_a_mermaid_file_makes_an_unsaved_map_and_lists_the_warnings(
        qtbot, open_windows, notes, mmd, monkeypatch):
    start = open_windows.new_map()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(mmd), ""))
    start.window_actions.import_.trigger()
    window, = open_windows.windows()  # the untouched new map made room for it
    assert _stage_names(window) == ["Arrive", "Work"]
    assert [s.name for s in window.document.map.stages[0].steps] == ["Find a table", "Order coffee"]
    assert window.document.path is None and window.document.dirty
    assert window.windowTitle().startswith("Café visit[*]")
    (name, warnings), = notes
    assert name == "cafe.mmd" and "notanumber" in warnings[0]
    assert not window.is_pristine()  # the next Open does not replace the imported map


def test_an_import_with_no_title_is_named_after_its_file(qtbot, open_windows, notes, tmp_path):
    path = tmp_path / "checkout flow.mmd"
    path.write_text("journey\n  section Pay\n    Enter card: 2: Me\n", encoding="utf-8")
    window = open_windows.open_path(str(path))  # File › Open takes other formats too
    assert window.document.path is None and window.windowTitle().startswith("checkout flow[*]")


def test_an_unreadable_import_says_why_and_opens_nothing(qtbot, open_windows, messages, tmp_path):
    bad = tmp_path / "broken.mmd"
    bad.write_text("journey\n  section\n    : :\n", encoding="utf-8")
    assert open_windows.import_path(str(bad)) is None
    assert messages.shown[0][0] == "warning" and "broken.mmd" in messages.shown[0][1]
    assert open_windows.windows() == []


def test_dropping_a_spreadsheet_or_mermaid_file_imports_it(qtbot, open_windows, notes, mmd, tmp_path):
    source = open_windows.open_path(str(EXAMPLES[0]))
    xlsx = tmp_path / "grid.xlsx"
    from journey_studio.fileformat.writers import write_any
    write_any(source.document.journey, str(xlsx))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(mmd)), QUrl.fromLocalFile(str(xlsx))])
    source.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))
    _, from_mmd, from_xlsx = open_windows.windows()
    assert _stage_names(from_mmd) == ["Arrive", "Work"]
    assert _stage_names(from_xlsx) == _stage_names(source)
    assert from_mmd.document.path is None and from_xlsx.document.path is None


@pytest.mark.parametrize("suffix", [".mmd", ".md", ".csv", ".xlsx", ".journey"])
def test_export_as_writes_a_copy_and_leaves_the_map_as_it_was(qtbot, open_windows, notes, tmp_path, monkeypatch, suffix):
    window = open_windows.open_path(str(EXAMPLES[0]))
    target = tmp_path / f"copy{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.window_actions.export_as.trigger()
    assert target.is_file()
    assert _stage_names(window) == [s.name for s in read_any(target).map.stages]
    assert window.document.path == str(EXAMPLES[0]) and not window.document.dirty
    assert window.statusBar().currentMessage() == f"Exported copy{suffix}"
    if suffix == ".mmd":
        assert notes and notes[0][0] == "copy.mmd"  # lanes Mermaid cannot show are listed


def test_export_as_without_a_suffix_takes_the_chosen_format(qtbot, open_windows, notes, tmp_path, monkeypatch):
    window = open_windows.open_path(str(EXAMPLES[0]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "grid"), "Excel workbook (*.xlsx)"))
    window.window_actions.export_as.trigger()
    assert (tmp_path / "grid.xlsx").is_file()


@pytest.mark.parametrize("action, suffix, magic", [("export_png", ".png", b"\x89PNG"), ("export_pdf", ".pdf", b"%PDF")])
def test_export_png_and_pdf_open_the_dialog_set_to_that_format_and_write_the_file(
        qtbot, open_windows, tmp_path, monkeypatch, action, suffix, magic):
    window = open_windows.open_path(str(EXAMPLES[0]))
    target = tmp_path / f"poster{suffix}"
    seen = {}

    def run(dialog):  # what the user does: look at the format, click Export…, pick a file
        seen["png"] = dialog.is_png()
        dialog.export_button.click()
        return dialog.exported_path
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", run)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    getattr(window.window_actions, action).trigger()
    assert seen["png"] is (suffix == ".png")
    assert target.read_bytes().startswith(magic)
    assert window.statusBar().currentMessage() == f"Exported poster{suffix}"
    if suffix == ".png":  # the editable map rides inside the image by default
        assert load(EXAMPLES[0]).map == read_any(target).map


def _paste(window, text):
    mime = QMimeData()
    mime.setText(text)
    QApplication.clipboard().setMimeData(mime)
    window.window_actions.paste.trigger()


def test_pasting_a_mermaid_journey_onto_an_empty_map_opens_it_as_a_new_map(qtbot, open_windows, notes):
    window = open_windows.new_map("blank", "en")  # stages and lanes, no cards, no points
    _paste(window, MERMAID)
    new, = open_windows.windows()
    assert new is not window and _stage_names(new) == ["Arrive", "Work"]
    assert new.document.path is None and new.document.dirty
    assert notes and "notanumber" in notes[0][1][0]


def test_pasting_a_mermaid_journey_onto_a_touched_empty_map_keeps_that_map(qtbot, open_windows, notes):
    window = open_windows.new_map("blank", "en")
    window.document.update_map(title="My workshop")
    _paste(window, MERMAID)
    kept, new = open_windows.windows()
    assert kept is window and window.document.map.title == "My workshop"
    assert _stage_names(new) == ["Arrive", "Work"]


def test_mermaid_text_pasted_onto_a_map_with_cards_becomes_cards(qtbot, open_windows, notes):
    window = open_windows.open_path(str(EXAMPLES[0]))
    cards = len(window.document.map.cards)
    _paste(window, MERMAID)
    assert len(open_windows.windows()) == 1 and len(window.document.map.cards) > cards


def test_the_first_export_of_a_saved_map_is_offered_beside_the_map(qtbot, open_windows, tmp_path, monkeypatch):
    source = tmp_path / "maps" / "client.journey"
    source.parent.mkdir()
    source.write_bytes(EXAMPLES[0].read_bytes())
    window = open_windows.open_path(str(source))
    offered = {}

    def pick(parent, caption, suggested, *rest):
        offered["path"] = suggested
        return "", ""  # the user cancels
    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    from journey_studio.ui.import_export import export_picture_dialog

    export_picture_dialog(window, png=False).export_button.click()
    assert Path(offered["path"]) == source.parent / "client.pdf"
