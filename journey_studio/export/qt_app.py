"""A QGuiApplication for drawing with QPainter, also without a display (SSH, CI)."""

from __future__ import annotations

import os
import sys


def ensure_gui_app():
    """The running QGuiApplication, or a new one (offscreen when there is no display).

    QImage text drawing needs one. ``QT_QPA_PLATFORM`` must be set before it is created, so
    on Linux without ``DISPLAY``/``WAYLAND_DISPLAY`` it becomes ``offscreen``.
    """
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(["journey-studio"])
