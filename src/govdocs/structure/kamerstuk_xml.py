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
from ..document import Document, RawDocument
from ..models import BlockType, DocumentKind, ParliamentaryLetterMetadata
from ._text import footnotes_from_blocks, marked_footnotes
from .kamerstuk import document_heading, official_id, parse_dossier
from .references import find_references, link_citations
from .signatures import ministry_from_role, parse_signatories

__all__ = ["build", "detect"]

_ADDRESSEE = re.compile(r"^Aan\s+(?:de|het)\s+.+$")
_SESSION = re.compile(r"((?:19|20)\d\d)\s*[–/-]\s*((?:19|20)\d\d)")
_PLACE = re.compile(r"^([A-Z’'][^,\d]{1,40}?),?\s+\d{1,2}\s+\w+\s+\d{4}")


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
    dossier_text = ks.get("dossiernr") or _first(beside, "OVERHEIDop.dossiernummer").split(";")[0]
    if dossier_text:
        meta.dossier = parse_dossier(dossier_text)
        if meta.dossier is not None:
            meta.dossier.title = ks.get("dossiertitel") or (
                _first(beside, "OVERHEIDop.dossiertitel") or None
            )
    number = re.search(r"\d+", ks.get("ondernummer") or _first(beside, "OVERHEIDop.ondernummer"))
    meta.document_number = number.group(0) if number else None
    title = ks.get("titel") or _first(beside, "OVERHEIDop.documenttitel")
    if title:
        meta.heading, meta.document_type = document_heading(title)
    dateline = ks.get("datumtekst") or ""
    dated = parse_date(ks.get("datum") or "") or parse_date(dateline)
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


def build(raw: RawDocument) -> Document:
    """Kind ``parliamentary_letter`` from a Kamerstuk XML :class:`RawDocument`."""
    doc = Document(
        raw=raw, kind=DocumentKind.parliamentary_letter, metadata=ParliamentaryLetterMetadata()
    )
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    _metadata(raw, doc, meta)
    label_to_id = footnotes_from_blocks(doc, raw.blocks)
    for block in raw.blocks:
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
    meta.ministry = ministry_from_role(meta.signatories[0].role if meta.signatories else None)
    link_citations(doc)
    find_references(doc)
    return doc
