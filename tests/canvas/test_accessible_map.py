"""What a screen reader gets from the canvas: the accessible tree, the focus, and edits followed."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest

from journey_studio import i18n
from journey_studio.canvas import MapScene, MapView, Selection, accessible
from journey_studio.document import Document
from journey_studio.emotion_steps import describe_point, format_score
from journey_studio.fileformat import load
from journey_studio.model import LaneKind

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.journey"))
Name, Description = QAccessible.Text.Name, QAccessible.Text.Description


def open_view(qtbot, tmp_path, example: Path, closed_by_test: bool = False) -> MapView:
    path = shutil.copy(example, tmp_path)  # a copy: the example stays as it is
    view = MapView(MapScene(Document.from_journey(load(path), str(path))))
    if not closed_by_test:
        qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)  # the reader's focus is the selection only while the canvas has the focus
    return view


def walk(iface, parent=None, depth=0):
    """Every accessible below ``iface`` as (role, name, description), checking the links both ways."""
    found = [(iface.role(), iface.text(Name), iface.text(Description))]
    for i in range(iface.childCount()):
        child = iface.child(i)
        assert child is not None and child.isValid()
        assert iface.indexOfChild(child) == i
        assert QAccessible.uniqueId(child.parent()) == QAccessible.uniqueId(iface)
        found += walk(child, iface, depth + 1)
    return found


@pytest.fixture
def events(monkeypatch):
    """Accessibility switched on (as when Orca or NVDA runs) and the events the bridge gets."""
    sent: list[tuple[QAccessible.Event, str]] = []

    def record(event):
        iface = event.accessibleInterface()
        sent.append((event.type(), iface.text(Name) if iface is not None else ""))

    monkeypatch.setattr(accessible, "send_event", record)
    QAccessible.setActive(True)
    yield sent
    QAccessible.setActive(False)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_tree_names_every_stage_step_lane_card_and_emotion_point(qtbot, tmp_path, example):
    view = open_view(qtbot, tmp_path, example)
    m = view.map_scene.document.map
    root = QAccessible.queryAccessibleInterface(view)
    assert root.text(Name) == m.title
    tree = walk(root)
    by_role = {}
    for role, name, description in tree:
        by_role.setdefault(role, []).append((name, description))
    items = [name for name, _ in by_role[QAccessible.Role.ListItem]]
    shown = {lane.id for lane in m.lanes if not lane.hidden}
    cards = [c for c in m.cards if c.lane in shown]
    assert sorted(items) == sorted(c.text for c in cards)  # every card once, none invented
    headers = [name for name, _ in by_role[QAccessible.Role.ColumnHeader]]
    for stage in m.stages:
        assert stage.name in headers
        for step in stage.steps:
            assert (step.name or stage.name) in headers
    lanes = {name: description for name, description in by_role[QAccessible.Role.Grouping]}
    for lane in m.lanes:
        if not lane.hidden:
            assert lane.title in lanes
    texts = [name for name, _ in by_role.get(QAccessible.Role.StaticText, [])]
    steps = {step.id: step.name or stage.name for stage in m.stages for step in stage.steps}
    points = [(lane, p) for lane in m.lanes if lane.kind == LaneKind.EMOTIONS and not lane.hidden for p in lane.points]
    assert points, "each example has an emotion curve"
    for _lane, point in points:  # the value with its word, never the colour alone
        assert f"{steps[point.step]}: {describe_point(point.score, point.label, m.emotion_scale)}" in texts


def test_a_card_says_its_tags_owner_priority_and_votes(qtbot, tmp_path):
    view = open_view(qtbot, tmp_path, EXAMPLES[0])
    document = view.map_scene.document
    card = document.map.cards[0]
    document.update_card(card.id, tags=["loan", "phone"], owner="Ops", priority="high", votes=3)
    root = QAccessible.queryAccessibleInterface(view)
    items = {name: description for role, name, description in walk(root) if role == QAccessible.Role.ListItem}
    assert items[card.text] == "Tags: loan, phone; Owner: Ops; Priority: High; 3 votes"


def test_in_french_the_reader_hears_french_words(qtbot, qapp, tmp_path):
    translators = i18n.install_translators(qapp, "fr")
    try:
        view = open_view(qtbot, tmp_path, EXAMPLES[-1])  # an English map, a French interface
        document = view.map_scene.document
        card = document.map.cards[0]
        document.update_card(card.id, owner="Ops", priority="high", votes=1)
        tree = walk(QAccessible.queryAccessibleInterface(view))
    finally:
        i18n.remove_translators(qapp, translators)
    items = {name: description for role, name, description in tree if role == QAccessible.Role.ListItem}
    assert items[card.text] == "Responsable\u202f: Ops; Priorité\u202f: Haute; 1 vote"
    kinds = {description for role, _name, description in tree if role == QAccessible.Role.Grouping}
    assert {"Actions", "Pensées", "Émotions"} <= kinds  # the lane's kind in the interface's language
    assert any(name.endswith("sur \u22122\u2026+2 \u00b7 indifference") for _role, name, _ in tree)


def test_the_keyboard_selection_is_the_focused_accessible_and_is_announced(qtbot, tmp_path, events):
    view = open_view(qtbot, tmp_path, EXAMPLES[0])
    m = view.map_scene.document.map
    root = QAccessible.queryAccessibleInterface(view)
    first_step, first_lane = m.step_ids()[0], m.lanes[0]
    view.select(Selection.cell(first_step, first_lane.id))
    cell = root.focusChild()
    assert cell.role() == QAccessible.Role.List and cell.state().focused
    assert cell.text(Name).startswith(first_lane.title)
    events.clear()
    QTest.keyClick(view, Qt.Key.Key_Down)  # from the cell to its first card
    card = m.cards_in(first_step, first_lane.id)[0]
    assert view.selection() == Selection.cards([card.id])
    focused = root.focusChild()
    assert focused.role() == QAccessible.Role.ListItem
    assert focused.text(Name) == card.text
    assert focused.state().focused and focused.state().selected
    assert focused.parent().indexOfChild(focused) == 0
    assert (QAccessible.Event.Focus, card.text) in events  # Orca and NVDA follow this
    QTest.keyClick(view, Qt.Key.Key_Right)  # the neighbour step's card in the same lane
    neighbour = m.cards_in(m.step_ids()[1], first_lane.id)[0]
    assert root.focusChild().text(Name) == neighbour.text
    assert (QAccessible.Event.Focus, neighbour.text) == events[-2]
    assert not focused.state().focused  # the card left behind is no longer focused


def test_the_tree_follows_an_edit_made_with_the_keyboard_and_its_undo(qtbot, tmp_path, events):
    view = open_view(qtbot, tmp_path, EXAMPLES[0])
    document = view.map_scene.document
    card = document.map.cards[0]
    before = card.text
    root = QAccessible.queryAccessibleInterface(view)
    view.select(Selection.cards([card.id]))
    node = root.focusChild()
    assert node.text(Name) == before
    QTest.keyClick(view, Qt.Key.Key_F2)
    QTest.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # the caret is after the text
    QTest.keyClicks(view, "Calls the bank")
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert document.map.find_card(card.id).text == "Calls the bank"
    assert node.text(Name) == "Calls the bank"  # the same object, saying the new text
    assert (QAccessible.Event.NameChanged, "Calls the bank") in events
    document.undo_stack.undo()
    assert node.text(Name) == before
    document.delete_cards([card.id])
    names = [name for role, name, _ in walk(root) if role == QAccessible.Role.ListItem]
    assert before not in names and not node.isValid()
    assert (QAccessible.Event.ObjectReorder, document.map.title) in events


def test_moving_an_emotion_point_with_the_keyboard_is_read_as_its_new_value(qtbot, tmp_path, events):
    view = open_view(qtbot, tmp_path, EXAMPLES[0])
    document = view.map_scene.document
    lane = next(lane for lane in document.map.lanes if lane.kind == LaneKind.EMOTIONS)
    point = lane.points[0]
    root = QAccessible.queryAccessibleInterface(view)
    view.select(Selection.point(lane.id, point.step))
    old = root.focusChild().text(Name)
    QTest.keyClick(view, Qt.Key.Key_Down)
    score = next(p for p in lane.points if p.step == point.step).score
    said = root.focusChild().text(Name)
    assert said != old and format_score(score, document.map.emotion_scale) in said
    assert (QAccessible.Event.NameChanged, said) in events  # the focused point says its new value


def test_a_card_moved_with_alt_arrow_is_read_again_in_its_new_cell(qtbot, tmp_path, events):
    view = open_view(qtbot, tmp_path, EXAMPLES[0])
    m = view.map_scene.document.map
    root = QAccessible.queryAccessibleInterface(view)
    lane = m.lanes[0]
    card = m.cards_in(m.step_ids()[0], lane.id)[0]
    view.select(Selection.cards([card.id]))
    assert root.focusChild().parent().text(Name).endswith(", " + (m.stages[0].steps[0].name or m.stages[0].name))
    events.clear()
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert m.find_card(card.id).step == m.step_ids()[1]
    qtbot.waitUntil(lambda: (QAccessible.Event.Focus, card.text) in events)  # said once the view has followed
    cell = root.focusChild().parent()
    assert cell.role() == QAccessible.Role.List
    assert cell.text(Name) == f"{lane.title}, {m.find_step(m.step_ids()[1]).name}"
    QTest.keyClick(view, Qt.Key.Key_Escape)  # to the card's cell
    QTest.keyClick(view, Qt.Key.Key_Escape)  # to nothing: the reader is back on the map
    assert root.focusChild() is None
    assert events[-1] == (QAccessible.Event.Focus, m.title)


def test_a_closed_view_leaves_no_node_behind_and_its_document_edits_on(qtbot, tmp_path, events):
    view = open_view(qtbot, tmp_path, EXAMPLES[0], closed_by_test=True)
    document = view.map_scene.document
    root = QAccessible.queryAccessibleInterface(view)
    card = document.map.cards[0]
    view.select(Selection.cards([card.id]))
    ids = [QAccessible.uniqueId(root.focusChild()), QAccessible.uniqueId(root.child(0))]
    assert all(QAccessible.accessibleInterface(i) is not None for i in ids)
    view.close()
    view.deleteLater()
    qtbot.waitUntil(lambda: all(QAccessible.accessibleInterface(i) is None for i in ids))
    events.clear()
    document.update_card(card.id, text="After the view")  # the document outlives its view
    assert events == []


@pytest.fixture
def text_events(monkeypatch):
    """Accessibility on, and what the bridge is told about the in-place editor's text."""
    sent: list[tuple] = []

    def record(event):
        iface = event.accessibleInterface()
        kind = event.type()
        if kind == QAccessible.Event.TextInserted:
            detail = (event.changePosition(), event.textInserted())
        elif kind == QAccessible.Event.TextRemoved:
            detail = (event.changePosition(), event.textRemoved())
        elif kind == QAccessible.Event.TextUpdated:
            detail = (event.changePosition(), event.textRemoved(), event.textInserted())
        elif kind == QAccessible.Event.TextCaretMoved:
            detail = event.cursorPosition()
        else:
            detail = None
        sent.append((kind, iface.role() if iface is not None else None, detail))

    monkeypatch.setattr(accessible, "send_event", record)
    QAccessible.setActive(True)
    yield sent
    QAccessible.setActive(False)


