"""The compact record of a file's recent versions, so two copies merge without their original.

Every save of a ``.journey`` file whose map differs from its last recorded version appends a
version to the envelope's ``versions`` list: an id and, per element (see :mod:`.parts`), a
short hash of each field that is not at its default. Two copies of a file that was sent out
share the ids of the versions saved before it left; the newest shared one is their common
original, and its hashes say, for each field of each element, whether each copy changed it.
That is all a three-way merge needs (see :class:`~.base_view.RecordBase`).

Encoding (docs/FORMAT.md, "Version record"): each version's ``elements`` is base64 of a run of
entries ``key hash (4 bytes) | field mask (2 bytes, big-endian) | 3-byte hash per set bit``.
The key hash is BLAKE2b-32 of the element key; bit ``i`` of the mask is set when field ``i``
of the kind's field list (then one last bit for all unknown fields together) differs from its
default, and its hash is BLAKE2b-24 of the value's compact JSON (sorted keys). Orders are
elements ``order/<name>`` with one field, the sequence of keys. The first version lists every
element; each later one lists only the entries that changed since the version before it, and a
removed element as its key hash with the mask ``0xFFFF``. At most :data:`KEEP` versions are
kept: the oldest ones are folded into one.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from typing import Any

from ..model import Journey, new_id
from ..model.journey import VersionRecord
from .parts import DEFAULTS, FIELDS, ORDERS, Element, split

KEEP = 40
REMOVED = 0xFFFF
#: An element's state in a version: its field mask and the hashes of the set fields.
Entry = tuple[int, bytes]
State = dict[bytes, Entry]


def key_hash(key: str) -> bytes:
    return hashlib.blake2b(key.encode("utf-8"), digest_size=4).digest()


def value_hash(value: Any) -> bytes:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=3).digest()


def field_slots(kind: str, fields: dict[str, Any]) -> list[Any]:
    """The values hashed for an element: its known fields in order, then its unknown fields."""
    known = FIELDS[kind]
    extras = {k: v for k, v in fields.items() if k not in known}
    return [fields.get(name, DEFAULTS[kind].get(name)) for name in known] + [extras]


def slot_defaults(kind: str) -> list[Any]:
    return [DEFAULTS[kind].get(name, _REQUIRED) for name in FIELDS[kind]] + [{}]


_REQUIRED = object()  # a required field is never at its default


def entry_of(kind: str, fields: dict[str, Any]) -> Entry:
    mask, hashes = 0, b""
    for i, (value, default) in enumerate(zip(field_slots(kind, fields), slot_defaults(kind))):
        if default is _REQUIRED or value != default:
            mask |= 1 << i
            hashes += value_hash(value)
    return mask, hashes


def state_of(journey: Journey) -> State:
    """The record of ``journey`` as it is now: an entry per element and per order."""
    parts = split(journey)
    state: State = {key_hash(k): entry_of(e.kind, e.fields) for k, e in parts.elements.items()}
    for name in ORDERS:
        state[key_hash(f"order/{name}")] = (1, value_hash(parts.orders[name]))
    return state


def encode(state: State, previous: State | None = None) -> str:
    """The entries of ``state`` that differ from ``previous`` (all of them when None)."""
    previous = previous or {}
    out = bytearray()
    for key in sorted(state):
        mask, hashes = state[key]
        if previous.get(key) != (mask, hashes):
            out += key + struct.pack(">H", mask) + hashes
    for key in sorted(set(previous) - set(state)):
        out += key + struct.pack(">H", REMOVED)
    return base64.b64encode(bytes(out)).decode("ascii")


def apply(state: State, text: str) -> State:
    """``state`` with the entries of one encoded version applied (a new dict)."""
    raw = base64.b64decode(text)
    state = dict(state)
    at = 0
    while at + 6 <= len(raw):
        key, (mask,) = raw[at:at + 4], struct.unpack(">H", raw[at + 4:at + 6])
        at += 6
        if mask == REMOVED:
            state.pop(key, None)
            continue
        size = 3 * bin(mask).count("1")
        state[key] = (mask, raw[at:at + size])
        at += size
    return state


def states(records: list[VersionRecord]) -> dict[str, State]:
    """The full state of every recorded version, by version id."""
    out: dict[str, State] = {}
    state: State = {}
    for record in records:
        try:
            state = apply(state, record.elements)
        except (ValueError, struct.error):
            break  # a damaged record: the versions after it are unusable, the file is not
        out[record.id] = state
    return out


def versions_with_this_one(journey: Journey) -> list[VersionRecord]:
    """``journey.versions`` plus the present map when it differs from the last version.

    Every save of a ``.journey`` file writes this list (the journey is not changed here).
    """
    now = state_of(journey)
    records = list(journey.versions)
    last = states(records)
    previous = last[records[-1].id] if records and records[-1].id in last else None
    if previous == now:
        return records
    records.append(VersionRecord(id=new_id("v"), elements=encode(now, previous)))
    return fold(records)


def fold(records: list[VersionRecord]) -> list[VersionRecord]:
    """Keep at most :data:`KEEP` versions; the oldest kept one then lists every element."""
    if len(records) <= KEEP:
        return records
    kept = records[-KEEP:]
    full = states(records)
    first = full.get(kept[0].id)
    if first is None:
        return kept
    return [VersionRecord(id=kept[0].id, elements=encode(first)), *kept[1:]]


def common_version(ours: Journey, theirs: Journey) -> tuple[str, State] | None:
    """The newest version both copies recorded (newest by our order), with its state."""
    ours_states = states(list(ours.versions))
    theirs_ids = {record.id for record in theirs.versions}
    for record in reversed(ours.versions):
        if record.id in theirs_ids and record.id in ours_states:
            return record.id, ours_states[record.id]
    return None


def joined_versions(ours: Journey, theirs: Journey) -> list[VersionRecord]:
    """Our versions, then their newest (if we lack it), so the merged file shares it with them.

    A later merge of the result with a copy edited from ``theirs`` then finds that version.
    """
    records = list(ours.versions)
    if not theirs.versions or theirs.versions[-1].id in {r.id for r in records}:
        return records
    theirs_state = states(list(theirs.versions)).get(theirs.versions[-1].id)
    if theirs_state is None:
        return records
    ours_states = states(records)
    previous = ours_states.get(records[-1].id) if records else None
    records.append(VersionRecord(id=theirs.versions[-1].id, elements=encode(theirs_state, previous)))
    return fold(records)


def element_entry(state: State, element: Element) -> Entry | None:
    return state.get(key_hash(element.key))
