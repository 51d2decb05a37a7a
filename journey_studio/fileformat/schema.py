"""The JSON Schema of ``.journey`` files, generated from the models."""

from __future__ import annotations

import json

from ..model import Journey

SCHEMA_ID = "https://journey-studio.invalid/schema/journey-1.schema.json"


def schema() -> dict:
    generated = Journey.model_json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Journey Studio map (.journey)",
        "description": "A customer journey map saved by Journey Studio. See docs/FORMAT.md.",
        **{k: v for k, v in generated.items() if k not in {"title", "description"}},
        # The reader refuses a file without these two, though the model has defaults for them.
        "required": ["format", "formatVersion", "map"],
    }


def schema_text() -> str:
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"
