"""Ray Data vs the local batch command on this machine: documents per second and start-up.

    python bench/ray.py [--copies 10]

The shared corpus and seeds are copied --copies times (each copy a different file) to a few
hundred documents; both engines convert them without translation and without memory.
On two cores Ray is not expected to win: the point is that the same code scales out.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# this file is called ray.py: keep its folder off the path so `import ray` finds Ray
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    import ray

    from govdocs.batch import convert_many
    from govdocs.distributed import convert_dataset

    shared = ROOT.parent / "shared" / "corpus"
    base = shared if shared.exists() else ROOT / "tests" / "fixtures"
    sources = sorted(
        p for p in base.rglob("*") if p.suffix in {".pdf", ".xml", ".html", ".txt", ".md"}
    )
    sources += sorted((ROOT / "seeds").glob("*.txt"))
    tmp = Path(tempfile.mkdtemp(prefix="govdocs-bench-ray-"))
    for n in range(args.copies):
        for src in sources:
            target = tmp / "in" / f"{n:03d}-{src.name}"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(src, target)
            with target.open("ab") as handle:  # a different file each copy
                handle.write(
                    b"\n" * (n + 1)
                    if src.suffix in {".txt", ".md", ".html", ".xml"}
                    else b"%" * (n + 1)
                )
    count = len(list((tmp / "in").iterdir()))
    start = time.perf_counter()
    done = sum(1 for _ in convert_many([tmp / "in"], workers=2, translate=False, memory=False))
    local = done / (time.perf_counter() - start)
    start = time.perf_counter()
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        runtime_env={"env_vars": {"PYTHONPATH": str(ROOT / "src")}},
    )
    startup = time.perf_counter() - start
    start = time.perf_counter()
    summary = convert_dataset(
        [str(tmp / "in")], tmp / "out", translate=False, memory=False, progress=False
    )
    remote = (summary.records + summary.failures) / (time.perf_counter() - start)
    ray.shutdown()
    print(
        f"{count} documents: local batch (2 workers) {local:.2f} docs/s, Ray {remote:.2f} docs/s, "
        f"Ray start-up {startup:.1f} s"
    )
    print(f"ratios: ray/local={remote / local:.2f}x")


if __name__ == "__main__":
    main()
