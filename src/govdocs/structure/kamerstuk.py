"""Published Kamerstukken (the officially published layout), from text or Markdown.

Layout: ``Vergaderjaar 2022–2023``, the dossier number (``33 694``, ``36 200 XII``,
``21 501-32``), the dossier title, ``Nr. 68``, the document heading in capitals (``BRIEF VAN DE
MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE``), the addressee (``Aan de Voorzitter van …``),
place and date (``Den Haag, 23 juni 2023``), the body with section headings, signatories, and
footnotes (here ``<sup>N</sup>`` marks and definitions). Sentences interrupted by a page break or
by footnote text are joined again, and the repair is logged.

The same metadata helpers serve the Kamerstuk XML module (:mod:`.kamerstuk_xml`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import parse_date
from ..document import Document, RawBlock, RawDocument
from ..models import (
    BlockType,
    DocumentKind,
    Dossier,
    ParliamentaryLetterMetadata,
    Signatory,
)
from ..normalise import log_edit
from . import pdf_layout
from .references import find_references, link_citations
from .signatures import is_role, looks_like_name, ministry_from_role, parse_signatories

__all__ = ["build", "detect", "document_heading", "official_id", "parse_dossier"]

_SESSION = re.compile(r"^Vergaderjaar\s+((?:19|20)\d\d)\s*[–/-]\s*((?:19|20)\d\d)$", re.IGNORECASE)
_DOSSIER = re.compile(r"^(\d{2}\s?\d{3})(?:[\s-]+([A-Z]{1,5}|\d{1,3}|[IVXLC]+))?$")
_NUMBER = re.compile(r"^Nr\.?\s*(\d+)$", re.IGNORECASE)
_NUMBER_HEADING = re.compile(
    r"^Nr\.?\s*(\d+)\s+([A-Z][A-Z ,.'’-]{8,}|"
    # (a rendering that keeps the heading in sentence case: "Nr. 4406 Brief van de minister …")
    r"(?:Brief|Motie|Amendement|Gewijzigd amendement|Nota|Verslag|Memorie|Voorstel|Advies|"
    r"Lijst|Verzoek|Besluit|Koninklijke boodschap)\s+(?:van|naar|over|inzake|tot|der|de|het)\b.{4,})$"
)
_DOSSIER_TITLED = re.compile(
    r"^(?P<dossier>\d{2}\s?\d{3}(?:[\s-]+(?:[IVXLC]+|[A-Z]{1,3}|\d{1,3})(?=\s))?)\s+(?P<title>[A-Z(].{3,})$"
)
_CHAMBER = re.compile(r"^(?:Tweede|Eerste) Kamer der Staten-Generaal(?:\s+\d)?$", re.IGNORECASE)
_KST_ID = re.compile(r"^kst-\d+(?:-[A-Z]+)?-\d+$")
_ADDRESSEE = re.compile(r"^Aan\s+(de|het)\s+(.+)$")
_TO_CHAMBER = re.compile(r"^Aan de Voorzitter van de (?:Tweede|Eerste) Kamer\b", re.IGNORECASE)
_PLACE_DATE = re.compile(r"^([A-Z][\w' .’-]+?),\s+(\d{1,2}\s+\w+\s+\d{4})\.?$")
_DOC_TYPES = (
    "brief",
    "motie",
    "amendement",
    "nota",
    "verslag",
    "memorie",
    "voorstel",
    "advies",
    "lijst",
    "verzoek",
    "besluit",
    "koninklijke boodschap",
    "gewijzigd amendement",
)
_SMALL = {
    "van",
    "voor",
    "en",
    "de",
    "het",
    "der",
    "op",
    "in",
    "te",
    "met",
    "over",
    "inzake",
    "aan",
    "tot",
}
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’»)]*$")


def detect(raw: RawDocument) -> float:
    head = [b.text.strip() for b in raw.blocks[:12]]
    score = 0.0
    if any(_SESSION.match(t) for t in head):
        score += 0.4
    if any(_NUMBER.match(t) or _NUMBER_HEADING.match(t) for t in head):
        score += 0.2
    if any(_DOSSIER.match(t) or _DOSSIER_TITLED.match(t) for t in head):
        score += 0.2
    if any(t.upper() == t and t.split(" ")[0].lower() in _DOC_TYPES for t in head if t):
        score += 0.15
    if (
        score >= 0.4
        and any(_TO_CHAMBER.match(t) for t in head)
        and any(_PLACE_DATE.match(t) for t in head)
    ):
        # numbered in its dossier, addressed to a chamber's president and dated at its place,
        # without the chamber's masthead and session (a rendering of the publication's text)
        score += 0.35
    return min(score, 0.95)


def parse_dossier(text: str) -> Dossier | None:
    """``33 694`` / ``36 200 XII`` / ``21 501-32`` -> :class:`Dossier`."""
    match = _DOSSIER.match(text.strip())
    if not match:
        return None
    return Dossier(number=match.group(1).replace(" ", ""), suffix=match.group(2))


def document_heading(text: str) -> tuple[str, str | None]:
    """The heading sentence-cased as officially written, and the document type.

    ``BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE`` ->
    ``Brief van de ministers van Buitenlandse Zaken en van Defensie``, ``brief``.
    """
    clean = re.sub(r"\s+", " ", text.strip())
    letters = [c for c in clean if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        lowered = clean.lower()

        def ministry(match: re.Match[str]) -> str:
            words = match.group(2).split(" ")
            return match.group(1) + " ".join(
                w if w in _SMALL else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                for w in words
            )

        # the names after "minister(s)/staatssecretaris(sen) van|voor" are proper names
        lowered = re.sub(
            r"((?:minister|ministers|staatssecretaris|staatssecretarissen|minister-president)\s+"
            r"(?:van|voor)\s+)(.+?)(?=\s+en\s+(?:van|voor)\s+|$)",
            ministry,
            lowered,
        )
        lowered = re.sub(
            r"(\sen\s+(?:van|voor)\s+)(.+?)(?=\s+en\s+(?:van|voor)\s+|$)", ministry, lowered
        )
        lowered = re.sub(
            r"(het lid |de leden )([a-z][\w' .-]+?)(?=\s+(?:ter vervanging|over|inzake)\b|$)",
            lambda m: (
                m.group(1)
                + " ".join(
                    w
                    if (w in _SMALL and i) or w == "c.s."
                    else "-".join(p.capitalize() for p in w.split("-"))
                    for i, w in enumerate(m.group(2).split(" "))
                )
            ),
            lowered,
        )
        clean = lowered[:1].upper() + lowered[1:]
    # a replacing version keeps its type: "Gewijzigde motie", "Nader gewijzigd amendement"
    core = re.sub(
        r"^(?:(?:tweede|derde|vierde)\s+)?(?:nader\s+)?gewijzigde?\s+", "", clean, flags=re.I
    )
    first = core.split(" ")[0].lower() if core else ""
    doc_type = next((t for t in _DOC_TYPES if core.lower().startswith(t)), None) or (
        first if first in _DOC_TYPES else None
    )
    return clean, doc_type


def official_id(meta: ParliamentaryLetterMetadata) -> str | None:
    if meta.dossier is None or meta.document_number is None:
        return None
    suffix = f"-{meta.dossier.suffix}" if meta.dossier.suffix else ""
    return f"kst-{meta.dossier.number}{suffix}-{meta.document_number}"


@dataclass
class _Body:
    block: RawBlock
    text: str
    refs: list[str] = field(default_factory=list)
    signature: bool = False


def build(raw: RawDocument) -> Document:
    doc = Document(
        raw=raw, kind=DocumentKind.parliamentary_letter, metadata=ParliamentaryLetterMetadata()
    )
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    source = _blocks_from_pdf(raw, doc) if raw.lines else raw.blocks
    blocks = [b for b in source if b.hint != "rule" and b.text.strip()]
    index = 0
    dossier_title: str | None = None
    # masthead
    while index < len(blocks) and index < 14:
        text = blocks[index].text.strip()
        if _CHAMBER.match(text):
            meta.chamber = "Eerste Kamer" if "Eerste" in text else "Tweede Kamer"
        elif text in {"1", "2"}:
            pass  # the chamber's number printed large beside its name
        elif (session := _SESSION.match(text)) is not None:
            meta.session_year = f"{session.group(1)}-{session.group(2)}"
        elif meta.dossier is None and (dossier := parse_dossier(text)) is not None:
            meta.dossier = dossier
        elif meta.dossier is None and (titled := _DOSSIER_TITLED.match(text)) is not None:
            meta.dossier = parse_dossier(titled.group("dossier"))
            dossier_title = titled.group("title").strip()
        elif (numbered := _NUMBER_HEADING.match(text)) is not None and meta.document_number is None:
            meta.document_number = numbered.group(1)
            meta.heading, meta.document_type = document_heading(numbered.group(2))
        elif (number := _NUMBER.match(text)) is not None:
            meta.document_number = number.group(1)
        elif meta.dossier is not None and meta.document_number is None and dossier_title is None:
            dossier_title = text
        elif meta.document_number is None and dossier_title and len(text) < 120:
            dossier_title = f"{dossier_title} {text}"  # a dossier title wrapped over lines
        elif meta.document_number is not None and meta.heading is None:
            meta.heading, meta.document_type = document_heading(text)
        elif (addressee := _ADDRESSEE.match(text)) is not None and meta.addressee is None:
            meta.addressee = (addressee.group(1) + " " + addressee.group(2)).capitalize()[:1] + (
                addressee.group(1) + " " + addressee.group(2)
            )[1:]
        elif (place := _PLACE_DATE.match(text)) is not None:
            meta.place = place.group(1)
            found = parse_date(place.group(2))
            if found is not None:
                doc.date, doc.date_precision = found.iso, found.precision
            index += 1
            break
        else:
            break
        index += 1
    if meta.dossier is not None and dossier_title:
        meta.dossier.title = dossier_title
    if meta.chamber is None and meta.addressee and "Tweede Kamer" in meta.addressee:
        meta.chamber = "Tweede Kamer"
    elif meta.chamber is None and meta.addressee and "Eerste Kamer" in meta.addressee:
        meta.chamber = "Eerste Kamer"
    doc.official_id = doc.official_id or official_id(meta)
    doc.title = "; ".join(t for t in (dossier_title, meta.heading) if t) or None

    body = blocks[index:]
    notes = [b for b in body if b.hint == "footnote"]
    label_to_id = {}
    for note in notes:
        label = str(note.attrs.get("label"))
        label_to_id[label] = doc.add_footnote(label, note.text, page=note.page).id
    # signatures: trailing blocks made of role and name lines
    content = [b for b in body if b.hint != "footnote"]
    signature_lines: list[str] = []
    signed_on: int | None = None  # the page the signature starts on
    while content and content[-1].hint is None and _is_signature_part(content[-1].text):
        signed_on = content[-1].page
        signature_lines = content.pop().text.split("\n") + signature_lines
    submitted = _is_submission(meta)
    if signature_lines and not any(is_role(line) for line in signature_lines) and not submitted:
        content.extend(RawBlock(text=line) for line in signature_lines)  # names only: not signed
        signature_lines = []
    if submitted and signature_lines and not any(is_role(line) for line in signature_lines):
        # the members under a motion or amendment are the ones who submit it
        meta.signatories = [
            Signatory(role=None, name=line.strip()) for line in signature_lines if line.strip()
        ]
    else:
        meta.signatories = parse_signatories(signature_lines)
    _proposed_date(doc, content)
    meta.ministry = ministry_from_role(meta.signatories[0].role if meta.signatories else None)
    heading_levels = sorted({b.level for b in content if b.hint == "heading" and b.level})
    pending: _Body | None = None
    interrupted = False
    items: list[_Body] = []
    for block in body:
        if block.hint == "footnote":
            interrupted = True
            continue
        if block not in content:
            continue
        refs = [
            label_to_id[label]
            for label, _ in block.attrs.get("footnote_marks", [])
            if label in label_to_id
        ]
        if block.hint is None and _signed_within(block.text):
            # a letter signed before what it sends (the fiches under a minister's cover letter):
            # the signature where it stands, never joined to the sentence before it
            lines = [line.strip() for line in block.text.split("\n") if line.strip()]
            items.append(_Body(block, "\n".join(lines), signature=True))
            if not meta.signatories:
                meta.signatories = parse_signatories(lines)
            pending = None
            interrupted = False
            continue
        current = _Body(block, block.text.replace("\n", " ").strip(), refs)
        if (
            pending is not None
            and block.hint is None
            and pending.block.hint is None
            and not _SENTENCE_END.search(pending.text)
            # a clause ending in a comma on the same page is a line of its own (a motion's
            # "De Kamer," / "gehoord de beraadslaging,"), not a sentence cut by a break
            # (in a PDF the layout has cut paragraphs by their geometry already: only a page
            # break or a footnote between them cuts a sentence)
            and (
                interrupted
                or block.page != pending.block.page
                or (not raw.lines and pending.text[-1:] not in ",;")
            )
        ):
            rule = "rejoin_footnote_break" if interrupted else "rejoin_page_break"
            log_edit(
                doc,
                rule,
                None,
                f"{pending.text[-30:]}¶{current.text[:30]}",
                f"{pending.text[-30:]} {current.text[:30]}",
            )
            pending.text = f"{pending.text} {current.text}"
            pending.refs += current.refs
            interrupted = False
            continue
        interrupted = False
        items.append(current)
        pending = current
    for item in items:
        block = item.block
        if item.signature:
            doc.add_block(BlockType.signature, item.text, page=block.page)
        elif block.hint == "heading":
            level = heading_levels.index(block.level) + 1 if block.level in heading_levels else 1
            doc.add_block(
                BlockType.heading,
                item.text,
                level=min(level, 6),
                footnote_refs=item.refs,
                page=block.page,
            )
        elif block.hint == "list_item":
            doc.add_block(
                BlockType.list_item,
                item.text,
                number=block.attrs.get("number"),
                footnote_refs=item.refs,
                page=block.page,
            )
        else:
            doc.add_block(BlockType.paragraph, item.text, footnote_refs=item.refs, page=block.page)
    if signature_lines:
        doc.add_block(
            BlockType.signature,
            "\n".join(line.strip() for line in signature_lines),
            page=signed_on,
        )
    link_citations(doc)
    find_references(doc)
    return doc


_PROPOSED = re.compile(r"^Voorgesteld\s+(?:op\s+)?(\d{1,2}\s+\w+\s+\d{4})\.?\s*")


def _is_submission(meta: ParliamentaryLetterMetadata) -> bool:
    """A motion or amendment: submitted by members, not signed by a minister."""
    heading = (meta.heading or "").upper()
    return meta.document_type in ("motie", "amendement", "gewijzigd amendement") or bool(
        re.search(r"\b(?:MOTIE|AMENDEMENT)\b", heading)
    )


def _proposed_date(doc: Document, content: list[RawBlock]) -> None:
    """``Voorgesteld 6 juli 2021`` (a motion's or amendment's date), in its own block or at the
    start of the first one: the record's date, and no longer body text."""
    for index, block in enumerate(content[:4]):
        found = _PROPOSED.match(block.text.strip())
        if found is None:
            continue
        dated = parse_date(found.group(1))
        if dated is None:
            return
        if doc.date is None:
            doc.date, doc.date_precision = dated.iso, dated.precision
        rest = block.text.strip()[found.end() :].strip()
        if rest:
            block.text = rest
        else:
            del content[index]
        return


