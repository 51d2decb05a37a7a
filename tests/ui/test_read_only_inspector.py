"""A read-only map (locked elsewhere, or a write-protected file): no field of the inspector is
editable or looks it, whether its form was made before or after, and every field is editable
again once the map is the user's own (Save As)."""

from __future__ import annotations

import datetime
import shutil

import pytest
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QToolButton, QWidget,
)
from support import EXAMPLES
from test_persona_panel import png_bytes

from journey_studio.canvas.selection import Selection
from journey_studio.document import Document
from journey_studio.model import CHANNEL_LANES
from journey_studio.templates import new_journey
from journey_studio.ui.inspector import Inspector
from journey_studio.ui.inspector_fields import ColorSwatches
from journey_studio.ui.interface_size import STYLE_SHEET
from journey_studio.ui.persona_panel import PersonaPanel
from journey_studio.ui.read_only import is_editable, looks_read_only

pytestmark = pytest.mark.usefixtures("no_real_dialogs")

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)


@pytest.fixture
def document():
    made = Document.new("classic", "en")
    yield made
    made.undo_stack.clear()  # a dirty stack warns when it is garbage-collected


def _selections(document: Document, tmp_path) -> dict[str, Selection]:
    """One selection of each kind, on objects that make every field of their form usable: a
    card in a channel lane with an image, a source and a comment; an emotion point."""
    m = document.map
    step = m.step_ids()[0]
    channel_lane = next(lane for lane in m.lanes if lane.kind in CHANNEL_LANES)
    card = document.add_card(step, channel_lane.id, "Newsletter")
    other = document.add_card(step, m.lanes[0].id, "Other")
    document.update_card(card, source={"kind": "interview", "date": datetime.date(2026, 3, 14)},
                         comments=[{"author": "ana", "text": "Check the wording"}])
    curve = m.emotion_lanes()[0]
    document.set_point(curve.id, step, 1, "relief")
    selections = {"map": Selection(), "card": Selection.cards([card]), "cards": Selection.cards([card, other]),
                  "stage": Selection.stage(m.stages[0].id), "step": Selection.step(step),
                  "lane": Selection.lane(curve.id), "point": Selection.point(curve.id, step)}
    image = tmp_path / "shot.png"
    image.write_bytes(png_bytes(400, 300))
    return selections, image


def _inputs(form: QWidget) -> list[QWidget]:
    found = [w for w in form.findChildren(QWidget) if isinstance(w, INPUTS)]
    assert found, type(form).__name__
    return found


def _editable(inspector: Inspector) -> dict[str, list[str]]:
    """For each form, the inputs a user could change."""
    return {key: [f"{type(w).__name__} {w.accessibleName() or w.toolTip()}" for w in _inputs(form) if is_editable(w)]
            for key, form in inspector.forms.items()}


def _comments_tickable(inspector: Inspector) -> bool:
    thread = inspector.forms["card"].evidence.thread
    assert thread.count() == 1
    return bool(thread.item(0).flags() & thread.item(0).flags().ItemIsUserCheckable)


def _on_panel(field: QWidget) -> bool:
    """Whether a text field has the panel's colour (read-only), not a field's white."""
    return field.palette().color(QPalette.ColorRole.Base) == field.palette().color(QPalette.ColorRole.Window)


@pytest.mark.parametrize("built", ["before", "while read-only"])
def test_every_field_of_every_form_follows_the_read_only_state_both_ways(qtbot, document, tmp_path, built):
    selections, image = _selections(document, tmp_path)
    document.read_only = built == "while read-only"
    inspector = Inspector(document)
    inspector.setStyleSheet(STYLE_SHEET)  # as the application has (a style sheet changes how palettes spread)
    qtbot.addWidget(inspector)
    inspector.show()
    for key, selection in selections.items():  # each form is made the first time it shows
        inspector.set_selection(selection)
        assert inspector.current_form() is inspector.forms[key]
        if key == "card" and not document.read_only:
            assert inspector.forms["card"].evidence.load_image(str(image))
    assert set(inspector.forms) == {"map", "card", "cards", "stage", "step", "lane", "point"}
    if document.read_only:
        document.read_only = False
        inspector.set_selection(selections["card"])
        assert inspector.forms["card"].evidence.load_image(str(image))
    inspector.set_selection(Selection())

    document.read_only = True
    assert _editable(inspector) == {key: [] for key in inspector.forms}
    assert not _comments_tickable(inspector)
    title = inspector.forms["map"].bindings[0][0].widget
    description = inspector.forms["map"].bindings[1][0].widget.viewport()  # where a text field paints
    assert [_on_panel(field) for field in (title, description)] == [True, True]  # looks it

    document.read_only = False  # saved as the user's own copy
    remove_link = inspector.forms["card"].evidence.remove_link_button  # only for a chosen link
    for key, form in inspector.forms.items():
        assert all(is_editable(w) for w in _inputs(form) if w is not remove_link), (key, _editable(inspector)[key])
    assert _comments_tickable(inspector)
    assert not any(_on_panel(field) for field in (title, description))

    document.read_only = True  # and back (the forms are all made by now)
    assert _editable(inspector) == {key: [] for key in inspector.forms}


