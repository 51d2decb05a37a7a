"""The start screen: gallery, filter by typing, Enter opens, recent maps, back after the last map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from support import EXAMPLES
from journey_studio.templates import builtin_templates
from journey_studio.ui.start_screen import NAME_ROLE, TITLE_ROLE

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def start(qtbot, open_windows):
    return open_windows.show_start_screen()  # open_windows: this test's Application


def test_the_gallery_shows_every_template_with_its_preview(start):
    gallery = start.screen_widget.gallery
    assert gallery.count() == len(builtin_templates()) >= 12
    icon = gallery.item(3).icon().pixmap(gallery.iconSize())
    image = icon.toImage()
    assert image.width() == gallery.iconSize().width()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # a drawn map, not an empty tile


def test_typing_filters_and_enter_opens_the_choice_as_a_new_unsaved_map(qtbot, start, open_windows):
    screen = start.screen_widget
    screen.gallery.setFocus()
    QTest.keyClicks(screen.gallery, "mobile")  # typing in the gallery goes to the filter
    assert screen.filter.text() == "mobile" and screen.visible_templates() == ["mobile-plan"]
    QTest.keyClick(screen.filter, Qt.Key.Key_Return)
    window = open_windows.windows()[-1]
    assert window.document.map.title == "Buying and activating a mobile plan"
    assert window.document.path is None and window.document.map.language == "en"
    assert not start.isVisible()  # the map's window took its place


def test_the_filter_matches_french_titles_too(start, qapp):
    from journey_studio import i18n

    english = i18n.install_translators(qapp, "en")  # the plural forms of English
    screen = start.screen_widget
    screen.filter.setText("forfait")
    assert screen.visible_templates() == ["mobile-plan"]
    screen.filter.setText("zzz")
    assert screen.visible_templates() == [] and screen.count_label.text() == "0 templates"
    screen.filter.setText("hotel")
    assert screen.count_label.text() == "1 template"
    i18n.remove_translators(qapp, english)


def test_the_filter_ignores_accents_and_searches_descriptions_and_says_when_none_matches(start, qtbot):
    screen = start.screen_widget
    screen.gallery.setFocus()
    QTest.keyClicks(screen.gallery, "sejour")  # “Séjour à l’hôtel”, typed without accent
    assert screen.visible_templates() == ["hotel-stay"] and screen.gallery.empty_text == ""
    screen.filter.clear()
    QTest.keyClicks(screen.filter, "BANQUE")  # only in the description: “…choix de la banque…”
    assert screen.visible_templates() == ["bank-account-opening"]
    screen.filter.clear()
    QTest.keyClicks(screen.filter, "zzz")
    assert screen.visible_templates() == []
    assert screen.gallery.empty_text == "No template matches “zzz”."
    screen.gallery.repaint()  # the message is drawn in the empty list, not a blank area
    image = screen.gallery.viewport().grab().toImage()
    inks = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(40, 90, 2)}
    assert len(inks) > 3
    screen.filter.clear()
    assert screen.gallery.empty_text == "" and len(screen.visible_templates()) >= 12


def test_arrows_move_and_enter_opens_from_the_gallery(qtbot, start, open_windows):
    screen = start.screen_widget
    screen.gallery.setFocus()
    screen.gallery.setCurrentRow(0)
    QTest.keyClick(screen.gallery, Qt.Key.Key_Right)
    assert screen.gallery.currentItem().data(NAME_ROLE) == "classic"
    QTest.keyClick(screen.gallery, Qt.Key.Key_Return)
    assert len(open_windows.windows()[-1].document.map.stages) == 5


def test_recent_maps_show_title_folder_and_thumbnail(start):
    start.host.recent_files.add(str(EXAMPLES[0]))
    screen = start.screen_widget
    screen.refresh()
    screen.finish_thumbnails()
    item = screen.recent.item(0)
    from journey_studio.fileformat import load
    title, file, _date = item.text().split("\n")
    assert title == load(EXAMPLES[0]).map.title and file.endswith(f"examples/{EXAMPLES[0].name}")
    assert not item.icon().isNull()
    assert str(EXAMPLES[0]) in item.toolTip()


def test_one_click_on_a_recent_map_opens_it_once(qtbot, start, open_windows, tmp_path):
    import shutil

    path = shutil.copy(EXAMPLES[0], tmp_path)
    start.host.recent_files.add(path)
    screen = start.screen_widget
    screen.refresh()
    chosen = []
    screen.recent_chosen.connect(chosen.append)
    rect = screen.recent.visualItemRect(screen.recent.item(0))
    QTest.mouseClick(screen.recent.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     rect.center())
    assert chosen == [path]  # one click, one opening (even where a click also activates)
    qtbot.waitUntil(lambda: any(w.document.path == path for w in open_windows.windows()))
    assert screen.recent.viewport().cursor().shape() == Qt.CursorShape.PointingHandCursor


def _shown_lines(recent, row):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(recent.viewport())
    option.rect = recent.visualItemRect(recent.item(row))
    recent.itemDelegate().initStyleOption(option, recent.model().index(row, 0))
    lines = option.text.split("\u2028")  # the delegate shows "\\n" so
    assert option.fontMetrics.horizontalAdvance(lines[1]) < option.rect.width() - option.decorationSize.width()
    return lines


def test_two_recent_maps_with_one_title_show_different_paths_cut_in_the_middle(start, tmp_path):
    import shutil

    folder = tmp_path / "journey-studio-workshops" / "programme-benchmarks"
    paths = [shutil.copy(EXAMPLES[0], folder / name) for name in ("programme-50.journey", "programme-200.journey")
             if folder.mkdir(parents=True, exist_ok=True) is None]
    for client in ("client-a", "client-b"):
        (folder / client).mkdir()
        paths.append(shutil.copy(EXAMPLES[0], folder / client / "programme.journey"))
    for path in paths:
        start.host.recent_files.add(path)
    screen = start.screen_widget
    screen.refresh()
    screen.finish_thumbnails()
    shown = [_shown_lines(screen.recent, row) for row in range(4)]
    title = screen.recent.item(0).data(TITLE_ROLE)
    assert {lines[0] for lines in shown} == {f"{title} — {folder}" for folder in
                                            ("client-a", "client-b", "programme-benchmarks")}
    assert len({lines[1] for lines in shown}) == 4  # the paths differ where they differ
    for lines in shown:
        assert lines[1].startswith(("/tmp/…/", "…/"))  # cut in the middle, not at the end
    assert shown[0][1].endswith("/client-b/programme.journey")  # the most recent first
    assert {screen.recent.item(r).toolTip().split("\n")[1] for r in range(4)} == {str(p) for p in paths}


def test_recent_maps_with_one_file_name_show_the_folders_that_tell_them_apart(start, tmp_path):
    """Like an editor's tabs: "programme — client-a" and "programme — client-b"; the third,
    alone with its name and title, shows no folder."""
    import shutil

    import json

    from journey_studio.fileformat import load

    paths = []
    for folder, name in (("client-a", "programme.journey"), ("client-b", "programme.journey"),
                         ("client-b", "other.journey")):
        (tmp_path / "workshops" / folder).mkdir(parents=True, exist_ok=True)
        paths.append(str(shutil.copy(EXAMPLES[0], tmp_path / "workshops" / folder / name)))
    data = json.loads(Path(paths[2]).read_text(encoding="utf-8"))
    data["map"]["title"] = "Another map"  # a title of its own
    Path(paths[2]).write_text(json.dumps(data), encoding="utf-8")
    for path in paths:
        start.host.recent_files.add(path)
    screen = start.screen_widget
    screen.refresh()
    screen.finish_thumbnails()
    shown = {screen.recent.item(row).data(NAME_ROLE): _shown_lines(screen.recent, row) for row in range(3)}
    title = load(paths[0]).map.title
    assert shown[paths[0]][0] == f"{title} — client-a" and shown[paths[1]][0] == f"{title} — client-b"
    assert shown[paths[2]][0] == "Another map"
    assert len({tuple(lines[:2]) for lines in shown.values()}) == 3
    for lines in shown.values():  # the side panel has room for the whole path of a usual folder
        assert "…" not in lines[1] or "/workshops/" in lines[1], lines[1]


def test_the_folder_that_tells_two_maps_apart_is_the_shortest_end_that_differs():
    from journey_studio.ui.recent_names import distinguishing_folders

    entries = [("/w/2024/client-a/p.journey", "P"), ("/w/2024/client-b/p.journey", "P"),
               ("/w/2025/client-a/p.journey", "P"), ("/w/2025/client-a/q.journey", "Q"),
               ("/w/2025/client-a/r.journey", "P"), ("/x/solo.journey", "Solo"),
               ("C:\\Users\\ana\\a\\m.journey", "M"), ("C:\\Users\\ana\\b\\m.journey", "M")]
    assert distinguishing_folders(entries) == [
        "2024/client-a", "client-b", "2025/client-a", "", "2025/client-a", "", "a", "b"]


def test_a_path_is_cut_after_its_first_folder_keeping_its_end():
    from PySide6.QtGui import QFontMetrics, QFont

    from journey_studio.ui.start_screen import elide_path

    metrics = QFontMetrics(QFont("DejaVu Sans", 10))
    path = "/work/main/benchmarks/large/programme-200.journey"
    assert elide_path(path, metrics, 2000) == path
    short = elide_path(path, metrics, metrics.horizontalAdvance("/work/…/large/programme-200.journey") + 2)
    assert short == "/work/…/large/programme-200.journey"
    tail = elide_path(path, metrics, metrics.horizontalAdvance("…/large/programme-200.journey") + 2)
    assert tail == "…/large/programme-200.journey"  # no room for the first folder: the end first
    tiny = elide_path(path, metrics, 100)
    assert tiny.startswith("…") and tiny.endswith("-200.journey") and metrics.horizontalAdvance(tiny) <= 100


def test_closing_the_last_map_brings_the_start_screen_back(qtbot, start, open_windows):
    start.screen_widget.filter.setText("hotel")
    start.open_template("hotel-stay")
    assert not start.isVisible()
    open_windows.windows()[-1].close()
    assert start.isVisible() and open_windows.windows() == []
    assert start.screen_widget.filter.text() == "" and len(start.screen_widget.visible_templates()) >= 12


def test_quit_does_not_bring_the_start_screen_back(qtbot, start, open_windows):
    start.open_template("blank")
    window = open_windows.windows()[-1]
    window.quit_application()
    assert not start.isVisible() and open_windows.windows() == []


def _shows_the_whole_map(view) -> bool:
    bars = (view.horizontalScrollBar(), view.verticalScrollBar())
    return view.fits_at(view.zoom()) and all(bar.maximum() == bar.minimum() for bar in bars)


def test_a_new_map_from_a_template_opens_fitted_like_an_opened_file(qtbot, start, open_windows):
    start.open_template("hotel-stay")
    window = open_windows.windows()[-1]
    qtbot.waitExposed(window)
    view = window.view
    assert not view.fits_at(1.0)  # larger than the window at 100 %
    qtbot.waitUntil(lambda: view.zoom() < 1.0 and _shows_the_whole_map(view))
    assert view.zoom() == pytest.approx(view.fit_zoom(), abs=1e-3)
    # File › New from Template: the same
    other = window.new_map("classic", "en")
    qtbot.waitExposed(other)
    qtbot.waitUntil(lambda: other.view.zoom() < 1.0 and _shows_the_whole_map(other.view))


def test_a_new_blank_map_follows_the_same_rule(qtbot, open_windows):
    window = open_windows.new_map("blank", "en")
    qtbot.waitExposed(window)
    view = window.view
    if view.fits_at(1.0):  # a window large enough: the start of the journey at 100 %
        qtbot.wait(20)
        assert view.zoom() == 1.0
    else:  # the small window of the tests: all of it
        qtbot.waitUntil(lambda: view.zoom() < 1.0 and _shows_the_whole_map(view))
