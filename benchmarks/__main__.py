"""Run the model, file and layout benchmarks (``*_bench`` modules with ``run(measure)``): ``make bench``."""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import time
from collections.abc import Callable

import benchmarks


def measure(name: str, fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"{name:<48} median {median * 1000:8.1f} ms   (best {min(times) * 1000:.1f} ms, {repeat} runs)")
    return median


def main() -> None:
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        if info.name.endswith("_bench") and info.name != "canvas_bench":  # that one runs as a script
            module = importlib.import_module(f"benchmarks.{info.name}")
            module.run(measure)


if __name__ == "__main__":
    main()
