"""The PDF's own metadata as evidence: the info dictionary's ``/Title`` where the page prints it.

Publishing systems (the officielebekendmakingen Gemeenteblad/Staatscourant, report templates,
LaTeX with hyperref, Word's "Title" property) write the document's title into the info
dictionary. It is often stale, a file name or a template's placeholder, so it is evidence only
where the first pages print it: the same words, in order, on whole consecutive lines. Then those
lines are the title, however the typography reads (a cover that sets the genre word
``Eindrapport`` or the series ``Logius Beheerdocumentatie`` in the title's size and colour, a
Gemeenteblad whose masthead is larger than the title).
"""

from __future__ import annotations

import re

from ..document import Line, RawDocument

__all__ = ["info_casing", "info_title"]

#: how a file name or a template's placeholder reads: not a title
_PLACEHOLDER = re.compile(
    r"%20|\.(?:pdf|docx?|odt|rtf|indd|qxd|tex|html?)$|^(?:microsoft\s+(?:word|powerpoint)\s*-|"
    r"untitled|undefined|none|null|titel|title|document\d*|presentatie|slide\s*\d+|logo)\b|sjabloon|template",
    re.IGNORECASE,
)
#: lines a printed title runs over at most
_MAX_LINES = 10


def _key(text: str) -> str:
    """Letters and digits only, case-folded: line breaks, hyphenation and punctuation aside."""
    return re.sub(r"[\W_]+", "", text.casefold())


def _run(lines: list[Line], target: str) -> list[Line] | None:
    """The first run of consecutive lines whose text together is ``target``."""
    for start, line in enumerate(lines):
        have = ""
        for end in range(start, min(start + _MAX_LINES, len(lines))):
            have += _key(lines[end].text)
            if not target.startswith(have) or (end > start and lines[end].page != line.page):
                break
            if have == target:
                return lines[start : end + 1]
    return None


def info_title(raw: RawDocument, furniture: set[int] | None = None) -> list[Line] | None:
    """The lines of the first two pages that print the info dictionary's title, or ``None``
    when there is no usable title or the pages do not print it (as it stands, in whole lines)."""
    info = raw.metadata.get("pdf") or {}
    title = " ".join(str(info.get("title") or "").split())
    if len(title.split()) < 2 or _PLACEHOLDER.search(title):
        return None
    target = _key(title)
    if len(target) < 10:
        return None
    skip = furniture or set()
    first = [ln for ln in raw.lines if ln.page <= 2 and id(ln) not in skip and ln.text.strip()]
    found = _run(first, target)
    if found is None:  # content order is not always reading order: try top to bottom
        ordered = sorted(first, key=lambda ln: (ln.page, -round(ln.y0), ln.x0))
        found = _run(ordered, target)
    return found


def info_casing(raw: RawDocument, title: str) -> str:
    """``title`` in the info dictionary's letter case when the page sets it in capitals and the
    info title is the same words in upper and lower case ("AN ANALYSIS OF COVERAGE GAPS IN
    SOVEREIGN ESG DATA" printed, "An Analysis of Coverage Gaps in Sovereign ESG Data" declared):
    the words as written, not as a cover's type styles them."""
    letters = [c for c in title if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters if c.lower() != c.upper()):
        return title
    info = raw.metadata.get("pdf") or {}
    declared = " ".join(str(info.get("title") or "").split())
    if _key(declared) != _key(title) or not any(c.islower() for c in declared):
        return title
    return declared
