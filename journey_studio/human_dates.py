"""Dates and times as people write them, in English or French, without Qt.

The exports (PDF footer, title slide) run without Qt, and the map's language is not always
the interface's: these take the language as an argument. French writes the first of the
month « 1er » and the time « 11 h 16 » (no seconds: nobody reads them in a date).
"""

from __future__ import annotations

import datetime

NBSP = "\u00a0"  # keeps "11 h 16" and "1er décembre" on one line

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
}
WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}


def _language(language: str) -> str:
    return "fr" if str(language).lower().startswith("fr") else "en"


def long_date(day: datetime.date, language: str) -> str:
    """"1 December 2026"; French « 1er décembre 2026 »."""
    lang = _language(language)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{number}{NBSP}{MONTHS[lang][day.month - 1]} {day.year}"


def clock(moment: datetime.time | datetime.datetime, language: str) -> str:
    """"11:16"; French « 11 h 16 »."""
    if _language(language) == "fr":
        return f"{moment.hour}{NBSP}h{NBSP}{moment.minute:02d}"
    return f"{moment.hour}:{moment.minute:02d}"


def day_and_time(moment: datetime.datetime, language: str) -> str:
    """"Tuesday 1 December 2026 at 11:16"; French « mardi 1er décembre 2026 à 11 h 16 »
    (``moment`` as it is: convert it to local time first when it is in UTC)."""
    lang = _language(language)
    at = "à" if lang == "fr" else "at"
    return f"{WEEKDAYS[lang][moment.weekday()]} {long_date(moment.date(), lang)} {at} {clock(moment, lang)}"
