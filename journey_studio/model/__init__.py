"""The map as plain pydantic models. Nothing here imports Qt."""

from .asset import Asset, MimeType
from .card import Card
from .data_source import (
    Aggregate, ColumnMapping, DataSource, LaneData, Measure, MetricRule, SourceKind, TrendPoint,
)
from .ids import new_id
from .journey import FORMAT_NAME, FORMAT_VERSION, Generator, Journey
from .journey_map import EmotionScale, Map, integrity_problems
from .kinds import CHANNEL_LANES, Channel, LaneKind, Language, Priority
from .lane import EmotionPoint, Lane
from .persona import Persona
from .stage import Stage, Step

__all__ = [
    "Aggregate", "ColumnMapping", "DataSource", "LaneData", "Measure", "MetricRule", "SourceKind",
    "TrendPoint",
    "Asset", "CHANNEL_LANES", "Card", "Channel", "EmotionPoint", "EmotionScale",
    "FORMAT_NAME", "FORMAT_VERSION", "Generator", "Journey", "Lane", "LaneKind", "Language",
    "Map", "MimeType", "Persona", "Priority", "Stage", "Step", "integrity_problems", "new_id",
]
