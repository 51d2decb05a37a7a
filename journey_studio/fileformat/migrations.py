"""Upgrades of older files: pure ``dict -> dict`` steps, one per format version.

``MIGRATIONS[n]`` turns a file of ``formatVersion`` n into one of n + 1. Version 1 is the
first published version, so the table is empty today; the runner is tested with steps of
its own so the next version only has to add its function here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .errors import JourneyFileError

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}


def migrate(data: dict[str, Any], current: int, steps: Mapping[int, Migration] | None = None) -> dict[str, Any]:
    """Bring ``data`` from its ``formatVersion`` up to ``current``."""
    steps = MIGRATIONS if steps is None else steps
    version = data.get("formatVersion")
    if isinstance(version, bool) or not isinstance(version, int):
        raise JourneyFileError("formatVersion must be a whole number", where="formatVersion")
    if version > current:
        raise JourneyFileError(
            f"this file was made by a newer Journey Studio (format version {version}); "
            f"this version reads format versions up to {current}. Please update Journey Studio.",
            where="formatVersion",
        )
    if version < 1:
        raise JourneyFileError(f"unknown format version {version}", where="formatVersion")
    while version < current:
        step = steps.get(version)
        if step is None:
            raise JourneyFileError(f"no upgrade from format version {version}", where="formatVersion")
        data = step(dict(data))
        version += 1
        data["formatVersion"] = version
    return data
