"""Other publications of the ``officiele-publicatie`` family (Staatsblad, Staatscourant,
Gemeenteblad, Provinciaal blad, Tractatenblad ...), kind ``other``: title, date and id.

Read from the XML or the publisher's HTML (both reach this module as the same blocks, see
:mod:`govdocs.readers.op_family`). The id is ``DC.identifier`` (``stb-2014-296``); the title is
``DC.title`` (else the ``intitule`` or first heading that is not the masthead ``Staatsblad van
het Koninkrijk der Nederlanden``); the date is the publication date ``DCTERMS.issued`` (else
``DCTERMS.available``, else the signing date ``OVERHEIDop.datumOndertekening``, else a dateline
in the text); the Tractatenblad, which publishes treaties signed elsewhere, is dated by its issue. Where metadata and text state a value differently the metadata wins and a
``metadata_disagrees`` warning names both (see :func:`govdocs.structure.op_meta.disagree`).
"""

from __future__ import annotations

import re

from ..dates import FoundDate, parse_date
from ..document import Document, RawBlock, RawDocument
from ..models import BlockType, DocumentKind, OtherMetadata
from ._text import join_lines
from .op_meta import disagree, first

__all__ = ["build", "detect"]

_HINTS = {
    "heading": BlockType.heading,
    "list_item": BlockType.list_item,
    "table": BlockType.table,
    "signature": BlockType.signature,
}
_PARLIAMENTARY = {"kamerstuk", "handelingen", "aanhangsel", "kamervragen"}
#: series publishing texts made elsewhere: their own date is the date of issue
_PUBLISHED_ELSEWHERE = frozenset({"tractatenblad"})
_MASTHEADS = ("staatsblad", "staatscourant", "gemeenteblad", "provinciaal blad", "tractatenblad")


def detect(raw: RawDocument) -> float:
    """A publication of the family that is not a parliamentary document."""
    if raw.metadata.get("root") != "officiele-publicatie":
        return 0.0
    return 0.0 if raw.metadata.get("body") in _PARLIAMENTARY else 0.9


def _is_masthead(text: str) -> bool:
    lowered = text.lower()
    return lowered.startswith(_MASTHEADS) and len(text) < 80


_DAY = r"\d(?:\s?\d)?"
_MONTHS = (
    r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|"
    r"december)"
)
#: ``Wassenaar, 14 juli 2014`` (a signing line; the publisher sometimes splits the day: ``2 3``)
_DATELINE = re.compile(rf"^[A-Z’'][^,\d]{{1,40}},\s*(?:de\s+)?({_DAY}\s+{_MONTHS}\s+\d{{4}})[.,]?$")
#: ``Besluit van 9 maart 2018, houdende ...``; ``Publicatiedatum: 7 maart 2017``
_STATED = re.compile(
    rf"^(?:(?:Besluit|Regeling|Wet|Beschikking|Verordening) van|Publicatiedatum:|Datum:)\s+"
    rf"({_DAY}\s+{_MONTHS}\s+\d{{4}})",
    re.IGNORECASE,
)


def _text_date(blocks: list[RawBlock]) -> FoundDate | None:
    """The date the document states for itself: its signing line (``dagtekening``, ``Place, d
    month yyyy``), else the date in its title or a ``Publicatiedatum`` line."""
    for pattern in (_DATELINE, _STATED):
        for block in blocks:
            text = join_lines(block.text).strip()
            found = pattern.match(text)
            if block.attrs.get("element") == "dagtekening" and not found:
                found = re.search(rf"({_DAY}\s+{_MONTHS}\s+\d{{4}})", text)
            if found:
                day = re.sub(r"^(\d)\s(\d)", r"\1\2", found.group(1))
                dated = parse_date(day)
                if dated is not None:
                    return dated
    return None


def build(raw: RawDocument) -> Document:
    doc = Document(raw=raw, kind=DocumentKind.other, metadata=OtherMetadata())
    tags: dict[str, list[str]] = raw.metadata.get("metadata_xml") or {}
    doc.official_id = raw.metadata.get("identifier") or None
    blocks = [b for b in raw.blocks if b.text.strip()]
    text_title = next(
        (
            join_lines(b.text)
            for b in blocks
            if (b.hint == "heading" or b.attrs.get("element") == "intitule")
            and not _is_masthead(b.text)
        ),
        None,
    )
    meta_title = first(tags, "DC.title")
    doc.title = meta_title or text_title
    if meta_title and text_title:
        disagree(doc, raw, "title", "DC.title", meta_title, text_title)
    signed = parse_date(first(tags, "OVERHEIDop.datumOndertekening") or "")
    stated = _text_date(blocks)
    issued = parse_date(first(tags, "DCTERMS.issued") or first(tags, "DCTERMS.available") or "")
    if raw.metadata.get("body") in _PUBLISHED_ELSEWHERE:
        dated = issued or signed or stated  # a treaty's signing is not the publication's date
    else:
        dated = signed or stated or issued
    if dated is not None:
        doc.date, doc.date_precision = dated.iso, dated.precision
    if signed is not None and stated is not None:
        disagree(doc, raw, "date", "OVERHEIDop.datumOndertekening", signed.iso, stated.iso)
    for block in blocks:
        if block.hint == "footnote":
            doc.add_footnote(
                str(block.attrs.get("label") or len(doc.footnotes) + 1), join_lines(block.text)
            )
            continue
        kind = _HINTS.get(block.hint or "", BlockType.paragraph)
        level = (block.level or 1) if kind is BlockType.heading else None
        doc.add_block(kind, join_lines(block.text), level=level, number=block.attrs.get("number"))
    return doc
