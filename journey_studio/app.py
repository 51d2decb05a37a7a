"""The composition root: builds the application, opens the windows, and wires them."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def create_application():
    """The QApplication with its name (for QSettings), icon, fonts and interface size."""
    from PySide6.QtWidgets import QApplication

    from . import APP_NAME, __version__
    from .icons import app_icon
    from .render.qt_painter import load_bundled_fonts
    from .ui.interface_size import apply_interface_size

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Journey Studio")
    app.setOrganizationDomain("journey-studio.org")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("journey-studio")
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    load_bundled_fonts()
    apply_interface_size(app)
    return app


def run_editor(files: Sequence[str]) -> int:
    app = create_application()
    from .ui import error_hook, windows

    error_hook.install()
    opened = [window for window in (windows.open_path(name) for name in files) if window]
    if not opened:  # no file given, or none could be read: start on a new map
        windows.new_map()
    return app.exec()
