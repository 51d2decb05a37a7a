"""French typography for laying out what users type: the spaces around : ; ! ? « » do not break.

French sets a space before the high punctuation (: ; ! ?) and inside the quotation marks
« », and a line never starts with such a mark nor ends with «. Users type an ordinary space
there (a keyboard has no no-break space at hand), so on a French map the layout shows that
space as the no-break space the project's own French uses (see ``messages.NNBSP``/``NBSP``):
a narrow no-break space (U+202F) before ; ! ? » and after «, a no-break space (U+00A0) before
: (the Imprimerie nationale's rule). Only for display: the saved text never changes.

A missing space is not added: without a space there is no break point either ("avis:"
stays together), and adding characters would make the card show other text than the one
the user typed, edits, searches and copies (and misread "12:30", "http://", ":-)").
"""

from __future__ import annotations

import re

from .text import _BREAKING as _SPACE  # the spaces a line may break at (not the no-break ones)

NNBSP = "\u202f"  # espace fine insécable
NBSP = "\u00a0"  # espace insécable
_BEFORE = re.compile(f"(?<=[^{_SPACE}\n])[{_SPACE}]+(?=[:;!?»])")
_AFTER = re.compile(f"(?<=«)[{_SPACE}]+(?=[^{_SPACE}\n])")
_MARKS = frozenset(":;!?«»")


def _before(match: re.Match) -> str:
    """One no-break space for each space typed (the width the user saw while typing)."""
    return (NBSP if match.string[match.end()] == ":" else NNBSP) * len(match.group(0))


def _after(match: re.Match) -> str:
    return NNBSP * len(match.group(0))


def french_spacing(text: str) -> str:
    """``text`` with the ordinary spaces before : ; ! ? » and after « made no-break spaces
    (a space between two words, at a paragraph's start or end is left as it is)."""
    if _MARKS.isdisjoint(text):  # most texts: nothing to look at
        return text
    return _AFTER.sub(_after, _BEFORE.sub(_before, text))
