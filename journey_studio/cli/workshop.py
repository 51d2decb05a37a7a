"""``journey-studio workshop FILE [--port N] [--bind ADDR]``: a participant session without a window.

Prints one line, ``Workshop: URL``, then applies what participants send to FILE (saved at most
every 2 seconds, and on Ctrl+C). See docs/WORKSHOP.md.
"""

from __future__ import annotations

import argparse
import sys

from ..messages import cli_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the .journey map participants add to")
    parser.add_argument("--port", type=int, default=8765,
                        help="the port to listen on (default 8765, the next free one if taken; 0: any)")
    parser.add_argument("--bind", default="0.0.0.0", metavar="ADDR",
                        help="the address to listen on (default: every interface of this machine)")


def run(args: argparse.Namespace) -> int:
    from ..fileformat.errors import JourneyFileError

    if not args.file.lower().endswith(".journey"):
        print(cli_text(f"{args.file}: the workshop works on a .journey map"), file=sys.stderr)
        return 2
    if not 0 <= args.port <= 65535:
        print(cli_text(f"--port {args.port}: a port is between 0 and 65535"), file=sys.stderr)
        return 2
    from ..fileformat.journey_json import load

    try:
        journey = load(args.file)  # before Qt and aiohttp are imported: a bad file fails fast
    except JourneyFileError as error:
        print(cli_text(str(error)), file=sys.stderr)
        return 1
    from ..workshop.headless import run as serve

    try:
        return serve(journey, args.file, args.port, args.bind)
    except JourneyFileError as error:
        print(cli_text(str(error)), file=sys.stderr)
    except OSError as error:
        print(cli_text(f"workshop: cannot listen on {args.bind}:{args.port} ({error.strerror or error})"),
              file=sys.stderr)
    return 1
