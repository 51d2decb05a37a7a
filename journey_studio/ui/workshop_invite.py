"""The workshop invite: the QR code and the short address, in a dock of the window and full screen.

``InvitePanel`` sits in a dock while the session runs: the QR code, the address, how many notes
came in, and the facilitator's controls (pause, a voting round with N dots, back to adding
notes, end the round, the open lanes, stop). ``InviteScreen`` is the same code and address full
screen, for the projector while people join; any key or click closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QImage, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox, QDockWidget, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout,
    QWidget,
)

from ..workshop.participants import DOTS_MAX, Phase
from ..workshop.qr import qr_png

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def qr_pixmap(url: str, side: int) -> QPixmap:
    """The QR code of ``url``, ``side`` pixels square, modules kept sharp."""
    image = QImage.fromData(qr_png(url, scale=4))
    return QPixmap.fromImage(image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.FastTransformation))


def short_address(url: str) -> str:
    return url.removeprefix("http://")


def state_text(session) -> str:
    round_ = session.round
    if round_.phase == Phase.ENDED:
        return translate("Workshop", "Round ended: nothing more is accepted")
    if round_.paused:
        return translate("Workshop", "Paused: the phones wait")
    if round_.phase == Phase.VOTING:
        return translate("Workshop", "Voting: {dots} dots per participant").format(dots=round_.dots)
    return translate("Workshop", "Participants are adding notes")


class InviteScreen(QWidget):
    """Full screen: 'Join the workshop', the QR code as large as fits, the address under it."""

    def __init__(self, url: str, title: str, parent=None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(translate("Workshop", "Join the workshop"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet("background: #ffffff; color: #111111;")
        self.url = url
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.setSpacing(16)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the map's title, never read as HTML
        self.heading.setText(translate("Workshop", "Join the workshop: {title}").format(title=title))
        self.heading.setFont(_font(40, bold=True))
        self.heading.setWordWrap(True)
        self.code = QLabel(self)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(translate("Workshop", "Scan with your phone's camera, or type:"), self)
        self.hint.setFont(_font(26))
        self.address = QLabel(self)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setText(short_address(url))
        self.address.setFont(_font(44, bold=True, mono=True))
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_hint = QLabel(translate("Workshop", "Same Wi-Fi as this computer · any key closes"), self)
        self.close_hint.setFont(_font(20))
        self.close_hint.setStyleSheet("color: #3d4a55;")
        for label in (self.heading, self.hint, self.address, self.close_hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.address)
        layout.addWidget(self.close_hint)

    def show_on(self, screen) -> None:
        self.setGeometry((screen or QGuiApplication.primaryScreen()).geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        fixed = sum(w.sizeHint().height() for w in (self.heading, self.hint, self.address, self.close_hint))
        side = max(120, min(self.width() - 80, self.height() - fixed - 60 - 4 * 16))
        self.code.setPixmap(qr_pixmap(self.url, side))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        self.close()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.close()


def _font(pixels: int, bold: bool = False, mono: bool = False) -> QFont:
    font = QFont("DejaVu Sans Mono" if mono else "DejaVu Sans")
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class InvitePanel(QDockWidget):
    """The session in the window: code, address, count, the facilitator's controls."""

    full_screen_requested = Signal()

    def __init__(self, session, parent=None):
        super().__init__(translate("Workshop", "Workshop"), parent)
        self.setObjectName("workshopInvite")
        self.session = session
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(10, 10, 10, 10)
        self.code = QLabel(body)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setToolTip(translate("Workshop", "Participants scan this with their phone's camera"))
        self.address = QLabel(body)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setFont(_font(15, bold=True, mono=True))
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel(body)
        self.state.setWordWrap(True)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state.setFont(_font(14, bold=True))
        self.count = QLabel(body)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.full_screen = QPushButton(translate("Workshop", "Show full screen"), body)
        self.full_screen.clicked.connect(self.full_screen_requested)
        for widget in (self.code, self.address, self.state, self.count, self.full_screen):
            layout.addWidget(widget)

        controls = QGroupBox(translate("Workshop", "Round"), body)
        grid = QVBoxLayout(controls)
        self.pause = QPushButton(translate("Workshop", "Pause contributions"), controls)
        self.pause.setCheckable(True)
        self.pause.toggled.connect(session.set_paused)
        self.add_notes = QPushButton(translate("Workshop", "Participants add notes"), controls)
        self.add_notes.clicked.connect(session.start_contributions)
        vote_row = QHBoxLayout()
        self.vote = QPushButton(translate("Workshop", "Start voting"), controls)
        self.dots = QSpinBox(controls)
        self.dots.setRange(1, DOTS_MAX)
        self.dots.setValue(session.round.dots)
        self.dots.setSuffix(translate("Workshop", " dots"))
        self.vote.clicked.connect(lambda: session.start_voting(self.dots.value()))
        vote_row.addWidget(self.vote, 1)
        vote_row.addWidget(self.dots)
        self.end = QPushButton(translate("Workshop", "End round"), controls)
        self.end.clicked.connect(session.end_round)
        grid.addWidget(self.pause)
        grid.addWidget(self.add_notes)
        grid.addLayout(vote_row)
        grid.addWidget(self.end)
        layout.addWidget(controls)

        self.lanes_box = QGroupBox(translate("Workshop", "Lanes open to participants"), body)
        self.lanes_layout = QVBoxLayout(self.lanes_box)
        layout.addWidget(self.lanes_box)
        self.stop = QPushButton(translate("Workshop", "Stop the session"), body)
        layout.addWidget(self.stop)
        layout.addStretch(1)
        self.setWidget(body)
        self._contributions = 0
        session.state_changed.connect(self.refresh)
        session.card_added.connect(self._card_added)
        session.document.changed.connect(lambda _changes: self._fill_lanes())
        self.refresh()

    def _card_added(self, _card_id: str, _nickname: str) -> None:
        self._contributions += 1
        self._show_count()

    def _show_count(self) -> None:
        self.count.setText(translate("Workshop", "{count} notes from phones").format(count=self._contributions)
                           if self._contributions != 1 else translate("Workshop", "1 note from phones"))

    def refresh(self) -> None:
        session = self.session
        url = session.url()
        self.code.setPixmap(qr_pixmap(url, 220) if url else QPixmap())
        self.address.setText(short_address(url) if url else translate("Workshop", "Stopped"))
        self.state.setText(state_text(session) if url else "")
        self.pause.blockSignals(True)
        self.pause.setChecked(session.round.paused)
        self.pause.blockSignals(False)
        for button in (self.pause, self.add_notes, self.vote, self.end, self.full_screen):
            button.setEnabled(bool(url))
        phase = session.round.phase
        self.add_notes.setEnabled(bool(url) and phase != Phase.CONTRIBUTING)
        self.end.setEnabled(bool(url) and phase != Phase.ENDED)
        self.vote.setText(translate("Workshop", "New voting round") if phase == Phase.VOTING
                          else translate("Workshop", "Start voting"))
        self._show_count()
        self._fill_lanes()

    def _fill_lanes(self) -> None:
        while self.lanes_layout.count():
            item = self.lanes_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for lane in self.session.document.map.lanes:
            if str(lane.kind) == "emotions":
                continue
            box = QCheckBox(lane.title or str(lane.kind), self.lanes_box)
            box.setChecked(lane.id in self.session.open_lanes)
            box.toggled.connect(lambda on, lane_id=lane.id: self._lane_toggled(lane_id, on))
            self.lanes_layout.addWidget(box)

    def _lane_toggled(self, lane_id: str, on: bool) -> None:
        lanes = [i for i in self.session.open_lanes if i != lane_id]
        if on:
            order = [lane.id for lane in self.session.document.map.lanes]
            lanes = sorted([*lanes, lane_id], key=order.index)
        self.session.open_lanes = lanes
        self.session.set_open_lanes(lanes)


