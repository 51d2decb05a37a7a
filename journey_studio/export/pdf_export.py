"""Export a map as a vector PDF: on one page, or as a poster tiled over several pages.

Text stays text (selectable, searchable) in the bundled DejaVu fonts, embedded as subsets
by reportlab; characters DejaVu lacks use a system fallback font (see ``render.fonts``).
"""

from __future__ import annotations

import datetime
import getpass
import io
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from .. import APP_NAME, __version__
from ..fileformat.atomic import write_atomic
from ..human_dates import long_date
from ..model import Journey
from ..render.fonts import PDF_NAMES, FontStyle, missing_chars, register_fonts, text_width
from ..render.geometry import Box, MapLayout, Rect, shape_bounds
from ..render.layout import LayoutOptions, layout_map
from ..render.missing_glyphs import missing_glyphs
from ..render.persona_block import LISTS, display_text, persona_box, persona_is_empty
from ..render.style import INK, METRICS, MUTED
from ..render.text import clamp_lines, wrap
from .errors import ExportError
from .views import view_dimmed
from ..render.painters.pdf import PdfPainter
from .page_sizes import PAGE_SIZES, mm
from .pdf_page_plan import FOOTER_H, HEADER_GAP, Placement, fit_page_plan, footer, header
from .poster_tiles import poster_grid, row_name, tile_name

PERSONA_PLACES = ("above", "own-page", "none")
ORIENTATIONS = ("auto", "portrait", "landscape")
POINTS_PER_UNIT = 0.75  # map units are 1/96 inch, PDF points 1/72 inch


@dataclass
class PdfOptions:
    page: str = "A3"
    #: "auto" turns the page the way the map is shaped
    orientation: str = "auto"
    poster: bool = False
    #: poster only: 1.0 prints the map at 100 % (one map unit = 1/96 inch)
    scale: float = 1.0
    overlap_mm: float = 10.0
    margin_mm: float = 12.0
    persona: str = "above"
    #: the document's author; empty means the operating-system user (never the persona)
    author: str = ""
    date: datetime.date = field(default_factory=datetime.date.today)
    #: the name of a view saved in the map: the cards it leaves out are printed faded
    view: str | None = None
    #: the cards' comment threads on pages after the map, numbered as notes
    comments: bool = False

    def check(self) -> None:
        if self.page not in PAGE_SIZES:
            raise ExportError(f"unknown page size '{self.page}' (choose {', '.join(PAGE_SIZES)})")
        if self.orientation not in ORIENTATIONS:
            raise ExportError(f"unknown orientation '{self.orientation}' (choose {', '.join(ORIENTATIONS)})")
        if self.persona not in PERSONA_PLACES:
            raise ExportError(f"unknown persona place '{self.persona}' (choose {', '.join(PERSONA_PLACES)})")
        if not 0.1 <= self.scale <= 10:
            raise ExportError(f"the poster scale must be between 0.1 and 10 (got {self.scale:g})")
        if not 0 <= self.overlap_mm <= 50:
            raise ExportError("the poster overlap must be between 0 and 50 mm")


@dataclass
class PdfResult:
    pages: int
    missing: set[str]


def page_size(options: PdfOptions, layout: MapLayout | None = None) -> tuple[float, float]:
    w, h = PAGE_SIZES[options.page]
    short, long_ = min(w, h), max(w, h)
    landscape = options.orientation == "landscape" or (
        options.orientation == "auto" and layout is not None and layout.width >= layout.height)
    return (long_, short) if landscape else (short, long_)


def poster_page_size(layout: MapLayout, options: PdfOptions) -> tuple[float, float]:
    """For a poster in "auto" orientation, the way of turning the page that prints fewer pages."""
    scale = POINTS_PER_UNIT * options.scale
    w, h = PAGE_SIZES[options.page]
    best = None
    for size in ((max(w, h), min(w, h)), (min(w, h), max(w, h))):  # landscape first on a tie
        cols, rows = poster_grid(layout.width * scale, layout.height * scale, size,
                                 options.margin_mm * mm, options.overlap_mm * mm)
        if best is None or cols * rows < best[0]:
            best = (cols * rows, size)
    return best[1]


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        return ""


