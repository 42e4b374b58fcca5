"""Fallback structure (kind ``other``): paragraphs in order, a title only when the first
block clearly is one, a date only when a dateline states it."""

from __future__ import annotations

from ..document import Document, RawBlock, RawDocument
from ..models import BlockType, DocumentKind, OtherMetadata, SourceFormat
from ._text import (
    footnotes_from_blocks,
    join_lines,
    looks_like_title,
    marked_footnotes,
    take_dateline,
)
from .references import link_citations

__all__ = ["build", "detect"]

_HINTS = {
    "heading": BlockType.heading,
    "list_item": BlockType.list_item,
    "quote": BlockType.quote,
    "table": BlockType.table,
    "signature": BlockType.signature,
    "caption": BlockType.caption,
}


#: formats whose reader states which blocks are headings
_STYLED = frozenset({SourceFormat.odt, SourceFormat.docx})


def detect(raw: RawDocument) -> float:
    return 0.01


def build(raw: RawDocument) -> Document:
    doc = Document(raw=raw, kind=DocumentKind.other, metadata=OtherMetadata())
    blocks = [b for b in raw.blocks if b.text.strip()]
    if raw.metadata.get("title"):
        doc.title = str(raw.metadata["title"]).strip() or None
    elif blocks and (
        blocks[0].hint == "heading"
        # formats that mark headings themselves (ODT, DOCX) are not second-guessed
        or (
            raw.format not in _STYLED
            and blocks[0].hint != "table"
            and looks_like_title(blocks[0].text, max_len=150)
        )
    ):
        doc.title = join_lines(blocks.pop(0).text)
    take_dateline(doc, blocks)
    if any(b.attrs.get("footnote_marks") for b in blocks):
        # the reader says where each note is cited (ODT, DOCX): link them like the XML does
        label_to_id = footnotes_from_blocks(doc, blocks)
        for block in blocks:
            if block.hint != "footnote":
                _add(doc, block, marked_footnotes(block, label_to_id))
        link_citations(doc)
        return doc
    for block in blocks:
        if block.hint == "footnote":
            doc.add_footnote(
                str(block.attrs.get("label") or len(doc.footnotes) + 1),
                join_lines(block.text),
                page=block.page,
            )
            continue
        _add(doc, block, [])
    return doc


def _add(doc: Document, block: RawBlock, refs: list[str]) -> None:
    kind = _HINTS.get(block.hint or "", BlockType.paragraph)
    level = (
        block.level if kind in (BlockType.heading, BlockType.list_item) and block.level else None
    )
    if kind is BlockType.heading and level is None:
        level = 1
    number = block.attrs.get("number") if kind is BlockType.list_item else None
    doc.add_block(
        kind,
        block.text.strip() if kind is BlockType.table else join_lines(block.text),
        page=block.page,
        level=level,
        number=str(number) if number else None,
        footnote_refs=refs,
    )
