"""Numbers as people write them, in English or French, without Qt.

English writes "1,200" and "2.5"; French « 1 200 » (a narrow no-break space, U+202F, between
the thousands, so a number never breaks over two lines) and « 2,5 ». Like ``human_dates``,
these take the language as an argument: the exports speak the map's language, the interface
and the command line their own. Every number a person reads in French text goes through here
(the metric cards, the Checks findings, the command line's messages).
"""

from __future__ import annotations

import re

NNBSP = "\u202f"  # espace fine insécable: the French thousands separator

#: a number as English code writes it: "3", "-2.5", "1,200", "+12", "1,234,567.25"
_ENGLISH = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _french(language: object) -> bool:
    return str(language).lower().startswith("fr")


def localized_number(text: str, language: object) -> str:
    """``text``, a number written the English way ("1,200.5"), as ``language`` writes it
    (« 1 200,5 » in French); any other text is returned as it is."""
    if not _french(language) or not _ENGLISH.fullmatch(text):
        return text
    return text.replace(",", NNBSP).replace(".", ",")


def number(value: float, language: object, decimals: int | None = None, sign: bool = False) -> str:
    """``value`` with thousands separated and ``decimals`` digits after the decimal mark
    (``None``: as few as the value needs, "2.5", "3"); ``sign``: "+" before a positive value.
    1200 → "1,200" / « 1 200 »; 2.5 → "2.5" / « 2,5 »."""
    plus = "+" if sign else ""
    if decimals is None:
        text = f"{value:{plus},.15g}" if abs(value) < 1e15 else f"{value:{plus},.0f}"
        if "e" in text:  # a tiny value: no exponent anyone would read
            text = f"{value:{plus},.6f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:{plus},.{decimals}f}"
    if text in ("-0", "+0") or re.fullmatch(r"[+-]0[.,]0+", text):
        text = text[1:]  # no "-0"
    return localized_number(text, language)


__all__ = ["NNBSP", "localized_number", "number"]
