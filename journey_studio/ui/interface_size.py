"""Text size of menus, panels and dialogs: the system's size, or larger for a projector.

The interface takes the point size of the platform's general font (the desktop's setting,
read when applied: :func:`system_points`) and never a size of its own; the large interface is
:data:`LARGE_FACTOR` times that. The canvas zooms on its own; this is the interface around it.
The choice is remembered (QSettings ``largeInterface``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

KEY = "largeInterface"
LARGE_FACTOR = 1.3  # a projector: 13 pt where the desktop says 10, 14.3 where it says 11
FALLBACK_POINTS = 10.0  # only when the platform tells no size at all
FAMILY = "DejaVu Sans"  # bundled (render.painters.qt.load_bundled_fonts), same on every system

#: A clearly visible keyboard focus, whatever the platform style draws.
STYLE_SHEET = """
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus {
    border: 2px solid #1a73e8; border-radius: 3px;
}
QToolButton:focus { border: 2px solid #1a73e8; border-radius: 3px; }
"""


def large_interface_wanted() -> bool:
    value = QSettings().value(KEY, False)
    return value in (True, "true", "1", 1)


def system_font() -> QFont:
    """The platform's general interface font (the desktop's choice), whatever the application set."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


def system_points() -> float:
    """The point size of the system's interface font (a size given in pixels is converted)."""
    font = system_font()
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    screen = QGuiApplication.primaryScreen()
    if font.pixelSize() > 0 and screen is not None:
        return font.pixelSize() * 72 / screen.logicalDotsPerInchY()
    return FALLBACK_POINTS


def interface_points(large: bool) -> float:
    """The interface's point size: the system's, or the large interface's multiple of it."""
    points = system_points()
    return round(points * LARGE_FACTOR, 1) if large else points


def apply_interface_size(app: QApplication, large: bool | None = None, remember: bool = False) -> None:
    if large is None:
        large = large_interface_wanted()
    if remember:
        QSettings().setValue(KEY, bool(large))
    font = QFont(FAMILY)
    font.setPointSizeF(interface_points(large))
    sheet = app.styleSheet() or ""
    if STYLE_SHEET.strip() not in sheet:
        sheet += STYLE_SHEET
        app.setStyleSheet(sheet)
    app.setFont(font)
    # With a style sheet in place Qt does not hand the new font to the widgets already shown:
    # setting the sheet again re-polishes every widget now (no restart); fonts a widget set
    # for itself (the presentation's pill, the invite's big address) are kept.
    app.setStyleSheet("")
    app.setStyleSheet(sheet)


def widen_docks(window, characters: int = 54) -> None:
    """Make the window's right-hand docks wide enough for ``characters`` of the current font,
    so a title field or a ranked card's text is not cut after the interface grew."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    docks = [d for d in window.findChildren(QDockWidget)
             if d.parent() is window and window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
    if not docks:
        return
    wanted = docks[0].fontMetrics().averageCharWidth() * characters
    window.resizeDocks(docks, [max(d.width(), wanted) for d in docks], Qt.Orientation.Horizontal)