def test_typing_in_a_read_only_field_changes_nothing(qtbot, document):
    document.read_only = True
    inspector = Inspector(document)
    qtbot.addWidget(inspector)
    inspector.show()
    title = inspector.forms["map"].bindings[0][0].widget
    before = document.map.title
    title.setFocus()
    QTest.keyClicks(title, "xyz")
    assert title.text() == before and document.map.title == before
    assert not inspector.error.isVisible()  # nothing was tried, so nothing was refused


def test_the_persona_panel_follows_the_read_only_state_both_ways(qtbot):
    document = Document.from_journey(new_journey("blank"), None)
    panel = PersonaPanel(document)
    qtbot.addWidget(panel)
    document.read_only = True
    assert panel.name.isReadOnly() and not panel.age.isEnabled()
    document.read_only = False
    assert not panel.name.isReadOnly() and panel.age.isEnabled()


@pytest.mark.parametrize("docked", [True, False])
def test_a_new_theme_reaches_a_read_only_inspector_and_its_fields_take_its_panel_colour(qtbot, document, docked):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMainWindow

    from journey_studio.ui.theme import apply_theme, dark_palette

    app = QApplication.instance()
    sheet = app.styleSheet()
    app.setStyleSheet(STYLE_SHEET)  # as in the editor: a style sheet changes how palettes spread
    document.read_only = True
    inspector = Inspector(document)
    if docked:  # as in the window
        host = QMainWindow()
        qtbot.addWidget(host)
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, inspector)
        host.show()
    else:
        qtbot.addWidget(inspector)
        inspector.show()
    title = inspector.forms["map"].bindings[0][0].widget
    before = QPalette(app.palette())
    dark = dark_palette().color(QPalette.ColorRole.Window)
    try:
        apply_theme(app, "dark")
        qtbot.waitUntil(lambda: title.palette().color(QPalette.ColorRole.Base) == dark)
        assert inspector.palette().color(QPalette.ColorRole.Window) == dark  # the theme went everywhere
        assert title.palette().color(QPalette.ColorRole.Text) == dark_palette().color(QPalette.ColorRole.Text)
    finally:
        app.setPalette(before)
        app.setStyleSheet(sheet)


@pytest.fixture
def editor_style_sheet(qapp):
    """The application style sheet the editor has (a panel polished by it after it was given
    the read-only look lost it)."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET)
    yield
    qapp.setStyleSheet(before)


@pytest.mark.usefixtures("editor_style_sheet")
def test_a_read_only_window_shows_persona_fields_and_card_lists_on_the_panel_colour(qtbot, open_windows, tmp_path):
    path = tmp_path / "plan.journey"
    shutil.copyfile(EXAMPLES[0], path)
    path.chmod(0o444)
    window = open_windows.open_path(str(path))
    window.show()
    assert window.document.read_only
    window.persona_dock.raise_()  # its panel is made when its tab first shows, read-only already
    panel = window.persona_panel()
    persona_fields = [panel.name, panel.role, panel.quote, *panel.lists.values()]
    qtbot.waitUntil(lambda: all(looks_read_only(field) for field in persona_fields))
    assert all(not is_editable(field) for field in (*persona_fields, panel.age))

    card = next(c for c in window.document.map.cards if not c.links)  # an empty list looks it too
    window.inspector.raise_()
    window.inspector.set_selection(Selection.cards([card.id]))
    form = window.inspector.forms["card"]
    lists = [form.evidence.links, form.evidence.thread]
    qtbot.waitUntil(lambda: all(looks_read_only(listing) for listing in lists))
    swatches = form.findChild(ColorSwatches)
    buttons = [b for b in swatches.findChildren(QToolButton) if not b.icon().isNull()]
    assert buttons and not any(b.isEnabled() for b in buttons)
    chosen = [b for b in buttons if b.isChecked()]
    others = [b for b in buttons if not b.isChecked()]
    assert len(chosen) == 1 and others
    # disabled, the chosen colour shows in full and the others fade: not a row to click
    assert _middle_alpha(chosen[0], QIcon.State.On) == 255
    assert all(_middle_alpha(b, QIcon.State.Off) < 128 for b in others)

    from journey_studio.ui.theme import apply_theme, dark_palette

    app = QApplication.instance()
    before = QPalette(app.palette())
    try:  # a new theme: the fields take its panel colour
        apply_theme(app, "dark")
        dark = dark_palette().color(QPalette.ColorRole.Window)
        qtbot.waitUntil(lambda: all(looks_read_only(w) for w in (*persona_fields, *lists)))
        assert panel.name.palette().color(QPalette.ColorRole.Base) == dark
    finally:
        app.setPalette(before)
        app.setStyleSheet("")  # polishes everything again, in the palette of before
        app.setStyleSheet(STYLE_SHEET)

    window.document.read_only = False  # the user's own copy now
    qtbot.waitUntil(lambda: not any(looks_read_only(w) for w in (*persona_fields, *lists)))
    assert all(is_editable(field) for field in (*persona_fields, panel.age))


def _middle_alpha(button: QToolButton, state: QIcon.State) -> int:
    image = button.icon().pixmap(24, 24, QIcon.Mode.Disabled, state).toImage()
    return image.pixelColor(image.width() // 2, image.height() // 4).alpha()
