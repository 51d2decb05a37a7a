"""How differences and conflicts name the parts of a map: stable, short, plain English.

``card "Calls support"``, ``stage "Trial"``, ``emotion point on "Trial" in "Emotions"``, and a
cell as ``Onboarding / Pain points`` (``Stage › Step / Lane`` when the stage has named steps).
"""

from __future__ import annotations

import json
import re
from typing import Any

from .parts import Parts, id_of_key

LIMIT = 60

_NOUNS = {"map": "map", "persona": "persona", "stage": "stage", "step": "step", "lane": "lane",
          "point": "emotion point", "card": "card", "asset": "image"}


def one_line(text: str, limit: int = LIMIT) -> str:
    """``text`` on one line, shortened to ``limit`` characters with "…"."""
    text = text.replace("\n", " ").strip()
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def quoted(value: Any, limit: int = LIMIT) -> str:
    """A value as it appears in a line: strings quoted, shortened, on one line."""
    if isinstance(value, str):
        return json.dumps(one_line(value, limit), ensure_ascii=False)
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(quoted(v, 30) for v in value) + "]"
    if isinstance(value, dict) and set(value) == {"min", "max"}:
        return f"{quoted(value['min'])}..{quoted(value['max'])}"
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def field_words(name: str) -> str:
    """``momentOfTruth`` -> ``moment of truth``."""
    return re.sub(r"(?<!^)([A-Z])", lambda m: " " + m.group(1).lower(), name)


def noun(kind: str) -> str:
    return _NOUNS[kind]


def name_of(parts: Parts, key: str) -> str:
    """``card "Calls support"``: the noun and the element's own name in ``parts``."""
    element = parts.elements.get(key)
    kind = key.split("/", 1)[0]
    if kind in ("map", "persona"):
        return kind
    if element is None:
        return f"{noun(kind)} {id_of_key(key)}"
    fields = element.fields
    if kind == "point":
        return f"emotion point on {quoted(step_name(parts, fields['step']))} in {quoted(lane_name(parts, fields['lane']))}"
    if kind == "asset":
        return f"image {id_of_key(key)}"
    text = fields.get("text" if kind == "card" else "title" if kind == "lane" else "name", "")
    first = text.strip().splitlines()[0] if text.strip() else ""
    return f"{noun(kind)} {quoted(first, 40)}" if first else f"{noun(kind)} ({id_of_key(key)})"


def stage_name(parts: Parts, stage_id: str) -> str:
    stage = parts.elements.get(f"stage/{stage_id}")
    return (stage.fields.get("name") or stage_id) if stage else stage_id


def step_name(parts: Parts, step_id: str) -> str:
    """The stage's name, then ``› step`` when the stage has more than one step."""
    step = parts.elements.get(f"step/{step_id}")
    if step is None:
        return step_id
    stage_id = step.fields["stage"]
    siblings = [k for k in parts.orders.get("steps", []) if k in parts.elements
                and parts.elements[k].fields["stage"] == stage_id]
    name = stage_name(parts, stage_id)
    if len(siblings) > 1:
        name += f" › {step.fields.get('name') or 'step ' + str(siblings.index(step.key) + 1)}"
    return name


def lane_name(parts: Parts, lane_id: str) -> str:
    lane = parts.elements.get(f"lane/{lane_id}")
    return (lane.fields.get("title") or lane.fields.get("kind") or lane_id) if lane else lane_id


def cell_name(parts: Parts, step_id: str, lane_id: str) -> str:
    return f"{step_name(parts, step_id)} / {lane_name(parts, lane_id)}"
