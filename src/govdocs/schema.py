"""The published JSON Schema, generated from the pydantic models."""

from __future__ import annotations

import json
from typing import Any

from .models import SCHEMA_ID, Record

__all__ = ["SCHEMA_FILENAME", "json_schema", "schema_text"]

SCHEMA_FILENAME = "govdocs-record.v1.schema.json"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def json_schema() -> dict[str, Any]:
    """The record's JSON Schema (2020-12) as a dict, ``$schema`` and ``$id`` first."""
    generated = Record.model_json_schema(mode="validation")
    generated.pop("$id", None)
    return {"$schema": _DIALECT, "$id": SCHEMA_ID, **generated}


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
