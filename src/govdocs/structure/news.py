"""News items and press releases (kind ``news_item``) from plain text.

Layout: a title line, optionally a dateline, then body paragraphs; web extractions often end
with site navigation (``Last: …`` / ``Next: …``), which is removed and logged. The date is the
item's own dateline near the top: a date mentioned in the body is not the item's date, so an
item without a dateline gets ``date: null``.
"""

from __future__ import annotations

import re

from ..document import Document, RawDocument
from ..models import BlockType, DocumentKind, NewsItemMetadata
from ..normalise import log_edit
from ._text import join_lines, looks_like_title, standalone_date, take_dateline

__all__ = ["NAVIGATION", "build", "detect"]

#: Site navigation lines left behind by web extraction.
NAVIGATION = re.compile(
    r"(?i)^\s*(last|next|previous|prev|vorige|volgende|vorig bericht|volgend bericht|"
    r"previous article|next article|previous post|next post|related|lees ook|see also|"
    r"share|share this|print|delen|tags|back to top|terug naar boven)\s*[:>»|]\s*.*$"
)
_MAX_NEWS_CHARS = 15_000
_MAX_NEWS_BLOCKS = 40


def _is_navigation(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(NAVIGATION.match(line) for line in lines)


def detect(raw: RawDocument) -> float:
    if raw.format not in ("text", "markdown") or not raw.blocks:
        return 0.0
    total = sum(len(b.text) for b in raw.blocks)
    if total > _MAX_NEWS_CHARS or len(raw.blocks) > _MAX_NEWS_BLOCKS:
        return 0.05
    if not looks_like_title(raw.blocks[0].text):
        return 0.1
    prose = [b for b in raw.blocks[1:] if len(b.text) > 200]
    if not prose:
        return 0.1
    dated = any(standalone_date(b.text) for b in raw.blocks[1:3])
    return 0.6 if dated else 0.5


def build(raw: RawDocument) -> Document:
    doc = Document(raw=raw, kind=DocumentKind.news_item, metadata=NewsItemMetadata())
    blocks = list(raw.blocks)
    if blocks and looks_like_title(blocks[0].text):
        doc.title = join_lines(blocks.pop(0).text)
    take_dateline(doc, blocks)
    for block in blocks:
        text = join_lines(block.text)
        if _is_navigation(block.text):
            log_edit(doc, "navigation_debris", None, text, "")
            continue
        doc.add_block(BlockType.paragraph, text, page=block.page)
    return doc