def _empty_cell(m):
    return next((s.id, lane.id) for lane in m.lanes if lane.kind != LaneKind.EMOTIONS
                for s in m.steps() if not m.cards_in(s.id, lane.id))


def test_a_new_card_typed_in_place_is_read_as_it_is_typed(qtbot, tmp_path, text_events):
    view = open_view(qtbot, tmp_path, EXAMPLES[0])
    m = view.map_scene.document.map
    root = QAccessible.queryAccessibleInterface(view)
    top_level = root.childCount()
    step_id, lane_id = _empty_cell(m)
    view.select(Selection.cell(step_id, lane_id))
    QTest.keyClick(view, Qt.Key.Key_Return)  # a new card, its editor open
    assert view.is_editing()
    editor = root.focusChild()
    assert editor.role() == QAccessible.Role.EditableText
    assert editor.text(Name) == "New card"
    assert editor.state().focused and editor.state().editable and editor.state().multiLine
    assert (QAccessible.Event.Focus, QAccessible.Role.EditableText, None) in text_events
    # the editor is in the tree: the map's last child, its parent the map
    assert root.childCount() == top_level + 1
    assert root.indexOfChild(editor) == top_level
    assert QAccessible.uniqueId(root.child(top_level)) == QAccessible.uniqueId(editor)
    assert QAccessible.uniqueId(editor.parent()) == QAccessible.uniqueId(root)
    assert editor.rect().contains(view.viewport().mapToGlobal(
        view.mapFromScene(view.editor().sceneBoundingRect().center())))
    editor_id = QAccessible.uniqueId(editor)
    text_events.clear()
    QTest.keyClicks(view, "Late fee")
    text = editor.textInterface()  # through Qt's interface_cast, as the platform bridge asks
    assert text is not None
    assert text.text(0, -1) == "Late fee" and editor.text(QAccessible.Text.Value) == "Late fee"
    assert text.characterCount() == 8 and text.cursorPosition() == 8
    assert text.text(5, 8) == "fee"
    inserted = [detail for kind, _role, detail in text_events if kind == QAccessible.Event.TextInserted]
    assert inserted == [(i, c) for i, c in enumerate("Late fee")]  # one event a keystroke, where it went
    QTest.keyClick(view, Qt.Key.Key_Backspace)
    assert text_events[-2:] == [(QAccessible.Event.TextRemoved, QAccessible.Role.EditableText, (7, "e")),
                                (QAccessible.Event.TextCaretMoved, QAccessible.Role.EditableText, 7)]
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert text_events[-1] == (QAccessible.Event.TextCaretMoved, QAccessible.Role.EditableText, 0)
    assert text.cursorPosition() == 0
    text_events.clear()
    QTest.keyClick(view, Qt.Key.Key_Return)  # the card is made: the reader is back on it
    assert not view.is_editing()
    card = m.cards_in(step_id, lane_id)[0]
    assert card.text == "Late fe"
    assert root.childCount() == top_level
    assert QAccessible.accessibleInterface(editor_id) is None  # out of Qt's cache with its editor
    focused = root.focusChild()
    assert focused.role() == QAccessible.Role.ListItem and focused.text(Name) == "Late fe"
    assert (QAccessible.Event.Focus, QAccessible.Role.ListItem, None) in text_events


