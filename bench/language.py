"""Accuracy and cost of block language detection against hand-labelled blocks.

    python bench/language.py [bench/gold/language_blocks.jsonl]

The gold file holds blocks sampled from real documents (seeds, corpus letters, questions,
proceedings, reports in Dutch, English and French, web pages), one JSON object a line:
``{"doc", "text", "lang"}`` plus ``"also"`` (other answers a careful reader would accept, e.g. for
an English title inside a Dutch sentence or a code such as ``COMPET.2 LIMITE``) and ``"mixed"``.
Labels were written by hand from reading each block, never from a detector's output.

Blocks of one document are detected together (``detect_document``), so document-level priors
act as they do in a conversion. The baseline in the same run is langdetect called on every block
(what govdocs did before the two-tier detector); the last line prints the ratios.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_LETTERS = re.compile(r"[^\W\d_]")
VERBOSE = "--verbose" in sys.argv


def load(path: Path) -> dict[str, list[dict[str, Any]]]:
    docs: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            docs[entry["doc"]].append(entry)
    return docs


def _document(name: str, texts: list[str]) -> Any:
    from govdocs.document import Document, RawDocument
    from govdocs.models import BlockType, DocumentKind, OtherMetadata, SourceFormat

    raw = RawDocument(
        path=Path(name),
        sha256="0" * 64,
        size=0,
        format=SourceFormat.text,
        media_type="text/plain",
        reader="bench",
    )
    doc = Document(raw=raw, kind=DocumentKind.other, metadata=OtherMetadata())
    for text in texts:
        doc.add_block(BlockType.paragraph, text)
    return doc


def predict(
    docs: dict[str, list[dict[str, Any]]],
) -> tuple[list[tuple[dict[str, Any], str]], float]:
    """Every gold entry with the language govdocs gives it, and the seconds it took."""
    from govdocs.language import detect_document

    pairs: list[tuple[dict[str, Any], str]] = []
    elapsed = 0.0
    for name, entries in docs.items():
        doc = _document(name, [e["text"] for e in entries])
        start = time.perf_counter()
        detect_document(doc)
        elapsed += time.perf_counter() - start
        pairs += [(e, b.lang) for e, b in zip(entries, doc.blocks, strict=True)]
    return pairs, elapsed


def baseline(docs: dict[str, list[dict[str, Any]]]) -> float:
    """Seconds for langdetect on every block (the cost of the one-tier detector)."""
    from govdocs.language import langdetect_ranked

    start = time.perf_counter()
    for entries in docs.values():
        for entry in entries:
            langdetect_ranked(entry["text"])
    return time.perf_counter() - start


def report(pairs: list[tuple[dict[str, Any], str]]) -> dict[str, tuple[int, int]]:
    groups: dict[str, list[bool]] = defaultdict(list)
    confusions: Counter[tuple[str, str]] = Counter()
    for entry, got in pairs:
        ok = got == entry["lang"] or got in entry.get("also", [])
        letters = len(_LETTERS.findall(entry["text"]))
        keys = ["all", f"lang={entry['lang']}", "short" if letters < 40 else "long"]
        if entry.get("mixed"):
            keys.append("mixed")
        for key in keys:
            groups[key].append(ok)
        if not ok:
            confusions[(entry["lang"], got)] += 1
            if VERBOSE:
                print(f"  {entry['lang']} -> {got}: {entry['text'][:90]!r} ({entry['doc'][:30]})")
    result = {k: (sum(v), len(v)) for k, v in groups.items()}
    for key in sorted(result, key=lambda k: (k != "all", k)):
        right, total = result[key]
        print(f"{key:10s} {right:4d}/{total:<4d} {100 * right / total:5.1f}%")
    print("errors (gold -> got):", dict(confusions.most_common()))
    dutch_as_relatives = sum(
        n for (gold, got), n in confusions.items() if gold == "nl" and got in ("af", "de", "fy")
    )
    print(f"Dutch blocks called af/de/fy: {dutch_as_relatives}")
    return result


def main(argv: list[str]) -> int:
    argv = [a for a in argv if a != "--verbose"]
    path = Path(argv[0]) if argv else ROOT / "bench" / "gold" / "language_blocks.jsonl"
    docs = load(path)
    from govdocs import language

    baseline(docs)  # warm langdetect's profiles before timing anything
    stats = getattr(language, "STATS", None)
    if stats is not None:
        stats.clear()
    pairs, elapsed = predict(docs)
    calls = dict(stats) if stats is not None else None
    result = report(pairs)
    base = baseline(docs)
    blocks = len(pairs)
    print(
        f"govdocs: {1000 * elapsed / blocks:.2f} ms/block; langdetect on every block: {1000 * base / blocks:.2f} ms/block"
    )
    if calls is not None:
        print(f"decided by: {calls} (of {blocks} blocks)")
    right, total = result["all"]
    print(
        f"ratios: langdetect-all/govdocs={base / elapsed:.1f}x accuracy={100 * right / total:.1f}%"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
