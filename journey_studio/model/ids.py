"""New identifiers for stages, steps, lanes, cards and assets."""

from __future__ import annotations

import uuid


def new_id(prefix: str) -> str:
    """A fresh id such as ``card-1f3a9c0b2d4e``; the prefix says what it names."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"
