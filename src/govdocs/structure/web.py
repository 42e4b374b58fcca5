"""Web pages (HTML) from government sites: news items and other pages.

The page's own metadata decides: ``DCTERMS.type`` ``nieuwsbericht``/``persbericht`` or an
``article`` with an issue date is a ``news_item``; other pages are ``other``. The title is the
page's declared title (og:title, DCTERMS.title, else the ``h1``), the date its declared issue
date (``DCTERMS.issued``, ``article:published_time``, ``<time datetime>``) at day precision. A
dateline paragraph repeating that date (``Nieuwsbericht | 02-11-2023 | 09:00``) is not body text.
"""

from __future__ import annotations

import re

from ..dates import parse_date
from ..document import Document, RawDocument
from ..models import BlockType, DocumentKind, NewsItemMetadata, OtherMetadata
from ..normalise import log_edit
from ._text import standalone_date

__all__ = ["build", "detect"]

_NEWS_TYPES = {"nieuwsbericht", "persbericht", "news", "article", "nieuws", "press release"}
_HINTS = {
    "list_item": BlockType.list_item,
    "quote": BlockType.quote,
    "table": BlockType.table,
    "caption": BlockType.caption,
}
_DATELINE = re.compile(r"^(?:Nieuwsbericht|Persbericht|Nieuws|News)\s*\|", re.IGNORECASE)


def detect(raw: RawDocument) -> float:
    return 0.6 if raw.format.value == "html" else 0.0


def build(raw: RawDocument) -> Document:
    info = raw.metadata
    is_news = (info.get("type") or "") in _NEWS_TYPES and bool(info.get("date"))
    doc = Document(
        raw=raw,
        kind=DocumentKind.news_item if is_news else DocumentKind.other,
        metadata=NewsItemMetadata(publisher=info.get("publisher"), url=info.get("url"))
        if is_news
        else OtherMetadata(),
    )
    doc.title = info.get("title")
    declared = info.get("date") or ""
    iso = re.match(r"(\d{4}-\d{2}-\d{2})", declared)
    found = parse_date(iso.group(1)) if iso else parse_date(declared)
    if found is not None:
        doc.date, doc.date_precision = found.iso, found.precision
    for block in raw.blocks:
        text = block.text
        if block.hint == "heading" and block.level == 1 and text == doc.title:
            continue
        if _DATELINE.match(text) or (standalone_date(text) and doc.date and len(doc.blocks) < 2):
            log_edit(doc, "dateline", None, text, "")
            continue
        if block.hint == "heading":
            doc.add_block(BlockType.heading, text, level=block.level or 1)
        else:
            doc.add_block(_HINTS.get(block.hint or "", BlockType.paragraph), text)
    return doc
