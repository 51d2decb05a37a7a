"""One inspector form per kind of selection: card(s), stage, step, lane, emotion point, map.

Every edit goes through the Document's edit API; the form only shows the model and
reports what the user typed. A refused value (too long, invalid) is shown under the
form in one line, and the model keeps its value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QSpinBox, QVBoxLayout, QWidget,
)

from .card_evidence import CardEvidence
from ..document import Document
from ..emotion_steps import format_scale
from ..i18n import interface_language, plural
from ..icons import channel_icon
from ..model import CHANNEL_LANES, Channel, Language, Priority, limits
from ..render import style
from ..vocabulary import CHANNEL_NAMES, PRIORITY_NAMES, lane_title
from .inspector_fields import (
    Binding, CheckBinding, ColorBinding, ColorSwatches, ComboBinding, LineBinding,
    PlainTextBinding, SpinBinding, no_wrap_focus, tags_from_text, tags_to_text,
)
from .point_editor import PointEditor
from .read_only import show_read_only
from . import plain_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def note_swatches() -> list[tuple[str, str]]:
    """Sticky-note colours for cards, named after their lane kind in the interface's language."""
    language = interface_language()
    return [(colors.card, translate("Swatches", "{lane} note").format(lane=lane_title(kind, language)))
            for kind, colors in style.LANE_COLORS.items() if colors.card != "#ffffff"]


def header_swatches() -> list[tuple[str, str]]:
    """Strong colours for stage and lane headers."""
    language = interface_language()
    return [(style.STAGE_FILL, translate("Swatches", "Slate"))] + [
        (colors.accent, lane_title(kind, language)) for kind, colors in style.LANE_COLORS.items()]


#: Emotion scales a workshop uses: (label, min, max).
EMOTION_SCALES = [("−2 … +2", -2, 2), ("1 … 5", 1, 5), ("0 … 10", 0, 10), ("−5 … +5", -5, 5)]


def _text_edit(lines: int = 3) -> QPlainTextEdit:
    edit = no_wrap_focus(QPlainTextEdit())
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class Form(QWidget):
    """A form bound to one object of the map, found by id at each refresh."""

    title = ""

    def __init__(self, document: Document, report: Callable[[str], None]):
        super().__init__()
        self.document = document
        self.report = report
        self.target_id: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.layout_ = QFormLayout()
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout_.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        column.addLayout(self.layout_)
        column.addStretch(1)
        self.bindings: list[tuple[Binding, Callable[[Any], Any]]] = []

    def obj(self):
        return None

    def add(self, label: str, binding: Binding, read: Callable[[Any], Any]) -> Binding:
        if isinstance(binding.widget, QComboBox):  # a long choice is cut short, not the dock widened
            binding.widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            binding.widget.setMinimumContentsLength(10)
        self.layout_.addRow(label, binding.widget)
        self.bindings.append((binding, read))
        return binding

    def writer(self, method: Callable[..., None], field: str) -> Callable[[Any, bool], None]:
        def write(value: Any, merge: bool) -> None:
            try:
                method(self.target_id, merge=merge, **{field: value})
            except ValueError as error:
                self.report(str(error))
            else:
                self.report("")
        return write

    def bind(self, target_id: str | None) -> None:
        if target_id != self.target_id:
            self.document.seal_edit()
        self.target_id = target_id
        self.refresh()

    def refresh(self) -> None:
        found = self.obj()
        if found is None:
            return
        for binding, read in self.bindings:
            binding.show(read(found))

    def set_read_only(self, read_only: bool) -> None:
        """Every field not editable (a read-only map), or editable again."""
        for binding, _read in self.bindings:
            show_read_only(binding.widget, read_only)

    def line(self, label: str, method, field: str, max_length: int = limits.NAME_MAX,
             parse=str, format=str) -> Binding:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setAccessibleName(label)
        seal = self.document.seal_edit
        return self.add(label, LineBinding(edit, self.writer(method, field), seal, parse, format),
                        lambda o: getattr(o, field))

    def text(self, label: str, method, field: str, lines: int = 3) -> Binding:
        edit = _text_edit(lines)
        edit.setAccessibleName(label)
        return self.add(label, PlainTextBinding(edit, self.writer(method, field), self.document.seal_edit),
                        lambda o: getattr(o, field))

    def color(self, label: str, method, swatches) -> Binding:
        return self.add(label, ColorBinding(ColorSwatches(swatches), self.writer(method, "color"),
                                            self.document.seal_edit), lambda o: o.color)

    def check(self, label: str, method, field: str) -> Binding:
        box = QCheckBox(label)
        binding = CheckBinding(box, self.writer(method, field), self.document.seal_edit)
        self.layout_.addRow("", box)
        self.bindings.append((binding, lambda o: getattr(o, field)))
        return binding


