"""The composition root: builds the application, opens the windows, and wires them."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def create_application():
    """The QApplication with its name (for QSettings), icon, fonts and interface size."""
    from PySide6.QtWidgets import QApplication

    from . import APP_NAME, __version__, i18n
    from .icons import app_icon
    from .render.qt_painter import load_bundled_fonts
    from .ui.clipboard_exit import release_clipboard_at_exit
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
    release_clipboard_at_exit(app)
    if not hasattr(app, "_journey_translators"):  # kept alive with the app; once per process
        app._journey_translators = i18n.install_translators(app, i18n.chosen_language())
    return app


def start_session() -> None:
    """This process's autosave store (removed on a clean quit), then the recovery question."""
    from PySide6.QtWidgets import QApplication

    from .storage.app_dirs import autosave_dir
    from .ui import session

    session.start(autosave_dir())
    QApplication.instance().aboutToQuit.connect(session.finish)
    session.offer_recovery()


def run_editor(files: Sequence[str]) -> int:
    app = create_application()
    from .ui import error_hook, windows

    error_hook.install()
    start_session()
    opened = [window for window in (windows.open_path(name) for name in files) if window]
    from .ui.start_window import start_window

    start = start_window()  # also comes back when the last map closes
    if not opened and not windows.windows():  # nothing given, read or recovered: the start screen
        start.come_back()
    return app.exec()
