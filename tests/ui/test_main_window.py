"""The editor window: title and unsaved mark, closing with changes, save/open, recent files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journey_studio.fileformat import dumps, load
from journey_studio.ui import file_dialogs
from journey_studio.ui.file_dialogs import SaveFailedChoice
from journey_studio.ui.recent_files import add_recent_file, clear_recent_files, recent_files

from support import EXAMPLES

pytestmark = pytest.mark.usefixtures("no_real_dialogs")

Button = QMessageBox.StandardButton


def test_title_shows_map_name_and_unsaved_mark(qtbot, open_windows):
    window = open_windows.new_map("classic", "en")
    assert window.windowTitle() == "Customer journey: the five classic stages[*] — Journey Studio"
    assert not window.isWindowModified()
    window.document.update_map(title="Onboarding")
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Onboarding[*]")
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_title_shows_file_name(qtbot, open_windows):
    window = open_windows.open_path(str(EXAMPLES[0]))
    assert window.windowTitle() == f"{EXAMPLES[0].name}[*] — Journey Studio"


def test_close_with_unsaved_changes_asks_and_cancel_keeps_window(qtbot, open_windows, messages):
    window = open_windows.new_map()
    window.document.update_map(title="Changed")
    messages.answers.append(Button.Cancel)
    assert not window.close()
    assert messages.shown[0][0] == "warning" and "Save the changes" in messages.shown[0][1]
    assert window.isVisible() and window in open_windows.windows()
    messages.answers.append(Button.Discard)
    assert window.close()
    assert window not in open_windows.windows()


def test_close_save_failing_keeps_window(qtbot, open_windows, messages, monkeypatch, tmp_path):
    window = open_windows.new_map()
    window.document.update_map(title="Changed")
    blocked = tmp_path / "no-such-folder" / "map.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(blocked), ""))
    messages.answers.append(Button.Save)
    failures = []
    monkeypatch.setattr(file_dialogs, "ask_save_failed",
                        lambda parent, name, reason: failures.append((name, reason)) or SaveFailedChoice.CANCEL)
    assert not window.close()
    assert [kind for kind, _ in messages.shown] == ["warning"]
    assert failures and failures[0][0] == "map.journey"
    assert window.isVisible() and window.document.dirty


def test_save_as_writes_a_file_that_reopens_equal(qtbot, open_windows, monkeypatch, tmp_path):
    window = open_windows.open_path(str(EXAMPLES[0]))
    window.document.update_map(title="Renamed map")
    asked = {}

    def dialog(parent, caption, suggested, filter_):
        asked["suggested"] = suggested
        return str(tmp_path / "copy"), filter_
    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    assert window.save_as()
    saved = tmp_path / "copy.journey"
    assert Path(asked["suggested"]).name == EXAMPLES[0].name
    assert not window.document.dirty
    assert window.windowTitle().startswith("copy.journey")
    assert dumps(load(saved)) == dumps(window.document.journey)
    assert recent_files()[0] == str(saved)


def test_save_as_suggests_the_title_for_a_new_map(qtbot, open_windows):
    window = open_windows.new_map()
    window.document.update_map(title="Claims: phone / web")
    assert Path(window.suggested_file_name()).name == "Claims  phone   web.journey"


def test_opening_a_broken_file_shows_a_message_and_changes_nothing(qtbot, open_windows, messages, tmp_path):
    window = open_windows.new_map()
    broken = tmp_path / "broken.journey"
    broken.write_text('{"format": "journey-studio", "map": ', encoding="utf-8")
    before = open_windows.windows()
    assert window.open_path(str(broken)) is None
    assert len(messages.shown) == 1 and "broken.journey" in messages.shown[0][1]
    assert open_windows.windows() == before and window.isVisible()
    assert recent_files() == []


def test_open_replaces_an_untouched_new_window_only(qtbot, open_windows):
    blank = open_windows.new_map()
    opened = blank.open_path(str(EXAMPLES[0]))
    assert open_windows.windows() == [opened]
    second = opened.new_map()
    assert open_windows.windows() == [opened, second]
    assert opened.open_path(str(EXAMPLES[0])) is opened  # already open: brought to front


def test_recent_files_most_recent_first_without_duplicates_and_clear(qtbot, open_windows, tmp_path):
    for name in ("a", "b", "a"):
        add_recent_file(str(tmp_path / f"{name}.journey"))
    assert [Path(p).stem for p in recent_files()] == ["a", "b"]
    window = open_windows.new_map()
    menu = window.window_actions.recent_menu
    window.fill_recent_menu(menu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&1 a.journey", "&2 b.journey", "&Clear Menu"]
    clear_recent_files()
    window.fill_recent_menu(menu)
    assert [a.text() for a in menu.actions()] == ["&Clear Menu"]


def test_no_two_actions_share_a_shortcut(qtbot, open_windows):
    window = open_windows.new_map()
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    assert "Ctrl+D" in seen and "Ctrl+Z" in seen


def test_a_map_still_titled_by_its_template_takes_the_file_name_on_save_as(qtbot, open_windows, monkeypatch, tmp_path):
    window = open_windows.new_map()
    assert window.document.map.title == "Untitled journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "Claims journey"), ""))
    assert window.save_as()
    assert load(tmp_path / "Claims journey.journey").map.title == "Claims journey"
    window.document.update_map(title="Our own title")  # a title someone chose is never replaced
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "other"), ""))
    assert window.save_as()
    assert load(tmp_path / "other.journey").map.title == "Our own title"


def test_a_new_stage_is_ready_to_be_named(qtbot, open_windows):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window = open_windows.new_map()
    count = len(window.document.map.stages)
    window.window_actions.add_stage.trigger()
    assert len(window.document.map.stages) == count + 1 and window.view.is_editing()
    editor = window.view.map_scene.focusItem()
    QTest.keyClicks(window.view, "Onboarding")
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    assert window.document.map.stages[-1].name == "Onboarding", editor


def test_recent_files_with_the_same_name_say_which_folder(qtbot, open_windows, tmp_path):
    for folder in ("acme", "globex"):
        add_recent_file(str(tmp_path / folder / "journey.journey"))
    window = open_windows.new_map()
    menu = window.window_actions.recent_menu
    window.fill_recent_menu(menu)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()][:2]
    assert texts[0].startswith("&1 journey.journey  —  ") and texts[0].endswith("globex")
    assert texts[1].endswith("acme")


def test_a_window_built_alone_asks_its_host_for_other_windows(qtbot, tmp_path):
    from journey_studio.document import Document
    from journey_studio.ui.main_window import MainWindow
    from stub_host import StubHost

    host = StubHost()
    window = MainWindow(Document.new("classic", "en"), host)
    qtbot.addWidget(window)
    window.window_actions.new.trigger()
    window.open_path(str(EXAMPLES[0]))
    window.window_actions.quit.trigger()
    assert [r[0] for r in host.requests] == ["new_map", "open_path", "quit"]
    assert host.requests[0][3] is window and host.requests[1][1:] == (str(EXAMPLES[0]), window)  # pristine
    window.document.update_map(title="Touched")
    window.open_path(str(EXAMPLES[1]))
    assert host.requests[-1] == ("open_path", str(EXAMPLES[1]), None)  # not pristine: a new window
    host.recent_files.add(str(tmp_path / "a.journey"))
    window.fill_recent_menu(window.window_actions.recent_menu)
    assert "a.journey" in window.window_actions.recent_menu.actions()[0].text()
    window.document.undo_stack.setClean()
    window.close()
    assert host.requests[-1] == ("window_closed", window)


def test_read_only_is_a_document_state_the_window_follows(qtbot):
    from journey_studio.document import Document
    from journey_studio.ui.main_window import MainWindow
    from stub_host import StubHost

    document = Document.new("classic", "en")
    seen = []
    document.read_only_changed.connect(seen.append)
    window = MainWindow(document, StubHost())
    qtbot.addWidget(window)
    document.read_only = True
    assert seen == [True] and "(read-only)" in window.windowTitle()
    assert not window.window_actions.add_stage.isEnabled() and window.read_only_note.isVisibleTo(window)
    document.read_only = True  # no change, no signal
    document.read_only = False
    assert seen == [True, False] and window.window_actions.add_stage.isEnabled()


def test_a_lane_or_stage_added_off_screen_scrolls_into_view_before_its_name_is_typed(qtbot, open_windows, tmp_path):
    import shutil

    from journey_studio.canvas.selection import Selection
    from journey_studio.model import LaneKind

    window = open_windows.open_path(shutil.copy(EXAMPLES[0], tmp_path))
    qtbot.waitExposed(window)
    window.resize(1400, 600)
    qtbot.waitUntil(lambda: window.view.viewport().height() < 600)
    view = window.view
    last_lane = window.document.map.lanes[-1].id
    view.select(Selection.lane(last_lane))  # the inserted lane goes below the last one
    view.verticalScrollBar().setValue(0)
    view.horizontalScrollBar().setValue(0)
    window.insert_lane(LaneKind.OPPORTUNITIES)
    new_lane = window.document.map.lanes[-1].id
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    header = view.map_scene.lanes[new_lane].box_rect()
    assert shown.top() <= header.y and header.bottom <= shown.bottom() + 1
    assert view.is_editing()  # its name is open for typing, in view
    view.close_editor(commit=False)
    last_stage = window.document.map.stages[-1].id
    view.select(Selection.stage(last_stage))
    view.horizontalScrollBar().setValue(0)
    window.insert_stage()
    new_stage = window.document.map.stages[-1].id
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    box = view.map_scene.stages[new_stage].box_rect()
    assert shown.left() <= box.x and box.right <= shown.right() + 1
    view.close_editor(commit=False)


def test_fit_leaves_no_scroll_bars_a_large_map_opens_fitted_and_its_zoom_is_remembered(qtbot, open_windows, tmp_path):
    import shutil

    path = shutil.copy(EXAMPLES[0], tmp_path)
    window = open_windows.open_path(path)
    qtbot.waitExposed(window)
    view = window.view
    qtbot.waitUntil(lambda: view.zoom() < 1.0)  # larger than the window: fitted on open
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.width() == 1400)
    view.zoom_100()
    view.zoom_fit()
    qtbot.wait(10)
    assert view.fits_at(view.zoom())
    assert view.horizontalScrollBar().maximum() == view.horizontalScrollBar().minimum()
    assert view.verticalScrollBar().maximum() == view.verticalScrollBar().minimum()
    view.set_zoom(0.77)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    again = open_windows.open_path(path)
    qtbot.waitExposed(again)
    qtbot.waitUntil(lambda: abs(again.view.zoom() - 0.77) < 1e-3)


def test_the_persona_panel_is_made_when_its_tab_first_shows_and_edits_the_map(qtbot, open_windows):
    window = open_windows.new_map("classic", "en")
    qtbot.waitExposed(window)
    assert window.persona_dock.widget() is None  # behind the inspector: not made for the first paint
    window.persona_dock.raise_()
    qtbot.waitUntil(lambda: window.persona_dock.widget() is not None)
    panel = window.persona_panel()
    assert panel is window.persona_dock.widget() and panel.isVisible()
    assert panel.name.text() == window.document.map.personas[0].name
    panel.name.setText("Sam")
    panel.name.editingFinished.emit()
    assert window.document.map.personas[0].name == "Sam"


def test_a_platform_alternate_never_takes_another_commands_key(qtbot, open_windows, monkeypatch):
    """On Linux desktops Qt's Delete is "Del, Ctrl+D": Ctrl+D stays Duplicate's alone (two
    actions on one key make Qt run neither: "Ambiguous shortcut overload")."""
    from PySide6.QtGui import QKeySequence

    real = QKeySequence.keyBindings

    def desktop_bindings(key):
        if key == QKeySequence.StandardKey.Delete:
            return [QKeySequence("Del"), QKeySequence("Ctrl+D")]
        return real(key)

    monkeypatch.setattr(QKeySequence, "keyBindings", desktop_bindings)
    window = open_windows.new_map("classic", "en")
    acts = window.window_actions
    assert [k.toString() for k in acts.delete.shortcuts()] == ["Del"]
    owners = [a for a in window.findChildren(QAction) if QKeySequence("Ctrl+D") in a.shortcuts()]
    assert owners == [acts.duplicate]


def test_the_first_save_of_a_new_map_opens_in_the_folder_just_used(qtbot, open_windows, tmp_path, monkeypatch):
    """A map opened without the Open dialog (command line, recent list, drop), then a new map:
    its first Save looks in that map's folder, not in the home folder."""
    import shutil

    folder = tmp_path / "clients"
    folder.mkdir()
    opened = open_windows.open_path(shutil.copy(EXAMPLES[0], folder))
    qtbot.waitExposed(opened)
    window = open_windows.new_map("hotel-stay", "en")
    seen = []

    def cancelled(parent, caption, start, *args):
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancelled)
    window.save()
    assert Path(seen[0]).parent == folder and Path(seen[0]).name == "Hotel stay.journey"
