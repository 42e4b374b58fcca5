"""Records as flat tables with fixed column types, for data teams (Parquet, CSV, Arrow).

Six tables; every row carries ``source_sha256`` (the join key: one per source file) and
``record_id`` (the document's official id; the XML and the PDF of one publication share it):

* ``documents``: one row per record (metadata flattened; ``date`` as stated plus typed
  ``date_start``/``date_end`` for partial dates such as ``2021-03``).
* ``blocks``: one row per block, in reading order (``position``), with its English text.
* ``footnotes``: one row per footnote; ``cited_in`` is a ``block_id`` of ``blocks``.
* ``references``: one row per reference to another document; ``occurs_in`` is a block or
  footnote id.
* ``persons``: signatories, askers, answerers, addressees and speakers, one row each, with
  ``relation`` saying which.
* ``segments``: one row per translated sentence; ``part`` is ``title``, ``block`` or
  ``footnote`` and ``part_id`` the block or footnote id (``title`` for the title).

The column types never depend on the data (a column that is null in every row keeps its type),
so exports of different files concatenate. :data:`TABLES` lists every column with its Arrow type
and meaning; the same description is stored in each Parquet field's metadata.

pyarrow is an optional dependency (``pip install "govdocs[tables]"``), imported only here and
only when a table is built.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import GovdocsError
from .models import (
    NewsItemMetadata,
    ParliamentaryLetterMetadata,
    ParliamentaryQuestionsMetadata,
    ProceedingsMetadata,
    Record,
    ReportMetadata,
    Translation,
)

__all__ = ["FORMATS", "TABLES", "export_records", "iter_records", "to_arrow"]

FORMATS = ("parquet", "csv")

# (name, arrow type, description); types: string, int32, int64, float64, bool, date32
_KEY = [
    ("source_sha256", "string", "SHA-256 of the source file: the join key between tables"),
    ("record_id", "string", "The record's id (official id, or doc-<hash>)"),
]
TABLES: dict[str, list[tuple[str, str, str]]] = {
    "documents": [
        *_KEY,
        ("kind", "string", "Document kind (parliamentary_letter, ...)"),
        ("title", "string", "Title as stated"),
        ("subtitle", "string", "The subtitle the title ends with, where the cover sets one apart"),
        ("title_en", "string", "English translation of the title"),
        ("language", "string", "Dominant language (BCP 47)"),
        ("language_confidence", "float64", "Confidence of the language, 0-1"),
        ("date", "string", "Date as stated: YYYY, YYYY-MM or YYYY-MM-DD"),
        ("date_precision", "string", "year, month or day"),
        ("date_start", "date32", "First day the date covers"),
        ("date_end", "date32", "Last day the date covers"),
        ("chamber", "string", "Tweede Kamer, Eerste Kamer, ..."),
        ("session_year", "string", "Parliamentary session, e.g. 2022-2023"),
        ("dossier_number", "string", "Dossier (Kamerstuk) number"),
        ("dossier_suffix", "string", "Dossier suffix, e.g. XIV"),
        ("dossier_title", "string", "Dossier title"),
        ("document_number", "string", "Number within the dossier"),
        ("ministry", "string", "Sending ministry (letters)"),
        ("subject", "string", "Subject (Betreft) of a letter or written questions"),
        ("publisher", "string", "Publisher (news items, reports)"),
        ("date_submitted", "date32", "Written questions: date submitted"),
        ("date_answered", "date32", "Written questions: date answered"),
        ("question_status", "string", "Written questions: answered, answer_delayed, ..."),
        ("agenda_item", "string", "Proceedings: agenda item"),
        ("source_filename", "string", "Base name of the source file"),
        ("source_format", "string", "text, markdown, pdf, xml or html"),
        ("source_pages", "int32", "Pages of the source (PDF)"),
        ("source_size", "int64", "Source file size in bytes"),
        ("blocks", "int32", "Number of blocks"),
        ("footnotes", "int32", "Number of footnotes"),
        ("translation_status", "string", "complete, partial, not_needed, ..."),
        ("translation_model", "string", "Translation model package"),
        ("translation_model_version", "string", "Translation model version"),
        ("warnings", "string", "Warning codes, space-separated"),
        ("generator_version", "string", "govdocs version that wrote the record"),
        ("schema_version", "string", "Record schema version"),
    ],
    "blocks": [
        *_KEY,
        ("block_id", "string", "Block id (b1, b2, ...), unique within the record"),
        ("position", "int32", "Reading order, from 0"),
        ("type", "string", "heading, paragraph, list_item, ..."),
        ("page", "int32", "Page number (PDF)"),
        ("level", "int32", "Heading level"),
        ("number", "string", "List-item, question or answer number as printed"),
        ("speaker", "string", "Speaker's name (speech blocks)"),
        ("lang", "string", "Language of the block"),
        ("lang_confidence", "float64", "Confidence of the language, 0-1"),
        ("text", "string", "Text of the block"),
        ("text_en", "string", "English translation, null when none"),
        ("footnote_refs", "string", "Ids of the footnotes it cites, space-separated"),
    ],
    "footnotes": [
        *_KEY,
        ("footnote_id", "string", "Footnote id (fn1, ...)"),
        ("label", "string", "The mark as printed"),
        ("cited_in", "string", "block_id of the citing block"),
        ("page", "int32", "Page number (PDF)"),
        ("lang", "string", "Language of the footnote"),
        ("text", "string", "Text of the footnote"),
        ("text_en", "string", "English translation, null when none"),
    ],
    "references": [
        *_KEY,
        ("position", "int32", "Order within the record, from 0"),
        ("type", "string", "kamerstuk, aanhangsel, handelingen, motion or url"),
        ("text", "string", "The reference as written"),
        ("dossier", "string", "Dossier number referred to"),
        ("suffix", "string", "Dossier suffix"),
        ("number", "string", "Document number referred to"),
        ("session_year", "string", "Session year referred to"),
        ("member", "string", "Named motion: the member"),
        ("url", "string", "URL referred to"),
        ("occurs_in", "string", "block_id or footnote_id where it occurs"),
    ],
    "persons": [
        *_KEY,
        ("relation", "string", "signatory, asker, addressee, answered_by or speaker"),
        ("position", "int32", "Order within its relation, from 0"),
        ("name", "string", "Name as printed"),
        ("role", "string", "Role, e.g. Minister van Buitenlandse Zaken"),
        ("party", "string", "Party (askers, speakers)"),
    ],
    "segments": [
        *_KEY,
        ("part", "string", "title, block or footnote"),
        ("part_id", "string", "block_id, footnote_id, or 'title'"),
        ("position", "int32", "Sentence order within the part, from 0"),
        ("source", "string", "Source sentence"),
        ("target", "string", "Translated sentence"),
        ("start", "int32", "Start offset of the sentence in the part's text"),
        ("end", "int32", "End offset of the sentence in the part's text"),
        ("from_memory", "bool", "Came from the translation memory"),
    ],
}


def _pa() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise GovdocsError(
            "tables need pyarrow, which is not installed", hint='pip install "govdocs[tables]"'
        ) from exc
    return pyarrow


def arrow_schemas() -> dict[str, Any]:
    """The fixed ``pyarrow.Schema`` of each table, with each column's meaning as metadata."""
    pa = _pa()
    types: dict[str, Callable[[], Any]] = {
        "string": pa.string,
        "int32": pa.int32,
        "int64": pa.int64,
        "float64": pa.float64,
        "bool": pa.bool_,
        "date32": pa.date32,
    }
    return {
        table: pa.schema(
            [pa.field(n, types[t](), metadata={"description": d}) for n, t, d in columns],
            metadata={"govdocs_table": table},
        )
        for table, columns in TABLES.items()
    }


