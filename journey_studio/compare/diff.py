"""The differences between two maps, by stable ids, each with a one-line wording.

Lines start with ``+`` (added), ``-`` (removed), ``~`` (changed) or ``>`` (moved)::

    + card "Calls support" in Onboarding / Pain points
    ~ stage "Trial": renamed to "Free trial"
    > card "Reads reviews": moved from Awareness / Actions to Consideration / Actions

They come in a stable order: map, persona, stages, steps, lanes, emotion points, cards, images;
inside a kind, removed elements in the first map's order, then the others in the second map's.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..model import Journey
from .order_merge import kept_in_place
from .parts import KINDS, ORDER_KIND, Parts, id_of_key, kind_of_key, split
from .wording import cell_name, field_words, name_of, quoted

#: Fields whose change is a move, not an edit.
_PLACE = {"card": ("step", "lane"), "step": ("stage",), "point": ()}
#: Fields named "renamed" when they change.
_NAME_FIELD = {"stage": "name", "step": "name", "lane": "title"}
#: Orders whose changes are shown as moves (points and images have no meaningful order).
_SHOWN_ORDERS = ("stages", "steps", "lanes", "cards")


@dataclass(frozen=True)
class Difference:
    change: str  # "added", "removed", "changed", "moved"
    kind: str  # "map", "persona", "stage", "step", "lane", "point", "card", "asset"
    key: str  # the element's key: "card/<id>", "point/<lane>/<step>", "map", "persona"
    text: str  # the line, e.g. '+ card "Calls support" in Onboarding / Pain points'
    field: str | None = None
    old: Any = None
    new: Any = None

    @property
    def id(self) -> str:
        return id_of_key(self.key)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["id"] = self.id
        return data


def diff(a: Journey, b: Journey) -> list[Difference]:
    """What changed from ``a`` to ``b``; empty when they hold the same map."""
    return diff_parts(split(a), split(b))


def diff_parts(pa: Parts, pb: Parts) -> list[Difference]:
    found: dict[str, list[Difference]] = {kind: [] for kind in KINDS}
    for key in _keys_in_order(pa, "a"):
        if key not in pb.elements:
            found[kind_of_key(key)].append(_removed(pa, key))
    moved_in_order = {key for name in _SHOWN_ORDERS for key in _reordered(pa, pb, name)}
    for key in _keys_in_order(pb, "b"):
        kind = kind_of_key(key)
        if key not in pa.elements:
            found[kind].append(_added(pb, key))
            continue
        found[kind].extend(_changed(pa, pb, key, key in moved_in_order))
    return [d for kind in KINDS for d in found[kind]]


def _keys_in_order(parts: Parts, _side: str) -> list[str]:
    ordered = [k for name in ORDER_KIND for k in parts.orders.get(name, [])]
    placed = set(ordered)
    return [k for k in parts.elements if k not in placed] + ordered


def _reordered(pa: Parts, pb: Parts, name: str) -> set[str]:
    a, b = pa.orders.get(name, []), pb.orders.get(name, [])
    common = set(a) & set(b)
    if name == "cards":  # only the order inside one cell counts
        moved: set[str] = set()
        cells: dict[tuple, tuple[list[str], list[str]]] = {}
        for key in a:
            if key in common:
                cells.setdefault(_cell(pa, key), ([], []))[0].append(key)
        for key in b:
            if key in common and _cell(pb, key) == _cell(pa, key):
                cells.setdefault(_cell(pb, key), ([], []))[1].append(key)
        for before, after in cells.values():
            if before == after:
                continue
            after_set = set(after)
            before = [k for k in before if k in after_set]
            moved |= after_set - kept_in_place(before, after)
        return moved
    if name == "steps":  # order inside one stage
        a = [k for k in a if k in common and pa.elements[k].fields["stage"] == pb.elements[k].fields["stage"]]
        kept = set(a)
        b = [k for k in b if k in kept]
    else:
        a = [k for k in a if k in common]
        b = [k for k in b if k in common]
    if a == b:
        return set()
    return set(b) - kept_in_place(a, b)


def _cell(parts: Parts, key: str) -> tuple[str, str]:
    fields = parts.elements[key].fields
    return fields["step"], fields["lane"]


def _where(parts: Parts, key: str) -> str:
    kind, fields = kind_of_key(key), parts.elements[key].fields
    if kind == "card":
        return f" in {cell_name(parts, fields['step'], fields['lane'])}"
    if kind == "step":
        return f" in stage {quoted(_stage_name(parts, fields['stage']))}"
    if kind == "point":
        return f": {quoted(fields['score'])}" + (f" {quoted(fields['label'])}" if fields.get("label") else "")
    return ""


def _stage_name(parts: Parts, stage_id: str) -> str:
    stage = parts.elements.get(f"stage/{stage_id}")
    return (stage.fields.get("name") or stage_id) if stage else stage_id


def _added(pb: Parts, key: str) -> Difference:
    return Difference("added", kind_of_key(key), key, f"+ {name_of(pb, key)}{_where(pb, key)}")


def _removed(pa: Parts, key: str) -> Difference:
    return Difference("removed", kind_of_key(key), key, f"- {name_of(pa, key)}{_where(pa, key)}")


def _changed(pa: Parts, pb: Parts, key: str, reordered: bool) -> list[Difference]:
    kind = kind_of_key(key)
    old, new = pa.elements[key].fields, pb.elements[key].fields
    if old == new and not reordered:
        return []
    name = name_of(pa, key)
    out: list[Difference] = []
    place = _PLACE.get(kind, ())
    if place and any(old.get(f) != new.get(f) for f in place):
        where_old, where_new = _place_words(pa, key), _place_words(pb, key)
        out.append(Difference("moved", kind, key, f"> {name}: moved from {where_old} to {where_new}",
                              "+".join(place), where_old, where_new))
    elif reordered:
        out.append(Difference("moved", kind, key, f"> {name}: {_position_words(pa, pb, key)}", "order"))
    for field in [*old, *(f for f in new if f not in old)]:
        if field in place or old.get(field) == new.get(field):
            continue
        before, after = old.get(field), new.get(field)
        if field == _NAME_FIELD.get(kind):
            text = f"~ {name}: renamed to {quoted(after)}"
        elif field == "text" and kind == "card":
            text = f"~ {name}: text changed to {quoted(after)}"
        elif kind == "asset":
            text = f"~ {name}: image replaced"
        else:
            text = f"~ {name}: {field_words(field)} changed from {quoted(before)} to {quoted(after)}"
        out.append(Difference("changed", kind, key, text, field, before, after))
    return out


def _place_words(parts: Parts, key: str) -> str:
    fields = parts.elements[key].fields
    if kind_of_key(key) == "card":
        return cell_name(parts, fields["step"], fields["lane"])
    return f"stage {quoted(_stage_name(parts, fields['stage']))}"


def _position_words(pa: Parts, pb: Parts, key: str) -> str:
    kind = kind_of_key(key)
    if kind == "card":
        fields = pb.elements[key].fields
        cell = [k for k in pb.orders["cards"] if _cell(pb, k) == (fields["step"], fields["lane"])]
        old_cell = [k for k in pa.orders["cards"] if _cell(pa, k) == (fields["step"], fields["lane"])]
        return (f"moved within {cell_name(pb, fields['step'], fields['lane'])} "
                f"from position {old_cell.index(key) + 1} to {cell.index(key) + 1}")
    name = {"stage": "stages", "step": "steps", "lane": "lanes"}[kind]
    if kind == "step":
        stage = pb.elements[key].fields["stage"]
        siblings_b = [k for k in pb.orders[name] if pb.elements[k].fields["stage"] == stage]
        siblings_a = [k for k in pa.orders[name] if pa.elements[k].fields["stage"] == stage]
        return f"moved from position {siblings_a.index(key) + 1} to {siblings_b.index(key) + 1}"
    return f"moved from position {pa.orders[name].index(key) + 1} to {pb.orders[name].index(key) + 1}"
