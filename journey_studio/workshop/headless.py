"""A workshop session without a window: for a second machine, and for the tests.

The map is read from FILE into a Document on a QCoreApplication event loop; the participants'
contributions are applied to it like in the editor and written back to FILE atomically (as the
editor saves) at most every ``SAVE_EVERY`` seconds, and once more on Ctrl+C or SIGTERM. As in
the editor, Python's cyclic garbage is collected in the Qt thread only, never in the server's
(:mod:`journey_studio.gc_gui_thread`).
"""

from __future__ import annotations

import signal
import sys
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QTimer

from ..document import Document
from ..fileformat.journey_json import dump_to
from ..gc_gui_thread import GuiThreadCollector
from ..model import Journey
from .server import DEFAULT_PORT
from .session import WorkshopSession

SAVE_EVERY = 2.0


class MapSaver:
    """Write the document to its path when it has unsaved edits, at most every ``every`` s."""

    def __init__(self, document: Document, every: float = SAVE_EVERY):
        self.document = document
        self.timer = QTimer()
        self.timer.setInterval(int(every * 1000))
        self.timer.timeout.connect(self.save_if_dirty)
        self.timer.start()

    def save_if_dirty(self) -> bool:
        if not self.document.dirty:
            return False
        dump_to(self.document.journey, self.document.path)
        self.document.mark_saved()
        return True


def run(journey: Journey, path: str, port: int = DEFAULT_PORT, bind: str = "0.0.0.0",
        out: TextIO = sys.stdout) -> int:
    """Serve ``journey`` (read from ``path``) until interrupted; it is saved to ``path`` on the
    way out. Raises ``OSError`` when the address cannot be had, ``JourneyFileError`` on a save."""
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    collector = GuiThreadCollector(app)
    collector.install()  # before the server thread starts
    document = Document(journey, path)
    session = WorkshopSession(document)
    try:
        url = session.start(bind, port)
    except OSError:
        collector.uninstall()
        raise
    saver = MapSaver(document)
    print(f"Workshop: {url}", file=out, flush=True)

    def quit_loop(*_args) -> None:
        app.quit()

    previous = {sig: signal.signal(sig, quit_loop) for sig in (signal.SIGINT, signal.SIGTERM)}
    wake = QTimer()  # Python runs its signal handlers only between Qt calls: wake up now and then
    wake.timeout.connect(lambda: None)
    wake.start(200)
    try:
        app.exec()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        wake.stop()
        session.stop()
        collector.uninstall()  # the server thread has ended
        saver.timer.stop()
        try:
            saver.save_if_dirty()
        finally:
            # as a closing window does: the commands go while the document lives (a document
            # collected later in one cycle with its commands can free one before the stack)
            document.undo_stack.clear()
    return 0
