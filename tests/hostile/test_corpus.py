"""Every hostile file of the corpus opens, or is refused with its message, within 2 s of
processor time and 500 MB more memory, in a process of its own under hard limits."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from corpus import GROUPS, Case
from limited_run import CPU_SECONDS, MEMORY_MB

RUNNER = Path(__file__).with_name("limited_run.py")
#: Run last with the importers: proves that a case stuck in C is stopped and reported.
STUCK = Case("the harness stops a catastrophic regular expression", "stuck.mmd", lambda: b"", None)


def run_group(cases: list[Case], folder: Path) -> dict[str, dict]:
    """Write the files, run them all in one limited process, and return each case's outcome.

    A process ended by the kernel (CPU or memory) leaves the cases after the last reported
    one without an outcome: the first of them is the culprit, reported as over its limits.
    """
    listing = []
    for number, case in enumerate(cases):
        path = folder / f"{number:03d}-{case.file}"
        path.write_bytes(case.build())
        out = folder / f"{number:03d}-{case.out}" if case.out else None
        listing.append({"name": case.name, "op": "stuck" if case is STUCK else "convert" if out else "open",
                        "path": str(path),
                        "out": str(out) if out else None})
    cases_file = folder / "cases.json"
    cases_file.write_text(json.dumps(listing))
    done = subprocess.run([sys.executable, str(RUNNER), str(cases_file)], capture_output=True, text=True,
                          timeout=60 + 10 * len(cases))
    outcomes = {}
    for line in done.stdout.splitlines():
        outcome = json.loads(line)
        outcomes[outcome["name"]] = outcome
    missing = [case.name for case in cases if case.name not in outcomes]
    if missing:
        outcomes[missing[0]] = {"status": f"killed (exit {done.returncode})", "message": done.stderr[-500:]}
    return outcomes


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, dict]:
    """Every case run once: the importers in one process, the exporters (Qt, fonts) in another,
    so that the corpus costs two interpreter start-ups, not one per file."""
    importers = [case for group, cases in GROUPS.items() if group != "exports" for case in cases]
    with ThreadPoolExecutor(2) as pool:  # the two processes side by side (two cores)
        runs = [pool.submit(run_group, [*importers, STUCK], tmp_path_factory.mktemp("importers")),
                pool.submit(run_group, GROUPS["exports"], tmp_path_factory.mktemp("exporters"))]
        return {name: outcome for run in runs for name, outcome in run.result().items()}


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_hostile_inputs_open_or_are_refused_within_the_limits(group, outcomes):
    problems = []
    for case in GROUPS[group]:
        outcome = outcomes.get(case.name, {"status": "not run (an earlier case killed the process)"})
        status = outcome["status"]
        if case.expect is None and status != "ok":
            problems.append(f"{case.name}: expected to open, got {status}: {outcome.get('message', '')}")
        elif case.expect is not None and (status != "refused" or not re.search(case.expect, outcome["message"])):
            problems.append(f"{case.name}: expected a refusal matching {case.expect!r}, "
                            f"got {status}: {outcome.get('message', '')}")
        elif "\n" in outcome.get("message", ""):
            problems.append(f"{case.name}: the message is not one line: {outcome['message']!r}")
    assert not problems, (f"limits: {CPU_SECONDS} s of CPU, {MEMORY_MB} MB\n" + "\n".join(problems))


def test_case_names_are_unique():
    names = [case.name for cases in GROUPS.values() for case in cases]
    assert len(names) == len(set(names))


def test_a_case_over_its_limits_is_caught(outcomes):
    """The harness itself: a regular expression that would run for ages is stopped in time."""
    outcome = outcomes[STUCK.name]
    assert outcome["status"] == "over-time" and outcome["cpu_s"] < CPU_SECONDS + 1
