"""Record building: :class:`Document` -> :class:`~govdocs.models.Record`."""

from __future__ import annotations

from ._version import __version__
from .document import Document
from .models import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    Generator,
    Record,
    Source,
    TranslationInfo,
    TranslationStatus,
)

__all__ = ["build_record", "record_id"]


def record_id(doc: Document) -> str:
    """The official identifier when the document states one, else a stable content hash."""
    if doc.official_id:
        return doc.official_id
    return f"doc-{doc.raw.sha256[:16]}"


def build_record(doc: Document) -> Record:
    raw = doc.raw
    source = Source(
        filename=raw.path.name,
        sha256=raw.sha256,
        format=raw.format,
        media_type=raw.media_type,
        pages=raw.pages,
        size=raw.size,
        encoding=raw.encoding,
        reader=raw.reader,
    )
    translation = doc.translation or TranslationInfo(status=TranslationStatus.not_requested)
    return Record(
        schema_name=SCHEMA_NAME,
        schema_version=SCHEMA_VERSION,
        id=record_id(doc),
        kind=doc.kind,
        source=source,
        generator=Generator(version=__version__),
        language=doc.language,
        language_confidence=doc.language_confidence,
        title=doc.title,
        # (a subtitle is the title's ending, as normalised with it)
        subtitle=doc.subtitle
        if doc.title and doc.subtitle and doc.title.endswith(f" {doc.subtitle}")
        else None,
        title_translation=doc.title_translation,
        metadata_translations=doc.metadata_translations,
        date=doc.date,
        date_precision=doc.date_precision,
        metadata=doc.metadata,
        blocks=doc.blocks,
        footnotes=doc.footnotes,
        references=doc.references,
        translation=translation,
        normalisation=doc.normalisation,
        warnings=[*raw.warnings, *doc.warnings],
    )
