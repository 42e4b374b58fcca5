"""Kamerstukken from the publisher's XML (``officiele-publicatie > kamerstuk``).

The same metadata as the published text layout (:mod:`.kamerstuk`), read from elements instead
of the page: ``kamerstukkop/tekstregel`` (chamber, session year), ``dossier`` (number, suffix,
title), ``stuk/stuknr/ondernummer`` (document number), ``stuk/titel`` (heading, document type),
``datumtekst`` (place and date, ``datum[@isodatum]`` preferred), the addressee (an addressee
element or the ``Aan de ...`` line), ``ondertekening`` (signatories) and ``noot`` footnotes linked
to the block that cites them. Element names for Kamerstukken are as third-party converters report
them (no real file could be checked), so every field falls back on ``metadata.xml`` beside the
document (``OVERHEIDop.vergaderjaar``, ``OVERHEIDop.dossiernummer``, ``OVERHEIDop.ondernummer``,
``OVERHEIDop.dossiertitel``, ``DC.creator``, ``DC.identifier``). The record id is the document's
identifier (``kst-33694-68``) or ``kst-<dossier>[-<suffix>]-<number>``.
"""

from __future__ import annotations

import re
from typing import Any

from ..dates import parse_date
from ..document import Document, RawBlock, RawDocument
from ..models import BlockType, DocumentKind, ParliamentaryLetterMetadata, Signatory
from ._text import footnotes_from_blocks, marked_footnotes
from .kamerstuk import document_heading, official_id, parse_dossier
from .op_meta import disagree, first
from .references import find_references, link_citations
from .signatures import is_role, looks_like_name, ministry_from_role, parse_signatories

__all__ = ["build", "detect"]

_DATE_TERMS = (
    "OVERHEIDop.datumIndiening",
    "OVERHEIDop.datumBrief",
    "OVERHEIDop.datumOndertekening",
)
_ADDRESSEE = re.compile(r"^Aan\s+(?:de|het)\s+.+$")
_SESSION = re.compile(r"((?:19|20)\d\d)\s*[–/-]\s*((?:19|20)\d\d)")
#: ``Den Haag, 7 juli 2023``; ``Voorgesteld 6 juli 2021`` states a date, not a place
_PLACE = re.compile(
    r"^(?!(?:Voorgesteld|Ingediend|Ontvangen|Gewijzigd|Vastgesteld)\b)"
    r"([A-Z’'][^,\d]{1,40}?),?\s+\d{1,2}\s+\w+\s+\d{4}"
)


#: a heading that stops on an article or preposition has lost its end
_LEADS_ON = re.compile(r"\b(?:van|de|het|der|voor|en|lid|leden)$", re.IGNORECASE)


def detect(raw: RawDocument) -> float:
    """Certain for an ``officiele-publicatie`` whose body is a ``kamerstuk``."""
    return 0.95 if raw.metadata.get("body") == "kamerstuk" else 0.0


def _first(beside: dict[str, list[str]], name: str) -> str:
    values = beside.get(name) or [""]
    return values[0]


