"""Read every data source of a map and compute what it shows: measures per step and metric,
and the points of emotion lanes driven by data. Pure: the map is not touched; the editor
and the ``refresh`` command apply the result as one undoable step."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..model import (
    Aggregate, DataSource, EmotionPoint, Journey, Map, Measure, MetricRule, SourceKind, TrendPoint, limits,
)
from .compute import (
    KNOWN_METRICS, THOUSANDS, Ambiguous, CommaConflict, NumberColumn, Tally, period, rescale,
)
from .errors import DataSourceError
from .matching import StepMatcher, fold
from .presentation import format_value
from .tables import read_table


@dataclass
class RefreshResult:
    measures: list[Measure]
    metrics: list[MetricRule]
    #: New points of each data-driven emotion lane.
    points: dict[str, list[EmotionPoint]]
    #: Per source name: step values that matched no step, with their row counts.
    unmatched: dict[str, dict[str, int]] = field(default_factory=dict)
    rows_read: int = 0
    #: Other problems that did not stop the refresh, one English sentence each, naming the source:
    #: answers outside the metric's range skipped, rows naming a step name two steps share.
    warnings: list[str] = field(default_factory=list)

    def describe(self, journey_map: Map) -> list[str]:
        """What changed, one line each: "Souscription · CSAT 71% → 64%"."""
        changed, lost = self.changes(journey_map)
        return changed + lost

    def changes(self, journey_map: Map) -> tuple[list[str], list[str]]:
        """The lines of ``describe``, in two: the measures new or changed, and those with no
        data any more ("Souscription · CSAT: no data any more")."""
        return measure_changes(journey_map, journey_map.measures, self.measures, self.metrics)


def compute_refresh(journey: Journey, map_dir: str | os.PathLike[str] | None = None,
                    passwords: Mapping[str, str] | None = None,
                    env: Mapping[str, str] | None = None) -> RefreshResult:
    """Read all sources; any problem raises :class:`DataSourceError` naming the source."""
    journey_map = journey.map
    rules = [rule.model_copy() for rule in journey_map.metrics]
    measures: list[Measure] = []
    unmatched: dict[str, dict[str, int]] = {}
    warnings: list[str] = []
    rows_read = 0
    for source in journey_map.data_sources:
        name = source.name or source.path or source.id
        try:
            found, missed, count, notes = _read_source(journey_map, source, map_dir,
                                                       (passwords or {}).get(source.id), env, rules)
        except DataSourceError as exc:
            raise DataSourceError(exc.message, source=name) from None
        rows_read += count
        warnings += [f"{name}: {note}" for note in notes]
        if missed:
            unmatched[name] = missed
        for metric in sorted({m for _step, m in found}, key=str.casefold):
            _rule_for(rules, metric)
        for (step, metric), (tally, periods) in found.items():
            rule = _rule_for(rules, metric)
            value = tally.value(rule.aggregate)
            trend = [TrendPoint(period=p, value=round(periods[p].value(rule.aggregate), 2))
                     for p in sorted(periods)][-limits.TREND_POINTS_MAX:]
            measures.append(Measure(source=source.id, step=step, metric=metric, value=round(value, 2),
                                    count=tally.count, mean=round(tally.mean(), 3),
                                    trend=trend if len(trend) > 1 else []))
    step_order = {step: i for i, step in enumerate(journey_map.step_ids())}
    measures.sort(key=lambda m: (step_order.get(m.step, 0), m.metric.casefold(), m.source))
    if len(measures) > limits.MEASURES_MAX:
        raise DataSourceError(f"the sources give more than {limits.MEASURES_MAX:,} measures")
    points = {lane.id: _lane_points(journey_map, lane, measures, rules)
              for lane in journey_map.emotion_lanes() if lane.data is not None}
    return RefreshResult(measures, rules, points, unmatched, rows_read, warnings)


def _rule_named(rules: list[MetricRule], metric: str) -> MetricRule | None:
    key = metric.casefold()
    return next((rule for rule in rules if rule.name.casefold() == key), None)


def _known(metric: str) -> tuple[Aggregate, str, float | None, float | None]:
    """The usual aggregate, unit and answer range of a metric's name (a mean, else)."""
    return KNOWN_METRICS.get(metric.casefold(), (Aggregate.MEAN, "", None, None))


