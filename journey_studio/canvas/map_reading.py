"""What the map says to a screen reader, read from the model and the scene's layout (no widget).

The tree is keyed by tuples: ``("stage", id)``, ``("step", id)``, ``("lane", id)``,
``("cell", step, lane)``, ``("card", id)``, ``("point", lane, step)`` and ``("persona",)``.
:class:`MapIndex` knows, for one layout, which keys exist, their children, parent, place and
words; ``canvas/accessible.py`` turns them into Qt's accessible interfaces.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .. import vocabulary
from ..emotion_steps import describe_point
from ..i18n import interface_language, plural
from ..model import LaneKind
from .selection import Selection, SelectionKind

#: ("card", id), ("stage", id), ("step", id), ("lane", id), ("cell", step, lane), ("point", lane, step), ("persona",)
Key = tuple


def node_key(selection: Selection) -> Key | None:
    """The tree node that stands for what is selected (the last card of several)."""
    kind = selection.kind
    if kind == SelectionKind.CARDS and selection.card_ids:
        return ("card", selection.card_ids[-1])
    if kind == SelectionKind.CELL:
        return ("cell", selection.step_id, selection.lane_id)
    if kind == SelectionKind.STAGE:
        return ("stage", selection.stage_id)
    if kind == SelectionKind.STEP:
        return ("step", selection.step_id)
    if kind == SelectionKind.LANE:
        return ("lane", selection.lane_id)
    if kind == SelectionKind.POINT:
        return ("point", selection.lane_id, selection.step_id)
    return None


class MapIndex:
    """Where things are, read from one layout and model; built on the first query after a change."""

    def __init__(self, document, layout):
        m = document.map
        self.layout = layout
        self.stages = {s.id: s for s in m.stages}
        self.steps = {step.id: (step, stage) for stage in m.stages for step in stage.steps}
        self.lanes = {lane.id: lane for lane in m.lanes}
        self.cards = {c.id: c for c in m.cards}
        self.stage_boxes = {b.stage_id: b for b in layout.stages}
        self.step_boxes = {b.step_id: b for b in layout.steps}
        self.lane_boxes = {b.lane_id: b for b in layout.lanes}
        self.card_boxes = {b.card_id: b for b in layout.cards}
        self.point_boxes = {(p.lane_id, p.step_id): p for c in layout.curves for p in c.points}
        self.step_order = [b.step_id for b in layout.steps]
        persona = m.main_persona  # read even when the canvas hides its band: it says whose journey this is
        self.has_persona = bool(persona.name or persona.role or layout.persona is not None)

    def exists(self, key: Key) -> bool:
        kind = key[0]
        if kind == "persona":
            return self.has_persona
        if kind == "stage":
            return key[1] in self.stage_boxes
        if kind == "step":
            return key[1] in self.step_boxes
        if kind == "lane":
            return key[1] in self.lane_boxes
        if kind == "cell":
            return (key[1], key[2]) in self.layout.cells
        if kind == "card":
            return key[1] in self.card_boxes and key[1] in self.cards
        return kind == "point" and (key[1], key[2]) in self.point_boxes

    def children(self, key: Key | None) -> list[Key]:
        if key is None:
            top = [("persona",)] if self.has_persona else []
            return top + [("stage", b.stage_id) for b in self.layout.stages] + \
                [("lane", b.lane_id) for b in self.layout.lanes]
        kind = key[0]
        if kind == "stage":
            return [("step", b.step_id) for b in self.layout.steps if b.stage_id == key[1]]
        if kind == "lane":
            return [("cell", step, key[1]) for step in self.step_order]
        if kind == "cell":
            step, lane = key[1], key[2]
            if (lane, step) in self.point_boxes:
                return [("point", lane, step)]
            return [("card", b.card_id) for b in self.layout.cards_in_cell((step, lane))]
        return []

    def parent(self, key: Key) -> Key | None:
        kind = key[0]
        if kind == "step":
            return ("stage", self.step_boxes[key[1]].stage_id)
        if kind == "cell":
            return ("lane", key[2])
        if kind == "card":
            box = self.card_boxes[key[1]]
            return ("cell", box.step_id, box.lane_id)
        if kind == "point":
            return ("cell", key[2], key[1])
        return None

    def rect(self, key: Key):
        kind = key[0]
        if kind == "persona":
            return self.layout.persona.rect if self.layout.persona is not None else None
        if kind == "stage":
            return self.stage_boxes[key[1]].rect
        if kind == "step":
            return self.step_boxes[key[1]].rect
        if kind == "lane":
            box = self.lane_boxes[key[1]]
            return box.row if box.row.w else box.rect
        if kind == "cell":
            return self.layout.cells[(key[1], key[2])]
        if kind == "card":
            return self.card_boxes[key[1]].rect
        return self.point_boxes[(key[1], key[2])].rect

    # --- words ------------------------------------------------------------------------------
    def step_name(self, step_id: str) -> str:
        step, stage = self.steps[step_id]
        return step.name or stage.name or QCoreApplication.translate("MapAccessible", "Untitled step")

    def lane_name(self, lane_id: str) -> str:
        lane = self.lanes[lane_id]
        return lane.title or vocabulary.lane_title(lane.kind, interface_language())

    def name(self, key: Key, document) -> str:
        kind = key[0]
        if kind == "persona":
            p = document.map.main_persona
            age = ""
            if p.age is not None:
                age = QCoreApplication.translate("MapAccessible", "{age} years old").format(age=p.age)
            who = ", ".join(part for part in (p.name, p.role, age) if part)
            if not who:
                return QCoreApplication.translate("MapAccessible", "Persona")
            return QCoreApplication.translate("MapAccessible", "Persona: {who}").format(who=who)
        if kind == "stage":
            return self.stages[key[1]].name or QCoreApplication.translate("MapAccessible", "Untitled stage")
        if kind == "step":
            return self.step_name(key[1])
        if kind == "lane":
            return self.lane_name(key[1])
        if kind == "cell":
            cell = QCoreApplication.translate("MapAccessible", "{lane}, {step}")
            return cell.format(lane=self.lane_name(key[2]), step=self.step_name(key[1]))
        if kind == "card":
            return self.cards[key[1]].text or QCoreApplication.translate("MapAccessible", "Empty card")
        lane = self.lanes[key[1]]
        point = next(p for p in lane.points if p.step == key[2])
        on = QCoreApplication.translate("MapAccessible", "{score} on {scale}")
        value = describe_point(point.score, point.label, document.map.emotion_scale, on, interface_language())
        return f"{self.step_name(key[2])}: {value}"

    def description(self, key: Key, document) -> str:
        kind = key[0]
        if kind == "persona":
            return document.map.main_persona.quote
        if kind == "stage":
            stage = self.stages[key[1]]
            parts = [QCoreApplication.translate("MapAccessible", "Moment of truth")] if stage.moment_of_truth else []
            return ". ".join(parts + ([stage.description] if stage.description else []))
        if kind == "lane":
            return vocabulary.lane_title(self.lanes[key[1]].kind, interface_language())
        if kind == "cell":
            if self.lanes[key[2]].kind == LaneKind.EMOTIONS:
                if (key[2], key[1]) in self.point_boxes:
                    return ""
                return QCoreApplication.translate("MapAccessible", "No emotion point")
            count = len(self.layout.cards_in_cell((key[1], key[2])))
            return plural(count, QCoreApplication.translate("MapAccessible", "{count} card"),
                          QCoreApplication.translate("MapAccessible", "{count} cards"))
        if kind == "card":
            return describe_card(self.cards[key[1]])
        return ""


def describe_card(card) -> str:
    """What a reader wants after a card's text: its tags, owner, priority, channel and votes."""
    language = interface_language()
    parts = []
    if card.example:
        parts.append(QCoreApplication.translate("MapAccessible", "Example"))
    if card.tags:
        parts.append(QCoreApplication.translate("MapAccessible", "Tags: {tags}").format(tags=", ".join(card.tags)))
    if card.owner:
        parts.append(QCoreApplication.translate("MapAccessible", "Owner: {owner}").format(owner=card.owner))
    if card.priority:
        name = vocabulary.PRIORITY_NAMES[vocabulary.Language(language)][str(card.priority)]
        parts.append(QCoreApplication.translate("MapAccessible", "Priority: {priority}").format(priority=name))
    if card.channel:
        parts.append(QCoreApplication.translate("MapAccessible", "Channel: {channel}").format(
            channel=vocabulary.CHANNEL_NAMES[vocabulary.Language(language)][card.channel]))
    if card.votes:
        parts.append(plural(card.votes, QCoreApplication.translate("MapAccessible", "{count} vote"),
                            QCoreApplication.translate("MapAccessible", "{count} votes")))
    return "; ".join(parts)
