"""Breaking plain text into lines that fit a width, with the bundled font's metrics."""

from __future__ import annotations

import re
from functools import lru_cache

from .fonts import FontStyle, text_width

#: a word and the spaces after it; lines break only at ordinary spaces, never at the
#: no-break spaces of French typography (« devis », 20 €) or inside a word
_BREAKING = " \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
_WORD = re.compile(f"[^{_BREAKING}]+[{_BREAKING}]*")
ELLIPSIS = "…"


@lru_cache(maxsize=16384)
def wrap(text: str, width: float, style: FontStyle, size: float) -> tuple[str, ...]:
    """Greedy word wrap; words longer than the width are cut between characters.

    Explicit line breaks are kept; an empty text gives no lines.
    """
    lines: list[str] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        lines.extend(_wrap_paragraph(paragraph.rstrip(_BREAKING), width, style, size))
    while lines and not lines[-1]:
        lines.pop()
    return tuple(lines)


def _wrap_paragraph(paragraph: str, width: float, style: FontStyle, size: float) -> list[str]:
    if not paragraph:
        return [""]
    lines: list[str] = []
    current = ""
    for match in _WORD.finditer(paragraph):
        word = match.group(0)
        candidate = current + word
        if text_width(candidate.rstrip(_BREAKING), style, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current.rstrip(_BREAKING))
            current = ""
        while text_width(word.rstrip(_BREAKING), style, size) > width:
            head = _longest_prefix(word, width, style, size)
            lines.append(head)
            word = word[len(head):]
        current = word
    if current.strip(_BREAKING) or not lines:
        lines.append(current.rstrip(_BREAKING))
    return lines


def _longest_prefix(word: str, width: float, style: FontStyle, size: float) -> str:
    lo, hi = 1, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_width(word[:mid], style, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return word[:lo]


def clamp_lines(lines: tuple[str, ...], max_lines: int, width: float, style: FontStyle,
                size: float) -> tuple[str, ...]:
    """Keep at most ``max_lines``; the last kept line ends with an ellipsis when cut."""
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    while last and text_width(last + ELLIPSIS, style, size) > width:
        last = last[:-1]
    return lines[: max_lines - 1] + (last.rstrip() + ELLIPSIS,)
