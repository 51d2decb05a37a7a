"""In-place editing of card text and of stage, step and lane titles.

A plain-text editor (a QGraphicsTextItem whose text is only ever read with
``toPlainText``, and which pastes only plain text) opens over the card with the card's font
and width. Enter commits with one document call, Shift+Enter starts a new line (cards only),
Esc cancels; clicking elsewhere commits. A card's editor opens with the caret after its text
(typing adds to it, never replaces it); a title's opens with the title selected, to rename it. A new card is added as its editor opens, so the
inspector shows it while it is typed; adding and typing it is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QGraphicsTextItem

from ..render import style
from ..render.fonts import FontStyle
from ..render.geometry import Rect
from ..render.hit_test import new_card_rect
from ..render.painters.qt import qfont
from ..render.style import METRICS
from .selection import Selection
from .shapes_item import ACCENT, Z


class InlineEditor(QGraphicsTextItem):
    #: the caret moved by a key (its position): screen readers follow it (``accessible_editor``)
    caret_moved = Signal(int)

    def __init__(self, text: str, rect: Rect, font, fill: str, ink: str, multiline: bool,
                 on_commit: Callable[[str], None], on_close: Callable[[], None], padding: float,
                 on_cancel: Callable[[], None] | None = None, label: str = "",
                 select_all: bool = False):
        super().__init__()
        self._rect = rect
        self._fill = QColor(fill)
        self.multiline = multiline
        #: what is edited, said by screen readers ("New card", "Stage name")
        self.label = label
        self._on_commit = on_commit
        self._on_close = on_close
        self._on_cancel = on_cancel
        self._done = False
        self.setFont(font)
        self.setDefaultTextColor(QColor(ink))
        self.document().setDocumentMargin(padding)
        self.setTextWidth(rect.w)
        self.setPlainText(text)
        self.setPos(rect.x, rect.y)
        self.setZValue(Z.EDITOR)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        # a card's text opens with the caret at its end, so no keystroke can wipe it; a title
        # being renamed opens selected (typing replaces it, as a file rename does)
        cursor = self.textCursor()
        if select_all:
            cursor.select(cursor.SelectionType.Document)
        else:
            cursor.movePosition(cursor.MoveOperation.End)
        self.setTextCursor(cursor)

    def text(self) -> str:
        return self.toPlainText()

    def boundingRect(self) -> QRectF:
        inner = super().boundingRect()
        inner.setHeight(max(inner.height(), self._rect.h))
        return inner.adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        box = self.boundingRect().adjusted(4, 4, -4, -4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(self._fill)
        painter.setPen(QPen(ACCENT, 3))
        painter.drawRoundedRect(box.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5)
        super().paint(painter, option, widget)

    def keyPressEvent(self, event) -> None:
        caret = self.textCursor().position()
        self._key(event)
        event.accept()
        if not self._done and self.textCursor().position() != caret:
            self.caret_moved.emit(self.textCursor().position())

    def _key(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.multiline and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            else:
                self.finish(commit=True)
        elif key == Qt.Key.Key_Escape:
            self.finish(commit=False)
        elif event.matches(QKeySequence.StandardKey.Paste):
            text = QGuiApplication.clipboard().text()
            self.textCursor().insertText(text if self.multiline else " ".join(text.split()))
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish(commit=True)

    def finish(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        text = self.toPlainText()
        self.setVisible(False)
        try:
            if commit:
                self._on_commit(text)
            elif self._on_cancel is not None:
                self._on_cancel()
        finally:
            self._on_close()
            QTimer.singleShot(0, self._remove)

    def _remove(self) -> None:
        if self.scene() is not None:
            self.scene().removeItem(self)

    def is_done(self) -> bool:
        return self._done


def _card_fill(document, card_id: str) -> str:
    m = document.journey.map
    card = m.find_card(card_id)
    lane = m.find_lane(card.lane)
    return card.color or style.lane_colors(lane.kind).card


def edit_card(view, card_id: str) -> InlineEditor | None:
    scene = view.map_scene
    item = scene.cards.get(card_id)
    card = scene.document.journey.map.find_card(card_id)
    if item is None or card is None:
        return None
    fill = _card_fill(scene.document, card_id)

    def commit(text: str) -> None:
        text = text.rstrip("\n")
        if text != scene.document.journey.map.find_card(card_id).text:
            view.run_edit(scene.document.update_card, card_id, text=text)

    original = card.text
    editor = _open(view, card.text, item.box_rect(), qfont(FontStyle.REGULAR, METRICS.card_font), fill,
                   style.text_on(fill), True, commit, METRICS.card_padding,
                   on_cancel=lambda: view.card_text_typed.emit(card_id, original),
                   label=QCoreApplication.translate("CardEditor", "Card text"))
    _tell_typing(view, editor, card_id)
    return editor


def edit_new_card(view, step_id: str, lane_id: str, typed: str = "", index: int | None = None,
                  **fields) -> InlineEditor | None:
    """A new card in the cell (at ``index``, at the end by default), its editor open;
    committing text finishes it.

    Every gesture that makes a card to be typed comes here: a double-click or Enter on a cell,
    typing on a selected cell, a drop from the card palette (``fields``: the dropped kind's
    colour). The card is added at once (``Document.start_card``) and selected, so the
    inspector shows it while it is typed; its text joins the same undo step. Esc, or a commit
    with nothing typed, takes it back leaving no undo step. ``typed`` is what the user started
    typing on the selected cell: it stays, the cursor after it.
    """
    scene = view.map_scene
    document = scene.document
    lane = document.journey.map.find_lane(lane_id)
    if lane is None or (step_id, lane_id) not in scene.layout.cells:
        return None
    view.close_editor(commit=True)  # an edit under way ends before the new card's step begins
    rect = new_card_rect(scene.layout, step_id, lane_id, METRICS.cell_padding, METRICS.card_gap,
                         METRICS.card_min_height)
    card_id = view.run_edit(document.start_card, step_id, lane_id, index, **fields)
    if not card_id:
        return None
    view.select_card(card_id)
    if card_id in view.map_scene.cards:  # laid out already: where it went in the cell
        rect = view.map_scene.cards[card_id].box_rect()
    fill = _card_fill(document, card_id)

    def take_back() -> None:
        if view.selected_card_ids() == (card_id,):
            view.select(Selection.cell(step_id, lane_id))
        document.discard_new_card(card_id)

    def commit(text: str) -> None:
        text = text.strip("\n")
        if document.journey.map.find_card(card_id) is None:  # undone while typed (the Undo button)
            return
        if not (text.strip() and view.run_edit(document.finish_card, card_id, text)):
            take_back()  # nothing typed, or a refused text (reported)

    editor = _open(view, typed, rect, qfont(FontStyle.REGULAR, METRICS.card_font), fill, style.text_on(fill),
                   True, commit, METRICS.card_padding, on_cancel=take_back,
                   label=QCoreApplication.translate("CardEditor", "New card"))
    _tell_typing(view, editor, card_id)
    return editor


def _tell_typing(view, editor: InlineEditor, card_id: str) -> None:
    """The view says what is typed into a card as it is typed (the inspector shows it)."""
    def typed() -> None:
        if not editor.is_done():
            view.card_text_typed.emit(card_id, editor.text())
    editor.document().contentsChanged.connect(typed)
    typed()


def edit_header(view, kind: str, model_id: str) -> InlineEditor | None:
    """Rename a stage, a step or a lane in place."""
    scene = view.map_scene
    doc = scene.document
    m = doc.journey.map
    if kind == "stage":
        item, obj, size = scene.stages.get(model_id), m.find_stage(model_id), METRICS.stage_font
        apply, field = doc.update_stage, "name"
        label = QCoreApplication.translate("CardEditor", "Stage name")
    elif kind == "step":
        item, obj, size = scene.steps.get(model_id), m.find_step(model_id), METRICS.step_font
        apply, field = doc.update_step, "name"
        label = QCoreApplication.translate("CardEditor", "Step name")
    else:
        item, obj, size = scene.lanes.get(model_id), m.find_lane(model_id), METRICS.lane_font
        apply, field = doc.update_lane, "title"
        label = QCoreApplication.translate("CardEditor", "Lane title")
    if item is None or obj is None:
        return None
    pos = item.pos()
    rect = Rect(pos.x() + 6, pos.y() + 6, item.box_rect().w - 12, min(item.box_rect().h - 12, 60))

    def commit(text: str) -> None:
        text = " ".join(text.split())
        if text != getattr(obj, field):
            view.run_edit(apply, model_id, **{field: text})

    return _open(view, getattr(obj, field), rect, qfont(FontStyle.BOLD, size), style.PAPER, style.INK,
                 False, commit, 6, label=label, select_all=True)


def _open(view, text, rect, font, fill, ink, multiline, commit, padding, on_cancel=None, label="",
          select_all=False) -> InlineEditor:
    view.close_editor(commit=True)
    editor = InlineEditor(text, rect, font, fill, ink, multiline, commit, view.editor_closed, padding, on_cancel,
                          label, select_all)
    view.map_scene.addItem(editor)
    view.editor_opened(editor)
    return editor
