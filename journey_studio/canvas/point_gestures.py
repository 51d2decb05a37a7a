"""Emotion points under the mouse and the keys: drag a point to a score, click the curve to add
one, Up/Down and Delete on the selected point.

Each gesture changes the model at most once, through one ``Document.set_point`` or
``remove_point`` call: one undo step. During a drag only the dragged face and its curve are
redrawn (from the shared layout's ``point_shapes``/``band_shapes``); the value shows beside
the face. Scores snap to the scale's whole steps; Shift snaps to half steps (as Shift+Up/Down
on the selected point), Alt gives a free value, rounded to a tenth (the point editor's number
field takes any value).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from ..emotion_steps import format_score, snap, step_score
from ..model import EmotionPoint
from ..render.geometry import CurveBox, Rect
from ..render.layout import band_shapes, point_shapes
from .emotion_items import EmotionPointItem, ValueTagItem
from .gesture import Interaction, toggles_selection
from .rubber_band import RubberBandInteraction
from .selection import Selection, SelectionKind
from .shapes_item import Z

def free_value(event) -> bool:
    return bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)


def half_steps(event) -> bool:
    return bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)


def find_point(document, lane_id: str, step_id: str) -> EmotionPoint | None:
    lane = document.journey.map.find_lane(lane_id)
    return next((p for p in lane.points if p.step == step_id), None) if lane else None


class PointDragInteraction(Interaction):
    """Press on a face: select it; drag it up or down: one ``set_point`` on release (Esc cancels)."""

    cursor = Qt.CursorShape.SizeVerCursor

    def __init__(self, view, item: EmotionPointItem):
        super().__init__(view)
        self.item = item
        self.lane_id, self.step_id = item.lane_id, item.step_id
        self.curve_item = self.scene.curves.get(self.lane_id)
        self.curve: CurveBox | None = self.curve_item.curve if self.curve_item else None
        self.point = find_point(self.document, self.lane_id, self.step_id)
        self.value: float | None = None
        self.tag: ValueTagItem | None = None
        self.saved: list = []

    def press(self, event) -> None:
        super().press(event)
        self.view.select(Selection.point(self.lane_id, self.step_id))

    def begin_drag(self, event) -> None:
        if self.curve is None or self.point is None or self.document.read_only:
            return
        self.saved = [(self.item, self.item.box_rect(), self.item.shapes()),
                      (self.curve_item, self.curve_item.box_rect(), self.curve_item.shapes())]
        self.item.setZValue(Z.DRAGGED)
        self.tag = ValueTagItem()
        self.scene.addItem(self.tag)
        self.center_y = self.item.box_rect().center[1]

    def drag(self, event) -> None:
        if self.tag is None:
            return
        scale = self.document.journey.map.emotion_scale
        raw = self.curve.score_at(self.center_y + self.scene_pos(event).y() - self.start.y())
        self.value = snap(raw, scale, free=free_value(event), half=half_steps(event))
        self._show(self.value)

    def _show(self, value: float) -> None:
        scale = self.document.journey.map.emotion_scale
        metrics = self.scene.options.metrics
        home = self.saved[0][1]
        x, r = home.center[0], home.w / 2
        y = self.curve.y_of(value)
        self.item.set_box(Rect(x - r, y - r, 2 * r, 2 * r), point_shapes(x, y, value, self.point.label, scale, metrics))
        coords = [(p.rect.center[0], y if p.step_id == self.step_id else p.rect.center[1]) for p in self.curve.points]
        language = str(self.document.journey.map.language)  # the map's, as the layout writes the ticks
        self.curve_item.set_box(self.curve.rect, band_shapes(self.curve, scale, coords, metrics, language))
        self.tag.show_value(format_score(value, scale, language), QPointF(x + r + 12, y))

    def drop(self, event) -> None:
        self.drag(event)  # the release decides: its position, and Alt may be pressed only now
        value = self.value
        self.cancel()
        if value is not None and value != self.point.score:
            self.view.run_edit(self.document.set_point, self.lane_id, self.step_id, value)

    def cancel(self) -> None:
        for item, rect, shapes in self.saved:
            item.set_box(rect, shapes)
        self.saved = []
        self.item.setZValue(Z.POINT)
        if self.tag is not None:
            self.scene.removeItem(self.tag)
            self.tag = None


class CurveClickInteraction(RubberBandInteraction):
    """A press on the curve band of an emotion lane: a click on an empty step adds a point at the
    clicked score (snapped), a click on a step with a point selects it; a drag selects cards."""

    def __init__(self, view, curve: CurveBox, step_id: str):
        super().__init__(view)
        self.curve = curve
        self.step_id = step_id

    def click(self, event) -> None:
        if toggles_selection(event):
            return
        lane_id = self.curve.lane_id
        if find_point(self.document, lane_id, self.step_id) is None:
            scale = self.document.journey.map.emotion_scale
            score = snap(self.curve.score_at(self.start.y()), scale, free=free_value(event), half=half_steps(event))
            self.view.run_edit(self.document.set_point, lane_id, self.step_id, score, "")
        if find_point(self.document, lane_id, self.step_id) is not None:
            self.view.select(Selection.point(lane_id, self.step_id))


def band_target(scene, pos: QPointF) -> tuple[CurveBox, str] | None:
    """The curve band and step under ``pos``, or None."""
    if scene.layout is None:
        return None
    for curve in scene.layout.curves:
        if curve.rect.contains(pos.x(), pos.y()):
            key = scene.cell_at(pos)
            if key is not None and key[1] == curve.lane_id:
                return curve, key[0]
    return None


def add_hint_at(scene, pos: QPointF, free: bool = False, half: bool = False) -> QPointF | None:
    """Where a click at ``pos`` would add a point (centre of the new face), or None."""
    target = band_target(scene, pos)
    if target is None or scene.document.read_only:
        return None
    curve, step_id = target
    if find_point(scene.document, curve.lane_id, step_id) is not None:
        return None
    score = snap(curve.score_at(pos.y()), scene.document.journey.map.emotion_scale, free=free, half=half)
    cell = scene.cell_rect((step_id, curve.lane_id))
    return QPointF(cell.center[0], curve.y_of(score))


def point_interaction_for(view, item, pos: QPointF) -> Interaction | None:
    """The left-button gesture on an emotion point or on an emotion band; None elsewhere."""
    if isinstance(item, EmotionPointItem):
        return PointDragInteraction(view, item)
    if item is None:
        target = band_target(view.map_scene, pos)
        if target is not None:
            return CurveClickInteraction(view, *target)
    return None


# --- keys on the selected point ---------------------------------------------------------------
def step_selected_point(view, delta: int, half: bool = False) -> bool:
    """Up/Down: the selected point one whole step (Shift: half a step) up or down the scale
    (one undo step)."""
    s = view.selection()
    if s.kind != SelectionKind.POINT:
        return False
    document = view.map_scene.document
    point = find_point(document, s.lane_id, s.step_id)
    if point is not None:
        score = step_score(point.score, document.journey.map.emotion_scale, delta, half)
        if score != point.score:
            view.run_edit(document.set_point, s.lane_id, s.step_id, score)
    return True


def neighbour_point(view, direction: int) -> Selection | None:
    """Left/Right from a selected point: the next point of the same lane that way, if any."""
    s = view.selection()
    layout = view.map_scene.layout
    if s.kind != SelectionKind.POINT or layout is None:
        return None
    curve = next((c for c in layout.curves if c.lane_id == s.lane_id), None)
    steps = [p.step_id for p in curve.points] if curve else []
    if s.step_id not in steps:
        return None
    at = steps.index(s.step_id) + direction
    return Selection.point(s.lane_id, steps[at]) if 0 <= at < len(steps) else None


def remove_selected_point(view) -> bool:
    """Delete: remove the selected point (one undo step)."""
    s = view.selection()
    if s.kind != SelectionKind.POINT:
        return False
    document = view.map_scene.document
    if find_point(document, s.lane_id, s.step_id) is not None:
        view.run_edit(document.remove_point, s.lane_id, s.step_id)
    return True
