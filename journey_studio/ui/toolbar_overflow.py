"""A toolbar that keeps its most useful buttons when the window is narrow.

Qt's own answer to a toolbar wider than its window is the » extension, which hides the
*last* buttons (Vote and Present, for this window) and unfolds the rest as extra rows. Here,
when the buttons do not all fit, the least useful ones leave the toolbar for a "More" button
at its end whose menu lists them (with their names, icons and shortcuts); the ones that stay
keep their order. :data:`PRIORITY` says which stay first: Present always does.

Install it once the window's modules have added their buttons (it takes the toolbar's
actions as they are then).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle, QToolBar, QToolButton
from shiboken6 import isValid

from ..icons import action_icon

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

#: Names of :class:`~.actions.WindowActions` attributes, the most useful first; a toolbar
#: action not named here is the first to leave.
PRIORITY = ("present", "undo", "redo", "add_card", "save", "zoom_fit", "add_stage", "add_step",
            "delete", "open", "new", "zoom_in", "zoom_out", "dot_voting")


class ToolbarOverflow(QObject):
    def __init__(self, toolbar: QToolBar, window_actions):
        super().__init__(toolbar)
        self.toolbar = toolbar
        self.items: list[QAction] = [self._separator() if a.isSeparator() else a for a in toolbar.actions()]
        for action in toolbar.actions():  # the toolbar's own separators go with the toolbar's changes
            if action.isSeparator():
                toolbar.removeAction(action)
        named = [getattr(window_actions, name, None) for name in PRIORITY]
        ranked = [a for a in named if a is not None and a in self.items]
        self.priority = ranked + [a for a in self.items if not a.isSeparator() and a not in ranked]
        self.menu = QMenu(toolbar)
        self.button = QToolButton(toolbar)
        self.button.setIcon(action_icon("more"))
        self.button.setText(translate("ToolbarOverflow", "More"))
        self.button.setToolTip(translate("ToolbarOverflow", "More commands"))
        self.button.setAccessibleName(translate("ToolbarOverflow", "More commands"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setAutoRaise(True)
        self.button.setMenu(self.menu)
        self.more = toolbar.addWidget(self.button)
        self.more.setVisible(False)
        self._probe = QToolButton(toolbar)  # measures a button without showing it
        self._probe.setAutoRaise(True)
        self._probe.hide()
        self.shown: list[QAction] = [a for a in self.items if not a.isSeparator()]
        self._busy = False
        toolbar.iconSizeChanged.connect(lambda _size: self.relayout())
        toolbar.toolButtonStyleChanged.connect(lambda _style: self.relayout())
        toolbar.installEventFilter(self)

    def _separator(self) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

    def hidden_actions(self) -> list[QAction]:
        """The actions now in the More menu, in toolbar order."""
        return [a for a in self.items if not a.isSeparator() and a not in self.shown]

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.relayout()
        return False

    # --- measuring ----------------------------------------------------------------------------
    def _button_width(self, action: QAction) -> int:
        probe = self._probe
        probe.setFont(self.toolbar.font())
        probe.setToolButtonStyle(self.toolbar.toolButtonStyle())
        probe.setIconSize(self.toolbar.iconSize())
        probe.setDefaultAction(action)
        width = probe.sizeHint().width()
        probe.removeAction(action)
        return width

    def _width(self, actions: list[QAction], widths: dict, with_more: bool) -> int:
        """The toolbar's width holding ``actions`` (with their separators), and More if asked."""
        layout = self.toolbar.layout()
        margins = layout.contentsMargins()
        spacing = layout.spacing()
        separator = self.toolbar.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarSeparatorExtent,
                                                    None, self.toolbar)
        parts = [separator if a.isSeparator() else widths[a] for a in self._arranged(actions)]
        if with_more:
            parts.append(self.button.sizeHint().width())
        return margins.left() + margins.right() + sum(parts) + spacing * max(0, len(parts) - 1) + 4

    def _arranged(self, actions: list[QAction]) -> list[QAction]:
        """``actions`` in toolbar order with the separators that fall between two of them."""
        arranged: list[QAction] = []
        pending = None
        for item in self.items:
            if item.isSeparator():
                pending = item if arranged else None
            elif item in actions:
                if pending is not None:
                    arranged.append(pending)
                    pending = None
                arranged.append(item)
        return arranged

    # --- arranging ----------------------------------------------------------------------------
    def relayout(self) -> None:
        if self._busy or self.toolbar.orientation() != Qt.Orientation.Horizontal:
            return
        if not all(isValid(a) for a in self.items):  # the window is being torn down
            self.items = [a for a in self.items if isValid(a)]
            self.priority = [a for a in self.priority if isValid(a)]
            self.shown = [a for a in self.shown if isValid(a)]
            if not isValid(self.more):
                return
        self._busy = True
        try:
            self.button.setToolButtonStyle(self.toolbar.toolButtonStyle())
            self.button.setIconSize(self.toolbar.iconSize())
            candidates = [a for a in self.priority if a.isVisible()]
            widths = {a: self._button_width(a) for a in candidates}
            room = self.toolbar.width()
            keep = candidates
            if self._width(candidates, widths, with_more=False) > room:
                keep = []
                for action in candidates:  # the most useful first, while they fit beside More
                    if self._width([*keep, action], widths, with_more=True) <= room:
                        keep.append(action)
            self._show(keep)
        finally:
            self._busy = False

    def _show(self, keep: list[QAction]) -> None:
        shown = [a for a in self._arranged(keep) if not a.isSeparator()]
        if shown != self.shown or not self.toolbar.actions()[:-1] == self._arranged(keep):
            for item in self.items:
                self.toolbar.removeAction(item)
            self.toolbar.insertActions(self.more, self._arranged(keep))
            self.shown = shown
            for action in self.menu.actions():  # not clear(): it may delete actions (Undo, Redo)
                self.menu.removeAction(action)
            hidden = [a for a in self.items if a.isSeparator() or (a.isVisible() and a not in shown)]
            self.menu.addActions(self._menu_items(hidden))
        self.more.setVisible(bool(self.hidden_actions()))

    @staticmethod
    def _menu_items(items: list[QAction]) -> list[QAction]:
        """The hidden actions with a separator only between two of them."""
        result: list[QAction] = []
        for item in items:
            if item.isSeparator() and (not result or result[-1].isSeparator()):
                continue
            result.append(item)
        return result[:-1] if result and result[-1].isSeparator() else result
