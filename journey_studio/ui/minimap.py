"""View › Overview: a small picture of the whole map with the part in view framed; a click or a
drag there moves the view (for large maps)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QDockWidget, QGraphicsView

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
FRAME = QColor("#1f5fa8")


class MinimapView(QGraphicsView):
    """The map's own scene, fitted, read-only, with the main view's visible area framed."""

    def __init__(self, main_view):
        super().__init__(main_view.map_scene)
        self.main_view = main_view
        self.setInteractive(False)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumHeight(120)
        for bar in (main_view.horizontalScrollBar(), main_view.verticalScrollBar()):
            bar.valueChanged.connect(lambda _v: self.viewport().update())
        main_view.map_scene.relaid_out.connect(self.fit)

    def visible_area(self) -> QRectF:
        view = self.main_view
        return view.mapToScene(view.viewport().rect()).boundingRect()

    def fit(self) -> None:
        layout = self.main_view.map_scene.layout
        if layout is not None:
            self.fitInView(QRectF(0, 0, layout.width, layout.height), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit()

    def drawForeground(self, painter: QPainter, rect) -> None:  # noqa: N802
        pen = QPen(FRAME, 0)
        pen.setCosmetic(True)
        pen.setWidth(2)
        painter.setPen(pen)
        painter.setBrush(QColor(31, 95, 168, 30))
        painter.drawRect(self.visible_area())

    def mousePressEvent(self, event) -> None:  # noqa: N802
        self.main_view.centerOn(self.mapToScene(event.position().toPoint()))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.main_view.centerOn(self.mapToScene(event.position().toPoint()))


class Minimap:
    def __init__(self, window):
        self.view = MinimapView(window.view)
        self.dock = QDockWidget(translate("Minimap", "Overview"), window)
        self.dock.setObjectName("overview")
        self.dock.setWidget(self.view)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.hide()
        self.action = self.dock.toggleViewAction()
        self.action.setText(translate("Minimap", "Overvie&w Map"))
        self.action.setShortcut("Ctrl+Shift+M")
        window.addAction(self.action)
        view_menu = getattr(window.window_actions, "view_menu", None)
        if view_menu is not None:
            view_menu.addAction(self.action)
