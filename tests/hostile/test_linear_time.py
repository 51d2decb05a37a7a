"""Every importer takes time proportional to its input on repetitive text.

Hypothesis picks a short pattern from the characters and words each grammar cares about; the
importer reads it repeated to about 8 KB and to about 64 KB (8 times more). Linear code takes
about 8 times longer; a pattern the code backtracks on takes 64 times longer or worse. The
test compares the two times (a ratio, never an absolute time) and allows for a noisy machine:
the best of two runs, and a large margin. A tail after the repetition matters: a run of
spaces is slow to match only when something else follows it.
"""

from __future__ import annotations

import io
import time
import zipfile
import zlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journey_studio.fileformat import JourneyFileError, loads
from journey_studio.fileformat.csv_io import journey_from_csv_text
from journey_studio.fileformat.mermaid_import import journey_from_mermaid_text
from journey_studio.fileformat.ojf_import import journey_from_ojf_text
from journey_studio.fileformat.png_reader import _itxt_value
from journey_studio.fileformat.xlsx_io import journey_from_xlsx_bytes

SMALL, FACTOR = 8 * 1024, 8
RATIO_MAX = FACTOR * 3  # linear is ~8; quadratic would be ~64
FAST_ENOUGH_S = 0.02  # below this for the large input, noise is all there is to measure

MERMAID_WORDS = ["journey\n", "title ", "section ", "accTitle: ", "accDescr {", "style", "classDef", ":", "#",
                 ";", "<", "a", ">", "=\"", " ", "\n", "\r", "\u2028", "%%", "{", "}", "`", "~", "---\n", "1",
                 "0x", ".", "e", "<br", "/", "\ue000", "\ue002", "&", "35;", "\t", "mermaid", "```"]
CSV_WORDS = [",", ";", "\t", '"', "\n", "\r", "'", "=", "+", "-", "@", "x", " ", "\0", "1", "é"]
JSON_WORDS = ["[", "]", "{", "}", ",", '"', ":", "0", "1e5", "a", "\\", "\\u0041", "\\ud800", " ", "\n", "true",
              "null", '"stages"', '"nodes"', "-"]
XML_WORDS = ["<c/>", "<c>", "</c>", "<v>1</v>", "<row>", "</row>", '<row r="9">', '<c t="s">', "<is><t>a</t></is>",
             "<f>", "x", " ", "&amp;", "<!-- -->"]


def pattern(words: list[str]):
    return st.lists(st.sampled_from(words), min_size=1, max_size=4).map("".join)


def best_time(read, data) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        try:
            read(data)
        except JourneyFileError:
            pass
        best = min(best, time.process_time() - start)
    return best


def assert_linear(make, read) -> None:
    """``make(size)`` builds an input of about ``size`` bytes; ``read`` imports it."""
    small, large = make(SMALL), make(SMALL * FACTOR)
    t_small, t_large = best_time(read, small), best_time(read, large)
    assert t_large < FAST_ENOUGH_S or t_large / max(t_small, 0.002) < RATIO_MAX, \
        f"{len(large)} bytes took {t_large:.3f} s, {len(small)} bytes {t_small:.3f} s"


def repeat_to(text: str, size: int) -> str:
    return text * max(1, size // max(1, len(text.encode("utf-8"))))


LINEAR = settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@LINEAR
@given(head=st.sampled_from(["", "journey\n", "journey\n title ", "journey\n t: 5", "```mermaid\njourney\n"]),
       unit=pattern(MERMAID_WORDS), tail=st.sampled_from(["", "x\n", "%%x\n", ">", ": 1\n"]))
def test_mermaid_and_markdown_import_in_linear_time(head, unit, tail):
    assert_linear(lambda size: head + repeat_to(unit, size) + tail, journey_from_mermaid_text)


@LINEAR
@given(head=st.sampled_from(["", "Stages,A\nLane,", "S;A\n"]), unit=pattern(CSV_WORDS),
       tail=st.sampled_from(["", "x", '"\n']))
def test_csv_import_in_linear_time(head, unit, tail):
    assert_linear(lambda size: head + repeat_to(unit, size) + tail, journey_from_csv_text)


@LINEAR
@given(head=st.sampled_from(["", '{"stages": [], "swimlanes": [], "nodes": [', '{"format": "']),
       unit=pattern(JSON_WORDS))
def test_ojf_and_journey_import_in_linear_time(head, unit):
    assert_linear(lambda size: head + repeat_to(unit, size), journey_from_ojf_text)
    assert_linear(lambda size: (head + repeat_to(unit, size)).encode("utf-8"), loads)


def _workbook(sheet_data: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                         'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                         '<sheets><sheet name="J" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
                         'org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                         '</Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", '<worksheet xmlns="http://schemas.openxmlformats.org/'
                         f'spreadsheetml/2006/main"><sheetData>{sheet_data}</sheetData></worksheet>')
    return out.getvalue()


@LINEAR
@given(unit=pattern(XML_WORDS))
def test_xlsx_import_in_linear_time(unit):
    assert_linear(lambda size: _workbook(repeat_to(unit, size)), journey_from_xlsx_bytes)


@LINEAR
@given(unit=pattern(JSON_WORDS))
def test_png_embedded_map_in_linear_time(unit):
    def make(size: int) -> bytes:
        return b"journey-studio\0\1\0\0\0" + zlib.compress(repeat_to(unit, size).encode("utf-8"))

    def read(chunk: bytes):
        return loads(_itxt_value(chunk))

    assert_linear(make, read)
