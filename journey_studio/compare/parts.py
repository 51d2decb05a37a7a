"""A journey taken apart into elements with stable keys, and put back together.

Comparing and merging work on this flat view: every stage, step, lane, emotion point, card
and asset, plus the map's own fields and the persona, is one :class:`Element` under a key
that does not change when the element is edited or moved (``card/<id>``, ``point/<lane>/<step>``,
``map``, ``persona``). Its ``fields`` are the JSON values of the file (camelCase names, unknown
fields included), without the lists that hold other elements. Where an element sits is one of
its fields (a card's ``step`` and ``lane``, a step's ``stage``, a point's ``lane`` and ``step``)
plus its position in one of the flat ``orders`` (``stages``, ``steps``, ``lanes``, ``points``,
``cards``, ``assets``); the order of the cards of a cell is their order in ``cards``.

The persona is handled only here (:func:`_persona_elements` and :func:`_put_persona`), so that
several personas per map change one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Journey

#: The containers whose order matters, in the order a map is built.
ORDERS = ("personas", "stages", "steps", "lanes", "points", "cards", "assets")

#: The kinds of element, in the order differences and conflicts are listed.
KINDS = ("map", "persona", "stage", "step", "lane", "point", "card", "asset")

#: What ``kind`` each order holds.
ORDER_KIND = {"personas": "persona", "stages": "stage", "steps": "step", "lanes": "lane", "points": "point",
              "cards": "card", "assets": "asset"}

#: The known fields of each kind, in file order. Other names are unknown fields kept as they are.
FIELDS: dict[str, tuple[str, ...]] = {
    "map": ("title", "description", "language", "emotionScale", "dataSources", "metrics", "measures",
            "views"),
    "persona": ("color", "name", "role", "age", "quote", "photo", "goals", "needs", "motivations",
                "frustrations"),
    "stage": ("name", "description", "color", "momentOfTruth"),
    "step": ("stage", "name"),
    "lane": ("kind", "title", "description", "color", "hidden", "data", "persona", "variant"),
    "point": ("lane", "step", "score", "label"),
    "card": ("step", "lane", "text", "color", "owner", "priority", "tags", "note", "channel",
             "votes", "image", "links", "source", "comments"),
    "asset": ("mimeType", "data"),
}

#: The values a field has when the file leaves it out (required fields have none).
DEFAULTS: dict[str, dict[str, Any]] = {
    "map": {"title": "", "description": "", "language": "en", "emotionScale": {"min": -2, "max": 2},
            "dataSources": [], "metrics": [], "measures": [], "views": []},
    "persona": {"color": "#1f5fa8", "name": "", "role": "", "age": None, "quote": "", "photo": None,
                "goals": [], "needs": [], "motivations": [], "frustrations": []},
    "stage": {"name": "", "description": "", "color": None, "momentOfTruth": False},
    "step": {"name": ""},
    "lane": {"title": "", "description": "", "color": None, "hidden": False, "data": None, "persona": None,
             "variant": None},
    "point": {"label": ""},
    "card": {"text": "", "color": None, "owner": "", "priority": None, "tags": [], "note": "",
             "channel": None, "votes": 0, "image": None, "links": [], "source": None, "comments": []},
    "asset": {},
}


@dataclass
class Element:
    kind: str
    key: str
    fields: dict[str, Any]

    def extras(self) -> dict[str, Any]:
        """The unknown fields (written by another tool or a newer edition)."""
        known = FIELDS[self.kind]
        return {name: value for name, value in self.fields.items() if name not in known}


@dataclass
class Parts:
    """A journey as elements by key, the flat orders, and what is outside the map."""

    map_id: str
    elements: dict[str, Element] = field(default_factory=dict)
    orders: dict[str, list[str]] = field(default_factory=dict)
    #: Unknown fields of the envelope (kept from one side, never merged field by field).
    envelope_extras: dict[str, Any] = field(default_factory=dict)

    def kind_of(self, key: str) -> str:
        return self.elements[key].kind


def card_key(card_id: str) -> str:
    return f"card/{card_id}"


def point_key(lane_id: str, step_id: str) -> str:
    return f"point/{lane_id}/{step_id}"


def kind_of_key(key: str) -> str:
    return key.split("/", 1)[0]


def id_of_key(key: str) -> str:
    """``card/abc`` -> ``abc``; ``point/lane/step`` -> ``lane/step``; ``map`` -> ``map``."""
    return key.split("/", 1)[1] if "/" in key else key


def split(journey: Journey) -> Parts:
    """The elements and orders of ``journey`` (the journey is not changed)."""
    data = journey.model_dump(mode="json", by_alias=True)
    m = data["map"]
    parts = Parts(map_id=m["id"])
    parts.orders = {name: [] for name in ORDERS}
    envelope_known = {"format", "formatVersion", "generator", "map", "assets", "versions"}
    parts.envelope_extras = {k: v for k, v in data.items() if k not in envelope_known}

    def add(kind: str, key: str, fields: dict[str, Any], order: str | None = None) -> None:
        parts.elements[key] = Element(kind, key, fields)
        if order:
            parts.orders[order].append(key)

    structural = {"id", "personas", "stages", "lanes", "cards"}
    add("map", "map", {k: v for k, v in m.items() if k not in structural})
    for element in _persona_elements(m):
        add(element.kind, element.key, element.fields, "personas")
    for stage in m["stages"]:
        add("stage", f"stage/{stage['id']}", _without(stage, "id", "steps"), "stages")
        for step in stage["steps"]:
            add("step", f"step/{step['id']}", {"stage": stage["id"], **_without(step, "id")}, "steps")
    for lane in m["lanes"]:
        add("lane", f"lane/{lane['id']}", _without(lane, "id", "points"), "lanes")
        for point in lane["points"]:
            add("point", point_key(lane["id"], point["step"]), {"lane": lane["id"], **point}, "points")
    for card in m["cards"]:
        add("card", card_key(card["id"]), _without(card, "id"), "cards")
    for asset_id, asset in data["assets"].items():
        add("asset", f"asset/{asset_id}", dict(asset), "assets")
    return parts


def build(parts: Parts, template: Journey) -> dict[str, Any]:
    """The JSON of a journey made of ``parts``; envelope fields not in parts come from ``template``.

    Elements are placed by their orders, grouped under their parent fields; an element missing
    from its order goes at the end. The result is not validated here.
    """
    elements = parts.elements
    placed = {name: _ordered(parts, name) for name in ORDERS}
    stages = []
    steps_of: dict[str, list[dict[str, Any]]] = {}
    for key in placed["steps"]:
        step = elements[key].fields
        steps_of.setdefault(step["stage"], []).append({"id": id_of_key(key), **_without(step, "stage")})
    for key in placed["stages"]:
        stage_id = id_of_key(key)
        stages.append({"id": stage_id, **elements[key].fields, "steps": steps_of.get(stage_id, [])})
    points_of: dict[str, list[dict[str, Any]]] = {}
    for key in placed["points"]:
        point = elements[key].fields
        points_of.setdefault(point["lane"], []).append(_without(point, "lane"))
    lanes = [{"id": id_of_key(key), **elements[key].fields, "points": points_of.get(id_of_key(key), [])}
             for key in placed["lanes"]]
    cards = [{"id": id_of_key(key), **elements[key].fields} for key in placed["cards"]]
    m = {"id": parts.map_id, **elements["map"].fields, "personas": [], "stages": stages,
         "lanes": lanes, "cards": cards}
    _put_personas(m, parts, placed["personas"])
    envelope = template.model_dump(mode="json", by_alias=True, exclude={"map", "assets"})
    envelope = {k: v for k, v in envelope.items() if k in {"format", "formatVersion", "generator", "versions"}}
    return {**envelope, "map": m,
            "assets": {id_of_key(key): elements[key].fields for key in placed["assets"]},
            **parts.envelope_extras}


def _ordered(parts: Parts, name: str) -> list[str]:
    kind = ORDER_KIND[name]
    order = [key for key in parts.orders.get(name, []) if key in parts.elements]
    seen = set(order)
    return order + [key for key, e in parts.elements.items() if e.kind == kind and key not in seen]


def _without(obj: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if k not in names}


# --- the persona: the one place that knows where it lives ---------------------------------
def _persona_elements(m: dict[str, Any]) -> list[Element]:
    """One element per persona (format version 2: ``map.personas``), keyed by its id."""
    return [Element("persona", f"persona/{p['id']}", _without(p, "id")) for p in m.get("personas", [])]


def _put_personas(m: dict[str, Any], parts: "Parts", keys: list[str]) -> None:
    """The personas in their order; a map keeps at least one (the main one, empty if need be)."""
    m["personas"] = [{"id": id_of_key(key), **parts.elements[key].fields} for key in keys] or [{}]
