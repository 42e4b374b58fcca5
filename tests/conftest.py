"""Test configuration shared by every test module.

* Isolation: translation packages, caches and the translation memory live in a per-session
  temporary directory, so no model or cache of the developer's machine leaks into results.
* Schema check: every record the pipeline builds during the tests is validated against the
  checked-in JSON Schema with the independent ``jsonschema`` library.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

_SESSION_TMP = Path(tempfile.mkdtemp(prefix="govdocs-tests-"))
for _var, _sub in (
    ("ARGOS_PACKAGES_DIR", "argos-packages"),
    ("XDG_DATA_HOME", "xdg-data"),
    ("XDG_CACHE_HOME", "xdg-cache"),
    ("XDG_CONFIG_HOME", "xdg-config"),
    ("GOVDOCS_CACHE_DIR", "govdocs-cache"),
):
    (_SESSION_TMP / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_SESSION_TMP / _sub)
os.environ.setdefault("ARGOS_DEVICE_TYPE", "cpu")
# The golden records and most tests read PDFs with the reference backend (pypdf); the PDFium
# backend is held to the same records by tests/test_pdf_backends.py, which names both.
os.environ["GOVDOCS_PDF_BACKEND"] = "pypdf"

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = ROOT / "seeds"
SCHEMA_PATH = ROOT / "schemas" / "govdocs-record.v1.schema.json"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden", action="store_true", help="rewrite tests/golden/*.json from the code"
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--regen-golden"):
        from tests import golden

        golden.REGEN["value"] = True


_validator: Any = None


def schema_validator() -> Any:
    global _validator
    if _validator is None:
        from jsonschema import Draft202012Validator

        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        _validator = Draft202012Validator(schema)
    return _validator


def assert_schema_valid(data: dict[str, Any]) -> None:
    errors = sorted(schema_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "; ".join(
        f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:5]
    )


@pytest.fixture(autouse=True)
def _schema_check_every_record(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from govdocs import build

    original = build.build_record

    def checked(doc: Any) -> Any:
        record = original(doc)
        assert_schema_valid(record.model_dump(mode="json"))
        return record

    monkeypatch.setattr(build, "build_record", checked)
    yield


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def seeds() -> Path:
    return SEEDS
