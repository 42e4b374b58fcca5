"""Protected spans: the parts of a sentence govdocs renders itself, never the model.

Numbers and amounts (Dutch ``1.000,5`` → ``1,000.5``, ``€ 1,2 miljard`` → ``€1.2 billion``), dates
(``16 februari 2023`` → ``16 February 2023``), parliamentary references (``Kamerstuk 33 694, nr.
68`` → ``Parliamentary Paper 33 694, no. 68``, the patterns of :mod:`govdocs.structure.references`),
URLs, e-mail addresses, case numbers (kenmerken, ``2024Z03522``), the names of the people and
bodies in the record's own metadata (kept as written) and glossary terms (their official English
name).

How they reach the target: **split and reinsert**. The sentence is cut at its protected spans;
the pieces between them go to the model (in the same single batch as every other sentence, and
through the translation memory), and the target is the translated pieces with each span's English
rendering put back in its place. The alternative, placeholder tokens the model is meant to copy
(``⟨1⟩`` or an unused vocabulary piece), was measured on the test model by ``bench/translate.py``
(``placeholders kept``): a model that was not trained on placeholders drops or mangles them. On
the 65 corpus sentences with spans, the test model kept every placeholder in 0 of 65 with
``⟦0⟧`` (characters outside the vocabulary: ``<unk>``) and 0 of 65 with ``XX0XX`` (plain
pieces); Argos' trained models are not trained on placeholders either, so a sentence with one
would need a fallback anyway and the target could not be *guaranteed* to hold the span. Split-and-reinsert guarantees it by construction, costs nothing for sentences without spans
(they go to the model unchanged, so their text is exactly what it was), and only pays in fluency
at the cut points of sentences that have spans (a real model sees ``Op`` and ``vond de conferentie
plaats`` as separate inputs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..dates import find_dates
from ..document import Document
from ..models import (
    ParliamentaryLetterMetadata,
    ParliamentaryQuestionsMetadata,
    ProceedingsMetadata,
    ReportMetadata,
)
from ..structure.references import _AANHANGSEL, _HANDELINGEN, _KAMERSTUK, _URL
from .glossary import Glossary

__all__ = ["Protected", "Protector", "metadata_names", "numbers_in"]

_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
_CASE = re.compile(
    r"(?<![\w/-])(?:(?:19|20)\d\d[A-Z]\d{4,6}"  # registration numbers: 2024Z03522, 2023D12345
    r"|(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9/ -]{0,40}\d)[A-Z][A-Z0-9]*(?:\s?[/-]\s?[A-Z0-9]+)+)"
    r"(?![\w/-])"
)
_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_SCALES = {
    "duizend": "thousand",
    "miljoen": "million",
    "mln": "million",
    "miljard": "billion",
    "mld": "billion",
    "mrd": "billion",
    "biljoen": "trillion",
}
_AMOUNT = re.compile(
    r"(?<![\w.,/-])(?:(?P<cur>€|EUR|\$|£)\s?)?(?P<num>" + _NUM + r")"
    r"(?:\s?(?P<pct>%|procent(?!\w)))?"
    r"(?:\s(?P<scale>duizend|miljoen|miljard|biljoen|mln\.?|mld\.?|mrd\.?)(?!\w))?"
    r"(?:\s(?P<euro>euro)(?!\w))?"
    r"(?!\w|[.,/-]\d)"
)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.\s?)+")
_REFERENCE_WORDS = [
    (
        re.compile(r"\bAan[hg]angsels?\s+(?:van\s+de\s+)?Handelingen\b"),
        "Appendix to the Proceedings",
    ),
    (re.compile(r"\bKamerstukken\b"), "Parliamentary Papers"),
    (re.compile(r"\bKamerstuk\b"), "Parliamentary Paper"),
    (re.compile(r"\bHandelingen\b"), "Proceedings"),
    (re.compile(r"\bvergaderjaar\b"), "session"),
    (re.compile(r"\bAanhangselnummer\b"), "appendix no."),
    (re.compile(r"\bnrs\.?(?=\s|\d|$)"), "nos."),
    (re.compile(r"\bnr\.?(?=\s|\d|$)"), "no."),
]


@dataclass(frozen=True)
class Protected:
    """A span of a sentence (offsets into the sentence) and what the target must hold for it."""

    kind: str
    start: int
    end: int
    source: str
    target: str


def english_reference(text: str) -> str:
    """``Kamerstuk 33 694, nr. 68`` → ``Parliamentary Paper 33 694, no. 68``."""
    for pattern, english in _REFERENCE_WORDS:
        text = pattern.sub(english, text)
    return re.sub(r"(no\.|nos\.)(?=\d)", r"\1 ", text)


def english_number(match: re.Match[str]) -> tuple[str, str]:
    """Kind and English rendering of an :data:`_AMOUNT` match (Dutch separators swapped)."""
    whole, _, decimals = match.group("num").partition(",")
    value = whole.replace(".", ",") + (f".{decimals}" if decimals else "")
    pct, scale = match.group("pct"), match.group("scale")
    if pct:
        value += "%" if pct == "%" else " per cent"
    if scale:
        value += " " + _SCALES[scale.rstrip(".")]
    currency = match.group("cur") or ("€" if match.group("euro") else "")
    if currency:
        value = (currency if currency != "EUR" else "EUR ") + value
        return "amount", value
    return ("amount" if scale else "number"), value


def english_date(iso: str, day: bool) -> str:
    year, month = int(iso[:4]), int(iso[5:7])
    if day:
        return f"{int(iso[8:10])} {_MONTH_NAMES[month - 1]} {year}"
    return f"{_MONTH_NAMES[month - 1]} {year}"


def numbers_in(text: str) -> list[str]:
    """Every number in ``text`` as its digits only (``1.000,5`` and ``1,000.5`` → ``10005``)."""
    return sorted(re.sub(r"\D", "", m.group(0)).lstrip("0") or "0" for m in _DIGITS.finditer(text))


def metadata_names(doc: Document) -> tuple[list[str], list[str]]:
    """Names of the people (signatories, askers, speakers, ministers answering, authors) and
    of the bodies (the sending ministry) the record's metadata states."""
    meta = doc.metadata
    people: list[str] = []
    bodies: list[str] = []
    if isinstance(meta, ParliamentaryLetterMetadata):
        people += [s.name for s in meta.signatories if s.name]
        bodies += [meta.ministry] if meta.ministry else []
    elif isinstance(meta, ParliamentaryQuestionsMetadata):
        people += [p.name for p in meta.askers] + [s.name for s in meta.answered_by if s.name]
    elif isinstance(meta, ProceedingsMetadata):
        people += [p.name for p in meta.speakers]
    elif isinstance(meta, ReportMetadata):
        people += meta.authors
    people += [b.speaker.name for b in doc.blocks if b.speaker is not None]
    return people, bodies