def _rule_for(rules: list[MetricRule], metric: str) -> MetricRule:
    rule = _rule_named(rules, metric)
    if rule is None:
        aggregate, unit, low, high = _known(metric)
        rule = MetricRule(name=metric, aggregate=aggregate, unit=unit, answer_min=low, answer_max=high)
        rules.append(rule)
    return rule


def _column(columns: list[str], wanted: str | None, role: str, required: bool = False) -> int | None:
    if not wanted:
        if required:
            raise DataSourceError(f"no column is chosen for the {role}")
        return None
    folded = [fold(c) for c in columns]
    if fold(wanted) in folded:
        return folded.index(fold(wanted))
    shown = ", ".join(columns[:12]) + (", …" if len(columns) > 12 else "")
    raise DataSourceError(f"the column '{wanted}' ({role}) is not in the data any more (columns: {shown})")


def _read_source(journey_map: Map, source: DataSource, map_dir, password, env, rules: list[MetricRule]):
    columns, rows = read_table(source, map_dir, password, env)
    mapping = source.columns
    i_step = _column(columns, mapping.step, "step", required=True)
    i_value = _column(columns, mapping.value, "value", required=True)
    i_metric = _column(columns, mapping.metric, "metric")
    i_date = _column(columns, mapping.date, "date")
    i_segment = _column(columns, mapping.segment, "segment")
    if i_metric is None and not source.metric.strip():
        raise DataSourceError("name the metric (a column, or a name such as CSAT)")
    wanted_segment = fold(source.segment_filter) if source.segment_filter.strip() else None
    if wanted_segment is not None and i_segment is None:
        raise DataSourceError("a segment filter is set but no segment column is chosen")
    matcher = StepMatcher(journey_map)
    found: dict[tuple[str, str], tuple[Tally, dict[str, Tally]]] = {}
    fixed_metric = source.metric.strip()
    width = max(i for i in (i_step, i_value, i_metric, i_date, i_segment) if i is not None) + 1
    where = _place(source)
    column = NumberColumn()
    pending: list[tuple[str, str, str | None, Ambiguous, str, str]] = []  # "1,234" before the column decides
    ranges: dict[str, tuple[float | None, float | None]] = {}
    outside: dict[str, int] = {}
    count = 0

    def add(step: str, metric: str, when: str | None, value: float) -> None:
        low, high = ranges.get(metric) or ranges.setdefault(metric, _answer_range(rules, metric))
        if (low is not None and value < low) or (high is not None and value > high):
            outside[metric] = outside.get(metric, 0) + 1
            return
        key = (step, metric[: limits.NAME_MAX])
        entry = found.get(key)
        if entry is None:
            entry = found[key] = (Tally(), {})
        entry[0].add(value)
        if when is not None:
            entry[1].setdefault(when, Tally()).add(value)

    for n, row in enumerate(rows, start=1):
        if len(row) < width:
            if not any(cell not in (None, "") for cell in row):
                continue  # a blank line
            row = tuple(row) + (None,) * (width - len(row))
        count += 1
        if wanted_segment is not None and fold(row[i_segment] or "") != wanted_segment:
            continue
        step = matcher.match(row[i_step])
        if step is None:
            matcher.miss(row[i_step])
            continue
        cell = row[i_value]
        try:
            value = column.read(cell)
        except CommaConflict:
            raise DataSourceError(f"{where(n)}: '{str(cell)[:40]}' in the column '{columns[i_value]}' uses the "
                                  f"comma otherwise than '{column.first}' above it; write the numbers of a "
                                  f"column one way") from None
        except ValueError:
            raise DataSourceError(f"{where(n)}: '{str(cell)[:40]}' in the column "
                                  f"'{columns[i_value]}' is not a number") from None
        if value is None:
            continue
        metric = str(row[i_metric]).strip() if i_metric is not None and row[i_metric] not in (None, "") else fixed_metric
        if not metric:
            continue
        when = period(row[i_date]) if i_date is not None else None
        if isinstance(value, Ambiguous):
            if len(pending) >= _PENDING_MAX:
                raise _ambiguous(pending[0], columns[i_value])
            pending.append((step, metric, when, value, where(n), str(cell).strip()))
            continue
        add(step, metric, when, value)
    for entry in pending:
        if column.commas is None:
            raise _ambiguous(entry, columns[i_value])
        step, metric, when, value, _where, _text = entry
        add(step, metric, when, value.grouped if column.commas == THOUSANDS else float(value))
    if count == 0:
        raise DataSourceError("the data has no rows")
    if not found and not outside:
        examples = ", ".join(f"'{v}'" for v in list(matcher.unmatched)[:3])
        raise DataSourceError(f"no row names a step of the map (the column '{columns[i_step]}' holds "
                              f"{examples or 'nothing usable'})")
    notes = [f"{n:,} {metric} answer{'s' if n != 1 else ''} outside {_shown(ranges[metric])} "
             f"{'were' if n != 1 else 'was'} skipped" for metric, n in outside.items()]
    notes += [f"two or more steps are named '{name}': {n:,} row{'s' if n != 1 else ''} naming it "
              f"cannot be placed (write \"stage / step\" or the step's id)"
              for name, n in matcher.ambiguous.items()]
    notes += getattr(rows, "notes", [])
    return found, matcher.unmatched, count, notes


