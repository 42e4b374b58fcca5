"""Fallback structure (kind ``other``): paragraphs in order, a title only when the first
block clearly is one, a date only when a dateline states it."""

from __future__ import annotations

from ..document import Document, RawDocument
from ..models import BlockType, DocumentKind, OtherMetadata
from ._text import join_lines, looks_like_title, take_dateline

__all__ = ["build", "detect"]

_HINTS = {
    "heading": BlockType.heading,
    "list_item": BlockType.list_item,
    "quote": BlockType.quote,
    "table": BlockType.table,
    "signature": BlockType.signature,
    "caption": BlockType.caption,
}


def detect(raw: RawDocument) -> float:
    return 0.01


def build(raw: RawDocument) -> Document:
    doc = Document(raw=raw, kind=DocumentKind.other, metadata=OtherMetadata())
    blocks = [b for b in raw.blocks if b.text.strip()]
    if raw.metadata.get("title"):
        doc.title = str(raw.metadata["title"]).strip() or None
    elif blocks and (blocks[0].hint == "heading" or looks_like_title(blocks[0].text, max_len=150)):
        doc.title = join_lines(blocks.pop(0).text)
    take_dateline(doc, blocks)
    for block in blocks:
        if block.hint == "footnote":
            doc.add_footnote(
                str(block.attrs.get("label") or len(doc.footnotes) + 1),
                join_lines(block.text),
                page=block.page,
            )
            continue
        kind = _HINTS.get(block.hint or "", BlockType.paragraph)
        level = block.level if kind is BlockType.heading and block.level else None
        if kind is BlockType.heading and level is None:
            level = 1
        doc.add_block(kind, join_lines(block.text), page=block.page, level=level)
    return doc
