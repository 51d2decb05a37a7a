"""File › Compare With… and File › Merge Changes From… in a real window."""

from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsPathItem
from sample_maps import rich_journey

from journey_studio.canvas.selection import Selection, SelectionKind
from journey_studio.fileformat import dump_to, dumps, load
from journey_studio.model import Card


def sent_and_copies(tmp_path):
    """A map that was sent out (its version recorded), and a copy edited by someone else."""
    sent = tmp_path / "sent.journey"
    dump_to(rich_journey(), sent)
    theirs = load(sent)
    theirs.map.find_card("c1").text = "Calls support"  # changed
    moved = theirs.map.find_card("c2")
    moved.step, moved.lane = "t6", "la"  # moved
    theirs.map.cards.remove(theirs.map.find_card("c6"))  # removed
    theirs.map.cards.append(Card(id="new", step="t4", lane="la", text="Pays online"))  # added
    theirs.map.stages[1].name = "Free trial"  # renamed stage
    theirs.map.lanes[1].points[1].score = 2  # the curve changed
    copy = tmp_path / "theirs.journey"
    dump_to(theirs, copy)
    return sent, copy


def test_compare_marks_every_kind_of_difference_and_the_list_shows_them(qtbot, open_windows, tmp_path):
    sent, copy = sent_and_copies(tmp_path)
    window = open_windows.open_path(str(copy))
    tools = window.compare
    differences = tools.compare_with(str(sent))
    lines = [d.text for d in differences]
    assert '~ stage "Try": renamed to "Free trial"' in lines
    assert '+ card "Pays online" in Buy › step 1 / Actions' in lines
    overlay = tools.overlay
    added = overlay.mark_of("card/new")
    assert added.pen().color().name() == "#2e9d4a"
    assert added.sceneBoundingRect().contains(window.view.map_scene.cards["new"].sceneBoundingRect().center())
    ghost = overlay.mark_of("card/c6")
    assert ghost.pen().style() == Qt.PenStyle.DashLine and "card 6" in ghost.toolTip()
    assert "Text before: card 1" in overlay.mark_of("card/c1").toolTip()
    assert isinstance(overlay.mark_of("card/c2#arrow"), QGraphicsPathItem)
    assert overlay.mark_of("stage/s2").parentItem() is window.view.map_scene.stages["s2"]
    old_point = overlay.mark_of("point/le/t3")
    assert isinstance(old_point, QGraphicsEllipseItem)
    new_point = window.view.map_scene.points[("le", "t3")].sceneBoundingRect().center()
    assert old_point.sceneBoundingRect().center().y() > new_point.y()  # the old score was lower
    # the side list: clicking a line selects what it names
    panel = tools.panel
    assert panel.isVisible() and panel.list.count() == len(differences)
    row = lines.index('~ card "card 1": text changed to "Calls support"')
    item = panel.list.item(row)
    rect = panel.list.visualItemRect(item)
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selection = window.view.selection()
    assert selection.kind == SelectionKind.CARDS and selection.card_ids == ("c1",)
    # the marks do not take the mouse: a click on the added card selects the card
    view = window.view
    view.select(Selection.cards(["new"]), reveal=True)  # scrolled clear of the frozen headers
    view.select(Selection())
    center = view.map_scene.cards["new"].sceneBoundingRect().center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(QPointF(center)))
    assert view.selection().card_ids == ("new",)
    window.document.update_card("c1", text="card 1")  # back to the sent text: its mark goes
    assert overlay.mark_of("card/c1") is not None  # not at each keystroke: once the edits pause
    qtbot.waitUntil(lambda: overlay.mark_of("card/c1") is None, timeout=3000)
    assert panel.list.count() == len(differences) - 1
    tools.close_comparison()
    assert overlay.items == [] and not panel.isVisible()


