"""The window that shows the start screen while no map is open.

The Application shows it when the app starts without a file and again when the last map
window closes (not on Quit); it hides as soon as a map opens, and the map's window takes its
place and size. Like every window it asks its host (the Application) for maps.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow

from .. import APP_NAME
from ..fileformat.readers import READERS
from ..i18n import interface_language
from ..templates import BLANK
from .start_screen import StartScreen
from .window_host import WindowHost

Key = QKeySequence.StandardKey


class StartWindow(QMainWindow):
    def __init__(self, host: WindowHost):
        super().__init__()
        self.host = host
        self.setWindowTitle(APP_NAME)
        self.resize(1440, 900)
        self.screen_widget = StartScreen(host.recent_files, self)
        self.setCentralWidget(self.screen_widget)
        self.screen_widget.new_blank_requested.connect(lambda: self.open_template(BLANK))
        self.screen_widget.template_chosen.connect(self.open_template)
        self.screen_widget.open_requested.connect(self.open_dialog)
        self.screen_widget.recent_chosen.connect(self.open_path)
        file = self.menuBar().addMenu(self.tr("&File"))
        for text, slot, key in ((self.tr("&New"), lambda: self.open_template(BLANK), Key.New),
                                (self.tr("&Open…"), self.open_dialog, Key.Open),
                                (self.tr("&Quit"), self.close, Key.Quit)):
            action = QAction(text, self)
            action.setShortcuts(QKeySequence.keyBindings(key))
            action.triggered.connect(slot)
            file.addAction(action)

    def open_template(self, name: str):
        """The chosen template as a new unsaved map, in the interface language."""
        return self.host.new_map(name, interface_language())

    def open_path(self, path: str):
        return self.host.open_path(path, parent=self)

    def open_dialog(self) -> None:
        settings = QSettings()
        suffixes = " ".join(f"*{s}" for s in sorted(READERS))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a map"), settings.value("lastDirectory", str(Path.home())),
            self.tr("Maps ({suffixes});;All files (*)").format(suffixes=suffixes))
        if path:
            settings.setValue("lastDirectory", str(Path(path).parent))
            self.open_path(path)

    def hand_over(self, window) -> None:
        """A map opened: its window takes this one's place; this one hides."""
        if self.isVisible():
            window.setGeometry(self.geometry())
            self.hide()

    def come_back(self, geometry=None) -> None:
        """Show the start screen again (the last map was closed), where that map was, with
        the whole gallery (no filter left from last time)."""
        self.screen_widget.filter.clear()
        self.screen_widget.refresh()
        if geometry is not None:
            self.setGeometry(geometry)
        self.show()
        self.raise_()
        self.activateWindow()