def test_renaming_a_stage_in_place_is_read_with_what_is_renamed(qtbot, tmp_path, text_events):
    view = open_view(qtbot, tmp_path, EXAMPLES[0])
    stage = view.map_scene.document.map.stages[0]
    root = QAccessible.queryAccessibleInterface(view)
    view.select(Selection.stage(stage.id))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = root.focusChild()
    assert editor.text(Name) == "Stage name" and not editor.state().multiLine
    text = editor.textInterface()
    assert text.text(0, -1) == stage.name
    QTest.keyClicks(view, "Apply")  # typed over the whole name, selected as the editor opens
    assert text.text(0, -1) == "Apply"
    assert (QAccessible.Event.TextUpdated, QAccessible.Role.EditableText, (0, stage.name, "A")) in text_events
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert root.focusChild().text(Name) == stage.name


def test_text_changes_are_counted_in_utf16_units_as_qt_counts():
    from journey_studio.canvas.accessible_editor import text_change, utf16_len, utf16_slice

    assert text_change("ab", "abc") == (2, "", "c")
    assert text_change("a\U0001F600c", "a\U0001F600xc") == (3, "", "x")  # the emoji is two units
    assert text_change("abcd", "ad") == (1, "bc", "")
    assert text_change("abc", "axc") == (1, "b", "x")
    assert text_change("aaa", "aa") == (2, "a", "")
    assert utf16_len("\U0001F600é") == 3
    assert utf16_slice("\U0001F600é!", 2, -1) == "é!"
    assert utf16_slice("abc", 5, 9) == ""


def test_a_card_the_reader_was_on_can_be_deleted_and_brought_back(qtbot, tmp_path, events):
    """The node of a deleted card leaves Qt's cache while Python still holds it (a crash before)."""
    view = open_view(qtbot, tmp_path, EXAMPLES[0])
    document = view.map_scene.document
    card = document.map.cards[0]
    root = QAccessible.queryAccessibleInterface(view)
    view.select(Selection.cards([card.id]))
    assert root.focusChild().text(Name) == card.text  # the reader has been on it: it has a node
    gc.collect()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert document.map.find_card(card.id) is None
    assert card.text not in [name for role, name, _ in walk(root) if role == QAccessible.Role.ListItem]
    document.undo_stack.undo()
    view.select(Selection.cards([card.id]))
    assert root.focusChild().text(Name) == card.text
