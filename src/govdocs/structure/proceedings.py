"""Plenary proceedings (Handelingen), kind ``proceedings``, from official XML or typeset PDF.

Every speech block carries its speaker (``Block.speaker``: name, party, role); motions are blocks
of type ``motion`` (with the speaker who moved them); the agenda item is
``metadata.agenda_item`` and every distinct speaker is listed once in ``metadata.speakers``.

* **XML**: the identifier (``h-tk-20172018-61-10``, from ``externMetadataRecord`` or
  ``metadata.xml``) gives chamber, session year, meeting and item numbers; the meeting date comes
  from ``vergadering/vergaderdatum`` or ``metadata.xml`` beside the file, never from a guess.
* **PDF**: the page footer states the date (``8 februari 2024``), chamber and meeting
  (``TK 40 ...``) and ``meeting-item-page`` (``40-6-1``); the heading is ``<item> <agenda
  item>``; a speaker is announced by a line ending in a colon (``De heer De Hoop
  (GroenLinks-PvdA):``, ``Minister De Jonge:``, ``De voorzitter:``).

The session year, when the document does not print it, follows from the meeting date: a
parliamentary year starts on the third Tuesday of September (Prinsjesdag). The record id is
``h-<chamber>-<session>-<meeting>[-<item>]`` when all parts are known.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..dates import parse_date
from ..document import Document, RawDocument
from ..models import (
    Block,
    BlockType,
    DocumentKind,
    Person,
    ProceedingsMetadata,
    Reference,
    ReferenceType,
)
from ..normalise import log_edit
from . import pdf_layout
from ._text import footnotes_from_blocks, marked_footnotes, standalone_date
from .references import find_references

__all__ = ["build", "detect"]

_IDENTIFIER = re.compile(r"^h-(tk|ek|vv)-(\d{4})(\d{4})-(\d+)(?:-(\d+))?$")
_CHAMBERS = {"tk": "Tweede Kamer", "ek": "Eerste Kamer", "vv": "Verenigde Vergadering"}
_SPEAKER_LINE = re.compile(
    r"^(?P<prefix>De heer|Mevrouw|De voorzitter|Voorzitter|Minister(?:-president)?|"
    r"Staatssecretaris|De minister|De staatssecretaris)\s*(?P<name>[^:()]{0,60}?)\s*"
    r"(?:\((?P<party>[^()]+)\))?\s*:$"
)
#: procedural lines that nobody speaks: closing of the debate, suspension of the sitting
_PROCEDURAL = re.compile(
    r"^(?:De (?:beraadslaging|vergadering|algemene beraadslaging) wordt\b|"
    r"De vergadering wordt (?:van|om)\b|\((?:Applaus|Geroffel|Hilariteit)[^)]*\)$)"
)
#: the chair numbers a motion just moved: ``Zij krijgt nr. 1136 (32847).``
_MOTION_NUMBER = re.compile(
    r"^(?:Zij|Deze motie) krijgt (?:stuk )?nr\.\s*(\d+)\s*\((\d{2}\s?\d{3})(?:[-\s]([A-Z]+|[IVXLC]+))?\)"
)
_SENTENCE_END = re.compile(r"[.!?:;…]['\"”’»)]*$")
_FOOTER_MEETING = re.compile(r"^(TK|EK|VV)\s+(\d{1,3})\b")
_FOOTER_PAGE = re.compile(r"^(\d{1,3})-(\d{1,3})-(\d{1,3})$")


def session_year_of(day: dt.date) -> str:
    """The parliamentary year a meeting date falls in (it starts on Prinsjesdag, the third
    Tuesday of September): ``2024-02-08`` -> ``2023-2024``."""
    first = dt.date(day.year, 9, 1)
    prinsjesdag = first + dt.timedelta(days=(1 - first.weekday()) % 7 + 14)
    start = day.year if day >= prinsjesdag else day.year - 1
    return f"{start}-{start + 1}"


def _official_id(doc: Document, meta: ProceedingsMetadata) -> None:
    if doc.official_id or not (meta.chamber and meta.session_year and meta.meeting_number):
        return
    chamber = {v: k for k, v in _CHAMBERS.items()}[meta.chamber]
    item = f"-{meta.item_number}" if meta.item_number else ""
    doc.official_id = (
        f"h-{chamber}-{meta.session_year.replace('-', '')}-{meta.meeting_number}{item}"
    )


def _set_date(doc: Document, meta: ProceedingsMetadata, text: str) -> bool:
    dated = parse_date(text)
    if dated is None:
        return False
    doc.date, doc.date_precision = dated.iso, dated.precision
    if meta.session_year is None and len(dated.iso) == 10:
        meta.session_year = session_year_of(dt.date.fromisoformat(dated.iso))
    return True


def _pdf_furniture(lines: list[Any], doc: Document, meta: ProceedingsMetadata) -> None:
    """Date, chamber, meeting and item number from the running footer of a Handelingen PDF."""
    for line in lines:
        text = line.text.strip()
        if doc.date is None and standalone_date(text) is not None:
            _set_date(doc, meta, text)
        meeting = _FOOTER_MEETING.match(text)
        if meeting and meta.chamber is None:
            meta.chamber = _CHAMBERS[meeting.group(1).lower()]  # type: ignore[assignment]
            meta.meeting_number = meta.meeting_number or meeting.group(2)
        page = _FOOTER_PAGE.match(text)
        if page and meta.item_number is None:
            meta.meeting_number = meta.meeting_number or page.group(1)
            meta.item_number = page.group(2)
        identifier = _IDENTIFIER.match(text)
        if identifier and doc.official_id is None:
            _from_identifier(text, doc, meta)


def _from_identifier(identifier: str, doc: Document, meta: ProceedingsMetadata) -> bool:
    match = _IDENTIFIER.match(identifier)
    if match is None:
        return False
    doc.official_id = identifier
    meta.chamber = _CHAMBERS[match.group(1)]  # type: ignore[assignment]
    meta.session_year = f"{match.group(2)}-{match.group(3)}"
    meta.meeting_number = match.group(4)
    meta.item_number = match.group(5)
    return True


def _rejoin_split_speeches(doc: Document) -> None:
    """A sentence cut by a column or page break (``… deze enorme`` / ``misstanden. Er is …``)
    becomes one speech block again; the repair is logged."""
    kept: list[Block] = []
    for block in doc.blocks:
        prev = kept[-1] if kept else None
        if (
            prev is not None
            and block.type is BlockType.speech
            and prev.type is BlockType.speech
            and prev.speaker == block.speaker
            and not _SENTENCE_END.search(prev.text)
            and block.text[:1].islower()
        ):
            before = f"{prev.text[-30:]}¶{block.text[:30]}"
            prev.text = f"{prev.text} {block.text}"
            prev.footnote_refs += block.footnote_refs
            log_edit(doc, "rejoin_column_break", prev.id, before, before.replace("¶", " "))
            continue
        kept.append(block)
    if len(kept) != len(doc.blocks):
        doc.blocks = kept
        doc.renumber()


def _motion_number(text: str, doc: Document) -> None:
    """``Zij krijgt nr. 1136 (32847).`` after a motion: its Kamerstuk number as a reference."""
    match = _MOTION_NUMBER.match(text)
    motion = next((b for b in reversed(doc.blocks) if b.type is BlockType.motion), None)
    if match is None or motion is None or any(r.block == motion.id for r in doc.references):
        return
    doc.references.append(
        Reference(
            type=ReferenceType.kamerstuk,
            text=match.group(0),
            dossier=match.group(2).replace(" ", ""),
            suffix=match.group(3),
            number=match.group(1),
            block=motion.id,
        )
    )


def detect(raw: RawDocument) -> float:
    """Handelingen XML for certain; a PDF by the chair line, speaker announcements and the
    running footer (``TK 40 …``, ``40-6-1``)."""
    if raw.metadata.get("body") == "handelingen":
        return 0.95
    if not raw.lines:
        return 0.0
    head = " ".join(line.text for line in raw.lines[:40])
    if "Aanhangsel" in head:
        return 0.0
    score = 0.5 if re.search(r"\bVoorzitter:\s", head) else 0.0
    announced = sum(1 for line in raw.lines[:400] if _SPEAKER_LINE.match(line.text.strip()))
    score += 0.3 if announced >= 3 else 0.0
    if any(
        _FOOTER_MEETING.match(line.text.strip()) or _FOOTER_PAGE.match(line.text.strip())
        for line in raw.lines[:400]
    ):
        score += 0.15
    return min(score, 0.9) if score >= 0.5 else 0.0


def _person(speaker: dict[str, Any] | None) -> Person | None:
    if not speaker or not speaker.get("name"):
        return None
    return Person(name=speaker["name"], party=speaker.get("party"), role=speaker.get("role"))


def build(raw: RawDocument) -> Document:
    doc = Document(raw=raw, kind=DocumentKind.proceedings, metadata=ProceedingsMetadata())
    if not raw.lines:  # XML (the publisher's or VLOS) and the publisher's XHTML
        _from_xml(raw, doc)
    else:
        _from_pdf(raw, doc)
    meta = doc.metadata
    assert isinstance(meta, ProceedingsMetadata)
    seen: dict[tuple[str, str | None], Person] = {}
    for block in doc.blocks:
        if block.speaker is not None:
            seen.setdefault((block.speaker.name, block.speaker.party), block.speaker)
    meta.speakers = list(seen.values())
    extra = list(doc.references)
    find_references(doc)
    doc.references = extra + doc.references
    return doc


def _from_xml(raw: RawDocument, doc: Document) -> None:
    meta = doc.metadata
    assert isinstance(meta, ProceedingsMetadata)
    _from_identifier(raw.metadata.get("identifier") or "", doc, meta)
    beside: dict[str, list[str]] = raw.metadata.get("metadata_xml") or {}
    if meta.session_year is None:
        session = re.search(
            r"((?:19|20)\d\d)\s*[–/-]\s*((?:19|20)\d\d)",
            (beside.get("OVERHEIDop.vergaderjaar") or [""])[0],
        )
        meta.session_year = f"{session.group(1)}-{session.group(2)}" if session else None
    if meta.chamber is None:
        creator = " ".join(beside.get("DC.creator") or [])
        if "Tweede Kamer" in creator or "Eerste Kamer" in creator:
            meta.chamber = "Tweede Kamer" if "Tweede" in creator else "Eerste Kamer"
    meeting = raw.metadata.get("meeting") or {}
    if meeting.get("vergadering-nummer"):
        number = re.match(r"\d+", meeting["vergadering-nummer"])
        meta.meeting_number = number.group(0) if number else meta.meeting_number
    if not _set_date(doc, meta, meeting.get("vergaderdatum", "")):
        for key in ("OVERHEIDop.datumVergadering", "OVERHEIDop.vergaderdatum"):
            if beside.get(key) and _set_date(doc, meta, beside[key][0]):
                break
    agenda = raw.metadata.get("agenda") or []
    if len(agenda) == 1:  # one agenda item per file, as published; else a whole meeting
        meta.agenda_item = agenda[0].get("titel")
        meta.item_number = meta.item_number or agenda[0].get("nr")
    _official_id(doc, meta)
    doc.title = (
        meta.agenda_item
        or raw.metadata.get("title")
        or (f"{meeting.get('vergadering-nummer')}" if meeting.get("vergadering-nummer") else None)
    )
    label_to_id = footnotes_from_blocks(doc, raw.blocks)
    for block in raw.blocks:
        speaker = _person(block.attrs.get("speaker"))
        refs = marked_footnotes(block, label_to_id)
        if block.hint == "footnote":
            continue
        if block.hint == "heading":
            doc.add_block(BlockType.heading, block.text, level=block.level or 1)
        elif block.hint == "motion":
            added = doc.add_block(BlockType.motion, block.text, speaker=speaker, footnote_refs=refs)
            document = block.attrs.get("document") or ""
            match = re.match(r"kst-(\d+)(?:-([A-Z]+))?-(\d+)$", document)
            if match:
                doc.references.append(
                    Reference(
                        type=ReferenceType.kamerstuk,
                        text=block.attrs.get("motion_id") or document,
                        dossier=match.group(1),
                        suffix=match.group(2),
                        number=match.group(3),
                        block=added.id,
                    )
                )
        elif speaker is not None:
            doc.add_block(BlockType.speech, block.text, speaker=speaker, footnote_refs=refs)
        else:
            doc.add_block(BlockType.paragraph, block.text, footnote_refs=refs)


def _from_pdf(raw: RawDocument, doc: Document) -> None:
    meta = doc.metadata
    assert isinstance(meta, ProceedingsMetadata)
    layout = pdf_layout.analyse(raw, standalone=_SPEAKER_LINE)
    for edit in layout.edits:
        log_edit(doc, edit.rule, None, edit.before, edit.after)
    _pdf_furniture(layout.furniture, doc, meta)
    label_to_id = {
        n.label: doc.add_footnote(n.label, n.text, page=n.page).id for n in layout.footnotes
    }
    speaker: Person | None = None
    paragraphs = layout.paragraphs
    if paragraphs and paragraphs[0].text.isdigit():
        meta.item_number = meta.item_number or paragraphs[0].text
        paragraphs = paragraphs[1:]
    items: list[tuple[str | None, str]] = []  # (number, title) of each agenda item heading
    in_motion = False
    member: Person | None = None  # the last speaker who is not the chair: who moves motions
    for p in paragraphs:
        refs = [label_to_id[label] for label in p.footnote_labels if label in label_to_id]
        if p.bold and p.size > layout.body_size * 1.15:  # an agenda item starts
            numbered = re.match(r"^(\d{1,3})\s+(\S.*)$", p.text)
            items.append((numbered.group(1), numbered.group(2)) if numbered else (None, p.text))
            doc.add_block(BlockType.heading, p.text, level=1, page=p.page)
            speaker = member = None
            in_motion = False
            continue
        match = _SPEAKER_LINE.match(p.text)
        if match:
            prefix, name = match.group("prefix"), match.group("name").strip()
            if prefix.lower().endswith("voorzitter"):
                speaker = Person(name="De voorzitter", role="voorzitter")
            else:
                role = (
                    prefix
                    if prefix.lower().startswith(
                        ("minister", "staatssecretaris", "de minister", "de staatssecretaris")
                    )
                    else None
                )
                speaker = Person(name=name or prefix, party=match.group("party"), role=role)
                member = speaker
            in_motion = False
            continue
        if p.text.startswith("Voorzitter:") and p.bold:
            doc.add_block(BlockType.paragraph, p.text, page=p.page)
            continue
        if p.text.strip() == "Motie" or (p.text.startswith("Motie ") and p.bold):
            in_motion = True
        if in_motion:
            if doc.blocks and doc.blocks[-1].type is BlockType.motion:
                doc.blocks[-1].text += "\n" + p.text
                doc.blocks[-1].footnote_refs += refs
            else:
                # a member reads several motions in a row while the chair numbers each one
                mover = member if speaker is None or speaker.role == "voorzitter" else speaker
                doc.add_block(
                    BlockType.motion, p.text, page=p.page, speaker=mover, footnote_refs=refs
                )
            if p.text.startswith("en gaat over tot de orde van de dag"):
                in_motion = False
            continue
        _motion_number(p.text, doc)
        if speaker is not None and not _PROCEDURAL.match(p.text):
            doc.add_block(
                BlockType.speech, p.text, page=p.page, speaker=speaker, footnote_refs=refs
            )
        else:
            doc.add_block(BlockType.paragraph, p.text, page=p.page, footnote_refs=refs)
    _rejoin_split_speeches(doc)
    if len(items) == 1:
        meta.item_number = items[0][0] or meta.item_number
        meta.agenda_item = items[0][1]
    elif len(items) > 1:  # a whole meeting: no single agenda item
        meta.item_number = None
    doc.title = meta.agenda_item or (
        f"Vergadering {meta.meeting_number}" if meta.meeting_number else None
    )
    _official_id(doc, meta)
