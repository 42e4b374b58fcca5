"""Batch throughput: documents/s with 1 and 2 worker processes, and `govdocs validate` against
the jsonschema library on the same 100k-record file, all in one run.

    python bench/batch.py [--repeat 3] [--records 100000] [--translate]

Reads the shared corpus beside the checkout (../shared/corpus) and the seeds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def corpus_files() -> list[Path]:
    shared = ROOT.parent / "shared" / "corpus"
    base = shared if shared.exists() else ROOT / "tests" / "fixtures"
    files = sorted(
        p for p in base.rglob("*") if p.suffix in {".pdf", ".xml", ".html", ".txt", ".md"}
    )
    return files + sorted((ROOT / "seeds").glob("*.txt"))


def docs_per_second(files: list[Path], workers: int, translate: bool) -> tuple[float, int]:
    from govdocs.batch import ConversionFailure, convert_many

    start = time.perf_counter()
    ok = failed = 0
    for result in convert_many(
        files, workers=workers, translate=translate, memory=False, chunk_size=2
    ):
        if isinstance(result, ConversionFailure):
            failed += 1
        else:
            ok += 1
    elapsed = time.perf_counter() - start
    return (ok + failed) / elapsed, failed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--translate", action="store_true", help="translate with the test model")
    args = parser.parse_args()
    import govdocs

    tmp = Path(tempfile.mkdtemp(prefix="govdocs-bench-batch-"))
    os.environ["GOVDOCS_CACHE_DIR"] = str(tmp / "cache")
    if args.translate:
        from govdocs.testing import build_test_package_dir

        os.environ["ARGOS_PACKAGES_DIR"] = str(tmp / "packages")
        build_test_package_dir(tmp / "packages")
    files = corpus_files() * args.repeat
    print(
        f"{len(files)} documents ({len(files) // args.repeat} distinct x {args.repeat}), "
        f"translation {'on (test model, memory off)' if args.translate else 'off'}"
    )
    one, failed = docs_per_second(files, 1, args.translate)
    two, _ = docs_per_second(files, 2, args.translate)
    print(f"  workers=1 {one:7.2f} docs/s   workers=2 {two:7.2f} docs/s   ({failed} failures each)")

    # validation: one real record repeated to --records lines
    line = (
        govdocs.convert(
            ROOT / "seeds" / "002_kamerstuk-33694-68-reaim-letter.nl.txt", translate=False
        ).to_json()
        + "\n"
    )
    big = tmp / "records.jsonl"
    with big.open("w", encoding="utf-8") as handle:
        for _ in range(args.records // 1000):
            handle.write(line * 1000)
    start = time.perf_counter()
    problems = govdocs.validate_file(big)
    ours = args.records / (time.perf_counter() - start)
    assert not problems
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "schemas" / "govdocs-record.v1.schema.json").read_text())
    validator = Draft202012Validator(schema)
    start = time.perf_counter()
    with big.open(encoding="utf-8") as handle:
        for text in handle:
            for _ in validator.iter_errors(json.loads(text)):
                raise SystemExit("jsonschema found an error")
    theirs = args.records / (time.perf_counter() - start)
    print(
        f"  validate: govdocs {ours:9.0f} records/s   jsonschema {theirs:9.0f} records/s "
        f"({args.records} records, {big.stat().st_size / 1e6:.0f} MB)"
    )
    print(f"ratios: workers2/workers1={two / one:.1f}x validate/jsonschema={ours / theirs:.1f}x")


if __name__ == "__main__":
    main()
