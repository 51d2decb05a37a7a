"""How the answers of one step become one number (docs/FORMAT.md, "Living maps").

- mean: the average answer (CES is the mean effort score);
- sum: the total (volumes); count: the number of rows;
- NPS: % of promoters (9 or 10) minus % of detractors (0 to 6), on 0-10 answers: -100..100;
- CSAT: % of answers that are 4 or 5, on 1-5 answers.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from ..model import Aggregate
from .errors import DataSourceError


class Tally:
    """Everything needed to compute any aggregate of a stream of answers, in O(1) memory."""

    __slots__ = ("count", "total", "promoters", "detractors", "satisfied")

    def __init__(self) -> None:
        self.count = 0
        self.total = 0.0
        self.promoters = 0
        self.detractors = 0
        self.satisfied = 0

    def add(self, value: float) -> None:
        self.count += 1
        self.total += value
        if value >= 9:
            self.promoters += 1
        elif value <= 6:
            self.detractors += 1
        if value >= 4:
            self.satisfied += 1

    def mean(self) -> float | None:
        return self.total / self.count if self.count else None

    def value(self, aggregate: Aggregate) -> float | None:
        if not self.count:
            return None
        if aggregate == Aggregate.SUM:
            return self.total
        if aggregate == Aggregate.COUNT:
            return float(self.count)
        if aggregate == Aggregate.NPS:
            return 100.0 * (self.promoters - self.detractors) / self.count
        if aggregate == Aggregate.CSAT:
            return 100.0 * self.satisfied / self.count
        return self.total / self.count


#: The usual aggregate, unit and answer range of well-known metric names.
KNOWN_METRICS: dict[str, tuple[Aggregate, str, float | None, float | None]] = {
    "nps": (Aggregate.NPS, "", 0, 10),
    "csat": (Aggregate.CSAT, "%", 1, 5),
    "ces": (Aggregate.MEAN, "", 1, 7),
    "volume": (Aggregate.SUM, "", None, None),
    "delay": (Aggregate.MEAN, "", None, None),
}

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_SPACE_GROUPS = re.compile(r"^[+-]?\d{1,3}( \d{3})+([.,]\d+)?$")  # 1 234, 1 234,5, 1 234.5
_COMMA_GROUPS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")  # 1,234,567, 1,234.5
_DOT_GROUPS = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+,\d+$")  # 1.234,5
_DECIMAL_COMMA = re.compile(r"^[+-]?(\d*),(\d+)$")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})

DECIMAL, THOUSANDS = "decimal", "thousands"


class Ambiguous(float):
    """"1,234": a comma followed by exactly three digits, with no other mark: 1.234 with a
    decimal comma, 1234 with a thousands separator. The float is the decimal reading;
    ``grouped`` the thousands one. The column's other values decide (:class:`NumberColumn`)."""

    grouped: float


def number(value: object, commas: str | None = None) -> float | None:
    """A cell as a number: 4, 4.5, "4,5" (French decimal comma), " 4 ", "1 234", "1,234.5",
    "80 %"; None when empty. Text that is not a number raises ValueError.

    "1,234" is ambiguous: with ``commas`` DECIMAL it is 1.234, with THOUSANDS 1234, and
    without it an :class:`Ambiguous` is returned (never silently one reading)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        result = float(value)
    elif isinstance(value, str) and "_" not in value and (result := _plain_float(value)) is not None:
        pass  # the common case, "4" or "4.5": no regular expression
    else:
        result, _kind = _text_number(str(value), commas)
        if result is None:
            return None
    if not math.isfinite(result):
        raise ValueError(value)
    return result


def comma_use(value: object) -> str | None:
    """What a cell tells of the column's commas: DECIMAL ("4,5", "1.234,5", "1 234,5"),
    THOUSANDS ("1,234.5", "1,234,567"), or None (no comma, or "1,234", ambiguous)."""
    if not isinstance(value, str) or "," not in value:
        return None
    try:
        return _text_number(value, None)[1]
    except ValueError:
        return None


def _text_number(raw: str, commas: str | None) -> tuple[float | None, str | None]:
    text = raw.translate(_SPACES).strip()
    if not text:
        return None, None
    if text.endswith("%"):
        text = text[:-1].rstrip()
    if "_" in text:
        raise ValueError(raw)
    kind = None
    if " " in text:
        if not _SPACE_GROUPS.match(text):
            raise ValueError(raw)
        text = text.replace(" ", "")
        if "," in text:
            kind = DECIMAL
        text = text.replace(",", ".")
    elif "," in text and "." in text:
        if _COMMA_GROUPS.match(text):
            text, kind = text.replace(",", ""), THOUSANDS
        elif _DOT_GROUPS.match(text):
            text, kind = text.replace(".", "").replace(",", "."), DECIMAL
        else:
            raise ValueError(raw)
    elif text.count(",") > 1:
        if not _COMMA_GROUPS.match(text):
            raise ValueError(raw)
        text, kind = text.replace(",", ""), THOUSANDS
    elif "," in text:
        match = _DECIMAL_COMMA.match(text)
        if not match:
            raise ValueError(raw)
        whole, decimals = match.groups()
        if len(decimals) != 3 or not 1 <= len(whole) <= 3 or whole.startswith("0"):
            text, kind = text.replace(",", "."), DECIMAL
        elif commas == THOUSANDS:
            text = text.replace(",", "")
        elif commas == DECIMAL:
            text = text.replace(",", ".")
        else:
            result = Ambiguous(float(text.replace(",", ".")))
            result.grouped = float(text.replace(",", ""))
            return result, None
    if not _NUMBER.match(text):
        raise ValueError(raw)
    return float(text), kind


class CommaConflict(ValueError):
    """A column writes commas both ways ("4,5" and "1,234.5")."""


class NumberColumn:
    """Reads one column's numbers and learns from them what its commas mean."""

    def __init__(self) -> None:
        self.commas: str | None = None
        self.first: str = ""  # the value that decided

    def read(self, value: object) -> float | None:
        result = number(value, self.commas)
        if isinstance(value, str) and "," in value:
            use = comma_use(value)
            if use is not None and self.commas is None:
                self.commas, self.first = use, value.strip()
            elif use is not None and use != self.commas:
                raise CommaConflict(value)
        return result


def _plain_float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


_DAY_FIRST = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def period(value: object) -> str | None:
    """The month a date falls in, as "2026-03": ISO dates, 14/03/2026 (day first, as in
    French and British files), and real dates from spreadsheets and databases."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return f"{value.year:04d}-{value.month:02d}"
    text = str(value).strip()
    match = _ISO.match(text)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{int(match.group(1)):04d}-{int(match.group(2)):02d}"
    match = _DAY_FIRST.match(text)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{int(match.group(3)):04d}-{int(match.group(2)):02d}"
    raise DataSourceError(f"'{text[:40]}' is not a date (write 2026-03-14 or 14/03/2026)")


def rescale(value: float, low: float, high: float, to_low: float, to_high: float) -> float:
    """``value`` on ``low..high`` put on ``to_low..to_high``, kept inside it, to 0.1."""
    if high == low:
        return (to_low + to_high) / 2
    share = min(1.0, max(0.0, (value - low) / (high - low)))
    return round(to_low + share * (to_high - to_low), 1)
