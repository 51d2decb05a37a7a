"""The workshop timer in the editor: "⏱ 4:32" at the right of the status bar, over no card.

It shows while the countdown runs and while the time-up alarm glows (its background glowing
with the presentation's pill, from dark to amber); a paused, reset or finished timer leaves
the status bar. While presenting the status bar is hidden and the large pill on the wall
(``TimerBadge``) says the time instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from .workshop_timer import TimerBadge, clock_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

CLOCK = "\u23f1"  # ⏱


class TimerStatus(QLabel):
    def __init__(self, badge: TimerBadge, parent: QWidget | None = None):
        super().__init__(parent)
        self.badge = badge
        self.timer = badge.timer
        self.presenting = False
        self.setObjectName("timerStatus")
        self.setToolTip(translate("TimerStatus", "Workshop timer: time left (File › Workshop › Reset Timer)"))
        self.timer.ticked.connect(lambda _left: self.sync())
        self.timer.running_changed.connect(lambda _on: self.sync())
        badge.flash.stateChanged.connect(lambda _new, _old: self.sync())  # the alarm starts or stops
        badge.flash.valueChanged.connect(lambda _colour: self.sync())  # and glows
        self.sync()

    def set_presenting(self, on: bool) -> None:
        self.presenting = on
        self.sync()

    def wanted(self) -> bool:
        return not self.presenting and (self.timer.is_running() or self.badge.is_flashing())

    def sync(self) -> None:
        wanted = self.wanted()
        if wanted:
            self.setText(f"{CLOCK} {clock_text(self.timer.left())}")
            style = "QLabel#timerStatus { padding: 0 8px; font-weight: 600; }"
            if self.badge.is_flashing():
                fill = QColor(self.badge.fill())
                ink = "#1f2a33" if fill.lightness() >= 140 else "#ffffff"
                style = (f"QLabel#timerStatus {{ padding: 0 8px; font-weight: 600; border-radius: 4px;"
                         f" background: {fill.name()}; color: {ink}; }}")
            if style != self.styleSheet():
                self.setStyleSheet(style)
        self.setVisible(wanted)
