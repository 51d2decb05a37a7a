"""Dropping a card kind from the palette onto a cell starts a new card there, open for typing."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from ..model import LaneKind
from ..render import style
from ..render.hit_test import card_drop
from . import card_editor

#: the palette's drag carries a lane kind ("painPoints"...) or "card", as UTF-8
CARD_KIND_MIME = "application/x-journey-studio-card-kind"


def dropped_kind(mime: QMimeData) -> str | None:
    """The card kind a drag carries, or None when it is not a palette drag."""
    if not mime.hasFormat(CARD_KIND_MIME):
        return None
    kind = bytes(mime.data(CARD_KIND_MIME)).decode("utf-8", "replace").strip()
    return kind if kind == "card" or kind in set(LaneKind) else None


class PaletteDrop:
    """The view hands its drag events here; a drop opens a new card's editor (``edit_new_card``):
    the drop and the text typed are one undo step, and a drop closed with nothing typed none."""

    def __init__(self, view):
        self.view = view
        self.scene = view.map_scene

    def _target(self, event):
        pos = self.view.mapToScene(event.position().toPoint())
        return card_drop(self.scene.layout, pos.x(), pos.y())

    def enter(self, event) -> bool:
        if dropped_kind(event.mimeData()) is None or self.scene.document.read_only:
            return False
        event.acceptProposedAction()
        return True

    def move(self, event) -> bool:
        if dropped_kind(event.mimeData()) is None:
            return False
        target = self._target(event)
        if target is None:
            self.scene.drop_line.hide_line()
            event.ignore()
            return True
        self.scene.drop_line.show_line(target.x1, target.line_y, target.x2, target.line_y)
        event.acceptProposedAction()
        return True

    def leave(self) -> None:
        self.scene.drop_line.hide_line()

    def drop(self, event) -> bool:
        kind = dropped_kind(event.mimeData())
        if kind is None:
            return False
        self.scene.drop_line.hide_line()
        target = self._target(event)
        if target is None:
            event.ignore()
            return True
        lane = self.scene.document.journey.map.find_lane(target.lane_id)
        fields = {}
        if kind != "card" and lane is not None and kind != lane.kind:
            fields["color"] = style.lane_colors(kind).card  # a pain point dropped elsewhere still looks like one
        event.acceptProposedAction()
        # the same new card as a double-click's: dropping it and typing its text is one undo step,
        # and closing its editor with nothing typed leaves no card
        card_editor.edit_new_card(self.view, target.step_id, target.lane_id, index=target.index, **fields)
        return True