def _signed_within(text: str) -> bool:
    """A signature standing in the body: an office with its comma over its holder's name
    (``De minister van Buitenlandse Zaken,`` / ``T.B.W. Berendsen``)."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return (
        2 <= len(lines) <= 4
        and is_role(lines[0])
        and lines[0].endswith(",")
        and _is_signature_part(text)
        and looks_like_name(lines[-1])
        and not is_role(lines[-1])
    )


def _is_signature_part(text: str) -> bool:
    """A block of role lines (``De Minister van Defensie,``) and/or signatory names."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return 1 <= len(lines) <= 6 and all(
        (is_role(line) and line.endswith(",")) or looks_like_name(line) for line in lines
    )


def _blocks_from_pdf(raw: RawDocument, doc: Document) -> list[RawBlock]:
    """The typeset Kamerstuk PDF as blocks: layout paragraphs with heading hints, footnotes."""
    layout = pdf_layout.analyse(raw)
    for edit in layout.edits:
        log_edit(doc, edit.rule, None, edit.before, edit.after)
    for line in layout.furniture:
        if _KST_ID.match(line.text.strip()):
            doc.official_id = line.text.strip()
    blocks: list[RawBlock] = []
    for p in layout.paragraphs:
        short = len(p.text) < 160 and not _SENTENCE_END.search(p.text)
        hint = "heading" if (p.bold or p.italic) and short and not _NUMBER.match(p.text) else None
        level = 2 if p.italic and not p.bold else 1
        marks = [(label, 0) for label in p.footnote_labels]
        text = (
            "\n".join(line.text for line in p.lines)
            if _is_signature_part("\n".join(line.text for line in p.lines))
            else p.text
        )
        blocks.append(
            RawBlock(
                text=text,
                page=p.page,
                hint=hint,
                level=level if hint else None,
                bold=p.bold,
                attrs={"footnote_marks": marks} if marks else {},
            )
        )
    for note in layout.footnotes:
        blocks.append(
            RawBlock(text=note.text, page=note.page, hint="footnote", attrs={"label": note.label})
        )
    return blocks
