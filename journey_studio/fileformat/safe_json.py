"""JSON parsing that refuses what the standard parser would let through or choke on.

Refused with a clear message: NaN and infinity literals, integers of absurd length
(a 5,000-digit number), duplicate keys in one object, nesting deeper than a map needs.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

from . import json_faults
from .errors import JourneyFileError

MAX_DEPTH = 64
#: Objects, lists and values outside strings (the huge map of the benchmarks, 12,000 cards,
#: has 165,000): each costs Python about a hundred bytes, so a file of a million tiny
#: values would take gigabytes.
MAX_VALUES = 1_000_000
MAX_INT_DIGITS = 30


class _Refused(ValueError):
    pass


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _Refused(f"a number with {len(text.lstrip('-'))} digits")
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > 100:
        raise _Refused(f"a number {len(text)} characters long")
    value = float(text)
    if not math.isfinite(value):
        raise _Refused(f"the number {text} is too large")
    return value


def _parse_constant(name: str) -> Any:
    raise _Refused(f"{name} is not allowed (numbers must be finite)")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # a key twice: name the first one repeated
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Refused(f"the key '{key}' appears twice in one object")
            seen.add(key)
    return result


_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_DEPTH_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
#: str.translate table that drops every character but brackets
_KEEP_BRACKETS = {**{code: None for code in range(128)}, **{ord(b): b for b in "[]{}"}}


def _outside_strings(text: str) -> str:
    """``text`` without its strings (quotes included), in linear time at C speed.

    In JSON a backslash escapes the character after it, left to right: once the escaped
    backslashes and then the escaped quotes are taken out, every quote left opens or closes a
    string. (A text that is not valid JSON may be cut differently; the parser refuses it anyway,
    at the first fault, where the two readings still agree.)
    """
    if '"' not in text:
        return text
    if "\\" in text:
        text = text.replace("\\\\", "").replace('\\"', "")
    return "".join(text.split('"')[::2])


def _nesting_depth(outside_strings: str) -> int:
    """The deepest bracket nesting (no recursion, at C speed)."""
    brackets = outside_strings.translate(_KEEP_BRACKETS)
    if not brackets.isascii():  # characters above ASCII outside strings (not JSON): dropped too
        brackets = _NOT_BRACKET.sub("", brackets)
    return max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)


def parse(text: str) -> Any:
    """Parse JSON text or raise :class:`JourneyFileError` with line and column."""
    outside_strings = _outside_strings(text)
    values = outside_strings.count(",") + outside_strings.count("[") + outside_strings.count("{")
    if values > MAX_VALUES:
        raise JourneyFileError(f"the JSON holds more than {MAX_VALUES:,} values; a map holds far fewer")
    if _nesting_depth(outside_strings) > MAX_DEPTH:
        raise JourneyFileError(f"JSON nested more than {MAX_DEPTH} levels deep")
    try:
        data = json.loads(
            text,
            parse_int=_parse_int,
            parse_float=_parse_float,
            parse_constant=_parse_constant,
            object_pairs_hook=_no_duplicates,
        )
    except json.JSONDecodeError as exc:
        raise JourneyFileError(json_faults.describe(exc)) from None
    except _Refused as exc:
        raise JourneyFileError(f"not valid here: {exc}") from None
    except (RecursionError, ValueError) as exc:
        raise JourneyFileError(f"not valid JSON: {exc}") from None
    if _SURROGATE_ESCAPE.search(text) and _holds_lone_surrogate(data):
        raise JourneyFileError("not valid here: a text holds a lone \\uD800-\\uDFFF escape, "
                               "which is not a character")
    return data


#: ``\ud83d\ude00`` (a pair, fine) or ``\ud800`` alone (not a character, and not writable as UTF-8).
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _holds_lone_surrogate(data: Any) -> bool:
    """True when a key or string still holds a surrogate once pairs are joined (no recursion)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if _SURROGATE.search(value):
                return True
        elif isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return False
