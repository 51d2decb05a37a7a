"""A QGuiApplication for drawing with QPainter, also without a display (SSH, CI)."""

from __future__ import annotations

import os
import sys

#: make a QApplication (widgets may follow in this process: the editor, the tests); the
#: command line sets False and gets the lighter QGuiApplication, which is all QPainter needs
WIDGETS = True


def ensure_gui_app():
    """The running Qt application, or a new one (offscreen when there is no display).

    A QApplication (not just a QGuiApplication), so widgets can still be made later in
    the same process (the editor, the tests), unless ``WIDGETS`` is False.

    QImage text drawing needs one. ``QT_QPA_PLATFORM`` must be set before it is created, so
    on Linux without ``DISPLAY``/``WAYLAND_DISPLAY`` it becomes ``offscreen``.
    """
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        return app
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if WIDGETS:
        from PySide6.QtWidgets import QApplication

        return QApplication(["journey-studio"])
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication(["journey-studio"])
