"""The composition root: builds the application and its windows, and wires them."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_editor(files: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from . import APP_NAME, __version__
    from .fileformat import JourneyFileError
    from .fileformat.readers import read_any
    from .ui.viewer_window import ViewerWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    windows = []
    for name in files or [None]:
        journey = None
        if name:
            try:
                journey = read_any(name)
            except JourneyFileError as exc:
                QMessageBox.warning(None, APP_NAME, str(exc))
                continue
        window = ViewerWindow(journey, name)
        window.show()
        windows.append(window)
    if not windows:
        return 1
    return app.exec()
