"""The published JSON Schema, generated from the pydantic models.

The published file is portable: standard Draft 2020-12 keywords only, so strict validators
(Ajv2020 in strict mode, jsonschema, check-jsonschema) compile it as is. Pydantic's
``discriminator`` hint, which strict validators reject as an unknown keyword, is dropped: the
metadata union is a plain ``oneOf`` whose branches each require their ``kind`` ``const``, so
exactly one branch can match. The record's cross-field rules that JSON Schema can express are
written into it as ``if``/``then`` (``metadata.kind`` equals ``kind``; ``date_precision`` decides
the ``date`` pattern; ``date`` and ``date_precision`` are null together); the ones it cannot
express are listed in the schema's ``description`` and checked by ``govdocs validate``.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

from ._version import SCHEMA_FILENAME
from .models import (
    DAY_PATTERN,
    MONTH_PATTERN,
    SCHEMA_ID,
    YEAR_PATTERN,
    DatePrecision,
    DocumentKind,
    Record,
)

__all__ = ["NOT_IN_SCHEMA", "SCHEMA_FILENAME", "json_schema", "schema_path", "schema_text"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Rules of a valid record that JSON Schema cannot express; ``govdocs validate`` checks them.
NOT_IN_SCHEMA = (
    "block ids (blocks[].id) are unique",
    "footnote ids (footnotes[].id) are unique",
    "every blocks[].footnote_refs entry is the id of a footnote of the record",
    "every footnotes[].cited_in is the id of a block of the record",
)

_DATE_PATTERNS = {
    DatePrecision.day: DAY_PATTERN,
    DatePrecision.month: MONTH_PATTERN,
    DatePrecision.year: YEAR_PATTERN,
}


def _drop_discriminators(node: Any, defs: dict[str, Any]) -> None:
    """Replace pydantic's ``discriminator`` (not a standard keyword) by a required ``const``
    tag in every branch, so the ``oneOf`` alone picks exactly one branch."""
    if isinstance(node, dict):
        hint = node.pop("discriminator", None)
        if hint is not None:
            tag = hint["propertyName"]
            for ref in hint["mapping"].values():
                branch = defs[ref.rsplit("/", 1)[-1]]
                assert "const" in branch["properties"][tag], (ref, tag)
                branch["required"] = [tag, *(r for r in branch.get("required", []) if r != tag)]
        for value in node.values():
            _drop_discriminators(value, defs)
    elif isinstance(node, list):
        for value in node:
            _drop_discriminators(value, defs)


def _cross_field_rules() -> list[dict[str, Any]]:
    rules: list[dict[str, Any]] = []
    for kind in DocumentKind:
        rules.append(
            {
                "if": {"properties": {"kind": {"const": kind.value}}, "required": ["kind"]},
                "then": {
                    "properties": {
                        "metadata": {
                            "type": "object",
                            "properties": {"kind": {"const": kind.value}},
                            "required": ["kind"],
                        }
                    }
                },
            }
        )
    for precision, pattern in _DATE_PATTERNS.items():
        rules.append(
            {
                "if": {
                    "properties": {"date_precision": {"const": precision.value}},
                    "required": ["date_precision"],
                },
                "then": {
                    "properties": {"date": {"type": "string", "pattern": pattern}},
                    "required": ["date"],
                },
            }
        )
    # no precision (absent or null) means no date, and a date needs its precision
    rules.append(
        {
            "if": {
                "properties": {"date_precision": {"type": "string"}},
                "required": ["date_precision"],
            },
            "else": {"properties": {"date": {"type": "null"}}},
        }
    )
    return rules


def json_schema() -> dict[str, Any]:
    """The record's JSON Schema (2020-12) as a dict, ``$schema`` and ``$id`` first."""
    generated = Record.model_json_schema(mode="validation")
    generated.pop("$id", None)
    _drop_discriminators(generated, generated.get("$defs", {}))
    generated["allOf"] = _cross_field_rules()
    generated["description"] = (
        f"{generated.get('description', '').strip()} Schema v1 of govdocs records. Cross-field "
        "rules are part of this schema (allOf: metadata.kind equals kind; date_precision "
        "decides the date pattern; date and date_precision are null together). Rules JSON "
        "Schema cannot express, checked by `govdocs validate`: " + "; ".join(NOT_IN_SCHEMA) + "."
    ).strip()
    return {"$schema": _DIALECT, "$id": SCHEMA_ID, **dict(sorted(generated.items()))}


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def schema_path() -> Path:
    """The published schema file shipped inside the installed package (``govdocs/data/``).

    ``govdocs schema --check`` verifies it equals what the models generate; other tools can
    read it without network, e.g. ``python -m jsonschema`` or ``check-jsonschema --schemafile``.
    """
    return Path(str(files("govdocs") / "data" / SCHEMA_FILENAME))
