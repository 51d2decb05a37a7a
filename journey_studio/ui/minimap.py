"""View › Overview: a small picture of the whole map with the part in view framed; a click or a
drag there moves the view (for large maps)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDockWidget, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
FRAME = QColor("#1f5fa8")
#: the pause in editing (or resizing) after which the picture is drawn again (ms)
RENDER_MS = 250


class MinimapView(QWidget):
    """The whole map, fitted, with the main view's visible area framed.

    The map is drawn once into a picture, again only when it changed and the edits paused, or
    the panel changed size; scrolling the main view only moves the frame. (Drawing the scene at
    every scroll step took ~190 ms on a 12,000-card map.)"""

    def __init__(self, main_view):
        super().__init__()
        self.main_view = main_view
        self._picture: QPixmap | None = None
        self.renders = 0  # how many pictures were drawn (tests)
        self._stale = QTimer(self)
        self._stale.setSingleShot(True)
        self._stale.setInterval(RENDER_MS)
        self._stale.timeout.connect(self.render_picture)
        self.setMinimumHeight(120)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        for bar in (main_view.horizontalScrollBar(), main_view.verticalScrollBar()):
            bar.valueChanged.connect(lambda _v: self.update())
        main_view.map_scene.relaid_out.connect(self._map_changed)

    # --- where the map is in the panel -----------------------------------------------------------
    def map_rect(self) -> QRectF:
        """Where the whole map is drawn in the panel: fitted, centred (empty without a map)."""
        layout = self.main_view.map_scene.layout
        if layout is None or layout.width <= 0 or layout.height <= 0 or self.width() <= 0 or self.height() <= 0:
            return QRectF()
        scale = min(self.width() / layout.width, self.height() / layout.height)
        w, h = layout.width * scale, layout.height * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def mapFromScene(self, x: float, y: float) -> QPoint:  # noqa: N802 (as QGraphicsView's)
        """The panel point of the map point (x, y)."""
        layout, target = self.main_view.map_scene.layout, self.map_rect()
        if target.isEmpty():
            return QPoint()
        return QPoint(round(target.x() + x * target.width() / layout.width),
                      round(target.y() + y * target.height() / layout.height))

    def mapToScene(self, pos: QPointF) -> QPointF:  # noqa: N802
        """The map point under the panel point ``pos``."""
        layout, target = self.main_view.map_scene.layout, self.map_rect()
        if target.isEmpty():
            return QPointF()
        return QPointF((pos.x() - target.x()) * layout.width / target.width(),
                       (pos.y() - target.y()) * layout.height / target.height())

    def visible_area(self) -> QRectF:
        view = self.main_view
        return view.mapToScene(view.viewport().rect()).boundingRect()

    # --- the picture -------------------------------------------------------------------------------
    def _map_changed(self) -> None:
        if self.isVisible():
            self._stale.start()  # (again: drawn once the edits pause)
        else:
            self._picture = None  # drawn when the panel shows

    def render_picture(self) -> None:
        """Draw the map into the picture now, at the panel's size."""
        self._stale.stop()
        target = self.map_rect()
        if target.isEmpty():
            self._picture = None
            self.update()
            return
        ratio = self.devicePixelRatioF()
        picture = QPixmap(max(1, math.ceil(target.width() * ratio)), max(1, math.ceil(target.height() * ratio)))
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.white)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene, layout = self.main_view.map_scene, self.main_view.map_scene.layout
        with scene.picture_of_map():  # headers where the map has them, no vote badges
            scene.render(painter, QRectF(0, 0, target.width(), target.height()),
                         QRectF(0, 0, layout.width, layout.height), Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.end()
        self._picture = picture
        self.renders += 1
        self.update()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._picture is None:
            self.render_picture()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.isVisible():
            self._stale.start()  # the old picture is stretched until then

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        target = self.map_rect()
        if self._picture is None or target.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(target, self._picture, QRectF(self._picture.rect()))
        seen = self.visible_area()
        corner = self.mapFromScene(seen.left(), seen.top())
        far = self.mapFromScene(seen.right(), seen.bottom())
        pen = QPen(FRAME, 2)
        painter.setPen(pen)
        painter.setBrush(QColor(31, 95, 168, 30))
        painter.drawRect(QRectF(QPointF(corner), QPointF(far)).intersected(target.adjusted(1, 1, -1, -1)))

    # --- a click or a drag moves the main view ---------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.main_view.centerOn(self.mapToScene(event.position()))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.main_view.centerOn(self.mapToScene(event.position()))


#: the overview's first height: the map's aspect at the panel's width, within these bounds
#: (logical pixels) and never more than a third of the window's height
FIRST_HEIGHT = (180, 320)
PLACED_KEY = "window/overviewPlaced"


class Minimap:
    """The Overview dock. Its very first opening puts it under the Inspector (the wide column: a
    165×100 picture under the palette was too small to use), as tall as the map's aspect at that
    width asks; after that (``PLACED_KEY``), the place and size remembered with the window's
    state, or chosen by the user, win."""

    def __init__(self, window):
        self.window = window
        self.view = MinimapView(window.view)
        self.dock = QDockWidget(translate("Minimap", "Overview"), window)
        self.dock.setObjectName("overview")
        self.dock.setWidget(self.view)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = self.dock.toggleViewAction()
        self.action.setText(translate("Minimap", "Overvie&w Map"))
        self.action.setShortcut("Ctrl+Shift+M")
        self.action.triggered.connect(self._first_show)
        window.addAction(self.action)
        view_menu = getattr(window.window_actions, "view_menu", None)
        if view_menu is not None:
            view_menu.addAction(self.action)

    def _first_show(self, checked: bool) -> None:
        w, dock = self.window, self.dock
        if not checked or dock.isFloating() or w.dockWidgetArea(dock) != Qt.DockWidgetArea.LeftDockWidgetArea:
            return  # closed, or placed by the user or by the remembered window state
        settings = QSettings()
        if settings.value(PLACED_KEY, False, bool):
            return  # placed once already: where the user keeps it now is theirs
        settings.setValue(PLACED_KEY, True)
        host = getattr(w, "inspector", None)
        if host is None or host.isFloating() or w.dockWidgetArea(host) != Qt.DockWidgetArea.RightDockWidgetArea:
            return
        w.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock, Qt.Orientation.Vertical)  # below its tabs
        dock.show()
        QTimer.singleShot(0, self.view, self._first_height)  # once the split is laid out

    def _first_height(self) -> None:
        w, dock, host = self.window, self.dock, self.window.inspector
        layout = w.view.map_scene.layout
        aspect = layout.height / layout.width if layout is not None and layout.width > 0 else 0.6
        low, high = FIRST_HEIGHT
        title = max(0, dock.height() - self.view.height())
        height = min(max(low, round(host.width() * aspect) + title), high, max(low, w.height() // 3))
        w.resizeDocks([dock], [height], Qt.Orientation.Vertical)
