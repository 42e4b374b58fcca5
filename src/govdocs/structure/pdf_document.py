r"""PDFs that are not letters or Kamerstukken: reports (kind ``report``) and everything else
(kind ``other``), from any ministry, body or era, told apart by evidence in the layout.

* **kind**: ``report`` when the PDF shows a report's apparatus: a table of contents (a
  ``Inhoud``/``Contents``/``Sommaire`` heading or several dot-leader lines ending in page
  numbers), or a title page (page one printed with few lines, its largest text well above the
  body size) in a document of several pages, or numbered headings. A salutation (``Geachte``,
  ``Dear``, ``Madame, Monsieur``) on the first pages is letter evidence: the letter module
  decides then. Anything else is ``other`` with a title.
* **title**: the largest text on the first page, its lines joined over line breaks while the
  size stays within 10% of the largest and the lines follow each other closely.
* **date**: a dateline on the first two pages, in Dutch, English or French (``Versie 0.5,
  19 mei 2020``, ``Diemen, August 28th, 2020``, ``le 3 mars 2022``, ``Datum 4 juni 2025``);
  day precision only (a bare month or year on a cover is no document date).
* **body**: :func:`.pdf_layout.analyse` paragraphs (furniture by repetition across pages, page
  numbers, footnotes by size and position); dot-leader lines go to
  ``metadata.table_of_contents``; larger or bold short paragraphs become headings.
"""

from __future__ import annotations

import re

from ..dates import find_dates
from ..document import Document, Line, RawDocument
from ..models import (
    BlockType,
    DatePrecision,
    DocumentKind,
    OtherMetadata,
    ReportMetadata,
    SourceFormat,
    TocEntry,
)
from ..normalise import log_edit
from . import pdf_layout

__all__ = ["build", "detect"]

_TOC_HEAD = re.compile(
    r"^(?:table of )?contents?|inhoud(?:sopgave|stafel)?|sommaire|table des mati[eè]res$",
    re.IGNORECASE,
)
#: a table-of-contents line: title, dot leaders (or a wide gap), page number
_DOT_LEADER = re.compile(r"^(?P<title>\S.*?)\s*(?:\.{3,}|…+|(?:\. ){3,})[\s.…]*(?P<page>\d{1,4})$")
_SALUTATION = re.compile(
    r"^(?:(?:Zeer )?[Gg]eachte|Dear|Madame|Monsieur|Mesdames|Beste)\b.{0,60}[,:]?$"
)
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-ZÀ-Ý]\S")
_DATE_LEAD = re.compile(
    r"^(?:Datum|Date|Versie|Version|Vastgesteld|Den Haag|’s-Gravenhage|'s-Gravenhage|"
    r"[A-Z][\w’'-]+(?: [a-z]{1,3} [A-Z][\w-]+)?,|le|Le|Fait à|Paris|Bruxelles|Brussel|"
    r"Publicatiedatum|Publication date)\b",
)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th|e|er|ème)\b")
_SENTENCE_END = re.compile(r"[.!?;]['\"”’»)]*$")


def _first_pages(raw: RawDocument, pages: int) -> list[Line]:
    return [line for line in raw.lines if line.page <= pages]


def _body_size(raw: RawDocument) -> float:
    sizes: dict[float, int] = {}
    for line in raw.lines:
        sizes[round(line.size, 1)] = sizes.get(round(line.size, 1), 0) + len(line.text)
    return max(sizes, key=lambda s: sizes[s]) if sizes else 10.0


def _has_toc(raw: RawDocument) -> bool:
    lines = [line.text.strip() for line in _first_pages(raw, 8)]
    return (
        any(_TOC_HEAD.match(t) for t in lines)
        or sum(bool(_DOT_LEADER.match(t)) for t in lines) >= 3
    )


def _title_page(raw: RawDocument, body: float) -> bool:
    first = [line for line in raw.lines if line.page == 1 and line.text.strip()]
    if not first or (raw.pages or 1) < 3:
        return False
    largest = max(line.size for line in first)
    return largest >= body * 1.4 and len(first) <= 40


