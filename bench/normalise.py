"""Normaliser: edits per rule and time per MB, for seed 003 and the corpus PDFs.

    python bench/normalise.py

Structure runs first (as in the pipeline); the timing covers the normalisation stage only
(rule chain, page-break joins, Al/AI repair), repeated to get a stable figure.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    import copy

    from govdocs.language import detect_document
    from govdocs.normalise import normalise_document, repair_ai_confusion
    from govdocs.readers import read
    from govdocs.structure import structure

    corpus = ROOT.parent / "shared" / "corpus"
    base = corpus if corpus.exists() else ROOT / "tests" / "fixtures"
    files = [
        ROOT / "seeds" / "003_forum-white-paper-pdf-extract.en.txt",
        *sorted(base.rglob("*.pdf")),
    ]
    grand: Counter[str] = Counter()
    total_chars = 0
    total_time = 0.0
    for path in files:
        doc = structure(read(path))
        chars = sum(len(b.text) for b in doc.blocks) + sum(len(f.text) for f in doc.footnotes)
        runs = 5
        elapsed = 0.0
        for _ in range(runs):
            work = copy.deepcopy(doc)
            start = time.perf_counter()
            normalise_document(work)
            elapsed += time.perf_counter() - start
            detect_document(work)  # Al/AI needs the language; not timed here
            start = time.perf_counter()
            repair_ai_confusion(work)
            elapsed += time.perf_counter() - start
        elapsed /= runs
        edits = Counter(e.rule for e in work.normalisation)
        grand.update(edits)
        total_chars += chars
        total_time += elapsed
        print(
            f"{path.name[:60]:60s} {chars / 1e3:7.1f} kB  {elapsed * 1e3:7.1f} ms  "
            + ", ".join(f"{rule}={n}" for rule, n in sorted(edits.items()))
        )
    print(
        "edits per rule over all files: " + ", ".join(f"{r}={n}" for r, n in sorted(grand.items()))
    )
    print(
        f"time per MB of text (rules, page-break joins, Al/AI; language detection excluded): {total_time / (total_chars / 1e6):.2f} s/MB"
    )


if __name__ == "__main__":
    main()
