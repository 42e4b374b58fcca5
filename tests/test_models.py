"""Record schema v1: strictness and cross-field consistency."""

from __future__ import annotations

import copy
from typing import Any

import pytest

import govdocs
from govdocs.models import SCHEMA_NAME, SCHEMA_VERSION, Record


def _minimal() -> dict[str, Any]:
    return {
        "schema_name": SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
        "id": "doc-0123456789abcdef",
        "kind": "news_item",
        "source": {
            "filename": "x.txt",
            "sha256": "0" * 64,
            "format": "text",
            "media_type": "text/plain",
            "pages": None,
            "size": 10,
            "reader": "text",
        },
        "generator": {"name": "govdocs", "version": "0.1.0"},
        "language": "en",
        "title": "T",
        "date": "2021-03",
        "date_precision": "month",
        "metadata": {"kind": "news_item"},
        "blocks": [{"id": "b1", "type": "paragraph", "text": "Hello.", "lang": "en"}],
        "translation": {"status": "not_needed"},
    }


def test_minimal_record_is_valid() -> None:
    record = Record.model_validate(_minimal())
    assert record.date == "2021-03"


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d.update(titel="x"), "titel"),
        (lambda d: d["blocks"][0].update(txt="x"), "blocks.0.txt"),
        (lambda d: d["blocks"][0].update(type="para"), "blocks.0.type"),
        (lambda d: d.update(date="2023-02-30", date_precision="day"), "date"),
        (lambda d: d.update(date="23 juni 2023"), "date"),
        (lambda d: d["source"].update(sha256="xyz"), "source.sha256"),
        (lambda d: d.update(kind="letter"), "kind"),
        (lambda d: d["metadata"].update(subject="x"), "metadata.subject"),
        (lambda d: d.update(language="Dutch"), "language"),
    ],
)
def test_invalid_fields_are_named(mutate: Any, field: str) -> None:
    data = copy.deepcopy(_minimal())
    mutate(data)
    with pytest.raises(govdocs.RecordValidationError) as info:
        govdocs.validate_record(data)
    assert field in [f for f, _ in info.value.problems], info.value.problems


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(date_precision="day"),
        lambda d: d.update(date=None),
        lambda d: d["metadata"].update(kind="report"),
        lambda d: d["blocks"][0].update(footnote_refs=["fn1"]),
        lambda d: d["blocks"].append({"id": "b1", "type": "paragraph", "text": "dup"}),
    ],
)
def test_cross_field_consistency(mutate: Any) -> None:
    data = copy.deepcopy(_minimal())
    mutate(data)
    with pytest.raises(govdocs.RecordValidationError):
        govdocs.validate_record(data)
