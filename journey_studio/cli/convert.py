"""``journey-studio convert INPUT -o OUTPUT``: change a map's format, chosen by the file names."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..fileformat import JourneyFileError
from ..fileformat.readers import IMPORTERS, read_any_with_warnings
from ..fileformat.writers import WRITERS, write_any
from ..messages import cli_text

HELP = (f"convert a map between formats ({', '.join(sorted(IMPORTERS))} in; "
        f"{', '.join(sorted(WRITERS))} out), chosen by extension")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT")
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT")
    parser.add_argument("--language", choices=("en", "fr"), default="en",
                        help="language of the lanes an import creates (Actors/Acteurs...)")


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def run(args: argparse.Namespace) -> int:
    if _same_file(args.input, args.output):
        print(cli_text(f"{args.output}: is the input file; choose another output name"), file=sys.stderr)
        return 1
    try:
        journey, warnings = read_any_with_warnings(args.input, args.language)
        for warning in warnings:
            print(cli_text(f"warning: {args.input}: {warning}"), file=sys.stderr)
        for warning in write_any(journey, args.output):
            print(cli_text(f"warning: {args.output}: {warning}"), file=sys.stderr)
    except JourneyFileError as exc:
        print(cli_text(str(exc)), file=sys.stderr)
        return 1
    print(cli_text(f"{args.output}: written"))
    return 0
