"""The text of a Mermaid ``journey`` diagram as Mermaid prepares and cuts it into tokens.

This mirrors upstream Mermaid (see ../shared/MERMAID-JOURNEY.md, sections 1 and 2): the
preprocessing (line endings, front matter, directives, whole-line ``%%`` comments), the
case-sensitive detection of ``journey``, the protection of entity codes such as ``#35;``,
and the jison lexer of ``journey.jison``, whose rules are tried in order and where the
first rule that matches wins. Every character keeps the line it came from in the original
text, so an error names the line a person sees in their file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import repeat
from dataclasses import dataclass

#: JavaScript's ``\s``: what Mermaid's regular expressions call white space.
JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_WS = f"[{JS_SPACE}]"
_JS_DOT = "[^\n\r\u2028\u2029]"
_FLAGS = re.IGNORECASE | re.ASCII  # JavaScript's /i folds ASCII letters only

#: Stand-ins for the ``#`` and ``;`` of an entity code while the lexer runs (Mermaid uses
#: ``ﬂ°°``, ``ﬂ°`` and ``¶ß``); one character each, so positions do not move.
NUMBER_MARK, NAME_MARK, END_MARK = "\ue000", "\ue001", "\ue002"

MAX_CHARS = 2_000_000
#: The characters of ``JS_SPACE`` one by one, for ``str.strip``.
JS_SPACE_CHARS = "\t\n\v\f\r \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u2028\u2029\u202f\u205f\u3000\ufeff"
_LINE_END = "\n\r\u2028\u2029"  # what JavaScript's '.' does not match

# Every pattern here runs in time linear in the text: a hostile file must not make the
# regular-expression engine backtrack (a pattern is tried at every position of a long run).


def js_strip(text: str) -> str:
    """JavaScript's ``String.prototype.trim``."""
    return text.strip(JS_SPACE_CHARS)


def decode_entities(text: str) -> str:
    """Turn protected entity codes back into characters: ``#35;`` -> ``#``, ``#amp;`` -> ``&``.

    Mermaid hands them to the browser as ``&#35;`` and ``&amp;``; an unknown name such as
    ``#foo;`` stays visible as ``&foo;``, as it does in Mermaid.
    """
    if NUMBER_MARK not in text and NAME_MARK not in text:
        return text
    return _MARKED.sub(lambda match: _entity(match.group()), text)


_MARKED = re.compile(f"[{NUMBER_MARK}{NAME_MARK}][^{NUMBER_MARK}{NAME_MARK}{END_MARK}]*{END_MARK}")


@lru_cache(maxsize=4096)
def _entity(marked: str) -> str:
    return html.unescape(("&#" if marked[0] == NUMBER_MARK else "&") + marked[1:-1] + ";")


class Source:
    """Text being prepared, with the original line of every character."""

    def __init__(self, text: str, first_line: int = 1):
        # Mermaid's first step, done here at C speed: every line ending becomes '\n'
        # (a lone carriage return counts as a line of its own, as editors show it).
        self.text = text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.lines: list[int] = []
        line = first_line
        for part in text.split("\n"):
            self.lines.extend(repeat(line, len(part) + 1))
            line += 1
        del self.lines[len(text):]
        #: The last line that holds text (a final newline does not start a line).
        self.last_line = line - 2 if text.endswith("\n") else line - 1

    def sub(self, pattern: str, replace: Callable[[re.Match[str]], str], flags: int = 0, count: int = 0,
            endpos: int | None = None) -> None:
        """Replace each match; the new characters take the line of the match's first one."""
        found = re.compile(pattern, flags).finditer(self.text, 0, len(self.text) if endpos is None else endpos)
        spans = []
        for n, match in enumerate(found):
            if count and n >= count:
                break
            spans.append((match.start(), match.end(), replace(match)))
        self.replace_spans(spans)

    def replace_spans(self, spans: list[tuple[int, int, str]]) -> None:
        """Replace ``text[start:end]`` by ``new`` for each (start, end, new), in order, not overlapping."""
        if not spans:
            return
        parts: list[str] = []
        lines: list[int] = []
        last = 0
        for start, end, new in spans:
            parts.append(self.text[last:start])
            lines.extend(self.lines[last:start])
            parts.append(new)
            origin = self.lines[start] if start < len(self.lines) else self.last_line
            lines.extend([origin] * len(new))
            last = end
        parts.append(self.text[last:])
        lines.extend(self.lines[last:])
        self.text, self.lines = "".join(parts), lines

    def line_at(self, index: int) -> int:
        if index < len(self.lines):
            return self.lines[index]
        return self.last_line