class InviteCorner(QWidget):
    """A small code and address in a corner of the map, so late-comers can still join."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.url = ""
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == event.Type.Resize and self.url:
            self.place()
        return False

    def show_url(self, url: str) -> None:
        self.url = url
        self.setVisible(bool(url))
        self.place()
        self.update()

    def place(self) -> None:
        parent = self.parentWidget()
        side = 150
        bottom = parent.height() - getattr(parent, "viewportMargins", lambda: None)().bottom() \
            if hasattr(parent, "viewportMargins") else parent.height()
        self.setGeometry(parent.width() - side - 12, bottom - side - 52 - 12, side, side + 52)
        self.raise_()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if not self.url:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.GlobalColor.white)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(self.rect(), 8, 8)
        side = self.width() - 12
        painter.drawPixmap(6, 6, qr_pixmap(self.url, side))
        painter.setPen(Qt.GlobalColor.black)
        font = _font(13, bold=True, mono=True)
        painter.setFont(font)
        host, _, rest = short_address(self.url).partition("/")
        painter.drawText(self.rect().adjusted(4, side + 8, -4, -22), Qt.AlignmentFlag.AlignCenter, host)
        painter.drawText(self.rect().adjusted(4, side + 28, -4, -2), Qt.AlignmentFlag.AlignCenter, "/" + rest)
