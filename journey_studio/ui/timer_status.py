"""The workshop timer in the editor: a stopwatch and "4:32" at the right of the status bar,
over no card.

It shows while the countdown runs and while the time-up alarm glows (its background glowing
with the presentation's pill, from dark to amber); a paused, reset or finished timer leaves
the status bar. While presenting the status bar is hidden and the large pill on the wall
(``TimerBadge``) says the time instead.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..icons import action_icon
from .workshop_timer import TimerBadge, clock_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

_PLAIN = "QWidget#timerStatus { border-radius: 4px; } QLabel { font-weight: 600; }"


class TimerStatus(QWidget):
    def __init__(self, badge: TimerBadge, parent: QWidget | None = None):
        super().__init__(parent)
        self.badge = badge
        self.timer = badge.timer
        self.presenting = False
        self._alarm: QColor | None = None  # the glow's colour while the time-up alarm runs
        self.setObjectName("timerStatus")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the alarm's glow
        self.setToolTip(translate("TimerStatus", "Workshop timer: time left (File › Workshop › Reset Timer)"))
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 0, 8, 0)
        box.setSpacing(4)
        self.icon = QLabel()
        self._icon_ink: str | None = ""
        self.clock = QLabel()
        box.addWidget(self.icon)
        box.addWidget(self.clock)
        # bound methods: Qt disconnects them when this widget goes; the animation's own state
        # is told by its signals, never asked (it may be going away with the map's view)
        self.timer.ticked.connect(self._ticked)
        self.timer.running_changed.connect(self._ticked)
        badge.flash.stateChanged.connect(self._alarm_state)
        badge.flash.valueChanged.connect(self._alarm_glow)
        self.sync()

    def _ticked(self, _value=None) -> None:
        self.sync()

    def _alarm_state(self, new, _old) -> None:
        running = new == QAbstractAnimation.State.Running
        self._alarm = (self._alarm or QColor(self.badge.fill())) if running else None
        self.sync()

    def _alarm_glow(self, colour) -> None:
        if self._alarm is not None:
            self._alarm = QColor(colour)
            self.sync()

    def _set_icon(self, ink: str | None) -> None:
        """The stopwatch in ``ink``, or in the palette's text colour (light or dark theme)."""
        if ink != self._icon_ink:
            self._icon_ink = ink
            side = self.fontMetrics().height()
            self.icon.setPixmap(action_icon("timer", ink).pixmap(side, side))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and self._icon_ink is None:
            self._icon_ink = ""  # View › Theme: draw it again in the new palette
            self._set_icon(None)

    def text(self) -> str:
        """The time left as shown ("4:32")."""
        return self.clock.text()

    def set_presenting(self, on: bool) -> None:
        self.presenting = on
        self.sync()

    def wanted(self) -> bool:
        return not self.presenting and (self.timer.is_running() or self._alarm is not None)

    def sync(self) -> None:
        wanted = self.wanted()
        if wanted:
            self.clock.setText(clock_text(self.timer.left()))
            style, ink = _PLAIN, None
            if self._alarm is not None:
                fill = self._alarm
                luma = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
                ink = "#1f2a33" if luma >= 140 else "#ffffff"  # dark figures on amber
                style = (f"QWidget#timerStatus {{ border-radius: 4px; background: {fill.name()}; }}"
                         f" QLabel {{ font-weight: 600; color: {ink}; }}")
            if style != self.styleSheet():
                self.setStyleSheet(style)
            self._set_icon(ink)
        self.setVisible(wanted)
