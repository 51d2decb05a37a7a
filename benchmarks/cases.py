"""One benchmark case per process: ``python -m benchmarks.cases CASE [ARG]``.

Each case prints one JSON line ``{"name": value, ...}`` as its last line of output; the runner
(``python -m benchmarks``) starts it several times and keeps the medians. Cases that time a
whole process (``startup``, ``cli_png``) are timed from outside by the runner; the process here
prints when it is done.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: ``BENCH_CLOCK=cpu``: this process's CPU time instead of the wall clock (on a shared, busy
#: machine the CPU time is what the code costs; the wall clock adds the waiting for a core)
clock = time.process_time if os.environ.get("BENCH_CLOCK") == "cpu" else time.perf_counter


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def _emit(results: dict[str, float]) -> None:
    print(json.dumps(results), flush=True)


# --- whole editor process: started by the runner, timed from outside --------------------------
def editor(path: str) -> None:
    """Open the editor on ``path`` the way a user does (``journey-studio PATH``); when its window
    has painted once, print the peak memory and leave at once."""
    from PySide6.QtWidgets import QApplication

    def first_paint_then_leave(*_args):
        app = QApplication.instance()
        for _ in range(200):
            app.processEvents()
            shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()
                     and type(w).__name__ == "MainWindow"]
            if shown:
                break
            time.sleep(0.005)
        for window in shown:
            window.grab()  # every pixel of the window painted, the map included
        sys.stdout.flush()
        _emit({"peak_rss_mb": _peak_rss_mb(), "windows": len(shown)})
        os._exit(0)

    QApplication.exec = first_paint_then_leave  # run_editor ends in app.exec(): stop there
    QApplication.exec_ = first_paint_then_leave
    from journey_studio.cli import main

    main([path])


# --- the model and the file: no Qt ------------------------------------------------------------
def load_layout(name: str) -> None:
    from benchmarks.maps import map_file

    path = map_file(name)
    t0 = clock()
    from journey_studio.fileformat import load
    from journey_studio.render.layout import layout_map

    journey = load(path)
    layout_map(journey)
    elapsed = clock() - t0
    _emit({f"{name}_load_layout_s": elapsed})


def save(name: str) -> None:
    from benchmarks.maps import map_file
    from journey_studio.fileformat import dump_to, load

    journey = load(map_file(name))
    with tempfile.TemporaryDirectory() as folder:
        times = []
        for _ in range(3):
            t0 = clock()
            dump_to(journey, os.path.join(folder, "saved.journey"))
            times.append(clock() - t0)
    _emit({f"{name}_save_s": statistics.median(times)})


def export(kind: str, name: str = "large") -> None:
    from benchmarks.maps import map_file
    from journey_studio.fileformat import load

    journey = load(map_file(name))
    with tempfile.TemporaryDirectory() as folder:
        t0 = clock()
        if kind == "png":
            from journey_studio.export.png_export import PngOptions, export_png

            # A3 landscape (420 mm) at 300 DPI
            export_png(journey, os.path.join(folder, "map.png"), PngOptions(width=4961))
        else:
            from journey_studio.export.pdf_export import PdfOptions, export_pdf

            export_pdf(journey, os.path.join(folder, "map.pdf"), PdfOptions(page="A3"))
        _emit({f"{name}_{kind}_s": clock() - t0})


# --- the canvas ----------------------------------------------------------------------------------
def _edits_ms(app, document, card_id: str, edited: str, original: str, runs: int, check=None) -> float:
    """Median time (ms) of committing ``edited`` and ``original`` in turn on a card, processed
    and repainted; ``check`` runs once after the first edit."""
    times = []
    for i in range(runs):
        t0 = clock()
        document.update_card(card_id, text=edited if i % 2 == 0 else original)
        app.processEvents()
        times.append(clock() - t0)
        if i == 0 and check is not None:
            check()
    return statistics.median(times) * 1000


def canvas(name: str) -> None:
    """Scene build, a card dragged across the map, text edits: what a user feels."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.maps import map_file
    from journey_studio.canvas import MapScene, MapView, Selection
    from journey_studio.document import Document
    from journey_studio.fileformat import load

    app = QApplication.instance() or QApplication([])
    document = Document.from_journey(load(map_file(name)))
    results: dict[str, float] = {}
    t0 = clock()
    scene = MapScene(document)
    results[f"{name}_scene_build_s"] = clock() - t0
    import gc

    gc.freeze()  # as the editor does after opening a map (Application.show_document)
    view = MapView(scene)
    view.resize(1600, 900)
    view.show()
    view.set_zoom(1.0)
    app.processEvents()
    view.viewport().grab()

    # a text edit committed on a visible card: undo stack, layout, scene update, repaint
    card = min(scene.layout.cards, key=lambda c: (c.rect.y > 500, c.rect.x + c.rect.y))
    original = document.journey.map.find_card(card.card_id).text
    longer = original + " And then the customer writes back with one more question about it."
    results[f"{name}_edit_ms"] = _edits_ms(app, document, card.card_id, longer, original, 12)

    # the same card's text made so long that its row grows: every row below moves (the rows'
    # cards, the emotion curve and points under it), then back
    grown = original + " And then the customer writes back with one more question about it." * 40
    lane_y = [lane.rect.y for lane in scene.layout.lanes]
    def rows_moved():
        if [lane.rect.y for lane in scene.layout.lanes][-1] == lane_y[-1]:
            raise RuntimeError("the row-growing edit did not move the rows below")

    results[f"{name}_row_edit_ms"] = _edits_ms(app, document, card.card_id, grown, original, 8, rows_moved)

    # a card dragged across the map at 100 %: every mouse move and its repaint
    if name == "large":
        view.select(Selection.cards([card.card_id]))
        app.processEvents()
        port = view.viewport()
        start = view.mapFromScene(scene.cards[card.card_id].scene_box().center())
        QTest.mousePress(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
        moves = []
        pos = start
        for i in range(1, 121):
            pos = start + QPoint(i * 10, (i * 7) % 600)
            t = clock()
            QTest.mouseMove(port, pos)
            app.processEvents()
            moves.append(clock() - t)
        QTest.mouseRelease(port, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        moves.sort()
        results[f"{name}_drag_p95_ms"] = moves[int(0.95 * (len(moves) - 1))] * 1000
    _emit(results)
    sys.stdout.flush()
    os._exit(0)


CASES = {"editor": editor, "load_layout": load_layout, "save": save, "export": export, "canvas": canvas}

if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    CASES[sys.argv[1]](*sys.argv[2:])
