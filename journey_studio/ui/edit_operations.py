"""What the Edit and Insert menus do to a document, given the canvas selection.

No widgets here: each function takes the :class:`Document` and the current
:class:`Selection` and returns what to select next, so the window stays thin and the
behaviour is tested without a screen. Asking the user ("delete 5 cards?") is a callback.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QMimeData

from .. import clipboard_format
from ..canvas.selection import Selection, SelectionKind
from ..document import Document
from ..i18n import plural
from ..model import LaneKind, Map

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

#: Asked before a destructive delete: gets a sentence, returns True to go on.
Confirm = Callable[[str], bool]


class CellTarget(NamedTuple):
    step_id: str
    lane_id: str
    index: int | None = None  # None: at the end of the cell


def _first_card_lane(m: Map) -> str | None:
    """The first visible lane that holds cards (not the emotion curve)."""
    lanes = [lane for lane in m.lanes if not lane.hidden] or m.lanes
    lane = next((lane for lane in lanes if lane.kind != LaneKind.EMOTIONS), None)
    return lane.id if lane else None


def cell_target(m: Map, selection: Selection, fallback: bool = True) -> CellTarget | None:
    """Where a new or pasted card goes: the selected cell, just after the selected card, or
    (with ``fallback``) the first cell of the step, stage or lane selected, else of the map."""
    kind = selection.kind
    if kind == SelectionKind.CELL:
        return CellTarget(selection.step_id, selection.lane_id)
    if kind == SelectionKind.CARDS:
        cards = [c for c in (m.find_card(i) for i in selection.card_ids) if c is not None]
        if cards:
            last = cards[-1]
            cell = m.cards_in(last.step, last.lane)
            return CellTarget(last.step, last.lane, cell.index(last) + 1)
    if not fallback:
        return None
    step_ids = m.step_ids()
    step_id = lane_id = None
    if kind in (SelectionKind.STEP, SelectionKind.POINT):
        step_id = selection.step_id
    elif kind == SelectionKind.STAGE and m.find_stage(selection.stage_id):
        step_id = m.find_stage(selection.stage_id).steps[0].id
    if kind == SelectionKind.LANE and m.find_lane(selection.lane_id):
        lane_id = selection.lane_id
    step_id = step_id if step_id in step_ids else (step_ids[0] if step_ids else None)
    lane_id = lane_id or _first_card_lane(m)
    if step_id is None or lane_id is None:
        return None
    return CellTarget(step_id, lane_id)


# --- clipboard -------------------------------------------------------------------------
def selected_cards(document: Document, selection: Selection):
    if selection.kind != SelectionKind.CARDS:
        return []
    wanted = set(selection.card_ids)
    return [card for card in document.map.cards if card.id in wanted]  # map order


def cards_mime_data(document: Document, selection: Selection) -> QMimeData | None:
    """The selected cards as a JSON payload (for Journey Studio) and plain text (for others)."""
    cards = selected_cards(document, selection)
    if not cards:
        return None
    mime = QMimeData()
    mime.setData(clipboard_format.MIME_TYPE, clipboard_format.cards_to_payload(cards))
    mime.setText(clipboard_format.cards_to_text(cards))
    return mime


def paste(document: Document, selection: Selection, mime: QMimeData | None) -> list[str]:
    """Paste cards (or one card per line of text) at the selection; returns the new ids.

    ValueError with one clear line when there is nothing to paste or nowhere to put it.
    """
    if mime is None:
        raise ValueError(translate("EditOperations", "the clipboard is empty"))
    target = cell_target(document.map, selection)
    if target is None:
        raise ValueError(translate("EditOperations", "add a stage and a lane before pasting cards"))
    if mime.hasFormat(clipboard_format.MIME_TYPE):
        dicts = clipboard_format.payload_to_card_dicts(bytes(mime.data(clipboard_format.MIME_TYPE)))
        return document.paste_cards(dicts, *target)
    if mime.hasText() and mime.text().strip():
        return document.paste_text(mime.text(), *target)
    raise ValueError(translate("EditOperations", "the clipboard holds nothing Journey Studio can paste"))


# --- delete ----------------------------------------------------------------------------
def _holding(cards: int, points: int) -> str:
    parts = []
    if cards:
        parts.append(plural(cards, translate("EditOperations", "{count} card"),
                            translate("EditOperations", "{count} cards")))
    if points:
        parts.append(plural(points, translate("EditOperations", "{count} emotion point"),
                            translate("EditOperations", "{count} emotion points")))
    if len(parts) == 2:
        return translate("EditOperations", "{cards} and {points}").format(cards=parts[0], points=parts[1])
    return parts[0] if parts else ""


def _delete_question(what: str, name: str, holding: str) -> str:
    """The confirmation of a delete, one whole sentence per kind (French needs the gender)."""
    if name:
        sentence = {
            "stage": translate("EditOperations", "Delete the stage “{name}” and the {holding} it holds?"),
            "step": translate("EditOperations", "Delete the step “{name}” and the {holding} it holds?"),
            "lane": translate("EditOperations", "Delete the lane “{name}” and the {holding} it holds?"),
        }[what]
    else:
        sentence = {
            "stage": translate("EditOperations", "Delete this stage and the {holding} it holds?"),
            "step": translate("EditOperations", "Delete this step and the {holding} it holds?"),
            "lane": translate("EditOperations", "Delete this lane and the {holding} it holds?"),
        }[what]
    undo = translate("EditOperations", "Undo brings them back.")
    return sentence.format(name=name, holding=holding) + "\n\n" + undo


def delete_selection(document: Document, selection: Selection, confirm: Confirm) -> bool:
    """Delete what is selected; a stage, step or lane that holds something is confirmed first.

    Returns True when something was deleted (one undo step)."""
    m = document.map
    kind = selection.kind
    if kind == SelectionKind.CARDS:
        ids = [i for i in selection.card_ids if m.find_card(i)]
        if ids:
            document.delete_cards(ids)
        return bool(ids)
    if kind == SelectionKind.POINT:
        lane = m.find_lane(selection.lane_id)
        if lane and any(p.step == selection.step_id for p in lane.points):
            document.remove_point(selection.lane_id, selection.step_id)
            return True
        return False
    if kind == SelectionKind.STAGE and m.find_stage(selection.stage_id):
        stage = m.find_stage(selection.stage_id)
        counts = document.counts_in_stage(stage.id)
        what, name, delete = "stage", stage.name, lambda: document.delete_stage(stage.id)
    elif kind == SelectionKind.STEP and selection.step_id in m.step_ids():
        step_id = selection.step_id
        step = m.find_step(step_id)
        counts = (sum(c.step == step_id for c in m.cards),
                  sum(p.step == step_id for lane in m.lanes for p in lane.points))
        what, name, delete = "step", step.name, lambda: document.delete_step(step_id)
    elif kind == SelectionKind.LANE and m.find_lane(selection.lane_id):
        lane = m.find_lane(selection.lane_id)
        counts = document.counts_in_lane(lane.id)
        what, name, delete = "lane", lane.title, lambda: document.delete_lane(lane.id)
    else:
        return False
    holding = _holding(*counts)
    if holding:
        if not confirm(_delete_question(what, name, holding)):
            return False
    delete()
    return True


# --- insert ----------------------------------------------------------------------------
def insert_card(document: Document, selection: Selection) -> Selection:
    target = cell_target(document.map, selection)
    if target is None:
        raise ValueError(translate("EditOperations", "add a stage and a lane before adding cards"))
    return Selection.cards([document.add_card(*target[:2], "", index=target.index)])


def insert_stage(document: Document, selection: Selection) -> Selection:
    m = document.map
    index = None
    if selection.kind == SelectionKind.STAGE and m.find_stage(selection.stage_id):
        index = m.stages.index(m.find_stage(selection.stage_id)) + 1
    elif selection.step_id and m.stage_of_step(selection.step_id):
        index = m.stages.index(m.stage_of_step(selection.step_id)) + 1
    word = "Étape" if m.language == "fr" else "Stage"
    return Selection.stage(document.add_stage(index, f"{word} {len(m.stages) + 1}"))


def insert_step(document: Document, selection: Selection) -> Selection:
    m = document.map
    stage, index = None, None
    if selection.kind == SelectionKind.STAGE:
        stage = m.find_stage(selection.stage_id)
    elif selection.step_id and m.stage_of_step(selection.step_id):
        stage = m.stage_of_step(selection.step_id)
        index = [s.id for s in stage.steps].index(selection.step_id) + 1
    stage = stage or (m.stages[-1] if m.stages else None)
    if stage is None:
        raise ValueError(translate("EditOperations", "add a stage before adding steps"))
    return Selection.step(document.add_step(stage.id, index))


def insert_lane(document: Document, selection: Selection, kind: LaneKind) -> Selection:
    m = document.map
    index = None
    if selection.lane_id and m.find_lane(selection.lane_id):
        index = m.lanes.index(m.find_lane(selection.lane_id)) + 1
    return Selection.lane(document.add_lane(kind, index))


def add_card_of_kind(document: Document, selection: Selection, kind: LaneKind) -> Selection:
    """A palette tile clicked: a card in the selected cell when its lane is of that kind,
    else in the lane of that kind at the selected step (the first such lane, added if none)."""
    m = document.map
    target = cell_target(m, selection)
    lane = m.find_lane(target.lane_id) if target else None
    if target and lane and lane.kind == kind:
        return Selection.cards([document.add_card(target.step_id, target.lane_id, index=target.index)])
    step_ids = m.step_ids()
    if not step_ids:
        raise ValueError(translate("EditOperations", "add a stage before adding cards"))
    step_id = target.step_id if target else step_ids[0]
    existing = next((lane for lane in m.lanes if lane.kind == kind), None)
    with document.macro(QCoreApplication.translate("Document", "Add card")):
        lane_id = existing.id if existing else document.add_lane(kind)
        if existing and existing.hidden:
            document.set_lane_hidden(lane_id, False)
        card_id = document.add_card(step_id, lane_id)
    return Selection.cards([card_id])