def _name_variants(name: str) -> list[str]:
    """The name as written, without leading initials, and the surname alone."""
    name = " ".join(name.split())
    variants = [name]
    bare = _INITIALS.sub("", name).strip()
    if bare and bare != name and len(bare) >= 3:
        variants.append(bare)
    last = name.split()[-1] if name.split() else ""
    if len(last) >= 4 and last[0].isupper() and last.isalpha() and " " in name:
        variants.append(last)
    return variants


class Protector:
    """Finds the protected spans of sentences of one document (its names, one glossary)."""

    def __init__(
        self,
        glossary: Glossary | None = None,
        people: Iterable[str] = (),
        case_numbers: Iterable[str] = (),
        bodies: Iterable[str] = (),
    ) -> None:
        self.glossary = glossary
        variants = {v for n in people if n and n.strip() for v in _name_variants(n)}
        variants |= {" ".join(b.split()) for b in bodies if b and b.strip()}
        self._names = (
            re.compile(
                r"(?<![\w-])(?:"
                + "|".join(
                    re.escape(v).replace(r"\ ", r"\s+")
                    for v in sorted(variants, key=len, reverse=True)
                )
                + r")(?![\w-])"
            )
            if variants
            else None
        )
        literal = sorted(
            {c.strip() for c in case_numbers if c and c.strip()}, key=len, reverse=True
        )
        self._cases = (
            re.compile(r"(?<![\w/-])(?:" + "|".join(re.escape(c) for c in literal) + r")(?![\w/-])")
            if literal
            else None
        )

    def find(self, text: str) -> list[Protected]:
        """The protected spans of ``text``, left to right, none overlapping (the first finder
        in priority order wins: addresses, references, dates, case numbers, glossary terms,
        names, numbers)."""
        if not any(c.isdigit() or c.isupper() or c in "@/" for c in text) and not self.glossary:
            return []
        found: list[Protected] = []

        def add(kind: str, start: int, end: int, target: str) -> None:
            if start >= end or any(p.start < end and start < p.end for p in found):
                return
            found.append(Protected(kind, start, end, text[start:end], target))

        for match in _URL.finditer(text):
            add("url", match.start(), match.end(), match.group(0))
        for match in _EMAIL.finditer(text):
            add("email", match.start(), match.end(), match.group(0))
        for pattern in (_AANHANGSEL, _HANDELINGEN, _KAMERSTUK):
            for match in pattern.finditer(text):
                add("reference", match.start(), match.end(), english_reference(match.group(0)))
        if any(c.isdigit() for c in text):
            for date in find_dates(text):
                if date.text[:4].isdigit() and "-" in date.text:  # ISO: already English
                    add("date", date.start, date.end, date.text)
                else:
                    add("date", date.start, date.end, english_date(date.iso, len(date.iso) == 10))
        if self._cases is not None:
            for match in self._cases.finditer(text):
                add("case_number", match.start(), match.end(), match.group(0))
        for match in _CASE.finditer(text):
            add("case_number", match.start(), match.end(), match.group(0))
        if self.glossary is not None:
            for term in self.glossary.find(text):
                add("term", term.start, term.end, term.target)
        if self._names is not None:
            for match in self._names.finditer(text):
                add("name", match.start(), match.end(), match.group(0))
        if any(c.isdigit() for c in text):
            for match in _AMOUNT.finditer(text):
                kind, target = english_number(match)
                add(kind, match.start(), match.end(), target)
        return sorted(found, key=lambda p: p.start)
