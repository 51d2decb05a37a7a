"""``journey-studio validate FILE...``: check files without changing them."""

from __future__ import annotations

import argparse

from ..fileformat import JourneyFileError
from ..fileformat.readers import read_any
from ..messages import cli_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="maps to check")


def run(args: argparse.Namespace) -> int:
    bad = 0
    for name in args.files:
        try:
            read_any(name)
        except JourneyFileError as exc:
            bad += 1
            print(cli_text(f"{name}: {exc.reason if exc.where is None else exc.where + ': ' + exc.reason}"))
        else:
            print(cli_text(f"{name}: ok"))
    return 1 if bad else 0
