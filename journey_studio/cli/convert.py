"""``journey-studio convert INPUT -o OUTPUT``: change a map's format, chosen by the file names."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..export.errors import ExportError
from ..fileformat import JourneyFileError
from ..fileformat.atomic import is_write_protected, replacing_read_only
from ..fileformat.readers import read_any_with_warnings
from ..fileformat.writers import write_any
from ..messages import cli_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="INPUT", help="the map to convert; its extension gives its format")
    parser.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                        help="the converted map; its extension chooses the format")
    parser.add_argument("--language", choices=("en", "fr"), default="en",
                        help="language of the lanes an import creates (Actors/Acteurs...)")
    parser.add_argument("--force", action="store_true", help="replace OUTPUT even if it is write-protected")


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def _write(journey, path: str) -> list[str]:
    """Write ``journey`` to ``path``: a slide deck or a drawing, else a format of ``fileformat``."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pptx":
        from ..export.pptx_export import export_pptx

        export_pptx(journey, path)
        return []
    if suffix == ".svg":
        from ..export.svg_export import export_svg

        export_svg(journey, path)
        return []
    return write_any(journey, path)


def run(args: argparse.Namespace) -> int:
    if _same_file(args.input, args.output):
        print(cli_text(f"{args.output}: is the input file; choose another output name"), file=sys.stderr)
        return 1
    if is_write_protected(args.output) and not args.force:
        print(cli_text(f"{args.output}: is write-protected (read-only); use --force to replace it"), file=sys.stderr)
        return 1
    try:
        journey, warnings = read_any_with_warnings(args.input, args.language)
        for warning in warnings:
            print(cli_text(f"warning: {args.input}: {warning}"), file=sys.stderr)
        with replacing_read_only(args.force):
            written = _write(journey, args.output)
        for warning in written:
            print(cli_text(f"warning: {args.output}: {warning}"), file=sys.stderr)
    except JourneyFileError as exc:
        print(cli_text(str(exc)), file=sys.stderr)
        return 1
    except ExportError as exc:
        print(cli_text(f"{args.output}: {exc}"), file=sys.stderr)
        return 1
    except OSError as exc:
        from ..fileformat.atomic import os_error_reason

        print(cli_text(f"{args.output}: cannot write ({os_error_reason(exc)})"), file=sys.stderr)
        return 1
    print(cli_text(f"{args.output}: written"))
    return 0
