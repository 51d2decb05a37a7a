"""Fuzzing the loader: mutated real files and random bytes only ever give JourneyFileError."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support import EXAMPLES
from hostile_cases import first_card, encode, image_bytes, with_asset
from journey_studio.fileformat import JourneyFileError, loads

SEEDS = [p.read_bytes() for p in EXAMPLES] + [
    with_asset("image/png", image_bytes("PNG", (24, 16))),
    with_asset("image/jpeg", image_bytes("JPEG", (24, 16))),
    encode(first_card("A card with some text, é and 漢字")),
]
FUZZ = settings(max_examples=1000 if os.environ.get("CI") else 200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutated(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "splice", "replace"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if kind == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif kind == "truncate":
            del data[at:]
        elif kind == "splice":
            other = draw(st.sampled_from(SEEDS))
            start = draw(st.integers(0, len(other) - 1))
            data[at:at] = other[start:start + draw(st.integers(1, 400))]
        elif kind == "replace" and data:
            token = draw(st.sampled_from([b"null", b"[]", b"{}", b"-1e999", b"NaN", b'"', b"\\u0000",
                                          b"99999999999999999999999999999999", b"true", b"\xff"]))
            data[at:at + len(token)] = token
    return bytes(data)


def _load_only_fails_cleanly(raw: bytes) -> None:
    try:
        loads(raw, file="fuzz.journey")
    except JourneyFileError as exc:
        assert str(exc).startswith("fuzz.journey: ")
        assert "\n" not in str(exc)


@FUZZ
@given(mutated())
def test_mutated_example_files(raw):
    _load_only_fails_cleanly(raw)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(raw):
    _load_only_fails_cleanly(raw)
