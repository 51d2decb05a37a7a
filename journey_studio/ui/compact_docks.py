"""Docks that leave the canvas at least two thirds of a narrow window.

A small screen at a scale factor of 2 (a 1366×768 laptop gives 683×384) would leave the map
a strip between the Cards palette on the left and the Inspector on the right. Below
:data:`COMPACT_WIDTH` the window goes compact: the docks on the left (Cards, Overview) become
tabs beside the Inspector, so the docks take one column, and that column is kept to at most
:data:`MAX_SHARE` of the window's width (the panels' labels go above their fields), but never
narrower than what its panels need (no field, tile or button cut at the right, no sideways scroll
bar). The tabs of the column show their full names and scroll sideways when they do not all fit
(never "Ins… / P… / Ca…"). When the window is
wide again, the docks go back where they were and take their usual widths. The window's
remembered layout is the wide one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QFormLayout, QMainWindow, QScrollArea, QStyle, QTabBar, QWidget
from shiboken6 import isValid

COMPACT_WIDTH = 1000  # logical pixels: narrower than this, the docks share one column
MAX_SHARE = 1 / 3  # of the window's width, for every dock column together
Area = Qt.DockWidgetArea


class CompactDocks(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.compact = False
        self.moved: list[QDockWidget] = []  # the left docks made tabs beside the Inspector
        self.limits: dict[QDockWidget, tuple[int, int]] = {}  # their own minimum, maximum width
        self.forms: dict[QFormLayout, QFormLayout.RowWrapPolicy] = {}  # labels put above their fields
        window.installEventFilter(self)  # after WindowExtras': this one sees Close first
        #: a panel's content asked for a new size (a form made, a font): the column follows
        self._relimit = QTimer(self)
        self._relimit.setSingleShot(True)
        self._relimit.setInterval(0)
        self._relimit.timeout.connect(lambda: self.compact and self.limit_width())
        window.inspector.form_built.connect(self.adopt)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.window:
            if event.type() == QEvent.Type.Show or (event.type() == QEvent.Type.Resize
                                                    and self.window.isVisible()):
                self.update()  # not before the window is shown: its docks count as closed
            elif event.type() == QEvent.Type.Close and self.compact:
                self.leave()  # the layout remembered is the wide one
                QTimer.singleShot(0, self, self.update)  # if the close is refused
        elif event.type() == QEvent.Type.LayoutRequest and self.compact:
            self._relimit.start()  # a panel's content (see _needed_width) changed its size
        return False

    def docks(self) -> list[QDockWidget]:
        w = self.window
        return [d for d in w.findChildren(QDockWidget)
                if d.parent() is w and not d.isFloating() and w.dockWidgetArea(d) in (Area.LeftDockWidgetArea,
                                                                                    Area.RightDockWidgetArea)]

    def update(self) -> None:
        if self.window.width() < COMPACT_WIDTH:
            if not self.compact:
                self.enter()
            self.limit_width()
        elif self.compact:
            self.leave()
        else:
            return
        self.window.layout().activate()  # the canvas has its new size now (a first Fit uses it)

    def enter(self) -> None:
        w = self.window
        self.compact = True
        for dock in self.docks():  # a narrow column: labels above their fields
            self._labels_above(dock)
        host = w.inspector
        if w.dockWidgetArea(host) != Area.RightDockWidgetArea or host.isFloating():
            return  # the user's own arrangement: only the widths are limited
        front = host if host.isVisible() else next(
            (d for d in self.docks() if w.dockWidgetArea(d) == Area.RightDockWidgetArea and d.isVisible()), host)
        for dock in self.docks():
            if w.dockWidgetArea(dock) == Area.LeftDockWidgetArea:
                shown = _shown(dock)
                self.moved.append(dock)
                w.tabifyDockWidget(host, dock)
                dock.setVisible(shown)
        front.raise_()  # the tab that was in front stays in front

    def adopt(self, panel: QWidget) -> None:
        """A panel made after the window went compact (the inspector's forms and the Persona
        panel are made on first use) is laid out as the ones made before."""
        if self.compact:
            self._labels_above(panel)
            self._relimit.start()  # and the column is as wide as it needs

    def _labels_above(self, panel: QWidget) -> None:
        for form in panel.findChildren(QFormLayout):
            self.forms.setdefault(form, form.rowWrapPolicy())
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

    def limit_width(self) -> None:
        w = self.window
        docks = self.docks()
        columns = len({w.dockWidgetArea(d) for d in docks if _shown(d)}) or 1
        separator = w.style().pixelMetric(w.style().PixelMetric.PM_DockWidgetSeparatorExtent, None, w)
        cap = max(80, int(w.width() * MAX_SHARE) // columns - separator - 2)
        cap = max([cap, *(_needed_width(d, self) for d in docks if _shown(d))])  # nothing cut, no sideways scrolling
        self.limits = {d: limits for d, limits in self.limits.items() if isValid(d)}
        for dock in docks:
            own = self.limits.setdefault(dock, (dock.minimumWidth(), dock.maximumWidth()))
            dock.setMinimumWidth(min(own[0], cap))
            dock.setMaximumWidth(cap)
        self._full_tab_names(True)

    def _full_tab_names(self, on: bool) -> None:
        """The dock tabs' names whole (scroll arrows when they do not all fit), or Qt's elided ones."""
        for bar in self.window.findChildren(QTabBar):
            if bar.parent() is not self.window:
                continue  # a panel's own tabs
            bar.setElideMode(Qt.TextElideMode.ElideNone if on else Qt.TextElideMode.ElideRight)
            bar.setUsesScrollButtons(True)
            bar.setExpanding(not on)

    def leave(self) -> None:
        w = self.window
        self.compact = False
        for dock, (minimum, maximum) in self.limits.items():
            if not isValid(dock):  # a panel closed for good (the workshop's invite)
                continue
            dock.setMinimumWidth(minimum)
            dock.setMaximumWidth(maximum)
        self.limits.clear()
        for form, policy in self.forms.items():
            if isValid(form):
                form.setRowWrapPolicy(policy)
        self.forms.clear()
        self._full_tab_names(False)
        for dock in self.moved:
            if isValid(dock) and w.dockWidgetArea(dock) == Area.RightDockWidgetArea and not dock.isFloating():
                shown = _shown(dock)  # as the user left it (a tab not in front is still shown)
                w.addDockWidget(Area.LeftDockWidgetArea, dock)
                dock.setVisible(shown)
        self.moved.clear()
        w.inspector.raise_()
        w.resizeDocks([w.card_palette, w.inspector], [190, 360], Qt.Orientation.Horizontal)


def _needed_width(dock: QDockWidget, listener: QObject) -> int:
    """How wide ``dock`` must be for its panel to show whole: a scrolled panel's content at its
    narrowest, its vertical scroll bar's room and the dock's own margins. ``listener`` hears
    when that content's size changes."""
    panel = dock.widget()
    if panel is None:
        return 0
    scroll = panel if isinstance(panel, QScrollArea) else panel.findChild(QScrollArea)
    if scroll is None or scroll.widget() is None:
        return panel.minimumSizeHint().width()
    scroll.widget().installEventFilter(listener)  # (once: Qt does not install a filter twice)
    bar = scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, scroll)
    around = max(0, dock.width() - scroll.width())  # the dock's and the panel's margins beside it
    return scroll.widget().minimumSizeHint().width() + bar + 2 * scroll.frameWidth() + around


def _shown(dock: QDockWidget) -> bool:
    """Whether the dock is open (its View menu item checked), in front of its tab group or not."""
    return dock.toggleViewAction().isChecked()
