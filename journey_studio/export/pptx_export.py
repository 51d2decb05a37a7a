"""Export a map as a PowerPoint deck of native, editable shapes (python-pptx; no pictures of cards).

Slides (see ``pptx_pages.deck_plan``): a title slide; the persona; the whole map; one slide per
stage (its empty lanes left out, then continued on further slides, when its lanes do not fit at
14 pt); the dot-vote ranking. Every position comes from the shared layout, scaled to the slide;
a card's text is its own paragraphs in a word-wrapped text frame, so PowerPoint re-wraps it when
it is edited. The deck's core properties (title, author, subject, created) are set; each stage
slide's speaker notes hold the stage's description, whether it is a moment of truth and which
empty lanes were left out.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass, field
from functools import partial

from pptx import Presentation
from pptx.enum.text import PP_ALIGN
from pptx.util import Emu, Pt

from .. import APP_NAME, __version__
from ..fileformat.atomic import write_atomic
from ..human_dates import long_date
from ..model import Journey, Language
from ..render.fonts import FontStyle
from ..render.geometry import EllipseShape, MapLayout, Rect
from ..render.french import NBSP
from ..render.persona_block import LISTS, display_text, quoted
from ..render.style import INK, METRICS, MUTED, STAGE_FILL
from ..render.text import clamp_lines, wrap
from ..vocabulary import PERSONA_HEADINGS
from ..vote_ranking import ranking
from .errors import ExportError
from .pdf_export import default_author
from .pptx_draw import draw_map
from .pptx_pages import (
    COLUMN_GAP, MARGIN, SLIDE_METRICS, SLIDE_SETS, SLIDE_SIZES, SlidePlan, StagePage, content_box, header_bottom,
    overview_layout, planned_slides,
)
from .pptx_painter import SlidePainter, cover_picture
from .pptx_style import EMU_PER_PT, Place, fill_text_frame, rgb, style_run

WORDS = {
    Language.EN: {"overview": "The whole journey", "votes": "Dot votes: what the team chose",
                  "moment": "Moment of truth: this stage decides whether the customer stays.",
                  "continued": "{part}/{parts}", "rank": "#", "votes_col": "Votes", "card": "Card",
                  "where": "Stage · lane", "more": "and {n} more cards with votes",
                  "more_one": "and one more card with votes", "untitled": "Untitled map",
                  "left_out": "Lanes with nothing in this stage, not shown: {lanes}.",
                  "empty": "Nothing in this stage yet."},
    Language.FR: {"overview": "Le parcours en entier", "votes": f"Votes{NBSP}: ce que l’équipe a choisi",
                  "moment": f"Moment de vérité{NBSP}: cette étape décide si le client reste.",
                  "continued": "{part}/{parts}", "rank": "n°", "votes_col": "Votes", "card": "Carte",
                  "where": "Étape · ligne", "more": "et {n} autres cartes avec des votes",
                  "more_one": "et une autre carte avec des votes",
                  "untitled": "Parcours sans titre",
                  "left_out": f"Lignes vides à cette étape, non montrées{NBSP}: {{lanes}}.",
                  "empty": "Rien à cette étape pour l’instant."},
}
VOTE_ROWS = 10


@dataclass
class PptxOptions:
    slides: str = "all"
    size: str = "16:9"
    #: the deck's author; empty means the operating-system user
    author: str = ""
    date: datetime.date = field(default_factory=datetime.date.today)

    def check(self) -> None:
        if self.slides not in SLIDE_SETS:
            raise ExportError(f"unknown slide set '{self.slides}' (choose {', '.join(SLIDE_SETS)})")
        if self.size not in SLIDE_SIZES:
            raise ExportError(f"unknown slide size '{self.size}' (choose {', '.join(SLIDE_SIZES)})")


@dataclass
class PptxResult:
    slides: int
    missing: set[str] = field(default_factory=set)  # text stays text: the viewer's fonts draw it


def export_pptx(journey: Journey, path: str, options: PptxOptions | None = None) -> PptxResult:
    """Write ``journey`` as a ``.pptx`` to ``path`` (atomically)."""
    data, result = render_pptx(journey, options or PptxOptions())
    write_atomic(path, data)
    return result


def render_pptx(journey: Journey, options: PptxOptions) -> tuple[bytes, PptxResult]:
    options.check()
    deck = _Deck(journey, options)
    deck.build()
    out = io.BytesIO()
    deck.prs.save(out)
    return out.getvalue(), PptxResult(len(deck.prs.slides))


def _emu(pt: float) -> Emu:
    return Emu(round(pt * EMU_PER_PT))


class _Deck:
    def __init__(self, journey: Journey, options: PptxOptions):
        self.journey = journey
        self.m = journey.map
        self.o = options
        self.words = WORDS[Language(self.m.language)]
        self.prs = Presentation()
        self.w, self.h = SLIDE_SIZES[options.size]
        self.prs.slide_width, self.prs.slide_height = _emu(self.w), _emu(self.h)
        self.blank = self.prs.slide_layouts[6]
        self.root = Place(0, 0, 1)  # slide furniture is placed in points

    def build(self) -> None:
        m = self.m
        props = self.prs.core_properties
        props.title = m.title
        props.subject = m.description[:250]
        props.author = self.o.author or default_author()
        props.last_modified_by = props.author
        props.created = props.modified = datetime.datetime.combine(self.o.date, datetime.time(12))
        props.comments = f"{APP_NAME} {__version__}"
        props.keywords = "customer journey map"
        props.language = str(m.language)
        for item, page in planned_slides(self.journey, self.o.slides, self.o.size):
            if item.kind == "title":
                self.title_slide()
            elif item.kind == "persona":
                self.persona_slide(item.stage_id)
            elif item.kind == "overview":
                self.overview_slide()
            elif item.kind == "votes":
                self.votes_slide()
            elif item.kind == "stage":
                self.stage_slide(item, page)

    # --- furniture ------------------------------------------------------------------------------
    def _slide(self):
        return self.prs.slides.add_slide(self.blank)

    def _text(self, slide, rect: Rect, text: str, size: float, style=FontStyle.REGULAR, color=INK,
              max_lines: int = 1, align=PP_ALIGN.LEFT, name: str | None = None):
        """A text box of ``rect`` (points) with ``text`` wrapped by the bundled font's metrics."""
        room = rect.w * 0.96  # a little slack: no renderer re-wraps a line the layout kept whole
        lines = clamp_lines(wrap(text, room, style, size), max_lines, room, style, size)
        box = slide.shapes.add_textbox(_emu(rect.x), _emu(rect.y), _emu(rect.w), _emu(rect.h))
        fill_text_frame(box.text_frame, lines, style, size, size * 1.25, color, self.root, align=align)
        if name:
            box.name = name
        return box

    def _heading(self, slide, title: str, subtitle: str = "") -> None:
        width = self.w - 2 * MARGIN
        title, subtitle = display_text(title, self.m), display_text(subtitle, self.m)
        self._text(slide, Rect(MARGIN, MARGIN - 6, width, 34), title, 24, FontStyle.BOLD, INK, name="Title")
        if subtitle:
            self._text(slide, Rect(MARGIN, MARGIN + 24, width, 18), subtitle, 12, FontStyle.REGULAR, MUTED,
                       name="Subtitle")

    # --- slides ---------------------------------------------------------------------------------
    def title_slide(self) -> None:
        slide = self._slide()
        m = self.m
        painter = SlidePainter(slide.shapes, self.root)
        painter.rect(Rect(0, 0, 18, self.h), STAGE_FILL, name="Band")
        x, width = 72.0, self.w - 72 - 56
        top = self.h * 0.28
        title = display_text(m.title, m) or self.words["untitled"]
        description = display_text(m.description, m)
        lines = clamp_lines(wrap(title, width, FontStyle.BOLD, 36), 3, width, FontStyle.BOLD, 36)
        self._text(slide, Rect(x, top, width, len(lines) * 45 + 8), title, 36, FontStyle.BOLD, INK, 3,
                   name="Title")
        y = top + len(lines) * 45 + 18
        if description:
            desc = clamp_lines(wrap(description, width, FontStyle.REGULAR, 18), 5, width, FontStyle.REGULAR, 18)
            self._text(slide, Rect(x, y, width, len(desc) * 22.5 + 6), description, 18, FontStyle.REGULAR,
                       MUTED, 5, name="Description")
            y += len(desc) * 22.5 + 20
        byline = " · ".join(p for p in (long_date(self.o.date, self.m.language), self.o.author or default_author())
                            if p)
        self._text(slide, Rect(x, max(y, self.h - 90), width, 22), byline, 14, FontStyle.REGULAR, MUTED,
                   name="Date and author")

    def persona_slide(self, persona_id: str | None = None) -> None:
        """One persona (``persona_id``, else the main one) on a slide of its own."""
        slide = self._slide()
        p = (self.m.find_persona(persona_id) if persona_id else None) or self.m.main_persona
        words = PERSONA_HEADINGS[Language(self.m.language)]
        photo = Rect(MARGIN + 8, MARGIN + 8, 150, 150)
        painter = SlidePainter(slide.shapes, self.root)
        asset = self.journey.assets.get(p.photo) if p.photo else None
        if not (asset and self._picture(slide, asset.raw_bytes(), photo)):
            painter.ellipse(EllipseShape(photo, fill="#e3e8ec")).name = "Photo"
            initials = "".join(part[0] for part in p.name.split()[:2]).upper() or "?"
            self._text(slide, Rect(photo.x, photo.y + 52, photo.w, 50), initials, 40, FontStyle.BOLD, MUTED,
                       align=PP_ALIGN.CENTER, name="Initials")
        x = photo.right + 28
        width = self.w - x - MARGIN
        shown = partial(display_text, m=self.m)  # French spaces, as the layout shows them
        self._text(slide, Rect(x, photo.y, width, 40), shown(p.name), 30, FontStyle.BOLD, INK, name="Name")
        details = [shown(p.role)] + ([words["age"].format(age=p.age)] if p.age is not None else [])
        about = " · ".join(d for d in details if d)
        y = photo.y + 44
        if about:
            self._text(slide, Rect(x, y, width, 24), about, 16, FontStyle.REGULAR, MUTED, name="Role")
            y += 30
        if p.quote:
            quote = shown(quoted(p.quote, self.m.language))
            lines = clamp_lines(wrap(quote, width, FontStyle.ITALIC, 18), 3, width, FontStyle.ITALIC, 18)
            self._text(slide, Rect(x, y, width, len(lines) * 22.5 + 6), quote, 18, FontStyle.ITALIC, INK, 3,
                       name="Quote")
        lists = [name for name in LISTS if getattr(p, name)]
        if not lists:
            return
        top = max(photo.bottom + 24, y + 80)
        gap = 14.0
        col_w = (self.w - 2 * MARGIN - gap * (len(lists) - 1)) / len(lists)
        height = self.h - MARGIN - top
        for i, name in enumerate(lists):
            box = Rect(MARGIN + i * (col_w + gap), top, col_w, height)
            self._persona_list(slide, box, words[name], [shown(item) for item in getattr(p, name)])

    def _persona_list(self, slide, box: Rect, heading: str, items: list[str]) -> None:
        painter = SlidePainter(slide.shapes, self.root)
        painter.rect(box, "#f4f6f8", "#d5dbe0", 1, radius=8, name=heading)
        self._text(slide, Rect(box.x + 12, box.y + 10, box.w - 24, 24), heading, 16, FontStyle.BOLD, INK,
                   name=f"{heading} heading")
        inner = box.w - 24 - 14
        room = box.h - 44 - 8
        size = 18.0
        while size > 10:  # the largest size at which every item fits (18 pt at most)
            lines = sum(len(wrap(item, inner, FontStyle.REGULAR, size)) for item in items)
            if lines * size * 1.25 + len(items) * size * 0.4 <= room:
                break
            size -= 0.5
        frame = slide.shapes.add_textbox(_emu(box.x + 12), _emu(box.y + 40), _emu(box.w - 24), _emu(room))
        frame.name = f"{heading} list"
        tf = frame.text_frame
        fill_text_frame(tf, [], FontStyle.REGULAR, size, size * 1.25, INK, self.root)
        for i, item in enumerate(items):
            paragraph = tf.paragraphs[0] if i == 0 else tf.add_paragraph()
            paragraph.line_spacing = Pt(size * 1.25)
            paragraph.space_after = Pt(size * 0.4)
            run = paragraph.add_run()
            run.text = "• " + item
            style_run(run, FontStyle.REGULAR, size, INK)

    def _picture(self, slide, data: bytes, rect: Rect) -> bool:
        """The persona photo in a circle, like the screen."""
        box = (_emu(rect.x), _emu(rect.y), _emu(rect.w), _emu(rect.h))
        return cover_picture(slide.shapes, data, box, oval=True, name="Persona photo") is not None

    def _image_bytes(self, asset_id: str) -> bytes | None:
        asset = self.journey.assets.get(asset_id)
        return asset.raw_bytes() if asset is not None else None

    def overview_slide(self) -> None:
        slide = self._slide()
        self._heading(slide, self.words["overview"], self.m.title)
        layout = overview_layout(self.journey)
        left, top, width, height = content_box(self.o.size)
        scale = min(width / layout.width, height / layout.height)
        place = Place(left + (width - layout.width * scale) / 2, top, scale)
        draw_map(slide.shapes, layout, place, METRICS, self._stage_names(), images=self._image_bytes,
                 card_texts=self._card_texts())
        if self.m.description:
            slide.notes_slide.notes_text_frame.text = display_text(self.m.description, self.m)

    def stage_slide(self, item: SlidePlan, page: StagePage) -> None:
        slide = self._slide()
        stage = self.m.find_stage(item.stage_id)
        title = item.title or "…"
        if item.parts > 1:
            title += " " + self.words["continued"].format(part=item.part, parts=item.parts)
        self._heading(slide, title, self.m.title)
        layout: MapLayout = page.layout
        left, top, width, height = content_box(self.o.size)
        for i, column in enumerate(page.columns):
            place = Place(left + i * (layout.width * page.scale + COLUMN_GAP), top, page.scale)
            draw_map(slide.shapes, layout, place, SLIDE_METRICS, self._stage_names(), set(column),
                     images=self._image_bytes, card_texts=self._card_texts())
        if not page.lane_ids:  # a stage with nothing in it: its header and a word, not empty lanes
            y = top + header_bottom(layout) * page.scale + 16
            self._text(slide, Rect(left, y, width, 24), self.words["empty"], 16, FontStyle.ITALIC, MUTED,
                       name="Empty stage")
        notes = [display_text(stage.description, self.m)] if stage.description else []
        if stage.moment_of_truth:
            notes.append(self.words["moment"])
        if page.left_out:
            titles = {lane.id: display_text(lane.title, self.m) for lane in self.m.lanes}
            notes.append(self.words["left_out"].format(lanes=", ".join(titles.get(i, i) for i in page.left_out)))
        if notes:
            slide.notes_slide.notes_text_frame.text = "\n\n".join(notes)

    def votes_slide(self) -> None:
        slide = self._slide()
        self._heading(slide, self.words["votes"], self.m.title)
        rows = ranking(self.m)
        shown = rows[:VOTE_ROWS]
        left, top, width, height = content_box(self.o.size)
        widths = [40.0, 70.0, width - 40 - 70 - width * 0.3, width * 0.3]
        row_h = min(34.0, (height - 30) / (len(shown) + 1))
        size = 14.0
        table = slide.shapes.add_table(len(shown) + 1, 4, _emu(left), _emu(top), _emu(width),
                                       _emu(row_h * (len(shown) + 1))).table
        for col, w in enumerate(widths):
            table.columns[col].width = _emu(w)
        heads = (self.words["rank"], self.words["votes_col"], self.words["card"], self.words["where"])
        rank = 0
        last = None
        for r, row in enumerate([None] + shown):
            table.rows[r].height = _emu(row_h)
            if row is not None and row.votes != last:
                rank, last = r, row.votes
            values = heads if row is None else (str(rank), str(row.votes),
                                                display_text(row.text.replace("\n", " "), self.m),
                                                display_text(f"{row.stage} · {row.lane}", self.m))
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                style = FontStyle.BOLD if row is None or c == 1 else FontStyle.REGULAR
                inner = widths[c] - 14
                text = clamp_lines(wrap(value, inner, style, size), 1, inner, style, size)
                cell.margin_left = cell.margin_right = _emu(7)
                cell.margin_top = cell.margin_bottom = _emu(4)
                fill_text_frame(cell.text_frame, text, style, size, size * 1.25,
                                "#ffffff" if row is None else INK, self.root)
                cell.fill.solid()
                cell.fill.fore_color.rgb = rgb(STAGE_FILL if row is None else ("#fff8db" if r % 2 else "#ffffff"))
        if len(rows) > VOTE_ROWS:
            self._text(slide, Rect(left, top + row_h * (len(shown) + 1) + 8, width, 20),
                       self.words["more_one"] if len(rows) == VOTE_ROWS + 1 else
                       self.words["more"].format(n=len(rows) - VOTE_ROWS), 12, FontStyle.ITALIC, MUTED)

    def _card_texts(self) -> dict[str, str]:
        """Each card's own text, as the layout shows it (French spaces that do not break)."""
        return {card.id: display_text(card.text, self.m) for card in self.m.cards}

    def _stage_names(self) -> dict[str, str]:
        return {stage.id: stage.name for stage in self.m.stages}


__all__ = ["PptxOptions", "PptxResult", "export_pptx", "render_pptx", "SLIDE_SIZES", "SLIDE_SETS"]
