"""The one-line message for a JSON syntax error, in words a person reads to the end.

Python's ``json`` module gives a short reason that leans on its own position suffix
("Unterminated string starting at", "Invalid control character at"); cut from that suffix it
stops mid-sentence. Its reasons are a small fixed set (``json/decoder.py`` and ``_json.c``):
each gets a whole sentence here, and :mod:`journey_studio.messages` puts them in French.

Two faults get a plainer message, for the files people actually open by mistake: a file that
stops in the middle (a copy cut short, a disk that filled up) and a file that is not JSON at
all (a text or an image renamed ``.journey``).
"""

from __future__ import annotations

import json

#: the start of each ``json`` reason -> its sentence (the pure-Python scanner adds the
#: offending character to two of them: "Invalid control character '\n' at", "Invalid \escape: 'x'")
REASONS: tuple[tuple[str, str], ...] = (
    ("Expecting value", "a value is expected here"),
    ("Extra data", "more text follows the end of the data"),
    ("Invalid control character", "a text holds a line break or a control character"),
    ("Unterminated string", "a text in quotes starts here and is never closed"),
    ("Invalid \\uXXXX escape", "a \\u escape needs four hexadecimal digits"),
    ("Invalid \\escape", "a backslash (\\) starts no valid escape"),
    ("Expecting property name enclosed in double quotes", "a field name in double quotes is expected"),
    ("Expecting ':' delimiter", "a colon (:) is expected"),
    ("Expecting ',' delimiter", "a comma (,) or a closing bracket is expected"),
    ("Illegal trailing comma", "a comma is not allowed before a closing bracket"),
)
ENDS_TOO_EARLY = "the file stops before its end"
NOT_JSON = "this is not a Journey Studio map (it does not start as JSON text)"


def reason(msg: str) -> str:
    """The sentence for one of ``json``'s reasons; an unknown one as it is."""
    for start, sentence in REASONS:
        if msg.startswith(start):
            return sentence
    return msg


def describe(exc: json.JSONDecodeError) -> str:
    """``not valid JSON at line L, column C: <a whole sentence>``.

    A file that ends where the parser still waited for more (after its last character, or
    inside a text that is never closed) is said to stop early, at its last line and column;
    a file whose very first character cannot start JSON is said not to be a map."""
    text = exc.doc
    end = len(text.rstrip())
    if exc.msg.startswith("Unterminated string") or exc.pos >= end:
        line = text.count("\n", 0, end) + 1
        column = end - text.rfind("\n", 0, end)
        return f"not valid JSON at line {line}, column {column}: {ENDS_TOO_EARLY}"
    sentence = reason(exc.msg)
    if exc.msg == "Expecting value" and exc.pos == len(text) - len(text.lstrip()):
        sentence = NOT_JSON
    return f"not valid JSON at line {exc.lineno}, column {exc.colno}: {sentence}"
