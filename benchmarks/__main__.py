"""``make bench``: every budget of docs/PERFORMANCE.md, each case in processes of its own.

    python -m benchmarks [--runs N] [--only NAME,NAME] [--out benchmarks/results.json]

Each case runs ``--runs`` times in a fresh process (the machine is shared and noisy: the table
keeps medians); whole-process cases (start-up, the command line) are timed from outside, from
the moment the process is started. Writes ``{"machine": {...}, "results": {name: median}}``
and exits 1 when a budget is exceeded.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: name -> (budget, unit, what)
BUDGETS: dict[str, tuple[float, str, str]] = {
    "startup_s": (0.8, "s", "process start to the first painted editor window, example map"),
    "cli_png_s": (0.30, "s", "journey-studio export of a 10-task Mermaid journey to PNG, whole process"),
    "large_load_layout_s": (0.5, "s", "read, validate and lay out the large map"),
    "large_scene_build_s": (1.0, "s", "build the scene for the large map"),
    "large_drag_p95_ms": (8, "ms", "95th percentile of one mouse move while dragging a card, repaint included"),
    "large_edit_ms": (16, "ms", "one text edit: undo stack, layout, scene update, repaint"),
    "large_save_s": (0.3, "s", "save the large map"),
    "large_png_s": (4, "s", "export the large map to a 300 DPI A3 PNG"),
    "large_pdf_s": (4, "s", "export the large map to an A3 PDF"),
    "large_peak_rss_mb": (400, "MB", "peak memory with the large map open in the editor"),
    "huge_load_layout_s": (2.0, "s", "read, validate and lay out the huge map"),
    "huge_edit_ms": (50, "ms", "one text edit on the huge map"),
    "huge_row_edit_ms": (50, "ms", "one text edit on the huge map that makes its row taller (every row below moves)"),
    "huge_peak_rss_mb": (1000, "MB", "peak memory with the huge map open in the editor"),
}


_DATA_DIR = tempfile.mkdtemp(prefix="journey-studio-bench-")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # an editor already open on this machine must not receive the benchmark's maps (the
    # editor case would hand its file over and show no window of its own)
    env["JOURNEY_STUDIO_INSTANCE"] = f"journey-studio-bench-{os.getpid()}"
    # nor offer to recover another session's autosaves (a modal question, no first paint)
    env["JOURNEY_STUDIO_DATA_DIR"] = _DATA_DIR
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


CPU_CLOCK = False  # --clock cpu: CPU time of the processes instead of the wall clock


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _start() -> float:
    return _child_cpu() if CPU_CLOCK else time.perf_counter()


def _since(start: float) -> float:
    return (_child_cpu() if CPU_CLOCK else time.perf_counter()) - start


def run_case(*args: str) -> tuple[dict[str, float], float]:
    """Run ``benchmarks.cases`` with ``args`` in a new process; its JSON and its time (see ``--clock``)."""
    t0 = _start()
    env = _env()
    if CPU_CLOCK:
        env["BENCH_CLOCK"] = "cpu"
    proc = subprocess.run([sys.executable, "-m", "benchmarks.cases", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)
    wall = _since(t0)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"case {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return json.loads(lines[-1]), wall


def timed_process(argv: list[str]) -> float:
    t0 = _start()
    proc = subprocess.run(argv, cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=600)
    wall = _since(t0)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.strip()}")
    return wall


class Collector:
    def __init__(self, runs: int):
        self.runs = runs
        self.samples: dict[str, list[float]] = {}

    def add(self, values: dict[str, float]) -> None:
        for name, value in values.items():
            self.samples.setdefault(name, []).append(float(value))

    def repeat(self, fn, runs: int | None = None) -> None:
        for _ in range(runs or self.runs):
            self.add(fn())

    def medians(self) -> dict[str, float]:
        return {name: round(statistics.median(values), 4) for name, values in self.samples.items()}


def _editor(map_path: str, prefix: str):
    def run():
        out, wall = run_case("editor", map_path)
        if not out.get("windows"):
            raise RuntimeError(f"the editor showed no window for {map_path}")
        values = {f"{prefix}_peak_rss_mb": out["peak_rss_mb"]}
        values["startup_s" if prefix == "example" else f"{prefix}_first_paint_s"] = wall
        return values
    return run


def mermaid_side_by_side(collector: Collector) -> None:
    """``journey-studio export`` and mermaid-cli on the same folder of Mermaid journeys."""
    from benchmarks.maps import mermaid_folder

    folder = mermaid_folder()
    files = sorted(folder.glob("*.mmd"))
    with tempfile.TemporaryDirectory() as out:
        ours = sum(timed_process([sys.executable, "-m", "journey_studio", "export", str(f), "-o",
                                  os.path.join(out, f.stem + ".png")]) for f in files)
        collector.add({"mermaid_folder_journey_studio_s": ours})
        mmdc = os.environ.get("MMDC") or shutil.which("mmdc")
        if mmdc is None:
            print(f"mermaid-cli (mmdc) is not installed: {len(files)} journeys exported by Journey Studio "
                  f"in {ours:.2f} s, no comparison")
            return
        options = []
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            # Chromium refuses to start its sandbox as root (CI, containers): mermaid-cli's
            # browser is told to run without it. PUPPETEER_EXECUTABLE_PATH picks the browser.
            config = Path(out) / "puppeteer.json"
            config.write_text(json.dumps({"args": ["--no-sandbox"]}))
            options = ["-p", str(config)]
        theirs = sum(timed_process([mmdc, *options, "-i", str(f), "-o", os.path.join(out, f.stem + "-mmdc.png")])
                     for f in files)
        collector.add({"mermaid_folder_mmdc_s": theirs, "mermaid_ratio_mmdc_over_ours": theirs / ours})
        print(f"{len(files)} Mermaid journeys: Journey Studio {ours:.2f} s, mermaid-cli {theirs:.2f} s "
              f"(mermaid-cli takes {theirs / ours:.1f}× as long)")


def _cpu_ticks() -> tuple[int, int] | None:
    """(steal, total) ticks of all CPUs from /proc/stat: time a virtual machine's host gave away."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    return (fields[7] if len(fields) > 7 else 0), sum(fields)


