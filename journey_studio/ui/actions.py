"""The window's actions, menus and toolbar, built in one place and wired to the window.

Every action is an attribute of :class:`WindowActions` so other parts (export and import
dialogs, tests) can find it by name, e.g. ``window.window_actions.export_pdf``.

The actions only call slots of the window they are given (:class:`ActionTarget`, the narrow
interface this module needs): this module imports no dialog and no other window module.
A new window-level feature adds its slot to MainWindow, its action here (and to
``ActionTarget``), or keeps both in its own module that adds to ``file_menu`` / ``view_menu``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

from .. import APP_NAME
from ..i18n import interface_language
from ..icons import action_icon, lane_icon
from ..model import Language, LaneKind
from ..vocabulary import lane_title

Key = QKeySequence.StandardKey
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


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


def _drop_taken_alternates(actions: list[QAction]) -> None:
    """A platform's alternate key for a standard command never takes a key another command has:
    on Linux desktops Delete is "Del, Ctrl+D", and Ctrl+D is Duplicate (two actions on one key
    make Qt run neither)."""
    for action in actions:
        keys = action.shortcuts()
        others = {k.toString() for other in actions if other is not action for k in other.shortcuts()}
        kept = keys[:1] + [k for k in keys[1:] if k.toString() not in others]
        if len(kept) != len(keys):
            action.setShortcuts(kept)


class ActionTarget(Protocol):
    """What the actions call: the window's slots, its document's undo stack, its view and docks."""

    document: object  # its ``undo_stack`` makes the Undo and Redo actions
    view: object  # zoom
    inspector: object
    card_palette: object
    persona_dock: object

    def new_map(self, template: str = ..., language: Language | str = ...) -> object: ...
    def open_dialog(self) -> None: ...
    def save(self) -> bool: ...
    def save_as(self) -> bool: ...
    def import_dialog(self) -> None: ...
    def export_as_dialog(self) -> None: ...
    def export_picture(self, png: bool) -> None: ...
    def close(self) -> bool: ...
    def quit_application(self) -> None: ...
    def save_as_template(self) -> None: ...
    def clear_examples(self) -> None: ...
    def fill_template_menu(self, menu) -> None: ...
    def cut(self) -> None: ...
    def copy(self) -> None: ...
    def paste(self) -> None: ...
    def duplicate(self) -> None: ...
    def delete_selection(self) -> None: ...
    def select_all(self) -> None: ...
    def show_preferences(self) -> None: ...
    def insert_card(self) -> None: ...
    def insert_stage(self) -> None: ...
    def insert_step(self) -> None: ...
    def insert_lane(self, kind: LaneKind) -> None: ...
    def fill_recent_menu(self, menu) -> None: ...
    def fill_lanes_menu(self, menu) -> None: ...
    def set_large_interface(self, large: bool) -> None: ...
    def toggle_full_screen(self, on: bool) -> None: ...
    def about(self) -> None: ...


class WindowActions:
    def __init__(self, window: ActionTarget):  # a MainWindow (and a QMainWindow: menus, toolbar)
        w = window
        a = lambda *args, **kw: _action(w, *args, **kw)  # noqa: E731
        # File
        self.new = a(translate("WindowActions", "&New"),
                     lambda: w.new_map("blank", interface_language()), Key.New, "new",
                     translate("WindowActions", "Start a new map"))
        self.open = a(translate("WindowActions", "&Open…"),
                      w.open_dialog, Key.Open, "open", translate("WindowActions", "Open a .journey file"))
        self.save = a(translate("WindowActions", "&Save"),
                      w.save, Key.Save, "save", translate("WindowActions", "Save the map"))
        self.save_as = a(translate("WindowActions", "Save &As…"),
                         w.save_as, Key.SaveAs, "save-as",
                         translate("WindowActions", "Save the map under a new name"))
        self.import_ = a(translate("WindowActions", "&Import…"),
                         w.import_dialog, "Ctrl+Shift+I", "import",
                         translate("WindowActions",
                                   "Open a Mermaid, Markdown, OpenJourney, CSV or Excel file as a new map"))
        self.export_as = a(translate("WindowActions", "&Export As…"),
                           w.export_as_dialog, None, None,
                           translate("WindowActions", "Write a copy as Mermaid, Markdown, CSV or Excel"))
        self.export_png = a(translate("WindowActions", "Export &PNG…"),
                            lambda: w.export_picture(png=True), None,
                            "export-png", translate("WindowActions", "Export the map as an image"))
        self.export_pdf = a(translate("WindowActions", "Export P&DF…"),
                            lambda: w.export_picture(png=False), None,
                            "export-pdf",
                            translate("WindowActions", "Export the map as a PDF, on one page or as a poster"))
        self.save_as_template = a(translate("WindowActions", "Save as Temp&late…"),
                                  w.save_as_template, None, None,
                                  translate("WindowActions", "Keep this map as a starting point in the gallery"))
        self.clear_examples = a(translate("WindowActions", "Clear E&xamples"),
                                w.clear_examples, None, None,
                                translate("WindowActions", "Remove the grey example cards of the template"))
        self.close = a(translate("WindowActions", "&Close"), w.close, Key.Close)
        self.quit = a(translate("WindowActions", "&Quit"), w.quit_application, Key.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        stack = w.document.undo_stack
        self.undo = stack.createUndoAction(w, translate("WindowActions", "&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self.undo.setIcon(action_icon("undo"))
        self.redo = stack.createRedoAction(w, translate("WindowActions", "&Redo"))
        redo_keys = QKeySequence.keyBindings(Key.Redo)
        if QKeySequence("Ctrl+Y") not in redo_keys:  # Windows and Office habit, everywhere
            redo_keys.append(QKeySequence("Ctrl+Y"))
        self.redo.setShortcuts(redo_keys)
        self.redo.setIcon(action_icon("redo"))
        self.cut = a(translate("WindowActions", "Cu&t"),
                     w.cut, Key.Cut, "cut", translate("WindowActions", "Cut the selected cards"))
        self.copy = a(translate("WindowActions", "&Copy"),
                      w.copy, Key.Copy, "copy", translate("WindowActions", "Copy the selected cards"))
        self.paste = a(translate("WindowActions", "&Paste"), w.paste, Key.Paste, "paste",
                       translate("WindowActions",
                                 "Paste cards, or one card per line of text, into the selected cell"))
        self.duplicate = a(translate("WindowActions", "Dup&licate"),
                           w.duplicate, "Ctrl+D", "duplicate",
                           translate("WindowActions", "Duplicate the selected cards"))
        self.delete = a(translate("WindowActions", "&Delete"),
                        w.delete_selection, Key.Delete, "delete",
                        translate("WindowActions", "Delete the selection"))
        self.select_all = a(translate("WindowActions", "Select &All"),
                            w.select_all, Key.SelectAll, None, translate("WindowActions", "Select every card"))
        # the platform's shortcut; Ctrl+, where the platform has none (most Linux desktops)
        preferences_key = Key.Preferences if QKeySequence.keyBindings(Key.Preferences) else "Ctrl+,"
        self.preferences = a(translate("WindowActions", "Prefere&nces…"),
                             w.show_preferences, preferences_key, None,
                             translate("WindowActions", "Backups, autosave, interface language and size"))
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        # Insert
        self.add_card = a(translate("WindowActions", "&Card"),
                          w.insert_card, "Ctrl+Shift+C", "add-card",
                          translate("WindowActions", "Add a card to the selected cell"))
        self.add_stage = a(translate("WindowActions", "&Stage"),
                           w.insert_stage, "Ctrl+Shift+E", "add-stage",
                           translate("WindowActions", "Add a stage after the selected one"))
        self.add_step = a(translate("WindowActions", "S&tep"),
                          w.insert_step, "Ctrl+Shift+T", "add-step",
                          translate("WindowActions", "Add a step to the selected stage"))
        self.add_lane: dict[LaneKind, QAction] = {}
        for kind in LaneKind:
            action = _action(w, lane_title(kind, interface_language()), lambda _=False, k=kind: w.insert_lane(k))
            action.setIcon(lane_icon(kind))
            self.add_lane[kind] = action
        # View
        self.zoom_in = a(translate("WindowActions", "Zoom &In"), lambda: w.view.zoom_in(), Key.ZoomIn, "zoom-in")
        self.zoom_out = a(translate("WindowActions", "Zoom &Out"),
                          lambda: w.view.zoom_out(), Key.ZoomOut, "zoom-out")
        self.zoom_fit = a(translate("WindowActions", "&Fit Map"),
                          lambda: w.view.zoom_fit(), "Ctrl+0", "zoom-fit",
                          translate("WindowActions", "Show the whole map"))
        self.zoom_100 = a(translate("WindowActions", "&100 %"),
                          lambda: w.view.zoom_100(), "Ctrl+1", "zoom-100",
                          translate("WindowActions", "Actual size"))
        self.show_inspector = w.inspector.toggleViewAction()
        self.show_inspector.setText(translate("WindowActions", "I&nspector"))
        self.show_inspector.setShortcut(QKeySequence("Ctrl+I"))
        self.show_palette = w.card_palette.toggleViewAction()
        self.show_palette.setText(translate("WindowActions", "P&alette"))
        self.show_persona = w.persona_dock.toggleViewAction()
        self.show_persona.setText(translate("WindowActions", "P&ersona"))
        self.large_interface = a(translate("WindowActions", "Lar&ge Interface"), w.set_large_interface, None, None,
                                 translate("WindowActions", "Bigger menus and panels, for a projector"),
                                 checkable=True)
        self.full_screen = a(translate("WindowActions", "F&ull Screen"),
                             w.toggle_full_screen, Key.FullScreen, None,
                             checkable=True)
        # Help
        self.about = a(translate("WindowActions", "&About {app}").format(app=APP_NAME), w.about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        _drop_taken_alternates([v for v in vars(self).values() if isinstance(v, QAction)])
        self._build_menus(w)
        self._build_toolbar(w)

    def editing_actions(self) -> list[QAction]:
        """The actions that change the map (disabled while it is open read-only)."""
        return [self.paste, self.add_card, self.add_stage, self.add_step, *self.add_lane.values()]

    def _build_menus(self, w) -> None:
        bar = w.menuBar()
        file = bar.addMenu(translate("WindowActions", "&File"))
        file.addAction(self.new)
        templates = file.addMenu(translate("WindowActions", "New from &Template"))
        templates.aboutToShow.connect(lambda: w.fill_template_menu(templates))
        w.fill_template_menu(templates)
        file.addAction(self.open)
        self.recent_menu = file.addMenu(translate("WindowActions", "Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: w.fill_recent_menu(self.recent_menu))
        w.fill_recent_menu(self.recent_menu)
        file.addSeparator()
        file.addAction(self.save)
        file.addAction(self.save_as)
        file.addAction(self.save_as_template)
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

        edit = bar.addMenu(translate("WindowActions", "&Edit"))
        for action in (self.undo, self.redo, None, self.cut, self.copy, self.paste, self.duplicate,
                       self.delete, self.clear_examples, None, self.select_all, None, self.preferences):
            edit.addAction(action) if action else edit.addSeparator()
        self.edit_menu = edit

        insert = bar.addMenu(translate("WindowActions", "&Insert"))
        insert.addActions([self.add_card, self.add_stage, self.add_step])
        lanes = insert.addMenu(lane_icon(LaneKind.ACTIONS), translate("WindowActions", "&Lane"))
        lanes.addActions(list(self.add_lane.values()))

        view = bar.addMenu(translate("WindowActions", "&View"))
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_fit, self.zoom_100])
        view.addSeparator()
        self.lanes_menu = view.addMenu(translate("WindowActions", "&Lanes"))
        self.lanes_menu.aboutToShow.connect(lambda: w.fill_lanes_menu(self.lanes_menu))
        view.addSeparator()
        view.addActions([self.show_inspector, self.show_persona, self.show_palette])
        view.addSeparator()
        view.addActions([self.large_interface, self.full_screen])
        self.view_menu = view

        help_ = bar.addMenu(translate("WindowActions", "&Help"))
        help_.addAction(self.about)

    def _build_toolbar(self, w) -> None:
        bar = QToolBar(translate("WindowActions", "Main toolbar"), w)
        bar.setObjectName("mainToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        bar.setIconSize(QSize(28, 28))
        bar.setMovable(False)
        for action in (self.new, self.open, self.save, None, self.undo, self.redo, None,
                       self.add_card, self.add_stage, self.add_step, None, self.delete, None,
                       self.zoom_in, self.zoom_out, self.zoom_fit):
            bar.addAction(action) if action else bar.addSeparator()
        self.undo.setIconText(translate("WindowActions", "Undo"))
        self.redo.setIconText(translate("WindowActions", "Redo"))
        self.add_card.setIconText(translate("WindowActions", "Card"))
        self.add_stage.setIconText(translate("WindowActions", "Stage"))
        self.add_step.setIconText(translate("WindowActions", "Step"))
        self.zoom_fit.setIconText(translate("WindowActions", "Fit"))
        w.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

