"""At most ``limit`` requests per ``window`` seconds from one address (a sliding window)."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    def __init__(self, limit: int = 30, window: float = 10.0,
                 clock: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.window = window
        self.clock = clock
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        """Count one request from ``address``; False when it is one too many."""
        now = self.clock()
        with self._lock:
            times = self._seen.setdefault(address, deque())
            while times and now - times[0] >= self.window:
                times.popleft()
            if len(times) >= self.limit:
                return False
            times.append(now)
            if len(self._seen) > 10_000:  # forget quiet addresses now and then
                for quiet in [a for a, t in self._seen.items() if not t or now - t[-1] >= self.window]:
                    del self._seen[quiet]
            return True
