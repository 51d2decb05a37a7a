"""``journey-studio check FILE``: the map checks, for review pipelines (exit 0: none, 1: some)."""

from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..review.map_checks import CHECKS, DEFAULT_MAX_AGE_DAYS

    parser.add_argument("files", nargs="+", metavar="FILE", help="maps to check")
    parser.add_argument("--off", action="append", default=[], metavar="CHECK", choices=list(CHECKS),
                        help="turn a check off (repeatable): %(choices)s")
    parser.add_argument("--max-age", type=int, default=DEFAULT_MAX_AGE_DAYS, metavar="DAYS",
                        help="evidence older than this many days is pointed out (default %(default)s)")


def run(args: argparse.Namespace) -> int:
    from ..fileformat import JourneyFileError
    from ..fileformat.readers import read_any
    from ..messages import NBSP, cli_text, system_language
    from ..review.map_checks import run_checks

    colon = f"{NBSP}: " if system_language() == "fr" else ": "  # French puts a space before a colon
    if args.max_age < 0:
        print(cli_text("--max-age must be 0 or more days"), file=sys.stderr)
        return 2
    status = 0
    for path in args.files:
        try:
            journey = read_any(path)
        except JourneyFileError as exc:
            print(cli_text(str(exc)), file=sys.stderr)
            status = 1
            continue
        findings = run_checks(journey.map, off=args.off, max_age_days=args.max_age)
        for finding in findings:
            print(f"{path}{colon}{finding.check}{colon}{cli_text(finding.message)}")
        if findings:
            status = 1
        else:
            print(cli_text(f"{path}: no findings"))
    return status
