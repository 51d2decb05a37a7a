"""What an importer hands back: the map, and the warnings a person should read."""

from __future__ import annotations

from typing import NamedTuple

from ..model import Journey


class ImportResult(NamedTuple):
    """A map read from another format, and what was lost or changed on the way (one line each)."""

    journey: Journey
    warnings: list[str]


def fit(text: str, limit: int, what: str, warnings: list[str]) -> str:
    """``text`` cut to ``limit`` characters; a cut is reported once per ``what``."""
    if len(text) <= limit:
        return text
    note = f"{what} longer than {limit} characters were shortened"
    if note not in warnings:
        warnings.append(note)
    return text[:limit]


def listing(names: list[str], most: int = 8, *, quote: bool = True) -> str:
    """``'a', 'b', 'c' and 4 more``: a short list for a one-line warning."""
    shown = ", ".join(f"'{name}'" if quote else name for name in names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")
