"""Data that feeds a living map: where it comes from, how its columns are read, what it gave.

A *data source* is a CSV or XLSX file, a SQLite file or an SQL database (SQLAlchemy URL, never
with its password) and a mapping of its columns. A *metric rule* says how the values of one
metric are summed up (mean, NPS, CSAT...), their unit and the thresholds of its traffic
light. *Measures* are the last results of a refresh, one per source, step and metric, kept in
the map so that it shows them without the data at hand. None of this imports Qt.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from . import limits
from .base import Id, JourneyModel, Number, text_field


class SourceKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    SQLITE = "sqlite"
    SQL = "sql"


class Aggregate(StrEnum):
    """How the answers of one step are summed up (docs/FORMAT.md gives the formulas)."""

    MEAN = "mean"  # CES, delays, any score
    SUM = "sum"  # volumes
    COUNT = "count"  # number of rows
    NPS = "nps"  # % promoters (9-10) - % detractors (0-6) on a 0-10 answer
    CSAT = "csat"  # % of answers 4 or 5 on a 1-5 answer


class ColumnMapping(JourneyModel):
    """Which column of the source holds what. Only ``step`` and ``value`` are required."""

    step: str = text_field(limits.NAME_MAX)
    value: str = text_field(limits.NAME_MAX)
    metric: str | None = Field(default=None, max_length=limits.NAME_MAX)
    date: str | None = Field(default=None, max_length=limits.NAME_MAX)
    segment: str | None = Field(default=None, max_length=limits.NAME_MAX)


class DataSource(JourneyModel):
    id: Id
    name: str = text_field(limits.NAME_MAX)
    kind: SourceKind
    #: A CSV, XLSX or SQLite file: relative to the map's folder when it lies beside the map.
    path: str = text_field(limits.NAME_MAX * 4)
    sheet: str = text_field(limits.NAME_MAX)
    #: An SQLAlchemy URL (``postgresql://user@host/db``), never with a password.
    url: str = text_field(limits.NAME_MAX * 4)
    #: The environment variable that holds the database password, when one is needed.
    password_env: str = text_field(limits.NAME_MAX)
    #: A SELECT query (SQLite and SQL sources).
    query: str = text_field(limits.QUERY_MAX)
    columns: ColumnMapping = Field(default_factory=ColumnMapping)
    #: The metric's name when no column names it (every row is one metric, e.g. "CSAT").
    metric: str = text_field(limits.NAME_MAX)
    #: Keep only the rows whose segment column holds this value ("" keeps all).
    segment_filter: str = text_field(limits.NAME_MAX)


class MetricRule(JourneyModel):
    """How one metric is computed and judged. Thresholds: ``good`` and ``bad`` values; when
    ``good`` is above ``bad`` higher is better, otherwise lower is better (delays)."""

    name: str = text_field(limits.NAME_MAX)
    aggregate: Aggregate = Aggregate.MEAN
    unit: str = text_field(limits.TAG_MAX)
    good: Number | None = None
    bad: Number | None = None
    #: The range of one answer (1..5 for CSAT): used to put the mean on the emotion scale.
    answer_min: Number | None = None
    answer_max: Number | None = None


class TrendPoint(JourneyModel):
    period: str = text_field(limits.TAG_MAX)  # "2026-03"
    value: Number


class Measure(JourneyModel):
    """The result of a refresh for one step and one metric of one source."""

    source: Id
    step: Id
    metric: str = text_field(limits.NAME_MAX)
    value: Number
    count: int = Field(default=0, ge=0)
    #: The mean answer, kept for the emotion curve (NPS and CSAT values are percentages).
    mean: Number | None = None
    trend: list[TrendPoint] = Field(default_factory=list, max_length=limits.TREND_POINTS_MAX)


class LaneData(JourneyModel):
    """An emotion lane whose points come from data: the mean of ``metric`` of ``source``."""

    source: Id
    metric: str = text_field(limits.NAME_MAX)
