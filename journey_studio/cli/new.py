"""``journey-studio new``: write a new map from a template."""

from __future__ import annotations

import argparse
import sys

from ..fileformat import JourneyFileError, dump_to
from ..fileformat.atomic import replacing_read_only
from ..templates import TEMPLATES, new_journey

HELP = "create a new map from a template"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", choices=TEMPLATES, default="classic",
                        help="blank (three empty stages) or classic (the five classic stages)")
    parser.add_argument("--language", choices=("en", "fr"), default="en")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.journey")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file, even a write-protected one")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    if Path(args.output).exists() and not args.force:
        print(f"{args.output}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    try:
        with replacing_read_only(args.force):
            dump_to(new_journey(args.template, args.language), args.output)
    except JourneyFileError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"{args.output}: written")
    return 0