def detect(raw: RawDocument) -> float:
    if raw.format is not SourceFormat.pdf or not raw.lines:
        return 0.0
    head = [line.text.strip() for line in _first_pages(raw, 2)]
    if any(_SALUTATION.match(t) for t in head):
        return 0.02
    body = _body_size(raw)
    numbered = sum(
        bool(_NUMBERED.match(line.text.strip()))
        and (line.bold or line.size > body * 1.1)
        and len(line.text) < 120
        for line in raw.lines
    )
    if _has_toc(raw) or _title_page(raw, body) or numbered >= 3:
        return 0.6
    return 0.02


def title_from_typography(raw: RawDocument, furniture: set[int] | None = None) -> str | None:
    """The largest text of the first page, its lines joined (the cover title)."""
    first = [
        line
        for line in raw.lines
        if line.page == 1
        and sum(c.isalpha() for c in line.text) >= 2
        and id(line) not in (furniture or set())
        and not pdf_layout.is_page_number(line.text)
    ]
    if not first:
        return None
    largest = max(line.size for line in first)
    start = next(i for i, line in enumerate(first) if line.size >= largest * 0.999)
    lines = [first[start]]
    for line in first[start + 1 :]:
        prev = lines[-1]
        gap = prev.y0 - line.y1
        if line.size < largest * 0.9 or gap > largest * 1.6 or gap < -largest:
            break
        lines.append(line)
    text = ""
    for line in lines:
        piece = line.text.strip()
        if text.endswith("-") and piece[:1].islower():
            text = text[:-1] + piece
        else:
            text = f"{text} {piece}".strip()
    text = " ".join(text.split())
    return text if 0 < len(text) <= 400 else None


def document_date(raw: RawDocument) -> tuple[str, DatePrecision] | None:
    """A dateline on the first two pages (day precision), in Dutch, English or French."""
    for line in _first_pages(raw, 2):
        text = _ORDINAL.sub(r"\1", line.text.strip())
        if len(text) > 90:
            continue
        dates = [d for d in find_dates(text, numeric=False) if d.precision is DatePrecision.day]
        if not dates:
            continue
        rest = (text[: dates[0].start] + text[dates[0].end :]).strip(" ,.:")
        if len(rest.split()) <= 1 or _DATE_LEAD.match(text):
            return dates[0].iso, dates[0].precision
    return None


def _toc_entry(text: str) -> TocEntry | None:
    match = _DOT_LEADER.match(text.strip())
    if not match:
        return None
    title = match.group("title").strip(" .")
    if not any(c.isalpha() for c in title):
        return None
    number = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", title)
    level = 1 + number.group(1).count(".") if number else 1
    return TocEntry(title=title, level=level, page=int(match.group("page")))


def build(raw: RawDocument) -> Document:
    report = detect(raw) >= 0.5
    doc = Document(
        raw=raw,
        kind=DocumentKind.report if report else DocumentKind.other,
        metadata=ReportMetadata() if report else OtherMetadata(),
    )
    layout = pdf_layout.analyse(raw)
    for edit in layout.edits:
        log_edit(doc, edit.rule, None, edit.before, edit.after)
    for line in layout.furniture:
        log_edit(doc, "page_furniture", None, line.text, "")
    doc.title = title_from_typography(raw, {id(line) for line in layout.furniture})
    found = document_date(raw)
    if found is not None:
        doc.date, doc.date_precision = found
    label_to_id = {
        note.label: doc.add_footnote(note.label, note.text, page=note.page).id
        for note in layout.footnotes
    }
    toc: list[TocEntry] = []
    title_seen = False
    for p in layout.paragraphs:
        lines = [line.text for line in p.lines] or [p.text]
        entries = [_toc_entry(t) for t in lines]
        if all(entries) and entries:
            toc += [e for e in entries if e is not None]
            continue
        text = p.text.strip()
        if not text:
            continue
        if not title_seen and doc.title and p.page == 1 and " ".join(text.split()) == doc.title:
            title_seen = True
            continue
        short = len(text) < 160 and not _SENTENCE_END.search(text) and len(p.lines) <= 3
        if short and (p.size > layout.body_size * 1.1 or p.bold):
            level = 1 if p.size > layout.body_size * 1.3 else 2
            doc.add_block(BlockType.heading, text, page=p.page, level=level)
        else:
            refs = [label_to_id[label] for label in p.footnote_labels if label in label_to_id]
            doc.add_block(BlockType.paragraph, text, page=p.page, footnote_refs=refs)
    if toc and isinstance(doc.metadata, ReportMetadata):
        doc.metadata.table_of_contents = toc
    return doc
