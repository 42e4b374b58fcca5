"""Cross-format consistency: the published formats of one document give the same record.

The publisher issues each publication as XML, as an XHTML/HTML rendering, as PDF and as ODT.
:func:`group_by_identifier` finds the formats of one publication among files named after its
identifier (``ah-tk-20232024-1893.xml``, ``ah-tk-20232024-1893_BZ_Klaver.pdf``);
:func:`compare` states what differs between two records of the same document: ``id``, ``kind``,
``date``, metadata, footnote count, block types, and body text beyond whitespace and
hyphenation, with a similarity figure (difflib ratio over the normalised body text).
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .models import Record

__all__ = ["Comparison", "body_text", "compare", "group_by_identifier"]

_IDENTIFIER = re.compile(
    r"^((?:kst|blg|ah|kv|h|stb|stcrt|gmb|prb|wsb|bgr|trb)-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*?)"
    r"(?=[._])"
)
FORMATS = ("xml", "html", "htm", "xhtml", "pdf", "odt", "docx")
_SOFT = re.compile(r"[\u00ad\u200b]")
_BREAK_HYPHEN = re.compile(r"(?<=\w)-\s+(?=[a-zà-ÿ])")


def group_by_identifier(paths: Iterable[Path]) -> dict[str, list[Path]]:
    """Files of the publisher's formats grouped by the identifier their name starts with;
    metadata files (``.metadata.xml``, ``metadata_owms``) are not formats of the document."""
    groups: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(paths):
        suffix = path.suffix.lower().lstrip(".")
        if suffix not in FORMATS or "metadata" in path.name:
            continue
        found = _IDENTIFIER.match(path.name)
        if found:
            groups[found.group(1)].append(path)
    return {key: files for key, files in groups.items() if len({f.suffix for f in files}) > 1}


def body_text(record: Record) -> str:
    """The body text with whitespace collapsed, soft hyphens and line-end hyphenation removed."""
    text = " ".join(block.text for block in record.blocks)
    text = _BREAK_HYPHEN.sub("", _SOFT.sub("", text))
    return " ".join(text.split())


def _tight(text: str) -> str:
    return re.sub(r"[\s-]+", "", text)


@dataclass
class Comparison:
    """What differs between two records of one document (empty ``differences``: the same)."""

    similarity: float
    differences: list[str] = field(default_factory=list)


def compare(reference: Record, other: Record) -> Comparison:
    """Compare ``other`` with ``reference`` field by field."""
    differences = []
    for name in ("id", "kind", "date"):
        if getattr(reference, name) != getattr(other, name):
            differences.append(f"{name}: {getattr(reference, name)!r} != {getattr(other, name)!r}")
    ref_meta = reference.metadata.model_dump(mode="json")
    other_meta = other.metadata.model_dump(mode="json")
    for key in sorted(set(ref_meta) | set(other_meta)):
        if ref_meta.get(key) != other_meta.get(key):
            differences.append(f"metadata.{key}: {ref_meta.get(key)!r} != {other_meta.get(key)!r}")
    if len(reference.footnotes) != len(other.footnotes):
        differences.append(f"footnotes: {len(reference.footnotes)} != {len(other.footnotes)}")
    ref_types = [b.type.value for b in reference.blocks]
    other_types = [b.type.value for b in other.blocks]
    if ref_types != other_types:
        differences.append(f"block types: {ref_types} != {other_types}")
    a, b = body_text(reference), body_text(other)
    similarity = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    if _tight(a) != _tight(b):
        differences.append(f"body text differs beyond whitespace/hyphenation ({similarity:.4f})")
    return Comparison(similarity=similarity, differences=differences)
