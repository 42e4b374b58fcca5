"""The published schema and ``govdocs validate`` agree on valid and deliberately broken records.

``tests/conformance/cases.json`` holds a base record and patches; each broken case names the rule
it breaks. jsonschema (with format checking) must give the verdict the case states, and so must
``govdocs validate``; rules JSON Schema cannot express (``in_schema: false``) are accepted by the
schema and rejected by govdocs. CI runs the same cases through Ajv2020 in strict mode
(``tests/conformance/ajv_check.cjs``); when ``GOVDOCS_AJV_DIR`` names a folder with ajv installed,
this module runs it too.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from govdocs import RecordValidationError, validate_file, validate_record
from govdocs.schema import NOT_IN_SCHEMA, json_schema

from .conftest import ROOT, SCHEMA_PATH

CONFORMANCE = Path(__file__).parent / "conformance"
CASES_DOC = json.loads((CONFORMANCE / "cases.json").read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = CASES_DOC["cases"]
GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.json"))


def apply_patch(base: dict[str, Any], ops: list[list[Any]]) -> dict[str, Any]:
    record = copy.deepcopy(base)
    for op, path, *value in ops:
        parent: Any = record
        for key in path[:-1]:
            parent = parent[key]
        if op == "set":
            parent[path[-1]] = value[0]
        elif op == "delete":
            del parent[path[-1]]
        elif op == "append":
            parent[path[-1]].append(value[0])
        else:  # pragma: no cover - a typo in cases.json
            raise ValueError(op)
    return record


def case_record(case: dict[str, Any]) -> dict[str, Any]:
    return apply_patch(CASES_DOC["base"], case["patch"])


def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def test_cases_are_well_formed() -> None:
    names = [c["name"] for c in CASES]
    assert len(set(names)) == len(names)
    for case in CASES:
        assert isinstance(case["valid"], bool)
        assert case["valid"] == ("breaks" not in case), case["name"]
        assert case.get("in_schema", True) or not case["valid"], case["name"]
    # every rule the schema cannot express has a case, and the schema says it checks none of them
    assert len([c for c in CASES if c.get("in_schema") is False]) == len(NOT_IN_SCHEMA)
    for rule in NOT_IN_SCHEMA:
        assert rule in json_schema()["description"]


def test_format_checker_checks_dates() -> None:
    assert "date" in FormatChecker().checkers, "jsonschema's date format checker is missing"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_jsonschema_verdict(case: dict[str, Any]) -> None:
    errors = list(_validator().iter_errors(case_record(case)))
    expected = case["valid"] or not case.get("in_schema", True)
    assert (not errors) == expected, [e.message for e in errors][:3]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_govdocs_verdict(case: dict[str, Any], tmp_path: Path) -> None:
    record = case_record(case)
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    problems = validate_file(path)
    assert (not problems) == case["valid"], [str(p) for p in problems]
    assert not any(p.is_parse_error for p in problems)
    if case["valid"]:
        validate_record(record)
    else:
        with pytest.raises(RecordValidationError):
            validate_record(record)


def test_govdocs_validate_jsonl_lines(tmp_path: Path) -> None:
    path = tmp_path / "cases.jsonl"
    path.write_text(
        "".join(json.dumps(case_record(c), ensure_ascii=False) + "\n" for c in CASES),
        encoding="utf-8",
    )
    bad_lines = {p.line for p in validate_file(path)}
    assert bad_lines == {n for n, c in enumerate(CASES, 1) if not c["valid"]}


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_golden_records_are_valid_everywhere(path: Path) -> None:
    assert not list(_validator().iter_errors(json.loads(path.read_text(encoding="utf-8"))))
    assert validate_file(path) == []


def test_ajv_strict_agrees() -> None:
    """Only where ajv is installed (CI: .ci/run installs it into a temp dir)."""
    ajv_dir = os.environ.get("GOVDOCS_AJV_DIR")
    node = shutil.which("node")
    if not ajv_dir or node is None:
        pytest.skip("set GOVDOCS_AJV_DIR to a folder with ajv and ajv-formats installed")
    done = subprocess.run(
        [node, str(CONFORMANCE / "ajv_check.cjs"), ajv_dir, str(SCHEMA_PATH)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
