"""``journey-studio refresh MAP [-o OUT] [--export OUT.pdf|OUT.png]``: re-read the map's data
sources, save, and optionally export, for a scheduled job that publishes the map each day.

A source that is missing, unreadable or whose columns changed gives one line and exit 1,
and the map on disk is left as it was. A database password is read from the environment
variable the source names, or from JOURNEY_STUDIO_DB_PASSWORD; it is never written.

Data that was left out (rows naming no step of the map, answers outside the metric's range, a
step with no data any more) is a warning: printed even with --quiet, the map is saved and
exported, and the exit status is 3 so that a scheduled job can notice it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..messages import cli_text

#: The exit status of a refresh that saved the map but left some data out.
WARNED = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("map", metavar="MAP", help="the .journey file whose data sources are read")
    parser.add_argument("-o", "--output", metavar="OUT", help="save to OUT instead of MAP")
    parser.add_argument("--export", metavar="FILE", action="append", default=[],
                        help="then export to FILE (.pdf or .png; may be given more than once)")
    parser.add_argument("--quiet", action="store_true",
                        help="print only problems (warnings about data left out are always printed)")
    parser.epilog = ("exit status: 0 refreshed; 3 refreshed, but some data was left out (the warnings "
                     "say what); 1 nothing was changed (the error says why)")


def run(args: argparse.Namespace) -> int:
    from ..datasources import DataSourceError, compute_refresh
    from ..fileformat import JourneyFileError, load

    for name in args.export:
        if Path(name).suffix.lower() not in (".pdf", ".png"):
            return _fail(f"{name}: --export takes a .pdf or .png file")
    try:
        journey = load(args.map)
    except JourneyFileError as exc:
        return _fail(str(exc))
    if not journey.map.data_sources:
        return _fail(f"{args.map}: the map has no data sources (add one in the editor: File › Data Sources…)")
    try:
        result = compute_refresh(journey, Path(args.map).resolve().parent)
    except DataSourceError as exc:
        return _fail(f"{args.map}: {exc}; the map was not changed")
    changed, gone = result.changes(journey.map)
    journey = _applied(journey, result)
    out = args.output or args.map
    try:
        from ..storage.save import save_journey

        save_journey(journey, out, keep_backups=args.output is None)
    except JourneyFileError as exc:
        return _fail(str(exc))
    warnings = list(result.warnings)
    for source, values in result.unmatched.items():
        shown = ", ".join(f"'{v}'" for v in list(values)[:5])
        rows = sum(values.values())
        warnings.append(f"{source}: {rows:,} row{'s' if rows != 1 else ''} name{'' if rows != 1 else 's'} "
                        f"no step of the map ({shown})")
    warnings += gone
    for warning in warnings:
        print(cli_text(f"warning: {warning}"), file=sys.stderr)
    if not args.quiet:
        for line in changed:
            print(line)
        count = len(changed) + len(gone)
        print(cli_text(f"{out}: refreshed ({result.rows_read:,} rows, {len(result.measures):,} measures, "
                       f"{count} change{'s' if count != 1 else ''})"))
    status = _export(journey, args.export, args.quiet)
    return WARNED if status == 0 and warnings else status


def _applied(journey, result):
    """The map with the refresh applied through the Document, as the editor does it."""
    from ..document import Document

    document = Document.from_journey(journey)
    lanes = {lane_id: (document.map.find_lane(lane_id).data, points)
             for lane_id, points in result.points.items()}
    document.set_data(document.map.data_sources, result.metrics, result.measures, lanes, "Refresh data")
    return document.journey


def _export(journey, names: list[str], quiet: bool) -> int:
    from ..export.errors import ExportError
    from ..fileformat import JourneyFileError

    for name in names:
        try:
            if name.lower().endswith(".png"):
                from ..export.png_export import PngOptions, export_png
                export_png(journey, name, PngOptions())
            else:
                from ..export.pdf_export import PdfOptions, export_pdf
                export_pdf(journey, name, PdfOptions())
        except JourneyFileError as exc:
            return _fail(str(exc))
        except (ExportError, OSError, ValueError) as exc:
            return _fail(f"{name}: the export failed ({exc})")
        if not quiet:
            print(cli_text(f"{name}: exported"))
    return 0


def _fail(message: str) -> int:
    print(cli_text(message), file=sys.stderr)
    return 1
