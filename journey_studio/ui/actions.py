"""The window's actions, menus and toolbar, built in one place and wired to the window.

Every action is an attribute of :class:`WindowActions` so other parts (export and import
dialogs, tests) can find it by name, e.g. ``window.actions.export_pdf``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from .. import APP_NAME
from ..icons import action_icon, lane_icon
from ..model import Language, LaneKind
from ..templates import TEMPLATES
from ..vocabulary import lane_title
from . import import_export
from .preferences_dialog import show_preferences

Key = QKeySequence.StandardKey


def _action(window: QMainWindow, text: str, slot: Callable | None = None, shortcut=None,
            icon: str | None = None, tip: str | None = None, checkable: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(QKeySequence.keyBindings(shortcut) if isinstance(shortcut, Key)
                            else [QKeySequence(shortcut)])
    if icon:
        action.setIcon(action_icon(icon))
    if tip:
        action.setStatusTip(tip)
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(slot)
    return action


class WindowActions:
    def __init__(self, window):  # window: MainWindow (not imported: it imports us)
        w = window
        a = lambda *args, **kw: _action(w, *args, **kw)  # noqa: E731
        # File
        self.new = a("&New", lambda: w.new_map("blank", Language.EN), Key.New, "new", "Start a new map")
        self.open = a("&Open…", w.open_dialog, Key.Open, "open", "Open a .journey file")
        self.save = a("&Save", w.save, Key.Save, "save", "Save the map")
        self.save_as = a("Save &As…", w.save_as, Key.SaveAs, "save-as", "Save the map under a new name")
        self.import_ = a("&Import…", lambda: import_export.import_dialog(w), "Ctrl+Shift+I", "import",
                         "Open a Mermaid, Markdown, OpenJourney, CSV or Excel file as a new map")
        self.export_as = a("&Export As…", lambda: import_export.export_as_dialog(w), None, None,
                           "Write a copy as Mermaid, Markdown, CSV or Excel")
        self.export_png = a("Export &PNG…", lambda: import_export.export_picture(w, png=True), None,
                            "export-png", "Export the map as an image")
        self.export_pdf = a("Export P&DF…", lambda: import_export.export_picture(w, png=False), None,
                            "export-pdf", "Export the map as a PDF, on one page or as a poster")
        self.close = a("&Close", w.close, Key.Close)
        self.quit = a("&Quit", w.quit_application, Key.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        stack = w.document.undo_stack
        self.undo = stack.createUndoAction(w, "&Undo")
        self.undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self.undo.setIcon(action_icon("undo"))
        self.redo = stack.createRedoAction(w, "&Redo")
        self.redo.setShortcuts(QKeySequence.keyBindings(Key.Redo))
        self.redo.setIcon(action_icon("redo"))
        self.cut = a("Cu&t", w.cut, Key.Cut, "cut", "Cut the selected cards")
        self.copy = a("&Copy", w.copy, Key.Copy, "copy", "Copy the selected cards")
        self.paste = a("&Paste", w.paste, Key.Paste, "paste",
                       "Paste cards, or one card per line of text, into the selected cell")
        self.duplicate = a("&Duplicate", w.duplicate, "Ctrl+D", "duplicate", "Duplicate the selected cards")
        self.delete = a("&Delete", w.delete_selection, Key.Delete, "delete", "Delete the selection")
        self.select_all = a("Select &All", w.select_all, Key.SelectAll, None, "Select every card")
        # the platform's shortcut; Ctrl+, where the platform has none (most Linux desktops)
        preferences_key = Key.Preferences if QKeySequence.keyBindings(Key.Preferences) else "Ctrl+,"
        self.preferences = a("Pre&ferences…", lambda: show_preferences(w), preferences_key, None,
                             "Backups, autosave, interface language and size")
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        # Insert
        self.add_card = a("&Card", w.insert_card, "Ctrl+Shift+C", "add-card", "Add a card to the selected cell")
        self.add_stage = a("&Stage", w.insert_stage, "Ctrl+Shift+E", "add-stage", "Add a stage after the selected one")
        self.add_step = a("S&tep", w.insert_step, "Ctrl+Shift+T", "add-step", "Add a step to the selected stage")
        self.add_lane: dict[LaneKind, QAction] = {}
        for kind in LaneKind:
            action = _action(w, lane_title(kind, Language.EN), lambda _=False, k=kind: w.insert_lane(k))
            action.setIcon(lane_icon(kind))
            self.add_lane[kind] = action
        # View
        self.zoom_in = a("Zoom &In", lambda: w.view.zoom_in(), Key.ZoomIn, "zoom-in")
        self.zoom_out = a("Zoom &Out", lambda: w.view.zoom_out(), Key.ZoomOut, "zoom-out")
        self.zoom_fit = a("&Fit Map", lambda: w.view.zoom_fit(), "Ctrl+0", "zoom-fit", "Show the whole map")
        self.zoom_100 = a("&100 %", lambda: w.view.zoom_100(), "Ctrl+1", "zoom-100", "Actual size")
        self.show_inspector = w.inspector.toggleViewAction()
        self.show_inspector.setText("&Inspector")
        self.show_inspector.setShortcut(QKeySequence("Ctrl+I"))
        self.show_palette = w.card_palette.toggleViewAction()
        self.show_palette.setText("&Palette")
        self.show_persona = w.persona_dock.toggleViewAction()
        self.show_persona.setText("P&ersona")
        self.large_interface = a("&Large Interface", w.set_large_interface, None, None,
                                 "Bigger menus and panels, for a projector", checkable=True)
        self.full_screen = a("F&ull Screen", w.toggle_full_screen, Key.FullScreen, "present",
                             checkable=True)
        # Help
        self.about = a(f"&About {APP_NAME}", w.about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self._build_menus(w)
        self._build_toolbar(w)

    def editing_actions(self) -> list[QAction]:
        """The actions that change the map (disabled while it is open read-only)."""
        return [self.paste, self.add_card, self.add_stage, self.add_step, *self.add_lane.values()]

    def _build_menus(self, w) -> None:
        bar = w.menuBar()
        file = bar.addMenu("&File")
        file.addAction(self.new)
        templates = file.addMenu("New from &Template")
        for template in TEMPLATES:
            for language, name in ((Language.EN, "English"), (Language.FR, "Français")):
                action = templates.addAction(f"{template.capitalize()} ({name})")
                action.triggered.connect(lambda _=False, t=template, lang=language: w.new_map(t, lang))
        file.addAction(self.open)
        self.recent_menu = file.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(lambda: w.fill_recent_menu(self.recent_menu))
        w.fill_recent_menu(self.recent_menu)
        file.addSeparator()
        file.addAction(self.save)
        file.addAction(self.save_as)
        file.addSeparator()
        self.import_export_separator = file.addSeparator()
        file.addAction(self.import_)
        file.addAction(self.export_as)
        file.addAction(self.export_png)
        file.addAction(self.export_pdf)
        file.addSeparator()
        file.addAction(self.close)
        file.addAction(self.quit)
        self.file_menu = file

        edit = bar.addMenu("&Edit")
        for action in (self.undo, self.redo, None, self.cut, self.copy, self.paste, self.duplicate,
                       self.delete, None, self.select_all, None, self.preferences):
            edit.addAction(action) if action else edit.addSeparator()

        insert = bar.addMenu("&Insert")
        insert.addActions([self.add_card, self.add_stage, self.add_step])
        lanes = insert.addMenu(lane_icon(LaneKind.ACTIONS), "&Lane")
        lanes.addActions(list(self.add_lane.values()))

        view = bar.addMenu("&View")
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_100])
        view.addSeparator()
        self.lanes_menu = view.addMenu("&Lanes")
        self.lanes_menu.aboutToShow.connect(lambda: w.fill_lanes_menu(self.lanes_menu))
        view.addSeparator()
        view.addActions([self.show_inspector, self.show_persona, self.show_palette])
        view.addSeparator()
        view.addActions([self.large_interface, self.full_screen])
        self.view_menu = view

        help_ = bar.addMenu("&Help")
        help_.addAction(self.about)

    def _build_toolbar(self, w) -> None:
        bar = QToolBar("Main toolbar", w)
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        bar.setIconSize(QSize(28, 28))
        bar.setMovable(False)
        for action in (self.new, self.open, self.save, None, self.undo, self.redo, None,
                       self.add_card, self.add_stage, self.add_step, None, self.delete, None,
                       self.zoom_in, self.zoom_out, self.zoom_fit):
            bar.addAction(action) if action else bar.addSeparator()
        self.undo.setIconText("Undo")
        self.redo.setIconText("Redo")
        self.add_card.setIconText("Card")
        self.add_stage.setIconText("Stage")
        self.add_step.setIconText("Step")
        self.zoom_fit.setIconText("Fit")
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