def _text(translation: Translation | None) -> str | None:
    return translation.text if translation is not None else None


def _rows(record: Record) -> dict[str, list[dict[str, Any]]]:
    key = {"source_sha256": record.source.sha256, "record_id": record.id}
    meta = record.metadata
    doc: dict[str, Any] = {
        **key,
        "kind": record.kind.value,
        "title": record.title,
        "subtitle": record.subtitle,
        "title_en": _text(record.title_translation),
        "language": record.language,
        "language_confidence": record.language_confidence,
        "date": record.date,
        "date_precision": record.date_precision.value if record.date_precision else None,
        "date_start": record.date_start,
        "date_end": record.date_end,
        "source_filename": record.source.filename,
        "source_format": record.source.format.value,
        "source_pages": record.source.pages,
        "source_size": record.source.size,
        "blocks": len(record.blocks),
        "footnotes": len(record.footnotes),
        "translation_status": record.translation.status.value,
        "translation_model": record.translation.model,
        "translation_model_version": record.translation.model_version,
        "warnings": " ".join(w.code for w in record.warnings) or None,
        "generator_version": record.generator.version,
        "schema_version": record.schema_version,
    }
    persons: list[dict[str, Any]] = []

    def add_people(relation: str, people: Iterable[Any]) -> None:
        for position, person in enumerate(people):
            persons.append(
                {
                    **key,
                    "relation": relation,
                    "position": position,
                    "name": person if isinstance(person, str) else person.name,
                    "role": getattr(person, "role", None),
                    "party": getattr(person, "party", None),
                }
            )

    if isinstance(meta, (ParliamentaryLetterMetadata, ParliamentaryQuestionsMetadata)):
        doc["subject"] = meta.subject
    if isinstance(meta, (ParliamentaryLetterMetadata, ParliamentaryQuestionsMetadata,
                         ProceedingsMetadata)):  # fmt: skip
        doc["chamber"] = meta.chamber
        doc["session_year"] = meta.session_year
    if isinstance(meta, ParliamentaryLetterMetadata):
        if meta.dossier is not None:
            doc["dossier_number"] = meta.dossier.number
            doc["dossier_suffix"] = meta.dossier.suffix
            doc["dossier_title"] = meta.dossier.title
        doc["document_number"] = meta.document_number
        doc["ministry"] = meta.ministry
        add_people("signatory", meta.signatories)
    elif isinstance(meta, ParliamentaryQuestionsMetadata):
        doc["date_submitted"] = meta.date_submitted
        doc["date_answered"] = meta.date_answered
        doc["question_status"] = meta.status
        add_people("asker", meta.askers)
        add_people("addressee", meta.addressees)
        add_people("answered_by", meta.answered_by)
    elif isinstance(meta, ProceedingsMetadata):
        doc["agenda_item"] = meta.agenda_item
        add_people("speaker", meta.speakers)
    elif isinstance(meta, (NewsItemMetadata, ReportMetadata)):
        doc["publisher"] = meta.publisher

    segments: list[dict[str, Any]] = []

    def add_segments(part: str, part_id: str, translation: Translation | None) -> None:
        for position, seg in enumerate(translation.segments if translation else []):
            segments.append(
                {
                    **key,
                    "part": part,
                    "part_id": part_id,
                    "position": position,
                    "source": seg.source,
                    "target": seg.target,
                    "start": seg.start,
                    "end": seg.end,
                    "from_memory": seg.from_memory,
                }
            )

    add_segments("title", "title", record.title_translation)
    blocks = []
    for position, block in enumerate(record.blocks):
        blocks.append(
            {
                **key,
                "block_id": block.id,
                "position": position,
                "type": block.type.value,
                "page": block.page,
                "level": block.level,
                "number": block.number,
                "speaker": block.speaker.name if block.speaker else None,
                "lang": block.lang,
                "lang_confidence": block.lang_confidence,
                "text": block.text,
                "text_en": _text(block.translation),
                "footnote_refs": " ".join(block.footnote_refs) or None,
            }
        )
        add_segments("block", block.id, block.translation)
    footnotes = []
    for note in record.footnotes:
        footnotes.append(
            {
                **key,
                "footnote_id": note.id,
                "label": note.label,
                "cited_in": note.cited_in,
                "page": note.page,
                "lang": note.lang,
                "text": note.text,
                "text_en": _text(note.translation),
            }
        )
        add_segments("footnote", note.id, note.translation)
    references = [
        {
            **key,
            "position": position,
            "type": ref.type.value,
            "text": ref.text,
            "dossier": ref.dossier,
            "suffix": ref.suffix,
            "number": ref.number,
            "session_year": ref.session_year,
            "member": ref.member,
            "url": ref.url,
            "occurs_in": ref.block,
        }
        for position, ref in enumerate(record.references)
    ]
    return {
        "documents": [doc],
        "blocks": blocks,
        "footnotes": footnotes,
        "references": references,
        "persons": persons,
        "segments": segments,
    }


