"""The conversion pipeline: read -> structure -> normalise -> detect languages -> translate -> build."""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from . import build as _build
from .document import Document, RawDocument
from .errors import GovdocsError, ReaderError
from .language import detect_document
from .models import Record
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
) -> Document:
    """Everything up to translation: a structured, normalised, language-tagged document."""
    path = Path(path)
    raw = read(path, ReadOptions(limits=limits or Limits(), password=password))
    return _prepare_raw(raw, path)


def prepare_bytes(
    path: str | PathLike[str],
    data: bytes,
    *,
    password: str | None = None,
    limits: Limits | None = None,
) -> Document:
    """:func:`prepare` for bytes already in memory (another engine read the file)."""
    path = Path(path)
    raw = read_bytes(path, data, ReadOptions(limits=limits or Limits(), password=password))
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
    return doc


def convert(
    path: str | PathLike[str],
    *,
    translate: bool = True,
    target: str = "en",
    memory: bool = True,
    password: str | None = None,
    limits: Limits | None = None,
) -> Record:
    """Convert one document into a validated :class:`~govdocs.models.Record`.

    ``translate=False`` skips translation (``translation.status == "not_requested"``). Without an
    installed model for the document's language the record is still written, with
    ``translation.status == "unavailable"`` and a warning saying how to install one.
    """
    doc = prepare(path, password=password, limits=limits)
    translate_documents([doc], TranslateOptions(enabled=translate, target=target, memory=memory))
    return _build.build_record(doc)
