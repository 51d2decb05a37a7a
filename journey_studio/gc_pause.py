"""Keep Python's cyclic garbage collector out of one bulk job: reading a map, laying it out.

Such a job makes hundreds of thousands of objects that all stay alive (the models of a map, the
shapes of its layout). Each few thousand new objects the collector runs, and now and then it
walks every object of the process (the whole loaded map) to find cycles that are not there:
on the huge map of the benchmarks that was a third of the first layout. Paused for the job,
the collector looks at the new objects once afterwards. Nothing is leaked: cycles made during
the pause are collected later, as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector for the ``with`` block, if it runs (it is left alone when
    someone else turned it off; nested pauses are fine)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        # The pass the collector owes runs here, in this thread. Left for later it runs in whichever
        # thread allocates next: the workshop server's thread, then, finalising Qt objects of the
        # GUI thread, deadlocked against it (seen in the workshop tests).
        gc.collect(0)
