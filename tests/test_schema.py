"""The published JSON Schema is generated from the models and usable by any validator."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from govdocs.schema import json_schema, schema_text

from .conftest import SCHEMA_PATH

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.json"))


def test_checked_in_schema_matches_the_models() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "schemas/ is out of date: run 'govdocs schema --write' and commit the result"
    )


def test_schema_declares_dialect_and_id() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith("govdocs-record.v1.schema.json")
    Draft202012Validator.check_schema(schema)
    required = set(schema["required"])
    assert {
        "schema_name",
        "schema_version",
        "id",
        "kind",
        "source",
        "language",
        "metadata",
        "blocks",
        "translation",
    } <= required


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_golden_records_validate_with_jsonschema(path: Path) -> None:
    validator = Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    data = json.loads(path.read_text(encoding="utf-8"))
    assert not list(validator.iter_errors(data))
    data["blocks"][0]["typo_field"] = 1
    assert list(validator.iter_errors(data)), "jsonschema must reject unknown fields too"


def test_packaged_schema_is_the_published_one() -> None:
    import govdocs

    assert govdocs.schema_path().name == SCHEMA_PATH.name
    assert govdocs.schema_path().read_text(encoding="utf-8") == schema_text()


def test_schema_has_only_standard_keywords() -> None:
    """No pydantic ``discriminator`` (Ajv strict: unknown keyword) and no other extension."""
    standard = set(Draft202012Validator.VALIDATORS) | {
        "$schema", "$id", "$defs", "$ref", "title", "description", "default", "examples",
        "format", "deprecated", "readOnly", "writeOnly", "$comment", "then", "else",
    }  # fmt: skip

    def keywords(node: object, in_properties: bool = False) -> set[str]:
        found: set[str] = set()
        if isinstance(node, dict):
            for key, value in node.items():
                if not in_properties:
                    found.add(key)
                found |= keywords(value, key in ("properties", "$defs"))
        elif isinstance(node, list):
            for value in node:
                found |= keywords(value)
        return found

    assert keywords(json_schema()) - standard == set()
