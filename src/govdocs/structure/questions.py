"""Written questions and answers (Aanhangsel van de Handelingen), kind ``parliamentary_questions``.

The typeset layout: a page-1 masthead (``Tweede Kamer der Staten-Generaal``, ``Vergaderjaar
2023–2024 Aanhangsel van de Handelingen``, the Aanhangsel number in large type), an introduction
(``Vragen van het lid Klaver (GroenLinks-PvdA) aan de Minister van … over … (ingezonden 18 april
2024).`` / ``Antwoord van Minister … (…) (ontvangen 3 juni 2024).``), then ``Vraag N`` /
``Antwoord N`` pairs (``Vraag 2 en 3`` answered together happens), footnotes at page feet.

A *Mededeling* instead of an answer (the minister announces a delay, or that the questions were
answered by letter) gives ``metadata.status`` ``answer_delayed`` or ``answered_elsewhere`` and the
questions without answers; it is never turned into a broken Q&A.

The record's ``date`` is the date of the government's reply (``ontvangen``: answer or notice),
which is when the document was made; the date the questions were submitted is
``metadata.date_submitted``.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import parse_date
from ..document import Document, RawDocument
from ..models import (
    BlockType,
    DocumentKind,
    ParliamentaryQuestionsMetadata,
    Person,
    Signatory,
)
from ..normalise import log_edit
from . import pdf_layout
from .references import find_references, link_citations

__all__ = ["build", "detect"]

_MARKER = re.compile(
    r"^(Vraag|Antwoord|Vragen|Antwoorden)\s+(\d+[a-z]?(?:(?:,\s*|\s+en\s+|\s+)\d+[a-z]?)*)\s*:?$"
)
_STANDALONE = re.compile(
    r"^(?:(?:Vraag|Antwoord|Vragen|Antwoorden)\s+\d+[a-z]?(?:(?:,\s*|\s+en\s+|\s+)\d+[a-z]?)*\s*:?|Mededeling:?)$"
)
_INTRO = re.compile(r"^Vragen van (?:het lid|de leden)\s", re.IGNORECASE)
_REPLY = re.compile(r"^(Antwoord|Mededeling) van\s", re.IGNORECASE)
_SESSION = re.compile(r"[Vv]ergaderjaar\s+((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)")
_MEMBER = re.compile(r"^(?P<name>.+?)\s*\((?P<party>[^()]+)\)$")
_OFFICIAL_ID = re.compile(r"^ah-(tk|ek)-(\d{8})-(\d+)$")


def detect(raw: RawDocument) -> float:
    head = " ".join(line.text for line in raw.lines[:15]) or " ".join(
        b.text for b in raw.blocks[:10]
    )
    score = 0.0
    if "Aanhangsel van de Handelingen" in head or re.search(r"^Aanhangsel\b", head):
        score += 0.5
    if re.search(r"Vragen (?:van het lid|van de leden|gesteld door de leden)", head):
        score += 0.4
    return min(score, 0.97)


def _split_members(text: str) -> list[Person]:
    parts = re.split(r",\s*|\s+en\s+(?=[A-Z])", text)
    people = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        match = _MEMBER.match(part)
        if match:
            people.append(
                Person(name=match.group("name").strip(), party=match.group("party").strip())
            )
        else:
            people.append(Person(name=part))
    return people


def _addressees(text: str) -> list[str]:
    """``de Ministers van Binnenlandse Zaken en Koninkrijksrelaties en van Justitie en Veiligheid``."""
    text = re.sub(r"^(?:de|het)\s+", "", text.strip())
    plural = re.match(r"^(Ministers|Staatssecretarissen)\s+van\s+(.+)$", text)
    if plural:
        role = "Minister" if plural.group(1) == "Ministers" else "Staatssecretaris"
        return [
            f"{role} van {part.strip()}" for part in re.split(r"\s+en\s+van\s+", plural.group(2))
        ]
    both = re.match(
        r"^(Staatssecretaris|Minister)\s+en\s+(?:de|het)\s+(Minister|Staatssecretaris)\s+van\s+(.+)$",
        text,
    )
    if both:
        return [f"{both.group(1)} van {both.group(3)}", f"{both.group(2)} van {both.group(3)}"]
    return [part.strip() for part in re.split(r";\s*|\s+en\s+(?:de|het)\s+", text) if part.strip()]


def _reply_signatories(text: str) -> list[Signatory]:
    """``Antwoord van Minister Bruins Slot (Buitenlandse Zaken)`` (+ ``mede namens …``)."""
    found = []
    for match in re.finditer(
        r"(Minister(?:-president)?|Staatssecretaris)\s+(?P<name>[A-Z][\w'’ .-]+?)\s*\((?P<dept>[^()]+)\)",
        text,
    ):
        role = f"{match.group(1)} van {match.group('dept').strip()}"
        found.append(Signatory(role=role, name=match.group("name").strip()))
    return found


def build(raw: RawDocument) -> Document:
    doc = Document(
        raw=raw,
        kind=DocumentKind.parliamentary_questions,
        metadata=ParliamentaryQuestionsMetadata(),
    )
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryQuestionsMetadata)
    layout = pdf_layout.analyse(raw, standalone=_STANDALONE) if raw.lines else None
    for edit in layout.edits if layout else []:
        log_edit(doc, edit.rule, None, edit.before, edit.after)
    page1 = [line for line in raw.lines if line.page == 1]
    masthead = " ".join(line.text for line in page1[:12])
    session = _SESSION.search(masthead)
    if session:
        meta.session_year = f"{session.group(1)}-{session.group(2)}"
    meta.chamber = (
        "Eerste Kamer"
        if "Eerste Kamer" in masthead
        else ("Tweede Kamer" if "Tweede Kamer" in masthead else None)
    )
    body_size = layout.body_size if layout else 0.0
    numbers = [
        line
        for line in page1[:15]
        if line.text.isdigit() and line.bold and line.size > body_size * 1.2
    ]
    if numbers:
        meta.aanhangsel_number = numbers[-1].text
    for line in layout.furniture if layout else []:
        found = _OFFICIAL_ID.match(line.text.strip())
        if found:
            doc.official_id = line.text.strip()
            meta.aanhangsel_number = meta.aanhangsel_number or found.group(3)
    if doc.official_id is None and meta.session_year and meta.aanhangsel_number:
        chamber = "ek" if meta.chamber == "Eerste Kamer" else "tk"
        doc.official_id = (
            f"ah-{chamber}-{meta.session_year.replace('-', '')}-{meta.aanhangsel_number}"
        )

    paragraphs = layout.paragraphs if layout else []
    label_to_id: dict[str, str] = {}
    for note in layout.footnotes if layout else []:
        label_to_id.setdefault(
            note.label, doc.add_footnote(note.label, note.text, page=note.page).id
        )

    intro_at = next((i for i, p in enumerate(paragraphs) if _INTRO.match(p.text)), None)
    if intro_at is None:
        body = paragraphs
    else:
        body = paragraphs[intro_at:]
        intro = body[0].text
        _parse_intro(intro, doc, meta)
        body = body[1:]
    reply_kind = None
    if body and _REPLY.match(body[0].text):
        reply = body[0].text
        reply_kind = _REPLY.match(reply).group(1).lower()  # type: ignore[union-attr]
        meta.answered_by = _reply_signatories(reply)
        received = re.search(r"\(ontvangen\s+(?:\(ontvangen\s+)?([^()]+?)\)", reply)
        when = parse_date(received.group(1)) if received else None
        if when is not None:
            meta.date_answered = None if reply_kind == "mededeling" else _as_date(when.iso)
            doc.date, doc.date_precision = when.iso, when.precision
        for ref in re.finditer(
            r"Aanhangsel Handelingen,?\s+vergaderjaar\s+\d{4}[–-]\d{4},?\s+nr\.?\s*\d+", reply
        ):
            doc.add_block(BlockType.paragraph, ref.group(0), page=body[0].page)
        body = body[1:]

    current: tuple[BlockType, str] | None = None
    notice: list[pdf_layout.Paragraph] = []
    in_notice = False
    answers = 0
    for p in body:
        marker = _MARKER.match(p.text)
        if marker:
            kind = BlockType.question if marker.group(1).startswith("Vra") else BlockType.answer
            answers += kind is BlockType.answer
            current = (kind, re.sub(r"\s+", " ", marker.group(2)))
            in_notice = False
            continue
        if p.text.strip() in {"Mededeling", "Mededeling:"}:
            in_notice, current = True, None
            continue
        refs = [label_to_id[label] for label in p.footnote_labels if label in label_to_id]
        if in_notice:
            notice.append(p)
            doc.add_block(BlockType.paragraph, p.text, page=p.page, footnote_refs=refs)
        elif current is not None:
            doc.add_block(current[0], p.text, page=p.page, number=current[1], footnote_refs=refs)
        else:
            doc.add_block(BlockType.paragraph, p.text, page=p.page, footnote_refs=refs)
    notice_text = " ".join(p.text for p in notice)
    if answers:
        meta.status = "answered"
    elif reply_kind == "mededeling" or notice:
        if re.search(r"\bbeantwoord\b(?! kunnen| worden)", notice_text) and not re.search(
            r"uitstel|niet binnen de (?:gebruikelijke )?termijn", notice_text
        ):
            meta.status = "answered_elsewhere"
        else:
            meta.status = "answer_delayed"
    else:
        meta.status = "unanswered"
    if doc.date is None and meta.date_submitted is not None:
        doc.date = meta.date_submitted.isoformat()
        doc.date_precision = parse_date(doc.date).precision  # type: ignore[union-attr]
    link_citations(doc)
    find_references(doc)
    return doc


def _as_date(iso: str) -> dt.date | None:
    return dt.date.fromisoformat(iso) if len(iso) == 10 else None


def _parse_intro(intro: str, doc: Document, meta: ParliamentaryQuestionsMetadata) -> None:
    text = re.sub(r"\s+", " ", intro).strip()
    match = re.match(
        r"^Vragen van (?:het lid|de leden)\s+(?P<members>.+?)\s+aan\s+(?P<to>(?:de|het)\s+.+?)\s+over\s+"
        r"(?P<subject>.+?)\s*(?:\(ingezonden\s+(?P<date>[^()]+)\))?\.?$",
        text,
    )
    if not match:
        doc.title = text
        return
    meta.askers = _split_members(match.group("members"))
    meta.addressees = _addressees(match.group("to"))
    meta.subject = match.group("subject").strip().rstrip(".")
    if match.group("date"):
        found = parse_date(match.group("date"))
        if found is not None:
            meta.date_submitted = _as_date(found.iso)
    doc.title = text.split(" (ingezonden")[0].rstrip(".")
