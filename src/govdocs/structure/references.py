"""References to other parliamentary documents, whatever the spelling.

``Kamerstuk 33 694, nr. 43``, ``Kamerstuk 35 925-X, nr. 90``, ``Kamerstuk 36200-XII-60``,
``Kamerstukken II 2022/23, 36200 XII, nr. 60``, ``Aanhangsel Handelingen II 2022/23, nr. 2214``
(also misspelt ``Aangangsels``), ``Handelingen II 2022/23, nr. 45, item 12``, named motions
(``motie De Hoop``, ``de motie van het lid Koopmans c.s.``, ``motie-Van der Plas``) and URLs.
"""

from __future__ import annotations

import re

from ..document import Document
from ..models import Reference, ReferenceType

__all__ = ["find_references", "link_citations", "references_in"]

_SESSION = r"(?P<y1>(?:19|20)\d\d)\s?[/–-]\s?(?P<y2>(?:19|20)?\d\d)"
_KAMERSTUK = re.compile(
    r"\bKamerstuk(?:ken)?(?:\s+(?:I|II|EK|TK))?(?:\s+" + _SESSION + r",?)?\s+"
    r"(?P<dossier>\d{2}\s?\d{3})"
    r"(?:(?:-|\s)(?P<suffix>[IVXLC]+|[A-Z]{1,2}|\d{1,3})(?![\w]))?"
    r"(?:(?:,\s*|\s+)nrs?\.?\s*(?P<number>\d+)|-(?P<number2>\d+))?"
)
_AANHANGSEL = re.compile(
    r"\bAan[hg]angsels?\s+(?:van\s+de\s+)?Handelingen(?:\s+(?:I|II|EK|TK))?,?\s+(?:vergaderjaar\s+)?"
    + _SESSION
    + r",?\s+(?:nr\.?|Aanhangselnummer)\s*(?P<number>\d+)",
    re.IGNORECASE,
)
_HANDELINGEN = re.compile(
    r"(?<!Aanhangsel )(?<!Aangangsels )(?<!Aanhangsels )\bHandelingen(?:\s+(?:I|II|EK|TK))?,?\s+(?:vergaderjaar\s+)?"
    + _SESSION
    + r",?\s+nr\.?\s*(?P<number>\d+)(?:,\s*item\s+(?P<item>\d+))?"
)
_NAME = r"(?:[A-Z][A-Za-zÀ-ÿ'’]+(?:-[A-Z][A-Za-zÀ-ÿ'’]+)*)"
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|in\s+'t|Van|De|Der|Den|Ter|Ten)"
_MEMBER = rf"(?P<member>(?:{_PARTICLE}\s+)*{_NAME}(?:\s+(?:{_PARTICLE}\s+)*{_NAME})?)"
_MOTION = re.compile(
    r"\b(?i:motie(?:s)?(?:-|\s+(?:van\s+(?:het\s+(?:kamer)?lid|de\s+leden|kamerlid|lid)\s+)?))"
    + _MEMBER
    + r"(?P<cs>\s+c\.s\.)?"
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>()\"']+[^\s<>()\"'.,;:]")
_BODIES = {"Kamer", "Commissie", "Raad", "Staten", "Senaat", "Regering", "Staten-Generaal"}
_NOT_MEMBERS = {"Kamerstuk", "Kamerstukken", "Handelingen", "Aanhangsel", "De", "Het", "Van", "In"}


def _session(match: re.Match[str]) -> str | None:
    if not match.groupdict().get("y1"):
        return None
    y1, y2 = match.group("y1"), match.group("y2")
    if len(y2) == 2:
        y2 = y1[:2] + y2
    return f"{y1}-{y2}"


def references_in(text: str, where: str | None = None) -> list[Reference]:
    """Every reference in ``text``, in order of appearance."""
    found: list[tuple[int, Reference]] = []
    for match in _KAMERSTUK.finditer(text):
        suffix, number = match.group("suffix"), match.group("number") or match.group("number2")
        if suffix and suffix.isdigit() and number is None:
            suffix, number = None, suffix
        found.append(
            (
                match.start(),
                Reference(
                    type=ReferenceType.kamerstuk,
                    text=match.group(0),
                    dossier=match.group("dossier").replace(" ", ""),
                    suffix=suffix,
                    number=number,
                    session_year=_session(match),
                    block=where,
                ),
            )
        )
    for pattern, kind in (
        (_AANHANGSEL, ReferenceType.aanhangsel),
        (_HANDELINGEN, ReferenceType.handelingen),
    ):
        for match in pattern.finditer(text):
            found.append(
                (
                    match.start(),
                    Reference(
                        type=kind,
                        text=match.group(0),
                        number=match.group("number"),
                        session_year=_session(match),
                        block=where,
                    ),
                )
            )
    for match in _MOTION.finditer(text):
        member = match.group("member").strip()
        first = member.split()[0]
        if (first in _NOT_MEMBERS and len(member.split()) == 1) or member.split()[-1] in _BODIES:
            continue
        if not any(part[:1].isupper() for part in member.split()):
            continue
        found.append(
            (
                match.start(),
                Reference(
                    type=ReferenceType.motion,
                    text=match.group(0).strip(),
                    member=member,
                    block=where,
                ),
            )
        )
    for match in _URL.finditer(text):
        found.append(
            (
                match.start(),
                Reference(
                    type=ReferenceType.url, text=match.group(0), url=match.group(0), block=where
                ),
            )
        )
    return [ref for _, ref in sorted(found, key=lambda item: item[0])]


def find_references(doc: Document) -> None:
    """Fill ``doc.references`` from every block and footnote (``block`` = where it occurs)."""
    refs: list[Reference] = []
    for block in doc.blocks:
        refs.extend(references_in(block.text, block.id))
    for note in doc.footnotes:
        refs.extend(references_in(note.text, note.id))
    doc.references = refs


def link_citations(doc: Document) -> None:
    """Set each footnote's ``cited_in`` to the first block that cites it."""
    for note in doc.footnotes:
        note.cited_in = next((b.id for b in doc.blocks if note.id in b.footnote_refs), None)
