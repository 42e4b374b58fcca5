"""govdocs: multilingual government documents as validated, bilingual, structured records.

>>> import govdocs
>>> record = govdocs.convert("seeds/004_unoda-ai-dialogue-news-item.en.txt")  # doctest: +SKIP
>>> record.title, record.date, record.kind.value  # doctest: +SKIP

The public API is what ``__all__`` lists; everything in underscore-free submodules not listed
here is internal and may change between minor versions.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    ConversionTimeoutError,
    CorruptDocumentError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncryptedDocumentError,
    GovdocsError,
    ModelNotInstalledError,
    ReaderError,
    RecordValidationError,
    TranslationError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)

if TYPE_CHECKING:  # the names below are imported on first use (PEP 562), see ``__getattr__``
    from .batch import ConversionFailure, convert_many
    from .models import (
        Block,
        BlockType,
        DatePrecision,
        DocumentKind,
        Dossier,
        Footnote,
        Metadata,
        NewsItemMetadata,
        OtherMetadata,
        ParliamentaryLetterMetadata,
        ParliamentaryQuestionsMetadata,
        Person,
        ProceedingsMetadata,
        Record,
        Reference,
        ReportMetadata,
        Segment,
        Signatory,
        TranslationStatus,
    )
    from .models import ParliamentaryLetterMetadata as LetterMetadata
    from .models import ParliamentaryQuestionsMetadata as QuestionsMetadata
    from .pipeline import convert
    from .readers import Limits
    from .schema import schema_path
    from .tables import to_arrow
    from .validate import ValidationProblem, validate_file, validate_record
    from .view import render_html

#: Where each lazily imported public name lives. ``import govdocs`` loads only the version and the
#: exception tree (a few milliseconds); pydantic, the models and the pipeline are imported the
#: first time one of these names is used, so a CLI call such as ``govdocs --version`` or a
#: program that only catches ``govdocs.GovdocsError`` does not pay for them.
_LAZY: dict[str, tuple[str, str]] = {
    "ConversionFailure": ("batch", "ConversionFailure"),
    "convert_many": ("batch", "convert_many"),
    **{
        name: ("models", name)
        for name in (
            "Block",
            "BlockType",
            "DatePrecision",
            "DocumentKind",
            "Dossier",
            "Footnote",
            "Metadata",
            "NewsItemMetadata",
            "OtherMetadata",
            "ParliamentaryLetterMetadata",
            "ParliamentaryQuestionsMetadata",
            "Person",
            "ProceedingsMetadata",
            "Record",
            "Reference",
            "ReportMetadata",
            "Segment",
            "Signatory",
            "TranslationStatus",
        )
    },
    #: Short names for the metadata classes: ``isinstance(record.metadata, govdocs.LetterMetadata)``
    #: narrows ``record.metadata`` for type checkers.
    "LetterMetadata": ("models", "ParliamentaryLetterMetadata"),
    "QuestionsMetadata": ("models", "ParliamentaryQuestionsMetadata"),
    "convert": ("pipeline", "convert"),
    "Limits": ("readers", "Limits"),
    "schema_path": ("schema", "schema_path"),
    "to_arrow": ("tables", "to_arrow"),
    "ValidationProblem": ("validate", "ValidationProblem"),
    "validate_file": ("validate", "validate_file"),
    "validate_record": ("validate", "validate_record"),
    "render_html": ("view", "render_html"),
}


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'govdocs' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module}", __name__), attribute)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Block",
    "BlockType",
    "ConversionFailure",
    "ConversionTimeoutError",
    "CorruptDocumentError",
    "DatePrecision",
    "DocumentKind",
    "DocumentTooLargeError",
    "Dossier",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "Footnote",
    "GovdocsError",
    "LetterMetadata",
    "Limits",
    "Metadata",
    "ModelNotInstalledError",
    "NewsItemMetadata",
    "OtherMetadata",
    "ParliamentaryLetterMetadata",
    "ParliamentaryQuestionsMetadata",
    "Person",
    "ProceedingsMetadata",
    "QuestionsMetadata",
    "ReaderError",
    "Record",
    "RecordValidationError",
    "Reference",
    "ReportMetadata",
    "Segment",
    "Signatory",
    "TranslationError",
    "TranslationStatus",
    "UnsafeDocumentError",
    "UnsupportedFormatError",
    "ValidationProblem",
    "__version__",
    "convert",
    "convert_many",
    "render_html",
    "schema_path",
    "to_arrow",
    "validate_file",
    "validate_record",
]
