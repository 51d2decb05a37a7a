"""The editor window: one document, its canvas, inspector, palette, menus and toolbar.

A window is given its document and its host (:class:`~.window_host.WindowHost`, the
Application in the running app, a stub in a test): it asks the host to open or create
maps in other windows, says when it closes, and takes the recent files, preferences and
autosave store from it. It imports no window registry.

The file paths a window takes are :meth:`MainWindow.open_path` and :meth:`MainWindow.save`
(:meth:`save_to` does the writing), so dialogs for conflicts, locks or recovery have one
place to hook into.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox,
)

from .. import APP_NAME, __version__
from ..canvas.selection import Selection, SelectionKind
from ..document import Document
from ..fileformat import SUFFIX
from ..fileformat.readers import READERS
from ..icons import app_icon, lane_icon
from ..model import Language, LaneKind
from . import edit_operations as ops
from . import import_export, map_zoom
from .actions import WindowActions
from .inspector import Inspector
from .interface_size import apply_interface_size, large_interface_wanted, widen_docks
from .last_folder import last_folder, remember_folder
from .palette import Palette
from .persona_panel import PersonaPanel
from .preferences_dialog import show_preferences
from .window_file import WindowFile
from .window_host import WindowHost
from ..canvas import MapScene, MapView
from ..render.layout import LayoutOptions
from ..templates import TEMPLATE_TITLES
from .view_options import EvidenceBars, PersonaOnMap, persona_on_map_wanted
from .compare_tools import CompareTools
from .data_tools import LivingMapTools
from .checks_panel import ChecksTools
from .find_filter import FindFilterTools
from .minimap import Minimap
from .window_extras import WindowExtras
from .compact_docks import CompactDocks
from .toolbar_overflow import ToolbarOverflow
from .theme import install_theme_menu
from .deliverable_actions import install as install_deliverables
from .workshop import WorkshopTools
from . import template_actions
from .localized import localized
from . import plain_text


def file_filter() -> str:
    text = QCoreApplication.translate("MainWindow", "Journey maps (*{suffix});;All files (*)")
    return text.format(suffix=SUFFIX)


def make_view(document: Document) -> MapView:
    scene = MapScene(document, LayoutOptions(show_persona=persona_on_map_wanted()))
    view = MapView(scene)
    scene.setParent(view)
    return view


def _short_folder(folder: Path) -> str:
    """A folder as a person reads it: ``~/Clients/Acme`` rather than the full home path."""
    try:
        return "~/" + folder.relative_to(Path.home()).as_posix()
    except ValueError:
        return str(folder)


class _DeleteKeys(QObject):
    """Delete and Backspace on the canvas (not while typing in it) run the window's Delete,
    which also deletes stages, steps, lanes and emotion points, and asks first when needed."""

    KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if event.key() not in self.KEYS or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        editing = getattr(watched, "is_editing", lambda: False)()
        if editing:
            return False
        if kind == QEvent.Type.KeyPress:
            self.window.delete_selection()
        return True  # ShortcutOverride left unaccepted: the canvas does not take the key


class MainWindow(QMainWindow):
    def __init__(self, document: Document, host: WindowHost):
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = document
        self.host = host
        self.file = WindowFile(self)  # lock, state on disk, autosave
        self.view = make_view(document)
        self.setCentralWidget(self.view)
        #: a selection is being made from a panel's list (see :meth:`select_from_panel`)
        self._selecting_from_panel = False
        self.inspector = Inspector(document, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.persona_dock = QDockWidget(self.tr("Persona"), self)
        self.persona_dock.setObjectName("persona")
        # its panel is made when the tab first shows (it starts behind the inspector)
        self.persona_dock.visibilityChanged.connect(lambda visible: visible and self.persona_panel())
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.persona_dock)
        self.tabifyDockWidget(self.inspector, self.persona_dock)
        self.inspector.raise_()
        self.card_palette = Palette(self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.card_palette)
        self.card_palette.card_kind_clicked.connect(self.add_card_of_kind)
        self.window_actions = WindowActions(self)
        self.window_actions.large_interface.setChecked(large_interface_wanted())
        if large_interface_wanted():
            self.window_actions.toolbar.setIconSize(QSize(36, 36))
        self.workshop = WorkshopTools(self)
        self.living_map = LivingMapTools(self)
        self.theme_choices = install_theme_menu(self)
        self.compare = CompareTools(self)
        install_deliverables(self, self.window_actions)  # PowerPoint, SVG, Print…, Copy as Image
        self.persona_on_map = PersonaOnMap(self)
        self.find_filter = FindFilterTools(self)
        self.checks = ChecksTools(self)
        self.evidence_bars = EvidenceBars(self)
        self.minimap = Minimap(self)
        # last of the toolbar's buttons added: on a narrow window the least useful go to More
        self.toolbar_overflow = ToolbarOverflow(self.window_actions.toolbar, self.window_actions)
        self.inspector.raise_()  # the inspector is the tab in front, whatever docks were added since
        self.view.selection_changed.connect(self._selection_changed)
        self.view.edit_refused.connect(self.report)
        self.view.card_text_typed.connect(self.inspector.show_typed)
        self.view.installEventFilter(_DeleteKeys(self))
        document.dirty_changed.connect(self.setWindowModified)
        document.path_changed.connect(lambda _path: self._update_title())
        document.read_only_changed.connect(lambda _read_only: self.file_state_changed())
        document.changed.connect(self._document_changed)
        self.setAcceptDrops(True)
        self.setWindowIcon(app_icon())
        self.read_only_note = QLabel(self.tr("Read-only: use Save As to edit your own copy"))
        self.read_only_note.setVisible(False)
        self.statusBar().addPermanentWidget(self.read_only_note)
        self._update_title()
        self.setWindowModified(document.dirty)
        self._selection_changed(self.view.selection())
        screen = QGuiApplication.primaryScreen().availableGeometry()
        self.resize(int(screen.width() * 0.92), int(screen.height() * 0.9))
        self.move(screen.center() - self.rect().center())
        self.resizeDocks([self.card_palette, self.inspector], [190, 360], Qt.Orientation.Horizontal)
        self._shown_once = False
        self.extras = WindowExtras(self)  # it restores the size and docks remembered
        self.compact_docks = CompactDocks(self)  # after: a narrow window keeps the canvas wide

    def persona_panel(self) -> PersonaPanel:
        """The Persona dock's panel, made on first use."""
        panel = self.persona_dock.widget()
        if not isinstance(panel, PersonaPanel):
            panel = PersonaPanel(self.document)
            self.persona_dock.setWidget(panel)
            self.compact_docks.adopt(panel)  # made once the window shows, after compact_docks
        return panel

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            QTimer.singleShot(0, self._first_view)  # once the window has its size

    def _first_view(self) -> None:
        """The remembered zoom of this map; else, for a map larger than the window, all of it;
        else the start of the journey at 100 %. A map opened from a file, a new one from a
        template or a blank one, an imported or a recovered one: the same rule."""
        remembered = map_zoom.remembered(self.document.path)
        if remembered is not None:
            self.view.set_zoom(remembered)
        elif not self.view.fits_at(1.0):
            self.view.zoom_fit()
            return
        for bar in (self.view.horizontalScrollBar(), self.view.verticalScrollBar()):
            bar.setValue(bar.maximum())
        self.view.ensureVisible(QRectF(0, 0, 1, 1), 8, 8)

    # --- title and state ----------------------------------------------------------------
    def display_name(self) -> str:
        if self.document.path:
            return Path(self.document.path).name
        return self.document.map.title or self.file.source_name or self.tr("Untitled")

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.display_name()}{self.file.title_note()}[*] — {APP_NAME}")

    def file_state_changed(self) -> None:
        """Read-only or not, recovered or not: the title and what may be edited follow."""
        editable = not self.document.read_only
        for action in self.window_actions.editing_actions():
            action.setEnabled(editable)
        self.card_palette.setEnabled(editable)
        self.workshop.dot_voting.setEnabled(editable)  # a vote is an edit
        self.living_map.data_sources.setEnabled(editable)
        self.compare.merge_action.setEnabled(editable)
        self.read_only_note.setVisible(not editable)
        self._selection_changed(self.view.selection())
        self._update_title()

    def _document_changed(self, changes) -> None:
        if any(change.subject == "map" for change in changes):
            self._update_title()

    def is_pristine(self) -> bool:
        """A new map nobody touched: New and Open may replace this window."""
        return (self.document.path is None and self.document.undo_stack.count() == 0
                and not self.document.dirty)  # an imported or recovered map is not pristine

    def report(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def select_from_panel(self, selection: Selection, reveal: bool = True) -> None:
        """Select what an item of a panel's list names (Checks, Compare, Votes) and show it on the
        map. The panel stays in front of the Inspector (its tab neighbour): the next item of the
        list is one click away."""
        self._selecting_from_panel = True
        try:
            self.view.select(selection, reveal=reveal)
        finally:
            self._selecting_from_panel = False

    def _selection_changed(self, selection: Selection) -> None:
        self.inspector.set_selection(selection)
        if selection.kind not in (SelectionKind.NONE, SelectionKind.CELL) and not self._selecting_from_panel:
            self.inspector.raise_()  # what was just selected is edited there, not in the Persona tab
        acts = self.window_actions
        has_cards = selection.kind == SelectionKind.CARDS
        editable = not self.document.read_only
        acts.copy.setEnabled(has_cards)
        for action in (acts.cut, acts.duplicate):
            action.setEnabled(has_cards and editable)
        acts.delete.setEnabled(editable and selection.kind not in (SelectionKind.NONE, SelectionKind.CELL))

    # --- files --------------------------------------------------------------------------
    def new_map(self, template: str = "blank", language: Language | str = Language.EN):
        return self.host.new_map(template, language, replacing=self if self.is_pristine() else None)

    def open_dialog(self) -> None:
        suffixes = " ".join(f"*{s}" for s in sorted(READERS))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a map"), last_folder(),
            self.tr("Maps ({suffixes});;All files (*)").format(suffixes=suffixes))
        if path:
            remember_folder(path)
            self.open_path(path)

    def open_path(self, path: str):
        """Open a file in this window if it is pristine, else in a new one; None on failure."""
        return self.host.open_path(path, parent=self, replacing=self if self.is_pristine() else None)

    def save(self) -> bool:
        if (self.document.path is None or self.document.read_only
                or Path(self.document.path).suffix.lower() != SUFFIX):
            return self.save_as()
        return self.save_to(self.document.path)

    def suggested_file_name(self) -> str:
        if self.document.path:
            return str(Path(self.document.path).with_suffix(SUFFIX))
        stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", self.document.map.title).strip(" .") or self.tr("Untitled")
        return str(Path(last_folder()) / f"{stem}{SUFFIX}")

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the map as"), self.suggested_file_name(),
                                              file_filter())
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        remember_folder(path)
        self._name_after_file(path)
        return self.save_to(path)

    def _name_after_file(self, path: str) -> None:
        """A map still titled by its template takes the file's name, so exports are not 'Untitled'."""
        title = self.document.map.title.strip()
        if (not title or title in TEMPLATE_TITLES) and not self.document.read_only:
            try:
                self.document.update_map(title=Path(path).stem)
            except ValueError:
                pass  # an over-long file name: keep the template's title

    def save_to(self, path: str) -> bool:
        """Write the .journey file safely (see :class:`WindowFile`); False if it was not saved."""
        self.view.close_editor(commit=True)  # Ctrl+S while typing a card saves what was typed
        return self.file.save_to(path)

    def maybe_save(self) -> bool:
        """True when the window may close: nothing unsaved, saved now, or the user discards."""
        if not self.document.dirty:
            return True
        Button = QMessageBox.StandardButton
        answer = plain_text.warning(
            self, APP_NAME,
            self.tr("Save the changes to “{name}” before closing?").format(name=self.display_name()) + "\n\n"
            + self.tr("Your changes will be lost if you don't save them."),
            Button.Save | Button.Discard | Button.Cancel, Button.Save)
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.maybe_save():
            map_zoom.remember(self.document.path, self.view.zoom())
            self.host.window_closed(self)
            self.file.close()
            # Leave the stack clean: a dirty QUndoStack destroyed later signals a dead Document.
            self.document.undo_stack.clear()
            event.accept()
        else:
            event.ignore()

    def quit_application(self) -> None:
        self.host.quit()

    def save_as_template(self) -> None:
        template_actions.save_as_template(self)

    def clear_examples(self) -> None:
        template_actions.clear_examples(self)

    def fill_template_menu(self, menu: QMenu) -> None:
        template_actions.fill_template_menu(menu, self)

    def import_dialog(self) -> None:
        import_export.import_dialog(self)

    def export_as_dialog(self) -> None:
        import_export.export_as_dialog(self)

    def export_picture(self, png: bool) -> None:
        import_export.export_picture(self, png)

    def show_preferences(self) -> None:
        if show_preferences(self):
            self.host.preferences_changed()

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = self.host.recent_files.files()
        names = [Path(path).name for path in files]
        for number, path in enumerate(files, start=1):
            label = Path(path).name
            if names.count(label) > 1:  # same name in several folders: say which folder
                label += f"  —  {_short_folder(Path(path).parent)}"
            action = menu.addAction(f"&{number % 10} {plain_text.menu_text(label)}")
            action.setStatusTip(path)
            action.setToolTip(plain_text.escape_for_tooltip(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if files:
            menu.addSeparator()
        clear = menu.addAction(self.tr("&Clear Menu"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(lambda _=False: self.host.recent_files.clear())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = self._dropped_files(event)
        if files:  # a .journey opens; any other format is imported as an unsaved map
            event.acceptProposedAction()
            for path in files:
                self.open_path(path)

    @staticmethod
    def _dropped_files(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls()
                if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in READERS]

    # --- edit ---------------------------------------------------------------------------
    def _try(self, edit) -> None:
        """Run an edit; a refused one is explained in the status bar, never a traceback."""
        try:
            selection = edit(self.view.selection())
        except ValueError as error:
            self.report(localized(error)[:1].upper() + localized(error)[1:])
            return
        if isinstance(selection, Selection):
            self.view.select(selection)

    def copy(self) -> None:
        mime = ops.cards_mime_data(self.document, self.view.selection())
        if mime is not None:
            QApplication.clipboard().setMimeData(mime)

    def cut(self) -> None:
        selection = self.view.selection()
        mime = ops.cards_mime_data(self.document, selection)
        if mime is not None:
            QApplication.clipboard().setMimeData(mime)
            self.document.delete_cards(selection.card_ids)

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is not None and mime.hasText() and import_export.paste_mermaid(self, mime.text()):
            return
        self._try(lambda sel: Selection.cards(ops.paste(self.document, sel, mime)))

    def duplicate(self) -> None:
        self._try(lambda sel: Selection.cards(self.document.duplicate_cards(sel.card_ids))
                  if sel.kind == SelectionKind.CARDS else None)

    def delete_selection(self) -> None:
        self._try(lambda sel: Selection() if ops.delete_selection(self.document, sel, self.confirm) else None)

    def confirm(self, question: str) -> bool:
        Button = QMessageBox.StandardButton
        return plain_text.question(self, APP_NAME, question, Button.Yes | Button.Cancel,
                                    Button.Cancel) == Button.Yes

    def select_all(self) -> None:
        self.view.select(Selection.cards(card.id for card in self.document.map.cards))

    # --- insert -------------------------------------------------------------------------
    def insert_card(self) -> None:
        self._try(lambda sel: ops.insert_card(self.document, sel))

    def insert_stage(self) -> None:
        self._insert_and_rename(lambda sel: ops.insert_stage(self.document, sel))

    def insert_step(self) -> None:
        self._insert_and_rename(lambda sel: ops.insert_step(self.document, sel))

    def insert_lane(self, kind: LaneKind) -> None:
        self._insert_and_rename(lambda sel: ops.insert_lane(self.document, sel, kind))

    def _insert_and_rename(self, insert) -> None:
        """A new stage, step or lane is shown and its name is ready to type (Esc keeps the default)."""
        before = self.document.undo_stack.index()
        self._try(insert)
        if self.document.undo_stack.index() != before:
            self.view.reveal_selection()
            self.view.setFocus()
            self.view.edit_selection()

    def add_card_of_kind(self, kind: str) -> None:
        self._try(lambda sel: ops.add_card_of_kind(self.document, sel, LaneKind(kind)))

    # --- view ---------------------------------------------------------------------------
    def fill_lanes_menu(self, menu: QMenu) -> None:
        menu.clear()
        for lane in self.document.map.lanes:
            action = menu.addAction(lane_icon(lane.kind), plain_text.menu_text(lane.title or lane.kind.value))
            action.setCheckable(True)
            action.setChecked(not lane.hidden)
            action.toggled.connect(lambda shown, lane_id=lane.id: self._try(
                lambda _sel: self.document.set_lane_hidden(lane_id, not shown)))
        if not self.document.map.lanes:
            menu.addAction(self.tr("(no lanes)")).setEnabled(False)

    def set_large_interface(self, large: bool) -> None:
        apply_interface_size(QApplication.instance(), large, remember=True)
        for window in QApplication.topLevelWidgets():  # every open window, at once
            if isinstance(window, MainWindow):
                window.window_actions.toolbar.setIconSize(QSize(36, 36) if large else QSize(28, 28))
                widen_docks(window)

    def toggle_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About {app}").format(app=APP_NAME),
                          f"<h3>{APP_NAME} {__version__}</h3><p>"
                          + self.tr("A desktop editor for customer journey maps: stages, lanes, "
                                    "sticky-note cards and the emotion curve, ready for a workshop.")
                          + "</p>")
