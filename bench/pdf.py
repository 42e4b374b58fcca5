"""PDF to record: pages/s of govdocs with each backend next to the raw libraries, in one run.

    python bench/pdf.py [FOLDER ...] [--rounds 2] [--memory]

Default folders: ``tests/fixtures/{letters,questions,proceedings}`` plus ``tests/fixtures/pdfs``
(real government PDFs of many senders). Measured in this process, CPU time, best of
``--rounds``, over the same files:

- ``pypdf-plain``: ``PdfReader(...).pages[i].extract_text()`` (no positions)
- ``pdfium-plain``: pypdfium2's ``get_text_range()`` (no positions)
- ``pdfium-charboxes``: pypdfium2 with every character's box (the floor any layout-aware reader
  pays)
- ``govdocs-pypdf`` / ``govdocs-pdfium``: ``govdocs.convert(translate=False)`` per backend, with
  the stage breakdown (read / structure / normalise / language / build) in percent.

The last line is ``ratios: govdocs-pdfium/pdfium-charboxes=…x govdocs-pdfium/govdocs-pypdf=…x
language-share=…%`` (speed ratios: above 1 means the first is faster). ``--memory`` adds peak
memory of converting a 100- and a 1,000-page PDF (pages of a real letter repeated) in fresh
processes, for each backend.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
FIXTURES = ROOT / "tests" / "fixtures"
DEFAULT = [FIXTURES / d for d in ("letters", "questions", "proceedings", "pdfs")]
STAGES = ("read", "structure", "normalise", "language", "build")


def pdfs(folders: list[Path]) -> list[Path]:
    found = []
    for folder in folders:
        found += sorted(folder.rglob("*.pdf")) if folder.is_dir() else [folder]
    return found


def cpu() -> float:
    return time.process_time()


def raw_pypdf(path: Path) -> int:
    from pypdf import PdfReader

    reader = PdfReader(path)
    for page in reader.pages:
        page.extract_text()
    return len(reader.pages)


def raw_pdfium_plain(path: Path) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(path)
    for page in doc:
        page.get_textpage().get_text_range()
    return len(doc)


def raw_pdfium_boxes(path: Path) -> int:
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(path)
    box = [ctypes.c_double() for _ in range(4)]
    for page in doc:
        textpage = page.get_textpage()
        handle = textpage.raw
        for i in range(raw.FPDFText_CountChars(handle)):
            raw.FPDFText_GetUnicode(handle, i)
            raw.FPDFText_GetCharBox(handle, i, *box)
    return len(doc)


@contextmanager
def stage_timer(spent: dict[str, float]) -> Iterator[None]:
    """Time the pipeline's stages by wrapping the functions ``pipeline`` calls (nothing in the
    library changes; the wrappers are removed afterwards)."""
    from govdocs import build, pipeline

    names = {
        "read": (pipeline, "read"),
        "structure": (pipeline, "structure"),
        "normalise": (pipeline, "normalise_document"),
        "language": (pipeline, "detect_document"),
        "build": (build, "build_record"),
    }
    originals = {stage: getattr(module, attr) for stage, (module, attr) in names.items()}

    def timed(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = cpu()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += cpu() - start

        return wrapper

    for stage, (module, attr) in names.items():
        setattr(module, attr, timed(stage, originals[stage]))
    try:
        yield
    finally:
        for stage, (module, attr) in names.items():
            setattr(module, attr, originals[stage])


def run(name: str, files: list[Path], fn: Callable[[Path], int], rounds: int) -> tuple[float, int]:
    best, pages = float("inf"), 0
    for _ in range(rounds):
        start, pages = cpu(), 0
        for path in files:
            pages += fn(path)
        best = min(best, cpu() - start)
    print(f"{name:18s} {pages:5d} pages {best:7.2f} s {pages / best:8.1f} pages/s", flush=True)
    return best, pages


def govdocs_with(backend: str) -> Callable[[Path], int]:
    import govdocs

    def convert(path: Path) -> int:
        record = govdocs.convert(path, translate=False, pdf_backend=backend)
        return record.source.pages or 0

    return convert


def memory(pages: int, backend: str) -> float:
    """Peak RSS (MB) of converting a ``pages``-page PDF in a fresh process."""
    from pypdf import PdfReader, PdfWriter

    letter = (
        FIXTURES
        / "letters"
        / "kamerbrief_EZK_2023-05-30_herijkte-missies-innovatiebeleid_DGBI-IK-26844711.pdf"
    )
    source = PdfReader(letter)
    writer = PdfWriter()
    while len(writer.pages) < pages:
        for page in source.pages:
            if len(writer.pages) < pages:
                writer.add_page(page)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{pages}.pdf"
        buffer = io.BytesIO()
        writer.write(buffer)
        path.write_bytes(buffer.getvalue())
        code = (
            "import resource, sys, govdocs\n"
            f"govdocs.convert(sys.argv[1], translate=False, pdf_backend={backend!r}, "
            "limits=govdocs.Limits(timeout=None))\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code, str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
        if done.returncode != 0:
            raise SystemExit(f"memory run of {pages} pages failed:\n{done.stderr[-2000:]}")
        return float(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--memory", action="store_true")
    args = parser.parse_args(argv)
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # raw pypdf's font notes, not ours
    files = pdfs(args.folders)
    import govdocs

    usable = []
    for path in files:  # scans and broken files are not what this measures
        try:
            govdocs.convert(path, translate=False, pdf_backend="pypdf")
            govdocs.convert(path, translate=False, pdf_backend="pdfium")
            usable.append(path)
        except govdocs.GovdocsError:
            pass
    print(f"{len(usable)} PDFs ({len(files) - len(usable)} refused by a backend, left out)")
    results: dict[str, tuple[float, int]] = {}
    results["pypdf-plain"] = run("pypdf-plain", usable, raw_pypdf, args.rounds)
    results["pdfium-plain"] = run("pdfium-plain", usable, raw_pdfium_plain, args.rounds)
    results["pdfium-charboxes"] = run("pdfium-charboxes", usable, raw_pdfium_boxes, args.rounds)
    shares: dict[str, dict[str, float]] = {}
    for backend in ("pypdf", "pdfium"):
        spent: dict[str, float] = defaultdict(float)
        with stage_timer(spent):
            results[f"govdocs-{backend}"] = run(
                f"govdocs-{backend}", usable, govdocs_with(backend), 1
            )
        total = sum(spent.values()) or 1.0
        shares[backend] = {s: 100 * spent[s] / total for s in STAGES}
        print("   stages: " + "  ".join(f"{s} {shares[backend][s]:.1f}%" for s in STAGES))
    speed = {name: pages / seconds for name, (seconds, pages) in results.items()}
    if args.memory:
        for backend in ("pypdf", "pdfium"):
            small, large = memory(100, backend), memory(1000, backend)
            print(
                f"memory {backend}: 100 pages {small:.0f} MB, 1000 pages {large:.0f} MB, "
                f"ratio {large / small:.2f}x"
            )
    print(json.dumps({k: round(v, 1) for k, v in speed.items()}))
    print(
        "ratios: "
        f"govdocs-pdfium/pdfium-charboxes={speed['govdocs-pdfium'] / speed['pdfium-charboxes']:.2f}x "
        f"govdocs-pdfium/govdocs-pypdf={speed['govdocs-pdfium'] / speed['govdocs-pypdf']:.2f}x "
        f"language-share={shares['pdfium']['language']:.1f}%"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
