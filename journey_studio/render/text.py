"""Breaking plain text into lines that fit a width, with the bundled font's metrics."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, mul

from .font_widths import font_widths
from .fonts import FontStyle, text_width

#: a word and the spaces after it; lines break only at ordinary spaces, never at the
#: no-break spaces of French typography (« devis », 20 €) or inside a word
_BREAKING = " \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000"
_WORD = re.compile(f"[^{_BREAKING}]+[{_BREAKING}]*")
_SPACES = re.compile(f"([{_BREAKING}]+)")
_OTHER_SPACES = re.compile(f"[{_BREAKING.replace(' ', '')}]")
ELLIPSIS = "…"
#: an over-long word is not cut just before these, nor just after the next ones
_NO_CUT_BEFORE = frozenset(":;!?»\u00a0\u202f")
_NO_CUT_AFTER = frozenset("«\u00a0\u202f")


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


@lru_cache(maxsize=4096)
def wrap_narrowed(text: str, width: float, firsts: tuple[float, ...], style: FontStyle,
                  size: float) -> tuple[str, ...]:
    """:func:`wrap`, the first lines no wider than ``firsts`` (room beside them for badges).

    The same lines as ``wrap`` while they already fit; else the first line that does not is
    broken at its width and the rest wrapped again from there: a line is laid out as ``wrap``
    would lay out the text that is left, so the same words in the same order."""
    lines = wrap(text, width, style, size)
    if not firsts or not lines:
        return lines
    if text_width(lines[0], style, size) <= firsts[0]:
        if len(firsts) == 1 or len(lines) == 1:
            return lines
        first = lines[0]
    else:
        first = None
    paragraph, newline, after = text.replace("\r\n", "\n").replace("\r", "\n").partition("\n")
    paragraph = paragraph.rstrip(_BREAKING)
    if first is None:
        first = _wrap_paragraph(paragraph, firsts[0], style, size)[0]
    # a line is a slice of its paragraph from a word's start: the first one starts at the first word
    rest = paragraph[paragraph.find(first) + len(first):].lstrip(_BREAKING)
    rest = rest + newline + after if rest else after
    return (first,) + wrap_narrowed(rest, width, firsts[1:], style, size) if rest else (first,)


class _PartWidths(dict):
    """The widths of words and runs of spaces in one bundled font, in 1/1000 em, measured once
    (a map's words repeat); a KeyError for a part with a character the font lacks."""

    def __init__(self, style: FontStyle):
        super().__init__()
        self.table = font_widths(str(style))

    def __missing__(self, part: str) -> float:
        if len(self) >= PART_WIDTHS_MAX:
            self.clear()
        width = self[part] = sum(map(self.table.widths.__getitem__, map(ord, part)))
        return width


#: words remembered per font style (a few MB at most)
PART_WIDTHS_MAX = 50_000
_PART_WIDTHS = {style: _PartWidths(style) for style in FontStyle}


def _words(paragraph: str, widths: _PartWidths) -> tuple[list[int], list[int], list[float], list[float]]:
    """Where each word of ``paragraph`` (rstripped) starts and ends (without the spaces after it),
    and the width of the paragraph up to its start and up to its end (in 1/1000 em, exact).
    A KeyError when the bundled font lacks a character."""
    if "  " not in paragraph and paragraph[0] != " " and not _OTHER_SPACES.search(paragraph):
        words = paragraph.split(" ")  # the usual text: words and single spaces, cut at C speed
        lengths = list(map(len, words))
        sizes = list(map(widths.__getitem__, words))
        index = range(len(words))  # a word's index is the number of spaces before it
        starts = list(map(add, accumulate(lengths[:-1], initial=0), index))
        begin = list(map(add, accumulate(sizes[:-1], initial=0), map(mul, index, repeat(widths[" "]))))
        return starts, list(map(add, starts, lengths)), begin, list(map(add, begin, sizes))
    parts = _SPACES.split(paragraph)  # word, spaces, word, ..., word
    sums = list(accumulate(map(widths.__getitem__, parts), initial=0))
    bounds = list(accumulate(map(len, parts), initial=0))
    skip = 0 if parts[0] else 2  # a paragraph that starts with spaces: no first word
    return bounds[skip:-1:2], bounds[skip + 1::2], sums[skip:-1:2], sums[skip + 1::2]


def _wrap_paragraph(paragraph: str, width: float, style: FontStyle, size: float) -> list[str]:
    if not paragraph:
        return [""]
    widths = _PART_WIDTHS[style]
    scale = 0.001 * size  # text_width is scale * (the sum of the widths), as here
    try:
        if not (widths.table.exact and scale > 0 and width == width):  # (not a NaN width)
            raise KeyError
        starts, ends, begin, reach = _words(paragraph, widths)
    except KeyError:  # a character of another font (fallback): measure line by line
        return _wrap_measuring(paragraph, width, style, size)
    # The same greedy breaking as _wrap_measuring, with a candidate line measured as a
    # difference of sums of widths (exact, see FontWidths.exact): the same lines, bit for bit.
    # The words that fit on a line are found by bisection, not by measuring the growing line
    # at every word: the work is per line, plus a look-up per word.
    count = len(ends)
    lines: list[str] = []
    first, last = 0, -1  # the next word to place; the last word on the line (-1: none yet)
    at, base = starts[0], begin[0]  # where the line starts, and the width of the paragraph before
    limit = width / scale  # nearly the widest line, in the units of the sums
    while first < count:
        fits = bisect_right(reach, base + limit, first, count) - 1
        # exactly as text_width would measure: rounding may move the last word by one
        if fits + 1 < count and scale * (reach[fits + 1] - base) <= width:
            fits += 1
        elif fits >= first and scale * (reach[fits] - base) > width:
            fits -= 1
        if fits + 1 < count and scale * (reach[fits + 1] - base) <= width or \
                fits >= first and scale * (reach[fits] - base) > width:  # never seen: bisect exactly
            fits = bisect_right(reach, width, first, count, key=lambda r: scale * (r - base)) - 1
        if fits >= first:  # words first..fits join the line
            last, first = fits, fits + 1
            if first < count:
                lines.append(paragraph[at:ends[last]])
                at, base, last = starts[first], begin[first], -1
        elif last >= 0:  # the next word starts a new line
            lines.append(paragraph[at:ends[last]])
            at, base, last = starts[first], begin[first], -1
        else:  # a word wider than the line: cut between characters
            pieces = _cut_word(paragraph[starts[first]:ends[first]], width, style, size)
            lines.extend(pieces[:-1])
            at = starts[first] + sum(map(len, pieces[:-1]))
            base = begin[first] + widths[paragraph[starts[first]:at]]
            last, first = first, first + 1
    lines.append(paragraph[at:ends[last]])
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
    be the rest, spaces included), in time linear in its length. A cut never leaves a no-break
    space or a « at a line's end, nor a no-break space or : ; ! ? » at a line's start, unless
    the piece has nowhere else to be cut.

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
            cut = index
            while cut > start + 1 and (core[cut] in _NO_CUT_BEFORE or core[cut - 1] in _NO_CUT_AFTER):
                cut -= 1  # keep "mot\u00a0:", "«\u202fmot" together
            if cut == start + 1 and (core[cut] in _NO_CUT_BEFORE or core[cut - 1] in _NO_CUT_AFTER):
                cut = index  # nowhere better in this piece
            piece = core[start:cut]
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
