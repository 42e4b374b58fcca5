"""Translation stage: the English (target) side of every part of a document in another language.

:func:`translate_documents` takes one document or many (a batch worker passes all the
documents it holds): every title, block and footnote whose language is not the target is split
into sentences, sentences already in the translation memory are reused, and all the others go
through the engine in **one** call. Each part gets a :class:`~govdocs.models.Translation` with one
segment per source sentence; each document gets a :class:`~govdocs.models.TranslationInfo`.

A translation is never invented: without an installed model the status is ``unavailable`` and a
warning names the install command. The engine (argostranslate's package code, CTranslate2,
SentencePiece) is imported only when there is something to translate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..document import Document
from ..errors import ModelNotInstalledError
from ..models import (
    Block,
    Footnote,
    Segment,
    Translation,
    TranslationInfo,
    TranslationStatus,
    Warning,
)
from ..segment import Span, split_sentences

__all__ = ["TranslateOptions", "translate_documents"]


@dataclass(frozen=True)
class TranslateOptions:
    enabled: bool = True
    target: str = "en"
    #: Use the translation memory (SQLite in the user cache dir unless ``memory_path`` is set).
    memory: bool = True
    memory_path: Path | None = None
    device: str = "cpu"
    #: CTranslate2 translation threads (``inter_threads``, each single-threaded) of this
    #: process (``None``: GOVDOCS_TRANSLATE_THREADS or the cores this process may use).
    threads: int | None = None


class _Title:
    """Adapter so the title is translated like a block."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.title or ""

    @property
    def translation(self) -> Translation | None:
        return self.doc.title_translation

    @translation.setter
    def translation(self, value: Translation | None) -> None:
        self.doc.title_translation = value


_Part = Block | Footnote | _Title


@dataclass
class _Job:
    doc: Document
    part: _Part
    source: str
    spans: list[Span] = field(default_factory=list)


def _source_lang(lang: str, doc: Document) -> str:
    return doc.language if lang == "und" else lang


def _jobs(doc: Document, target: str) -> list[_Job]:
    jobs: list[_Job] = []
    if doc.title:
        src = _source_lang(doc.title_lang, doc)
        if src not in (target, "und"):
            jobs.append(_Job(doc, _Title(doc), src))
    parts: list[Block | Footnote] = [*doc.blocks, *doc.footnotes]
    for part in parts:
        src = _source_lang(part.lang, doc)
        if src not in (target, "und") and part.text.strip():
            jobs.append(_Job(doc, part, src))
    return jobs


def _join(text: str, spans: list[Span], targets: list[str]) -> str:
    out = ""
    for i, (span, target) in enumerate(zip(spans, targets, strict=False)):
        if i:
            gap = text[spans[i - 1].end : span.start]
            out += "\n" if "\n" in gap else " "
        out += target
    return out


def translate_documents(docs: Sequence[Document], options: TranslateOptions) -> None:
    """Translate every part of ``docs`` that is not in the target language, in place."""
    if not options.enabled:
        for doc in docs:
            doc.translation = TranslationInfo(
                status=TranslationStatus.not_requested, target_lang=options.target
            )
        return
    jobs_by_doc = {id(doc): _jobs(doc, options.target) for doc in docs}
    by_pair: dict[str, list[_Job]] = {}
    for jobs in jobs_by_doc.values():
        for job in jobs:
            by_pair.setdefault(job.source, []).append(job)

    done: dict[int, dict[str, object]] = {}
    failures: dict[str, str] = {}
    for source, jobs in sorted(by_pair.items()):
        try:
            _translate_pair(source, jobs, options, done)
        except ModelNotInstalledError as exc:
            failures[source] = exc.message + (f"; {exc.hint}" if exc.hint else "")

    for doc in docs:
        _summarise(doc, jobs_by_doc[id(doc)], options, done.get(id(doc), {}), failures)


def _translate_pair(
    source: str, jobs: list[_Job], options: TranslateOptions, done: dict[int, dict[str, object]]
) -> None:
    from .engine import EngineSettings, get_engine, library_versions

    if options.threads:
        settings = EngineSettings(device=options.device, inter_threads=options.threads)
    elif options.device != "cpu":  # one replica per GPU unless asked
        settings = EngineSettings(device=options.device, inter_threads=1)
    else:
        settings = EngineSettings(device=options.device)
    engine = get_engine(source, options.target, settings)
    package = engine.package
    for job in jobs:
        job.spans = split_sentences(job.part.text, source)
    sentences = list(dict.fromkeys(s.text for job in jobs for s in job.spans))
    known: dict[str, str] = {}
    memory = None
    if options.memory:
        from .memory import open_memory

        memory = open_memory(options.memory_path)
        known = memory.get_many(package.code, package.version, sentences)
    missing = [s for s in sentences if s not in known]
    fresh = dict(zip(missing, engine.translate(missing), strict=False))
    if memory is not None and fresh:
        memory.put_many(package.code, package.version, list(fresh.items()))
    for job in jobs:
        targets = [known.get(s.text, fresh.get(s.text, "")) for s in job.spans]
        job.part.translation = Translation(
            text=_join(job.part.text, job.spans, targets),
            segments=[
                Segment(
                    source=s.text, target=t, start=s.start, end=s.end, from_memory=s.text in known
                )
                for s, t in zip(job.spans, targets, strict=False)
            ],
        )
        info = done.setdefault(id(job.doc), {"segments": 0, "from_memory": 0})
        info["segments"] = int(info["segments"]) + len(job.spans)  # type: ignore[call-overload]
        info["from_memory"] = int(info["from_memory"]) + sum(  # type: ignore[call-overload]
            s.text in known for s in job.spans
        )
        info["engine"] = engine.name
        info["package"] = package
        info["source"] = source
        info["libraries"] = library_versions()
        info["settings"] = engine.decoding


def _summarise(
    doc: Document,
    jobs: list[_Job],
    options: TranslateOptions,
    info: dict[str, object],
    failures: dict[str, str],
) -> None:
    if not jobs:
        doc.translation = TranslationInfo(
            status=TranslationStatus.not_needed, target_lang=options.target
        )
        return
    missing = sorted({job.source for job in jobs if job.source in failures})
    translated = len(jobs) - sum(job.source in failures for job in jobs)
    message = "; ".join(failures[src] for src in missing) or None
    if message:
        doc.warnings.append(Warning(code="translation_unavailable", message=message))
    if translated == 0:
        doc.translation = TranslationInfo(
            status=TranslationStatus.unavailable,
            source_lang=missing[0] if len(missing) == 1 else None,
            target_lang=options.target,
            message=message,
        )
        return
    from .engine import PackageInfo

    package = info["package"]
    assert isinstance(package, PackageInfo)
    settings = info["settings"]
    libraries = info["libraries"]
    assert isinstance(settings, dict) and isinstance(libraries, dict)
    doc.translation = TranslationInfo(
        status=TranslationStatus.partial if missing else TranslationStatus.complete,
        engine=str(info["engine"]),
        model=package.code,
        model_version=package.version,
        source_lang=str(info["source"]),
        target_lang=options.target,
        libraries=libraries,
        settings=settings,
        segments=int(info["segments"]),  # type: ignore[call-overload]
        from_memory=int(info["from_memory"]),  # type: ignore[call-overload]
        message=message,
    )