def _as_record(item: Record | dict[str, Any] | str | bytes) -> Record:
    if isinstance(item, Record):
        return item
    from .validate import validate_record

    return validate_record(item)


def to_arrow(records: Iterable[Record | dict[str, Any] | str | bytes]) -> dict[str, Any]:
    """The six tables of ``records`` as ``pyarrow.Table`` objects, keyed by table name.

    Records may be :class:`Record` models, dicts or JSON text (validated first). Column types
    are fixed (see :data:`TABLES`), also for empty tables and all-null columns.
    """
    pa = _pa()
    schemas = arrow_schemas()
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for item in records:
        for name, new in _rows(_as_record(item)).items():
            rows[name].extend(new)
    return {name: pa.Table.from_pylist(rows[name], schema=schemas[name]) for name in TABLES}


def iter_records(path: Path) -> Iterator[Record]:
    """Records of a ``.json`` (one record or an array) or ``.jsonl`` file, validated; an invalid
    record raises :class:`~govdocs.errors.RecordValidationError` naming ``FILE:LINE``."""
    from .errors import RecordValidationError
    from .validate import validate_record

    def checked(data: Any, where: str) -> Record:
        try:
            return validate_record(data)
        except RecordValidationError as exc:
            raise RecordValidationError(f"{where}: {exc}", problems=exc.problems) from None

    with path.open("rb") as handle:
        if path.suffix.lower() == ".json":
            data = json.loads(handle.read())
            for item in data if isinstance(data, list) else [data]:
                yield checked(item, f"{path}:1")
            return
        for number, line in enumerate(handle, 1):
            if line.strip():
                yield checked(line, f"{path}:{number}")


