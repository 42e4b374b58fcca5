"""Fetch the held-out PDFs named in a SOURCES.tsv (file, repo, commit, path) from GitHub.

    python bench/fetch_heldout.py bench/gold/heldout/set4/SOURCES.tsv DEST [--cache DIR]

The held-out sets keep their PDFs out of this repository (licences not all stated); their
gold, provenance and notes are here. Each repository is cloned once, blob-less and without a
work tree (``git clone --filter=blob:none --no-checkout``), and each file is taken at the
recorded commit, so the bytes are the ones the gold was written from. Needs git and network.
Then score with ``python bench/structure_eval.py DEST bench/gold/heldout/set4/gold.json``.

Where GitHub cannot be reached but mirrors of the repositories exist (a directory holding one
git directory per repository, named ``owner+name`` or ``owner+name/repo``), pass
``--mirror DIR``: files are then read from the mirror at the recorded commit, and only
repositories missing from it are cloned.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path


def _clone(repo: str, cache: Path, mirror: Path | None = None) -> Path:
    if mirror is not None:
        for candidate in (
            mirror / repo.replace("/", "+") / "repo",
            mirror / repo.replace("/", "+"),
        ):
            if (candidate / "HEAD").exists() or (candidate / ".git").exists():
                return candidate
    target = cache / repo.replace("/", "+")
    if not target.exists():
        subprocess.run(
            [
                "git",
                "clone",
                "--quiet",
                "--filter=blob:none",
                "--no-checkout",
                f"https://github.com/{repo}.git",
                str(target),
            ],
            check=True,
        )
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--cache", type=Path, default=Path(".heldout-cache"))
    parser.add_argument("--mirror", type=Path, default=None, help="directory of git mirrors")
    args = parser.parse_args(argv)
    args.dest.mkdir(parents=True, exist_ok=True)
    args.cache.mkdir(parents=True, exist_ok=True)
    failed = 0
    with args.sources.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            out = args.dest / row["file"]
            if out.exists():
                continue
            try:
                clone = _clone(row["repo"], args.cache, args.mirror)
                data = subprocess.run(
                    ["git", "-C", str(clone), "show", f"{row['commit']}:{row['path']}"],
                    check=True,
                    capture_output=True,
                ).stdout
            except subprocess.CalledProcessError as exc:
                print(f"{row['file']}: {exc}", file=sys.stderr)
                failed += 1
                continue
            out.write_bytes(data)
            print(f"{row['file']}: {len(data)} bytes")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
