"""What a reader should see first about a record, as label/value pairs, shared by the HTML and
the terminal views (so both show the same facts in the same order)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..models import (
    NewsItemMetadata,
    ParliamentaryLetterMetadata,
    ParliamentaryQuestionsMetadata,
    Person,
    ProceedingsMetadata,
    Record,
    Reference,
    ReferenceType,
    ReportMetadata,
    Signatory,
    TranslationStatus,
)

__all__ = ["Fact", "facts", "official_url", "reference_url", "translation_note"]

#: Publication ids of the officiele-publicatie family (kst-, ah-tk-, h-tk-, kv-tk-, stcrt-, stb-, ...).
_OFFICIAL_ID = re.compile(
    r"^(?:kst|ah|h|kv|stcrt|stb|trb|blg|nds|gmb|prb|wsb)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$"
)
_PUBLICATIONS = "https://zoek.officielebekendmakingen.nl/"
_SAFE_URL = re.compile(r"^https?://[^\s\"'<>\\]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    #: A public URL for the value, already checked to be http(s).
    url: str | None = None


def official_url(record_id: str) -> str | None:
    """The public page of an official publication id, when the id has that form."""
    return f"{_PUBLICATIONS}{record_id}.html" if _OFFICIAL_ID.match(record_id) else None


def reference_url(ref: Reference) -> str | None:
    """A link for a reference: the publication page of a Kamerstuk, or the URL as written when
    it is http(s); never any other scheme."""
    if ref.type == ReferenceType.kamerstuk and ref.dossier and ref.number:
        dossier = f"{ref.dossier}-{ref.suffix}" if ref.suffix else ref.dossier
        return f"{_PUBLICATIONS}kst-{dossier}-{ref.number}.html"
    if ref.url and _SAFE_URL.match(ref.url):
        return ref.url
    return None


def _person(p: Person) -> str:
    extra = ", ".join(x for x in (p.party, p.role) if x)
    return f"{p.name} ({extra})" if extra else p.name


def _signatory(s: Signatory) -> str:
    return ", ".join(part for part in (s.name, s.role) if part)


def _add(out: list[Fact], label: str, value: object, url: str | None = None) -> None:
    if value is None or value == "" or value == []:
        return
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    out.append(Fact(label, str(value), url))


def facts(record: Record) -> list[Fact]:
    """The header facts of ``record`` for its kind, in reading order."""
    out: list[Fact] = []
    _add(out, "Kind", record.kind.value.replace("_", " "))
    _add(out, "Id", record.id, official_url(record.id))
    if record.date:
        precision = record.date_precision.value if record.date_precision else ""
        _add(out, "Date", f"{record.date} ({precision})" if precision != "day" else record.date)
    meta = record.metadata
    if isinstance(meta, ParliamentaryLetterMetadata):
        _add(out, "Sender", meta.ministry)
        _add(out, "Addressee", meta.addressee)
        _add(out, "Place", meta.place)
        _add(out, "Reference", meta.reference)
        _add(out, "Your reference", meta.your_reference)
        _add(out, "Subject", meta.subject)
        _add(out, "Attachments", meta.attachments)
        _add(out, "Signatories", [_signatory(s) for s in meta.signatories])
        if meta.dossier:
            dossier = meta.dossier.number + (
                f"-{meta.dossier.suffix}" if meta.dossier.suffix else ""
            )
            title = f" {meta.dossier.title}" if meta.dossier.title else ""
            _add(out, "Dossier", f"{dossier}{title}")
        _add(out, "Document", " ".join(x for x in (meta.document_type, meta.document_number) if x))
        _add(out, "Session year", meta.session_year)
        _add(out, "Chamber", meta.chamber)
    elif isinstance(meta, ParliamentaryQuestionsMetadata):
        _add(out, "Askers", [_person(p) for p in meta.askers])
        _add(out, "Addressed to", meta.addressees)
        _add(out, "Subject", meta.subject)
        _add(out, "Submitted", meta.date_submitted.isoformat() if meta.date_submitted else None)
        _add(out, "Answered", meta.date_answered.isoformat() if meta.date_answered else None)
        _add(out, "Answered by", [_signatory(s) for s in meta.answered_by])
        _add(out, "Status", meta.status.replace("_", " ") if meta.status else None)
        _add(out, "Aanhangsel number", meta.aanhangsel_number)
        _add(out, "Session year", meta.session_year)
        _add(out, "Chamber", meta.chamber)
    elif isinstance(meta, ProceedingsMetadata):
        _add(out, "Meeting", meta.meeting_number)
        _add(out, "Item", meta.item_number)
        _add(out, "Agenda item", meta.agenda_item)
        _add(out, "Speakers", [_person(p) for p in meta.speakers])
        _add(out, "Session year", meta.session_year)
        _add(out, "Chamber", meta.chamber)
    elif isinstance(meta, NewsItemMetadata):
        _add(out, "Publisher", meta.publisher)
        _add(out, "Place", meta.place)
        url = meta.url if meta.url and _SAFE_URL.match(meta.url) else None
        _add(out, "URL", meta.url, url)
    elif isinstance(meta, ReportMetadata):
        _add(out, "Publisher", meta.publisher)
        _add(out, "Authors", meta.authors)
        _add(
            out,
            "Contents",
            f"{len(meta.table_of_contents)} entries" if meta.table_of_contents else None,
        )
    source = record.source
    _add(out, "Source", f"{source.filename} ({source.format.value}, {source.size:,} bytes)")
    _add(out, "Pages", source.pages)
    _add(out, "Read by", source.reader)
    conf = f" ({record.language_confidence:.2f})" if record.language_confidence is not None else ""
    _add(out, "Language", f"{record.language}{conf}")
    info = record.translation
    model = " ".join(x for x in (info.model, info.model_version) if x)
    _add(out, "Translation", f"{info.status.value}" + (f", {model}" if model else ""))
    flags = getattr(info, "flags", {}) or {}
    _add(
        out, "Segment flags", [f"{k.replace('_', ' ')} {v}" for k, v in sorted(flags.items()) if v]
    )
    glossary = getattr(info, "glossary", None)
    if glossary:
        version = getattr(info, "glossary_version", None)
        _add(out, "Glossary", f"{glossary} {version}" if version else glossary)
    return out


def translation_note(record: Record) -> str | None:
    """Why there is no (complete) translation, and what to do about it; ``None`` when there is
    nothing to explain."""
    info = record.translation
    source = info.source_lang or record.language
    target = info.target_lang or "en"
    if info.status == TranslationStatus.unavailable:
        why = info.message or f"no translation model for {source} to {target} is installed"
        return f"Not translated: {why}. Install one with: govdocs models install {source} {target}"
    if info.status == TranslationStatus.partial:
        return f"Partly translated: {info.message or 'some parts have no translation'}."
    if info.status == TranslationStatus.not_requested:
        return "Translation was not requested (converted with --no-translate)."
    return None
