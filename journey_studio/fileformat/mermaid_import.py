"""A Mermaid ``journey`` diagram (``.mmd``, a Markdown ``mermaid`` block, pasted text) as a map.

title -> map title; accTitle/accDescr -> description; each section -> a stage (tasks before
any section go to a first stage with an empty name); each task -> a step; scores -> points of
an emotion lane on 1..5 widened to hold every score; actors -> one card per step in a text
lane titled "Actors" ("Acteurs" in French), names separated by commas; a name holding a comma
(``Smith#44; John`` in Mermaid) is written in double quotes (:mod:`.actor_names`).
"""

from __future__ import annotations

import math
import os
import re

from pydantic import ValidationError

from ..model import (Card, EmotionPoint, EmotionScale, Journey, Lane, LaneKind, Language, Map, Stage,
                     Step, limits, new_id)
from ..vocabulary import lane_title
from .actor_names import join_actor_names
from .errors import JourneyFileError
from .file_bytes import read_text
from .import_result import ImportResult, fit, listing
from .mermaid_lexer import Source, prepare
from .mermaid_parser import MermaidJourney, MermaidTask, parse_mermaid_journey, shown

MAX_FILE_BYTES = 5 * 1024 * 1024
ACTORS_TITLE = {Language.EN: "Actors", Language.FR: "Acteurs"}
#: The scale Mermaid's documentation gives for scores.
MERMAID_MIN, MERMAID_MAX = 1, 5

_FENCE_OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})[ \t]*mermaid(?![\w-])[^`]*$")


def journey_from_mermaid_text(text: str, language: Language | str = Language.EN,
                              *, first_line: int = 1) -> ImportResult:
    """Text from the clipboard or a file: a diagram, or Markdown holding one in a fence."""
    if re.match(r"\s*(```|~~~)", text):
        text, first_line = mermaid_block_of_markdown(text)
    diagram = parse_mermaid_journey(text, first_line=first_line)
    return journey_from_diagram(diagram, Language(language))


def is_mermaid_journey(text: str) -> bool:
    """Whether pasted text is a Mermaid journey (or a Markdown fence holding one), as Mermaid detects it."""
    if re.match(r"\s*(```|~~~)", text):
        try:
            text = mermaid_block_of_markdown(text)[0]
        except JourneyFileError:
            return False
    return prepare(Source(text[:MAX_FILE_BYTES]))[1]


def read_mermaid_file(path: str | os.PathLike[str], language: Language | str = Language.EN) -> ImportResult:
    """A ``.mmd`` file."""
    try:
        return journey_from_mermaid_text(read_text(path, MAX_FILE_BYTES), language)
    except JourneyFileError as exc:
        raise exc.with_file(str(path)) if exc.file is None else exc from None


def read_markdown_file(path: str | os.PathLike[str], language: Language | str = Language.EN) -> ImportResult:
    """The first ```` ```mermaid ```` block of a Markdown file that holds a journey."""
    try:
        block, first_line = mermaid_block_of_markdown(read_text(path, MAX_FILE_BYTES))
        diagram = parse_mermaid_journey(block, first_line=first_line)
        return journey_from_diagram(diagram, Language(language))
    except JourneyFileError as exc:
        raise exc.with_file(str(path)) if exc.file is None else exc from None


def mermaid_block_of_markdown(text: str) -> tuple[str, int]:
    """The body of the first ``mermaid`` fenced block holding a journey, and its first line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(lines):
        opening = _FENCE_OPEN.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence = len(opening.group(1)), opening.group(2)
        closing = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not closing.match(lines[j]):
            body.append(re.sub(rf"^ {{0,{indent}}}", "", lines[j]))
            j += 1
        block = "\n".join(body) + "\n"
        if prepare(Source(block))[1]:
            return block, i + 2
        i = j + 1
    raise JourneyFileError("no ```mermaid block holding a journey diagram was found")


def _usable(score: float) -> bool:
    return math.isfinite(score) and abs(score) <= 1_000_000


def _stage_groups(diagram: MermaidJourney) -> list[tuple[str, list[MermaidTask]]]:
    """(section name, its tasks) in order; tasks before any section come first, under ''."""
    groups: list[tuple[str, list[MermaidTask]]] = []
    loose = [task for task in diagram.tasks if task.section is None]
    if loose:
        groups.append(("", loose))
    for index, name in enumerate(diagram.sections):
        groups.append((name, [task for task in diagram.tasks if task.section == index]))
    return groups


def journey_from_diagram(diagram: MermaidJourney, language: Language = Language.EN) -> ImportResult:
    warnings: list[str] = []
    emotions = Lane(id=new_id("lane"), kind=LaneKind.EMOTIONS, title=lane_title(LaneKind.EMOTIONS, language))
    actors = Lane(id=new_id("lane"), kind=LaneKind.TEXT, title=ACTORS_TITLE[language])
    stages: list[Stage] = []
    cards: list[Card] = []
    not_numbers: list[str] = []
    split_sections: list[str] = []
    for name, tasks in _stage_groups(diagram):
        name = fit(name, limits.NAME_MAX, "section names", warnings)
        chunks = [tasks[k:k + limits.STEPS_PER_STAGE_MAX] for k in range(0, len(tasks), limits.STEPS_PER_STAGE_MAX)]
        if len(chunks) > 1:
            split_sections.append(name)
        for chunk in chunks or [[]]:
            steps = [Step(id=new_id("step"), name=fit(t.name, limits.NAME_MAX, "task names", warnings)) for t in chunk]
            stages.append(Stage(id=new_id("stage"), name=name, steps=steps or [Step(id=new_id("step"))]))
            for task, step in zip(chunk, steps):
                if _usable(task.score):
                    emotions.points.append(EmotionPoint(step=step.id, score=task.score))
                else:
                    not_numbers.append(f"line {task.line} '{shown(task.name)}' (score '{shown(task.score_text)}')")
                people = [p for p in task.people if p]
                if people:
                    text = fit(join_actor_names(people), limits.TEXT_MAX, "actor lists", warnings)
                    cards.append(Card(id=new_id("card"), step=step.id, lane=actors.id, text=text))
    if len(stages) > limits.STAGES_MAX:
        raise JourneyFileError(f"the diagram has more than {limits.STAGES_MAX} sections")
    if split_sections:
        warnings.append(f"sections with more than {limits.STEPS_PER_STAGE_MAX} tasks were split into "
                        f"several stages: {listing(split_sections)}")
    if not_numbers:
        warnings.append(f"scores that are not numbers (or absurdly large) got no emotion point: {listing(not_numbers, quote=False)}")
    scores = [point.score for point in emotions.points]
    scale = EmotionScale(min=min([MERMAID_MIN, *scores]), max=max([MERMAID_MAX, *scores]))
    description = "\n\n".join(part for part in (diagram.acc_title, diagram.acc_descr) if part)
    try:
        journey_map = Map(
            id=new_id("map"), language=language, emotion_scale=scale,
            title=fit(diagram.title, limits.NAME_MAX, "titles", warnings),
            description=fit(description, limits.TEXT_MAX, "descriptions", warnings),
            stages=stages, lanes=[emotions, actors], cards=cards,
        )
        return ImportResult(Journey(map=journey_map), warnings)
    except ValidationError as exc:  # a limit of the model this importer did not foresee
        raise JourneyFileError(f"the diagram cannot become a map ({exc.errors()[0]['msg']})") from None