def reference_s(runs: int = 5) -> float:
    """Median wall time of a process that only imports PySide6.QtGui: how fast this host is now.

    The same code measured ~3 times slower on a contended host whose load average still read
    ~0.5 (docs/PERFORMANCE.md); this reference lets a reader tell such a run from a slow change.
    """
    return round(statistics.median(
        timed_process([sys.executable, "-c", "import PySide6.QtGui"]) for _ in range(runs)), 4)


def machine() -> dict[str, object]:
    info: dict[str, object] = {"python": platform.python_version(), "system": platform.platform(),
                               "cpus": os.cpu_count()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        info["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    try:
        import PySide6

        info["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    return info


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="processes per case (default 5)")
    parser.add_argument("--only", default="", help="comma-separated groups: startup,cli,large,huge,export,mermaid")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results.json"))
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall clock (the budgets; default) or the processes' CPU time (what the "
                             "code costs when the machine is shared and busy)")
    args = parser.parse_args(argv)
    global CPU_CLOCK
    CPU_CLOCK = args.clock == "cpu"
    groups = set(filter(None, args.only.split(","))) or {"startup", "cli", "large", "huge", "export", "mermaid"}

    from benchmarks.maps import map_file, mermaid_folder

    large, huge = str(map_file("large")), str(map_file("huge"))
    info = machine()
    info["clock"] = args.clock
    info["reference_qtgui_import_s_at_start"] = reference_s()
    ticks = _cpu_ticks()
    c = Collector(args.runs)
    if "startup" in groups:
        c.repeat(_editor(str(ROOT / "examples" / "saas-customer.journey"), "example"))
    if "cli" in groups:
        mmd = mermaid_folder() / "journey-1.mmd"
        with tempfile.TemporaryDirectory() as out:
            png = os.path.join(out, "plan.png")
            c.repeat(lambda: {"cli_png_s": timed_process(
                [sys.executable, "-m", "journey_studio", "export", str(mmd), "-o", png])})
    if "large" in groups:
        c.repeat(lambda: run_case("load_layout", "large")[0])
        c.repeat(lambda: run_case("save", "large")[0], runs=3)
        c.repeat(lambda: run_case("canvas", "large")[0], runs=3)
        c.repeat(_editor(large, "large"), runs=3)
    if "export" in groups:
        c.repeat(lambda: run_case("export", "png", "large")[0], runs=3)
        c.repeat(lambda: run_case("export", "pdf", "large")[0], runs=3)
    if "huge" in groups:
        c.repeat(lambda: run_case("load_layout", "huge")[0], runs=3)
        c.repeat(lambda: run_case("canvas", "huge")[0], runs=3)
        c.repeat(_editor(huge, "huge"), runs=3)
    if "mermaid" in groups:
        c.repeat(lambda: (mermaid_side_by_side(c), {})[1], runs=1)
    results = c.medians()
    info["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    info["reference_qtgui_import_s_at_end"] = reference_s()
    after = _cpu_ticks()
    if ticks and after and after[1] > ticks[1]:
        info["cpu_steal_percent"] = round(100 * (after[0] - ticks[0]) / (after[1] - ticks[1]), 2)

    over = []
    print(f"\n{'name':<34}{'median':>10}  {'budget':>8}")
    for name, value in results.items():
        budget = BUDGETS.get(name)
        mark = ""
        if budget is not None:
            ok = value <= budget[0]
            mark = f"{budget[0]:>8g}  {'ok' if ok else 'OVER'}"
            if not ok:
                over.append(name)
        print(f"{name:<34}{value:>10.3f}  {mark}")
    missing = [name for name in BUDGETS if name not in results and _group_of(name) in groups]
    if missing:
        print("not measured: " + ", ".join(missing))
    out = Path(args.out)
    previous = json.loads(out.read_text()) if out.exists() and groups != _ALL else {}
    merged = {**previous.get("results", {}), **results}
    out.write_text(json.dumps({"machine": info, "results": merged}, indent=2) + "\n")
    print(f"\nwrote {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}"
          + (f"; over budget: {', '.join(over)}" if over else "; every budget met"))
    return 1 if over else 0


_ALL = {"startup", "cli", "large", "huge", "export", "mermaid"}


def _group_of(name: str) -> str:
    if name.startswith(("large_png", "large_pdf")):
        return "export"
    return {"startup_s": "startup", "cli_png_s": "cli"}.get(name, name.split("_")[0])


if __name__ == "__main__":
    sys.exit(main())
