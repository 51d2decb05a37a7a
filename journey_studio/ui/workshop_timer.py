"""The workshop timer: a duration, start, pause, reset; shown over the map while it counts.

``WorkshopTimer`` counts (a QElapsedTimer, so a busy event loop never slows it); ``TimerBadge``
shows it over the view, ``12:34`` on a dark pill. When time is up the pill glows softly from
dark to amber and back a few times.

When it shows: while presenting, large, from the first start until reset (running, paused in
grey figures, or amber at ``0:00`` once time is up), at the spot the presentation gives it
(``placer``: never over the stage on show). In the editor the pill never shows: a running
countdown is said in the status bar, over no card (``timer_status.TimerStatus``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication, QEasingCurve, QElapsedTimer, QObject, QRect, QRectF, QSize, Qt, QTimer, QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

DEFAULT_MINUTES = 5
CALM = QColor(31, 42, 51, 225)
ALARM = QColor(242, 183, 5, 240)


#: the figures' height in pixels on the wall
LARGE_PIXELS = 64


#: the pill's proportions: a figure's width and the pill's height per pixel of figure height,
#: and the room left and right of the figures
_FIGURE_WIDTH, _HEIGHT, _PADDING = 0.62, 1.45, 48


def badge_size(pixels: int, text: str) -> QSize:
    """The pill's size for figures ``pixels`` high showing ``text``."""
    return QSize(int(pixels * _FIGURE_WIDTH * max(4, len(text))) + _PADDING, int(pixels * _HEIGHT))


def fitting_pixels(room: QRect, text: str) -> int:
    """The largest figures (up to the large size) whose pill showing ``text`` fits ``room``."""
    if room.isEmpty():
        return 0
    by_height = room.height() / _HEIGHT
    by_width = (room.width() - _PADDING) / (_FIGURE_WIDTH * max(4, len(text)))
    return int(min(LARGE_PIXELS, by_height, by_width))


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
        self.started = False  # started since the last reset (running, paused or time up)

    def is_running(self) -> bool:
        return self._running

    def left(self) -> float:
        if not self._running:
            return self._left_at_start
        return max(0.0, self._left_at_start - self._clock.elapsed() / 1000)

    def set_duration(self, seconds: float) -> None:
        self.duration = max(1.0, float(seconds))
        self.reset()

    def start(self) -> None:
        if self._running:
            return
        if self._left_at_start <= 0:
            self._left_at_start = self.duration
        self.started = True
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
        self.started = False
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
    """The timer over its parent (the map view): see the module's docstring for when and where."""

    MARGIN = 18  # from the edges of the map while presenting

    def __init__(self, timer: WorkshopTimer, parent: QWidget):
        super().__init__(parent)
        self.timer = timer
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._fill = QColor(CALM)
        self._done = False
        self._pixels = LARGE_PIXELS
        self.presenting = False
        #: while presenting: text -> (the pill's rect in the parent, its figures' pixels), or None
        self.placer: Callable[[str], tuple[QRect, int] | None] | None = None
        self.flash = QVariantAnimation(self)
        self.flash.setStartValue(QColor(CALM))
        self.flash.setKeyValueAt(0.5, QColor(ALARM))
        self.flash.setEndValue(QColor(CALM))
        self.flash.setDuration(1400)
        self.flash.setLoopCount(3)
        self.flash.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.flash.valueChanged.connect(self._set_fill)
        self.flash.finished.connect(self._flash_over)
        timer.ticked.connect(lambda _left: self.sync())
        timer.running_changed.connect(lambda _on: self.sync())
        timer.finished.connect(self._time_up)
        parent.installEventFilter(self)
        viewport = getattr(parent, "viewport", None)
        if callable(viewport):  # scroll bars come and go: the map's corner moves
            viewport().installEventFilter(self)
        self.hide()

    def set_presenting(self, on: bool) -> None:
        """Large for the room while presenting; hidden in the editor (the status bar says the time)."""
        self.presenting = on
        self.sync()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == event.Type.Resize and self.isVisible():
            self.place()
        return False

    def _set_fill(self, color) -> None:
        self._fill = QColor(color)
        self.update()

    def _time_up(self) -> None:
        self._done = True
        self.flash.start()
        self.sync()

    def _flash_over(self) -> None:
        self._set_fill(QColor(ALARM))
        self.sync()

    def is_flashing(self) -> bool:
        return self.flash.state() == QVariantAnimation.State.Running

    def fill(self) -> QColor:
        return QColor(self._fill)

    def wanted(self) -> bool:
        """Whether the badge shows now (see the module's docstring)."""
        # running, paused, or time up (the alarm, then amber 0:00): on the wall until reset
        return self.presenting and self.timer.started

    def sync(self) -> None:
        """Show or hide as ``wanted`` says; leave the alarm colour once reset or restarted."""
        if self.timer.is_running() or self.timer.left() > 0:
            if self._done:
                self._done = False
                self.flash.stop()
                self._fill = QColor(CALM)
        wanted = self.wanted()
        if wanted:
            self.place()
        self.setVisible(wanted)
        self.update()

    def font_pixels(self) -> int:
        return self._pixels

    def place(self) -> None:
        """Where the presentation's placer says, else large in the top-right corner."""
        text = clock_text(self.timer.left())
        spot = self.placer(text) if self.presenting and self.placer is not None else None
        if spot is not None:
            rect, self._pixels = spot
        else:
            self._pixels = LARGE_PIXELS
            size = badge_size(self._pixels, text)
            rect = QRect(self.parentWidget().width() - size.width() - self.MARGIN, self.MARGIN,
                         size.width(), size.height())
        if rect != self.geometry():
            self.setGeometry(rect)
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
