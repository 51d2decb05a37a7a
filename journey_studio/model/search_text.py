"""Text as every search box compares it: without case and without accents.

French users often type without accents ("recuperer", "sejour") or with capitals; the map's
text has them ("Récupérer", "Séjour"). Find, the filter of the template gallery, the card
filter's tags and owners and the list of keyboard shortcuts all compare ``fold``-ed text, so
one rule holds everywhere. Qt-free (the model uses it).
"""

from __future__ import annotations

import unicodedata

#: letters that decomposition leaves whole, spelled as a keyboard without them types them,
#: and the typographic apostrophes and quotes a text holds where a keyboard types "'"
_SPELLED = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
                          "ł": "l", "Ł": "l", "đ": "d", "Đ": "d",
                          "’": "'", "‘": "'", "ʼ": "'", "′": "'"})


def fold(text: str) -> str:
    """``text`` without case, accents or ligatures: "Cœur RÉCUPÉRÉ" -> "coeur recupere".

    NFKD splits accented letters (and turns no-break spaces into spaces, "𝐀" into "A"), case
    is folded ("ß" -> "ss", "İ" -> "i" and a dot), decomposed again, and the combining marks
    are dropped."""
    folded = unicodedata.normalize("NFKD", text.translate(_SPELLED)).casefold()
    decomposed = unicodedata.normalize("NFKD", folded.translate(_SPELLED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def holds(query: str, *texts: str) -> bool:
    """Whether the query, folded and trimmed, occurs in one of ``texts`` (an empty query: no)."""
    needle = fold(query).strip()
    return bool(needle) and any(needle in fold(text) for text in texts)


def holds_every_word(query: str, text: str) -> bool:
    """Whether each word of the query occurs in ``text``, in any order (an empty query: yes)."""
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())