class CardForm(Form):
    def __init__(self, document: Document, report):
        super().__init__(document, report)
        self.title = self.tr("Card")
        language = interface_language()
        update = document.update_card
        self.text_binding = self.text(self.tr("Text"), update, "text", lines=4)
        self.color(self.tr("Colour"), update, note_swatches())
        self.line(self.tr("Owner"), update, "owner")
        priority = QComboBox()
        priority.addItem("—", None)
        for value in Priority:
            priority.addItem(PRIORITY_NAMES[language][value.value], value)
        self.add(self.tr("Priority"), ComboBinding(priority, self.writer(update, "priority"), document.seal_edit),
                 lambda o: o.priority)
        self.line(self.tr("Tags"), update, "tags", max_length=limits.TAG_MAX * limits.TAGS_MAX,
                  parse=tags_from_text, format=tags_to_text,
                  ).widget.setPlaceholderText(self.tr("comma, separated"))
        self.text(self.tr("Note"), update, "note", lines=3)
        self.channel = QComboBox()
        self.channel.addItem("—", None)
        for value in Channel:
            self.channel.addItem(channel_icon(value), CHANNEL_NAMES[language][value], value)
        self.add(self.tr("Channel"),
                 ComboBinding(self.channel, self.writer(update, "channel"), document.seal_edit),
                 lambda o: o.channel)
        votes = QSpinBox()
        votes.setRange(0, limits.VOTES_MAX)
        self.add(self.tr("Dot votes"), SpinBinding(votes, self.writer(update, "votes"), document.seal_edit),
                 lambda o: o.votes)
        self.evidence = CardEvidence(document)
        self.layout_.addRow(self.evidence)

    def obj(self):
        return self.document.map.find_card(self.target_id) if self.target_id else None

    def refresh(self) -> None:
        card = self.obj()
        if card is None:
            return
        lane = self.document.map.find_lane(card.lane)
        shows_channel = lane is not None and lane.kind in CHANNEL_LANES
        self.layout_.setRowVisible(self.channel, shows_channel)
        super().refresh()
        if self.evidence.card_id != card.id:
            self.evidence.bind(card.id)
        else:
            self.evidence.refresh()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.evidence.refresh()  # it follows the document's state


class CardsForm(Form):
    """Several cards selected: what they share (colour, priority) set for all in one step."""

    def __init__(self, document: Document, report):
        super().__init__(document, report)
        self.title = self.tr("Cards")
        self.card_ids: tuple[str, ...] = ()
        self.count = QLabel()
        self.layout_.addRow(self.count)
        self.swatches = ColorSwatches(note_swatches())
        self.swatches.picked.connect(lambda color: self._set_all(color=color))
        self.layout_.addRow(self.tr("Colour"), self.swatches)

    def bind_cards(self, card_ids) -> None:
        self.card_ids = tuple(card_ids)
        self.refresh()

    def _cards(self):
        return [c for c in (self.document.map.find_card(i) for i in self.card_ids) if c]

    def _set_all(self, **fields) -> None:
        cards = self._cards()
        try:
            with self.document.macro(translate("Document", "Edit {count} cards").format(count=len(cards))):
                for card in cards:
                    self.document.update_card(card.id, **fields)
        except ValueError as error:
            self.report(str(error))

    def refresh(self) -> None:
        cards = self._cards()
        self.count.setText(plural(len(cards), self.tr("{count} card selected"),
                                  self.tr("{count} cards selected")))
        colors = {card.color for card in cards}
        self.swatches.set_value(colors.pop() if len(colors) == 1 else "")

    def set_read_only(self, read_only: bool) -> None:
        show_read_only(self.swatches, read_only)


class StageForm(Form):
    def __init__(self, document: Document, report):
        super().__init__(document, report)
        self.title = self.tr("Stage")
        update = document.update_stage
        self.line(self.tr("Name"), update, "name")
        self.text(self.tr("Description"), update, "description")
        self.color(self.tr("Colour"), update, header_swatches())
        self.check(self.tr("Moment of truth"), update, "moment_of_truth")

    def obj(self):
        return self.document.map.find_stage(self.target_id) if self.target_id else None


class StepForm(Form):
    def __init__(self, document: Document, report):
        super().__init__(document, report)
        self.title = self.tr("Step")
        self.line(self.tr("Name"), document.update_step, "name")

    def obj(self):
        return self.document.map.find_step(self.target_id) if self.target_id else None


