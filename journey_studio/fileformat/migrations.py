"""Upgrades of older files: pure ``dict -> dict`` steps, one per format version.

``MIGRATIONS[n]`` turns a file of ``formatVersion`` n into one of n + 1.

* 1 -> 2: the single ``map.persona`` becomes ``map.personas[0]`` with the id
  ``persona-main`` (its photo asset kept); maps now hold several personas.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .errors import JourneyFileError

Migration = Callable[[dict[str, Any]], dict[str, Any]]



def _ids_in(body: dict[str, Any]) -> set[str]:
    """Every id already used by a version-1 map (stages, steps, lanes, cards, data sources)."""
    found: set[str] = set()
    for key in ("stages", "lanes", "cards", "dataSources"):
        for item in body.get(key) or []:
            if isinstance(item, dict):
                found.add(str(item.get("id")))
                for step in item.get("steps") or [] if key == "stages" else []:
                    if isinstance(step, dict):
                        found.add(str(step.get("id")))
    return found


def _free_id(wanted: str, used: set[str]) -> str:
    candidate, n = wanted, 2
    while candidate in used:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def personas_from_persona(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2: ``map.persona`` (one object) -> ``map.personas`` (a list of one)."""
    body = data.get("map")
    if not isinstance(body, dict) or "personas" in body:
        return data
    body = dict(body)
    persona = body.pop("persona", None)
    if persona is None:
        persona = {}
    if isinstance(persona, dict):
        persona = {"id": _free_id("persona-main", _ids_in(body)), **persona}
    body["personas"] = [persona]
    data["map"] = body
    return data


MIGRATIONS: dict[int, Migration] = {1: personas_from_persona}


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
