"""The conversion pipeline: read -> structure -> normalise -> detect languages -> translate -> build."""

from __future__ import annotations

from collections.abc import Callable
from os import PathLike
from pathlib import Path

from . import build as _build
from .budget import time_budget
from .document import Document, RawDocument
from .errors import GovdocsError, ReaderError
from .language import detect_document
from .models import Record, Warning
from .normalise import normalise_document, repair_ai_confusion
from .readers import Limits, ReadOptions, read, read_bytes
from .structure import structure
from .translate import TranslateOptions, translate_documents

__all__ = ["convert", "prepare", "prepare_bytes"]


def prepare(
    path: str | PathLike[str],
    *,
    password: str | None = None,
    limits: Limits | None = None,
    pdf_backend: str = "auto",
) -> Document:
    """Everything up to translation: a structured, normalised, language-tagged document,
    within the time budget of ``limits`` (see :mod:`govdocs.budget`)."""
    return prepare_budgeted(Path(path), password, limits or Limits(), pdf_backend=pdf_backend)


def prepare_budgeted(
    path: Path,
    password: str | None,
    limits: Limits,
    *,
    on_extend: Callable[[float], None] | None = None,
    pdf_backend: str = "auto",
) -> Document:
    """:func:`prepare` under the time budget of ``limits``; ``on_extend(remaining_seconds)`` is
    called when the budget grows with the page count (batch workers tell their parent)."""
    with time_budget(path, limits.timeout, limits.timeout_per_page, on_extend=on_extend):
        return _prepare_path(path, password, limits, pdf_backend)


def _prepare_path(
    path: Path, password: str | None, limits: Limits, pdf_backend: str = "auto"
) -> Document:
    raw = read(path, ReadOptions(limits=limits, password=password, pdf_backend=pdf_backend))
    return _prepare_raw(raw, path)


def prepare_bytes(
    path: str | PathLike[str],
    data: bytes,
    *,
    password: str | None = None,
    limits: Limits | None = None,
    pdf_backend: str = "auto",
) -> Document:
    """:func:`prepare` for bytes already in memory (another engine read the file)."""
    path, limits = Path(path), limits or Limits()
    options = ReadOptions(limits=limits, password=password, pdf_backend=pdf_backend)
    with time_budget(path, limits.timeout, limits.timeout_per_page):
        raw = read_bytes(path, data, options)
        return _prepare_raw(raw, path)


def _prepare_raw(raw: RawDocument, path: Path) -> Document:
    try:
        doc = structure(raw)
        normalise_document(doc)
        detect_document(doc)
        repair_ai_confusion(doc)  # needs the language: only English "Al" is read as "AI"
    except GovdocsError:
        raise
    except RecursionError as exc:
        raise ReaderError("document is nested too deeply to process", path=path) from exc
    except Exception as exc:  # a bug of ours must not take a batch down; it is reported
        raise GovdocsError(
            f"could not structure the document ({type(exc).__name__}: {exc})",
            path=path,
            hint="this is a govdocs bug: please report it with the file",
        ) from exc
    warn_if_empty(doc)
    return doc


#: Warning code of a record that holds no text although its file was not empty.
NO_TEXT_EXTRACTED = "no_text_extracted"


def warn_if_empty(doc: Document) -> None:
    """A document with no text at all gets a ``no_text_extracted`` warning (never a silent
    empty record); the CLI turns it into exit code 1 unless ``--allow-empty``."""
    if any(b.text.strip() for b in doc.blocks) or any(n.text.strip() for n in doc.footnotes):
        return
    what = f"only a title ({doc.title!r})" if doc.title else "no title, no blocks, no footnotes"
    doc.warnings.append(
        Warning(
            code=NO_TEXT_EXTRACTED,
            message=f"no text was extracted from this {doc.raw.format.value} file: {what}",
        )
    )


def convert(
    path: str | PathLike[str],
    *,
    translate: bool = True,
    target: str = "en",
    memory: bool = True,
    password: str | None = None,
    limits: Limits | None = None,
    pdf_backend: str = "auto",
    glossary: str | PathLike[str] | None = None,
    min_quality: float | None = None,
    protect: bool = True,
) -> Record:
    """Convert one document into a validated :class:`~govdocs.models.Record`.

    ``translate=False`` skips translation (``translation.status == "not_requested"``). Without an
    installed model for the document's language the record is still written, with
    ``translation.status == "unavailable"`` and a warning saying how to install one.
    ``pdf_backend``: ``"auto"`` (PDFium when pypdfium2 is installed, as ``pip install govdocs`` does; else pypdf),
    ``"pypdf"`` or ``"pdfium"``; ``record.source.reader`` says which one read a PDF.
    ``glossary`` (a TSV file) overrides entries of the shipped glossary of official English
    names; segments scoring below ``min_quality`` are flagged ``low_quality`` (never dropped).
    ``protect=False`` sends every sentence to the model whole (no protected spans, no glossary).
    """
    path, limits = Path(path), limits or Limits()
    with time_budget(path, limits.timeout, limits.timeout_per_page):
        doc = _prepare_path(path, password, limits, pdf_backend)
        options = TranslateOptions(
            enabled=translate,
            target=target,
            memory=memory,
            glossary=Path(glossary) if glossary is not None else None,
            min_quality=min_quality,
            protect=protect,
        )
        translate_documents([doc], options)
        return _build.build_record(doc)
