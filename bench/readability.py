"""Main-content extraction of the HTML reader, measured on mozilla/readability's test pages.

Each page folder holds ``source.html`` (the page as served) and ``expected.html`` (the article
text Readability.js extracts). Per page this computes, over lowercased word tokens counted as
multisets:

* recall    = share of ``expected.html``'s words found in govdocs' blocks,
* precision = share of govdocs' words that are in ``expected.html``,

and prints median / mean / min of both, the pages with zero blocks, the worst pages by recall
and the time spent reading.

    python bench/readability.py PAGES_DIR [--structure] [--worst 10] [--json out.json]

``PAGES_DIR`` is readability's ``test/test-pages`` (a checkout of mozilla/readability, Apache-2.0).
By default the reader's blocks are scored; ``--structure`` scores the blocks of the structured
document instead (what a record holds, minus the title block dropped as a duplicate of the title).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


def expected_text(path: Path) -> str:
    import lxml.html

    root = lxml.html.fromstring(path.read_bytes().decode("utf-8"))
    for element in root.iter("script", "style"):
        element.drop_tree()
    return " ".join(root.itertext())


def overlap(expected: Counter[str], got: Counter[str]) -> int:
    return sum(min(count, got[word]) for word, count in expected.items())


def score_page(folder: Path, use_structure: bool) -> dict[str, object]:
    from govdocs.readers import read_bytes

    source = folder / "source.html"
    start = time.perf_counter()
    raw = read_bytes(source, source.read_bytes())
    if use_structure:
        from govdocs.structure import structure

        doc = structure(raw)
        texts = [b.text for b in doc.blocks]
    else:
        texts = [b.text for b in raw.blocks]
    elapsed = time.perf_counter() - start
    expected = words(expected_text(folder / "expected.html"))
    got = words("\n".join(texts))
    common = overlap(expected, got)
    return {
        "page": folder.name,
        "blocks": len(texts),
        "recall": common / max(1, sum(expected.values())),
        "precision": common / max(1, sum(got.values())) if got else 0.0,
        "seconds": elapsed,
        "format": raw.format.value,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="readability's test/test-pages folder")
    parser.add_argument("--structure", action="store_true", help="score structured blocks")
    parser.add_argument("--worst", type=int, default=10)
    parser.add_argument("--json", type=Path, help="write per-page scores here")
    args = parser.parse_args(argv)

    folders = sorted(
        p
        for p in args.pages.iterdir()
        if (p / "source.html").is_file() and (p / "expected.html").is_file()
    )
    results = []
    for folder in folders:
        try:
            results.append(score_page(folder, args.structure))
        except Exception as exc:  # a failure is a result too: zero blocks, reported
            results.append(
                {"page": folder.name, "blocks": 0, "recall": 0.0, "precision": 0.0,
                 "seconds": 0.0, "error": f"{type(exc).__name__}: {exc}"}
            )  # fmt: skip
    recalls = [float(r["recall"]) for r in results]  # type: ignore[arg-type]
    precisions = [float(r["precision"]) for r in results]  # type: ignore[arg-type]
    seconds = [float(r["seconds"]) for r in results]  # type: ignore[arg-type]
    print(f"pages: {len(results)}  ({'structured' if args.structure else 'reader'} blocks)")
    for name, values in (("recall", recalls), ("precision", precisions)):
        print(
            f"{name:9}  median {statistics.median(values):.3f}  mean {statistics.mean(values):.3f}"
            f"  min {min(values):.3f}"
        )
    print(
        f"time      total {sum(seconds):.2f} s  median {1000 * statistics.median(seconds):.1f} ms"
        f"  max {1000 * max(seconds):.0f} ms per page"
    )
    empty = [r for r in results if not r["blocks"]]
    print(f"zero blocks: {len(empty)}  {' '.join(str(r['page']) for r in empty)}")
    for r in results:
        if "error" in r:
            print(f"  error {r['page']}: {r['error']}")
    print(f"worst {args.worst} by recall:")
    for r in sorted(results, key=lambda r: float(r["recall"]))[: args.worst]:  # type: ignore[arg-type]
        print(
            f"  {float(r['recall']):.3f} recall  {float(r['precision']):.3f} precision"  # type: ignore[arg-type]
            f"  {r['blocks']:>4} blocks  {r['page']}"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
