"""The grammar of Mermaid ``journey`` diagrams and the data Mermaid keeps from them.

Follows ``journey.jison`` and ``journeyDb.js`` (../shared/MERMAID-JOURNEY.md, sections 3 to 6):
no structure is enforced, the last ``title`` wins, a task is a name followed by ``:`` data,
the score is JavaScript's ``Number()`` of the text before the second ``:`` and the actors are
the text after it split on ``,``. A rejected text raises :class:`JourneyFileError` with
``where="line N"``, the line Mermaid's parse error would point at.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..model import limits
from .errors import JourneyFileError
from .mermaid_lexer import (JS_SPACE, MAX_CHARS, Source, Token, decode_entities, js_strip, prepare,
                            protect_entities, tokens)

#: Refused as soon as the parser meets one too many: a map cannot hold more.
MAX_TASKS = limits.STEPS_MAX
MAX_SECTIONS = limits.STAGES_MAX
_BREAK = re.compile(r"<\s*+/?\s*+br\s*+/?\s*+>", re.IGNORECASE)  # possessive: no backtracking


def readable(raw: str) -> str:
    """Text as Mermaid shows it: ``<br>`` variants become new lines, entity codes characters."""
    return decode_entities(_BREAK.sub("\n", raw))


def js_number(text: str) -> float:
    """JavaScript's ``Number(text)``: NaN for anything that is not a number literal."""
    s = js_strip(text)
    if not s:
        return 0.0
    for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
        if s[:2].lower() == prefix:
            try:
                return float(int(s[2:], base)) if re.fullmatch(r"[0-9a-fA-F]+", s[2:]) else math.nan
            except ValueError:
                return math.nan
            except OverflowError:
                return math.inf
    if re.fullmatch(r"[+-]?Infinity", s):
        return -math.inf if s.startswith("-") else math.inf
    if re.fullmatch(r"[+-]?(?:\d++(?:\.\d*+)?|\.\d++)(?:[eE][+-]?\d++)?", s):
        return float(s)
    return math.nan


@dataclass
class MermaidTask:
    name: str
    score: float  # may be NaN or infinite, exactly as Mermaid computes it
    score_text: str
    people: list[str]
    section: int | None  # index into MermaidJourney.sections; None before any section
    line: int


@dataclass
class MermaidJourney:
    title: str = ""
    acc_title: str = ""
    acc_descr: str = ""
    sections: list[str] = field(default_factory=list)
    tasks: list[MermaidTask] = field(default_factory=list)


def _task(name: str, data: str, section: int | None, line: int) -> MermaidTask:
    pieces = data[1:].split(":")
    people = [readable(js_strip(p)) for p in pieces[1].split(",")] if len(pieces) > 1 else []
    return MermaidTask(name=readable(name), score=js_number(pieces[0]), score_text=readable(pieces[0]),
                       people=people, section=section, line=line)


def shown(raw: str, most: int = 50) -> str:
    """Text from the diagram as one short line, for a message."""
    text = " ".join(readable(raw).split())
    return text if len(text) <= most else text[:most - 3] + "..."


def _reason(token: Token, previous: Token | None) -> str:
    """Why ``token`` cannot come here, in words (Mermaid says: Expecting ..., got ...)."""
    if previous is not None and previous.kind == "taskName":
        name = shown(previous.text)
        if token.kind == ":":
            return f"the task '{name}' has nothing after ':' (a task needs a score)"
        if token.after_comment:
            return f"'#' starts a comment, so the task '{name}' has no ': <score>'"
        if token.kind == "INVALID":
            return "';' is not allowed in a journey (Mermaid does not separate statements with ';')"
        if token.kind == "journey":
            return f"'{shown(token.text)}' cannot follow the task name '{name}'"
        return f"'{name}' is not a statement: a task needs ':' and a score after its name"
    if token.kind == "taskData":
        if previous is not None and previous.kind == "section":
            return "a section name cannot contain ':' (and a task name cannot begin with 'section')"
        return f"'{shown(token.text)}' has no task name before the ':'"
    if token.kind == ":":
        return "':' with no task name before it and nothing after it"
    if token.kind == "INVALID":
        return "';' is not allowed in a journey (Mermaid does not separate statements with ';')"
    if token.kind == "journey":
        return "'journey' can only start the diagram (a task name cannot begin with the word 'journey')"
    if token.kind == "$end":
        return "'accDescr {' is never closed with '}'"
    return f"unexpected '{shown(token.text) or token.kind}'"


def _line(source: Source, shifted: Token | None) -> int:
    """The line jison names: where the last accepted token ends (a newline counts as passed)."""
    if shifted is None or shifted.end == 0:
        return source.line_at(0)
    if source.text[shifted.end - 1] == "\n":
        return min(source.line_at(shifted.end), source.last_line)
    return source.line_at(shifted.end - 1)


def parse_mermaid_journey(text: str, *, first_line: int = 1) -> MermaidJourney:
    """Parse the text of a ``journey`` diagram, or raise :class:`JourneyFileError`."""
    if len(text) > MAX_CHARS:
        raise JourneyFileError(f"the diagram is longer than {MAX_CHARS // 1_000_000} million characters")
    source = Source(text, first_line)
    front_title, is_journey = prepare(source)
    if not is_journey:
        raise JourneyFileError("not a Mermaid journey diagram: it must begin with the keyword 'journey' "
                               "(in lower case)")
    protect_entities(source)
    diagram = MermaidJourney(title=front_title or "")
    stream = tokens(source.text)
    shifted: Token | None = None

    def fail(token: Token) -> None:
        reason = _reason(token, shifted) if shifted else "the diagram must begin with 'journey'"
        raise JourneyFileError(reason, where=f"line {_line(source, shifted)}")

    first = next(stream)
    if first.kind != "journey":
        fail(first)
    shifted = first
    for token in stream:
        kind = token.kind
        if kind == "EOF":
            return diagram
        if kind == "taskName":
            shifted = token
            data = next(stream)
            if data.kind != "taskData":
                fail(data)
            section = len(diagram.sections) - 1 if diagram.sections else None
            if len(diagram.tasks) >= MAX_TASKS:
                raise JourneyFileError(f"the diagram has more than {MAX_TASKS:,} tasks; a map holds up to "
                                       f"{MAX_TASKS:,} steps", where=f"line {source.line_at(token.start)}")
            diagram.tasks.append(_task(token.text, data.text, section, source.line_at(token.start)))
            shifted = data
            continue
        if kind in {"acc_title", "acc_descr"}:
            shifted = token
            token = next(stream)
        if kind == "title":
            diagram.title = readable(token.text[6:])
        elif kind == "section":
            if len(diagram.sections) >= MAX_SECTIONS:
                raise JourneyFileError(f"the diagram has more than {MAX_SECTIONS:,} sections; a map holds up to "
                                       f"{MAX_SECTIONS:,} stages", where=f"line {source.line_at(token.start)}")
            diagram.sections.append(readable(token.text[8:]))
        elif kind == "acc_title":
            diagram.acc_title = readable(re.sub(f"^[{JS_SPACE}]+", "", js_strip(token.text)))
        elif kind in {"acc_descr", "acc_descr_multiline_value"}:
            diagram.acc_descr = readable(re.sub(f"\n[{JS_SPACE}]+", "\n", js_strip(token.text)))
        elif kind != "NEWLINE":
            fail(token)
        shifted = token
    return diagram
