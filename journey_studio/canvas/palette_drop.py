"""Dropping a card kind from the palette onto a cell creates a card there."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from ..model import LaneKind
from ..render import style
from ..render.hit_test import card_drop

#: the palette's drag carries a lane kind ("painPoints"...) or "card", as UTF-8
CARD_KIND_MIME = "application/x-journey-studio-card-kind"


def dropped_kind(mime: QMimeData) -> str | None:
    """The card kind a drag carries, or None when it is not a palette drag."""
    if not mime.hasFormat(CARD_KIND_MIME):
        return None
    kind = bytes(mime.data(CARD_KIND_MIME)).decode("utf-8", "replace").strip()
    return kind if kind == "card" or kind in set(LaneKind) else None


class PaletteDrop:
    """The view hands its drag events here; a drop is one ``add_card`` (one undo step)."""

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
        card_id = self.view.run_edit(self.scene.document.add_card, target.step_id, target.lane_id, "",
                                     target.index, **fields)
        event.acceptProposedAction()
        if card_id:
            self.view.select_and_edit_card(card_id)
        return True
