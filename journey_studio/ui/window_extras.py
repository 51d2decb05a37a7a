"""Faster work on a map: zoom to the selection (Ctrl+3), Full Screen on F11 where the platform
has no key of its own, the window's size, position and docks remembered, and
Help › Keyboard Shortcuts (F1): every shortcut, searchable (``shortcuts_dialog``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from ..canvas.framing import frame, structure_box
from ..canvas.selection import SelectionKind
from .shortcuts_dialog import ShortcutsDialog

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
GEOMETRY_KEY, STATE_KEY = "window/geometry", "window/state"


def zoom_to_selection(view) -> bool:
    """Zoom and scroll so the selected cards (or stage, step, lane, point, cell) fill the part of
    the view the frozen headers leave free; False when nothing is selected."""
    scene, s = view.map_scene, view.selection()
    rect, across, down = QRectF(), True, True
    if s.kind == SelectionKind.CARDS:
        for card_id in s.card_ids:
            if card_id in scene.cards:
                rect = rect.united(scene.cards[card_id].sceneBoundingRect())
    elif s.kind == SelectionKind.POINT and (s.lane_id, s.step_id) in scene.points:
        rect = scene.points[(s.lane_id, s.step_id)].sceneBoundingRect()
    else:
        box, across, down = structure_box(scene, s)
        if box is not None:
            rect = box
    if rect.isEmpty():
        return False
    frame(view, rect, across, down)
    return True


class WindowExtras(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.zoom_selection = QAction(translate("WindowExtras", "Zoom to &Selection"), window)
        self.zoom_selection.setShortcut(QKeySequence("Ctrl+3"))
        self.zoom_selection.setStatusTip(translate("WindowExtras", "Fill the view with what is selected"))
        self.zoom_selection.triggered.connect(lambda: zoom_to_selection(window.view))
        self.shortcuts = QAction(translate("WindowExtras", "&Keyboard Shortcuts"), window)
        self.shortcuts.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.shortcuts.triggered.connect(self.show_shortcuts)
        for action in (self.zoom_selection, self.shortcuts):
            window.addAction(action)
        acts = window.window_actions
        full = acts.full_screen
        if not any(k.matches(QKeySequence("F11")) == QKeySequence.SequenceMatch.ExactMatch for k in full.shortcuts()):
            full.setShortcuts([*full.shortcuts(), QKeySequence("F11")])
        view_menu = getattr(acts, "view_menu", None)
        if view_menu is not None:
            view_menu.insertAction(acts.zoom_100, self.zoom_selection)
        help_menu = next((a.menu() for a in window.menuBar().actions()
                          if a.menu() is not None and acts.about in a.menu().actions()), None)
        if help_menu is not None:
            help_menu.insertAction(acts.about, self.shortcuts)
        self.restore()
        window.installEventFilter(self)

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # --- the window's size, position and docks ---------------------------------------------------
    def restore(self) -> None:
        settings = QSettings()
        geometry, state = settings.value(GEOMETRY_KEY), settings.value(STATE_KEY)
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if state is not None:
            self.window.restoreState(state)
        else:  # a first start: the inspector is the tab in front, not the last dock added
            self.window.inspector.raise_()

    def save(self) -> None:
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.window.saveGeometry())
        settings.setValue(STATE_KEY, self.window.saveState())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.save()
        return False
