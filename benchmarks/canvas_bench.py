"""How fast the canvas opens a big map and how smooth a card drag is on it.

    QT_QPA_PLATFORM=offscreen python benchmarks/canvas_bench.py [--stages 30 --lanes 10 --cards 600]

Prints the open time (layout + items + first paint), the time per mouse move while dragging
three cards (no relayout happens during a drag), the drop (one move_cards and a relayout),
and an undo. Exits 1 when a budget is exceeded, so ``make bench`` can fail on a regression.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUDGET = {"open": 2.0, "move": 0.050, "drop": 0.5}  # seconds; "move" is the median per mouse move


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", type=int, default=30)
    parser.add_argument("--lanes", type=int, default=10)
    parser.add_argument("--cards", type=int, default=600)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.big_map import big_journey
    from journey_studio.canvas import MapScene, MapView, Selection
    from journey_studio.document import Document

    app = QApplication.instance() or QApplication([])
    journey = big_journey(args.stages, args.lanes, args.cards)
    results: dict[str, float] = {}

    t0 = time.perf_counter()
    document = Document.from_journey(journey)
    view = MapView(MapScene(document))
    view.resize(1920, 1080)
    view.show()
    view.viewport().grab()  # the first paint
    results["open"] = time.perf_counter() - t0

    scene = view.map_scene
    view.set_zoom(0.6)
    ids = [c.card_id for c in scene.layout.cards[:3]]
    view.select(Selection.cards(ids))
    start = view.mapFromScene(scene.cards[ids[0]].scene_box().center())
    port = view.viewport()
    QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    times = []
    for i in range(1, 61):
        pos = start + QPoint(i * 8, i * 5)
        t = time.perf_counter()
        QTest.mouseMove(port, pos)
        port.grab()
        times.append(time.perf_counter() - t)
    results["move"] = statistics.median(times)
    results["move_max"] = max(times)
    t = time.perf_counter()
    QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    port.grab()
    results["drop"] = time.perf_counter() - t
    moved = document.undo_stack.count() == 1
    t = time.perf_counter()
    document.undo_stack.undo()
    port.grab()
    results["undo"] = time.perf_counter() - t

    print(f"map: {args.stages} stages x {args.lanes} lanes x {args.cards} cards")
    for name, value in results.items():
        budget = BUDGET.get(name)
        mark = "" if budget is None else (" ok" if value <= budget else f" OVER BUDGET ({budget * 1000:.0f} ms)")
        print(f"  {name:9} {value * 1000:8.1f} ms{mark}")
    print(f"  drag was one undo step: {moved}")
    view.close()
    del view
    app.processEvents()
    failed = not moved or any(results[k] > b for k, b in BUDGET.items())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
