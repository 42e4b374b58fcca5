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
from .models import Record
from .pipeline import convert
from .readers import Limits
from .schema import schema_path
from .validate import ValidationProblem, validate_file, validate_record

__all__ = [
    "ConversionFailure",
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
    "schema_path",
    "validate_file",
    "validate_record",
]
