"""Cards on the clipboard: a JSON payload between Journey Studio windows, plain text for others.

No Qt here: the window puts :func:`cards_to_payload` under :data:`MIME_TYPE` and
:func:`cards_to_text` as text on a ``QMimeData``; on paste it gives the payload bytes to
:func:`payload_to_card_dicts` and the resulting dicts to ``Document.paste_cards`` (which gives
fresh ids and validates every field), or falls back to ``Document.paste_text``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .fileformat import JourneyFileError
from .fileformat.safe_json import parse
from .model import Card, limits

MIME_TYPE = "application/x-journey-studio-cards"
PAYLOAD_FORMAT = "journey-studio-cards"
PAYLOAD_VERSION = 1
#: A clipboard payload larger than this is refused before parsing.
PAYLOAD_BYTES_MAX = 64 * 1024 * 1024

#: Fields that tie a card to its old map; the paste target decides them.
_PLACE_FIELDS = ("id", "step", "lane")


def cards_to_payload(cards: Iterable[Card]) -> bytes:
    data = {"format": PAYLOAD_FORMAT, "version": PAYLOAD_VERSION,
            "cards": [card.model_dump(mode="json") for card in cards]}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def cards_to_text(cards: Iterable[Card]) -> str:
    """The texts of the cards, one per line (for other applications)."""
    return "\n".join(card.text for card in cards)


def payload_to_card_dicts(payload: bytes) -> list[dict[str, Any]]:
    """The cards of a payload as dicts without id, step and lane; ValueError if it is not one."""
    if len(payload) > PAYLOAD_BYTES_MAX:
        raise ValueError("the clipboard holds too much data to paste")
    try:
        data = parse(payload.decode("utf-8"))
    except (UnicodeDecodeError, JourneyFileError) as error:
        raise ValueError(f"the clipboard does not hold Journey Studio cards ({error})") from None
    if not isinstance(data, dict) or data.get("format") != PAYLOAD_FORMAT:
        raise ValueError("the clipboard does not hold Journey Studio cards")
    if not isinstance(data.get("version"), int) or data["version"] > PAYLOAD_VERSION:
        raise ValueError("the cards on the clipboard come from a newer Journey Studio")
    cards = data.get("cards")
    if not isinstance(cards, list) or not all(isinstance(card, dict) for card in cards):
        raise ValueError("the clipboard's cards are damaged")
    if len(cards) > limits.CARDS_MAX:
        raise ValueError(f"the clipboard holds more than {limits.CARDS_MAX} cards")
    return [{k: v for k, v in card.items() if k not in _PLACE_FIELDS} for card in cards]
