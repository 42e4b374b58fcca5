"""Written questions and answers (Aanhangsel van de Handelingen), kind ``parliamentary_questions``.

The typeset layout: a page-1 masthead (``Tweede Kamer der Staten-Generaal``, ``Vergaderjaar
2023–2024 Aanhangsel van de Handelingen``, the Aanhangsel number in large bold type), an
introduction (``Vragen van het lid Klaver (GroenLinks-PvdA) aan de Minister van … over …
(ingezonden 18 april 2024).``), the reply line (``Antwoord van Minister Bruins Slot
(Buitenlandse Zaken) (ontvangen 3 juni 2024).``), then ``Vraag N`` / ``Antwoord N`` pairs
(``Vraag 2 en 3`` answered together happens), footnotes at page feet, and the identifier
(``ah-tk-20232024-1893``) in the first page's footer. The official XML of an Aanhangsel
(``vraag``/``antwoord`` elements, or the same printed lines) is read the same way.

Metadata: ``session_year``, ``chamber``, ``aanhangsel_number``, ``question_ids`` (registration
numbers such as ``2024Z03522`` wherever the document prints them), ``askers``
(``Person(name, party)``), ``addressees`` (``Minister van …``, plural forms split),
``answered_by`` (role and name from the reply line), ``date_submitted`` (``ingezonden``),
``date_answered`` (``ontvangen`` of an *Antwoord*), ``subject`` (the ``over …`` part) and
``status``:

* ``answered`` — answers follow the questions;
* ``answer_delayed`` — a *Mededeling* says the answers will come later (``uitstel``, ``niet
  binnen de (gebruikelijke) termijn``, ``zo spoedig mogelijk``); the questions stay, no answer
  blocks are made up;
* ``answered_elsewhere`` — a *Mededeling* says the questions were answered in a letter or
  another document;
* ``unanswered`` — questions only.

**Date choice.** The record's ``date`` is the date the government's reply was received
(``ontvangen`` of the *Antwoord*, or of the *Mededeling* for a notice): that is when the
published document came to be, and the Aanhangsel is published under it. The submission date
is kept in ``metadata.date_submitted``; a document with neither reply nor notice is dated by its
submission date. ``metadata.date_answered`` is only set when answers were given.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from ..dates import parse_date
from ..document import Document, RawDocument
from ..models import (
    BlockType,
    DocumentKind,
    ParliamentaryQuestionsMetadata,
    Person,
    Reference,
    ReferenceType,
    Signatory,
)
from ..normalise import log_edit
from . import pdf_layout
from ._text import join_lines
from .references import find_references, link_citations

__all__ = ["build", "detect"]

_NUMBERS = r"\d+[a-z]?(?:(?:,\s*|\s+en\s+|\s+t/m\s+|\s*[-–]\s*|\s+)\d+[a-z]?)*"
_MARKER = re.compile(r"^(Vraag|Antwoord|Vragen|Antwoorden)\s+(" + _NUMBERS + r")\s*:?$")
_STANDALONE = re.compile(
    r"^(?:(?:Vraag|Antwoord|Vragen|Antwoorden)\s+" + _NUMBERS + r"\s*:?|Mededeling:?)$"
)
_INTRO = re.compile(
    r"^Vragen (?:van|gesteld door) (?:het lid|de leden)\s(?!der Kamer)", re.IGNORECASE
)
_REPLY = re.compile(r"^(Antwoord|Mededeling) (?:van|namens)\s", re.IGNORECASE)
_SESSION = re.compile(r"[Vv]ergaderjaar\s+((?:19|20)\d\d)\s*[–/-]\s*((?:19|20)\d\d)")
_MEMBER = re.compile(r"^(?P<name>.+?)\s*\((?P<party>[^()]+)\)$")
_OFFICIAL_ID = re.compile(r"^ah-(tk|ek)-(\d{4})(\d{4})-(\d+)$")
_QUESTION_ID = re.compile(r"\b((?:19|20)\d\d)\s?Z\s?(\d{5})\b")
_DELAYED = re.compile(
    r"uitstel|niet binnen de (?:gebruikelijke |gestelde |reguliere )?termijn|"
    r"(?:zo )?(?:spoedig|snel) mogelijk|later (?:worden )?beantwoord|meer tijd|"
    r"kunnen (?:nog )?niet (?:\w+ )?worden beantwoord",
    re.IGNORECASE,
)
#: a bare Kamerstuk number in a notice: ``brief over … (36 471-64)``
_BARE_KAMERSTUK = re.compile(r"\((\d{2}\s?\d{3})(?:[-\s]([IVXLC]+|[A-Z]{1,2}))?-(\d{1,4})\)")
_ELSEWHERE = re.compile(
    r"\b(?:zijn|is|werden|worden)\s+(?:reeds\s+|al\s+)?beantwoord\s+"
    r"(?:middels|met|bij|in|via|door middel van|per)\b|"
    r"\b(?:zijn|is)\s+(?:reeds\s+|al\s+)?beantwoord\b",
    re.IGNORECASE,
)


@dataclass
class _Para:
    """One paragraph of the document, whatever format it came from."""

    text: str
    page: int | None
    footnote_labels: list[str] = field(default_factory=list)
    #: ``question``/``answer`` when the format marks it (XML), with the number as printed
    hint: str | None = None
    number: str | None = None


def detect(raw: RawDocument) -> float:
    """Aanhangsel masthead and/or the ``Vragen van het lid …`` introduction near the top."""
    if raw.metadata.get("body") in ("aanhangsel", "kamervragen"):
        return 0.97
    head = " ".join(line.text for line in raw.lines[:15]) or " ".join(
        b.text for b in raw.blocks[:10]
    )
    score = 0.0
    if "Aanhangsel van de Handelingen" in head or re.search(r"^Aanhangsel\b", head):
        score += 0.5
    if re.search(r"Vragen (?:van het lid|van de leden|gesteld door de leden)", head):
        score += 0.4
    return min(score, 0.97)


def _clean_name(name: str) -> str:
    """A spacing accent printed after its letter (``Kostic´``) becomes one letter (``Kostić``)."""
    name = re.sub(r"(\w)\s?´", "\\1\u0301", name.strip())
    name = re.sub(r"(\w)\s?`", "\\1\u0300", name)
    return unicodedata.normalize("NFC", name)


def _split_members(text: str) -> list[Person]:
    """``Sneller (D66), Chakor (GroenLinks-PvdA) en Van Nispen (SP)`` -> three people."""
    parts = re.split(r",\s*(?![^()]*\))|\s+en\s+(?=[A-Z’'])(?![^()]*\))", text)
    people = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        match = _MEMBER.match(part)
        if match:
            people.append(
                Person(name=_clean_name(match.group("name")), party=match.group("party").strip())
            )
        else:
            people.append(Person(name=_clean_name(part)))
    return people


def _addressees(text: str) -> list[str]:
    """Each office addressed, capitalised as an office (``Minister van …``)."""
    return [a[:1].upper() + a[1:] for a in _offices(text)]


def _offices(text: str) -> list[str]:
    """``de Ministers van Binnenlandse Zaken en Koninkrijksrelaties en van Justitie en
    Veiligheid`` -> two ministers; ``de Staatssecretaris en de Minister van …`` -> both."""
    text = re.sub(r"^(?:de|het)\s+", "", text.strip())
    plural = re.match(r"^(Ministers|Staatssecretarissen)\s+van\s+(.+)$", text, re.IGNORECASE)
    if plural:
        role = "Minister" if plural.group(1).lower() == "ministers" else "Staatssecretaris"
        return [
            f"{role} van {part.strip()}" for part in re.split(r"\s+en\s+van\s+", plural.group(2))
        ]
    both = re.match(
        r"^(Staatssecretaris|Minister)\s+en\s+(?:de|het)\s+(Minister|Staatssecretaris)\s+van\s+(.+)$",
        text,
        re.IGNORECASE,
    )
    if both:
        return [f"{both.group(1)} van {both.group(3)}", f"{both.group(2)} van {both.group(3)}"]
    return [part.strip() for part in re.split(r";\s*|\s+en\s+(?:de|het)\s+", text) if part.strip()]


#: departments whose minister is "Minister voor …" (a minister without a ministry of his own)
_MINISTER_VOOR = re.compile(
    r"^(?:Rechtsbescherming|Buitenlandse Handel|Medische Zorg|Primair en Voortgezet Onderwijs|"
    r"Basis- en Voortgezet Onderwijs|Wonen|Volkshuisvesting|Klimaat en Energie|Natuur en "
    r"Stikstof|Langdurige Zorg|Armoedebeleid|Migratie|Asiel|Vreemdelingenzaken|Ontwikkelings"
    r"samenwerking|Europese Zaken|Sport|Jeugd|Integratie|Wonen en Rijksdienst|Milieu|"
    r"Immigratie|Bestuurlijke)",
    re.IGNORECASE,
)


def _reply_signatories(text: str, addressees: list[str]) -> list[Signatory]:
    """``Antwoord van Minister Bruins Slot (Buitenlandse Zaken)`` (+ ``mede namens …``).

    A portfolio after a dash (``Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport``)
    is not part of the office's name and is left out of the role. A minister without a ministry
    is ``Minister voor …`` (as addressed, or for the known portfolios).
    """
    found = []
    for match in re.finditer(
        r"(?P<office>Minister(?:-[Pp]resident)?|Staatssecretaris)\s+"
        r"(?P<name>[A-Z][\w'’ .-]+?)\s*\((?P<dept>[^()]+)\)",
        text,
        flags=re.IGNORECASE,
    ):
        department = re.split(r"\s+[–—-]\s+", match.group("dept").strip())[0]
        name = match.group("name").strip()
        if department.lower().startswith("ontvangen") or not name[:1].isupper():
            continue
        office = match.group("office")
        office = office[:1].upper() + office[1:].lower()
        voor = f"{office} voor {department}"
        if voor.lower() in {a.lower() for a in addressees} or (
            office == "Minister" and _MINISTER_VOOR.match(department)
        ):
            role = voor
        else:
            role = f"{office} van {department}"
        found.append(Signatory(role=role, name=name))
    return found


def _as_date(iso: str) -> dt.date | None:
    return dt.date.fromisoformat(iso) if len(iso) == 10 else None


# --------------------------------------------------------------------------- input


def _from_layout(raw: RawDocument, doc: Document) -> tuple[list[_Para], dict[str, str], str]:
    """Paragraphs, footnote ids and furniture text of a typeset PDF."""
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryQuestionsMetadata)
    layout = pdf_layout.analyse(raw, standalone=_STANDALONE)
    for edit in layout.edits:
        log_edit(doc, edit.rule, None, edit.before, edit.after)
    page1 = [line for line in raw.lines if line.page == 1]
    masthead = " ".join(line.text for line in page1[:12])
    _masthead(masthead, meta)
    numbers = [
        line
        for line in page1[:15]
        if line.text.strip().isdigit() and line.bold and line.size > layout.body_size * 1.2
    ]
    if numbers:
        meta.aanhangsel_number = numbers[-1].text.strip()
    for line in layout.furniture:
        found = _OFFICIAL_ID.match(line.text.strip())
        if found and doc.official_id is None:
            doc.official_id = line.text.strip()
            meta.aanhangsel_number = meta.aanhangsel_number or found.group(4)
    label_to_id: dict[str, str] = {}
    for note in layout.footnotes:
        label_to_id.setdefault(
            note.label, doc.add_footnote(note.label, note.text, page=note.page).id
        )
    paragraphs = [_Para(p.text, p.page, list(p.footnote_labels)) for p in layout.paragraphs]
    furniture = " ".join(line.text for line in layout.furniture)
    return paragraphs, label_to_id, furniture


def _from_blocks(raw: RawDocument, doc: Document) -> tuple[list[_Para], dict[str, str], str]:
    """Paragraphs and footnote ids of a document read into blocks (official XML, text)."""
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryQuestionsMetadata)
    beside: dict[str, list[str]] = raw.metadata.get("metadata_xml") or {}
    head = " ".join(b.text for b in raw.blocks[:10])
    _masthead(" ".join([head, *beside.get("OVERHEIDop.vergaderjaar", [])]), meta)
    identifier = raw.metadata.get("identifier") or ""
    found = _OFFICIAL_ID.match(identifier)
    if found:
        doc.official_id = identifier
        meta.chamber = "Eerste Kamer" if found.group(1) == "ek" else "Tweede Kamer"
        meta.session_year = f"{found.group(2)}-{found.group(3)}"
        meta.aanhangsel_number = found.group(4)
    elif identifier.startswith("kv-"):  # Kamervragen published before any answer
        doc.official_id = identifier
    number = str((raw.metadata.get("kamervragen") or {}).get("nummer") or "").strip()
    if _QUESTION_ID.search(number):
        meta.question_ids = meta.question_ids or [_QUESTION_ID.sub(r"\1Z\2", number)]
    elif number.isdigit():
        meta.aanhangsel_number = meta.aanhangsel_number or number
    label_to_id: dict[str, str] = {}
    paragraphs: list[_Para] = []
    for block in raw.blocks:
        if block.hint == "footnote":
            label = str(block.attrs.get("label") or len(doc.footnotes) + 1)
            label_to_id.setdefault(label, doc.add_footnote(label, join_lines(block.text)).id)
            continue
        labels = [label for label, _ in block.attrs.get("footnote_marks", [])]
        hint = block.hint if block.hint in ("question", "answer") else None
        paragraphs.append(
            _Para(join_lines(block.text), block.page, labels, hint, block.attrs.get("number"))
        )
    return paragraphs, label_to_id, ""


def _masthead(text: str, meta: ParliamentaryQuestionsMetadata) -> None:
    session = _SESSION.search(text) or re.search(
        r"^\s*((?:19|20)\d\d)\s*[–/-]\s*((?:19|20)\d\d)\s*$", text
    )
    if session and meta.session_year is None:
        meta.session_year = f"{session.group(1)}-{session.group(2)}"
    if meta.chamber is None:
        meta.chamber = (
            "Eerste Kamer"
            if "Eerste Kamer" in text
            else ("Tweede Kamer" if "Tweede Kamer" in text else None)
        )


# --------------------------------------------------------------------------- build


def build(raw: RawDocument) -> Document:
    """Kind ``parliamentary_questions`` from an Aanhangsel (typeset PDF or official XML)."""
    doc = Document(
        raw=raw,
        kind=DocumentKind.parliamentary_questions,
        metadata=ParliamentaryQuestionsMetadata(),
    )
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryQuestionsMetadata)
    if raw.lines:
        paragraphs, label_to_id, furniture = _from_layout(raw, doc)
    else:
        paragraphs, label_to_id, furniture = _from_blocks(raw, doc)
    if doc.official_id is None and meta.session_year and meta.aanhangsel_number:
        chamber = "ek" if meta.chamber == "Eerste Kamer" else "tk"
        doc.official_id = (
            f"ah-{chamber}-{meta.session_year.replace('-', '')}-{meta.aanhangsel_number}"
        )

    intro_at = next((i for i, p in enumerate(paragraphs) if _INTRO.match(p.text)), None)
    body = paragraphs if intro_at is None else paragraphs[intro_at + 1 :]
    if intro_at is not None:
        _parse_intro(paragraphs[intro_at].text, doc, meta)
    reply_kind = None
    reply_at = next((i for i, p in enumerate(body[:3]) if _REPLY.match(p.text)), None)
    if reply_at is not None:
        reply = body[reply_at]
        reply_kind = _parse_reply(reply, doc, meta)
        body = body[:reply_at] + body[reply_at + 1 :]

    answers, notice = _qa_blocks(body, doc, label_to_id)
    meta.status = _status(answers, reply_kind, notice)
    if meta.status != "answered":
        meta.date_answered = None
    if doc.date is None and meta.date_submitted is not None:
        found = parse_date(meta.date_submitted.isoformat())
        if found is not None:
            doc.date, doc.date_precision = found.iso, found.precision
    everything = " ".join(
        [*(p.text for p in paragraphs), *(n.text for n in doc.footnotes), furniture]
    )
    meta.question_ids = list(
        dict.fromkeys(
            [
                *meta.question_ids,
                *(f"{m.group(1)}Z{m.group(2)}" for m in _QUESTION_ID.finditer(everything)),
            ]
        )
    )
    link_citations(doc)
    find_references(doc)
    _notice_references(doc, notice)
    return doc


def _notice_references(doc: Document, notice: list[_Para]) -> None:
    """The letter a notice points at, printed bare: ``(36 471-64)`` -> Kamerstuk 36471, nr. 64."""
    known = {(r.dossier, r.number) for r in doc.references}
    texts = {p.text for p in notice}
    for block in doc.blocks:
        if block.text not in texts:
            continue
        for match in _BARE_KAMERSTUK.finditer(block.text):
            dossier = match.group(1).replace(" ", "")
            if (dossier, match.group(3)) in known:
                continue
            known.add((dossier, match.group(3)))
            doc.references.append(
                Reference(
                    type=ReferenceType.kamerstuk,
                    text=match.group(0).strip("()"),
                    dossier=dossier,
                    suffix=match.group(2),
                    number=match.group(3),
                    block=block.id,
                )
            )


def _parse_reply(reply: _Para, doc: Document, meta: ParliamentaryQuestionsMetadata) -> str:
    """``Antwoord van …`` / ``Mededeling van …`` line: who replied, when; returns its kind."""
    match = _REPLY.match(reply.text)
    assert match is not None
    kind = match.group(1).lower()
    meta.answered_by = _reply_signatories(reply.text, meta.addressees)
    received = re.search(
        r"\(ontvangen\s+(?:\(ontvangen\s+)?([^()]+?)\)", reply.text, flags=re.IGNORECASE
    )
    when = parse_date(received.group(1)) if received else None
    if when is not None:
        meta.date_answered = _as_date(when.iso) if kind == "antwoord" else None
        doc.date, doc.date_precision = when.iso, when.precision
    for ref in re.finditer(
        r"Aanhangsel Handelingen,?\s+vergaderjaar\s+\d{4}\s*[–/-]\s*\d{4},?\s+nr\.?\s*\d+",
        reply.text,
    ):
        doc.add_block(BlockType.paragraph, ref.group(0), page=reply.page)
    return kind


def _qa_blocks(
    body: list[_Para], doc: Document, label_to_id: dict[str, str]
) -> tuple[int, list[_Para]]:
    """Question, answer and notice blocks; returns the number of answer blocks and the notice."""
    current: tuple[BlockType, str] | None = None
    notice: list[_Para] = []
    in_notice = False
    answers = 0
    for p in body:
        marker = _MARKER.match(p.text)
        if marker:
            kind = BlockType.question if marker.group(1).startswith("Vra") else BlockType.answer
            current = (kind, re.sub(r"\s+", " ", marker.group(2)))
            in_notice = False
            continue
        if p.text.strip() in {"Mededeling", "Mededeling:"}:
            in_notice, current = True, None
            continue
        refs = [label_to_id[label] for label in p.footnote_labels if label in label_to_id]
        if p.hint is not None and not in_notice:
            kind = BlockType.question if p.hint == "question" else BlockType.answer
            answers += kind is BlockType.answer
            doc.add_block(kind, p.text, page=p.page, number=p.number, footnote_refs=refs)
        elif in_notice:
            notice.append(p)
            doc.add_block(BlockType.paragraph, p.text, page=p.page, footnote_refs=refs)
        elif current is not None:
            answers += current[0] is BlockType.answer
            doc.add_block(current[0], p.text, page=p.page, number=current[1], footnote_refs=refs)
        else:
            doc.add_block(BlockType.paragraph, p.text, page=p.page, footnote_refs=refs)
    return answers, notice


_Status = Literal["answered", "answer_delayed", "answered_elsewhere", "unanswered"]


def _status(answers: int, reply_kind: str | None, notice: list[_Para]) -> _Status:
    if answers:
        return "answered"
    if reply_kind == "mededeling" or notice:
        text = " ".join(p.text for p in notice)
        if _ELSEWHERE.search(text) and not _DELAYED.search(text):
            return "answered_elsewhere"
        return "answer_delayed"
    return "unanswered"


def _parse_intro(intro: str, doc: Document, meta: ParliamentaryQuestionsMetadata) -> None:
    text = re.sub(r"\s+", " ", intro).strip()
    match = re.match(
        r"^Vragen (?:van|gesteld door) (?:het lid|de leden)\s+(?P<members>.+?)\s+aan\s+"
        r"(?P<to>(?:de|het)\s+.+?)\s+over\s+(?P<subject>.+?)\s*"
        r"(?:\(ingezonden\s+(?P<date>[^()]+)\))?\.?$",
        text,
        flags=re.IGNORECASE,
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
