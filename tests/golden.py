"""Golden records: expected output for real documents, checked in under tests/golden/.

Regenerate only on purpose: ``python -m pytest --regen-golden`` (or GOVDOCS_REGEN_GOLDEN=1),
then review the diff like any other code change.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

from govdocs.models import Record

GOLDEN_DIR = Path(__file__).parent / "golden"
REGEN = {"value": os.environ.get("GOVDOCS_REGEN_GOLDEN") == "1"}


def _comparable(record: Record) -> dict[str, Any]:
    data = record.model_dump(mode="json")
    data["generator"]["version"] = "<version>"  # not a property of the document
    return data


def assert_golden(name: str, record: Record) -> None:
    path = GOLDEN_DIR / f"{name}.json"
    actual = json.dumps(_comparable(record), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    if REGEN["value"]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        return
    if not path.exists():
        raise AssertionError(f"no golden record {path}; run pytest --regen-golden and review it")
    expected = path.read_text(encoding="utf-8")
    if expected != actual:
        diff = "".join(
            list(
                difflib.unified_diff(
                    expected.splitlines(True), actual.splitlines(True), str(path), "actual", n=2
                )
            )[:80]
        )
        raise AssertionError(f"record differs from golden {path}:\n{diff}")
