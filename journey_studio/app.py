"""The composition root: builds the application, opens the windows, and wires them."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def create_application():
    """The QApplication with its name (for QSettings), icon, fonts and interface size."""
    from PySide6.QtWidgets import QApplication

    from . import APP_NAME, DESKTOP_ID, __version__, i18n
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
    app.setDesktopFileName(DESKTOP_ID)  # Wayland finds the menu entry and icon by it
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


def open_handed_files(files: Sequence[str]) -> None:
    """Files a later launch (or macOS Finder) handed over: a window per map, the last in
    front; no files means a new map."""
    from .ui import windows

    opened = [w for w in (windows.open_path(name) for name in files) if w] if files else [windows.new_map()]
    for window in opened[-1:]:
        window.raise_()
        window.activateWindow()


def listen_for_later_launches(app) -> None:
    """This process is the running instance: later launches hand their files to it."""
    from . import single_instance

    if not hasattr(app, "_journey_instance_server"):  # once per process
        app._journey_instance_server = single_instance.InstanceServer(open_handed_files, parent=app)
        app._journey_instance_server.listen()
        if sys.platform == "darwin":
            app.installEventFilter(single_instance.FileOpenEventFilter(open_handed_files, parent=app))


def run_editor(files: Sequence[str]) -> int:
    from . import display_check, single_instance

    cannot_start = display_check.main()  # no display: one sentence and exit 2, not Qt's abort
    if cannot_start is not None:
        return cannot_start
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None and single_instance.hand_over(files):
        return 0  # the running Journey Studio opens them
    app = create_application()
    from .ui import error_hook, windows

    error_hook.install()
    listen_for_later_launches(app)
    start_session()
    opened = [window for window in (windows.open_path(name) for name in files) if window]
    if not opened and not windows.windows():  # nothing given, read or recovered: a new map
        windows.new_map()
    return app.exec()
