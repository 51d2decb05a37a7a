"""The window that shows the start screen while no map is open.

It opens when the app starts without a file and again when the last map window closes (not
on Quit); it hides as soon as a map opens, and the map's window takes its place and size.
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
from . import windows
from .start_screen import StartScreen

Key = QKeySequence.StandardKey


class StartWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.resize(1440, 900)
        self.screen_widget = StartScreen(self)
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

    def _hand_over(self, window) -> None:
        if window is not None:
            window.setGeometry(self.geometry())
            self.hide()

    def open_template(self, name: str) -> None:
        """The chosen template as a new unsaved map, in the interface language."""
        self._hand_over(windows.new_map(name, interface_language()))

    def open_path(self, path: str) -> None:
        self._hand_over(windows.open_path(path, parent=self))

    def open_dialog(self) -> None:
        settings = QSettings()
        suffixes = " ".join(f"*{s}" for s in sorted(READERS))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a map"), settings.value("lastDirectory", str(Path.home())),
            self.tr("Maps ({suffixes});;All files (*)").format(suffixes=suffixes))
        if path:
            settings.setValue("lastDirectory", str(Path(path).parent))
            self.open_path(path)

    def come_back(self, geometry=None) -> None:
        """Show the start screen again (the last map was closed), where that map was."""
        self.screen_widget.refresh()
        if geometry is not None:
            self.setGeometry(geometry)
        self.show()
        self.raise_()
        self.activateWindow()


_start: StartWindow | None = None


def start_window() -> StartWindow:
    """The one start window of the process (made on first use)."""
    global _start
    if _start is None:
        _start = StartWindow()
    windows.when_last_closed(_start.come_back)
    return _start


def show_start_window() -> StartWindow:
    window = start_window()
    window.come_back()
    return window
