"""``journey-studio diff A B``: the differences between two maps, one line each.

Exit 0 when the maps are the same, 1 when they differ, 2 when a file cannot be read. Also a
git diff driver (``--git``, the seven arguments git passes) and a textconv (``--outline FILE``:
the map as one line per element, so git's own line diff reads well). See docs/FORMAT.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from ..fileformat import JourneyFileError
from ..fileformat.readers import read_any
from ..messages import cli_text
from ..model import Journey, Map


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="A B; with --git the seven arguments of a git diff driver; "
                             "with --outline one FILE")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="print the differences as JSON")
    mode.add_argument("--git", action="store_true",
                      help="run as git's diff driver: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE")
    mode.add_argument("--outline", action="store_true",
                      help="print one map as one line per element (a git textconv)")


def _read(name: str, like: Journey | None = None) -> Journey:
    if name == os.devnull:  # git's side of an added or deleted file
        return Journey(map=Map(id=like.map.id if like else "map"))
    return read_any(name)


def outline(journey: Journey) -> list[str]:
    """The map as lines: ``card "Calls support" in Onboarding / Pain points``, ``map title: "…"``."""
    from ..compare.diff import diff
    from ..compare.wording import field_words, quoted

    lines = []
    for d in diff(Journey(map=Map(id=journey.map.id)), journey):
        if d.kind in ("map", "persona"):
            lines.append(f"{d.kind} {field_words(d.field)}: {quoted(d.new)}")
        else:
            lines.append(d.text[2:])
    return lines


def run(args: argparse.Namespace) -> int:
    from ..compare.diff import diff

    expected = 1 if args.outline else 7 if args.git else 2
    if len(args.files) != expected:
        print(cli_text(f"journey-studio diff: expected {expected} file argument{'s' * (expected > 1)}, "
                       f"got {len(args.files)}"), file=sys.stderr)
        return 2
    try:
        if args.outline:
            journey = read_any(args.files[0])
            for line in outline(journey):
                print(line)
            return 0
        first, second = (args.files[1], args.files[4]) if args.git else args.files
        real = [name for name in (first, second) if name != os.devnull]
        other = read_any(real[0]) if real else None
        a, b = _read(first, other), _read(second, other)
    except JourneyFileError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    differences = diff(a, b)
    if args.json:
        print(json.dumps([d.as_json() for d in differences], indent=2, ensure_ascii=False))
    else:
        if args.git:
            print(f"journey-studio diff {args.files[0]}")
        for difference in differences:
            print(difference.text)
    if args.git:
        return 0  # git stops at a diff driver that exits with a non-zero status
    return 1 if differences else 0
