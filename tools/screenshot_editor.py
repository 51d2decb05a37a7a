"""Open an example map in the editor offscreen and save a PNG (the README's docs/images/editor.png).

    QT_QPA_PLATFORM=offscreen python tools/screenshot_editor.py [map.journey] [out.png]
        [--size 1920x1080] [--scroll X,Y] [--zoom Z] [--select-card N] [--select-cell S,L]
        [--select-point N] [--drag-point SCORE] [--canvas-only]

Shows the whole main window (menus, toolbar, palette, canvas, inspector) unless
``--canvas-only`` asks for the bare MapView.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map", nargs="?", default=str(ROOT / "examples" / "saas-customer.journey"))
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "images" / "editor.png"))
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--scroll", default=None, help="scroll bar values X,Y")
    parser.add_argument("--zoom", type=float, default=None)
    parser.add_argument("--select-card", type=int, default=None, help="select the N-th card (and N+1-th)")
    parser.add_argument("--inspect-card", type=int, default=None, help="select only the N-th card")
    parser.add_argument("--select-cell", default=None, help="select cell STEP_INDEX,LANE_INDEX")
    parser.add_argument("--drag", action="store_true", help="freeze the picture in the middle of a card drag")
    parser.add_argument("--select-point", type=int, default=None, help="select the N-th point of the first emotion lane")
    parser.add_argument("--drag-point", type=float, default=None,
                        help="freeze the picture while the selected point is dragged towards SCORE")
    parser.add_argument("--canvas-only", action="store_true", help="the bare canvas, without the window")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from journey_studio import i18n
    from journey_studio.app import Application, create_application
    from journey_studio.canvas import MapScene, MapView, Selection
    from journey_studio.document import Document
    from journey_studio.fileformat import load

    app = create_application()
    application = Application(app)
    application.install_translators(i18n.chosen_language())
    width, height = (int(v) for v in args.size.split("x"))
    document = Document.from_journey(load(args.map), args.map)
    if args.canvas_only:
        view = shown = MapView(MapScene(document))
    else:
        from journey_studio.ui.main_window import MainWindow

        shown = MainWindow(document, application)
        view = shown.view
    shown.resize(width, height)
    shown.show()
    app.processEvents()
    if args.zoom:
        view.set_zoom(args.zoom)
    m = document.journey.map
    if args.select_card is not None:
        ids = [c.id for c in m.cards[args.select_card:args.select_card + 2]]
        view.select(Selection.cards(ids))
    if args.inspect_card is not None:
        view.select(Selection.cards([m.cards[args.inspect_card].id]))
    if args.select_cell:
        s, lane = (int(v) for v in args.select_cell.split(","))
        view.select(Selection.cell(m.step_ids()[s], [x.id for x in m.lanes if not x.hidden][lane]))
    if args.select_point is not None:
        lane = m.emotion_lanes()[0]
        view.select(Selection.point(lane.id, lane.points[args.select_point].step))
    if args.scroll:
        x, y = (int(v) for v in args.scroll.split(","))
        view.horizontalScrollBar().setValue(x)
        view.verticalScrollBar().setValue(y)
    if args.drag and view.selected_card_ids():
        item = view.map_scene.cards[view.selected_card_ids()[0]]
        start = view.mapFromScene(item.scene_box().center())
        end = start + QPointF(260, 40).toPoint()
        for kind, pos, buttons in ((QMouseEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton),
                                   (QMouseEvent.Type.MouseMove, start + QPointF(10, 0).toPoint(), Qt.MouseButton.LeftButton),
                                   (QMouseEvent.Type.MouseMove, end, Qt.MouseButton.LeftButton)):
            event = QMouseEvent(kind, QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), Qt.MouseButton.LeftButton
                                if kind == QMouseEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton,
                                buttons, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(view.viewport(), event)
    selection = view.selection()
    if args.drag_point is not None and selection.kind == "point":
        curve = view.map_scene.curves[selection.lane_id].curve
        item = view.map_scene.points[(selection.lane_id, selection.step_id)]
        start = view.mapFromScene(item.scene_box().center())
        end = view.mapFromScene(QPointF(item.scene_box().center().x(), curve.y_of(args.drag_point)))
        for kind, pos in ((QMouseEvent.Type.MouseButtonPress, start), (QMouseEvent.Type.MouseMove, end)):
            event = QMouseEvent(kind, QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)),
                                Qt.MouseButton.LeftButton if kind == QMouseEvent.Type.MouseButtonPress
                                else Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(view.viewport(), event)
    app.processEvents()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    shown.grab().save(args.out)
    print("wrote", args.out)
    view.close()
    del view
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
