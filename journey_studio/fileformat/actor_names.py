"""The names in a card of the Actors lane, both ways: the card text as a list of people.

A card names its actors separated by commas or line breaks (``Dad, Child``). A name that
holds a comma or a line break, or begins with a double quote, is written in double quotes,
as in a CSV line, with a quote inside doubled: ``Dad, "Smith, John"``. That is how a Mermaid
actor such as ``Smith#44; John`` reaches the map and goes back to Mermaid as one actor.

Reading is forgiving: a quote that does not open a well-formed quoted name (no closing quote,
or text after it before the next comma) is read as a plain character. Each character is
looked at a bounded number of times, whatever the text.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r'[ \t]*"((?:[^"]|"")*+)"[ \t]*(?=[,\n]|\Z)')
_PLAIN = re.compile(r"[^,\n]*")


def split_actor_names(text: str) -> list[str]:
    """The names of a card's text, trimmed, empty ones left out."""
    names: list[str] = []
    i, end = 0, len(text)
    while i <= end:
        quoted = _QUOTED.match(text, i)
        if quoted:
            names.append(quoted.group(1).replace('""', '"').strip())
        else:
            quoted = _PLAIN.match(text, i)
            names.append(quoted.group().strip())
        i = quoted.end() + 1  # past the comma or line break
    return [name for name in names if name]


def _written(name: str) -> str:
    if "," in name or "\n" in name or name.startswith('"'):
        return '"' + name.replace('"', '""') + '"'
    return name


def join_actor_names(names: list[str]) -> str:
    """A card text :func:`split_actor_names` reads back as ``names`` (trimmed, empty ones left out)."""
    return ", ".join(_written(name.strip()) for name in names if name.strip())
