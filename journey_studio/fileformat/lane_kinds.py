"""Guess what kind of lane a row is from its title, in English or French."""

from __future__ import annotations

import re
import unicodedata

from ..model import LaneKind
from ..vocabulary import LANE_TITLES

#: Tried in this order; the first stem found at the start of a word decides.
_STEMS: list[tuple[LaneKind, tuple[str, ...]]] = [
    (LaneKind.ACTIONS, ("activit", "action")),
    (LaneKind.EMOTIONS, ("emotion", "feeling", "ressenti")),
    (LaneKind.PAIN_POINTS, ("pain", "irritant", "douleur", "difficult")),
    (LaneKind.CHANNELS, ("channel", "canal", "canaux")),
    (LaneKind.TOUCHPOINTS, ("touchpoint", "touch point", "points de contact", "point de contact")),
    (LaneKind.OPPORTUNITIES, ("opportunit",)),
    (LaneKind.BACKSTAGE, ("backstage", "coulisse", "processus interne")),
]

#: Spreadsheets also name the lanes Journey Studio itself writes.
_MORE_STEMS: list[tuple[LaneKind, tuple[str, ...]]] = [
    (LaneKind.THOUGHTS, ("thought", "pensee", "question")),
    (LaneKind.METRICS, ("metric", "kpi", "indicateur")),
]


def plain(text: str) -> str:
    """Lower case without accents: ``Émotions`` -> ``emotions``."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def guess_lane_kind(title: str, *, own_titles: bool = False) -> LaneKind:
    """The kind a lane titled ``title`` most likely is; ``text`` when nothing matches.

    With ``own_titles`` the titles Journey Studio gives its lanes (both languages) are
    recognised first, and thoughts and metrics are guessed too.
    """
    words = plain(title)
    if own_titles:
        for titles in LANE_TITLES.values():
            for kind, own in titles.items():
                if kind != LaneKind.TEXT and plain(own) == words:
                    return kind
    for kind, stems in _STEMS + (_MORE_STEMS if own_titles else []):
        if any(re.search(r"(?<![a-z0-9])" + re.escape(stem), words) for stem in stems):
            return kind
    return LaneKind.TEXT
