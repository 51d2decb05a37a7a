"""The participant API's two writes, checked before they reach the map (Qt-free).

``parse_new_card`` and ``parse_vote`` turn a request body into a typed request or raise
``ApiError`` with a one-line reason; what depends on the map (does the stage exist, is the lane
open) is checked by the session when it applies the request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

#: a request body larger than this is refused whole
BODY_MAX = 16 * 1024
#: the longest sticky note a participant can send
TEXT_MAX = 500
NICKNAME_MAX = 40
PARTICIPANT_MAX = 64
ID_MAX = 200


class ApiError(Exception):
    """A refused request: ``status`` (400, 409...) and a one-line ``reason``."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class NewCard:
    stage: str
    lane: str
    text: str
    nickname: str


@dataclass(frozen=True)
class Vote:
    card: str
    delta: int
    participant: str


def _object(body: bytes) -> dict[str, Any]:
    if len(body) > BODY_MAX:
        raise ApiError(400, f"the request body is over {BODY_MAX // 1024} KB")
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "the request body is not valid JSON") from None
    if not isinstance(data, dict):
        raise ApiError(400, "the request body must be a JSON object")
    return data


def _string(data: dict[str, Any], key: str, most: int, *, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ApiError(400, f"'{key}' must be a string")
    value = value.strip()
    if required and not value:
        raise ApiError(400, f"'{key}' is missing or empty")
    if len(value) > most:
        raise ApiError(400, f"'{key}' is over {most} characters")
    if "\x00" in value:
        raise ApiError(400, f"'{key}' holds a NUL character")
    return value


def parse_new_card(body: bytes) -> NewCard:
    data = _object(body)
    text = _string(data, "text", TEXT_MAX)
    return NewCard(stage=_string(data, "stage", ID_MAX), lane=_string(data, "lane", ID_MAX),
                   text=text, nickname=" ".join(_string(data, "nickname", NICKNAME_MAX).split()))


def parse_vote(body: bytes) -> Vote:
    data = _object(body)
    delta = data.get("delta")
    if isinstance(delta, bool) or delta not in (1, -1):
        raise ApiError(400, "'delta' must be 1 or -1")
    return Vote(card=_string(data, "card", ID_MAX), delta=int(delta),
                participant=_string(data, "participant", PARTICIPANT_MAX))
