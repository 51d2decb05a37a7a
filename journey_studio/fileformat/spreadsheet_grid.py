"""The grid of a map as rows of cells, the layout CSV and XLSX files share, both ways.

Row 1: "Stages", then each stage's name above its first step (blank above its other steps).
Row 2: "Steps", then each step's name. Then one row per lane: its title, then per step the
cards of that cell separated by a blank line; an emotion lane holds the score as a number.
Reading is forgiving: blank rows are skipped, a missing step row is fine (each column is
then a step), a blank stage cell continues the stage on its left (as merged cells read).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from ..model import Card, EmotionPoint, EmotionScale, Journey, Lane, LaneKind, Language, Map, Stage, Step, limits, new_id
from .errors import JourneyFileError
from .import_result import ImportResult, fit, listing
from .lane_kinds import guess_lane_kind, plain

Cell = str | int | float | None

MAX_ROWS = 1_000  # rows that hold something
MAX_COLUMNS = limits.STEPS_MAX  # one column per step
MAX_CELL_CHARS = 100_000
HEADERS = {Language.EN: ("Stages", "Steps"), Language.FR: ("Étapes", "Sous-étapes")}
_STEP_LABELS = {"", "step", "steps", "etape", "etapes", "sous-etape", "sous-etapes", "sous etapes", "pas"}
#: Scales tried in order for imported scores; the first that holds them all is used.
_SCALES = [(-2, 2), (1, 5), (-3, 3), (-5, 5), (0, 10), (1, 10), (-10, 10), (0, 100)]
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")  # a run of them, which one line break replaces


def _lines(text: str) -> str:
    """Line breaks as the reader gives them back: a carriage return is one too."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _number_text(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


def grid_from_journey(journey: Journey) -> tuple[list[list[Cell]], list[tuple[int, int]], list[str]]:
    """Rows of cells, the (first, last) column of each stage, and warnings."""
    m = journey.map
    warnings: list[str] = []
    stage_row: list[Cell] = [HEADERS[m.language][0]]
    step_row: list[Cell] = [HEADERS[m.language][1]]
    spans: list[tuple[int, int]] = []
    steps: list[str] = []
    for stage in m.stages:
        spans.append((len(stage_row), len(stage_row) + len(stage.steps) - 1))
        for n, step in enumerate(stage.steps):
            stage_row.append(stage.name if n == 0 else None)
            step_row.append(step.name)
            steps.append(step.id)
    rows = [stage_row, step_row]
    if any(not stage.name.strip() for stage in m.stages[1:]):
        warnings.append("stages without a name will read back as part of the stage on their left")
    joined = 0
    for lane in m.lanes:
        points = {p.step: p.score for p in lane.points}
        row: list[Cell] = [lane.title]
        for step in steps:
            texts = [_lines(c.text).strip() for c in m.cards_in(step, lane.id) if c.text.strip()]
            joined += sum(1 for t in texts if _BLANK_LINE.search(t))
            texts = [_BLANK_LINES.sub("\n", t) for t in texts]
            if step in points:
                score = _number_text(points[step])
                row.append(score if not texts else "\n\n".join([str(score), *texts]))
            else:
                row.append("\n\n".join(texts) or None)
        rows.append(row)
    if joined:
        warnings.append(f"{joined} card text(s) had blank lines, which separate cards in a spreadsheet; "
                        "they were written as single line breaks")
    return rows, spans, warnings


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(_number_text(value)) if value == value and abs(value) != float("inf") else ""
    text = _lines(str(value))
    if len(text) > MAX_CELL_CHARS:
        raise JourneyFileError(f"a cell holds more than {MAX_CELL_CHARS} characters")
    return text


def _score(text: str) -> float | None:
    match = re.fullmatch(r"\s*([+-]?\d+(?:[.,]\d+)?)\s*", text)
    if not match:
        return None
    value = float(match.group(1).replace(",", "."))
    return value if abs(value) <= 1_000_000 else None


