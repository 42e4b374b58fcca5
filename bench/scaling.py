"""No stage may be superlinear: doubling an input must at most (about) double its time.

    python bench/scaling.py [--max-ratio 2.6] [--size 200000]

For each input shape, a real document from this repository is grown to a base size and to twice
that size (text repeated, PDF pages appended), and ``govdocs.convert(translate=False)`` plus each
stage alone (read, structure, normalise, language) is timed on both, best of three, in this
process. It prints ``ratio = time(2n) / time(n)`` per shape and stage; a linear stage is near 2,
a quadratic one near 4. Exits 1 when a ratio is over ``--max-ratio`` (the noise margin on these
machines), so it can gate a change, but it is a benchmark, not a test: it is not run by pytest.

Shapes: one huge paragraph with irregular spacing (the input that hung the diff-based edit log),
many paragraphs, Markdown-marked text, English text (the Al/AI repair), an HTML page, and a PDF.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SEED_NL = ROOT / "seeds" / "002_kamerstuk-33694-68-reaim-letter.nl.txt"
SEED_EN = ROOT / "seeds" / "003_forum-white-paper-pdf-extract.en.txt"
HTML = ROOT / "tests" / "fixtures" / "web" / "rijksoverheid.nl_nieuwsbericht_EZK_KIC-2024-2027.html"
PDF = (
    ROOT
    / "tests"
    / "fixtures"
    / "letters"
    / "kamerbrief_IenW_2023-10-18_verzamelbrief-luchtvaart_IENW-BSK-2023-297705.pdf"
)


def one_block(size: int) -> bytes:
    rng = random.Random(1)
    words = SEED_NL.read_text(encoding="utf-8").split()
    out, n = [], 0
    while n < size:
        word, sep = rng.choice(words), rng.choice([" ", "  ", " \n", "\u00a0", " ", " "])
        out.append(word + sep)
        n += len(word) + len(sep)
    return "".join(out).encode("utf-8")


def repeated(path: Path, size: int, *, keep_head: bool = False) -> bytes:
    text = path.read_text(encoding="utf-8")
    body = text
    out = [text] if keep_head else []
    n = len(text) if keep_head else 0
    while n < size:
        out.append(body)
        n += len(body)
    return "\n\n".join(out).encode("utf-8")


def paragraphs(size: int) -> bytes:
    paras = [p for p in SEED_NL.read_text(encoding="utf-8").split("\n\n") if "<sup>" not in p]
    plain = "\n\n".join(p.replace("*", "").replace("#", "") for p in paras)
    out, n = [], 0
    while n < size:
        out.append(plain)
        n += len(plain)
    return "\n\n".join(out).encode("utf-8")


def html(size: int) -> bytes:
    page = HTML.read_text(encoding="utf-8")
    start, end = page.index("<p"), page.rindex("</p>") + 4
    body = page[start:end]
    parts, n = [], 0
    while n < size:
        parts.append(body)
        n += len(body)
    return (page[:start] + "".join(parts) + page[end:]).encode("utf-8")


def pdf(pages_wanted: int) -> bytes:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(PDF)
    writer = PdfWriter()
    while len(writer.pages) < pages_wanted:
        for page in reader.pages:
            writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def best_of(fn: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def stage_times(path: Path) -> dict[str, float]:
    import copy

    import govdocs
    from govdocs.language import detect_document
    from govdocs.normalise import normalise_document, repair_ai_confusion
    from govdocs.readers import read
    from govdocs.structure import structure

    raw = read(path)
    doc = structure(read(path))
    times = {
        "read": best_of(lambda: read(path)),
        "structure": best_of(lambda: structure(read(path))) - best_of(lambda: read(path), 1),
    }

    def normalise() -> None:
        copied = copy.deepcopy(doc)
        normalise_document(copied)
        repair_ai_confusion(copied)

    times["normalise"] = best_of(normalise) - best_of(lambda: copy.deepcopy(doc), 1)
    normalised = copy.deepcopy(doc)
    normalise_document(normalised)
    times["language"] = best_of(lambda: detect_document(copy.deepcopy(normalised)))
    times["convert"] = best_of(lambda: govdocs.convert(path, translate=False))
    del raw
    return {k: max(v, 1e-4) for k, v in times.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=200_000, help="base size in characters")
    parser.add_argument("--pages", type=int, default=16, help="base size of the PDF in pages")
    parser.add_argument("--max-ratio", type=float, default=2.6)
    args = parser.parse_args()
    shapes: dict[str, tuple[str, Callable[[int], bytes], int]] = {
        "one-huge-paragraph": (".txt", one_block, args.size),
        "many-paragraphs": (".txt", paragraphs, args.size),
        "markdown": (".txt", lambda n: repeated(SEED_NL, n), args.size),
        "english-al-ai": (".txt", lambda n: repeated(SEED_EN, n), args.size),
        "html": (".html", html, args.size),
        "pdf": (".pdf", pdf, args.pages),
    }
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for name, (suffix, make, base) in shapes.items():
            small, large = Path(tmp, f"{name}-1{suffix}"), Path(tmp, f"{name}-2{suffix}")
            small.write_bytes(make(base))
            large.write_bytes(make(2 * base))
            one, two = stage_times(small), stage_times(large)
            ratios = {stage: two[stage] / one[stage] for stage in one}
            worst = max(worst, *(r for s, r in ratios.items() if one[s] > 0.02))
            shown = "  ".join(
                f"{stage}={ratio:.2f}x" if one[stage] > 0.02 else f"{stage}=(<20ms)"
                for stage, ratio in ratios.items()
            )
            print(
                f"{name:20} {small.stat().st_size:>9,} B -> {large.stat().st_size:>9,} B  "
                f"convert {one['convert']:.2f}s -> {two['convert']:.2f}s  ratios: {shown}"
            )
    print(f"worst ratio (stages over 20 ms): {worst:.2f}x (limit {args.max_ratio}x)")
    return 0 if worst <= args.max_ratio else 1


if __name__ == "__main__":
    sys.exit(main())