def _metadata(raw: RawDocument, doc: Document, meta: ParliamentaryLetterMetadata) -> None:
    ks: dict[str, Any] = raw.metadata.get("kamerstuk") or {}
    beside: dict[str, list[str]] = raw.metadata.get("metadata_xml") or {}
    session = _SESSION.search(ks.get("vergaderjaar") or _first(beside, "OVERHEIDop.vergaderjaar"))
    if session:
        meta.session_year = f"{session.group(1)}-{session.group(2)}"
    chamber = " ".join(
        (ks.get("kamer") or "", _first(beside, "DC.creator"), ks.get("kameraanduiding") or "")
    )
    meta.chamber = (
        "Eerste Kamer" if "Eerste" in chamber else "Tweede Kamer" if "Tweede" in chamber else None
    )
    meta_dossier = _first(beside, "OVERHEIDop.dossiernummer").split(";")[0].strip()
    if meta_dossier and ks.get("dossiernr"):
        disagree(
            doc,
            raw,
            "dossier",
            "OVERHEIDop.dossiernummer",
            meta_dossier,
            re.sub(r"(?<=\d)\s(?=\d)", "", ks["dossiernr"]).replace(" ", "-"),
        )
    # the metadata states the dossier's number without its part (``21501`` for ``21 501-20``):
    # the printed number with a part is the fuller statement of the same dossier
    printed = parse_dossier(ks["dossiernr"]) if ks.get("dossiernr") else None
    if printed is not None and printed.suffix and printed.number == meta_dossier:
        meta_dossier = ""
    dossier_text = meta_dossier or ks.get("dossiernr")
    if dossier_text:
        meta.dossier = parse_dossier(dossier_text)
        if meta.dossier is not None:
            meta.dossier.title = ks.get("dossiertitel") or (
                _first(beside, "OVERHEIDop.dossiertitel") or None
            )
    meta_number = _first(beside, "OVERHEIDop.ondernummer")
    text_number = re.search(r"\d+", ks.get("ondernummer") or "")
    if meta_number and text_number:
        disagree(doc, raw, "document_number", "OVERHEIDop.ondernummer", meta_number,
                 text_number.group(0))  # fmt: skip
    number = re.search(r"\d+", meta_number or ks.get("ondernummer") or "")
    meta.document_number = number.group(0) if number else None
    title = ks.get("titel") or _first(beside, "OVERHEIDop.documenttitel")
    described = _first(beside, "OVERHEIDop.documenttitel")
    if title and described and _LEADS_ON.search(title.strip()):
        # a printed heading cut short ("MOTIE VAN "): the metadata's title, without the
        # summary it adds after "over"
        title = described.split(" over ")[0]
    if title:
        meta.heading, meta.document_type = document_heading(title)
    dateline = ks.get("datumtekst") or ""
    # the document's own date as the metadata states it (submission, letter date)
    term = next((n for n in _DATE_TERMS if first(beside, n)), None)
    own = first(beside, term) if term else None
    text_date = parse_date(ks.get("datum") or "") or parse_date(dateline)
    # (a motion printed without its "Voorgesteld" line: the publication date the metadata
    # states is the closest the document comes to a date of its own)
    issued = parse_date(first(beside, "DCTERMS.issued") or "")
    dated = parse_date(own or "") or text_date or issued
    if term and own and text_date is not None:
        disagree(doc, raw, "date", term, own, text_date.iso)
    if dated is not None:
        doc.date, doc.date_precision = dated.iso, dated.precision
    place = _PLACE.match(dateline)
    meta.place = place.group(1).strip() if place else None
    identifier = raw.metadata.get("identifier")
    doc.official_id = (
        identifier if identifier and identifier.startswith("kst-") else official_id(meta)
    )
    doc.title = "; ".join(t for t in (meta.dossier and meta.dossier.title, meta.heading) if t)
    doc.title = doc.title or None


_DATELINE = re.compile(r"^([A-Z’'][^,\d]{1,40}?),\s+(\d{1,2}\s+\w+\s+\d{4})\.?$")
_PROPOSED = re.compile(r"^Voorgesteld\s+(?:op\s+)?(\d{1,2}\s+\w+\s+\d{4})\.?\s*")


def _opening_lines(
    doc: Document, meta: ParliamentaryLetterMetadata, blocks: list[RawBlock]
) -> list[RawBlock]:
    """A ``Den Haag, 7 juli 2023`` line or ``Voorgesteld 6 juli 2021`` at the start of the body
    is the record's date (and place), not body text."""
    seen = 0
    for index, block in enumerate(blocks):
        if block.hint == "footnote" or (
            block.hint == "heading" and not _PROPOSED.match(block.text.strip())
        ):
            continue
        seen += 1
        if seen > 4:
            break
        text = " ".join(block.text.split())
        if (line := _DATELINE.match(text)) is not None:
            dated = parse_date(line.group(2))
            if dated is None:
                continue
            if doc.date is None:
                doc.date, doc.date_precision = dated.iso, dated.precision
            meta.place = meta.place or line.group(1).strip()
            return blocks[:index] + blocks[index + 1 :]
        if (proposed := _PROPOSED.match(text)) is not None:
            dated = parse_date(proposed.group(1))
            if dated is None:
                continue
            if doc.date is None:
                doc.date, doc.date_precision = dated.iso, dated.precision
            rest = text[proposed.end() :].strip()
            if rest:
                changed = RawBlock(text=rest, hint=block.hint, level=block.level, attrs=block.attrs)
                return [*blocks[:index], changed, *blocks[index + 1 :]]
            return blocks[:index] + blocks[index + 1 :]
    return blocks


