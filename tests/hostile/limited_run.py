"""Run hostile cases in this process under hard limits; one JSON line of outcome per case.

    python tests/hostile/limited_run.py CASES.json

``CASES.json`` is a list of ``{"name", "op", "path", "out"}``; ``op`` is ``open`` (any
importer, chosen by the file name), ``convert`` (open, then write ``out`` in the format of
its suffix, ``.pdf`` and ``.png`` included) or ``stuck`` (a catastrophic regular expression:
the harness must stop it). After the imports, the address space is capped at
what the process already uses plus ``MEMORY_MB``, and each case gets ``CPU_SECONDS`` of
processor time (``ITIMER_PROF``: time the process really ran, not waiting on a busy
machine), with the kernel's CPU limit as a backstop. A case reports ``ok`` (with its warnings), ``refused`` (the one-line message), or
``over-time`` / ``over-memory`` / ``crash`` (which the tests count as failures).
"""

from __future__ import annotations

import json
import math
import os
import resource
import signal
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CPU_SECONDS = 2.0
MEMORY_MB = 500


class OverTime(BaseException):  # not caught by the code under test
    pass


def _on_timer(_signum, _frame):
    raise OverTime()


def _address_space() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _run(case: dict, read_any_with_warnings, write_any) -> list[str]:
    if case["op"] == "stuck":  # the harness checks itself: a regular expression that never ends
        import re

        re.match(r"(a+)+b", "a" * 64)
    result = read_any_with_warnings(case["path"])
    warnings = list(result.warnings)
    if case["op"] == "convert":
        out = case["out"]
        if out.endswith(".pdf"):
            from journey_studio.export.pdf_export import export_pdf

            export_pdf(result.journey, out)
        elif out.endswith(".png"):
            from journey_studio.export.png_export import PngOptions, export_png

            # a small width: the cost of encoding tall images and the memory of the largest ones are the export's own
            # matter (an 80-megapixel image alone takes 320 MB)
            export_png(result.journey, out, PngOptions(width=400))
        else:
            warnings += write_any(result.journey, out)
    return warnings


def main(cases_file: str) -> int:
    from journey_studio.export.errors import ExportError
    from journey_studio.fileformat import JourneyFileError
    from journey_studio.fileformat.readers import read_any_with_warnings
    from journey_studio.fileformat.writers import write_any

    cases = json.loads(Path(cases_file).read_text())
    if any(case["op"] == "convert" for case in cases):  # the exporters' own imports, before the caps
        import journey_studio.export.pdf_export  # noqa: F401
        import journey_studio.export.png_export  # noqa: F401
        from journey_studio.export.qt_app import ensure_gui_app

        ensure_gui_app()
    limit = _address_space() + MEMORY_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGPROF, _on_timer)
    hard_cpu = resource.getrlimit(resource.RLIMIT_CPU)[1]
    for case in cases:
        outcome: dict = {"name": case["name"]}
        start = time.process_time()
        # A regular expression stuck in C never returns to Python to see the timer: the
        # kernel's CPU limit ends the process a little later, and the parent names the case.
        resource.setrlimit(resource.RLIMIT_CPU, (math.ceil(start) + math.ceil(CPU_SECONDS) + 2, hard_cpu))
        signal.setitimer(signal.ITIMER_PROF, CPU_SECONDS)
        try:
            outcome.update(status="ok", warnings=_run(case, read_any_with_warnings, write_any))
        except (JourneyFileError, ExportError) as exc:
            outcome.update(status="refused", message=str(exc))
        except OverTime:
            outcome.update(status="over-time")
        except MemoryError:
            outcome.update(status="over-memory")
        except Exception:  # noqa: BLE001 - the point is to report it
            outcome.update(status="crash", message=traceback.format_exc(limit=-3))
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
        outcome["cpu_s"] = round(time.process_time() - start, 3)
        print(json.dumps(outcome), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
