"""The map as plain pydantic models. Nothing here imports Qt."""

from .asset import Asset, MimeType
from .card import EVIDENCE_KINDS, Card, CardSource, Comment, EvidenceKind
from .data_source import (
    Aggregate, ColumnMapping, DataSource, LaneData, Measure, MetricRule, SourceKind, TrendPoint,
)
from .ids import new_id
from .journey import FORMAT_NAME, FORMAT_VERSION, Generator, Journey, VersionRecord
from .journey_map import EmotionScale, Map, integrity_problems
from .kinds import CHANNEL_LANES, Channel, LaneKind, Language, Priority
from .lane import EmotionPoint, Lane
from .persona import MAIN_PERSONA_ID, PERSONA_COLORS, Persona
from .stage import Stage, Step
from .view import CardFilter, View

__all__ = [
    "Aggregate", "ColumnMapping", "DataSource", "LaneData", "Measure", "MetricRule", "SourceKind",
    "TrendPoint",
    "Asset", "CHANNEL_LANES", "Card", "Channel", "EmotionPoint", "EmotionScale",
    "FORMAT_NAME", "FORMAT_VERSION", "Generator", "Journey", "Lane", "LaneKind", "Language",
    "EVIDENCE_KINDS", "CardSource", "Comment", "EvidenceKind", "MAIN_PERSONA_ID", "PERSONA_COLORS",
    "CardFilter", "View",
    "Map", "MimeType", "Persona", "Priority", "Stage", "Step", "VersionRecord", "integrity_problems",
    "new_id",
]
