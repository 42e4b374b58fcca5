"""Start-up cost: ``import govdocs`` and ``govdocs --version`` against a bare interpreter.

Each command runs ``--runs`` times in fresh interpreters, interleaved so that machine noise hits
all of them alike; the script prints the median wall time of each and the time govdocs adds to a
bare ``python -c pass`` (the cost a user actually feels), then a ``ratios:`` line.

    python bench/startup.py [--runs 15]

Bars (issue 17): ``import govdocs`` < 0.15 s and ``govdocs --version`` < 0.25 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "import govdocs": [sys.executable, "-c", "import govdocs"],
    "govdocs --version": [sys.executable, "-m", "govdocs", "--version"],
    "import govdocs; govdocs.Record": [sys.executable, "-c", "import govdocs; govdocs.Record"],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(args.runs):
        for name, command in COMMANDS.items():
            started = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append(time.perf_counter() - started)
    median = {name: statistics.median(values) for name, values in times.items()}
    bare = median["python -c pass"]
    print(f"{'command':34} {'median s':>9} {'added s':>8}")
    for name, value in median.items():
        print(f"{name:34} {value:9.3f} {value - bare:8.3f}")
    print(
        f"ratios: import/bare={median['import govdocs'] / bare:.2f}x "
        f"version/bare={median['govdocs --version'] / bare:.2f}x "
        f"import-s={median['import govdocs']:.3f} version-s={median['govdocs --version']:.3f}"
    )


if __name__ == "__main__":
    main()