def export_records(
    records: Iterable[Record],
    out_dir: Path,
    *,
    to: str = "parquet",
    batch_size: int = 500,
) -> dict[str, int]:
    """Write the six tables of ``records`` to ``out_dir/<table>.parquet`` (or ``.csv``).

    Streams in batches of ``batch_size`` records, so memory does not grow with the input.
    A record whose source (``source.sha256``) was already written is skipped. Returns the
    number of rows per table (and ``skipped_duplicates``).
    """
    if to not in FORMATS:
        raise ValueError(f"unknown table format {to!r}; one of {', '.join(FORMATS)}")
    pa = _pa()
    if to == "parquet":
        import pyarrow.parquet as pq

        def open_writer(path: Path, schema: Any) -> Any:
            return pq.ParquetWriter(str(path), schema)
    else:
        import pyarrow.csv as pcsv

        def open_writer(path: Path, schema: Any) -> Any:
            return pcsv.CSVWriter(str(path), schema)

    schemas = arrow_schemas()
    out_dir.mkdir(parents=True, exist_ok=True)
    writers = {name: open_writer(out_dir / f"{name}.{to}", schemas[name]) for name in TABLES}
    counts = dict.fromkeys(TABLES, 0)
    seen: set[str] = set()
    skipped = 0
    pending: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}

    def flush() -> None:
        for name, rows in pending.items():
            if rows:
                writers[name].write_table(pa.Table.from_pylist(rows, schema=schemas[name]))
                counts[name] += len(rows)
                rows.clear()

    try:
        for number, record in enumerate(records, 1):
            if record.source.sha256 in seen:
                skipped += 1
                continue
            seen.add(record.source.sha256)
            for name, new in _rows(record).items():
                pending[name].extend(new)
            if number % batch_size == 0:
                flush()
        flush()
    finally:
        for writer in writers.values():
            writer.close()
    return {**counts, "skipped_duplicates": skipped}
