"""One open map: the journey, its undo stack, its file path and its unsaved state.

The public methods are the edit API of the editor. Each checks its input first (unknown ids,
values the file format would refuse) and raises ``ValueError`` with one clear line before
anything is pushed; then it builds one command and pushes it, so each call is one undo step
(group several with :meth:`Document.macro`). A call that would change nothing pushes nothing.

``changed`` is emitted once per undo step (a push, an undo, a redo, a whole macro) with the
list of every :class:`Change` of that step (a command that removes a stage reports the stage,
its cards and the emotion lanes that lost points), so listeners refresh once.

Decided here: deleting the only step of a stage deletes the stage (a stage always has a
step); moving the only step out of its stage is refused. Card indexes in a cell count the
cards of that cell once the moved cards are lifted out of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QUndoStack

from . import templates
from .user_templates import find_any_template
from .commands import (
    Change, InsertCardsCommand, InsertLaneCommand, InsertStageCommand, InsertStepCommand,
    MoveCardsCommand, MoveLaneCommand, MoveStageCommand, MoveStepCommand, RemoveCardsCommand,
    RemoveLaneCommand, RemovePointCommand, RemoveStageCommand, RemoveStepCommand, ReplaceContentCommand,
    SetDataCommand, SetEmotionScaleCommand, SetFieldsCommand, SetLaneHiddenCommand, SetPersonaPhotoCommand,
    SetPointCommand, Target, AddPersonaCommand, RemovePersonaCommand,
)
from .commands.card_commands import arrange_move
from .commands.typed_card import NewCardCommand
from .commands.checks import clamp_index, finite_number, new_values, room_for, validated
from .commands.contents import cell_insert_position
from .model import (
    PERSONA_COLORS, Asset, Card, CardFilter, EmotionPoint, EmotionScale, Journey, Lane, LaneKind, Language,
    Map, Persona, Stage, Step, View, integrity_problems, limits, new_id,
)
from .vocabulary import lane_title

translate = QCoreApplication.translate  # undo texts follow the interface language

__all__ = ["Change", "Counts", "Document"]


class Counts(NamedTuple):
    """What a stage or lane holds, to ask before deleting it."""

    cards: int
    points: int


class Document(QObject):
    changed = Signal(object)  # list[Change], once per undo step
    dirty_changed = Signal(bool)
    path_changed = Signal(str)
    read_only_changed = Signal(bool)

    def __init__(self, journey: Journey, path: str | None = None, read_only: bool = False,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.journey = journey
        self.path = path
        self._read_only = read_only
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.undo_stack.indexChanged.connect(self._flush)  # undo and redo from anywhere
        self._macro_depth = 0
        self._pending: list[Change] = []

    @classmethod
    def new(cls, template: str = "blank", language: Language | str = Language.EN) -> "Document":
        return cls(templates.journey_from(find_any_template(template), language))

    @classmethod
    def from_journey(cls, journey: Journey, path: str | None = None, read_only: bool = False) -> "Document":
        return cls(journey, path, read_only)

    # --- state ------------------------------------------------------------------------
    @property
    def map(self) -> Map:
        return self.journey.map

    @property
    def read_only(self) -> bool:
        """Open read-only (another editor holds the file): every edit is refused."""
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        if bool(value) != self._read_only:
            self._read_only = bool(value)
            self.read_only_changed.emit(self._read_only)

    @property
    def dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self, path: str | None = None) -> None:
        """The map was written to ``path`` (or to its present path): it is clean now."""
        if path is not None and path != self.path:
            self.path = path
            self.path_changed.emit(path)
        self.undo_stack.setClean()

    @Slot(bool)
    def _clean_changed(self, clean: bool) -> None:
        self.dirty_changed.emit(not clean)

    def _notify(self, change: Change) -> None:
        self._pending.append(change)

    def _flush(self, *_args) -> None:
        """Say once what the step just done, undone or redone changed (inside a macro: later)."""
        if self._pending and not self._macro_depth:
            changes, self._pending = self._pending, []
            self.changed.emit(changes)

    def _push(self, command) -> None:
        if self.read_only:
            raise ValueError("this map is open read-only")
        self.undo_stack.push(command)
        self._flush()  # a typing edit merged into the previous step changes no index

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group the edits made inside into one undo step; on an error they are all undone."""
        if self.read_only:
            raise ValueError("this map is open read-only")
        self.undo_stack.beginMacro(text)
        self._macro_depth += 1
        try:
            yield
        except BaseException:
            self._end_macro(keep=False)
            raise
        else:
            self._end_macro(keep=True)

    def _end_macro(self, keep: bool) -> None:
        self._macro_depth -= 1
        self.undo_stack.endMacro()
        if self._macro_depth:
            return
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if not (keep and top.childCount()):
            self._drop_last_step()  # undo what was done, then drop the macro without redoing it
        self._flush()

    def seal_edit(self) -> None:
        """End the field edit being typed: the next one starts a new undo step."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, SetFieldsCommand):
            top.seal()

    def _drop_last_step(self) -> None:
        """Undo the last step and forget it: no redo brings it back."""
        self.undo_stack.undo()
        self.undo_stack.command(self.undo_stack.index()).setObsolete(True)
        self.undo_stack.redo()  # an obsolete command is deleted, not redone

    # --- lookups that refuse unknown ids ------------------------------------------------
    def _card(self, card_id: str) -> Card:
        card = self.map.find_card(card_id)
        if card is None:
            raise ValueError(f"no card with id '{card_id}'")
        return card

    def _cards(self, card_ids: Iterable[str]) -> list[str]:
        ids = list(dict.fromkeys(card_ids))
        for card_id in ids:
            self._card(card_id)
        return ids

    def _stage(self, stage_id: str) -> Stage:
        stage = self.map.find_stage(stage_id)
        if stage is None:
            raise ValueError(f"no stage with id '{stage_id}'")
        return stage

    def _step(self, step_id: str) -> Step:
        step = self.map.find_step(step_id)
        if step is None:
            raise ValueError(f"no step with id '{step_id}'")
        return step

    def _lane(self, lane_id: str) -> Lane:
        lane = self.map.find_lane(lane_id)
        if lane is None:
            raise ValueError(f"no lane with id '{lane_id}'")
        return lane

    def _emotion_lane(self, lane_id: str) -> Lane:
        lane = self._lane(lane_id)
        if lane.kind != LaneKind.EMOTIONS:
            raise ValueError(f"lane '{lane.title or lane_id}' is not an emotions lane")
        return lane

    def _set_fields(self, target: Target, obj, fields: dict[str, Any], what: str, text: str,
                    merge: bool, forbidden: Iterable[str] = ()) -> None:
        values = new_values(obj, fields, what, frozenset(forbidden) | {"id"})
        if values:
            self._push(SetFieldsCommand(self.journey, target, values, text, self._notify, merge=merge))

    # --- cards -------------------------------------------------------------------------
    def add_card(self, step_id: str, lane_id: str, text: str = "", index: int | None = None,
                 **fields: Any) -> str:
        return self.paste_cards([{**fields, "text": text}], step_id, lane_id, index, translate("Document", "Add card"))[0]

    def start_card(self, step_id: str, lane_id: str, index: int | None = None, **fields: Any) -> str:
        """A new empty card whose text the user types now; returns its id.

        The card is on the map at once (the canvas and the inspector show it while it is
        typed). :meth:`finish_card` gives it its text in this same undo step (adding and
        typing is one gesture); :meth:`discard_new_card` takes it back leaving no undo step."""
        self._step(step_id), self._lane(lane_id)
        card = validated(Card, {**fields, "text": "", "id": new_id("card"), "step": step_id, "lane": lane_id},
                         "card")
        room_for(len(self.map.cards), 1, limits.CARDS_MAX, "cards")
        at = cell_insert_position(self.map.cards, step_id, lane_id, index)
        self._push(NewCardCommand(self.journey, [(at, card)], translate("Document", "Add card"), self._notify))
        return card.id

    def finish_card(self, card_id: str, text: str) -> bool:
        """The text typed into a card from :meth:`start_card`, in the card's undo step; with
        no text (only white space) or a refused one (ValueError), the card is taken back.
        True when the card stays. Later edits of the card are undo steps of their own."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        try:
            if not text.strip():
                self.discard_new_card(card_id)
                return False
            try:
                self.update_card(card_id, text=text, merge=True)  # merged into the open NewCardCommand
            except ValueError:
                self.discard_new_card(card_id)
                raise
            return True
        finally:
            if isinstance(top, NewCardCommand):
                top.seal()

    def discard_new_card(self, card_id: str) -> None:
        """Take back a card from :meth:`start_card` as if it had never been added (no undo
        step, the redo steps lost when it was added stay lost). A card that is no longer the
        last step is deleted as an undo step of its own."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(top, NewCardCommand) and top.ids == {card_id}:
            self._drop_last_step()
        elif self.map.find_card(card_id) is not None:
            self.delete_cards([card_id])

    def update_card(self, card_id: str, *, merge: bool = False, **fields: Any) -> None:
        """Set fields of a card; a new text on an example card makes it a real card."""
        if "text" in fields and "example" not in fields and self._card(card_id).example \
                and fields["text"] != self._card(card_id).text:
            fields["example"] = False
        self._set_fields(Target("card", card_id), self._card(card_id), fields, "card", translate("Document", "Edit card"),
                         merge, forbidden=("step", "lane", "image"))

    def set_card_image(self, card_id: str, asset: Asset | None) -> None:
        """Show a checked image on a card (checked like the persona photo: see
        ``fileformat.images.prepare_photo``), or take it away with None; one undo step."""
        from .commands.card_image_commands import SetCardImageCommand
        card = self._card(card_id)
        if asset is None:
            if card.image is not None:
                self._push(SetCardImageCommand(self.journey, card_id, None, None, "Remove card image",
                                               self._notify))
            return
        if not isinstance(asset, Asset):
            raise ValueError("the image must be an Asset")
        room_for(len(self.journey.assets), 1, limits.ASSETS_MAX, "images")
        self._push(SetCardImageCommand(self.journey, card_id, asset, new_id("asset"), "Set card image",
                                       self._notify))

    def vote(self, card_id: str, delta: int) -> None:
        votes = max(0, min(self._card(card_id).votes + int(delta), limits.VOTES_MAX))
        self._set_fields(Target("card", card_id), self._card(card_id), {"votes": votes}, "card",
                         translate("Document", "Vote"), merge=False)

    def move_cards(self, card_ids: Iterable[str], step_id: str, lane_id: str,
                   index: int | None = None) -> None:
        ids = set(self._cards(card_ids))
        self._step(step_id), self._lane(lane_id)
        cards = self.map.cards
        in_cell = [c.id for c in cards if (c.step, c.lane) == (step_id, lane_id)]
        unchanged = ids <= set(in_cell) and in_cell == [
            c.id for c in arrange_move(cards, ids, step_id, lane_id, index)
            if (c.step, c.lane) == (step_id, lane_id)]
        if ids and not unchanged:
            text = self.tr("Move %n card(s)", "", len(ids))  # Qt's plural forms
            self._push(MoveCardsCommand(self.journey, ids, step_id, lane_id, index, text, self._notify))

    def delete_cards(self, card_ids: Iterable[str]) -> None:
        ids = self._cards(card_ids)
        if ids:
            text = self.tr("Delete %n card(s)", "", len(ids))
            self._push(RemoveCardsCommand(self.journey, ids, text, self._notify))

    def example_cards(self) -> list[str]:
        """The ids of the example cards a template put on the map."""
        return [card.id for card in self.map.cards if card.example]

    def clear_examples(self) -> int:
        """Delete every example card, in one undo step; returns how many went."""
        ids = self.example_cards()
        if ids:
            self._push(RemoveCardsCommand(self.journey, ids, translate("Document", "Clear examples"),
                                          self._notify))
        return len(ids)

    def duplicate_cards(self, card_ids: Iterable[str]) -> list[str]:
        """Copy each card just after itself in its cell; returns the copies' ids."""
        ids = set(self._cards(card_ids))
        room_for(len(self.map.cards), len(ids), limits.CARDS_MAX, "cards")
        originals = [(i, c) for i, c in enumerate(self.map.cards) if c.id in ids]
        placements = [(i + 1 + k, card.model_copy(deep=True, update={"id": new_id("card")}))
                      for k, (i, card) in enumerate(originals)]
        if placements:
            self._push(InsertCardsCommand(self.journey, placements, translate("Document", "Duplicate"),
                                          self._notify))
        return [card.id for _, card in placements]

    def paste_cards(self, card_dicts: Iterable[dict[str, Any]], step_id: str, lane_id: str,
                    index: int | None = None, text: str | None = None) -> list[str]:
        """New cards (fresh ids) from dicts such as the clipboard's, in cell (step, lane)."""
        text = text or translate("Document", "Paste")
        self._step(step_id), self._lane(lane_id)
        cards = [validated(Card, {**data, "id": new_id("card"), "step": step_id, "lane": lane_id}, "card")
                 for data in card_dicts]
        room_for(len(self.map.cards), len(cards), limits.CARDS_MAX, "cards")
        at = cell_insert_position(self.map.cards, step_id, lane_id, index)
        if cards:
            self._push(InsertCardsCommand(self.journey, [(at + k, c) for k, c in enumerate(cards)],
                                          text, self._notify))
        return [card.id for card in cards]

    def paste_text(self, text: str, step_id: str, lane_id: str, index: int | None = None) -> list[str]:
        """One card per non-empty line, without leading bullets ("- ", "* ", "• ")."""
        lines = [line.strip() for line in text.splitlines()]
        texts = [line[2:].strip() if line[:2] in ("- ", "* ", "• ") else line for line in lines]
        return self.paste_cards([{"text": t} for t in texts if t], step_id, lane_id, index)

    # --- stages and steps ----------------------------------------------------------------
    def add_stage(self, index: int | None = None, name: str = "") -> str:
        """A new stage with one unnamed step; returns the stage's id."""
        room_for(len(self.map.stages), 1, limits.STAGES_MAX, "stages")
        room_for(sum(1 for _ in self.map.steps()), 1, limits.STEPS_MAX, "steps")
        stage = validated(Stage, {"id": new_id("stage"), "name": name,
                                  "steps": [{"id": new_id("step")}]}, "stage")
        self._push(InsertStageCommand(self.journey, stage, clamp_index(index, len(self.map.stages)),
                                      translate("Document", "Add stage"), self._notify))
        return stage.id

    def update_stage(self, stage_id: str, *, merge: bool = False, **fields: Any) -> None:
        self._set_fields(Target("stage", stage_id), self._stage(stage_id), fields, "stage",
                         translate("Document", "Edit stage"), merge, forbidden=("steps",))

    def delete_stage(self, stage_id: str) -> None:
        self._stage(stage_id)
        self._push(RemoveStageCommand(self.journey, stage_id, translate("Document", "Delete stage"), self._notify))

    def move_stage(self, stage_id: str, new_index: int) -> None:
        stage = self._stage(stage_id)
        to = clamp_index(new_index, len(self.map.stages) - 1)
        if self.map.stages.index(stage) != to:
            self._push(MoveStageCommand(self.journey, stage_id, to, translate("Document", "Move stage"), self._notify))

    def add_step(self, stage_id: str, index: int | None = None, name: str = "") -> str:
        steps = self._stage(stage_id).steps
        if len(steps) >= limits.STEPS_PER_STAGE_MAX:
            raise ValueError(f"a stage holds at most {limits.STEPS_PER_STAGE_MAX} steps")
        room_for(sum(1 for _ in self.map.steps()), 1, limits.STEPS_MAX, "steps")
        step = validated(Step, {"id": new_id("step"), "name": name}, "step")
        self._push(InsertStepCommand(self.journey, stage_id, step, clamp_index(index, len(steps)),
                                     translate("Document", "Add step"), self._notify))
        return step.id

    def update_step(self, step_id: str, *, merge: bool = False, **fields: Any) -> None:
        self._set_fields(Target("step", step_id), self._step(step_id), fields, "step", translate("Document", "Edit step"), merge)

    def delete_step(self, step_id: str) -> None:
        """Delete a step with its cards and points; the only step of a stage takes the stage."""
        self._step(step_id)
        stage = self.map.stage_of_step(step_id)
        if len(stage.steps) == 1:
            self.delete_stage(stage.id)
        else:
            self._push(RemoveStepCommand(self.journey, step_id, translate("Document", "Delete step"), self._notify))

    def move_step(self, step_id: str, stage_id: str, index: int | None = None) -> None:
        self._step(step_id)
        target = self._stage(stage_id)
        source = self.map.stage_of_step(step_id)
        if source is target:
            to = clamp_index(index, len(target.steps) - 1)
            if [s.id for s in target.steps].index(step_id) == to:
                return
        else:
            if len(source.steps) == 1:
                raise ValueError("a stage keeps at least one step: delete the stage instead")
            if len(target.steps) >= limits.STEPS_PER_STAGE_MAX:
                raise ValueError(f"a stage holds at most {limits.STEPS_PER_STAGE_MAX} steps")
            to = clamp_index(index, len(target.steps))
        self._push(MoveStepCommand(self.journey, step_id, stage_id, to, translate("Document", "Move step"), self._notify))

    def counts_in_stage(self, stage_id: str) -> Counts:
        steps = {step.id for step in self._stage(stage_id).steps}
        return Counts(sum(card.step in steps for card in self.map.cards),
                      sum(p.step in steps for lane in self.map.lanes for p in lane.points))

    # --- lanes ---------------------------------------------------------------------------
    def add_lane(self, kind: LaneKind | str, index: int | None = None, title: str | None = None) -> str:
        """A new lane; its title defaults to the kind's name in the map's language."""
        room_for(len(self.map.lanes), 1, limits.LANES_MAX, "lanes")
        try:
            kind = LaneKind(kind)
        except ValueError:
            raise ValueError(f"unknown lane kind '{kind}'") from None
        title = lane_title(kind, self.map.language) if title is None else title
        lane = validated(Lane, {"id": new_id("lane"), "kind": kind, "title": title}, "lane")
        self._push(InsertLaneCommand(self.journey, lane, clamp_index(index, len(self.map.lanes)),
                                     translate("Document", "Add lane"), self._notify))
        return lane.id

    def update_lane(self, lane_id: str, *, merge: bool = False, **fields: Any) -> None:
        lane = self._lane(lane_id)
        if lane.points and fields.get("kind", LaneKind.EMOTIONS) != LaneKind.EMOTIONS:
            raise ValueError("an emotions lane with points cannot change kind: remove its points first")
        if fields.get("persona") is not None:
            self._persona(fields["persona"])
        self._set_fields(Target("lane", lane_id), lane, fields, "lane", translate("Document", "Edit lane"), merge,
                         forbidden=("points",))

    def delete_lane(self, lane_id: str) -> None:
        self._lane(lane_id)
        self._push(RemoveLaneCommand(self.journey, lane_id, translate("Document", "Delete lane"), self._notify))

    def move_lane(self, lane_id: str, new_index: int) -> None:
        lane = self._lane(lane_id)
        to = clamp_index(new_index, len(self.map.lanes) - 1)
        if self.map.lanes.index(lane) != to:
            self._push(MoveLaneCommand(self.journey, lane_id, to, translate("Document", "Move lane"), self._notify))

    def set_lane_hidden(self, lane_id: str, hidden: bool) -> None:
        if self._lane(lane_id).hidden != bool(hidden):
            self._push(SetLaneHiddenCommand(self.journey, lane_id, bool(hidden), self._notify))

    def counts_in_lane(self, lane_id: str) -> Counts:
        lane = self._lane(lane_id)
        return Counts(sum(card.lane == lane_id for card in self.map.cards), len(lane.points))

    # --- emotions ------------------------------------------------------------------------
    def set_point(self, lane_id: str, step_id: str, score: float, label: str | None = None) -> None:
        """Add or change the point of a step in an emotions lane; the score is clamped to the scale."""
        lane = self._emotion_lane(lane_id)
        self._step(step_id)
        scale = self.map.emotion_scale
        score = min(max(finite_number(score, "emotion score"), scale.min), scale.max)
        existing = next((p for p in lane.points if p.step == step_id), None)
        if label is None:
            label = existing.label if existing else ""
        validated(EmotionPoint, {"step": step_id, "score": score, "label": label}, "emotion point")
        if existing is None or (existing.score, existing.label) != (score, label):
            self._push(SetPointCommand(self.journey, lane_id, step_id, score, label,
                                       translate("Document", "Set emotion"), self._notify))

    def remove_point(self, lane_id: str, step_id: str) -> None:
        lane = self._emotion_lane(lane_id)
        if not any(p.step == step_id for p in lane.points):
            raise ValueError(f"lane '{lane.title or lane_id}' has no point on step '{step_id}'")
        self._push(RemovePointCommand(self.journey, lane_id, step_id, translate("Document", "Remove emotion"), self._notify))

    def set_emotion_scale(self, minimum: float, maximum: float) -> None:
        """Change the scale; every point keeps its proportion (one undo step)."""
        scale = validated(EmotionScale, {"min": finite_number(minimum, "scale minimum"),
                                         "max": finite_number(maximum, "scale maximum")}, "emotion scale")
        old = self.map.emotion_scale
        if (scale.min, scale.max) != (old.min, old.max):
            self._push(SetEmotionScaleCommand(self.journey, scale.min, scale.max,
                                              translate("Document", "Change emotion scale"), self._notify))

    # --- persona and map -------------------------------------------------------------------
    def _persona(self, persona_id: str | None) -> Persona:
        if persona_id is None:
            return self.map.main_persona
        found = self.map.find_persona(persona_id)
        if found is None:
            raise ValueError(f"no persona with id '{persona_id}'")
        return found

    def update_persona(self, *, merge: bool = False, persona_id: str | None = None, **fields: Any) -> None:
        """Edit one persona's fields (the main persona's when no id is given)."""
        persona = self._persona(persona_id)
        self._set_fields(Target("persona", persona.id), persona, fields, "persona", translate("Document", "Edit persona"),
                         merge, forbidden=("photo",))

    def add_persona(self, name: str = "", **fields: Any) -> str:
        """Add a persona after the others, in the next free colour; returns its id."""
        room_for(len(self.map.personas), 1, limits.PERSONAS_MAX, "personas")
        used = {p.color for p in self.map.personas}
        color = next((c for c in PERSONA_COLORS if c not in used), PERSONA_COLORS[len(self.map.personas) % 5])
        persona = validated(Persona, {"color": color, **fields, "name": name, "id": new_id("persona")},
                            "persona")
        if persona.photo is not None:
            raise ValueError("a new persona gets its photo with set_persona_photo")
        self._push(AddPersonaCommand(self.journey, persona, "Add persona", self._notify))
        return persona.id

    def remove_persona(self, persona_id: str) -> None:
        """Remove a persona; a map keeps at least one."""
        self._persona(persona_id)
        if len(self.map.personas) == 1:
            raise ValueError("a map keeps at least one persona")
        self._push(RemovePersonaCommand(self.journey, persona_id, "Remove persona", self._notify))

    def set_persona_photo(self, asset: Asset | None, persona_id: str | None = None) -> None:
        """Set a persona's photo to a checked image (see the persona panel), or clear it with None."""
        persona = self._persona(persona_id)
        if asset is None:
            if persona.photo is not None:
                self._push(SetPersonaPhotoCommand(self.journey, None, None, translate("Document", "Remove persona photo"),
                                                  self._notify, persona.id))
            return
        if not isinstance(asset, Asset):
            raise ValueError("the photo must be an Asset")
        room_for(len(self.journey.assets), 1, limits.ASSETS_MAX, "images")
        self._push(SetPersonaPhotoCommand(self.journey, asset, new_id("asset"), translate("Document", "Set persona photo"),
                                          self._notify, persona.id))

    def default_title_renames(self, language: Language | str) -> list[tuple[str, str | None, str]]:
        """The titles nobody chose (a new map's "Stage 1", "Pain points", "Untitled journey")
        as ``language`` says them: (what, id, new title) for each one that would change."""
        old, new = self.map.language, Language(language)
        renames: list[tuple[str, str | None, str]] = []

        def check(what: str, target_id: str | None, title: str) -> None:
            translated = templates.translated_default(title, old, new)
            if translated is not None and translated != title:
                renames.append((what, target_id, translated))

        check("map", None, self.map.title)
        for stage in self.map.stages:
            check("stage", stage.id, stage.name)
        for lane in self.map.lanes:
            check("lane", lane.id, lane.title)
        return renames

    def set_map_language(self, language: Language | str, rename_defaults: bool = False) -> None:
        """The map's language; with ``rename_defaults``, its never-edited default titles follow
        (one undo step)."""
        renames = self.default_title_renames(language) if rename_defaults else []
        with self.macro(translate("Document", "Change map language")):
            self.update_map(language=Language(language))
            for what, target_id, title in renames:
                if what == "map":
                    self.update_map(title=title)
                elif what == "stage":
                    self.update_stage(target_id, name=title)
                else:
                    self.update_lane(target_id, title=title)

    # --- the living map ----------------------------------------------------------------------
    def set_data(self, sources: list, metrics: list, measures: list | None = None,
                 lanes: dict | None = None, text: str | None = None) -> None:
        """Replace the data sources and metric rules (and measures, and the data links and
        points of emotion lanes: ``{lane_id: (LaneData | None, points | None)}``), checked
        as a whole first, in one undo step. A refresh passes the new measures and points."""
        from .commands.data_commands import checked_data
        state = checked_data(self.map, sources, metrics, measures, lanes or {})
        text = text or translate("Document", "Edit data sources")
        self._push(SetDataCommand(self.journey, *state, text, self._notify))

    # --- saved views ---------------------------------------------------------------------------
    def save_view(self, name: str, card_filter: dict | CardFilter, description: str = "") -> None:
        """Keep a filter as a named view (replacing the view of that name), one undo step."""
        criteria = card_filter.model_dump() if isinstance(card_filter, CardFilter) else card_filter
        view = validated(View, {"name": name.strip(), "filter": criteria, "description": description}, "view")
        views = [v for v in self.map.views if v.name.casefold() != view.name.casefold()]
        room_for(len(views), 1, limits.VIEWS_MAX, "views")
        at = next((i for i, v in enumerate(self.map.views) if v.name.casefold() == view.name.casefold()),
                  len(views))
        views.insert(at, view)
        self._set_fields(Target("map"), self.map, {"views": views}, "map", "Save view", False)

    def delete_view(self, name: str) -> None:
        views = [v for v in self.map.views if v.name.casefold() != name.casefold()]
        if len(views) == len(self.map.views):
            raise ValueError(f"no view named '{name}'")
        self._set_fields(Target("map"), self.map, {"views": views}, "map", "Delete view", False)

    # --- the whole content ------------------------------------------------------------------
    def replace_content(self, journey: Journey, text: str = "Merge changes") -> None:
        """Make the map, its images and its version record those of ``journey`` (a merged
        copy), in one undo step. ``journey`` must be a valid journey; it is copied."""
        if not isinstance(journey, Journey):
            raise ValueError("the new content must be a Journey")
        problems = integrity_problems(journey.map)
        if problems:
            raise ValueError(problems[0])
        if journey.map.model_dump() != self.map.model_dump() or journey.assets != self.journey.assets:
            self._push(ReplaceContentCommand(self.journey, journey, text, self._notify))

    def update_map(self, *, merge: bool = False, **fields: Any) -> None:
        """Title, description, language."""
        refused = set(fields) - {"title", "description", "language"}
        if refused:
            raise ValueError(f"map.{sorted(refused)[0]} cannot be set this way")
        self._set_fields(Target("map"), self.map, fields, "map", translate("Document", "Edit map"), merge)
