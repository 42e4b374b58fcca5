"""Reports and white papers from PDF text (kind ``report``), e.g. seed 003.

Layout: a title, a date (often a month: ``March 2021`` -> ``date: "2021-03"``, month
precision), a table of contents (``CONTENT``/``Contents``/``Inhoud`` followed by entries ending in
page numbers, such as ``- I. About the Forum 3``) kept as ``metadata.table_of_contents`` and not
repeated as body text, headings with levels (roman numerals 1, arabic numbers 2, ``Thematic
session #1: …`` 3), paragraphs, acknowledgments, and contact/URL lines as ``contact`` blocks.
Paragraphs split at page breaks are joined by the normaliser (``rejoin_page_break``).
"""

from __future__ import annotations

import re

from ..document import Document, RawDocument
from ..models import BlockType, DocumentKind, ReportMetadata, TocEntry
from ._text import join_lines, looks_like_title, standalone_date

__all__ = ["build", "detect"]

_TOC_HEAD = re.compile(r"^(?:table of )?contents?|inhoud(?:sopgave)?|sommaire$", re.IGNORECASE)
_TOC_ENTRY = re.compile(r"^(?:[-•·]\s*)?(?P<title>.+?)\s*\.{0,}\s+(?P<page>\d{1,4})$")
_ROMAN = re.compile(r"^(?P<num>[IVXL]+)\s?\.\s+(?P<title>\S.{0,150})$")
_ARABIC = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<title>[A-Z]\S.{0,140})$")
_SESSION = re.compile(r"^(?:Thematic|Parallel|Plenary)\s+[Ss]ession\s+#?\d+\s*:", re.IGNORECASE)
_NAMED = re.compile(
    r"^(?:Acknowledge?ments?|Foreword|Preface|Introduction|Conclusions?|Executive Summary|"
    r"Summary|References|Annex(?:es)?|Appendix|Dankwoord|Inleiding|Samenvatting|Conclusie)$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]*@\S+\.\w+|\b(?:Website|Contact|E-?mail|Tel)\s*:",
    re.IGNORECASE,
)


def detect(raw: RawDocument) -> float:
    if raw.format.value not in ("text", "markdown") or not raw.blocks:
        return 0.0
    texts = [b.text.strip() for b in raw.blocks]
    score = 0.0
    if any(_TOC_HEAD.match(t) for t in texts[:20]):
        score += 0.45
    headings = sum(bool(_ROMAN.match(t) or _SESSION.match(t)) for t in texts)
    score += min(0.3, 0.1 * headings)
    if sum(len(t) for t in texts) > 15_000:
        score += 0.15
    if any(
        re.search(r"\b(?:White Paper|Report|Rapport|Annual Report|Jaarverslag)\b", t)
        for t in texts[:3]
    ):
        score += 0.15
    return min(score, 0.9)


def _heading(text: str) -> int | None:
    if "\n" in text or len(text) > 160 or re.search(r"[.;,]$", text):
        return None
    if _ROMAN.match(text):
        return 1
    if _SESSION.match(text):
        return 3
    match = _ARABIC.match(text)
    if match:
        return min(6, 2 + match.group("num").count("."))
    if _NAMED.match(text):
        return 1
    return None


def _toc(lines: list[str]) -> list[TocEntry] | None:
    entries = []
    for line in lines:
        match = _TOC_ENTRY.match(line.strip())
        if not match:
            return None
        title = match.group("title").strip()
        level = _heading(title) or 1
        entries.append(TocEntry(title=title, level=level, page=int(match.group("page"))))
    return entries or None


def build(raw: RawDocument) -> Document:
    doc = Document(raw=raw, kind=DocumentKind.report, metadata=ReportMetadata())
    meta = doc.metadata
    assert isinstance(meta, ReportMetadata)
    blocks = [b for b in raw.blocks if b.text.strip()]
    if blocks and looks_like_title(blocks[0].text, max_len=300):
        doc.title = join_lines(blocks.pop(0).text)
    for index, block in enumerate(blocks[:3]):
        found = standalone_date(block.text)
        if found is not None:
            doc.date, doc.date_precision = found.iso, found.precision
            blocks.pop(index)
            break
    index = 0
    while index < len(blocks):
        text = blocks[index].text.strip()
        if _TOC_HEAD.match(text):
            entries: list[TocEntry] = []
            look = index + 1
            while look < len(blocks):
                found_entries = _toc(blocks[look].text.split("\n"))
                if not found_entries:
                    break
                entries += found_entries
                look += 1
            if entries:
                meta.table_of_contents = entries
                del blocks[index:look]
                continue
        index += 1
    for block in blocks:
        text = join_lines(block.text)
        level = _heading(text)
        if level is not None:
            doc.add_block(BlockType.heading, re.sub(r"^([IVXL]+)\s\.", r"\1.", text), level=level)
        elif _CONTACT.search(text) and len(text) < 400 and len(_CONTACT.findall(text)) >= 2:
            doc.add_block(BlockType.contact, text)
        elif block.hint == "list_item":
            doc.add_block(BlockType.list_item, text, number=block.attrs.get("number"))
        else:
            doc.add_block(BlockType.paragraph, text)
    return doc
