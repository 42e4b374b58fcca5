"""The public API: a small curated surface, cheap to import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import govdocs

SRC = Path(__file__).resolve().parents[1] / "src"
SUBPROCESS_ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")]),
}

EXPECTED_ALL = [
    "ConversionFailure",
    "ConversionTimeoutError",
    "CorruptDocumentError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "GovdocsError",
    "Limits",
    "ModelNotInstalledError",
    "ReaderError",
    "Record",
    "RecordValidationError",
    "TranslationError",
    "UnsafeDocumentError",
    "UnsupportedFormatError",
    "ValidationProblem",
    "__version__",
    "convert",
    "convert_many",
    "render_html",
    "validate_file",
    "validate_record",
    # the schema shipped in the package
    "schema_path",
    "to_arrow",
    # record parts, for type annotations; isinstance(record.metadata, X) narrows the union
    "Block",
    "BlockType",
    "DatePrecision",
    "DocumentKind",
    "Dossier",
    "Footnote",
    "Metadata",
    "LetterMetadata",
    "QuestionsMetadata",
    "NewsItemMetadata",
    "OtherMetadata",
    "ParliamentaryLetterMetadata",
    "ParliamentaryQuestionsMetadata",
    "Person",
    "ProceedingsMetadata",
    "Reference",
    "ReportMetadata",
    "Segment",
    "Signatory",
    "TranslationStatus",
]


def test_all_is_pinned() -> None:
    assert sorted(govdocs.__all__) == sorted(EXPECTED_ALL)
    for name in govdocs.__all__:
        assert hasattr(govdocs, name), name


def test_error_tree_is_rooted_at_govdocs_error() -> None:
    for name in govdocs.__all__:
        obj = getattr(govdocs, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert issubclass(obj, govdocs.GovdocsError), name
    assert issubclass(govdocs.ModelNotInstalledError, govdocs.TranslationError)
    assert issubclass(govdocs.UnsafeDocumentError, govdocs.ReaderError)


def test_error_message_names_the_file_and_hint() -> None:
    err = govdocs.EncryptedDocumentError("encrypted", path="x/letter.pdf", hint="use --password")
    assert str(err) == "x/letter.pdf: encrypted (use --password)"
    assert err.path is not None and err.path.name == "letter.pdf"


def test_import_does_not_load_translation_engines() -> None:
    code = (
        "import sys, govdocs, govdocs.cli, govdocs.pipeline\n"
        "heavy = [m for m in ('argostranslate', 'ctranslate2', 'sentencepiece', 'torch', "
        "'stanza', 'spacy', 'ray', 'pyarrow', 'duckdb', 'rich', 'html5lib') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SUBPROCESS_ENV
    ).stdout.strip()
    assert out == "", f"import govdocs imported {out}"


def test_partial_dates_have_typed_bounds() -> None:
    from govdocs.models import partial_date_range

    assert [d.isoformat() for d in partial_date_range("2024-02")] == ["2024-02-01", "2024-02-29"]
    assert [d.isoformat() for d in partial_date_range("2023-12")] == ["2023-12-01", "2023-12-31"]
    assert [d.isoformat() for d in partial_date_range("2021")] == ["2021-01-01", "2021-12-31"]
    assert [d.isoformat() for d in partial_date_range("2023-06-23")] == ["2023-06-23"] * 2


def test_version_is_a_string() -> None:
    assert isinstance(govdocs.__version__, str) and govdocs.__version__.count(".") == 2


def test_import_and_cli_parser_do_not_load_pydantic_or_the_pipeline() -> None:
    """Start-up (issue 17): ``import govdocs`` and building the CLI parser (``govdocs --version``,
    ``--help``) load neither pydantic nor the models nor the pipeline; the first use of a public
    name loads its module (PEP 562), and that name is then the real object."""
    code = (
        "import sys, govdocs, govdocs.cli\n"
        "govdocs.cli.build_parser()\n"
        "early = [m for m in ('pydantic', 'govdocs.models', 'govdocs.pipeline', 'govdocs.batch',"
        " 'lxml', 'pypdf', 'langdetect') if m in sys.modules]\n"
        "record = govdocs.Record\n"
        "import govdocs.models\n"
        "assert record is govdocs.models.Record and 'Record' in dir(govdocs)\n"
        "print(','.join(early))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=SUBPROCESS_ENV
    ).stdout.strip()
    assert out == "", f"start-up imported {out}"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Recrod'"):
        _ = govdocs.Recrod  # type: ignore[attr-defined]