def test_merge_changes_from_a_copy_is_one_undo_step_with_every_change(qtbot, open_windows, tmp_path):
    sent, copy = sent_and_copies(tmp_path)
    mine = load(sent)
    mine.map.find_card("c5").text = "My own edit"
    mine.map.stages[0].name = "Discovery"
    mine_path = tmp_path / "mine.journey"
    dump_to(mine, mine_path)
    window = open_windows.open_path(str(mine_path))
    document = window.document
    result = window.compare.merge_from(str(copy))
    assert result.conflicts == [] and result.base.startswith("version ")
    m = document.map
    assert m.find_card("c1").text == "Calls support" and m.find_card("c5").text == "My own edit"
    assert (m.find_card("c2").step, m.find_card("new").text) == ("t6", "Pays online")
    assert m.find_card("c6") is None and [s.name for s in m.stages][:2] == ["Discovery", "Free trial"]
    assert document.undo_stack.count() == 1
    assert window.compare.overlay.mark_of("card/new") is not None
    document.undo_stack.undo()
    assert document.map.find_card("new") is None and document.map.find_card("c1").text == "card 1"


def test_conflicts_are_settled_in_the_resolve_list(qtbot, open_windows, tmp_path):
    sent, copy = sent_and_copies(tmp_path)
    mine = load(sent)
    mine.map.find_card("c1").text = "Writes to support"
    mine_path = tmp_path / "mine.journey"
    dump_to(mine, mine_path)
    window = open_windows.open_path(str(mine_path))
    document, panel = window.document, window.compare.panel
    result = window.compare.merge_from(str(copy))
    assert [c.id for c in result.conflicts] == ["card/c1#text"]
    assert panel.conflicts.count() == 1 and panel.keep_both.isEnabled()
    assert document.map.find_card("c1").text == "Writes to support"
    document.update_card("c9", text="edited after the merge")
    QTest.mouseClick(panel.keep_theirs, Qt.MouseButton.LeftButton)
    assert document.map.find_card("c1").text == "Calls support"
    assert document.map.find_card("c9").text == "edited after the merge"  # kept
    assert "keeping theirs" in panel.conflicts.item(0).text()
    QTest.mouseClick(panel.keep_both, Qt.MouseButton.LeftButton)
    texts = [c.text for c in document.map.cards_in("t1", "la")]
    assert "Writes to support" in texts and "Calls support" in texts
    assert document.undo_stack.count() == 4  # merge, edit, theirs, both
    document.undo_stack.undo()
    assert [c.text for c in document.map.cards_in("t1", "la")].count("Calls support") == 1


def test_copies_without_a_common_version_ask_to_keep_both(qtbot, open_windows, tmp_path, messages):
    from PySide6.QtWidgets import QMessageBox

    one, other = rich_journey(), rich_journey()  # never saved: no version record
    other.map.find_card("c1").text = "Other text"
    paths = tmp_path / "one.journey", tmp_path / "other.journey"
    for journey, path in zip((one, other), paths):
        path.write_bytes(dumps(journey))
    window = open_windows.open_path(str(paths[0]))
    messages.answers = [QMessageBox.StandardButton.Yes]
    result = window.compare.merge_from(str(paths[1]))
    assert "share no saved version" in messages.shown[-1][1]
    assert result.base == "no common version"
    texts = [c.text for c in window.document.map.cards_in("t1", "la")]
    assert "card 1" in texts and "Other text" in texts


def test_a_burst_of_edits_is_compared_once_when_the_edits_pause(qtbot, open_windows, tmp_path, monkeypatch):
    from journey_studio.ui import compare_tools

    sent, copy = sent_and_copies(tmp_path)
    window = open_windows.open_path(str(copy))
    tools = window.compare
    tools.compare_with(str(sent))
    calls = []
    real_diff = compare_tools.diff
    monkeypatch.setattr(compare_tools, "diff", lambda *a: calls.append(1) or real_diff(*a))
    for text in ("C", "Ca", "Cal", "Call", "card 1"):  # typing, one commit per keystroke
        window.document.update_card("c1", text=text)
    assert calls == []
    qtbot.waitUntil(lambda: tools.overlay.mark_of("card/c1") is None, timeout=3000)
    qtbot.wait(compare_tools.REFRESH_MS + 50)
    assert calls == [1]
    # a click on the list before it caught up shows the map as it is now
    window.document.update_card("c2", text="edited")
    tools.show_difference(tools.overlay.differences[0])
    assert calls == [1, 1] and any("\"edited\"" in d.text for d in tools.overlay.differences)


