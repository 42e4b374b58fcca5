"""The govdocs exception tree.

Every error govdocs raises on purpose is a :class:`GovdocsError`. Errors about an input name
the file (``path``) and say what the user can do, where there is something to do (``hint``).
Third-party exceptions are wrapped with ``raise ... from exc`` so the cause stays inspectable.

::

    GovdocsError
    ├── ReaderError
    │   ├── UnsupportedFormatError
    │   ├── CorruptDocumentError
    │   ├── UnsafeDocumentError
    │   ├── EncryptedDocumentError
    │   ├── DocumentTooLargeError
    │   └── EmptyDocumentError
    ├── TranslationError
    │   └── ModelNotInstalledError
    ├── ConversionTimeoutError
    └── RecordValidationError
"""

from __future__ import annotations

from os import PathLike
from pathlib import Path

__all__ = [
    "ConversionTimeoutError",
    "CorruptDocumentError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "GovdocsError",
    "ModelNotInstalledError",
    "ReaderError",
    "RecordValidationError",
    "TranslationError",
    "UnsafeDocumentError",
    "UnsupportedFormatError",
]


class GovdocsError(Exception):
    """Base class of every error govdocs raises on purpose.

    ``str(error)`` is one line: ``FILE: problem (hint)``.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | PathLike[str] | None = None,
        hint: str | None = None,
    ) -> None:
        self.message = message
        self.path: Path | None = Path(path) if path is not None else None
        self.hint = hint
        super().__init__(self._format())

    def _format(self) -> str:
        text = f"{self.path}: {self.message}" if self.path is not None else self.message
        if self.hint:
            text = f"{text} ({self.hint})"
        return text


class ReaderError(GovdocsError):
    """A source file could not be read into a document."""


class UnsupportedFormatError(ReaderError):
    """The file's content is not a format govdocs reads."""


class CorruptDocumentError(ReaderError):
    """The file claims a supported format but is damaged or truncated."""


class UnsafeDocumentError(ReaderError):
    """The file asks for something govdocs refuses to do (external entities, entity bombs, ...)."""


class EncryptedDocumentError(ReaderError):
    """The file is encrypted and no (correct) password was given."""


class DocumentTooLargeError(ReaderError):
    """The file exceeds a configured limit (bytes, pages, decompressed size)."""


class EmptyDocumentError(ReaderError):
    """The file holds no text at all (empty, only whitespace)."""


class TranslationError(GovdocsError):
    """Translation failed."""


class ModelNotInstalledError(TranslationError):
    """No translation model is installed for the requested language pair."""


class ConversionTimeoutError(GovdocsError):
    """A document took longer than its time budget (``Limits.timeout``) and was abandoned."""


class RecordValidationError(GovdocsError):
    """A record does not conform to the govdocs record schema."""

    def __init__(
        self,
        message: str,
        *,
        path: str | PathLike[str] | None = None,
        hint: str | None = None,
        problems: list[tuple[str, str]] | None = None,
    ) -> None:
        #: ``(field.path, message)`` pairs, one per problem.
        self.problems = problems or []
        super().__init__(message, path=path, hint=hint)