def export_pdf(journey: Journey, path: str, options: PdfOptions | None = None) -> PdfResult:
    """Write ``journey`` as a PDF to ``path`` (atomically); returns pages and undrawable characters."""
    data, result = render_pdf(journey, options or PdfOptions())
    write_atomic(path, data)
    return result


def render_pdf(journey: Journey, options: PdfOptions) -> tuple[bytes, PdfResult]:
    options.check()
    m = journey.map
    poster = options.poster
    layout = pdf_layout(journey, options)
    size = pdf_page_size(layout, options)
    buffer = io.BytesIO()
    register_fonts()
    # the initial font of every page is ours, so no unembedded Helvetica is ever referenced
    c = Canvas(buffer, pagesize=size, pageCompression=1, initialFontName=PDF_NAMES[FontStyle.REGULAR])
    c.setTitle(m.title)
    c.setAuthor(options.author or default_author())
    c.setSubject(m.description)
    c.setCreator(f"{APP_NAME} {__version__}")
    images = _image_lookup(journey)
    # the page header lays out the title and description as the map's layout does (French spaces)
    writer = _PageWriter(c, size, options, display_text(m.title, m), images, str(m.language))
    if options.persona == "own-page":
        if not all(persona_is_empty(p) for p in m.personas):
            writer.persona_page(_persona_sheet(m), display_text(m.description, m))
    if poster:
        writer.poster(layout)
    else:
        writer.fit_page(layout, display_text(m.description, m))
    if options.comments:
        writer.comment_pages(m)
    writer.finish()
    # the map as drawn, plus what the page headers and a persona page write outside the layout
    outside = [m.title, m.description]
    for p in m.personas:
        outside += [p.name, p.role, p.quote, *p.goals, *p.needs, *p.motivations, *p.frustrations]
    missing = missing_glyphs(journey, layout) | missing_chars(set("".join(outside)))
    return buffer.getvalue(), PdfResult(writer.pages, missing)


def pdf_layout(journey: Journey, options: PdfOptions) -> MapLayout:
    """The map as the PDF draws it: a poster carries the title block (title and description)
    in the layout; one page draws it as the page's header."""
    return layout_map(journey, LayoutOptions(show_title=options.poster, show_description=options.poster,
                                             show_persona=options.persona == "above",
                                             dimmed=view_dimmed(journey, options.view)))


def pdf_page_size(layout: MapLayout, options: PdfOptions) -> tuple[float, float]:
    if options.poster and options.orientation == "auto":
        return poster_page_size(layout, options)
    return page_size(options, layout)


def _image_lookup(journey: Journey):
    def lookup(asset_id: str) -> bytes | None:
        asset = journey.assets.get(asset_id)
        return asset.raw_bytes() if asset is not None else None
    return lookup


def _persona_sheet(m) -> Box:
    """The persona laid out for a page of its own: narrower and taller than the band above
    the map, so it prints large and every list item fits."""
    longest = max((len(getattr(p, name)) for p in m.personas for name in LISTS), default=0)
    height = max(METRICS.persona_height, 2 * 16 + 22 + longest * 40)
    return persona_box(m, Rect(0, 0, 1400, height), METRICS)


#: the comment pages' words, in the map's language
COMMENT_WORDS = {"en": {"comments": "Comments", "resolved": "resolved", "colon": ":"},
                 "fr": {"comments": "Commentaires", "resolved": "résolu", "colon": "\u00a0:"}}