def _in_front(dock) -> bool:
    """Whether a dock is the tab shown (a tab behind its neighbour is hidden)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def test_the_list_of_differences_stays_in_front_while_its_lines_are_clicked(qtbot, open_windows, tmp_path):
    sent, copy = sent_and_copies(tmp_path)
    window = open_windows.open_path(str(copy))
    window.show()
    qtbot.waitExposed(window)
    tools = window.compare
    lines = [d.text for d in tools.compare_with(str(sent))]
    panel = tools.panel
    assert _in_front(panel) and not _in_front(window.inspector)
    for text in ('~ card "card 1": text changed to "Calls support"', '~ stage "Try": renamed to "Free trial"'):
        item = panel.list.item(lines.index(text))
        QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.list.visualItemRect(item).center())
        assert window.view.selection().kind != SelectionKind.NONE  # selected on the map...
        assert _in_front(panel) and not _in_front(window.inspector)  # ...and the list is still there
    assert window.view.selection() == Selection.stage("s2")
    # a selection made on the map is edited in the inspector, which comes to the front
    view = window.view
    view.select(Selection.cards(["new"]), reveal=True)
    view.select(Selection())
    center = view.map_scene.cards["new"].sceneBoundingRect().center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.mapFromScene(QPointF(center)))
    assert view.selection().card_ids == ("new",) and _in_front(window.inspector) and not _in_front(panel)


def _unrelated_copies(tmp_path):
    """Two copies without a common saved version: the title and two cards differ."""
    one, other = rich_journey(), rich_journey()  # never saved: no version record
    other.map.title = "Title by B"
    other.map.find_card("c1").text = "B's card 1"
    other.map.find_card("c2").text = "B's card 2"
    paths = tmp_path / "A.journey", tmp_path / "B.journey"
    for journey, path in zip((one, other), paths):
        path.write_bytes(dumps(journey))
    return paths


def _resolve_shown(panel) -> bool:
    return not panel.conflicts.isHidden() and not panel.keep_theirs.isHidden()


def test_undoing_the_merge_closes_the_resolve_list_and_redo_brings_it_back(qtbot, open_windows, tmp_path):
    mine, copy = _unrelated_copies(tmp_path)
    window = open_windows.open_path(str(mine))
    document, tools = window.document, window.compare
    panel, stack = tools.panel, document.undo_stack
    before = dumps(document.journey)
    result = tools.merge_from(str(copy), keep_both=True)
    assert len(result.conflicts) == 3 and _resolve_shown(panel) and panel.conflicts.count() == 3
    title_conflict = result.conflicts[0]
    assert title_conflict.id == "map#title"
    stack.undo()  # Ctrl+Z: the map is back, and so is the list: nothing to resolve
    assert dumps(document.journey) == before
    assert not _resolve_shown(panel) and not panel.note.isHidden()
    assert "undone" in panel.note.text() and "undone" in window.statusBar().currentMessage()
    # a late click (or a queued one) settles nothing on a map where the merge is not done
    tools.resolve(title_conflict.id, "theirs")
    assert dumps(document.journey) == before and stack.canRedo() and stack.count() == 1
    stack.redo()  # the merge is back, and its conflicts with it
    assert _resolve_shown(panel) and panel.conflicts.count() == 3 and panel.note.isHidden()
    assert "redone; conflicts: 3" in window.statusBar().currentMessage()
    assert document.map.title != "Title by B"  # the merge kept mine
    panel.conflicts.setCurrentRow(0)
    QTest.mouseClick(panel.keep_theirs, Qt.MouseButton.LeftButton)
    assert document.map.title == "Title by B" and stack.count() == 2
    assert "keeping theirs" in panel.conflicts.item(0).text()
    stack.undo()  # the settlement is undone: the list says so
    assert document.map.title != "Title by B" and "keeping mine" in panel.conflicts.item(0).text()
    stack.redo()
    assert "keeping theirs" in panel.conflicts.item(0).text()
    stack.undo(), stack.undo()
    assert dumps(document.journey) == before and not _resolve_shown(panel)
    document.update_card("c3", text="a new edit")  # replaces the undone merge: it cannot come back
    assert not stack.canRedo() and tools.session is None and not _resolve_shown(panel)
    assert "was undone" in panel.note.text()
    tools.resolve(title_conflict.id, "theirs")
    assert document.map.title != "Title by B" and document.map.find_card("c1").text == "card 1"


def test_merging_another_map_asks_first(qtbot, open_windows, tmp_path, messages):
    from PySide6.QtWidgets import QMessageBox

    mine, copy = _unrelated_copies(tmp_path)
    other = load(copy)
    other.map.id = "map-another"
    dump_to(other, copy)
    window = open_windows.open_path(str(mine))
    document = window.document
    before = dumps(document.journey)
    messages.answers = [QMessageBox.StandardButton.No]
    assert window.compare.merge_from(str(copy), keep_both=False) is None
    assert 'B.journey is another map (“Title by B”), not a copy of this one.' in messages.shown[-1][1]
    assert "Merge anyway?" in messages.shown[-1][1]
    assert dumps(document.journey) == before and document.undo_stack.count() == 0
    messages.answers = [QMessageBox.StandardButton.Yes]
    assert window.compare.merge_from(str(copy), keep_both=True) is not None
    assert document.undo_stack.count() == 1 and len(messages.shown) == 2
    # the same map: no question
    copy.write_bytes(dumps(rich_journey()))
    window.compare.merge_from(str(copy), keep_both=False)
    assert len(messages.shown) == 2


def test_comparing_says_what_the_marks_show_and_when_the_file_is_another_map(qtbot, open_windows, tmp_path):
    mine, copy = _unrelated_copies(tmp_path)
    window = open_windows.open_path(str(mine))
    tools = window.compare
    tools.compare_with(str(copy))
    title = tools.panel.title.text()
    assert title.startswith("Compared with B.journey. The marks show what changed in this map since B.journey.")
    assert "another map" not in title
    other = load(copy)
    other.map.id = "map-another"
    dump_to(other, copy)
    tools.compare_with(str(copy))
    assert 'B.journey is another map (“Title by B”), not a copy of this one.' in tools.panel.title.text()


def test_settling_after_an_undone_settlement_starts_from_the_state_on_the_map(qtbot, open_windows, tmp_path):
    mine, copy = _unrelated_copies(tmp_path)
    window = open_windows.open_path(str(mine))
    document, tools = window.document, window.compare
    stack = document.undo_stack
    # keep mine everywhere: the merge changes nothing (no undo step), the conflicts are listed
    result = tools.merge_from(str(copy), keep_both=False)
    assert stack.count() == 0 and len(result.conflicts) == 3
    title, card = result.conflicts[0].id, result.conflicts[1].id
    tools.resolve(title, "theirs")
    assert document.map.title == "Title by B" and stack.count() == 1
    stack.undo()
    assert document.map.title != "Title by B"
    assert [c.chosen for c in tools.session.current().result.conflicts] == ["ours", "ours", "ours"]
    tools.resolve(card, "theirs")  # replaces the undone settlement: the title stays mine
    assert document.map.title != "Title by B" and stack.count() == 1 and not stack.canRedo()
    assert [c.chosen for c in tools.session.current().result.conflicts] == ["ours", "theirs", "ours"]
    assert "keeping mine" in tools.panel.conflicts.item(0).text()
    stack.undo()  # back to the merge, which nothing can undo: the list stays, as merged
    assert tools.panel.conflicts.count() == 3 and tools.panel.note.isHidden()
    assert [c.chosen for c in tools.session.current().result.conflicts] == ["ours", "ours", "ours"]