def _is_submission(meta: ParliamentaryLetterMetadata) -> bool:
    heading = (meta.heading or "").upper()
    return meta.document_type in ("motie", "amendement") or bool(
        re.search(r"\b(?:MOTIE|AMENDEMENT)\b", heading)
    )


def _submitters(doc: Document, meta: ParliamentaryLetterMetadata) -> None:
    """The members under a motion or amendment submit it: each name is a signatory without a
    role, from the ``ondertekening`` or from the trailing name-only lines."""
    names: list[str] = []
    signature = next((b for b in doc.blocks if b.type is BlockType.signature), None)
    if signature is not None:
        names = [line.strip() for line in signature.text.split("\n") if line.strip()]
    else:
        while doc.blocks and doc.blocks[-1].type is BlockType.paragraph:
            # (a member's name closing the motion may carry its full stop: "Thijssen.")
            lines = [
                re.sub(r"(?<=[^\W\d_]{3})\.$", "", ln.strip())
                for ln in doc.blocks[-1].text.split("\n")
                if ln.strip()
            ]
            if not lines or not all(looks_like_name(ln) and not is_role(ln) for ln in lines):
                break
            names = lines + names
            doc.blocks.pop()
        if names:
            doc.add_block(BlockType.signature, "\n".join(names))
    if names and not any(is_role(name) for name in names):
        meta.signatories = [Signatory(role=None, name=name) for name in names]


def build(raw: RawDocument) -> Document:
    """Kind ``parliamentary_letter`` from a Kamerstuk XML :class:`RawDocument`."""
    doc = Document(
        raw=raw, kind=DocumentKind.parliamentary_letter, metadata=ParliamentaryLetterMetadata()
    )
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    _metadata(raw, doc, meta)
    label_to_id = footnotes_from_blocks(doc, raw.blocks)
    blocks = _opening_lines(doc, meta, list(raw.blocks))
    for block in blocks:
        refs = marked_footnotes(block, label_to_id)
        hint = block.hint
        if hint == "footnote":
            continue
        if meta.addressee is None and (hint == "addressee" or _ADDRESSEE.match(block.text)):
            text = re.sub(r"^Aan\s+", "", block.text.strip())
            meta.addressee = text[:1].upper() + text[1:]
            continue
        if hint == "signature":
            meta.signatories = meta.signatories or parse_signatories(block.text.split("\n"))
            doc.add_block(BlockType.signature, block.text)
        elif hint == "heading":
            doc.add_block(BlockType.heading, block.text, level=block.level or 1, footnote_refs=refs)
        elif hint == "list_item":
            doc.add_block(
                BlockType.list_item,
                block.text,
                number=block.attrs.get("number"),
                footnote_refs=refs,
            )
        elif hint == "table":
            doc.add_block(BlockType.table, block.text, footnote_refs=refs)
        elif hint == "salutation":
            doc.add_block(BlockType.salutation, block.text, footnote_refs=refs)
        elif hint == "closing":
            doc.add_block(BlockType.closing, block.text, footnote_refs=refs)
        else:
            doc.add_block(BlockType.paragraph, block.text, footnote_refs=refs)
    if _is_submission(meta):
        _submitters(doc, meta)
    meta.ministry = ministry_from_role(meta.signatories[0].role if meta.signatories else None)
    link_citations(doc)
    find_references(doc)
    return doc
