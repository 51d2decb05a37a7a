"""A file from a stranger can do no harm: map titles, file names and data values that look like
HTML are shown as they are written, never formatted (a review found giant red headings)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

import journey_studio
from journey_studio.ui import plain_text
from journey_studio.ui.workshop_invite import InviteScreen
from tests.datasources.conftest import SURVEY
from tests.ui.test_living_map import SOURCE, open_living_map

HOSTILE = "<h1>BIG</h1><font color=red>unsafe</font>"


@pytest.fixture
def shown_boxes(monkeypatch):
    """The message boxes the app builds, captured instead of shown."""
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    return boxes


def _informative(box: QMessageBox) -> QLabel:
    return box.findChild(QLabel, "qt_msgbox_informativelabel")


def test_a_map_titled_with_html_shows_the_tags_on_the_invite_screen(qtbot):
    screen = InviteScreen("http://192.168.1.2:8765/", HOSTILE + "<script>alert(1)</script>")
    qtbot.addWidget(screen)
    assert screen.heading.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>BIG</h1>" in screen.heading.text() and "<script>" in screen.heading.text()


def test_a_broken_file_named_with_html_gives_a_plain_error(qtbot, open_windows, tmp_path, shown_boxes):
    path = tmp_path / "<h1>BIG<h1><font color=red>unsafe.journey"
    path.write_text("{ not a map", encoding="utf-8")
    assert open_windows.open_path(str(path)) is None
    box = shown_boxes[-1]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<h1>BIG<h1><font color=red>unsafe.journey" in box.text()


def test_a_csv_value_with_html_is_plain_in_the_refresh_report(qtbot, open_windows, tmp_path, shown_boxes,
                                                             monkeypatch):
    hack = "<h1>HACK</h1><font color=red>Call 555</font>"
    monkeypatch.setattr("tests.ui.test_living_map.SURVEY", [*SURVEY, ["2026-02-08", hack, "CSAT", "1", "Pros"]])
    open_living_map(open_windows, tmp_path, [SOURCE])  # rewrites the CSV with the hostile row
    window = open_windows.windows()[-1]
    window.living_map.refresh_action.trigger()
    box = shown_boxes[-1]
    assert hack in box.text() + box.informativeText()
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_informative_text_is_plain_too():
    box = plain_text.message_box(None, QMessageBox.Icon.Warning, "t", "main")
    box.setInformativeText(HOSTILE)
    plain_text.make_plain(box)
    assert _informative(box).textFormat() == Qt.TextFormat.PlainText
    box.deleteLater()


def test_import_notes_show_warnings_literally(qtbot, shown_boxes):
    from journey_studio.ui import windows

    windows.show_warnings(None, "<b>map</b>.csv", [HOSTILE])
    box = shown_boxes[-1]
    assert box.textFormat() == Qt.TextFormat.PlainText and "<b>map</b>.csv" in box.text()
    assert _informative(box).textFormat() == Qt.TextFormat.PlainText and HOSTILE in box.informativeText()


def test_tooltips_with_html_are_escaped():
    tip = plain_text.escape_for_tooltip(HOSTILE + "\nsecond line")
    assert "<h1>" not in tip and "&lt;h1&gt;BIG" in tip and "<br" in tip
    assert QtGui.mightBeRichText(tip)  # so Qt turns the entities back into the characters
    assert plain_text.escape_for_tooltip("Plain title\n/home/a.journey") == "Plain title\n/home/a.journey"


def test_an_emotion_point_labelled_with_html_gets_a_literal_tooltip(qtbot, open_windows):
    window = open_windows.new_map()
    document = window.document
    lane = next(lane for lane in document.map.lanes if lane.kind == "emotions")
    step = next(iter(document.map.steps()))
    document.set_point(lane.id, step.id, 1, label=HOSTILE)
    tip = window.view.map_scene.points[(lane.id, step.id)].toolTip()
    assert "<h1>" not in tip and "&lt;h1&gt;BIG&lt;/h1&gt;" in tip


def test_recent_map_tooltips_are_escaped(qtbot, open_windows, tmp_path):
    from journey_studio.fileformat import dumps
    from journey_studio.model import Journey

    window = open_windows.new_map()
    path = tmp_path / "<b>bold<b>.journey"
    journey = window.document.journey.model_copy(deep=True)
    journey.map.title = HOSTILE
    path.write_bytes(dumps(journey))
    opened = open_windows.open_path(str(path))
    assert opened is not None and isinstance(journey, Journey)
    menu = QMenu()
    opened.fill_recent_menu(menu)
    tips = [action.toolTip() for action in menu.actions() if "bold" in action.toolTip()]
    assert tips and all("<b>bold<b>" not in tip and "&lt;b&gt;bold&lt;b&gt;" in tip for tip in tips)
    assert any(action.text().endswith("<b>bold<b>.journey") for action in menu.actions())


def test_no_message_box_is_shown_through_qts_rich_text_guess():
    """Every message box of the app goes through ``plain_text`` (``QMessageBox.warning`` and its
    siblings guess the format; a new call would bring the giant red type back)."""
    package = Path(journey_studio.__file__).parent
    static = re.compile(r"QMessageBox\.(warning|information|question|critical)\(")
    found = [f"{path.relative_to(package)}:{number}"
             for path in package.rglob("*.py")
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if static.search(line)]
    assert found == []


def test_a_lane_title_with_an_ampersand_shows_in_the_lanes_menu(qtbot, open_windows):
    window = open_windows.new_map()
    lane = window.document.map.lanes[0]
    window.document.update_lane(lane.id, title="R&D <b>x</b>")
    menu = QMenu()
    window.fill_lanes_menu(menu)
    assert "R&D <b>x</b>" in [action.iconText() for action in menu.actions()]  # not "RD", no mnemonic


def test_the_password_question_quotes_the_source_as_plain_text(qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    seen = []
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: seen.append(
        [(label.text(), label.textFormat()) for label in dialog.findChildren(QLabel)]) or 0)
    assert plain_text.ask_text(None, "Database password", f"Password for {HOSTILE}:") == ("", False)
    assert seen == [[(f"Password for {HOSTILE}:", Qt.TextFormat.PlainText)]]