_PENDING_MAX = 100_000


def _ambiguous(entry, column_name: str) -> DataSourceError:
    _step, _metric, _when, value, where, text = entry
    return DataSourceError(f"{where}: '{text[:40]}' in the column '{column_name}' could be "
                           f"{_plain(value.grouped)} or {_plain(float(value))}; write it without a thousands "
                           f"separator ({_plain(value.grouped)}) or with a decimal point ({_plain(float(value))})")


def _plain(value: float) -> str:
    return f"{value:.10g}"


def _shown(bounds: tuple[float | None, float | None]) -> str:
    low, high = bounds
    if low is not None and high is not None:
        return f"{_plain(low)}–{_plain(high)}"
    return f"≥ {_plain(low)}" if low is not None else f"≤ {_plain(high)}"


def _answer_range(rules: list[MetricRule], metric: str) -> tuple[float | None, float | None]:
    """The range one answer must fall in: the metric's rule, else the usual one of its name."""
    rule = _rule_named(rules, metric)
    if rule is not None:
        return rule.answer_min, rule.answer_max
    _aggregate, _unit, low, high = _known(metric)
    return low, high


def _place(source: DataSource):
    """How a row is named in messages: the file's line (CSV, the header is line 1), the
    sheet's row (XLSX, the header is row 1), the query's result row counted from 1 (SQL)."""
    if source.kind == SourceKind.CSV:
        return lambda n: f"line {n + 1}"
    if source.kind == SourceKind.XLSX:
        return lambda n: f"row {n + 1}"
    return lambda n: f"result row {n}"


def _lane_points(journey_map: Map, lane, measures: list[Measure], rules: list[MetricRule]) -> list[EmotionPoint]:
    link = lane.data
    rule = next((r for r in rules if r.name.casefold() == link.metric.casefold()), None)
    if rule is None or rule.answer_min is None or rule.answer_max is None:
        raise DataSourceError(f"the curve '{lane.title}' follows '{link.metric}': set that metric's "
                              f"answer range (e.g. 1 to 5) to place it on the emotion scale")
    scale = journey_map.emotion_scale
    words = {point.step: point.label for point in lane.points}
    points = []
    for measure in measures:
        if measure.source == link.source and measure.metric.casefold() == link.metric.casefold():
            score = rescale(measure.mean, rule.answer_min, rule.answer_max, scale.min, scale.max)
            points.append(EmotionPoint(step=measure.step, score=score, label=words.get(measure.step, "")))
    return points


def measure_changes(journey_map: Map, before: list[Measure], after: list[Measure],
                    rules: list[MetricRule]) -> tuple[list[str], list[str]]:
    names = {}
    for stage in journey_map.stages:
        for step in stage.steps:
            names[step.id] = f"{stage.name} · {step.name}" if step.name and len(stage.steps) > 1 else stage.name
    units = {rule.name.casefold(): rule for rule in rules}

    def shown(measure: Measure) -> str:
        return format_value(measure.value, units.get(measure.metric.casefold()), journey_map.language)

    old = {(m.source, m.step, m.metric.casefold()): m for m in before}
    lines = []
    for measure in after:
        key = (measure.source, measure.step, measure.metric.casefold())
        place = f"{names.get(measure.step, measure.step)} · {measure.metric}"
        previous = old.pop(key, None)
        if previous is None:
            lines.append(f"{place} {shown(measure)} (new)")
        elif previous.value != measure.value:
            lines.append(f"{place} {shown(previous)} → {shown(measure)}")
    lost = [f"{names.get(measure.step, measure.step)} · {measure.metric}: no data any more"
            for measure in old.values()]
    return lines, lost
