"""A map as a Mermaid ``journey`` diagram that re-imports to the same stages, steps, scores and actors.

Stages -> sections, steps -> tasks, the first emotion lane -> scores (on Mermaid's 1..5 scale),
the Actors lane -> actors (names separated by commas or line breaks; a name in double quotes
may hold commas, written ``#44;``). Characters Mermaid cannot hold in a place are written as entity
codes (``#35;`` for ``#``), which Mermaid and the importer both turn back into characters.
"""

from __future__ import annotations

import re

from ..model import Journey, Lane, LaneKind, Map, Stage, Step
from ..vocabulary import lane_title
from .actor_names import split_actor_names
from .import_result import listing
from .mermaid_import import ACTORS_TITLE, MERMAID_MAX, MERMAID_MIN

#: '#' starts a comment or an entity, ';' is refused, '<br>' breaks lines; a carriage return
#: and the Unicode line and paragraph separators end a line for Mermaid or CommonMark (a
#: title could otherwise start a new section, or close the Markdown fence): written as codes,
#: they come back as the same characters.
_ALWAYS = "#;<\r\u2028\u2029"


def _code(char: str) -> str:
    return f"#{ord(char)};"


def escape(text: str, also: str = "") -> str:
    """``text`` on one line, with every character Mermaid would misread written as an entity code."""
    coded = _ALWAYS + also
    text = "".join(_code(c) if c in coded else c for c in text)
    text = re.sub(r"%(?=%)|(?<=%)%", _code("%"), text)  # '%%' starts a comment
    body = text.strip()  # white space at either end is kept exactly, as codes
    if body != text:
        start = text.index(body[0]) if body else len(text)
        end = start + len(body)
        text = "".join(_code(c) for c in text[:start]) + body + "".join(_code(c) for c in text[end:])
    return text.replace("\n", "<br>")


_KEYWORD_START = re.compile(r"(journey(?![A-Za-z0-9_])|section\s|title\s|acc(title|descr)\s*[:{])", re.I | re.A)


def _task_name(text: str) -> str:
    name = escape(text, ":")
    if _KEYWORD_START.match(name):  # would be read as a keyword: hide its first letter
        name = _code(name[0]) + name[1:]
    return name


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _actors_lane(m: Map) -> Lane | None:
    titles = {t.casefold() for t in ACTORS_TITLE.values()}
    return next((lane for lane in m.lanes if lane.title.strip().casefold() in titles), None)


def _step_name(m: Map, stage: Stage, step: Step, number: int) -> str:
    if step.name:  # even a name of spaces is kept (written as entity codes)
        return step.name
    for lane in m.lanes:
        if lane.kind == LaneKind.ACTIONS:
            texts = [c.text for c in m.cards_in(step.id, lane.id) if c.text.strip()]
            if texts:
                return texts[0]
    if stage.name.strip() and len(stage.steps) == 1:
        return stage.name
    return f"{lane_title(LaneKind.ACTIONS, m.language)} {number}"


class _Scores:
    """Scores of the first emotion lane, written on Mermaid's scale."""

    def __init__(self, m: Map, warnings: list[str]):
        lanes = m.emotion_lanes()  # the first that holds scores, else the first
        self.lane = next((lane for lane in lanes if lane.points), next(iter(lanes), None))
        self.points = {p.step: p.score for p in self.lane.points} if self.lane else {}
        low, high = m.emotion_scale.min, m.emotion_scale.max
        values = list(self.points.values())
        # A scale that is 1..5 widened just enough for its scores is Mermaid's own: keep them.
        self.as_is = low == min([MERMAID_MIN, *values]) and high == max([MERMAID_MAX, *values])
        self.low, self.high = low, high
        lost = [v for v in values if self._exact(v) != round(self._exact(v))]
        if not self.as_is and lost:
            warnings.append(f"emotion scores were rescaled from {low:g}..{high:g} to 1..5 and rounded; "
                            f"{len(lost)} lost precision")
        self.missing: list[str] = []

    def _exact(self, value: float) -> float:
        return MERMAID_MIN + (value - self.low) * (MERMAID_MAX - MERMAID_MIN) / (self.high - self.low)

    def text(self, step: Step, name: str) -> str:
        if step.id not in self.points:
            self.missing.append(name)
            return "3"
        value = self.points[step.id]
        return _number(value) if self.as_is else _number(round(self._exact(value)))


