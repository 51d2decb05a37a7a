"""``journey-studio new``: write a new map from a template."""

from __future__ import annotations

import argparse
import sys

from ..fileformat import JourneyFileError, dump_to
from ..fileformat.atomic import replacing_read_only
from ..messages import cli_text
from ..templates import new_journey, template_names


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--template", default="classic", metavar="NAME",
                        help="a template name from 'journey-studio templates' (default: classic)")
    parser.add_argument("--language", choices=("en", "fr"), default="en",
                        help="the language of the map's titles and example cards (default: en)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.journey", help="the new map's file")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file, even a write-protected one")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    if args.template not in template_names():
        message = f"unknown template '{args.template}' (choose from {', '.join(template_names())})"
        print(cli_text(message), file=sys.stderr)
        return 2
    if Path(args.output).exists() and not args.force:
        print(cli_text(f"{args.output}: already exists (use --force to overwrite)"), file=sys.stderr)
        return 1
    try:
        with replacing_read_only(args.force):
            dump_to(new_journey(args.template, args.language), args.output)
    except JourneyFileError as exc:
        print(cli_text(str(exc)), file=sys.stderr)
        return 1
    print(cli_text(f"{args.output}: written"))
    return 0
