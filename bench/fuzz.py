"""Long fuzz run: mutated real files for every reader (byte flips, truncation, splices,
insertions). Counts inputs tried, clean refusals (GovdocsError), records produced (validated)
and crashes (anything else, or a conversion slower than --timeout seconds).

    python bench/fuzz.py [--seconds 120] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SAMPLES = {
    "pdf": sorted((ROOT / "tests" / "fixtures" / "questions").glob("*.pdf"))[:3],
    "xml": sorted((ROOT / "tests" / "fixtures" / "proceedings").glob("*.xml"))
    + sorted((ROOT / "tests" / "fixtures" / "xml").glob("*.xml")),
    "html": sorted((ROOT / "tests" / "fixtures" / "web").glob("*.html")),
    "text": sorted((ROOT / "seeds").glob("*.txt")),
}


def mutate(rng: random.Random, data: bytes) -> bytes:
    kind = rng.choice(["flip", "truncate", "splice", "insert"])
    if kind == "truncate":
        return data[: rng.randrange(len(data) + 1)]
    if kind == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 40)):
            out[rng.randrange(len(out))] = rng.randrange(256)
        return bytes(out)
    if kind == "splice":
        a, b = sorted(rng.randrange(len(data)) for _ in range(2))
        c = rng.randrange(len(data))
        return data[:c] + data[a:b] + data[c:]
    pos = rng.randrange(len(data) + 1)
    return data[:pos] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))) + data[pos:]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args()
    import govdocs
    from govdocs.validate import validate_record

    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="govdocs-fuzz-"))
    per_reader = args.seconds / len(SAMPLES)
    total_crashes = 0
    for fmt, files in SAMPLES.items():
        tried = refused = converted = crashes = 0
        deadline = time.monotonic() + per_reader
        while time.monotonic() < deadline:
            source = rng.choice(files)
            path = tmp / f"fuzz{source.suffix}"
            path.write_bytes(mutate(rng, source.read_bytes()))
            tried += 1
            start = time.monotonic()
            try:
                record = govdocs.convert(path, translate=False)
                validate_record(record.model_dump(mode="json"))
                converted += 1
            except govdocs.GovdocsError:
                refused += 1
            except Exception:  # a crash: keep the input for a test
                crashes += 1
                keep = tmp / f"crash-{fmt}-{crashes}{source.suffix}"
                keep.write_bytes(path.read_bytes())
                print(f"CRASH {fmt}: {keep}\n{traceback.format_exc(limit=3)}")
            if time.monotonic() - start > args.timeout:
                crashes += 1
                print(f"SLOW {fmt}: {time.monotonic() - start:.1f} s")
        total_crashes += crashes
        print(
            f"{fmt:5s} tried {tried:6d}  converted {converted:6d}  refused {refused:6d}  crashes {crashes}"
        )
    print(f"total crashes: {total_crashes}")


if __name__ == "__main__":
    main()
