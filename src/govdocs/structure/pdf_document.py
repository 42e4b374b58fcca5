"""PDFs that are not letters, questions or proceedings: reports, guides, notes, decisions of any
sender (kind ``report`` on evidence, else ``other``), read through the page layout.

Mechanisms of the genre, no rule for one document:

* **Layout** from :mod:`.pdf_layout`: running headers and footers (repeated once digits are
  masked), page numbers and the letterhead column are furniture; footnotes by size, position
  and numbering; paragraphs by geometry; words hyphenated across line ends rejoined.
* **Title** from the first page's typography: the largest text printed above the page's lower
  third, at least 15% larger than the body, its consecutive lines joined.
* **Date** stated on the cover: the first date on page 1 (then page 2) in Dutch, English or
  French (``Versie 0.5, 19 mei 2020``, ``Diemen, August 28th, 2020``, ``le 3 mars 2022``), with
  the precision written; a running date in a page header is furniture, not the cover's.
* **Kind** by evidence: a table of contents, numbered headings or a title page (a short first
  page in large type) make a report; otherwise ``other``.
* **Headings**: short paragraphs in a larger or bold font, levels by size rank; TOC lines (dot
  leaders, trailing page numbers) go to ``metadata.table_of_contents``.
"""

from __future__ import annotations

import re
from collections import Counter

from ..dates import find_dates
from ..document import Document, Line, RawDocument
from ..models import (
    BlockType,
    DatePrecision,
    DocumentKind,
    OtherMetadata,
    ReportMetadata,
    TocEntry,
)
from ..normalise import log_edit
from . import pdf_layout
from .references import find_references, link_citations

__all__ = ["build", "detect"]

_TOC_HEAD = re.compile(
    r"^(?:table of contents|contents|inhoud(?:sopgave)?|inhoudsopgave|sommaire|table des matières)$",
    re.IGNORECASE,
)
_TOC_ENTRY = re.compile(r"^(?P<title>\S.*?\S)\s*(?:\.{2,}|…+|\s{2,}|\s)\s*(?P<page>\d{1,4})$")
_NUMBERED = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\S")
#: A heading is at least this much larger than the body, or bold and short.
HEADING_RATIO = 1.12
TITLE_RATIO = 1.15


def detect(raw: RawDocument) -> float:
    """Every PDF the specific kinds do not claim; more surely the more report evidence."""
    if raw.format.value != "pdf" or not raw.lines:
        return 0.0
    return 0.02 + 0.6 * _report_evidence(raw)


def _report_evidence(raw: RawDocument) -> float:
    lines = raw.lines
    early = [line for line in lines if line.page <= 4]
    score = 0.0
    if any(_TOC_HEAD.match(line.text.strip()) for line in early):
        score += 0.6
    toc_lines = sum(bool(re.search(r"\.{4,}\s*\d{1,4}$", line.text)) for line in early)
    if toc_lines >= 3:
        score += 0.3
    body = _body_size(lines)
    numbered = {
        line.text.split()[0]
        for line in lines
        if _NUMBERED.match(line.text) and (line.size >= body * HEADING_RATIO or line.bold)
    }
    if len(numbered) >= 3:
        score += 0.3
    first = [line for line in lines if line.page == 1]
    title_page = first and len(first) <= 25 and max(x.size for x in first) >= body * 1.5
    if raw.pages and raw.pages >= 4 and title_page:
        score += 0.3  # a title page: few lines, large type
    return min(score, 1.0)


def _body_size(lines: list[Line]) -> float:
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _title(raw: RawDocument, body: float, furniture: set[int]) -> tuple[str | None, set[int]]:
    """The largest text on page 1 above its lower third, its lines joined, and their ids."""
    height = raw.page_sizes[0][1] if raw.page_sizes else 842.0
    first = [
        line
        for line in raw.lines
        if line.page == 1
        and id(line) not in furniture
        and line.y0 > height / 3
        and any(c.isalpha() for c in line.text)
        and not find_dates(line.text)
        and not pdf_layout.is_page_number(line.text)
    ]
    if not first:
        return None, set()
    top = max(line.size for line in first)
    if top < body * TITLE_RATIO:
        return None, set()
    chosen: list[Line] = []
    started = False
    for line in first:  # reading order: the title's lines are consecutive
        if chosen and chosen[-1].y0 - line.y0 > 2.2 * max(top, line.size):
            break  # further down the page: not the same title
        if abs(line.size - top) <= 0.5:
            chosen.append(line)
            started = True
        elif started and line.size >= body * TITLE_RATIO and line.size >= 0.6 * top:
            chosen.append(line)  # a subtitle in a smaller, still display, size
        elif started:
            break
    if not chosen:
        return None, set()
    text = " ".join(line.text.strip() for line in chosen)
    text = re.sub(r"(\w)- (\w)", r"\1\2", text) if re.search(r"\w- \w", text) else text
    text = re.sub(r"\s+", " ", text).strip()
    return (text if len(text) <= 400 else None), {id(line) for line in chosen}


