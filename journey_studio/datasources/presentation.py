"""How a measure reads: its value with unit, and its traffic light (word and shape, never
colour alone). Shared by the canvas, the exports and the command line."""

from __future__ import annotations

from enum import StrEnum

from ..human_numbers import number
from ..model import Aggregate, Language, MetricRule


class Status(StrEnum):
    GOOD = "good"
    WATCH = "watch"
    BAD = "bad"


#: What each status says in each language, and the shape drawn with it.
STATUS_WORDS = {
    Language.EN: {Status.GOOD: "good", Status.WATCH: "watch", Status.BAD: "alert"},
    Language.FR: {Status.GOOD: "bon", Status.WATCH: "à surveiller", Status.BAD: "alerte"},
}
STATUS_SHAPES = {Status.GOOD: "circle", Status.WATCH: "triangle", Status.BAD: "square"}


def status(value: float, rule: MetricRule | None) -> Status | None:
    if rule is None or rule.good is None or rule.bad is None or rule.good == rule.bad:
        return None
    higher_is_better = rule.good > rule.bad
    if (value >= rule.good) if higher_is_better else (value <= rule.good):
        return Status.GOOD
    if (value <= rule.bad) if higher_is_better else (value >= rule.bad):
        return Status.BAD
    return Status.WATCH


def format_value(value: float, rule: MetricRule | None, language: Language | str = Language.EN) -> str:
    """71 → "71%" (English) or "71 %" (French, no-break space); NPS with its sign; 52.9 →
    "52.9%" or « 52,9 % »; 1200 → "1,200" or « 1 200 » (see ``human_numbers``)."""
    french = str(language) == Language.FR
    if rule is not None and rule.aggregate == Aggregate.NPS:
        text = number(value, language, 0, sign=True) if round(value) else "0"
    elif abs(value) >= 100 or float(value).is_integer():
        text = number(value, language, 0)
    else:
        text = number(value, language, 1)
    unit = rule.unit if rule is not None else ""
    if not unit:
        return text
    if unit == "%" and not french:
        return text + unit
    return f"{text}\u00a0{unit}"
