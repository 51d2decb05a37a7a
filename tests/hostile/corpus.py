"""The hostile-input corpus: files a stranger could send, built at test time (none is committed).

Each :class:`Case` names its file, builds its bytes, and says what must happen: ``OK`` (it
opens, or converts) or a regular expression the one-line refusal must match. Most are
about 1 MB of one short pattern repeated, the shape that makes a parser backtrack or a
reader allocate per item; the rest are bombs (small files that unpack to gigabytes) and
malformed structures. ``tests/hostile/test_corpus.py`` runs them under time and memory caps.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from support import EXAMPLES

OK = None
MB = 1024 * 1024
EXAMPLE = EXAMPLES[0].read_bytes()


@dataclass(frozen=True)
class Case:
    name: str
    file: str  # the file name; its suffix chooses the importer
    build: Callable[[], bytes]
    expect: str | None  # OK, or a regular expression the refusal matches
    out: str | None = None  # convert to this file name (its suffix chooses the writer or exporter)


def repeated(head: str, pattern: str, tail: str = "", size: int = MB) -> Callable[[], bytes]:
    """``head`` + ``pattern`` repeated to about ``size`` bytes + ``tail``, UTF-8."""
    return lambda: (head + pattern * max(1, size // max(1, len(pattern.encode("utf-8")))) + tail).encode("utf-8")


# --- Mermaid (.mmd) and Markdown (.md) -------------------------------------------------------
MERMAID = [
    Case("style colons", "a.mmd", repeated("journey\n", "style:"), OK),
    Case("style colons and hashes", "a.mmd", repeated("journey\n", "style:#"), r"has nothing after ':'"),
    Case("open tags", "a.mmd", repeated("", "<a"), r"not a Mermaid journey"),
    Case("open tags in a journey", "a.mmd", repeated("journey\n title ", "<a"), OK),
    Case("task then spaces", "a.mmd", repeated("journey\n  task: 5", " ", "x\n"), OK),
    Case("spaces before %%", "a.mmd", repeated("", " ", "%%x"), r"not a Mermaid journey"),
    Case("blank lines then a comment", "a.mmd", repeated("", " \n", "%%c\njourney\n t: 1\n"), OK),
    Case("percent signs", "a.mmd", repeated("journey\n", "%"), OK),
    Case("comment markers", "a.mmd", repeated("", "%%"), r"not a Mermaid journey"),
    Case("directive openers", "a.mmd", repeated("", "%%{a "), r"not a Mermaid journey"),
    Case("tasks past the limit", "a.mmd", repeated("journey\n", "t: 5\n"), r"more than 1,000 tasks"),
    Case("sections past the limit", "a.mmd", repeated("journey\n", "section s\n"), r"more than 500 sections"),
    Case("digits of a score", "a.mmd", repeated("journey\n t: ", "1", "x\n"), OK),
    Case("hex digits of a score", "a.mmd", repeated("journey\n t: 0x", "f", "\n"), OK),
    Case("break tag with spaces", "a.mmd", repeated("journey\n title <", " ", "x\n"), OK),
    Case("entity marks", "a.mmd", repeated("journey\n title ", "\ue000"), OK),
    Case("entity codes", "a.mmd", repeated("journey\n title ", "#35;"), OK),
    Case("hashes", "a.mmd", repeated("journey\n", "#"), OK),
    Case("semicolons", "a.mmd", repeated("journey\n", ";"), r"';' is not allowed"),
    Case("colons", "a.mmd", repeated("journey\n", ":"), r"no task name"),
    Case("front matter", "a.mmd", repeated("---\ntitle: ", "a ", "\n---\njourney\n"), OK),
    Case("front matter never closed", "a.mmd", repeated("---\n", "---   \n"), r"not a Mermaid journey"),
    Case("accDescr never closed", "a.mmd", repeated("journey\naccDescr {", "x"), r"never closed"),
    Case("line separators", "a.mmd", repeated("journey\n t: 5", "\u2028"), OK),
    Case("carriage returns", "a.mmd", repeated("journey\n", "\r"), OK),
    Case("over two million characters", "a.mmd", repeated("journey\n title ", "x", size=2 * MB + 10),
         r"longer than 2 million characters"),
    Case("over the file cap", "a.mmd", repeated("journey\n", "x", size=6 * MB), r"files up to 5 MB"),
    Case("not UTF-8", "a.mmd", lambda: b"journey\n" + b"\xff" * MB, r"not UTF-8"),
    Case("fence openers", "a.md", repeated("", "```mermaid\n"), r"no ```mermaid block"),
    Case("fences with spaces", "a.md", repeated("```mermaid", " "), r"no ```mermaid block"),
    Case("a journey after many fences", "a.md", repeated("", "~~~\n", "```mermaid\njourney\n t: 1\n```\n"), OK),
    Case("long fence", "a.md", repeated("", "`", "mermaid\njourney\n t: 1\n"), OK),
]


# --- CSV -------------------------------------------------------------------------------------
CSV = [
    Case("formula cells", "a.csv", repeated("Stages,A\nLane,", "=1+1,", "x\n"), r"more than 1,000 columns"),
    Case("one formula cell", "a.csv", repeated("Stages,A\nLane,", "=1+1 "), r"more than 131,072 characters"),
    Case("unclosed quote", "a.csv", repeated('S,"', "x"), r"more than 131,072 characters"),
    Case("quotes", "a.csv", repeated("", '"'), r"more than 131,072 characters"),
    Case("NUL bytes", "a.csv", lambda: b"\0" * MB, r"more than 131,072 characters"),
    Case("NUL bytes in cells", "a.csv", repeated("S,A\nL,", "\0,"), r"more than 1,000 columns"),
    Case("commas", "a.csv", repeated("S", ","), r"empty|no stage columns"),
    Case("columns past the limit", "a.csv", repeated("S", ",x"), r"more than 1,000 columns"),
    Case("rows past the limit", "a.csv", repeated("S,A\n", "L,x\n"), r"more than 1000 rows"),
    Case("blank lines", "a.csv", repeated("", "\n"), r"empty"),
    Case("one huge cell", "a.csv", repeated("S,A\nL,", "x", size=120_000), r"more than 100000 characters"),
    Case("cards past the limit", "a.csv", lambda: ("S,x" + "," * 999 + "\n"
                                                   + ("L," + ",".join(['"a\n\nb\n\nc"'] * 1000) + "\n") * 40
                                                   ).encode(), r"more than 20000 cards"),
    Case("UTF-16 from Excel", "a.csv", lambda: "Stages\tA\tB\nSteps\tx\ty\nLane\tone\ttwo\n".encode("utf-16"), OK),
    Case("UTF-16 that is not", "a.csv", lambda: b"\xff\xfe" + b"\x00\xd8" * 10, r"UTF-16"),
    Case("semicolons only", "a.csv", repeated("", ";"), r"empty|no stage columns"),
]


# --- XLSX ------------------------------------------------------------------------------------
def _sheet(rows_xml: str) -> str:
    return ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{rows_xml}</sheetData></worksheet>")


_CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                  'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
                  '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
             '<sheet name="Journey" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                  '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_GOOD_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>Stages</t></is></c><c r="B1" t="inlineStr"><is><t>Visit'
              '</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Doing</t></is></c><c r="B2" '
              't="inlineStr"><is><t>Opens the site</t></is></c></row>')


def workbook(sheet_xml: str | bytes | None = None, *, method: int = zipfile.ZIP_DEFLATED,
             extra: dict[str, bytes] | None = None) -> Callable[[], bytes]:
    """A minimal workbook (one sheet) whose parts can be replaced or added."""
    def build() -> bytes:
        parts = {"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS, "xl/workbook.xml": _WORKBOOK,
                 "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
                 "xl/worksheets/sheet1.xml": _sheet(_GOOD_ROWS) if sheet_xml is None else sheet_xml}
        parts.update(extra or {})
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for name, body in parts.items():
                archive.writestr(name, body, compress_type=method, compresslevel=9 if method == 8 else None)
        return out.getvalue()
    return build


def _declared(size: int, body: bytes) -> Callable[[], bytes]:
    """A workbook with a part ``xl/sharedStrings.xml`` holding ``body`` whose zip headers say it
    is ``size`` bytes (the sizes patched after writing; the compressed data stays as it is)."""
    def build() -> bytes:
        data = bytearray(workbook(extra={"xl/sharedStrings.xml": body})())
        name = b"xl/sharedStrings.xml"
        for signature, name_at, size_at, header in ((b"PK\x03\x04", 26, 22, 30), (b"PK\x01\x02", 28, 24, 46)):
            at = data.find(signature)
            while at >= 0:
                name_len = struct.unpack_from("<H", data, at + name_at)[0]
                if data[at + header:at + header + name_len] == name:
                    struct.pack_into("<I", data, at + size_at, size)
                at = data.find(signature, at + 4)
        return bytes(data)
    return build


XLSX = [
    Case("a good workbook", "a.xlsx", workbook(), OK),
    Case("one row of five million empty cells", "a.xlsx",
         workbook(_sheet('<row r="1">' + "<c/>" * 5_000_000 + "</row>")), r"more than 200,000 cells"),
    Case("one value at the last row", "a.xlsx",
         workbook(_sheet(_GOOD_ROWS + '<row r="1048576"><c r="A1048576"><v>1</v></c></row>')),
         r"value at row 1,048,576"),
    Case("bzip2 part", "a.xlsx", workbook(method=zipfile.ZIP_BZIP2), r"compression Excel never writes"),
    Case("lzma part", "a.xlsx", workbook(method=zipfile.ZIP_LZMA), r"compression Excel never writes"),
    Case("declared size lies", "a.xlsx", _declared(262, b"<sst>" + b" " * (20 * MB) + b"</sst>"),
         r"damaged: Bad CRC"),
    Case("declared 70 MB", "a.xlsx", _declared(70 * MB, b"<sst/>"), r"unpacks to 70 MB"),
    Case("shared strings bomb", "a.xlsx",
         workbook(extra={"xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                         'main">' + "<si><t/></si>" * 400_000 + "</sst>"}), r"more than 300,000 elements"),
    Case("styles bomb", "a.xlsx",
         workbook(extra={"xl/styles.xml": "<styleSheet><cellXfs>" + "<xf/>" * 400_000 + "</cellXfs></styleSheet>"}),
         r"more than 300,000 elements"),
    Case("entity expansion", "a.xlsx",
         workbook(extra={"xl/styles.xml": '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
                         + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8))
                         + ']><l>&i;</l>'}), r"not a readable Excel workbook|elements"),
    Case("not a zip", "a.xlsx", repeated("PK", "\0"), r"not a zip archive"),
    Case("many parts", "a.xlsx", workbook(extra={f"p/{n}": b"" for n in range(6000)}), r"more than 5,000 parts"),
    Case("sheet is not XML", "a.xlsx", workbook(b"\0" * MB), r"not XML|not a readable"),
]


# --- JSON: .journey and OpenJourney (.ojf) ----------------------------------------------------
def _ojf(nodes: object) -> Callable[[], bytes]:
    return lambda: json.dumps({"stages": [{"id": "s", "name": "S"}], "swimlanes": [{"id": "l", "name": "L"}],
                               "nodes": nodes}).encode()


JSON = [
    Case("the example", "a.journey", lambda: EXAMPLE, OK),
    Case("a million zeros", "a.journey", repeated("[", "0,", "0]", size=3 * MB), r"more than 1,000,000 values"),
    Case("a million empty lists", "a.journey", repeated("[", "[],", "[]]", size=4 * MB),
         r"more than 1,000,000 values"),
    Case("half a million zeros", "a.journey", repeated("[", "0,", "0]"), r"JSON is not an object"),
    Case("nesting", "a.journey", repeated("", "["), r"values|nested"),
    Case("one long string", "a.journey", repeated('{"format": "', "a", '"}'), r"not a Journey Studio map|format"),
    Case("escapes", "a.journey", repeated('{"a": "', "\\u0041", '"}'), r"format|Journey Studio"),
    Case("backslashes", "a.journey", repeated('"', "\\"), r"not valid JSON"),
    Case("over the .journey file cap", "a.journey", repeated("", " ", size=65 * MB), r"files up to 64 MB"),
    Case("nodes is a number", "a.ojf", _ojf(5), OK),
    Case("nodes is true", "a.ojf", _ojf(True), OK),
    Case("nodes past the limit", "a.ojf", _ojf([{"stageId": "s", "swimlaneId": "l", "title": "x"}] * 25_000),
         r"more than 20000 nodes"),
    Case("stages past the limit", "a.ojf",
         lambda: json.dumps({"stages": [{"id": str(n)} for n in range(600)], "swimlanes": []}).encode(),
         r"600 stages"),
    Case("empty objects", "a.ojf", repeated('{"stages": [], "swimlanes": [], "nodes": [', "{},", "{}]}"), OK),
    Case("a million empty objects", "a.ojf",
         repeated('{"stages": [], "swimlanes": [], "nodes": [', "{},", "{}]}", size=4 * MB),
         r"more than 1,000,000 values"),
]


# --- PNG with an embedded map -----------------------------------------------------------------
def _chunk(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png(*chunks: bytes) -> Callable[[], bytes]:
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return lambda: (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + b"".join(chunks)
                    + _chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + _chunk(b"IEND", b""))


def _embedded(text: bytes, compressed: bool = True) -> bytes:
    body = zlib.compress(text, 1) if compressed else text
    return _chunk(b"iTXt", b"journey-studio\0" + (b"\1\0" if compressed else b"\0\0") + b"\0\0" + body)


PNG = [
    Case("the example embedded", "a.png", png(_embedded(EXAMPLE)), OK),
    Case("embedded map inflates past the cap", "a.png", lambda: png(_embedded(b" " * (65 * MB)))(),
         r"embedded map is larger than 64 MB"),
    Case("embedded zeros", "a.png", lambda: png(_embedded(b"[" + b"0," * (MB + MB // 10) + b"0]"))(),
         r"more than 1,000,000 values"),
    Case("many chunks", "a.png", lambda: png(*[_chunk(b"tEXt", b"a\0b")] * 120_000)(), r"too many chunks"),
    Case("chunk longer than the file", "a.png", lambda: png(struct.pack(">I", 2**31) + b"iTXt")(),
         r"truncated|too large"),
    Case("damaged deflate", "a.png", png(_chunk(b"iTXt", b"journey-studio\0\1\0\0\0" + b"\x78\x9c" + b"\xff" * 1000)),
         r"damaged"),
]


# --- exporters: hostile content written to every format ---------------------------------------
def _map_with(text: str, title: str = "Hostile") -> Callable[[], bytes]:
    def build() -> bytes:
        data = json.loads(EXAMPLE)
        data["map"]["title"] = title
        for card in data["map"]["cards"][:5]:
            card["text"] = text
        return json.dumps(data).encode()
    return build


_CJK = "顧客は商品を比較して問い合わせ窓口に電話する" * 180  # 4,000 characters without a space
_HOSTILE_TITLE = "=HYPERLINK(\"http://x\")\r```\n<img src=x>\u2028%%{init}%%\x00\x07\u202e"
EXPORTS = [
    Case(f"{what} to {suffix}", "in.journey", build, OK, out=f"out{suffix}")
    for what, build in (("five 4,000-character Japanese cards", _map_with(_CJK)),
                        ("a 10,000-character word", _map_with("w" * 10_000)),
                        ("formulas, fences, breaks and controls", _map_with(_HOSTILE_TITLE * 50, _HOSTILE_TITLE)))
    for suffix in (".pdf", ".png", ".csv", ".xlsx", ".mmd", ".md")
]

GROUPS: dict[str, list[Case]] = {"mermaid": MERMAID, "csv": CSV, "xlsx": XLSX, "json": JSON, "png": PNG,
                                 "exports": EXPORTS}
