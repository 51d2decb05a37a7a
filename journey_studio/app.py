"""The composition root: builds the Application, which owns what the windows share, and wires it.

:class:`Application` (one per process, a child of the QApplication) owns the open editor
windows, the autosave store, the preferences, the recent files, the translators and the error
hook. No other module keeps state of its own: a window gets the Application as its
:class:`~journey_studio.ui.window_host.WindowHost` and asks it for other windows
(``host.open_path(path)``, ``host.new_map()``, ``host.show_unsaved(journey)``), for the shared
services (``host.recent_files``, ``host.preferences``, ``host.autosave_store``) and tells it
when it closes.

How a new feature adds a window-level action (say, File › Compare With…):
  1. the slot goes on :class:`~journey_studio.ui.main_window.MainWindow` (or on a small helper
     object the window builds, as ``WorkshopTools``), and the QAction in
     :class:`~journey_studio.ui.actions.WindowActions` (add the slot to ``ActionTarget``), or the
     helper adds its own actions to ``window.window_actions.file_menu`` / ``view_menu``;
  2. the slot edits through ``window.document`` (one call or ``with document.macro(...)`` per
     gesture) and listens to ``document.changed`` (one ``list[Change]`` per undo step);
  3. when it needs something beyond its window (another window, a service shared by all
     windows), it calls ``window.host``: add the method to ``WindowHost`` and implement it
     here, on the Application; services that are not windows (a workshop server, a data
     source) are attributes of the Application, built in :func:`run_editor`.
A test builds a MainWindow with a stub host having the methods of ``WindowHost``.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication

from . import qt_feature  # noqa: F401 (first: every later import is cheaper)
from . import APP_NAME, DESKTOP_ID, __version__, display_check, i18n, single_instance
from .document import Document
from .gc_gui_thread import GuiThreadCollector
from .icons import app_icon
from .model import Journey, Language
from .render.painters.qt import load_bundled_fonts
from .storage.app_dirs import autosave_dir
from .storage.autosave import AutosaveStore
from .storage.disk_state import DiskState
from .storage.file_lock import MapFileLock
from .ui import error_hook, session, windows
from .ui.clipboard_exit import release_clipboard_at_exit
from .ui.interface_size import apply_interface_size
from .ui.theme import apply_theme, theme_wanted
from .ui.main_window import MainWindow
from .ui.preferences import Preferences
from .ui.recent_files import RecentFiles

if TYPE_CHECKING:
    from .ui.start_window import StartWindow

CASCADE = 32  # a new window sits this far right and down of the last one


def create_application() -> QApplication:
    """The QApplication with its name (for QSettings), icon, fonts and interface size."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Journey Studio")
    app.setOrganizationDomain("journey-studio.org")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)  # Wayland finds the menu entry and icon by it
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    load_bundled_fonts()
    apply_interface_size(app)
    apply_theme(app, theme_wanted())
    release_clipboard_at_exit(app)
    return app