def mermaid_from_journey(journey: Journey) -> tuple[str, list[str]]:
    """The Mermaid text of a map, and what Mermaid cannot show of it."""
    m = journey.map
    warnings: list[str] = []
    scores = _Scores(m, warnings)
    actors = _actors_lane(m)
    lines = ["journey"]
    if m.title:
        lines.append(f"  title {escape(m.title)}")
    # The importer reads accTitle + blank line + accDescr; Mermaid folds blank lines inside accDescr.
    head, _, rest = m.description.strip().partition("\n\n")
    for keyword, part in (("accTitle", head if rest else ""), ("accDescr", rest or head)):
        if part.strip():
            lines.append(f"  {keyword}: {escape(part.strip())}")
    unnamed_sections = 0
    number = 0
    for index, stage in enumerate(m.stages):
        if stage.name or index > 0:
            if not stage.name:
                unnamed_sections += 1
            lines.append(f"  section {escape(stage.name or ' ', ':')}")
        if _is_blank(m, stage, scores, actors):
            continue  # a section with no task re-imports as this same empty stage
        for step in stage.steps:
            number += 1
            name = _step_name(m, stage, step, number)
            task = f"    {_task_name(name)}: {scores.text(step, name)}"
            people = _people(m, actors, step)
            if people:
                task += ": " + ", ".join(escape(p, ":,") for p in people)
            lines.append(task)
    if unnamed_sections:
        warnings.append(f"{unnamed_sections} stage(s) without a name were written as sections named ' '")
    if scores.missing:
        warnings.append(f"steps without an emotion point were given the middle score 3: {listing(scores.missing)}")
    left_out = [lane.title or lane.kind.value for lane in m.lanes
                if lane is not scores.lane and lane is not actors and (lane.points or any(c.lane == lane.id for c in m.cards))]
    if left_out:
        warnings.append(f"lanes Mermaid cannot show were left out: {listing(left_out)}")
    if scores.lane and any(c.lane == scores.lane.id for c in m.cards):
        warnings.append(f"the cards of the lane '{scores.lane.title}' were left out (Mermaid shows only its scores)")
    if any(p.name or p.role or p.quote or p.photo or p.goals or p.needs for p in m.personas):
        warnings.append("the persona was left out (Mermaid has no place for it)")
    return "\n".join(lines) + "\n", warnings


def _is_blank(m: Map, stage: Stage, scores: _Scores, actors: Lane | None) -> bool:
    """A stage with one unnamed step that holds no score, actor or action."""
    if len(stage.steps) != 1 or stage.steps[0].name or not stage.name:
        return False
    step = stage.steps[0]
    actions = [lane.id for lane in m.lanes if lane.kind == LaneKind.ACTIONS]
    return (step.id not in scores.points and not _people(m, actors, step)
            and not any(c.text.strip() for lane in actions for c in m.cards_in(step.id, lane)))


def _people(m: Map, actors: Lane | None, step: Step) -> list[str]:
    if actors is None:
        return []
    names: list[str] = []
    for card in m.cards_in(step.id, actors.id):
        names.extend(split_actor_names(card.text))
    return names


def markdown_from_journey(journey: Journey) -> tuple[str, list[str]]:
    """A Markdown document holding the diagram in a ```` ```mermaid ```` block.

    The fence is longer than any run of backticks in the diagram, so no text of the map can
    close it (CommonMark closes a fence only with one at least as long).
    """
    text, warnings = mermaid_from_journey(journey)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}mermaid\n{text}{fence}\n", warnings
