"""Text size of menus, panels and dialogs: a little larger than usual, larger still for a projector.

The canvas zooms on its own; this is the interface around it. The choice is remembered
(QSettings ``largeInterface``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

KEY = "largeInterface"
NORMAL_POINTS = 11
LARGE_POINTS = 14
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


def apply_interface_size(app: QApplication, large: bool | None = None, remember: bool = False) -> None:
    if large is None:
        large = large_interface_wanted()
    if remember:
        QSettings().setValue(KEY, bool(large))
    font = QFont(FAMILY)
    font.setPointSize(LARGE_POINTS if large else NORMAL_POINTS)
    app.setFont(font)
    if STYLE_SHEET.strip() not in (app.styleSheet() or ""):
        app.setStyleSheet((app.styleSheet() or "") + STYLE_SHEET)
