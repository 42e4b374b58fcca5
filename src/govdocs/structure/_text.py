"""Small helpers shared by the structure modules (most for plain text)."""

from __future__ import annotations

import re

from ..dates import FoundDate, find_dates
from ..document import Document, RawBlock

__all__ = [
    "footnotes_from_blocks",
    "in_capitals",
    "join_lines",
    "looks_like_title",
    "marked_footnotes",
    "standalone_date",
    "take_dateline",
]

_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)]*$")
# Words that may stand beside a date on a dateline: "Published: 25 September 2023", "Den Haag, ..."
_DATELINE_WORDS = re.compile(
    r"(?i)\b(published|posted|updated|date|dated|datum|gepubliceerd|nieuwsbericht|news|"
    r"press release|persbericht|on|op|den haag|the hague|geneva|new york|brussels|brussel|"
    r"amsterdam|rotterdam|utrecht)\b|[|,:\-–—/()]"
)


def in_capitals(text: str) -> bool:
    """Whether ``text`` has letters and every one of them is a capital."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def join_lines(text: str) -> str:
    """Join the printed lines of one paragraph with single spaces.

    A line ending in a hyphen keeps ``-\\n`` so the normaliser's hyphenation rule can decide
    whether it was a line-end break or a real compound hyphen.
    """
    parts: list[str] = []  # joined once at the end: linear in the paragraph's length
    for line in (line.strip() for line in text.split("\n")):
        if not line:
            continue
        if parts:
            previous = parts[-1]
            hyphen = previous.endswith("-") and not (
                previous.endswith(" -") or (previous == "-" and len(parts) > 1 and parts[-2] == " ")
            )
            parts.append("\n" if hyphen else " ")
        parts.append(line)
    return "".join(parts)


def looks_like_title(text: str, *, max_len: int = 250) -> bool:
    """One short line that does not end like a sentence."""
    text = text.strip()
    return (
        0 < len(text) <= max_len
        and "\n" not in text
        and not _SENTENCE_END.search(text)
        and any(c.isalpha() for c in text)
    )


def standalone_date(text: str) -> FoundDate | None:
    """The date of a block that is a dateline (a date and at most a few dateline words)."""
    text = text.strip()
    if len(text) > 80 or "\n" in text:
        return None
    dates = find_dates(text)
    if len(dates) != 1:
        return None
    rest = text[: dates[0].start] + text[dates[0].end :]
    rest = _DATELINE_WORDS.sub(" ", rest)
    return dates[0] if len(rest.split()) <= 1 else None


def take_dateline(doc: Document, blocks: list[RawBlock], within: int = 2) -> None:
    """Use the first dateline among the first ``within`` blocks as the document's date and
    remove it from ``blocks``; a date mentioned in running text is not the document's date."""
    for index, block in enumerate(blocks[:within]):
        found = standalone_date(block.text)
        if found is not None:
            doc.date, doc.date_precision = found.iso, found.precision
            blocks.pop(index)
            return


def footnotes_from_blocks(doc: Document, blocks: list[RawBlock]) -> dict[str, str]:
    """Add every footnote block (hint ``footnote``, ``attrs["label"]``) to ``doc``; returns
    label -> footnote id."""
    label_to_id: dict[str, str] = {}
    for block in blocks:
        if block.hint == "footnote":
            label = str(block.attrs.get("label") or len(doc.footnotes) + 1)
            label_to_id[label] = doc.add_footnote(label, join_lines(block.text)).id
    return label_to_id


def marked_footnotes(block: RawBlock, label_to_id: dict[str, str]) -> list[str]:
    """Footnote ids cited by a block's ``attrs["footnote_marks"]``."""
    return [
        label_to_id[label]
        for label, _ in block.attrs.get("footnote_marks", [])
        if label in label_to_id
    ]
