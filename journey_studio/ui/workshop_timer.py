"""The workshop timer: a duration, start, pause, reset; large in the top-right corner of the map.

``WorkshopTimer`` counts (a QElapsedTimer, so a busy event loop never slows it); ``TimerBadge``
shows it over the view, ``12:34`` in big figures on a dark pill. When time is up the pill
glows softly from dark to amber and back a few times, then stays amber at ``0:00`` until reset.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication, QEasingCurve, QElapsedTimer, QObject, QRectF, Qt, QTimer, QVariantAnimation, Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

DEFAULT_MINUTES = 5
CALM = QColor(31, 42, 51, 225)
ALARM = QColor(242, 183, 5, 240)


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds + 0.999))  # 4:59.2 left shows 5:00, like a kitchen timer
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}" if minutes < 60 else f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


class WorkshopTimer(QObject):
    ticked = Signal(float)  # seconds left
    finished = Signal()
    running_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.duration = DEFAULT_MINUTES * 60.0
        self._left_at_start = self.duration
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setInterval(200)
        self._tick.timeout.connect(self._on_tick)
        self._running = False
        self.used = False  # set, started or paused once: the badge is worth showing

    def is_running(self) -> bool:
        return self._running

    def left(self) -> float:
        if not self._running:
            return self._left_at_start
        return max(0.0, self._left_at_start - self._clock.elapsed() / 1000)

    def set_duration(self, seconds: float) -> None:
        self.duration = max(1.0, float(seconds))
        self.used = True
        self.reset()

    def start(self) -> None:
        if self._running:
            return
        if self._left_at_start <= 0:
            self._left_at_start = self.duration
        self.used = True
        self._clock.start()
        self._running = True
        self._tick.start()
        self.running_changed.emit(True)
        self.ticked.emit(self.left())

    def pause(self) -> None:
        if not self._running:
            return
        self._left_at_start = self.left()
        self._running = False
        self._tick.stop()
        self.running_changed.emit(False)
        self.ticked.emit(self._left_at_start)

    def toggle(self) -> None:
        self.pause() if self._running else self.start()

    def reset(self) -> None:
        was = self._running
        self._running = False
        self._tick.stop()
        self._left_at_start = self.duration
        if was:
            self.running_changed.emit(False)
        self.ticked.emit(self.duration)

    def _on_tick(self) -> None:
        left = self.left()
        self.ticked.emit(left)
        if left <= 0:
            self._left_at_start = 0.0
            self._running = False
            self._tick.stop()
            self.running_changed.emit(False)
            self.finished.emit()


class TimerBadge(QWidget):
    """The timer, large, in the top-right corner of its parent (the map view)."""

    MARGIN = 18

    def __init__(self, timer: WorkshopTimer, parent: QWidget):
        super().__init__(parent)
        self.timer = timer
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._fill = QColor(CALM)
        self._done = False
        self.flash = QVariantAnimation(self)
        self.flash.setStartValue(QColor(CALM))
        self.flash.setKeyValueAt(0.5, QColor(ALARM))
        self.flash.setEndValue(QColor(CALM))
        self.flash.setDuration(1400)
        self.flash.setLoopCount(3)
        self.flash.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.flash.valueChanged.connect(self._set_fill)
        self.flash.finished.connect(lambda: self._set_fill(QColor(ALARM)))
        timer.ticked.connect(lambda _left: self.sync())
        timer.running_changed.connect(lambda _on: self.sync())
        timer.finished.connect(self._time_up)
        self.large = True
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == event.Type.Resize:
            self.place()
        return False

    def _set_fill(self, color) -> None:
        self._fill = QColor(color)
        self.update()

    def _time_up(self) -> None:
        self._done = True
        self.flash.start()

    def is_flashing(self) -> bool:
        return self.flash.state() == QVariantAnimation.State.Running

    def fill(self) -> QColor:
        return QColor(self._fill)

    def sync(self) -> None:
        """Show when the timer has been used; leave the alarm colour once reset or restarted."""
        if self.timer.is_running() or self.timer.left() > 0:
            if self._done:
                self._done = False
                self.flash.stop()
                self._fill = QColor(CALM)
        self.setVisible(self.timer.used)
        self.place()
        self.update()

    def font_pixels(self) -> int:
        return 64 if self.large else 34

    def place(self) -> None:
        parent = self.parentWidget()
        font = self._font()
        width = int(font.pixelSize() * 0.62 * max(4, len(clock_text(self.timer.left())))) + 48
        height = int(font.pixelSize() * 1.45)
        self.setGeometry(parent.width() - width - self.MARGIN, self.MARGIN, width, height)
        self.raise_()

    def _font(self) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPixelSize(self.font_pixels())
        font.setBold(True)
        return font

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._fill)
        rect = QRectF(self.rect())
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(self._font())
        if self._fill.lightness() >= 140:
            ink = QColor("#1f2a33")
        else:  # white while it runs, greyed while it waits
            ink = QColor("#ffffff") if self.timer.is_running() else QColor("#aab6bf")
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, clock_text(self.timer.left()))