_FRONT_MATTER = re.compile(f"^-{{3}}{_WS}*[\n\r](.*?)[\n\r]-{{3}}{_WS}*[\n\r]+", re.DOTALL)
_DIRECTIVE = (r"%%\{" f"{_WS}*" r"(?:([A-Za-z0-9_]+)" f"{_WS}*:|([A-Za-z0-9_]+)){_WS}*"
              r"(?:([A-Za-z0-9_]+)|((?:(?!\}%%)" f"{_JS_DOT}|\n)*))?{_WS}*" r"(?:\}%%)?")


_TAG = re.compile(r"<[A-Za-z0-9_]+[^>]*>")


def _front_matter_title(block: str) -> str | None:
    """The top-level ``title:`` of a YAML front matter block (the only key the map uses)."""
    for raw in block.split("\n"):
        match = re.match(r"title\s*+:(.*)", raw)
        if not match:
            continue
        value = match.group(1).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            return value[1:-1].replace("''", "'") if value[0] == "'" else value[1:-1]
        comment = re.search(r"\s#", value)  # YAML: ' #' starts a comment
        return (value[:comment.start()].rstrip() if comment else value) or None
    return None


def _skip_space(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that is not JavaScript white space."""
    end = len(text)
    while pos < end and text[pos] in JS_SPACE_CHARS:
        pos += 1
    return pos


def _comment_lines(text: str) -> list[tuple[int, int, str]]:
    """Spans of ``^\\s*%%(?!\\{)[^\\n]+\\n?`` (multi-line): whole-line comments, found in linear time.

    White space may run over several lines before the ``%%``; every line start inside such
    a run reaches the same ``%%``, so each run is scanned once.
    """
    spans = []
    pos, end = 0, len(text)
    while pos < end:
        first = _skip_space(text, pos)
        newline = text.find("\n", first)
        line_end = end if newline < 0 else newline
        if text.startswith("%%", first) and first + 2 < line_end and text[first + 2] != "{":
            stop = line_end + 1 if newline >= 0 else end
            spans.append((pos, stop, ""))
            pos = stop
        elif newline < 0:
            break
        else:
            pos = newline + 1
    return spans


def _starts_journey(text: str) -> bool:
    """``re.match("\\s*journey", re.sub("\\s*%%.*\\n", "\\n", text))`` in linear time: Mermaid's detection.

    Comment lines (``%%`` up to a line feed, with no other line terminator on the way) and
    white space are skipped; the diagram is a journey if what follows is the word.
    """
    pos = 0
    while True:
        pos = _skip_space(text, pos)
        if text.startswith("journey", pos):
            return True
        if not text.startswith("%%", pos):
            return False
        newline = text.find("\n", pos)
        if newline < 0 or any(c in text[pos:newline] for c in "\r\u2028\u2029"):
            return False
        pos = newline + 1


def prepare(source: Source) -> tuple[str | None, bool]:
    """Mermaid's ``preprocessDiagram`` then ``detectType``, applied to ``source`` in place.

    Returns the front-matter title (or None) and whether the text is a ``journey``.
    """
    # (line endings were made '\n' by Source) Attribute quotes: the same length, so the lines
    # stay. Only up to the last '>': past it no tag can close, and '[^>]*' would scan to the
    # end from every '<' (quadratic on '<a<a<a...').
    end = source.text.rfind(">") + 1
    if '="' in source.text[:end]:
        source.text = _TAG.sub(lambda m: m.group().replace('="', "='"), source.text[:end]) + source.text[end:]
    title = None
    match = _FRONT_MATTER.match(source.text)
    if match:
        title = _front_matter_title(match.group(1))
        source.sub(_FRONT_MATTER.pattern, lambda m: "", re.DOTALL, count=1)
    source.sub(_DIRECTIVE, lambda m: "", re.IGNORECASE)
    source.replace_spans(_comment_lines(source.text))
    first = _skip_space(source.text, 0)
    if first:
        source.replace_spans([(0, first, "")])
    detected = re.sub(_DIRECTIVE, "", _FRONT_MATTER.sub("", source.text, count=1), flags=re.IGNORECASE)
    return title, _starts_journey(detected)


def _style_semicolons(text: str, keyword: str) -> list[tuple[int, int, str]]:
    """Mermaid drops the last ';' of ``/style.*:\\S*#.*;/g`` matches; here in linear time.

    A match never crosses a line terminator; it starts at the line's first ``keyword`` and,
    when some ':' after it is followed by non-space characters up to a '#' with a ';'
    later on the line, it ends at the line's last ';', which is removed.
    """
    spans = []
    for line in re.finditer(f"[^{_LINE_END}]+", text):
        start, end = line.start(), line.end()
        at = text.find(keyword, start, end)
        if at < 0:
            continue
        last_semicolon = text.rfind(";", at, end)
        if last_semicolon < 0:
            continue
        colon_open = False
        for pos in range(at + len(keyword), last_semicolon):
            char = text[pos]
            if char == "#" and colon_open:
                spans.append((last_semicolon, last_semicolon + 1, ""))
                break
            if char == ":":
                colon_open = True
            elif char in JS_SPACE_CHARS:
                colon_open = False
    return spans


def protect_entities(source: Source) -> None:
    """Mermaid's ``encodeEntities``, then the final newline ``Diagram.fromText`` adds."""
    for keyword in ("style", "classDef"):
        source.replace_spans(_style_semicolons(source.text, keyword))

    # '#35;' -> three marks around '35': the same length, so the lines stay. Numbers first:
    # a match never holds '#', so two passes give what one pass would.
    text = re.sub(r"#([0-9]+);", f"{NUMBER_MARK}\\1{END_MARK}", source.text)
    source.text = re.sub(r"#([A-Za-z0-9_]+);", f"{NAME_MARK}\\1{END_MARK}", text)
    source.replace_spans([(len(source.text), len(source.text), "\n")])


@dataclass(frozen=True)
class Token:
    kind: str  # journey, NEWLINE, title, acc_title, acc_title_value, ..., taskName, taskData, ':', INVALID, EOF, $end
    text: str
    start: int
    end: int
    after_comment: bool = False  # a '#' comment was skipped just before this token


_INITIAL: list[tuple[str | None, str, str | None]] = [
    # (token kind or None to skip, pattern, state to enter)
    (None, r"%%(?!\{)[^\n]*", None),
    (None, r"[^}]%%[^\n]*", None),
    ("NEWLINE", r"\n+", None),
    (None, f"{_WS}+", None),
    ("#", r"#[^\n]*", None),
    ("journey", r"journey(?![A-Za-z0-9_])", None),
    ("title", f"title{_WS}[^#\n;]+", None),
    ("acc_title", f"accTitle{_WS}*:{_WS}*", "acc_title"),
    ("acc_descr", f"accDescr{_WS}*:{_WS}*", "acc_descr"),
    (None, f"accDescr{_WS}*\\{{{_WS}*", "acc_descr_multiline"),
    ("section", f"section{_WS}[^#:\n;]+", None),
    ("taskName", r"[^#:\n;]+", None),
    ("taskData", r":[^#\n;]+", None),
    (":", r":", None),
    ("INVALID", _JS_DOT, None),
]
_RULES = {
    "INITIAL": [(kind, re.compile(pattern, _FLAGS), state) for kind, pattern, state in _INITIAL],
    "acc_title": [("acc_title_value", re.compile(r"[^\n]*"), "INITIAL")],
    "acc_descr": [("acc_descr_value", re.compile(r"[^\n]*"), "INITIAL")],
    "acc_descr_multiline": [(None, re.compile(r"\}"), "INITIAL"),
                            ("acc_descr_multiline_value", re.compile(r"[^}]*"), None)],
}


def tokens(text: str) -> Iterator[Token]:
    """The tokens of prepared text, ending with ``EOF`` (or ``$end`` inside an open block)."""
    pos, state, after_comment = 0, "INITIAL", False
    while True:
        if pos >= len(text) and state == "INITIAL":
            yield Token("EOF", "", pos, pos, after_comment)
            return
        if pos >= len(text) and state == "acc_descr_multiline":
            yield Token("$end", "", pos, pos, after_comment)
            return
        for kind, pattern, new_state in _RULES[state]:
            match = pattern.match(text, pos)
            if match:
                break
        else:  # nothing matches: only a stray line terminator can get here
            yield Token("INVALID", text[pos], pos, pos + 1, after_comment)
            return
        pos = match.end()
        if new_state:
            state = new_state
        if kind == "#":
            after_comment = True
        elif kind is not None:
            yield Token(kind, match.group(), match.start(), match.end(), after_comment)
            after_comment = False