def _cover_date(raw: RawDocument, furniture: set[int]) -> tuple[str, str] | None:
    """The first date of the cover (page 1, then 2); a date printed only in the running header
    or footer (``Versie 8.1, 15 december 2021`` on every page) counts when the pages hold no
    other."""
    for allow_furniture in (False, True):
        for page in (1, 2):
            for line in raw.lines:
                if line.page != page or (id(line) in furniture) != allow_furniture:
                    continue
                found = find_dates(line.text, numeric=True)
                if found:
                    return found[0].iso, found[0].precision.value
    return None


def _toc(texts: list[str]) -> tuple[list[TocEntry], set[int]]:
    """TOC entries among the paragraphs (their indexes), each ``title … page``."""
    entries: list[TocEntry] = []
    taken: set[int] = set()
    in_toc = False
    for index, text in enumerate(texts):
        if _TOC_HEAD.match(text.strip()):
            in_toc, taken = True, taken | {index}
            continue
        leader = re.search(r"\.{4,}|…{2,}", text)
        match = _TOC_ENTRY.match(text.strip())
        if match and (in_toc or leader):
            title = re.sub(r"[.…\s]+$", "", match.group("title")).strip()
            if title:
                level = (
                    1 + match.group("title").split()[0].count(".") if _NUMBERED.match(title) else 1
                )
                entries.append(
                    TocEntry(title=title, level=min(level, 6), page=int(match.group("page")))
                )
                taken.add(index)
                continue
        if in_toc and entries:
            in_toc = False
    return entries, taken


def build(raw: RawDocument) -> Document:
    is_report = _report_evidence(raw) >= 0.3
    doc = Document(
        raw=raw,
        kind=DocumentKind.report if is_report else DocumentKind.other,
        metadata=ReportMetadata() if is_report else OtherMetadata(),
    )
    layout = pdf_layout.analyse(raw)
    for edit in layout.edits:
        log_edit(doc, edit.rule, None, edit.before, edit.after)
    furniture = {id(line) for line in [*layout.furniture, *layout.sidebar]}
    body = layout.body_size
    title, title_lines = _title(raw, body, furniture)
    info_title = str(raw.metadata.get("pdf", {}).get("title") or "").strip()
    doc.title = title or (info_title if 3 <= len(info_title) <= 300 else None)
    found = _cover_date(raw, furniture)
    if found is not None:
        doc.date, precision = found
        doc.date_precision = DatePrecision(precision)
    paragraphs = [
        p for p in layout.paragraphs if not (p.lines and all(id(x) in title_lines for x in p.lines))
    ]
    entries, toc = _toc([p.text for p in paragraphs])
    if entries and isinstance(doc.metadata, ReportMetadata):
        doc.metadata.table_of_contents = entries
        paragraphs = [p for i, p in enumerate(paragraphs) if i not in toc]
    heading_sizes = sorted(
        {round(p.size, 1) for p in paragraphs if p.size >= body * HEADING_RATIO}, reverse=True
    )
    label_to_id: dict[str, str] = {}
    for note in layout.footnotes:
        label_to_id.setdefault(
            note.label, doc.add_footnote(note.label, note.text, page=note.page).id
        )
    for para in paragraphs:
        text = para.text.strip()
        if not text:
            continue
        short = len(text) <= 160 and "\n" not in text and not re.search(r"[.;:,]$", text)
        if short and round(para.size, 1) in heading_sizes:
            level = min(heading_sizes.index(round(para.size, 1)) + 1, 6)
            block = doc.add_block(BlockType.heading, text, level=level, page=para.page)
        elif short and para.bold and len(text) <= 120:
            level = len(heading_sizes) + 1
            block = doc.add_block(BlockType.heading, text, level=min(level, 6), page=para.page)
        else:
            block = doc.add_block(BlockType.paragraph, text, page=para.page)
        block.footnote_refs = [label_to_id[x] for x in para.footnote_labels if x in label_to_id]
    link_citations(doc)
    find_references(doc)
    return doc
