"""Three-way merge of two edited copies of a map, element by element.

Changes to different elements, or to different fields of one element, merge silently. Two
different changes to one field are a :class:`Conflict`: the result keeps ours unless a choice
says otherwise. A deleted element that the other side edited comes back (a conflict too). An
element that a kept card or point needs (its step, its lane, a step's stage, the persona's
photo) comes back as well. Orders merge as lists (:mod:`.order_merge`).

The original is a :mod:`.base_view`: the original file, the common version recorded in both
copies, or nothing (every difference is then a conflict, and a card can be kept twice).

``choices`` maps a conflict's :attr:`Conflict.id` to ``"ours"``, ``"theirs"`` or ``"both"``
(a second card with their version, right after ours); this is how the editor's Resolve panel
settles conflicts, by merging again.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from ..model import Journey, new_id
from . import history
from .base_view import MISSING, FullBase, NoBase, RecordBase
from .order_merge import merge_order
from .parts import KINDS, ORDER_KIND, ORDERS, Element, Parts, build, id_of_key, kind_of_key, split
from .wording import field_words, name_of, quoted

Choice = str  # "ours" | "theirs" | "both"


class MergeError(ValueError):
    """The two maps cannot be combined into a valid map (one clear line)."""


@dataclass(frozen=True)
class Conflict:
    key: str  # the element's key, as in parts ("card/<id>", "map", "persona", ...)
    field: str | None  # the field both sides changed; None: deleted on one side, edited on the other
    ours: Any  # our value (MISSING-free: None when deleted)
    theirs: Any
    message: str  # the line printed on stderr and shown in the Resolve panel
    chosen: Choice  # the side the result holds
    deleted_by: str | None = None  # "ours" or "theirs" for a delete-vs-edit conflict

    @property
    def id(self) -> str:
        return f"{self.key}#{self.field or ''}"

    @property
    def kind(self) -> str:
        return kind_of_key(self.key)

    @property
    def can_keep_both(self) -> bool:
        return self.kind == "card" and self.field is not None


@dataclass
class MergeResult:
    journey: Journey
    conflicts: list[Conflict] = field(default_factory=list)
    base: str = ""  # how the original was known: "the original file", "version v-...", ...


def merge(base: Journey | None, ours: Journey, theirs: Journey, *,
          choices: dict[str, Choice] | None = None, keep_both: bool = False) -> MergeResult:
    """Merge ``ours`` and ``theirs``; ``base`` is the original file, or None to use the records.

    With ``keep_both``, every card that differs on the two sides without a known original is
    kept twice (ours, then theirs), the merge's answer to "no common version".
    """
    view = base_view(base, ours, theirs)
    return merge_with(view, ours, theirs, choices=choices, keep_both=keep_both)


def base_view(base: Journey | None, ours: Journey, theirs: Journey):
    if base is not None:
        return FullBase(split(base))
    common = history.common_version(ours, theirs)
    if common is None:
        return NoBase()
    version_id, state = common
    return RecordBase(state, f"version {version_id}")


def merge_with(view, ours: Journey, theirs: Journey, *, choices: dict[str, Choice] | None = None,
               keep_both: bool = False) -> MergeResult:
    merger = _Merger(view, split(ours), split(theirs), choices or {}, keep_both)
    parts = merger.run()
    data = build(parts, ours)
    data["versions"] = [r.model_dump(mode="json") for r in history.joined_versions(ours, theirs)]
    try:
        journey = Journey.model_validate(data)
    except ValidationError as exc:
        raise MergeError(f"the merged map is not valid: {exc.errors()[0]['msg']}") from None
    return MergeResult(journey, merger.conflicts, view.label)


class _Merger:
    def __init__(self, view, ours: Parts, theirs: Parts, choices: dict[str, Choice], keep_both: bool):
        self.view, self.ours, self.theirs = view, ours, theirs
        self.choices, self.keep_both = choices, keep_both
        self.conflicts: list[Conflict] = []
        self.result = Parts(map_id=ours.map_id, envelope_extras=dict(ours.envelope_extras))
        if isinstance(view, FullBase):  # what only they changed outside the elements
            if ours.map_id == view.parts.map_id:
                self.result.map_id = theirs.map_id
            if ours.envelope_extras == view.parts.envelope_extras:
                self.result.envelope_extras = dict(theirs.envelope_extras)
        self.twins: dict[str, Element] = {}  # card key -> the second card kept for "both"
        #: stages, steps and lanes deleted on one side, kept as edited on the other: their
        #: contents come back with them
        self.kept_deleted: list[tuple[str, Parts]] = []

    # --- the whole merge -------------------------------------------------------------------
    def run(self) -> Parts:
        keys = list(self.ours.elements) + [k for k in self.theirs.elements if k not in self.ours.elements]
        for key in keys:
            self._element(key)
        self._bring_back_contents()
        self._repair()
        self._orders()
        self.conflicts.sort(key=lambda c: (KINDS.index(c.kind), c.key, c.field or ""))
        return self.result

    def _choice(self, conflict_id: str, default: Choice) -> Choice:
        return self.choices.get(conflict_id, default)

    def _keep(self, element: Element) -> None:
        self.result.elements[element.key] = Element(element.kind, element.key, copy.deepcopy(element.fields))

    # --- one element -------------------------------------------------------------------------
    def _element(self, key: str) -> None:
        o, t = self.ours.elements.get(key), self.theirs.elements.get(key)
        if o is not None and t is not None:
            self._both(o, t)
        elif o is not None:
            self._one_side(o, "ours", self.ours, "theirs")
        else:
            self._one_side(t, "theirs", self.theirs, "ours")

    def _one_side(self, element: Element, side: str, parts: Parts, other: str) -> None:
        if not self.view.has(element.key):
            self._keep(element)  # added on this side (or no original to say otherwise)
            return
        edited = any(not self.view.same(element, name) for name in _field_names(element))
        edited = edited or not all(self.view.same(element, name) for name in _base_only(self.view, element))
        if not edited:
            return  # deleted on the other side, untouched here
        conflict_id = f"{element.key}#"
        chosen = self._choice(conflict_id, side)
        verb = "kept" if side == "ours" else "brought back"
        self.conflicts.append(Conflict(
            element.key, None, element.fields if side == "ours" else None,
            element.fields if side == "theirs" else None,
            f"conflict: {name_of(parts, element.key)} was deleted in {other} and edited in {side}; {verb}",
            chosen, deleted_by=other))
        if chosen == side:
            self._keep(element)
            self.kept_deleted.append((element.key, parts))

    def _both(self, o: Element, t: Element) -> None:
        if o.fields == t.fields:
            self._keep(o)
            return
        merged: dict[str, Any] = {}
        twin_needed = False
        for name in _field_names(o, t):
            vo, vt = o.fields.get(name, MISSING), t.fields.get(name, MISSING)
            value = vo
            if vo != vt:
                same_o, same_t = self.view.same(o, name), self.view.same(t, name)
                if same_o and not same_t:
                    value = vt
                elif same_t and not same_o:
                    value = vo
                elif name == "votes" and self.view.known and isinstance(self.view.value(o.key, name), int):
                    base_votes = self.view.value(o.key, name)
                    value = max(0, min(vo + vt - base_votes, 10_000))  # both sides' dot votes count
                else:
                    value, both = self._field_conflict(o, t, name, vo, vt)
                    twin_needed = twin_needed or both
            if value is not MISSING:
                merged[name] = value
        self.result.elements[o.key] = Element(o.kind, o.key, copy.deepcopy(merged))
        if twin_needed:
            twin_id = new_id("card")
            self.twins[o.key] = Element("card", f"card/{twin_id}", copy.deepcopy(t.fields))

    def _field_conflict(self, o: Element, t: Element, name: str, vo: Any, vt: Any) -> tuple[Any, bool]:
        conflict_id = f"{o.key}#{name}"
        default = "both" if (self.keep_both and o.kind == "card" and not self.view.known) else "ours"
        chosen = self._choice(conflict_id, default)
        if chosen == "both" and o.kind != "card":
            chosen = "ours"
        shown_o = None if vo is MISSING else vo
        shown_t = None if vt is MISSING else vt
        how = {"ours": "kept ours", "theirs": "kept theirs", "both": "kept both cards"}[chosen]
        scope = "" if self.view.known else " (no common version)"
        self.conflicts.append(Conflict(
            o.key, name, shown_o, shown_t,
            f"conflict: {name_of(self.ours, o.key)}: {field_words(name)} changed on both sides{scope} "
            f"(ours {quoted(shown_o)}, theirs {quoted(shown_t)}); {how}", chosen))
        return (vt if chosen == "theirs" else vo), chosen == "both"

    # --- what kept elements need -----------------------------------------------------------
    def _bring_back_contents(self) -> None:
        """A stage, step or lane that comes back brings back what it held on the side that kept it."""
        pending = list(self.kept_deleted)
        while pending:
            key, parts = pending.pop()
            kind, own_id = kind_of_key(key), id_of_key(key)
            for inner_key, inner in parts.elements.items():
                f = inner.fields
                inside = ((kind == "stage" and inner.kind == "step" and f["stage"] == own_id)
                          or (kind == "step" and inner.kind in ("card", "point") and f["step"] == own_id)
                          or (kind == "lane" and inner.kind in ("card", "point") and f["lane"] == own_id))
                if inside and inner_key not in self.result.elements:
                    self._keep(inner)
                    pending.append((inner_key, parts))

    def _repair(self) -> None:
        elements = self.result.elements
        for _ in range(4):  # a card needs its step, which needs its stage: a few rounds settle it
            needed: list[tuple[str, str]] = []  # (missing key, key of who needs it)
            for key, e in list(elements.items()) + [(k, e) for k, e in self.twins.items()]:
                f = e.fields
                if e.kind in ("card", "point"):
                    needed += [(f"step/{f['step']}", key), (f"lane/{f['lane']}", key)]
                elif e.kind == "step":
                    needed.append((f"stage/{f['stage']}", key))
                elif e.kind == "persona" and f.get("photo"):
                    needed.append((f"asset/{f['photo']}", key))
                if e.kind == "card" and f.get("image"):
                    needed.append((f"asset/{f['image']}", key))
                if e.kind == "lane" and f.get("persona"):
                    needed.append((f"persona/{f['persona']}", key))
            missing = [(k, by) for k, by in needed if k not in elements]
            if not missing:
                break
            for key, by in missing:
                if key not in elements:
                    self._bring_back(key, by)
        self._settle_stages_and_lanes()

    def _bring_back(self, key: str, needed_by: str) -> None:
        in_ours = key in self.ours.elements
        source = self.ours if in_ours else self.theirs
        element = source.elements.get(key)
        if element is None:
            return
        deleted_in = "theirs" if in_ours else "ours"
        user_parts = self.ours if needed_by in self.ours.elements else self.theirs
        self._keep(element)
        self.conflicts.append(Conflict(
            key, None, element.fields if in_ours else None, element.fields if not in_ours else None,
            f"conflict: {name_of(source, key)} was deleted in {deleted_in} but "
            f"{name_of(user_parts, needed_by)} needs it; brought back",
            "ours" if in_ours else "theirs", deleted_by=deleted_in))

    def _settle_stages_and_lanes(self) -> None:
        elements = self.result.elements
        with_steps = {e.fields["stage"] for e in elements.values() if e.kind == "step"}
        for key in [k for k, e in elements.items() if e.kind == "stage" and id_of_key(k) not in with_steps]:
            del elements[key]  # its last step was deleted on one side, moved out on the other
            self.conflicts.append(Conflict(key, None, None, None,
                                           f"conflict: {name_of(self.ours if key in self.ours.elements else self.theirs, key)} "
                                           "lost its last step on both sides together; removed", "ours"))
        scale = elements["map"].fields.get("emotionScale", {"min": -2, "max": 2})
        for e in elements.values():
            if e.kind == "point":
                score = min(max(e.fields["score"], scale["min"]), scale["max"])
                e.fields["score"] = score
                lane = elements.get(f"lane/{e.fields['lane']}")
                if lane is not None and lane.fields.get("kind") != "emotions":
                    lane.fields["kind"] = "emotions"

    # --- orders ---------------------------------------------------------------------------
    def _orders(self) -> None:
        for name in ORDERS:
            kind = ORDER_KIND[name]
            o_seq, t_seq = self.ours.orders.get(name, []), self.theirs.orders.get(name, [])
            keep = {k for k, e in self.result.elements.items() if e.kind == kind}
            base_seq = self.view.order(name, o_seq, t_seq)
            self.result.orders[name] = merge_order(base_seq, o_seq, t_seq, keep)
        cards = self.result.orders["cards"]
        for key, twin in self.twins.items():
            self.result.elements[twin.key] = twin
            cards.insert(cards.index(key) + 1 if key in cards else len(cards), twin.key)


def _field_names(*elements: Element) -> list[str]:
    names: list[str] = []
    for element in elements:
        names += [n for n in element.fields if n not in names]
    return names


def _base_only(view, element: Element) -> list[str]:
    """Fields the original had that this side dropped (unknown fields removed by a tool)."""
    if isinstance(view, FullBase):
        base = view.parts.elements.get(element.key)
        return [n for n in (base.fields if base else {}) if n not in element.fields]
    return []
