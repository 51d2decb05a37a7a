"""``journey-studio export INPUT -o OUT.png|OUT.pdf|OUT.svg|OUT.pptx``: print or share a map, headless."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..fileformat import JourneyFileError
from ..fileformat.readers import read_any
from ..human_numbers import number
from ..messages import cli_text

KINDS = (".png", ".pdf", ".svg", ".pptx")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from ..export.page_sizes import PAGE_SIZES

    parser.add_argument("input", metavar="INPUT", help="the map (.journey, or any format Journey Studio opens)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="OUT.png, OUT.pdf, OUT.svg or OUT.pptx (PowerPoint slides of editable shapes)")
    parser.add_argument("--view", metavar="NAME", help="a view saved in the map: the cards it leaves out are faded")
    parser.add_argument("--comments", action="store_true", help="PDF: the cards' comment threads as notes after the map")
    png = parser.add_argument_group("PNG")
    png.add_argument("--dpi", type=float, help="resolution, 96 to 600 (default 192, lowered when the map "
                                               "would pass 80 megapixels)")
    png.add_argument("--width", type=int, metavar="PX", help="width in pixels (instead of --dpi)")
    png.add_argument("--transparent", action="store_true", help="transparent background instead of white")
    png.add_argument("--no-embed", action="store_true", help="do not put the editable map inside the PNG")
    pdf = parser.add_argument_group("PDF")
    pdf.add_argument("--page", default="A3", choices=list(PAGE_SIZES), help="page size (default A3)")
    turn = pdf.add_mutually_exclusive_group()
    turn.add_argument("--landscape", action="store_true", help="landscape pages (default: as the map is shaped)")
    turn.add_argument("--portrait", action="store_true", help="portrait pages")
    pdf.add_argument("--poster", action="store_true", help="tile the map over several pages to assemble on a wall")
    pdf.add_argument("--scale", type=float, default=1.0, metavar="S",
                     help="poster scale: 1 prints the map at 100 %% (default 1)")
    pdf.add_argument("--persona-page", action="store_true", help="put the persona on a page of its own")
    pdf.add_argument("--author", default="", help="PDF and PowerPoint: the document's author (default: your user name)")
    slides = parser.add_argument_group("PowerPoint")
    slides.add_argument("--slides", default="all", choices=("all", "overview", "stages"),
                        help="which slides: the overview, one per stage, or all (default all)")
    slides.add_argument("--size", default="16:9", choices=("16:9", "4:3", "A4"), help="slide size (default 16:9)")
    parser.add_argument("--no-persona", action="store_true", help="leave the persona out")
    parser.add_argument("--no-title", action="store_true", help="PNG and SVG: leave the title out")
    parser.add_argument("--no-description", action="store_true",
                        help="PNG and SVG: leave out the map's description (by default it is wrapped under the "
                             "title, as in the PDF)")
    parser.add_argument("--force", action="store_true", help="replace OUT even if it is write-protected")


def run(args: argparse.Namespace) -> int:
    from ..export.errors import ExportError

    out = Path(args.output)
    kind = out.suffix.lower()
    if kind not in KINDS:
        return _fail(f"{args.output}: the output must end in .png, .pdf, .svg or .pptx")
    from ..fileformat.atomic import is_write_protected, replacing_read_only

    if is_write_protected(args.output) and not args.force:
        return _fail(f"{args.output}: is write-protected (read-only); use --force to replace it")
    try:
        journey = read_any(args.input)
        with replacing_read_only(args.force):
            return _export(journey, args, out, kind)
    except JourneyFileError as exc:
        return _fail(str(exc))
    except ExportError as exc:
        return _fail(f"{args.output}: {exc}")
    except BrokenPipeError:  # printing what was written to a reader that stopped (cli.entry)
        raise
    except (OSError, MemoryError, ValueError) as exc:  # a drawing library failing on odd input
        return _fail(f"{args.output}: the export failed ({type(exc).__name__}: {exc})")


def _export(journey, args: argparse.Namespace, out: Path, kind: str) -> int:
    """Write OUT in its format, print what was written; warnings go to stderr."""
    if kind == ".png":
        from ..export.png_export import shown_dpi

        result = _png(journey, args)
        print(cli_text(f"{out}: {number(result.width, 'en', 0)} × {number(result.height, 'en', 0)} px at "
                       f"{number(shown_dpi(result.dpi), 'en')} DPI"))
        if result.lowered_from:
            lowered = number(shown_dpi(result.lowered_from), "en")
            print(cli_text(f"note: the map is large, so the resolution was lowered from {lowered} DPI "
                           f"to keep the image within the pixel limit; for a sharper print, export a PDF"),
                  file=sys.stderr)
    elif kind == ".svg":
        result = _svg(journey, args)
        width, height = result.pixels()
        print(cli_text(f"{out}: {number(width, 'en')} × {number(height, 'en')} px, text as text"))
    elif kind == ".pptx":
        result = _pptx(journey, args)
        print(cli_text(f"{out}: {result.slides} slide{'s' if result.slides != 1 else ''}"))
    else:
        result = _pdf(journey, args)
        print(cli_text(f"{out}: {result.pages} page{'s' if result.pages != 1 else ''}"))
    if result.missing:
        from ..render.missing_glyphs import describe_missing

        print(cli_text(f"warning: {describe_missing(result.missing)}"), file=sys.stderr)
    return 0


def _png(journey, args):
    from ..export import qt_app
    from ..export.png_export import PngOptions, export_png

    qt_app.WIDGETS = False  # this process draws one image and leaves: no QApplication needed
    options = PngOptions(width=args.width, transparent=args.transparent, embed=not args.no_embed,
                         show_title=not args.no_title, show_description=not args.no_description,
                         show_persona=not args.no_persona, view=args.view,
                         fit_limits=args.dpi is None and args.width is None)
    if args.dpi is not None:
        options.dpi = args.dpi
    return export_png(journey, args.output, options)


def _svg(journey, args):
    from ..export.svg_export import SvgOptions, export_svg

    return export_svg(journey, args.output, SvgOptions(show_title=not args.no_title,
                                                       show_description=not args.no_description,
                                                       show_persona=not args.no_persona))


def _pptx(journey, args):
    from ..export.pptx_export import PptxOptions, export_pptx

    return export_pptx(journey, args.output, PptxOptions(slides=args.slides, size=args.size, author=args.author))


def _pdf(journey, args):
    from ..export.pdf_export import PdfOptions, export_pdf

    orientation = "landscape" if args.landscape else "portrait" if args.portrait else "auto"
    persona = "none" if args.no_persona else "own-page" if args.persona_page else "above"
    options = PdfOptions(page=args.page, orientation=orientation, poster=args.poster, scale=args.scale,
                         persona=persona, author=args.author, view=args.view, comments=args.comments)
    return export_pdf(journey, args.output, options)


def _fail(message: str) -> int:
    print(cli_text(message), file=sys.stderr)
    return 1
