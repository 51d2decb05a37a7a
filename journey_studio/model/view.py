"""Saved views: named filters over the cards, chosen on screen or at export time."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from . import limits
from .base import JourneyModel, optional_list, optional_value, text_field
from .card import Card, EvidenceKind, Tag
from .kinds import LaneKind, Priority
from .search_text import fold, holds


class CardFilter(JourneyModel):
    """Which cards stay bright. Each criterion left empty lets every card through; a card
    must pass every criterion that is set (within one criterion, any listed value will do)."""

    tags: list[Tag] = optional_list(limits.TAGS_MAX)
    owners: list[Annotated[str, Field(max_length=limits.NAME_MAX)]] = optional_list(limits.TAGS_MAX)
    priorities: list[Priority] = optional_list(3)
    lane_kinds: list[LaneKind] = optional_list(len(LaneKind))
    sources: list[EvidenceKind] = optional_list(5)
    min_votes: int | None = optional_value()

    def is_empty(self) -> bool:
        return not (self.tags or self.owners or self.priorities or self.lane_kinds or self.sources
                    or self.min_votes)

    def matches(self, card: Card, lane_kind: str | None) -> bool:
        """Whether ``card`` (in a lane of ``lane_kind``) stays bright. Tags and owners are
        compared without case or accents; a card with no source counts as an "assumption"."""
        if self.tags:
            wanted = {fold(t) for t in self.tags}
            if not any(fold(t) in wanted for t in card.tags):
                return False
        if self.owners and fold(card.owner) not in {fold(o) for o in self.owners}:
            return False
        if self.priorities and card.priority not in self.priorities:
            return False
        if self.lane_kinds and lane_kind not in self.lane_kinds:
            return False
        if self.sources and (card.source.kind if card.source else "assumption") not in self.sources:
            return False
        return not (self.min_votes and card.votes < self.min_votes)


def dimmed_cards(m, card_filter: CardFilter | None) -> set[str]:
    """The ids of the cards of map ``m`` that ``card_filter`` dims (none without a filter)."""
    if card_filter is None or card_filter.is_empty():
        return set()
    kinds = {lane.id: str(lane.kind) for lane in m.lanes}
    return {c.id for c in m.cards if not card_filter.matches(c, kinds.get(c.lane))}


def card_matches_text(card: Card, query: str) -> bool:
    """Find: the query (without case or accents: ``search_text.fold``) in the card's text,
    note, tags, owner or comments."""
    return holds(query, card.text, card.note, card.owner, *card.tags, *(c.text for c in card.comments),
                 *(c.author for c in card.comments))


class View(JourneyModel):
    """A named filter kept in the map ("pain points only")."""

    name: str = Field(min_length=1, max_length=limits.NAME_MAX)
    filter: CardFilter = Field(default_factory=CardFilter)
    description: str = text_field(limits.TEXT_MAX)