class LaneForm(Form):
    def __init__(self, document: Document, report):
        super().__init__(document, report)
        self.title = self.tr("Lane")
        update = document.update_lane
        self.kind = QLabel()
        self.layout_.addRow(self.tr("Kind"), self.kind)
        self.line(self.tr("Title"), update, "title")
        self.text(self.tr("Description"), update, "description")
        self.color(self.tr("Colour"), update, header_swatches())
        self.persona = QComboBox()
        self.persona.setToolTip(self.tr("Whose feelings this curve draws"))
        self.add(self.tr("Persona"), ComboBinding(self.persona, self.writer(update, "persona"), document.seal_edit),
                 lambda o: o.persona)
        self.variant = QComboBox()
        self.variant.addItem(self.tr("As-is (today)"), None)
        self.variant.addItem(self.tr("To-be (target, dashed)"), "toBe")
        self.add(self.tr("Journey"), ComboBinding(self.variant, self.writer(update, "variant"), document.seal_edit),
                 lambda o: "toBe" if o.variant == "toBe" else None)
        hidden = QCheckBox(self.tr("Hidden"))
        self.layout_.addRow("", hidden)
        self.bindings.append((CheckBinding(hidden, self._write_hidden, document.seal_edit),
                              lambda o: o.hidden))

    def _write_hidden(self, hidden: bool, merge: bool) -> None:
        self.document.set_lane_hidden(self.target_id, hidden)

    def obj(self):
        return self.document.map.find_lane(self.target_id) if self.target_id else None

    def refresh(self) -> None:
        lane = self.obj()
        if lane is not None:
            self.kind.setText(lane_title(lane.kind, interface_language()))
            self.kind.setToolTip(self.tr("Kind of lane: {kind}").format(kind=lane_title(lane.kind, interface_language())))
            personas = self.document.map.personas
            self.persona.clear()
            self.persona.addItem(self.tr("Main persona"), None)
            for i, persona in enumerate(personas):
                self.persona.addItem(persona.name or self.tr("Persona {n}").format(n=i + 1), persona.id)
            is_curve = lane.kind == "emotions"
            self.layout_.setRowVisible(self.persona, is_curve)
            self.layout_.setRowVisible(self.variant, is_curve)
        super().refresh()


class PointForm(Form):
    """An emotion point: score on the map's scale, word and remove button (``point_editor``)."""

    def __init__(self, document: Document, report):
        super().__init__(document, report)
        self.title = self.tr("Emotion")
        self.editor = PointEditor(document, report)
        self.layout_.addRow(self.editor)

    def bind_point(self, lane_id: str, step_id: str) -> None:
        self.editor.bind_point(lane_id, step_id)

    def obj(self):
        return self.editor.point()

    def refresh(self) -> None:
        self.editor.refresh()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.refresh()  # it follows the document's state


class MapForm(Form):
    def __init__(self, document: Document, report):
        super().__init__(document, report)
        self.title = self.tr("Map")
        update = lambda _map_id, **fields: document.update_map(**fields)  # noqa: E731 (one map)
        self.line(self.tr("Title"), update, "title")
        self.text(self.tr("Description"), update, "description", lines=4)
        language = QComboBox()
        language.addItem("English", Language.EN)
        language.addItem("Français", Language.FR)
        self.add(self.tr("Map language"),
                 ComboBinding(language, self._write_language, document.seal_edit),
                 lambda o: o.language)
        self.scale = scale = QComboBox()
        for label, low, high in EMOTION_SCALES:
            scale.addItem(label, (low, high))
        scale.setToolTip(self.tr("Changing the scale rescales every point in proportion (one undo step)"))
        self.add(self.tr("Emotion scale"), ComboBinding(scale, self._write_scale, document.seal_edit),
                 lambda o: (o.emotion_scale.min, o.emotion_scale.max))

    def refresh(self) -> None:
        # a map opened with a scale of its own (1 … 7) shows it, not a preset it does not have
        scale = self.document.map.emotion_scale
        bounds = [scale.min, scale.max]
        if not any(list(self.scale.itemData(i)) == bounds for i in range(self.scale.count())):
            shown = format_scale(scale, interface_language()).replace("\u2026", " \u2026 ")
            self.scale.addItem(shown, tuple(bounds))
        super().refresh()

    def _write_language(self, language, merge: bool) -> None:
        """A new language; the default titles nobody edited may follow it (asked first)."""
        if language == self.document.map.language:
            return
        rename = False
        if self.document.default_title_renames(language):
            answer = plain_text.question(
                self, self.tr("Map language"),
                self.tr("Rename the default titles you have not edited (stages, lanes, map title) "
                        "into the new language?"))
            rename = answer == QMessageBox.StandardButton.Yes
        self.document.set_map_language(language, rename_defaults=rename)

    def _write_scale(self, bounds, merge: bool) -> None:
        try:
            self.document.set_emotion_scale(*bounds)
        except ValueError as error:
            self.report(str(error))

    def obj(self):
        return self.document.map

