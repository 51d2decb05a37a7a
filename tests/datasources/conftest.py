"""A small map with data sources, and files of answers written for each test."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from journey_studio.fileformat import dump_to, load
from journey_studio.model import Journey


def living_journey(sources: list[dict], metrics: list[dict] | None = None, data_lane: dict | None = None) -> Journey:
    """Stages Découverte (one step) and Souscription (steps En ligne, En agence); a metrics lane
    and two emotion lanes, the second driven by data when ``data_lane`` is given."""
    lanes = [
        {"id": "lm", "kind": "metrics", "title": "Indicateurs"},
        {"id": "le", "kind": "emotions", "title": "Ressenti",
         "points": [{"step": "t1", "score": 1, "label": "curiosité"}]},
        {"id": "ld", "kind": "emotions", "title": "Satisfaction mesurée",
         "points": [{"step": "t2", "score": -1, "label": "inquiétude"}], **({"data": data_lane} if data_lane else {})},
    ]
    stages = [
        {"id": "s1", "name": "Découverte", "steps": [{"id": "t1"}]},
        {"id": "s2", "name": "Souscription", "steps": [{"id": "t2", "name": "En ligne"}, {"id": "t3", "name": "En agence"}]},
    ]
    return Journey.model_validate({"map": {
        "id": "m", "title": "Banque", "language": "fr", "stages": stages, "lanes": lanes,
        "dataSources": sources, "metrics": metrics or []}})


def write_csv(path: Path, rows: list[list], delimiter: str = ";", encoding: str = "utf-8") -> Path:
    with open(path, "w", newline="", encoding=encoding) as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


SURVEY = [
    ["date", "étape", "indicateur", "note", "segment"],
    ["2026-01-10", "Découverte", "CSAT", "5", "Pros"],
    ["2026-01-11", "decouverte", "CSAT", "4", "Particuliers"],
    ["2026-02-03", "DÉCOUVERTE", "CSAT", "2", "Pros"],
    ["2026-02-04", "Souscription / En ligne", "CSAT", "3", "Pros"],
    ["2026-02-05", "en ligne", "CSAT", "5", "Particuliers"],
    ["2026-02-05", "En ligne", "NPS", "9", "Pros"],
    ["2026-02-06", "En ligne", "NPS", "10", "Pros"],
    ["2026-02-06", "En ligne", "NPS", "3", "Particuliers"],
    ["2026-02-07", "Agence du centre", "CSAT", "4", "Pros"],
]


@pytest.fixture
def survey_map(tmp_path):
    """A saved map beside survey.csv (relative path), the data curve following CSAT."""
    write_csv(tmp_path / "survey.csv", SURVEY)
    source = {"id": "src", "name": "Enquête", "kind": "csv", "path": "survey.csv",
              "columns": {"step": "étape", "value": "note", "metric": "indicateur", "date": "date",
                          "segment": "segment"}}
    journey = living_journey([source], data_lane={"source": "src", "metric": "CSAT"})
    path = tmp_path / "banque.journey"
    dump_to(journey, path)
    return path


def reload(path) -> Journey:
    return load(path)