def journey_from_grid(raw_rows: list[list[Any]], language: Language | str = Language.EN, title: str = "") -> ImportResult:
    """A map from rows of cells laid out as :func:`grid_from_journey` writes them."""
    language = Language(language)
    warnings: list[str] = []
    rows = [[_text(v) for v in row] for row in raw_rows]
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise JourneyFileError("the spreadsheet is empty")
    if len(rows) > MAX_ROWS:
        raise JourneyFileError(f"the spreadsheet has more than {MAX_ROWS} rows")
    width = max(max((i for i, cell in enumerate(row) if cell.strip()), default=0) for row in rows) + 1
    if width - 1 > MAX_COLUMNS:
        raise JourneyFileError(f"the spreadsheet has more than {MAX_COLUMNS:,} columns "
                               f"(a map holds up to {limits.STEPS_MAX:,} steps)")
    rows = [row + [""] * (width - len(row)) for row in rows]
    header, body = rows[0], rows[1:]
    step_names = [""] * width
    if body and plain(body[0][0]) in _STEP_LABELS:
        step_names, body = body[0], body[1:]
    if width < 2:
        raise JourneyFileError("the spreadsheet has no stage columns (the first column holds lane titles)")

    groups: list[tuple[str, list[Step]]] = []
    columns: list[str] = []  # step id of each content column
    for col in range(1, width):
        name = header[col].strip()
        if name or not groups or len(groups[-1][1]) >= limits.STEPS_PER_STAGE_MAX:
            groups.append((fit(name, limits.NAME_MAX, "stage names", warnings), []))
        step = Step(id=new_id("step"), name=fit(step_names[col].strip(), limits.NAME_MAX, "step names", warnings))
        groups[-1][1].append(step)
        columns.append(step.id)
    stages = [Stage(id=new_id("stage"), name=name, steps=steps) for name, steps in groups]
    if len(stages) > limits.STAGES_MAX:
        raise JourneyFileError(f"the spreadsheet has more than {limits.STAGES_MAX} stages")
    if len(body) > limits.LANES_MAX:
        raise JourneyFileError(f"the spreadsheet has {len(body)} lane rows; a map holds up to {limits.LANES_MAX}")

    lanes: list[Lane] = []
    cards: list[Card] = []
    scores: list[float] = []
    for row in body:
        lane_title = row[0].strip()
        lane = Lane(id=new_id("lane"), kind=guess_lane_kind(lane_title, own_titles=True),
                    title=fit(lane_title, limits.NAME_MAX, "lane titles", warnings))
        lanes.append(lane)
        for step, cell in zip(columns, row[1:]):
            parts = [p.strip() for p in _BLANK_LINE.split(cell) if p.strip()]
            if lane.kind == LaneKind.EMOTIONS and parts and _score(parts[0]) is not None:
                score = _score(parts.pop(0))
                lane.points.append(EmotionPoint(step=step, score=score))
                scores.append(score)
            for part in parts:
                if len(cards) >= limits.CARDS_MAX:
                    raise JourneyFileError(f"the spreadsheet holds more than {limits.CARDS_MAX} cards")
                cards.append(Card(id=new_id("card"), step=step, lane=lane.id,
                                  text=fit(part, limits.TEXT_MAX, "card texts", warnings)))
    low, high = next(((a, b) for a, b in _SCALES if all(a <= s <= b for s in scores)),
                     (min(scores), max(scores) if max(scores) > min(scores) else min(scores) + 1) if scores else (-2, 2))
    untitled = [str(i + 1) for i, lane in enumerate(lanes) if not lane.title]
    if untitled:
        warnings.append(f"lane rows without a title in the first column: {listing(untitled, quote=False)}")
    try:
        journey_map = Map(id=new_id("map"), title=fit(title, limits.NAME_MAX, "titles", warnings), language=language,
                          emotion_scale=EmotionScale(min=low, max=high), stages=stages, lanes=lanes, cards=cards)
        return ImportResult(Journey(map=journey_map), warnings)
    except ValidationError as exc:
        raise JourneyFileError(f"the spreadsheet cannot become a map ({exc.errors()[0]['msg']})") from None
