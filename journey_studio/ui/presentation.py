"""Presentation mode: the map alone, full screen, walked through stage by stage.

For a workshop on a projector. Entering hides the menus, toolbar, docks, status bar and
scroll bars, lays the map out in the projector look (render/projector.py: larger type, darker
text, thicker lines), shows the title and persona band above the grid, and shows the whole
map. Right, Page Down and Space go to the next stage: the view zooms so that the stage (its
header, steps, every lane, its stretch of the curve), with the lane titles at its left, fills
the screen's height or width, whichever comes first, with a dimmed strip of each neighbouring
stage at the edges (the emotion scale shows beside the lane titles: presentation_scale.py).
A stage is never shown smaller than ``READABLE_ZOOM`` (card text 28 px): a taller one scrolls
with Up and Down under its frozen header. Left and Page Up go back; Home shows the whole map
fitted; End the last stage. Ctrl+wheel, Ctrl++ and Ctrl+− zoom freely, Ctrl+0 fits the stage
again, and a click on a card zooms to it (a second click comes back). T starts or pauses the
workshop timer (where it sits: timer_spot.py). Esc (or F5 again) leaves and puts the window
back exactly as it was: geometry, docks, toolbar, zoom and scroll. A small pill at the bottom
says where we are. Double-click editing keeps working; while a card is being edited, keys go
to the editor.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QByteArray, QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainterPath, QPalette, QTransform
from PySide6.QtWidgets import QDockWidget, QFrame, QGraphicsPathItem, QLabel, QToolBar, QWidget

from ..canvas.selection import Selection
from ..i18n import plural
from ..render import style
from ..canvas.card_item import CardItem
from ..render.layout import LayoutOptions
from ..render.projector import PROJECTOR_METRICS, READABLE_ZOOM
from .presentation_scale import FrozenScale

__all__ = ["Presentation", "READABLE_ZOOM"]

#: room around the fitted stage, in map units
FIT_MARGIN = 16.0
#: never zoom in further than this, however narrow a stage is
PRESENT_ZOOM_MAX = 3.0
#: how much of each neighbouring stage shows, dimmed, at the edges (in columns)
NEIGHBOUR_STRIP = 0.3
#: a card clicked in presentation fills at most this share of the screen
CARD_ZOOM_SHARE = 0.6
CARD_ZOOM_MAX = 4.0
VEIL = QColor(244, 246, 248, 215)  # the canvas colour, mostly opaque, over the other stages

_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space)
_PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
_KEYS = frozenset({*_NEXT, *_PREVIOUS, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End,
                   Qt.Key.Key_Escape, Qt.Key.Key_T})
_ZOOM_KEYS = {Qt.Key.Key_Plus: 1, Qt.Key.Key_Equal: 1, Qt.Key.Key_Minus: -1, Qt.Key.Key_0: 0}


@dataclass
class _WindowState:
    geometry: QByteArray
    state: QByteArray
    window_state: Qt.WindowState
    menu_bar: bool
    status_bar: bool
    transform: QTransform
    scroll: tuple[int, int]
    options: LayoutOptions
    scroll_policies: tuple
    frame: QFrame.Shape
    alignment: Qt.AlignmentFlag


class StageIndicator(QWidget):
    """'Stage 3 / 7 · Decision', quiet, in a strip of its own under the map (never over it)."""

    HEIGHT = 44

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(style.CANVAS))
        self.setPalette(palette)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # may name a stage of the map
        font = QFont(self.font())
        font.setPixelSize(22)
        self.label.setFont(font)
        self.label.setStyleSheet(f"QLabel {{ color: {style.MUTED}; }}")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        area = self.parentWidget().rect()
        self.setGeometry(0, area.height() - self.HEIGHT, area.width(), self.HEIGHT)
        self.label.setGeometry(self.rect())


class Presentation(QObject):
    """Presentation mode for one editor window (``window.view`` is its MapView)."""

    toggled = Signal(bool)
    #: where the presentation is: -1 for the whole map, else the stage's index
    position_changed = Signal(int)
    #: what the screen shows moved (a fit, a zoom, a scroll, a relayout): overlays follow
    moved = Signal()

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.view = window.view
        self.scene = window.view.map_scene
        self.index = -1
        self._down = 0.0  # how far down the lanes of a tall stage, in map units
        self._saved: _WindowState | None = None
        self._fitting = False
        self._free_zoom = False  # the facilitator zoomed by hand: relayouts keep that zoom
        self._zoomed_card: str | None = None
        self._press: QPointF | None = None
        self._click_card = ""
        self._click_timer = QTimer(self)
        self._click_timer.setSingleShot(True)
        self._click_timer.timeout.connect(self._card_clicked)
        self.timer = None  # the workshop timer, set by WorkshopTools: T starts and pauses it
        self.indicator = StageIndicator(self.view)
        self.veil = QGraphicsPathItem()
        self.veil.setBrush(VEIL)
        self.veil.setPen(Qt.PenStyle.NoPen)
        self.veil.setZValue(7.8)  # over the cards and vote badges, under a dragged card and the headers
        self.veil.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # the other stages' headers too: over the stage headers, under the frozen corner
        self.header_veil = QGraphicsPathItem()
        self.header_veil.setBrush(QColor(244, 246, 248, 170))
        self.header_veil.setPen(Qt.PenStyle.NoPen)
        self.header_veil.setZValue(11.5)
        self.header_veil.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.scale = FrozenScale(self.scene)  # the emotion scale beside the lane titles on later stages

    def is_on(self) -> bool:
        return self._saved is not None

    def stage_count(self) -> int:
        layout = self.scene.layout
        return len(layout.stages) if layout else 0

    # --- entering and leaving ---------------------------------------------------------------
    def toggle(self) -> None:
        self.leave() if self.is_on() else self.enter()

    def enter(self) -> None:
        if self.is_on():
            return
        w, view = self.window, self.view
        view.close_editor(commit=True)
        view.select(Selection())  # no selection ring projected on the wall
        self._saved = _WindowState(
            geometry=w.saveGeometry(), state=w.saveState(), window_state=w.windowState(),
            menu_bar=w.menuBar().isVisible(), status_bar=w.statusBar().isVisible(),
            transform=QTransform(view.transform()),
            scroll=(view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            options=self.scene.options,
            scroll_policies=(view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy()),
            frame=view.frameShape(), alignment=view.alignment())
        for bar in [*w.findChildren(QDockWidget), *w.findChildren(QToolBar)]:
            if bar.parent() is w:
                bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        view.setViewportMargins(0, 0, 0, StageIndicator.HEIGHT)
        self.scene.options = replace(self.scene.options, show_title=True, show_persona=True,
                                     metrics=PROJECTOR_METRICS, high_contrast=True)
        self.scene.refresh()
        self.scene.show_hover(None)
        self.scene.addItem(self.veil)
        self.scene.addItem(self.header_veil)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        view.zoom_changed.connect(self._zoomed)
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.connect(self._veil_others)  # the frozen headers moved
        self.scene.relaid_out.connect(self._refit)
        w.showFullScreen()
        QTimer.singleShot(300, self, self._cover_screen)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.index = -1
        self._refit()
        self.toggled.emit(True)

    def leave(self) -> None:
        saved, self._saved = self._saved, None
        if saved is None:
            return
        w, view = self.window, self.view
        view.close_editor(commit=True)
        view.removeEventFilter(self)
        view.viewport().removeEventFilter(self)
        view.zoom_changed.disconnect(self._zoomed)
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.valueChanged.disconnect(self._veil_others)
        self.scene.relaid_out.disconnect(self._refit)
        self.scene.removeItem(self.veil)
        self.scene.removeItem(self.header_veil)
        self.scale.clear()
        self.indicator.hide()
        # dot voting may have started meanwhile: keep its choice of vote counts
        self.scene.options = replace(saved.options, vote_counts=self.scene.options.vote_counts)
        self.scene.refresh()
        view.setHorizontalScrollBarPolicy(saved.scroll_policies[0])
        view.setVerticalScrollBarPolicy(saved.scroll_policies[1])
        view.setFrameShape(saved.frame)
        view.setAlignment(saved.alignment)
        view.setViewportMargins(0, 0, 0, 0)
        w.setWindowState(saved.window_state)
        if not saved.window_state & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
            w.restoreGeometry(saved.geometry)
        w.restoreState(saved.state)
        w.menuBar().setVisible(saved.menu_bar)
        w.statusBar().setVisible(saved.status_bar)
        view.setTransform(saved.transform)
        view.zoom_changed.emit(view.zoom())
        self._restore_scroll(saved.scroll)
        # the window manager may resize the window a little later: put the scroll back again then
        QTimer.singleShot(0, self, lambda: self._restore_scroll(saved.scroll))
        QTimer.singleShot(100, self, lambda: self._restore_scroll(saved.scroll))
        self.index = -1
        self.toggled.emit(False)

    def _cover_screen(self) -> None:
        """Without a window manager (a bare X server, a kiosk) full screen is only a flag: cover
        the screen ourselves."""
        screen = (self.window.screen() or QGuiApplication.primaryScreen()).geometry()
        if self.is_on() and self.window.geometry() != screen:
            self.window.setGeometry(screen)

    def _restore_scroll(self, scroll: tuple[int, int]) -> None:
        if self.is_on():
            return
        self.view.horizontalScrollBar().setValue(scroll[0])
        self.view.verticalScrollBar().setValue(scroll[1])

    # --- moving through the stages ------------------------------------------------------------
    def next_stage(self) -> None:
        self.go_to(min(self.index + 1, self.stage_count() - 1))

    def previous_stage(self) -> None:
        self.go_to(max(self.index - 1, -1))

    def whole_map(self) -> None:
        self.go_to(-1)

    def go_to(self, index: int) -> None:
        """Show stage ``index`` (0-based), or the whole map for -1."""
        self.index = index if index < self.stage_count() else -1
        self._down = 0.0
        self._free_zoom = False
        self._zoomed_card = None
        self._refit()
        self.position_changed.emit(self.index)

    def focus_rect(self) -> QRectF:
        """What the view shows now: the whole map, or the stage's columns with the lane titles
        at their left (frozen there) and a strip of each neighbouring stage."""
        layout = self.scene.layout
        if self.index < 0 or self.index >= len(layout.stages):
            return QRectF(0, 0, layout.width, layout.height)
        stage = layout.stages[self.index].rect
        grid = layout.grid
        lane_w = layout.lanes[0].rect.w if layout.lanes else 0.0
        strip = NEIGHBOUR_STRIP * self.scene.options.metrics.column_width
        left = strip if self.index > 0 else 0.0
        right = strip if self.index < len(layout.stages) - 1 else 0.0
        return QRectF(stage.x - lane_w - left, grid.y, stage.w + lane_w + left + right, grid.h)

    def stage_zoom(self, target: QRectF) -> float:
        """The zoom for a stage: its columns fit the width; it fits the height too unless that
        would make it smaller than ``READABLE_ZOOM`` (then Up and Down scroll the lanes)."""
        port = self.view.viewport().rect()
        room = target.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        fit_width = port.width() / max(room.width(), 1)
        fit_height = port.height() / max(room.height(), 1)
        return min(fit_width, max(fit_height, READABLE_ZOOM), PRESENT_ZOOM_MAX)

    def _refit(self) -> None:
        if not self.is_on() or self.scene.layout is None:
            return
        if self._free_zoom:  # keep the facilitator's zoom; only the veil and the pill follow
            self._veil_others()
            self._show_indicator()
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _zoomed(self, _zoom: float) -> None:
        if not self._fitting:
            self._free_zoom = True
            self._veil_others()  # the frozen headers moved: the scale and the timer follow

    def zoom_by(self, steps: int) -> None:
        """Ctrl++ / Ctrl+−: zoom in or out around the centre; 0 fits the stage again."""
        if steps == 0:
            self._free_zoom = False
            self._zoomed_card = None
            self._refit()
        else:
            self.view.zoom_in() if steps > 0 else self.view.zoom_out()

    def zoom_to_card(self, card_id: str) -> None:
        """A click on a card: it fills a good part of the screen; clicked again, back to the stage."""
        item = self.scene.cards.get(card_id)
        if item is None:
            return
        if self._zoomed_card == card_id:
            self.zoom_by(0)
            return
        box = item.scene_box()
        port = self.view.viewport().rect()
        layout = self.scene.layout
        # the lane titles stay frozen at the left and the headers at the top: the card goes beside them
        lane_w = layout.lanes[0].rect.w if layout.lanes else 0.0
        header_h = (layout.lanes[0].rect.y - layout.grid.y) if layout.lanes else 0.0
        zoom = min(port.width() / max(lane_w + box.width() + 4 * FIT_MARGIN, 1),
                   port.height() * CARD_ZOOM_SHARE / max(box.height(), 1), CARD_ZOOM_MAX)
        self.view.set_zoom(max(zoom, self.view.zoom()))
        self.view.centerOn(box.center() - QPointF(lane_w / 2, header_h / 2))
        self._free_zoom = True
        self._zoomed_card = card_id

    def _fit(self) -> None:
        if self.index >= self.stage_count():
            self.index = -1
        target = self.focus_rect()
        port = self.view.viewport().rect()
        self._more_below = False
        if self.index < 0:
            room = target.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
            self.view.set_zoom(min(port.width() / max(room.width(), 1), port.height() / max(room.height(), 1),
                                   PRESENT_ZOOM_MAX))
            self.view.centerOn(target.center())
        else:
            zoom = self.stage_zoom(target)
            self.view.set_zoom(zoom)
            # the lane titles at the left edge, the stage right after them, its header at the top
            width, height = port.width() / zoom, port.height() / zoom
            top = target.top() - 2  # the stage's header at the very top (not the persona's frame above)
            max_down = max(0.0, target.height() + FIT_MARGIN + 2 - height)
            self._down = min(max(self._down, 0.0), max_down)
            self._more_below = max_down - self._down > 1.0
            left = target.center().x() - width / 2  # room to spare shows more of the neighbours
            self.view.centerOn(QPointF(left + width / 2, top + self._down + height / 2))
        self._veil_others()
        self._show_indicator()

    def scroll_lanes(self, pages: float) -> None:
        """Up and Down in a stage too tall for the screen: move down or up the lanes."""
        if self.index < 0:
            return
        self._down += pages * 0.7 * self.view.viewport().height() / self.view.zoom()
        self._refit()

    def _veil_others(self, *_args) -> None:
        layout = self.scene.layout
        if layout is None:
            return
        path = QPainterPath()
        if 0 <= self.index < len(layout.stages):
            stage = layout.stages[self.index].rect
            grid = layout.grid
            lane_w = layout.lanes[0].rect.w if layout.lanes else 0.0
            if stage.x > lane_w:
                path.addRect(QRectF(lane_w, grid.y, stage.x - lane_w, grid.h))
            if stage.right < layout.width:
                path.addRect(QRectF(stage.right, grid.y, layout.width - stage.right, grid.h))
        self.veil.setPath(path)
        headers = QPainterPath()
        if 0 <= self.index < len(layout.stages):
            current = layout.stages[self.index].stage_id
            for stage_id, item in self.scene.stages.items():
                if stage_id != current:
                    headers.addRect(item.scene_box())
            for step in layout.steps:
                item = self.scene.steps.get(step.step_id)
                if item is not None and step.stage_id != current:
                    headers.addRect(item.scene_box())
        self.header_veil.setPath(headers.simplified())
        self.scale.update()
        self.moved.emit()

    def _show_indicator(self) -> None:
        layout, m = self.scene.layout, self.window.document.map
        count = len(layout.stages)
        if 0 <= self.index < count:
            stage = m.find_stage(layout.stages[self.index].stage_id)
            name = (stage.name if stage else "") or self.tr("Untitled stage")
            text = self.tr("Stage {number} / {count} · {name}").format(number=self.index + 1, count=count, name=name)
            if getattr(self, "_more_below", False):  # the stage is taller than the screen: say so
                text += self.tr("  —  ↓ more lanes below")
            self.indicator.show_text(text)
        else:
            stages = plural(count, self.tr("{count} stage"), self.tr("{count} stages"))
            self.indicator.show_text(
                self.tr("Whole map · {stages}  —  → next · Esc leaves").format(stages=stages))

    # --- keys -----------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.indicator.place()
            QTimer.singleShot(0, self, self._refit)
            return False
        if watched is self.view.viewport():
            return self._viewport_event(event)
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            return False
        if self._zoom_key(event):
            return True
        if event.key() not in _KEYS or self.view.is_editing() \
                or event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # ours, not a window shortcut's
            return True
        if kind == QEvent.Type.KeyPress:
            key = event.key()
            if key in _NEXT:
                self.next_stage()
            elif key in _PREVIOUS:
                self.previous_stage()
            elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.scroll_lanes(1 if key == Qt.Key.Key_Down else -1)
            elif key == Qt.Key.Key_Home:
                self.whole_map()
            elif key == Qt.Key.Key_End:
                self.go_to(self.stage_count() - 1)
            elif key == Qt.Key.Key_Escape:
                self.leave()
            elif key == Qt.Key.Key_T and self.timer is not None:
                self.timer.toggle()
        return True  # Space's release too: the view must not think Space is held for panning

    def _zoom_key(self, event) -> bool:
        """Ctrl++, Ctrl+−, Ctrl+0: the menu's zoom shortcuts are gone with the menu bar."""
        control = Qt.KeyboardModifier.ControlModifier
        steps = _ZOOM_KEYS.get(event.key())
        if steps is None or not event.modifiers() & control or self.view.is_editing():
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
        elif event.type() == QEvent.Type.KeyPress:
            self.zoom_by(steps)
        return True

    def _viewport_event(self, event) -> bool:
        """A click (press and release in place) on a card zooms to it; never while voting."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            press, self._press = self._press, None
            voting = getattr(getattr(self.window, "workshop", None), "vote_mode", None)
            if press is None or (voting is not None and voting.is_on()) or self.view.is_editing():
                return False
            if (event.position() - press).manhattanLength() > 6:
                return False
            item = self.scene.item_at(self.view.mapToScene(event.position().toPoint()))
            if isinstance(item, CardItem):  # wait: the click may be the first of a double click (editing)
                self._click_card = item.card_id
                self._click_timer.start(QGuiApplication.styleHints().mouseDoubleClickInterval())
        elif kind == QEvent.Type.MouseButtonDblClick:
            self._press = None
            self._click_timer.stop()
        return False

    def _card_clicked(self) -> None:
        if self.is_on() and self._click_card:
            self.zoom_to_card(self._click_card)
