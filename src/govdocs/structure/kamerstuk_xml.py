"""Kamerstukken from the publisher's XML (``officiele-publicatie > kamerstuk``).

The same metadata as the published text layout (:mod:`.kamerstuk`), read from elements instead
of the page: ``kamerstukkop/tekstregel`` (chamber, session year), ``dossier`` (number, title),
``stuk/stuknr/ondernummer`` (number), ``stuk/titel`` (heading, document type),
``datumtekst/datum[@isodatum]`` (place and date), ``ondertekening`` (signatories) and ``noot``
footnotes placed at their citation.
"""

from __future__ import annotations

import re

from ..dates import parse_date
from ..document import Document, RawDocument
from ..models import BlockType, DocumentKind, ParliamentaryLetterMetadata
from ._text import footnotes_from_blocks, marked_footnotes
from .kamerstuk import document_heading, official_id, parse_dossier
from .references import find_references, link_citations
from .signatures import ministry_from_role, parse_signatories

__all__ = ["build", "detect"]

_ADDRESSEE = re.compile(r"^Aan\s+(?:de|het)\s+.+$")


def detect(raw: RawDocument) -> float:
    return 0.95 if raw.metadata.get("body") == "kamerstuk" else 0.0


def build(raw: RawDocument) -> Document:
    doc = Document(
        raw=raw, kind=DocumentKind.parliamentary_letter, metadata=ParliamentaryLetterMetadata()
    )
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    ks = raw.metadata.get("kamerstuk") or {}
    session = re.search(r"(\d{4})\s*[–/-]\s*(\d{4})", ks.get("vergaderjaar", ""))
    if session:
        meta.session_year = f"{session.group(1)}-{session.group(2)}"
    chamber = ks.get("kamer", "")
    meta.chamber = (
        "Eerste Kamer" if "Eerste" in chamber else "Tweede Kamer" if "Tweede" in chamber else None
    )
    if ks.get("dossiernr"):
        meta.dossier = parse_dossier(ks["dossiernr"])
        if meta.dossier is not None:
            meta.dossier.title = ks.get("dossiertitel")
    number = re.search(r"\d+", ks.get("ondernummer") or "")
    meta.document_number = number.group(0) if number else None
    if ks.get("titel"):
        meta.heading, meta.document_type = document_heading(ks["titel"])
    dated = parse_date(ks.get("datum", "")) or parse_date(ks.get("datumtekst", ""))
    if dated is not None:
        doc.date, doc.date_precision = dated.iso, dated.precision
    place = re.match(r"^([^,]+),", ks.get("datumtekst", ""))
    meta.place = place.group(1).strip() if place else None
    doc.official_id = raw.metadata.get("identifier") or official_id(meta)
    doc.title = "; ".join(t for t in (ks.get("dossiertitel"), meta.heading) if t) or None
    label_to_id = footnotes_from_blocks(doc, raw.blocks)
    for block in raw.blocks:
        refs = marked_footnotes(block, label_to_id)
        if block.hint == "footnote":
            continue
        if meta.addressee is None and _ADDRESSEE.match(block.text):
            meta.addressee = block.text[4:5].upper() + block.text[5:]
            continue
        if block.hint == "signature":
            lines = block.text.split("\n")
            meta.signatories = parse_signatories(lines)
            doc.add_block(BlockType.signature, block.text)
        elif block.hint == "heading":
            doc.add_block(BlockType.heading, block.text, level=block.level or 1, footnote_refs=refs)
        elif block.hint == "list_item":
            doc.add_block(
                BlockType.list_item,
                block.text,
                number=block.attrs.get("number"),
                footnote_refs=refs,
            )
        elif block.hint == "table":
            doc.add_block(BlockType.table, block.text)
        else:
            doc.add_block(BlockType.paragraph, block.text, footnote_refs=refs)
    meta.ministry = ministry_from_role(meta.signatories[0].role if meta.signatories else None)
    link_citations(doc)
    find_references(doc)
    return doc
