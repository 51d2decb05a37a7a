"""Cyclic garbage is collected in the GUI thread only, while a Qt event loop runs.

Python's cyclic collector runs in whichever thread allocates when a collection is due. In the
workshop that can be the participant server's thread (aiohttp), and a cycle collected there may
hold PySide6 wrappers of Qt objects that live in the GUI thread: finalising them calls into Qt
from the wrong thread, and once that deadlocked against the GUI thread (in the workshop tests).
So while the editor (:mod:`journey_studio.app`) or the headless workshop
(:mod:`journey_studio.workshop.headless`) runs, automatic collection is off
(:func:`journey_studio.gc_pause.collect_by_hand`) and a :class:`GuiThreadCollector` does the
interpreter's work on a timer in the GUI thread: :func:`collect_due` compares ``gc.get_count()``
with ``gc.get_threshold()`` and collects the generation that is due (generation 0 often,
1 and 2 as their counts pass their thresholds), so cycles are only ever collected there.

The tick: every ``TICK_MS`` (250 ms). Often enough that the garbage of a busy server thread waits
a quarter of a second at most (a human does not see it, memory does not grow by much: a few
thousand objects a tick under load); rarely enough that an idle editor wakes four times a second
for a check that costs two calls and a comparison (about a microsecond). A collection costs what
it would have cost on an allocation, only later. What the tick does not do:

* it runs only when the event loop does: a long job in the GUI thread (reading a map, an export)
  collects nothing until it returns, and then collects once what it left (as
  :func:`~journey_studio.gc_pause.collector_paused` does for the jobs it pauses). The cycles such
  a job makes stay in memory for the job's length, no longer;
* the interpreter skips a full collection (generation 2) while fewer than a quarter of the
  long-lived objects are new since the last one; Python does not expose those numbers, so here
  generation 2 is collected whenever its count passes its threshold (every 100 collections of
  generation 0 with the default thresholds). ``gc.freeze()`` after a map opens keeps the map out
  of those passes, as before;
* an explicit ``gc.collect()`` still runs in the thread that calls it (no code calls it in a
  worker thread);
* the rule is that of CPython 3.11 to 3.13's three generations; a newer collector with other
  counts would need its own rule here (a test compares the sequence of passes).

:meth:`GuiThreadCollector.uninstall` (at quit) collects what is due one last time, then turns
automatic collection back on.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

from .gc_pause import collect_automatically, collect_by_hand, collecting_by_hand

TICK_MS = 250


def collect_due() -> int | None:
    """Collect the oldest generation that is due, as the interpreter does on an allocation, and
    return it; None when nothing is due (nearly every call)."""
    count0, count1, count2 = gc.get_count()
    threshold0, threshold1, threshold2 = gc.get_threshold()
    if threshold0 == 0 or count0 <= threshold0:  # a threshold of 0 turns collection off
        return None
    generation = 2 if count2 > threshold2 else 1 if count1 > threshold1 else 0
    gc.collect(generation)
    return generation


class GuiThreadCollector(QObject):
    """While installed, automatic collection is off and this object's thread (the GUI thread)
    collects every ``interval_ms``."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = TICK_MS):
        super().__init__(parent or QCoreApplication.instance())
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.installed = False

    def install(self) -> None:
        """Take collection over (again is harmless). Call it in the GUI thread."""
        if self.installed:
            return
        app = QCoreApplication.instance()
        if app is None or QThread.currentThread() is not app.thread() or self.thread() is not app.thread():
            raise RuntimeError("the garbage collector's timer belongs to the GUI thread")
        if collecting_by_hand():
            raise RuntimeError("another collector already collects by hand")
        collect_by_hand()
        self.installed = True
        self.timer.start()

    def uninstall(self) -> None:
        """Collect what is due here, then let Python collect automatically again."""
        if not self.installed:
            return
        self.timer.stop()
        self.installed = False
        collect_due()
        collect_automatically()

    def tick(self) -> int | None:
        return collect_due()
