"""Breaking plain text into lines that fit a width, with the bundled font's metrics."""

from __future__ import annotations

import re
from functools import lru_cache

from .font_widths import font_widths
from .fonts import FontStyle, text_width

#: a word and the spaces after it; lines break only at ordinary spaces, never at the
#: no-break spaces of French typography (« devis », 20 €) or inside a word
_BREAKING = " \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
_WORD = re.compile(f"[^{_BREAKING}]+[{_BREAKING}]*")
#: the same, with the word without its spaces as group 1
_WORD_PARTS = re.compile(f"([^{_BREAKING}]+)[{_BREAKING}]*")
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
    table = font_widths(str(style))
    running = table.running_widths(paragraph) if table.exact else None
    if running is None:  # a character of another font (fallback): measure line by line
        return _wrap_measuring(paragraph, width, style, size)
    # The same greedy breaking as _wrap_measuring, with each candidate line measured as a
    # difference of running widths: exact (FontWidths.exact), so the same lines, bit for bit,
    # in time linear in the paragraph instead of measuring the growing line at every word.
    scale = 0.001 * size  # text_width is scale * (sum of the widths), as here
    lines: list[str] = []
    start = -1  # where the current line starts in the paragraph (-1: no current line)
    end = 0  # where its last word ends, without the spaces after it
    for match in _WORD_PARTS.finditer(paragraph):
        word_start, word_end = match.span(1)
        line_start = word_start if start < 0 else start
        if scale * (running[word_end] - running[line_start]) <= width:
            start, end = line_start, word_end
            continue
        if start >= 0:
            lines.append(paragraph[start:end])
        start, end = word_start, word_end
        if scale * (running[word_end] - running[word_start]) > width:
            pieces = _cut_word(match.group(0), width, style, size)
            lines.extend(pieces[:-1])
            start += sum(map(len, pieces[:-1]))
    lines.append(paragraph[start:end])
    return lines


def _wrap_measuring(paragraph: str, width: float, style: FontStyle, size: float) -> list[str]:
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
        if text_width(word.rstrip(_BREAKING), style, size) > width:
            pieces = _cut_word(word, width, style, size)
            lines.extend(pieces[:-1])
            word = pieces[-1]
        current = word
    if current.strip(_BREAKING) or not lines:
        lines.append(current.rstrip(_BREAKING))
    return lines


def _cut_word(word: str, width: float, style: FontStyle, size: float) -> list[str]:
    """A word wider than ``width`` cut between characters into pieces that fit (the last may
    be the rest, spaces included), in time linear in its length.

    Text without spaces (Chinese, Japanese, a long link) is one word: measuring every prefix
    would be quadratic. Widths add up (no kerning), so the characters are measured one by one
    and each piece is checked once as a whole.
    """
    core = word.rstrip(_BREAKING)
    pieces: list[str] = []
    start, used = 0, 0.0
    for index, char in enumerate(core):
        advance = text_width(char, style, size)
        if used + advance > width and index > start:
            piece = core[start:index]
            while len(piece) > 1 and text_width(piece, style, size) > width:  # rounding: rare
                piece = piece[:-1]
            pieces.append(piece)
            start += len(piece)
            used = text_width(core[start:index], style, size)
        used += advance
    return pieces + [word[start:]]


def clamp_lines(lines: tuple[str, ...], max_lines: int, width: float, style: FontStyle,
                size: float) -> tuple[str, ...]:
    """Keep at most ``max_lines``; the last kept line ends with an ellipsis when cut."""
    if len(lines) <= max_lines:
        return lines
    last = lines[max_lines - 1]
    while last and text_width(last + ELLIPSIS, style, size) > width:
        last = last[:-1]
    return lines[: max_lines - 1] + (last.rstrip() + ELLIPSIS,)
