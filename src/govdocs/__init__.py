"""govdocs: multilingual government documents as validated, bilingual, structured records.

>>> import govdocs
>>> record = govdocs.convert("seeds/004_unoda-ai-dialogue-news-item.en.txt")  # doctest: +SKIP
>>> record.title, record.date, record.kind.value  # doctest: +SKIP

The public API is what ``__all__`` lists; everything in underscore-free submodules not listed
here is internal and may change between minor versions.
"""

from __future__ import annotations

from ._version import __version__
from .batch import ConversionFailure, convert_many
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
from .pipeline import convert
from .readers import Limits
from .schema import schema_path
from .tables import to_arrow
from .validate import ValidationProblem, validate_file, validate_record
from .view import render_html

#: Short names for the metadata classes: ``isinstance(record.metadata, govdocs.LetterMetadata)``
#: narrows ``record.metadata`` for type checkers.
LetterMetadata = ParliamentaryLetterMetadata
QuestionsMetadata = ParliamentaryQuestionsMetadata

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
