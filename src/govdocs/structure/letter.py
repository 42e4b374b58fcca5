"""Ministry letters to parliament on letterhead (Kamerbrieven), from PDF or a text extraction.

Layout of the genre: a return-address line, the addressee block, a header of labelled fields
(``Datum``, ``Betreft``, sometimes ``Uw kenmerk``/``Ons kenmerk``), the letterhead sidebar on the
right of every page (ministry, addresses, ``Kenmerk``/``Ons kenmerk``, ``Bijlage(n)``), the
salutation, the body, a closing (``Hoogachtend,``) and one or more signatories.

Metadata comes from those labelled fields; the record's title is the subject (Betreft) and its
date the ``Datum``. Page furniture and footnotes are handled by :mod:`.pdf_layout`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..dates import parse_date
from ..document import Document, Line, RawDocument
from ..models import BlockType, DocumentKind, ParliamentaryLetterMetadata
from ..normalise import log_edit
from . import pdf_layout
from .references import find_references, link_citations
from .signatures import is_role, looks_like_name, ministry_from_role, parse_signatories

__all__ = ["build", "detect"]

_LABELS = {
    "datum": "date",
    "date": "date",
    "betreft": "subject",
    "onderwerp": "subject",
    "kenmerk": "reference",
    "ons kenmerk": "reference",
    "uw kenmerk": "your_reference",
    "onze referentie": "reference",
    "uw referentie": "your_reference",
    "uw brief": "your_reference",
    "bijlage(n)": "attachments",
    "bijlagen": "attachments",
    "bijlage": "attachments",
}
_LABEL_RE = re.compile(
    r"^(Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Uw brief|"
    r"Kenmerk|Bijlage\(n\)|Bijlagen|Bijlage)"
    r"(?:\s*:)?(?:\s+(.*))?$",
    re.IGNORECASE,
)
_SALUTATION = re.compile(r"^(?:Geachte|Zeer geachte|Beste|Dear)\b.{0,60},?$", re.IGNORECASE)
_CLOSING = re.compile(
    r"^(?:Hoogachtend|Met vriendelijke groet(?:en)?|Met de meeste hoogachting|Yours sincerely|"
    r"Kind regards)[,.]?$",
    re.IGNORECASE,
)
_POSTAL = re.compile(
    r"^(?:Postbus\s+\d+|\d{4}\s?[A-Z]{2}\b|[A-Z][\w.'’ -]+\s+\d+[a-z]?$|Prinses|Binnenhof|"
    r"Bezuidenhoutseweg|Rijnstraat|Turfmarkt|Korte Voorhout|Parnassusplein)",
)
_PLACE_DATE = re.compile(
    r"^((?:Den Haag|’s-Gravenhage|'s-Gravenhage|[A-Z][a-z]+)),\s+\d{1,2}\s+\w+\s+\d{4}\.?$"
)
_LIST_NUMBER = re.compile(r"^(\(?\d{1,2}[.)]|\(?[a-z][.)]|[•·▪●◦‒–—-])\s+")
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’»)]*$")


def detect(raw: RawDocument) -> float:
    texts = [line.text for line in raw.lines[:200]] or [
        line for block in raw.blocks[:60] for line in block.text.split("\n")
    ]
    head = "\n".join(texts)
    score = 0.0
    if re.search(r"(?m)^>?\s*Retouradres\b", head):
        score += 0.35
    if re.search(r"(?m)^Datum\b", head):
        score += 0.2
    if re.search(r"(?m)^(Betreft|Onderwerp)\b", head):
        score += 0.25
    if re.search(r"(?m)^(Ons |Uw )?[Kk]enmerk\b", head):
        score += 0.1
    if re.search(r"(?m)^(Geachte|Zeer geachte)\b", head):
        score += 0.1
    # a letter's body without its letterhead (text extractions): opens by addressing the
    # chair, ends with a closing formula or a minister's signature
    opening = "\n".join(texts[:12])
    if re.search(r"(?mi)^(?:Geachte|Zeer geachte)\s+(?:heer\s+|mevrouw\s+)?voorzitter\b", opening):
        score += 0.2
        tail = "\n".join(
            [line.text for line in raw.lines[-60:]]
            or [line for block in raw.blocks[-30:] for line in block.text.split("\n")]
        )
        if re.search(
            r"(?m)^(?:Hoogachtend|Met vriendelijke groet)|^(?:De |de )?(?:minister|staatssecretaris)\b",
            tail,
            re.IGNORECASE,
        ):
            score += 0.1
    if re.search(r"Aanhangsel|Handelingen|Vergaderjaar", head[:600]):
        score -= 0.5
    return max(0.0, min(score, 0.95))


@dataclass
class _Para:
    text: str
    page: int | None
    bold: bool = False
    italic: bool = False
    lines: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    #: ``(x0, y0)`` of every line (PDF only), to read side-by-side signatures column by column
    positions: tuple[tuple[float, float], ...] = ()


def _from_pdf(
    raw: RawDocument, doc: Document
) -> tuple[list[_Para], list[Line], list[pdf_layout.Footnote]]:
    layout = pdf_layout.analyse(raw)
    for edit in layout.edits:
        log_edit(doc, edit.rule, None, edit.before, edit.after)
    paras = [
        _Para(
            p.text,
            p.page,
            p.bold,
            p.italic,
            tuple(line.text for line in p.lines),
            tuple(p.footnote_labels),
            tuple((line.x0, line.y0) for line in p.lines),
        )
        for p in layout.paragraphs
    ]
    return paras, layout.sidebar, layout.footnotes


def _from_text(raw: RawDocument) -> list[_Para]:
    """Paragraphs of a plain-text extraction, reflowed where blank lines are missing."""
    lines = [
        line.strip()
        for block in raw.blocks
        for line in block.text.split("\n")
        if line.strip()
        and not pdf_layout.is_page_number(line)
        and not line.startswith("> Retouradres")
    ]
    lengths = sorted(len(line) for line in lines)
    typical = lengths[int(len(lengths) * 0.75)] if lengths else 80
    paras: list[_Para] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paras.append(_Para(" ".join(current), None, lines=tuple(current)))
            current.clear()

    for line in lines:
        if current and re.fullmatch(r"[.,;:!?)]+", line):
            current[-1] += line
            line = ""
        elif current and (
            _LIST_NUMBER.match(line)
            or _LABEL_RE.match(line)
            or _SALUTATION.match(line)
            or _CLOSING.match(line)
        ):
            flush()
        if line:
            current.append(line)
        last = current[-1] if current else ""
        if last and (
            _SALUTATION.match(last)
            or _CLOSING.match(last)
            or (_SENTENCE_END.search(last) and len(last) < 0.8 * typical)
        ):
            flush()
    flush()
    return paras


def _label_fields(lines: Iterable[str]) -> dict[str, str]:
    """``Datum 18 oktober 2023`` / ``Betreft …`` (with continuation lines) -> fields."""
    fields: dict[str, str] = {}
    current: str | None = None
    pending_label: str | None = None
    for line in lines:
        match = _LABEL_RE.match(line)
        if match:
            key = _LABELS[match.group(1).lower()]
            value = (match.group(2) or "").strip()
            if value:
                fields.setdefault(key, value)
                current, pending_label = key, None
            else:  # label alone on its line (sidebar style): value on the next line
                pending_label, current = key, None
            continue
        if pending_label is not None:
            fields.setdefault(pending_label, line.strip())
            current, pending_label = pending_label, None
            continue
        if current == "subject" and line.strip():
            fields["subject"] += " " + line.strip()
        elif current == "reference" and line.strip() and fields["reference"].rstrip()[-1:] in "/-":
            fields["reference"] += line.strip()
        else:
            current = None
    return fields


def _ministry(sidebar: list[Line]) -> str | None:
    first_page = [line for line in sidebar if line.page == 1]
    names: list[str] = []
    for line in first_page:
        if not line.bold:
            break
        names.append(line.text)
    text = " ".join(names).strip()
    return text if text.lower().startswith("ministerie") else None


def build(raw: RawDocument) -> Document:
    doc = Document(
        raw=raw, kind=DocumentKind.parliamentary_letter, metadata=ParliamentaryLetterMetadata()
    )
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    sidebar: list[Line] = []
    notes: list[pdf_layout.Footnote] = []
    if raw.lines:
        paras, sidebar, notes = _from_pdf(raw, doc)
    else:
        paras = _from_text(raw)
    # header: everything before the salutation
    start = next((i for i, p in enumerate(paras) if _SALUTATION.match(p.text)), None)
    header = paras[:start] if start is not None else []
    body = paras[start:] if start is not None else paras
    header_lines = [line for p in header for line in p.lines]
    fields = _label_fields([line.text for line in sidebar] + header_lines)
    addressee: list[str] = []
    for p in header:
        if _LABEL_RE.match(p.lines[0]) or p.lines[0].startswith(">"):
            continue
        for line in p.lines:
            if _POSTAL.match(line) or _LABEL_RE.match(line):
                break
            addressee.append(line)
        if addressee:
            break
    meta.addressee = " ".join(addressee) or None
    if "subject" in fields:
        meta.subject = re.sub(r"\s+", " ", fields["subject"]).strip()
        doc.title = meta.subject
    if "reference" in fields:
        meta.reference = re.sub(r"\s*/\s*", "/", fields["reference"]).strip()
    if "your_reference" in fields:
        meta.your_reference = fields["your_reference"].strip()
    if "attachments" in fields:
        number = re.match(r"\d+", fields["attachments"])
        meta.attachments = int(number.group(0)) if number else None
    if "date" in fields:
        found = parse_date(fields["date"])
        if found is not None:
            doc.date, doc.date_precision = found.iso, found.precision
    if doc.date is None:  # letters dated as "Den Haag, 18 oktober 2023" instead of a Datum field
        for line in header_lines:
            place_date = _PLACE_DATE.match(line)
            found = parse_date(line) if place_date else None
            if place_date and found is not None:
                doc.date, doc.date_precision = found.iso, found.precision
                meta.place = place_date.group(1).strip()
                break
    # closing and signatures
    closing_at = next((i for i, p in enumerate(body) if _CLOSING.match(p.text)), None)
    if closing_at is not None:
        signature_paras = body[closing_at + 1 :]
        body = body[: closing_at + 1]
    else:
        signature_paras = _trailing_signature(body)
        body = body[: len(body) - len(signature_paras)]
    signature_lines = _signature_lines(signature_paras)
    meta.signatories = parse_signatories(signature_lines)
    meta.ministry = _ministry(sidebar) or ministry_from_role(
        meta.signatories[0].role if meta.signatories else None
    )
    label_to_id: dict[str, str] = {}
    for note in notes:
        label_to_id.setdefault(
            note.label, doc.add_footnote(note.label, note.text, page=note.page).id
        )
    for p in body:
        _add_block(doc, p, label_to_id)
    if signature_lines:
        doc.add_block(BlockType.signature, "\n".join(signature_lines), page=signature_paras[0].page)
    link_citations(doc)
    find_references(doc)
    return doc


def _signature_lines(paras: list[_Para]) -> list[str]:
    """Signature lines in reading order; signatures set side by side (a table in Word) are read
    column by column, so each role stays with its own name."""
    placed = [
        (text, p.page or 0, *(p.positions[i] if i < len(p.positions) else (0.0, 0.0)))
        for p in paras
        for i, text in enumerate(p.lines)
    ]
    xs = [x for _, _, x, _ in placed]
    if not xs or max(xs) - min(xs) < 120:
        return [text for text, *_ in placed]
    left = min(xs)
    placed.sort(key=lambda item: (item[1], item[2] >= left + 120, -item[3]))
    return [text for text, *_ in placed]


def _trailing_signature(body: list[_Para]) -> list[_Para]:
    tail: list[_Para] = []
    for p in reversed(body):
        if all(is_role(line) or looks_like_name(line) for line in p.lines) and len(p.lines) <= 6:
            tail.insert(0, p)
        else:
            break
    if any(is_role(line) for p in tail for line in p.lines):
        return tail
    return []


_INLINE_MARKER = re.compile(r"(?:^|(?<=\s))(\d{1,2}|[a-z])\)\s+")


def _inline_items(text: str) -> list[tuple[str, str]] | None:
    """``1) Vermindering … 2) Substitutie … 3) …`` run on in one paragraph -> the items, when the
    markers count up from 1 (or a) in order; ``None`` otherwise."""
    markers = list(_INLINE_MARKER.finditer(text))
    if len(markers) < 2 or markers[0].start() != 0:
        return None
    first = markers[0].group(1)
    expected = (
        [str(i) for i in range(1, 30)] if first == "1" else list("abcdefghijklmnopqrstuvwxyz")
    )
    if first not in ("1", "a"):
        return None
    found: list[re.Match[str]] = []
    for match in markers:
        if match.group(1) == expected[len(found)]:
            found.append(match)
    if len(found) < 2 or len(found) != len(markers):
        return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [(m.group(1), text[m.end() : end].strip()) for m, end in zip(found, ends, strict=True)]


def _add_block(doc: Document, p: _Para, label_to_id: dict[str, str]) -> None:
    refs = [label_to_id[label] for label in p.labels if label in label_to_id]
    text = p.text
    if _SALUTATION.match(text):
        doc.add_block(BlockType.salutation, text, page=p.page)
        return
    if _CLOSING.match(text):
        doc.add_block(BlockType.closing, text, page=p.page)
        return
    marker = _LIST_NUMBER.match(text)
    short = len(text) < 160 and not _SENTENCE_END.search(text.rstrip())
    if (p.bold or p.italic) and short:
        numbered = re.match(r"^(\d+(?:\.\d+)*)\.?\s+", text)
        level = 1 if numbered is None else min(6, numbered.group(1).count(".") + 1)
        if p.italic and not p.bold:
            level += 1
        doc.add_block(BlockType.heading, text, page=p.page, level=level, footnote_refs=refs)
        return
    items = _inline_items(text)
    if items:
        for number, item in items:
            doc.add_block(
                BlockType.list_item,
                item,
                page=p.page,
                number=number,
                footnote_refs=[r for r in refs if item is items[-1][1]],
            )
        return
    if marker:
        label = marker.group(1).strip("().")
        doc.add_block(
            BlockType.list_item,
            text[marker.end() :],
            page=p.page,
            number=label if label not in "•·▪●◦‒–—-" else None,
            footnote_refs=refs,
        )
        return
    doc.add_block(BlockType.paragraph, text, page=p.page, footnote_refs=refs)
