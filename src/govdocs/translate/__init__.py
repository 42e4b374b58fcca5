"""Translation stage: the English (target) side of every part of a document in another language.

:func:`translate_documents` takes one document or many (a batch worker passes all the
documents it holds): every title, block and footnote whose language is not the target is split
into sentences, sentences already in the translation memory are reused, and all the others go
through the engine in **one** call. Each part gets a :class:`~govdocs.models.Translation` with one
segment per source sentence; each document gets a :class:`~govdocs.models.TranslationInfo`.

Before translation, every sentence's protected spans are found (:mod:`.protect`: numbers,
amounts, dates, references, addresses, case numbers, the record's own names, glossary terms);
the model translates the pieces between them and govdocs puts each span's English rendering back
(split and reinsert, see :mod:`.protect` for why). Each segment records its spans, the model's
score and its quality flags (:mod:`.quality`); the record's ``translation`` counts the flags and
names the glossary. The metadata a reader sees first (subject, heading, addressee, agenda item,
dossier title) is translated the same way (``metadata_translations``).

A translation is never invented: without an installed model the status is ``unavailable`` and a
warning names the install command. The engine (argostranslate's package code, CTranslate2,
SentencePiece) is imported only when there is something to translate.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..document import Document
from ..errors import ModelNotInstalledError
from ..models import (
    Block,
    Footnote,
    ParliamentaryLetterMetadata,
    ParliamentaryQuestionsMetadata,
    ProceedingsMetadata,
    ProtectedSpan,
    Segment,
    Translation,
    TranslationInfo,
    TranslationStatus,
    Warning,
)
from ..segment import Span, split_sentences

if TYPE_CHECKING:
    from .engine import Hypothesis
    from .glossary import Glossary
    from .protect import Protected, Protector

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
    #: Find protected spans and render them as govdocs, not the model (see :mod:`.protect`).
    protect: bool = True
    #: A user glossary (TSV) overriding the shipped one; ``None``: the shipped one only.
    glossary: str | Path | None = None
    #: Segments whose score is below this are flagged ``low_quality`` (never dropped).
    min_quality: float | None = None


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


class _Field:
    """Adapter for a metadata field (``subject``, ``heading`` ...)."""

    def __init__(self, doc: Document, name: str, text: str) -> None:
        self.doc, self.name, self.text = doc, name, text

    @property
    def translation(self) -> Translation | None:
        return self.doc.metadata_translations.get(self.name)

    @translation.setter
    def translation(self, value: Translation | None) -> None:
        if value is not None:
            self.doc.metadata_translations[self.name] = value


_Part = Block | Footnote | _Title | _Field


@dataclass
class _Job:
    doc: Document
    part: _Part
    source: str
    spans: list[Span] = field(default_factory=list)


def _source_lang(lang: str, doc: Document) -> str:
    return doc.language if lang == "und" else lang


def metadata_fields(doc: Document) -> dict[str, str]:
    """The metadata fields translated with the text, by name."""
    meta = doc.metadata
    fields: dict[str, str | None] = {}
    if isinstance(meta, ParliamentaryLetterMetadata):
        fields = {
            "subject": meta.subject,
            "heading": meta.heading,
            "addressee": meta.addressee,
            "dossier.title": meta.dossier.title if meta.dossier else None,
        }
    elif isinstance(meta, ParliamentaryQuestionsMetadata):
        fields = {"subject": meta.subject}
    elif isinstance(meta, ProceedingsMetadata):
        fields = {"agenda_item": meta.agenda_item}
    return {name: text for name, text in fields.items() if text and text.strip()}


def _jobs(doc: Document, target: str) -> list[_Job]:
    jobs: list[_Job] = []
    if doc.title:
        src = _source_lang(doc.title_lang, doc)
        if src not in (target, "und"):
            jobs.append(_Job(doc, _Title(doc), src))
    if doc.language not in (target, "und"):
        for name, text in metadata_fields(doc).items():
            jobs.append(_Job(doc, _Field(doc, name, text), doc.language))
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


#: What of a piece between protected spans goes to the model: from its first to its last
#: letter or digit (brackets, commas and spaces around it stay as written).
_CORE = re.compile(r"\w(?:.*\w)?", re.DOTALL)


@dataclass
class _Plan:
    """How one sentence is translated: the model pieces and the literal text between them.

    ``units`` alternates literal strings (kept or a span's English rendering) and model-piece
    tuples ``(leading whitespace, piece, trailing whitespace)``.
    """

    sentence: Span
    protected: list[Protected]
    units: list[str | tuple[str, str, str]]

    @property
    def pieces(self) -> list[str]:
        return [u[1] for u in self.units if isinstance(u, tuple)]


def _plan(sentence: Span, protected: list[Protected]) -> _Plan:
    if not protected:
        return _Plan(sentence, protected, [("", sentence.text, "")])
    text = sentence.text
    units: list[str | tuple[str, str, str]] = []
    position = 0

    def gap(chunk: str) -> None:
        match = _CORE.search(chunk)
        if match is None or not any(c.isalpha() for c in match.group(0)):
            if chunk:
                units.append(chunk)
            return
        units.append((chunk[: match.start()], match.group(0), chunk[match.end() :]))

    for span in protected:
        gap(text[position : span.start])
        units.append(span.target)
        position = span.end
    gap(text[position:])
    return _Plan(sentence, protected, units)


@dataclass
class _Tally:
    segments: int = 0
    from_memory: int = 0
    protected: int = 0
    flags: Counter[str] = field(default_factory=Counter)
    engine: Any = None


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

    glossary = None
    if options.protect and by_pair:
        from .glossary import load_glossary

        glossary = load_glossary(options.glossary)
    done: dict[int, _Tally] = {}
    failures: dict[str, str] = {}
    for source, jobs in sorted(by_pair.items()):
        try:
            _translate_pair(source, jobs, options, glossary, done)
        except ModelNotInstalledError as exc:
            failures[source] = exc.message + (f"; {exc.hint}" if exc.hint else "")

    for doc in docs:
        _summarise(doc, jobs_by_doc[id(doc)], options, glossary, done.get(id(doc)), failures)


def _protector(doc: Document, glossary: Glossary | None) -> Protector:
    from .protect import Protector, metadata_names

    meta = doc.metadata
    cases: list[str] = []
    if isinstance(meta, ParliamentaryLetterMetadata):
        cases = [c for c in (meta.reference, meta.your_reference) if c]
    elif isinstance(meta, ParliamentaryQuestionsMetadata):
        cases = list(meta.question_ids)
    people, bodies = metadata_names(doc)
    return Protector(glossary, people, cases, bodies)


def _translate_pair(
    source: str,
    jobs: list[_Job],
    options: TranslateOptions,
    glossary: Glossary | None,
    done: dict[int, _Tally],
) -> None:
    from . import engine as _engine

    if options.threads:
        settings = _engine.EngineSettings(device=options.device, inter_threads=options.threads)
    elif options.device != "cpu":  # one replica per GPU unless asked
        settings = _engine.EngineSettings(device=options.device, inter_threads=1)
    else:
        settings = _engine.EngineSettings(device=options.device)
    engine = _engine.get_engine(source, options.target, settings)
    package = engine.package
    protectors: dict[int, Protector] = {}
    plans: list[list[_Plan]] = []
    for job in jobs:
        job.spans = split_sentences(job.part.text, source)
        if options.protect:
            protector = protectors.get(id(job.doc))
            if protector is None:
                protector = protectors[id(job.doc)] = _protector(job.doc, glossary)
            plans.append([_plan(s, protector.find(s.text)) for s in job.spans])
        else:
            plans.append([_Plan(s, [], [("", s.text, "")]) for s in job.spans])
    pieces = list(
        dict.fromkeys(p for job_plans in plans for plan in job_plans for p in plan.pieces)
    )
    known: dict[str, Hypothesis] = {}
    memory = None
    if options.memory:
        from .memory import open_memory

        memory = open_memory(options.memory_path)
        known = memory.get_entries(package.code, package.version, pieces)
    missing = [p for p in pieces if p not in known]
    fresh = dict(zip(missing, engine.translate_scored(missing), strict=True))
    if memory is not None and fresh:
        memory.put_many(package.code, package.version, list(fresh.items()))
    results = {**fresh, **known}
    for job, job_plans in zip(jobs, plans, strict=True):
        tally = done.setdefault(id(job.doc), _Tally())
        tally.engine = engine
        segments = [_segment(plan, results, known, source, options) for plan in job_plans]
        job.part.translation = Translation(
            text=_join(job.part.text, job.spans, [s.target for s in segments]),
            segments=segments,
        )
        tally.segments += len(segments)
        tally.from_memory += sum(s.from_memory for s in segments)
        tally.protected += sum(len(s.protected) for s in segments)
        tally.flags.update(flag.value for s in segments for flag in s.flags)


def _segment(
    plan: _Plan,
    results: dict[str, Hypothesis],
    known: dict[str, Hypothesis],
    source_lang: str,
    options: TranslateOptions,
) -> Segment:
    from .quality import segment_flags

    parts: list[str] = []
    for unit in plan.units:
        if isinstance(unit, str):
            parts.append(unit)
        else:
            lead, piece, trail = unit
            parts.append(lead + results[piece].text + trail)
    target = "".join(parts)
    hypotheses = [results[p] for p in plan.pieces]
    scored = [(h.score, max(1, h.tokens)) for h in hypotheses if h.score is not None]
    weight = sum(w for _, w in scored)
    score = round(sum(s * w for s, w in scored) / weight, 4) if scored else None
    sentence = plan.sentence
    return Segment(
        source=sentence.text,
        target=target,
        start=sentence.start,
        end=sentence.end,
        # a segment that is all protected spans needs no model: it counts as remembered
        # whenever the memory is on (a re-run then reports every segment from memory)
        from_memory=all(p in known for p in plan.pieces) if plan.pieces else options.memory,
        score=score,
        flags=segment_flags(
            sentence.text,
            target,
            plan.protected,
            source_lang=source_lang,
            model_inputs=plan.pieces,
            model_outputs=[h.text for h in hypotheses],
            truncated=any(h.truncated for h in hypotheses),
            score=score,
            min_quality=options.min_quality,
        ),
        protected=[
            ProtectedSpan(kind=p.kind, start=p.start, end=p.end, source=p.source, target=p.target)  # type: ignore[arg-type]
            for p in plan.protected
        ],
    )


def _summarise(
    doc: Document,
    jobs: list[_Job],
    options: TranslateOptions,
    glossary: Glossary | None,
    tally: _Tally | None,
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
    if translated == 0 or tally is None:
        doc.translation = TranslationInfo(
            status=TranslationStatus.unavailable,
            source_lang=missing[0] if len(missing) == 1 else None,
            target_lang=options.target,
            message=message,
        )
        return
    from .engine import library_versions

    engine = tally.engine
    package = engine.package
    source = next(job.source for job in jobs if job.source not in failures)
    doc.translation = TranslationInfo(
        status=TranslationStatus.partial if missing else TranslationStatus.complete,
        engine=str(engine.name),
        model=package.code,
        model_version=package.version,
        source_lang=source,
        target_lang=options.target,
        libraries=library_versions(),
        settings=engine.decoding,
        segments=tally.segments,
        from_memory=tally.from_memory,
        flags=dict(sorted(tally.flags.items())),
        protected_spans=tally.protected,
        glossary=glossary.name if glossary is not None else None,
        glossary_version=glossary.version if glossary is not None else None,
        min_quality=options.min_quality,
        message=message,
    )
