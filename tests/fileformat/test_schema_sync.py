"""docs/journey.schema.json is the published schema: it must match the models."""

import json

from support import ROOT
from journey_studio.fileformat.schema import schema, schema_text

PUBLISHED = ROOT / "docs" / "journey.schema.json"


def test_published_schema_matches_the_models():
    assert PUBLISHED.read_text(encoding="utf-8") == schema_text(), (
        "docs/journey.schema.json is out of date: run "
        "python -m journey_studio schema > docs/journey.schema.json")


def test_schema_names_the_public_contract():
    s = schema()
    assert s["$schema"].endswith("2020-12/schema")
    assert {"format", "formatVersion", "generator", "map", "assets"} <= set(s["properties"])
    definitions = s["$defs"]
    assert set(definitions["Lane"]["properties"]) >= {"id", "kind", "title", "points"}
    assert set(definitions["Card"]["properties"]) >= {"id", "step", "lane", "text", "channel", "votes"}
    kinds = json.dumps(definitions["LaneKind"])
    for kind in ("actions", "painPoints", "backstage", "metrics", "text"):
        assert f'"{kind}"' in kinds


def test_schema_requires_what_the_reader_requires():
    assert set(schema()["required"]) == {"format", "formatVersion", "map"}
