"""A small screen at a scale factor of 2, and an interface font that follows the system.

QT_SCALE_FACTOR cannot change inside one process: the window is given the logical size such a
screen has (1280×800 at 200 % is 640×400; 1366×768 is 683×384).
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFormLayout, QScrollArea, QToolButton

from shiboken6 import isValid

from journey_studio.canvas.selection import Selection
from journey_studio.ui import interface_size
from journey_studio.ui.interface_size import LARGE_FACTOR, apply_interface_size
from journey_studio.ui.persona_panel import PersonaPanel

from support import ROOT

pytestmark = pytest.mark.usefixtures("no_real_dialogs")


@pytest.fixture
def window(qtbot, open_windows, tmp_path):
    path = shutil.copy(ROOT / "examples" / "banque-entrepreneuse.journey", tmp_path)  # a window locks its file
    window = open_windows.open_path(path)
    qtbot.waitExposed(window)
    return window


def _settle(qtbot, window, width, height):
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)
    qtbot.wait(20)  # the docks and the toolbar follow the resize


def _reachable(window, action) -> str:
    """Where ``action`` can be clicked: "toolbar", "more" (the overflow menu) or ""."""
    toolbar = window.window_actions.toolbar
    button = toolbar.widgetForAction(action)
    if button is not None and button.isVisible() and toolbar.rect().contains(button.geometry()):
        return "toolbar"
    overflow = window.toolbar_overflow
    if overflow.button.isVisible() and action in overflow.menu.actions():
        return "more"
    return ""


@pytest.mark.parametrize("width, height", [(640, 400), (683, 384)])
def test_a_small_logical_screen_keeps_present_and_two_thirds_for_the_canvas(qtbot, window, width, height):
    _settle(qtbot, window, width, height)
    acts = window.window_actions
    overflow = window.toolbar_overflow
    assert window.width() == width and window.height() <= height  # the window fits the screen
    assert _reachable(window, acts.present) == "toolbar"  # Present first of all
    for action in (acts.undo, acts.redo, acts.add_card, acts.save):
        assert _reachable(window, action) == "toolbar", action.text()
    hidden = overflow.hidden_actions()
    assert hidden and all(_reachable(window, a) == "more" for a in hidden)  # nothing is lost
    # Qt's own » extension, which would hide Present at the end, is never needed
    extension = window.window_actions.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    shown = [a for a in acts.toolbar.actions() if not a.isSeparator() and a is not overflow.more]
    assert shown == [a for a in overflow.items if a in shown]  # the ones kept keep their order
    # the docks share one column on the right, and the canvas keeps two thirds of the width
    assert window.view.width() >= window.width() * 2 / 3
    assert window.dockWidgetArea(window.card_palette) == window.dockWidgetArea(window.inspector)
    assert window.card_palette.toggleViewAction().isChecked()  # still there, as a tab
    assert window.inspector.isVisible()  # and the Inspector in front
    forms = window.inspector.findChildren(QFormLayout)
    assert forms and all(f.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows for f in forms)


def test_a_wide_window_shows_every_button_and_the_docks_where_they_were(qtbot, window):
    window.window_actions.toolbar.setMaximumWidth(160)  # so narrow that Undo and Redo go to More too
    qtbot.waitUntil(lambda: window.window_actions.undo in window.toolbar_overflow.hidden_actions())
    window.window_actions.toolbar.setMaximumWidth(16777215)
    _settle(qtbot, window, 640, 400)
    _settle(qtbot, window, 1600, 900)
    acts = window.window_actions
    assert window.toolbar_overflow.hidden_actions() == []
    assert not window.toolbar_overflow.button.isVisible()
    assert all(_reachable(window, a) == "toolbar" for a in window.toolbar_overflow.items if not a.isSeparator())
    assert window.dockWidgetArea(window.card_palette) != window.dockWidgetArea(window.inspector)
    assert window.card_palette.isVisible() and window.inspector.width() > 300
    assert window.toolbar_overflow.button.isHidden() and _reachable(window, acts.present) == "toolbar"
    for action in (acts.undo, acts.redo, acts.zoom_in):  # moving between toolbar and More loses none
        assert isValid(action) and action in acts.edit_menu.actions() + acts.view_menu.actions()


def test_the_more_menu_runs_the_hidden_action(qtbot, window):
    _settle(qtbot, window, 640, 400)
    zoom_in = window.window_actions.zoom_in
    assert zoom_in in window.toolbar_overflow.hidden_actions()
    before = window.view.zoom()
    next(a for a in window.toolbar_overflow.menu.actions() if a is zoom_in).trigger()
    assert window.view.zoom() > before


def _system_font(points: float):
    def font() -> QFont:
        system = QFont("Sans Serif")
        system.setPointSizeF(points)
        return system
    return font


def test_the_interface_takes_the_system_size_and_the_large_interface_a_multiple(qtbot, monkeypatch):
    app = QApplication.instance()
    monkeypatch.setattr(interface_size, "system_font", _system_font(13))
    try:
        apply_interface_size(app, False)
        assert QApplication.font().pointSizeF() == 13
        apply_interface_size(app, True)
        assert QApplication.font().pointSizeF() == pytest.approx(13 * LARGE_FACTOR, abs=0.05)
        monkeypatch.setattr(interface_size, "system_font", _system_font(9))
        apply_interface_size(app, False)
        assert QApplication.font().pointSizeF() == 9
    finally:
        monkeypatch.undo()
        apply_interface_size(app, False)
    assert QApplication.font().pointSizeF() == interface_size.system_font().pointSizeF()


def test_a_system_size_given_in_pixels_is_read_as_points(qtbot, monkeypatch):
    def pixels() -> QFont:
        font = QFont("Sans Serif")
        font.setPixelSize(16)
        return font
    monkeypatch.setattr(interface_size, "system_font", pixels)
    dpi = QApplication.primaryScreen().logicalDotsPerInchY()
    assert interface_size.system_points() == pytest.approx(16 * 72 / dpi)


def _one_of_each(window) -> dict[str, Selection]:
    m = window.document.map
    card = next(c for c in m.cards if c.image and c.links)  # the evidence part shows an image
    curve = m.emotion_lanes()[0]
    return {"card": Selection.cards([card.id]), "cards": Selection.cards([c.id for c in m.cards[:3]]),
            "stage": Selection.stage(m.stages[0].id), "step": Selection.step(m.step_ids()[0]),
            "lane": Selection.lane(curve.id), "point": Selection.point(curve.id, curve.points[0].step),
            "map": Selection()}


def test_every_inspector_form_made_on_a_small_screen_fits_the_narrow_dock(qtbot, window):
    _settle(qtbot, window, 683, 384)
    scroll = window.inspector.widget()
    for key, selection in _one_of_each(window).items():  # each form is made now, the window compact
        window.view.select(selection)
        qtbot.wait(10)
        form = window.inspector.current_form()
        assert form is window.inspector.forms[key]
        assert all(f.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
                   for f in form.findChildren(QFormLayout)), key  # labels above their fields
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width(), key  # nothing cut
        assert not scroll.horizontalScrollBar().isVisible(), key
    # the card's form is taller than the dock: it scrolls down to its last field
    window.view.select(_one_of_each(window)["card"])
    qtbot.wait(10)
    bar = scroll.verticalScrollBar()
    assert bar.isVisible() and bar.maximum() >= scroll.widget().height() - scroll.viewport().height() > 0
    window.view.select(_one_of_each(window)["step"])  # a form that fits scrolls no more (the card's was taller)
    qtbot.waitUntil(lambda: not bar.isVisible())
    window.persona_dock.raise_()  # the Persona panel, made on first show, too
    qtbot.waitUntil(lambda: isinstance(window.persona_dock.widget(), PersonaPanel))
    forms = window.persona_dock.widget().findChildren(QFormLayout)
    assert forms and all(f.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows for f in forms)
    persona = window.persona_dock.widget().findChild(QScrollArea)
    assert persona.widget().minimumSizeHint().width() <= persona.viewport().width()  # photo and buttons wrap
    _settle(qtbot, window, 1600, 900)  # wide again: labels beside their fields
    assert all(f.rowWrapPolicy() != QFormLayout.RowWrapPolicy.WrapAllRows
               for f in window.inspector.forms["card"].findChildren(QFormLayout))


def test_a_window_narrowed_to_500_shows_whole_tab_names_forms_and_tiles(qtbot, window):
    """The review (1366×768 at 200 %, the window narrowed to 1000 px): tabs cut to "Ins… / P… /
    Ca…", a sideways scroll bar in the Inspector, the palette tiles' right edges clipped."""
    from PySide6.QtWidgets import QTabBar

    _settle(qtbot, window, 500, 384)
    bars = [b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible()]
    assert bars
    for bar in bars:
        metrics = bar.fontMetrics()
        for i in range(bar.count()):
            assert bar.tabRect(i).width() > metrics.horizontalAdvance(bar.tabText(i)), bar.tabText(i)
        assert bar.elideMode() == Qt.TextElideMode.ElideNone
    scroll = window.inspector.widget()
    for key, selection in _one_of_each(window).items():  # each form, made now that the window is narrow
        window.view.select(selection)
        qtbot.wait(20)
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width(), key
        assert not scroll.horizontalScrollBar().isVisible(), key
    window.card_palette.raise_()
    qtbot.waitUntil(window.card_palette.isVisible)
    tiles = window.card_palette.widget()
    assert tiles.widget().minimumSizeHint().width() <= tiles.viewport().width()
    assert all(t.geometry().right() < tiles.viewport().width() for t in window.card_palette.tiles)
    assert window.view.width() >= window.width() / 2  # the canvas keeps most of the window