class _PageWriter:
    """Lays pages out: header and footer, the fitted map, the persona page, poster tiles."""

    def __init__(self, canvas: Canvas, size, options: PdfOptions, title: str, images, language: str = "en"):
        self.c = canvas
        self.w, self.h = size
        self.o = options
        self.title = title
        self.images = images
        self.language = language  # the map's: the footer's date is written in it
        self.margin = options.margin_mm * mm
        self.pages = 0
        self._labels: list[str] = []

    # --- page furniture ---------------------------------------------------------------------
    def _text(self, x: float, y: float, text: str, size: float, style=FontStyle.REGULAR, color=INK,
              max_width: float | None = None, align: str = "left") -> None:
        if max_width is not None:
            lines = clamp_lines(wrap(text, max_width, style, size), 1, max_width, style, size)
            text = lines[0] if lines else ""
        painter = PdfPainter(self.c)
        self.c.saveState()
        self.c.translate(x - (text_width(text, style, size) / 2 if align == "center" else
                              text_width(text, style, size) if align == "right" else 0), y)
        from ..render.geometry import Font, TextShape
        painter.draw([TextShape(0, 0, text, Font(style, size), color)])
        self.c.restoreState()

    def _header(self, subtitle: str = "") -> float:
        """The title block (title, subtitle wrapped under it) at the top; its height in points."""
        placement, height = header(self.title, subtitle, self.margin, self.h - self.margin, self.w - 2 * self.margin)
        self._place(placement)
        return height

    def _body(self, header_h: float) -> tuple[float, float, float, float]:
        """Left, bottom, right, top of the room between a header ``header_h`` tall and the footer."""
        return (self.margin, self.margin + FOOTER_H, self.w - self.margin,
                self.h - self.margin - header_h - HEADER_GAP)

    def _footer(self, label: str = "") -> None:
        for placement in footer(self.w, self.margin, self.o.date, self.pages + 1, label, self.language):
            self._place(placement)

    def _place(self, placement: Placement) -> None:
        self._draw(placement.shapes, placement.x, placement.top, placement.scale)

    def _end_page(self) -> None:
        self.c.showPage()
        self.pages += 1

    def _draw(self, shapes, x: float, top: float, scale: float) -> None:
        self.c.saveState()
        painter = PdfPainter(self.c, self.images)
        painter.place(x, top, scale)
        painter.draw(shapes)
        self.c.restoreState()

    # --- pages ------------------------------------------------------------------------------
    def fit_page(self, layout: MapLayout, subtitle: str) -> None:
        plan = fit_page_plan(layout, self.title, subtitle, (self.w, self.h), self.margin, self.o.date,
                             self.pages + 1, self.language)
        for placement in plan.placements:
            self._place(placement)
        self._end_page()

    def persona_page(self, persona: Box, subtitle: str) -> None:
        r = persona.rect
        box = self._body(self._header(subtitle))
        scale = min((box[2] - box[0]) / r.w, (box[3] - box[1]) / r.h)
        self.c.saveState()
        self.c.translate(-r.x * scale, r.y * scale)
        self._draw(persona.shapes, self.margin, box[3], scale)
        self.c.restoreState()
        self._footer()
        self._end_page()

    def comment_pages(self, m) -> None:
        """Every card's comment thread, as numbered notes in map order (step, then lane)."""
        order = {step: i for i, step in enumerate(m.step_ids())}
        lanes = {lane.id: i for i, lane in enumerate(m.lanes)}
        cards = sorted((c for c in m.cards if c.comments), key=lambda c: (order.get(c.step, 0), lanes.get(c.lane, 0)))
        if not cards:
            return
        left, bottom, right, _ = self._body(0)
        width = right - left
        lines: list[tuple[float, str, float, FontStyle, str]] = []
        words = COMMENT_WORDS["fr" if self.language == "fr" else "en"]
        for n, card in enumerate(cards, 1):
            # what users typed as the layout shows it: French spaces that do not break
            lines.append((0, display_text(f"[{n}] {' '.join(card.text.split())}", m), 10, FontStyle.BOLD, INK))
            for comment in card.comments:
                when = long_date(comment.date, self.language) if comment.date else ""
                head = " · ".join(p for p in (display_text(comment.author, m), when,
                                              words["resolved"] if comment.resolved else "") if p)
                said = display_text(comment.text, m)
                for line in wrap(f"{head}{words['colon']} {said}" if head else said, width - 14,
                                 FontStyle.REGULAR, 9):
                    lines.append((14, line, 9, FontStyle.REGULAR, MUTED if comment.resolved else INK))
            lines.append((0, "", 6, FontStyle.REGULAR, INK))
        y = top = self._body(self._header(words["comments"]))[3]
        for indent, text, size, style, color in lines:
            if y - size * 1.35 < bottom:
                self._footer()
                self._end_page()
                self._header(words["comments"])
                y = top
            y -= size * 1.35
            if text:
                self._text(left + indent, y, text, size, style, color, width - indent)
        self._footer()
        self._end_page()

    def poster(self, layout: MapLayout) -> None:
        scale = POINTS_PER_UNIT * self.o.scale
        overlap = self.o.overlap_mm * mm
        cols, rows = poster_grid(layout.width * scale, layout.height * scale, (self.w, self.h), self.margin, overlap)
        area_w, area_h = self.w - 2 * self.margin, self.h - 2 * self.margin
        bounded = [(shape_bounds(shape), shape) for shape in layout.all_shapes()]
        for row in range(rows):
            for col in range(cols):
                # only what shows on this tile, so a poster is not pages x the whole map
                tile = Rect(col * (area_w - overlap) / scale, row * (area_h - overlap) / scale,
                            area_w / scale, area_h / scale)
                shapes = [shape for bounds, shape in bounded if bounds.intersects(tile)]
                label = tile_name(row, col)
                self.c.saveState()
                clip = self.c.beginPath()
                clip.rect(self.margin, self.margin, area_w, area_h)
                self.c.clipPath(clip, stroke=0, fill=0)
                x = self.margin - col * (area_w - overlap)
                top = self.h - self.margin + row * (area_h - overlap)
                self._draw(shapes, x, top, scale)
                self.c.restoreState()
                self._crop_marks(area_w, area_h, overlap, col < cols - 1, row < rows - 1)
                self._text(self.margin, self.h - self.margin / 2 - 3, label, 11, FontStyle.BOLD, INK)
                where = (f"row {row_name(row)} of {row_name(rows - 1)} · column {col + 1} of {cols}"
                         f" · glue the next page over the {self.o.overlap_mm:g} mm band")
                self._text(self.margin + 28, self.h - self.margin / 2 - 3, f"{self.title} · {where}", 7.5,
                           color=MUTED, max_width=area_w - 28)
                self._footer(label)
                self._end_page()

    def _crop_marks(self, area_w: float, area_h: float, overlap: float, right_band: bool, bottom_band: bool) -> None:
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.4)
        length = min(self.margin * 0.7, 6 * mm)
        gap = 1.5 * mm
        left, bottom = self.margin, self.margin
        right, top = left + area_w, bottom + area_h
        for x in (left, right):
            for y in (bottom, top):
                sx = -1 if x == left else 1
                sy = -1 if y == bottom else 1
                c.line(x + sx * gap, y, x + sx * (gap + length), y)
                c.line(x, y + sy * gap, x, y + sy * (gap + length))
        # where the next page's content starts: the overlap band to glue under it
        c.setDash([2, 2])
        c.setStrokeColorRGB(0.45, 0.45, 0.45)
        if right_band and overlap:
            x = right - overlap
            c.line(x, top + gap, x, top + gap + length)
            c.line(x, bottom - gap, x, bottom - gap - length)
        if bottom_band and overlap:
            y = bottom + overlap
            c.line(left - gap, y, left - gap - length, y)
            c.line(right + gap, y, right + gap + length, y)
        c.restoreState()

    def finish(self) -> None:
        self.c.save()


__all__ = ["PAGE_SIZES", "PdfOptions", "PdfResult", "export_pdf", "render_pdf", "poster_grid", "PDF_NAMES"]
