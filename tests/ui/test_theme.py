"""View › Theme: a dark interface whose toolbar icons stay visible; the map keeps its paper."""

import pytest
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar

from journey_studio.icons import action_icon
from journey_studio.render import style
from journey_studio.ui.interface_size import STYLE_SHEET
from journey_studio.ui.theme import apply_theme, choose_theme, dark_palette, theme_wanted


def _luminance(color: QColor) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def ink_of(icon: QIcon, mode=QIcon.Mode.Normal) -> QColor:
    """The colour of the most opaque pixel of the icon: its line."""
    image = icon.pixmap(48, 48, mode).toImage()
    best = max(((image.pixelColor(x, y), image.pixelColor(x, y).alpha())
                for x in range(image.width()) for y in range(image.height())), key=lambda p: p[1])
    return best[0]


def test_toolbar_icons_stay_visible_on_a_dark_palette_and_disabled_ones_are_dimmer(qapp):
    before = QApplication.palette()
    try:
        apply_theme(qapp, "dark")
        window_color = dark_palette().color(dark_palette().ColorRole.Window)
        for name in ("save", "undo", "zoom-in", "present", "add-card"):
            icon = action_icon(name)
            ink = ink_of(icon)
            assert contrast(ink, window_color) >= 4.5, (name, ink.name())  # WCAG AA for the line
            disabled = ink_of(icon, QIcon.Mode.Disabled)
            assert contrast(disabled, window_color) < contrast(ink, window_color)
            assert contrast(disabled, window_color) >= 1.8  # dim, not invisible
        apply_theme(qapp, "light")
        assert contrast(ink_of(action_icon("save")), QApplication.palette().color(QApplication.palette().ColorRole.Window)) >= 4.5
    finally:
        QApplication.setPalette(before)


def test_the_theme_menu_switches_the_palette_and_is_remembered_but_the_map_stays_paper(qtbot, open_windows):
    window = open_windows.new_map()
    group = window.theme_choices
    dark = next(a for a in group.actions() if a.data() == "dark")
    try:
        dark.trigger()
        assert theme_wanted() == "dark"
        assert QApplication.palette().color(QApplication.palette().ColorRole.Window).lightness() < 80
        assert window.view.map_scene.backgroundBrush().color() == QColor(style.CANVAS)  # the paper look
    finally:
        choose_theme("system")


def _opaque_ink(icon: QIcon, size: int = 24) -> list[QColor]:
    """The colours of an icon's opaque pixels (its lines)."""
    image = icon.pixmap(size, size).toImage()
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() >= 200]


@pytest.fixture
def application_style_sheet(qapp):
    """The style sheet the editor always has (create_application): with one, Qt kept the old
    palette on every widget already polished."""
    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET)
    yield
    qapp.setStyleSheet(before)


@pytest.mark.usefixtures("application_style_sheet")
def test_a_theme_change_reaches_every_open_window_at_once(qtbot, open_windows):
    window = open_windows.new_map()
    window.show()
    start = open_windows.show_start_screen()  # a second window, open before the change
    toolbar = window.findChild(QToolBar, "mainToolbar")
    docks = [d for d in window.findChildren(QDockWidget) if d.widget() is not None]
    assert docks and toolbar is not None
    original = QPalette(QApplication.palette())
    group = {a.data(): a for a in window.theme_choices.actions()}
    try:
        for theme in ("dark", "light", "dark", "system"):
            group[theme].trigger()
            wanted = QApplication.palette()
            window_color, base = wanted.color(QPalette.ColorRole.Window), wanted.color(QPalette.ColorRole.Base)
            if theme == "dark":
                assert window_color == dark_palette().color(QPalette.ColorRole.Window)
            for bar in (toolbar, window.menuBar(), start.menuBar()):
                assert bar.palette().color(QPalette.ColorRole.Window) == window_color, (theme, bar)
            background = toolbar.palette().color(QPalette.ColorRole.Window)
            for action in toolbar.actions():
                if action.icon().isNull() or not action.isEnabled():
                    continue
                ink = _opaque_ink(action.icon())
                assert ink, action.text()
                assert min(contrast(color, background) for color in ink) >= 3, (theme, action.text())
            for dock in docks:
                content = dock.widget()
                assert content.palette().color(QPalette.ColorRole.Window) == window_color, (theme, dock.objectName())
                assert content.palette().color(QPalette.ColorRole.Base) == base, (theme, dock.objectName())
            inspector_title = window.inspector.forms["map"].bindings[0][0].widget
            assert inspector_title.palette().color(QPalette.ColorRole.Base) == base
            assert inspector_title.palette().color(QPalette.ColorRole.Text) == wanted.color(QPalette.ColorRole.Text)
    finally:
        choose_theme("system")
        QApplication.setPalette(original)
