"""The Compare view for the docs: an e-mailed copy of the SaaS example, edited, compared with
the version that was sent (docs/images/compare.png).

    python tools/screenshot_compare.py [out.png] [--size 1920x1080] [--merge]

The copy's edits: a card added, one moved, one changed, one removed, a stage renamed and two
emotion points changed. With ``--merge`` another copy (with its own edits) is merged into the
open one instead, through File › Merge Changes From…'s code, and the picture shows the result.
Runs on the screen of $DISPLAY, or offscreen when there is none.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def edited_copies(folder: Path) -> tuple[Path, Path, Path]:
    """sent.journey (saved, so its version is recorded), theirs.journey and mine.journey."""
    from journey_studio.fileformat import dump_to, load
    from journey_studio.model import Card

    sent = folder / "sent.journey"
    dump_to(load(ROOT / "examples" / "saas-customer.journey"), sent)
    theirs = load(sent)
    m = theirs.map
    m.find_card("card-follows-tweet").text = "Follows a LinkedIn post to the blog"
    moved = m.find_card("card-another-app")
    moved.step = "step-reviews"
    m.cards.remove(m.find_card("card-ch-twitter"))
    m.cards.insert(1, Card(id="card-calls-support", step="step-sees-ad", lane="lane-actions",
                           text="Asks a friend who uses it"))
    m.find_stage("stage-consideration").name = "Comparison"
    curve = m.find_lane("lane-emotions")
    for point in curve.points:
        if point.step == "step-reviews":
            point.score = 1.0
        if point.step == "step-newsletter":
            point.score = -0.5
    dump_to(theirs, folder / "theirs.journey")
    mine = load(sent)
    mine.map.find_card("card-joins-newsletter").text = "Signs up for the weekly tips"
    mine.map.find_stage("stage-trial").name = "Free trial (14 days)"
    dump_to(mine, folder / "mine.journey")
    return sent, folder / "theirs.journey", folder / "mine.journey"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "images" / "compare.png"))
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--merge", action="store_true")
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from journey_studio import i18n
    from journey_studio.app import Application, create_application
    from journey_studio.document import Document
    from journey_studio.fileformat import load
    from journey_studio.ui.main_window import MainWindow

    app = create_application()
    application = Application(app)
    application.install_translators(i18n.chosen_language())
    folder = Path(tempfile.mkdtemp(prefix="compare-shot-"))
    sent, theirs, mine = edited_copies(folder)
    opened = mine if args.merge else theirs
    document = Document.from_journey(load(opened), str(opened))
    window = MainWindow(document, application)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    app.processEvents()
    if args.merge:
        window.compare.merge_from(str(theirs))
    else:
        window.compare.compare_with(str(sent))
    window.resizeDocks([window.compare.panel], [470], Qt.Orientation.Horizontal)
    window.view.set_zoom(0.85)
    for _ in range(5):
        app.processEvents()
    window.view.horizontalScrollBar().setValue(0)
    window.view.verticalScrollBar().setValue(0)
    app.processEvents()
    window.grab().save(args.out)
    print(f"{args.out}: written")
    QApplication.processEvents()
    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