class Application(QObject):
    """What one running Journey Studio shares between its windows (see the module's text)."""

    OBJECT_NAME = "journeyStudioApplication"
    #: a window was shown / closed (for services that follow the open maps)
    window_added = Signal(object)
    window_removed = Signal(object)

    def __init__(self, qt_app: QCoreApplication | None = None, *, recent_files: RecentFiles | None = None,
                 preferences: Preferences | None = None):
        super().__init__(qt_app or QCoreApplication.instance())
        self.setObjectName(self.OBJECT_NAME)
        self._windows: list[MainWindow] = []
        self.recent_files = recent_files or RecentFiles()
        self.preferences = preferences or Preferences()
        self.autosave_store: AutosaveStore | None = None
        self.translators: list = []
        self.error_hook: error_hook.ErrorHook | None = None
        self.instance_server: single_instance.InstanceServer | None = None
        self.garbage_collector: GuiThreadCollector | None = None
        self._translators_installed = False
        #: shown while no map is open (see :meth:`enable_start_screen`)
        self.start_window: StartWindow | None = None
        self.start_screen_enabled = False
        self._quitting = False

    @classmethod
    def instance(cls) -> "Application | None":
        """The Application of this process, if one was built (it hangs on the QApplication)."""
        qt_app = QCoreApplication.instance()
        found = qt_app.findChild(QObject, cls.OBJECT_NAME) if qt_app is not None else None
        return found if isinstance(found, Application) else None

    # --- services ---------------------------------------------------------------------
    def install_translators(self, language: str) -> None:
        """The interface speaks ``language`` (once: a language applies at the next start)."""
        if not self._translators_installed:
            self.translators = i18n.install_translators(self.parent(), language)
            self._translators_installed = True

    def install_error_hook(self) -> None:
        self.error_hook = error_hook.install()

    def collect_garbage_in_gui_thread(self) -> GuiThreadCollector:
        """Until quit, Python's cyclic garbage is collected on a timer in this (the GUI) thread,
        never in a worker thread such as the workshop server's (see :mod:`~journey_studio.gc_gui_thread`)."""
        if self.garbage_collector is None:
            self.garbage_collector = GuiThreadCollector(self)
            QCoreApplication.instance().aboutToQuit.connect(self.garbage_collector.uninstall)
        self.garbage_collector.install()
        return self.garbage_collector

    def start_autosave(self, folder: Path) -> AutosaveStore:
        """This process's autosave store in ``folder``, removed on a clean quit; windows opened
        from now on autosave into it."""
        if self.autosave_store is None:
            QCoreApplication.instance().aboutToQuit.connect(self.finish_autosave)
        self.autosave_store = AutosaveStore(folder)
        return self.autosave_store

    def finish_autosave(self) -> None:
        """A clean exit: this session leaves no autosave behind."""
        if self.autosave_store is not None:
            self.autosave_store.close()

    def offer_recovery(self, parent=None) -> list[MainWindow]:
        return session.offer_recovery(self, parent)

    def listen_for_later_launches(self) -> None:
        """This process is the running Journey Studio: a later launch (a double-clicked map)
        and macOS Finder hand their files to it (see :mod:`~journey_studio.single_instance`)."""
        if self.instance_server is None:
            self.instance_server = single_instance.InstanceServer(self.open_handed_files, parent=self)
            self.instance_server.listen()
            if sys.platform == "darwin":
                self.parent().installEventFilter(single_instance.FileOpenEventFilter(self.open_handed_files, self))

    def open_handed_files(self, files: Sequence[str]) -> None:
        """Each map in a window of its own, the last in front; no files: a new map."""
        opened = [w for w in (self.open_path(name) for name in files) if w] if files else [self.new_map()]
        for window in opened[-1:]:
            window.raise_()
            window.activateWindow()

    def preferences_changed(self) -> None:
        """The user changed the preferences: every open window takes them."""
        for window in self.windows():
            window.file.apply_preferences()

    def enable_start_screen(self) -> StartWindow:
        """From now on the start screen shows whenever no map is open (the last map window
        closed, not on Quit)."""
        self.start_screen_enabled = True
        if self.start_window is None:
            from .ui.start_window import StartWindow  # its gallery renders a preview per template

            self.start_window = StartWindow(self)
        return self.start_window

    def enable_start_screen_later(self) -> None:
        """As :meth:`enable_start_screen`, but the start screen is built only when it first
        shows (the last map window closed): a launch with a map paints that map first, without
        rendering the gallery's template previews."""
        self.start_screen_enabled = True

    def show_start_screen(self, geometry=None) -> StartWindow:
        start = self.enable_start_screen()
        start.come_back(geometry)
        return start

    # --- windows (the WindowHost of every MainWindow) -----------------------------------
    def windows(self) -> list[MainWindow]:
        return list(self._windows)

    def show_document(self, document: Document, replacing: MainWindow | None = None, *,
                      lock: MapFileLock | None = None, disk_state: DiskState | None = None,
                      source_name: str = "", note: str = "", recovered: bool = False) -> MainWindow:
        """A window for ``document``; ``lock`` and ``disk_state`` belong to its file (if any)."""
        window = MainWindow(document, self)
        window.file.adopt(lock, disk_state, source_name=source_name, recovered=recovered)
        if replacing is not None:
            window.restoreGeometry(replacing.saveGeometry())
        elif self._windows:
            last = self._windows[-1].pos()
            window.move(last.x() + CASCADE, last.y() + CASCADE)
        self._windows.append(window)
        if self.start_window is not None:
            self.start_window.hand_over(window)
        window.show()
        if note:
            window.report(note)
        if replacing is not None:
            replacing.close()
        self.window_added.emit(window)
        # the map, its layout and its items live as long as the window: take them out of the
        # garbage collector's sweeps, which otherwise grow with the map and land on edits
        # (×6-9 the edit time from 3,000 to 12,000 cards); later objects are collected as usual
        # (by the GUI thread's collector, see collect_garbage_in_gui_thread)
        gc.freeze()
        return window

    def new_map(self, template: str = "blank", language: Language | str = Language.EN,
                replacing: MainWindow | None = None) -> MainWindow:
        return self.show_document(Document.new(template, language), replacing)

    def open_path(self, path: str, parent=None, replacing: MainWindow | None = None) -> MainWindow | None:
        """Open ``path`` in a window; on failure show why and return None (nothing else changes)."""
        return windows.open_path(self, path, parent, replacing)

    def import_path(self, path: str, parent=None, replacing: MainWindow | None = None) -> MainWindow | None:
        return windows.import_path(self, path, parent, replacing)

    def show_unsaved(self, journey: Journey, replacing: MainWindow | None = None, **options) -> MainWindow:
        """A map that exists only in memory (imported, pasted, recovered): dirty, so closing asks."""
        return windows.show_unsaved(self, journey, replacing, **options)

    def window_closed(self, window: MainWindow) -> None:
        if window in self._windows:
            self._windows.remove(window)
            self.window_removed.emit(window)
            if not self._windows and self.start_screen_enabled and not self._quitting:
                self.show_start_screen(window.geometry())

    def quit(self) -> None:
        """Close every window, newest first; stop at the first the user keeps open."""
        self._quitting = True  # the start screen does not come back on the way out
        try:
            for window in reversed(self.windows()):
                if not window.close():
                    return
        finally:
            self._quitting = False

    def dispose(self) -> None:
        """Let go of everything (tests build one Application each)."""
        if self.translators:
            i18n.remove_translators(self.parent(), self.translators)
        self.translators = []
        self.autosave_store = None
        if self.garbage_collector is not None:
            self.garbage_collector.uninstall()  # automatic collection again
        if self.instance_server is not None:
            self.instance_server.close()
            self.instance_server = None
        self._windows.clear()
        if self.start_window is not None:
            self.start_window.close()
            self.start_window.deleteLater()
            self.start_window = None
        self.start_screen_enabled = False
        self.setParent(None)
        self.deleteLater()


def run_editor(files: Sequence[str]) -> int:
    cannot_start = display_check.main()  # no display: one sentence and exit 2, not Qt's abort
    if cannot_start is not None:
        return cannot_start
    if QApplication.instance() is None and single_instance.hand_over(files):
        return 0  # the running Journey Studio opens them, each in a window
    qt_app = create_application()
    display_check.release()
    application = Application.instance() or Application(qt_app)
    application.install_translators(i18n.chosen_language())
    application.install_error_hook()
    application.collect_garbage_in_gui_thread()
    application.listen_for_later_launches()
    application.start_autosave(autosave_dir())
    application.offer_recovery()
    opened = [window for window in (application.open_path(name) for name in files) if window]
    if not opened and not application.windows():  # nothing given, read or recovered: the start screen
        application.show_start_screen()
    else:
        application.enable_start_screen_later()  # back whenever the last map closes
    return qt_app.exec()
