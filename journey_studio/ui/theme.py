"""View › Theme: the interface in the system's colours, light, or dark.

Only the interface follows the theme (menus, toolbar, docks, dialogs): the map keeps its own
light paper look, as printed. Toolbar and menu icons follow the palette by themselves
(:func:`journey_studio.icons.action_icon`). A change reaches the windows already open at once,
every widget of them (:func:`apply_theme`). The choice is kept in the preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup, QColor, QPalette
from PySide6.QtWidgets import QApplication

KEY = "interface/theme"
THEMES = ("system", "light", "dark")
translate = QCoreApplication.translate


def theme_wanted() -> str:
    value = QSettings().value(KEY, "system", str)
    return value if value in THEMES else "system"


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#2b2f33"), (roles.WindowText, "#e8eaed"), (roles.Base, "#1f2326"),
                        (roles.AlternateBase, "#2b2f33"), (roles.ToolTipBase, "#3a3f44"),
                        (roles.ToolTipText, "#e8eaed"), (roles.Text, "#e8eaed"), (roles.Button, "#363b40"),
                        (roles.ButtonText, "#e8eaed"), (roles.BrightText, "#ff6b6b"), (roles.Link, "#7fb2ff"),
                        (roles.Highlight, "#3d7bd9"), (roles.HighlightedText, "#ffffff"),
                        (roles.PlaceholderText, "#9aa0a6"), (roles.Mid, "#4a5056"), (roles.Dark, "#16191b"),
                        (roles.Light, "#4a5056"), (roles.Midlight, "#40454a"), (roles.Shadow, "#0b0c0d")):
        palette.setColor(role, QColor(color))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7d838a"))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Set the interface palette; "system" gives back the palette the application started with."""
    if app.property("journeySystemPalette") is None:
        app.setProperty("journeySystemPalette", QPalette(app.palette()))
    if theme == "dark":
        app.setPalette(dark_palette())
    elif theme == "light":
        app.setPalette(app.style().standardPalette())
    else:
        app.setPalette(app.property("journeySystemPalette"))
    _repolish(app)


def _repolish(app: QApplication) -> None:
    """Hand the new palette to every widget already shown.

    With an application style sheet (the keyboard focus frame, :mod:`.interface_size`) Qt
    keeps, on each widget it polished, the palette of that moment: an open window's toolbar,
    menu bar and panels would stay in the old colours while their icons (drawn in the new
    palette's ink) vanish into them. Setting the sheet again polishes every widget anew, with
    the new palette; widgets that set colours of their own keep them.
    """
    sheet = app.styleSheet()
    if sheet:
        app.setStyleSheet("")
        app.setStyleSheet(sheet)


def choose_theme(theme: str) -> None:
    QSettings().setValue(KEY, theme)
    apply_theme(QApplication.instance(), theme)


def install_theme_menu(window) -> QActionGroup:
    """View › Theme › System, Light, Dark (one checked), in ``window``'s View menu."""
    menu = window.window_actions.view_menu.addMenu(translate("Theme", "T&heme"))
    group = QActionGroup(window)
    names = {"system": translate("Theme", "&System"), "light": translate("Theme", "&Light"),
             "dark": translate("Theme", "&Dark")}
    current = theme_wanted()
    for theme in THEMES:
        action = QAction(names[theme], window)
        action.setCheckable(True)
        action.setChecked(theme == current)
        action.setData(theme)
        action.triggered.connect(lambda _=False, t=theme: choose_theme(t))
        group.addAction(action)
        menu.addAction(action)
    return group
