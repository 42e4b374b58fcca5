"""Plenary proceedings (Handelingen), kind ``proceedings``, from official XML or typeset PDF.

Every speech block carries its speaker (name, party, role); motions are blocks of type
``motion``; the agenda item is ``metadata.agenda_item``. From XML the identifier
(``h-tk-20172018-61-10``) gives chamber, session year, meeting and item numbers; the meeting
date comes from ``vergaderdatum`` or a ``metadata.xml`` beside the file, never from a guess.
In the PDF a speaker is announced by a bold line ending in a colon (``De heer De Hoop
(GroenLinks-PvdA):``).
"""

from __future__ import annotations

import re
from typing import Any

from ..dates import parse_date
from ..document import Document, RawDocument
from ..models import BlockType, DocumentKind, Person, ProceedingsMetadata, Reference, ReferenceType
from ..normalise import log_edit
from . import pdf_layout
from ._text import footnotes_from_blocks, marked_footnotes
from .references import find_references

__all__ = ["build", "detect"]

_IDENTIFIER = re.compile(r"^h-(tk|ek|vv)-(\d{4})(\d{4})-(\d+)(?:-(\d+))?$")
_CHAMBERS = {"tk": "Tweede Kamer", "ek": "Eerste Kamer", "vv": "Verenigde Vergadering"}
_SPEAKER_LINE = re.compile(
    r"^(?P<prefix>De heer|Mevrouw|De voorzitter|Voorzitter|Minister(?:-president)?|"
    r"Staatssecretaris|De minister|De staatssecretaris)\s*(?P<name>[^:()]{0,60}?)\s*"
    r"(?:\((?P<party>[^()]+)\))?\s*:$"
)


def detect(raw: RawDocument) -> float:
    if raw.metadata.get("body") == "handelingen":
        return 0.95
    head = " ".join(line.text for line in raw.lines[:40])
    if raw.lines and re.search(r"\bVoorzitter:\s", head) and "Aanhangsel" not in head:
        return 0.7
    return 0.0


def _person(speaker: dict[str, Any] | None) -> Person | None:
    if not speaker or not speaker.get("name"):
        return None
    return Person(name=speaker["name"], party=speaker.get("party"), role=speaker.get("role"))


def build(raw: RawDocument) -> Document:
    doc = Document(raw=raw, kind=DocumentKind.proceedings, metadata=ProceedingsMetadata())
    if raw.format.value == "xml":
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
    identifier = raw.metadata.get("identifier")
    if identifier and (match := _IDENTIFIER.match(identifier)):
        doc.official_id = identifier
        meta.chamber = _CHAMBERS[match.group(1)]  # type: ignore[assignment]
        meta.session_year = f"{match.group(2)}-{match.group(3)}"
        meta.meeting_number = match.group(4)
        meta.item_number = match.group(5)
    meeting = raw.metadata.get("meeting") or {}
    if meeting.get("vergadering-nummer"):
        number = re.match(r"\d+", meeting["vergadering-nummer"])
        meta.meeting_number = number.group(0) if number else meta.meeting_number
    dated = parse_date(meeting.get("vergaderdatum", ""))
    beside = raw.metadata.get("metadata_xml") or {}
    for key in ("OVERHEIDop.datumVergadering", "OVERHEIDop.vergaderdatum"):
        if dated is None and beside.get(key):
            dated = parse_date(beside[key][0])
    if dated is not None:
        doc.date, doc.date_precision = dated.iso, dated.precision
    agenda = raw.metadata.get("agenda") or []
    if agenda:
        meta.agenda_item = agenda[0].get("titel")
        meta.item_number = agenda[0].get("nr") or meta.item_number
    doc.title = meta.agenda_item or (
        f"{meeting.get('vergadering-nummer')}" if meeting.get("vergadering-nummer") else None
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
    label_to_id = {
        n.label: doc.add_footnote(n.label, n.text, page=n.page).id for n in layout.footnotes
    }
    speaker: Person | None = None
    paragraphs = layout.paragraphs
    if paragraphs and paragraphs[0].text.isdigit():
        meta.item_number = paragraphs[0].text
        paragraphs = paragraphs[1:]
    if paragraphs and paragraphs[0].bold:
        meta.agenda_item = paragraphs[0].text
        doc.title = meta.agenda_item
        doc.add_block(BlockType.heading, paragraphs[0].text, level=1, page=paragraphs[0].page)
        paragraphs = paragraphs[1:]
    in_motion = False
    for p in paragraphs:
        refs = [label_to_id[label] for label in p.footnote_labels if label in label_to_id]
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
                doc.add_block(
                    BlockType.motion, p.text, page=p.page, speaker=speaker, footnote_refs=refs
                )
            if p.text.startswith("en gaat over tot de orde van de dag"):
                in_motion = False
            continue
        if speaker is not None:
            doc.add_block(
                BlockType.speech, p.text, page=p.page, speaker=speaker, footnote_refs=refs
            )
        else:
            doc.add_block(BlockType.paragraph, p.text, page=p.page, footnote_refs=refs)
