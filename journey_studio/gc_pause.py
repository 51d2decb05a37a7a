"""Who turns Python's cyclic garbage collector off and on again (no Qt here: the layout and the
file formats use it).

Two reasons to turn it off:

* :func:`collector_paused`, around one bulk job: reading a map, laying it out. Such a job makes
  hundreds of thousands of objects that all stay alive (the models of a map, the shapes of its
  layout). Each few thousand new objects the collector runs, and now and then it walks every
  object of the process (the whole loaded map) to find cycles that are not there: on the huge
  map of the benchmarks that was a third of the first layout. Paused for the job, the collector
  looks at the new objects once afterwards. Nothing is leaked: cycles made during the pause are
  collected later, as usual.
* :func:`collect_by_hand`, for as long as a Qt event loop runs beside Python worker threads:
  automatic collection stays off and the GUI thread collects on a timer
  (:mod:`journey_studio.gc_gui_thread` says why). A pause then changes nothing and never turns
  automatic collection back on; :func:`collect_automatically` does, at the end.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
#: pauses under way that turned the collector off (another thread's pause joins a running one)
_pauses = 0
#: automatic collection is off for good: someone collects by hand (the GUI thread's timer)
_by_hand = False
#: automatic collection ran (or a pause would have turned it back on) when the hand took over
_was_automatic = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the ``with`` block, if it runs automatically (it is left
    alone when someone else turned it off, or collects by hand; nested pauses are fine)."""
    global _pauses
    with _lock:
        joined = _pauses > 0 or (not _by_hand and gc.isenabled())
        if joined:
            gc.disable()
            _pauses += 1
    if not joined:
        yield
        return
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            resume = _pauses == 0 and not _by_hand
            if resume:
                gc.enable()
        if resume:
            # The pass the collector owes runs here, in this thread. Left for later it runs in
            # whichever thread allocates next: the workshop server's thread, then, finalising Qt
            # objects of the GUI thread, deadlocked against it (seen in the workshop tests).
            gc.collect(0)


def collect_by_hand() -> None:
    """Turn automatic collection off until :func:`collect_automatically`: the caller collects
    (:func:`journey_studio.gc_gui_thread.collect_due` on a timer); pauses leave it off."""
    global _by_hand, _was_automatic
    with _lock:
        if _by_hand:
            return
        _by_hand = True
        _was_automatic = gc.isenabled() or _pauses > 0
        gc.disable()


def collect_automatically() -> None:
    """Automatic collection as before :func:`collect_by_hand`: on again, unless someone else had
    turned it off (or a pause under way turns it on when it ends)."""
    global _by_hand
    with _lock:
        if not _by_hand:
            return
        _by_hand = False
        if _was_automatic and _pauses == 0:
            gc.enable()


def collecting_by_hand() -> bool:
    return _by_hand
