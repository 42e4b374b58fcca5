"""Run govdocs over other projects' own test corpora and count what a user would hit.

    python bench/peers.py CORPUS_DIR [--checkout PATH] [--timeout 30] [--out results.jsonl]
    python bench/peers.py --compare before.jsonl after.jsonl

CORPUS_DIR holds one folder per project (pypdf, qpdf, pdf.js, lxml, chardet, ... test files as
their repositories ship them; the folder names become the table's rows). Every file goes through
``govdocs.convert(path, translate=False)`` of the checkout given (its ``src`` first on the path),
in a driver process that reports each file as it starts and ends; a file that runs past
``--timeout`` seconds is a ``hang``: the driver is killed and a new one goes on with the next
file, so one hang never stops the run. Each file is classified as

* ``record``: a record with text; ``empty_warned``: no text, but a warning says so
  (``no_text_extracted``/``generic_xml``); ``silent_empty``: no title, block or footnote and no
  such warning;
* ``refused``: a :class:`govdocs.GovdocsError` whose message names the file in words;
  ``bad_message``: one that shows a Python class name, ``object has no attribute``, or nothing
  after a colon;
* ``internal``: any other exception (a traceback a user would see); ``hang``; ``crash`` (the
  driver died);

plus two flags: ``noise`` (a dependency logged through Python logging while the file was read)
and ``mojibake`` (record text with UTF-8 read as a single-byte code page: ``Ã©``, ``â€``).
``--compare`` prints how files moved between classes from one run to another.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

DRIVER = r"""
import json, logging, re, sys, time
sys.path.insert(0, sys.argv[1])
import govdocs

class Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines = []
    def emit(self, record):
        self.lines.append(f"{record.name}: {record.getMessage()}"[:200])

capture = Capture()
logging.getLogger().addHandler(capture)
MOJIBAKE = re.compile("Ã[\u0080-\u00bf]|â€")
for line in open(sys.argv[2], encoding="utf-8"):
    path = line.rstrip("\n")
    print(json.dumps({"start": path}), flush=True)
    capture.lines.clear()
    started = time.perf_counter()
    result = {"file": path}
    try:
        record = govdocs.convert(path, translate=False)
    except govdocs.GovdocsError as exc:
        result.update(kind="refused", error=type(exc).__name__, message=str(exc)[:500])
    except BaseException as exc:
        result.update(kind="internal", error=type(exc).__name__, message=repr(exc)[:500])
    else:
        text = " ".join([record.title or ""] + [b.text for b in record.blocks]
                        + [f.text for f in record.footnotes])
        codes = [w.code for w in record.warnings]
        result.update(kind="record", blocks=len(record.blocks), chars=len(text.strip()),
                      warnings=codes, format=record.source.format.value,
                      mojibake=bool(MOJIBAKE.search(text)))
    result["seconds"] = round(time.perf_counter() - started, 3)
    result["noise"] = capture.lines[:3]
    print(json.dumps(result), flush=True)
"""

_CLASS_NAME = re.compile(r"\b[A-Z][A-Za-z]+(Error|Exception)\b|object has no attribute|:\s*$|: \(")


def classify(result: dict[str, Any]) -> str:
    kind = result["kind"]
    if kind == "record":
        if result["chars"]:
            return "record"
        if {"no_text_extracted", "generic_xml"} & set(result["warnings"]):
            return "empty_warned"
        return "silent_empty"
    if kind == "refused":
        message = result["message"].split(": ", 1)[-1]
        return "bad_message" if _CLASS_NAME.search(message) else "refused"
    return kind


class _Lines:
    """Lines from a child's stdout with a timeout (its own buffer: select() cannot see lines
    already read into a file object's buffer)."""

    def __init__(self, fd: int) -> None:
        self.fd, self.buffer = fd, b""

    def read(self, timeout: float) -> str | None:
        import select

        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.fd], [], [], remaining)[0]:
                return None
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8")


def run(corpus: Path, checkout: Path, timeout: float) -> list[dict[str, Any]]:
    files = sorted(str(p) for p in corpus.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv")
    results: list[dict[str, Any]] = []
    position = 0
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    while position < len(files):
        todo = Path(tempfile.mkstemp(suffix=".txt")[1])  # a file, not stdin: no pipe deadlock
        todo.write_text("".join(f + "\n" for f in files[position:]), encoding="utf-8")
        driver = subprocess.Popen(
            [sys.executable, "-c", DRIVER, str(checkout / "src"), str(todo)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        assert driver.stdout is not None
        lines = _Lines(driver.stdout.fileno())
        wait = 120.0  # the driver's start-up (imports) comes first
        while position < len(files):
            current = files[position]
            line = lines.read(wait)
            if line is None:  # past the budget, or the driver died
                hung = driver.poll() is None
                driver.kill()
                driver.wait()
                results.append({"file": current, "kind": "hang" if hung else "crash"})
                position += 1
                break
            event = json.loads(line)
            if "start" in event:
                wait = timeout
                continue
            results.append(event)
            position += 1
        if driver.poll() is None:
            driver.kill()
            driver.wait()
        todo.unlink()
    for result in results:
        result["class"] = classify(result)
        result["project"] = Path(result["file"]).relative_to(corpus).parts[0]
    return results


CLASSES = ["record", "empty_warned", "silent_empty", "refused", "bad_message", "internal", "hang"]


def table(results: list[dict[str, Any]]) -> str:
    by_project: dict[str, Counter[str]] = defaultdict(Counter)
    for result in results:
        counts = by_project[result["project"]]
        counts["files"] += 1
        counts[result["class"]] += 1
        counts["noise"] += bool(result.get("noise"))
        counts["mojibake"] += bool(result.get("mojibake"))
    columns = ["files", *CLASSES, "crash", "noise", "mojibake"]
    lines = ["project".ljust(20) + "".join(c[:12].rjust(13) for c in columns)]
    total: Counter[str] = Counter()
    for project in sorted(by_project):
        total.update(by_project[project])
        lines.append(
            project.ljust(20) + "".join(str(by_project[project][c]).rjust(13) for c in columns)
        )
    lines.append("total".ljust(20) + "".join(str(total[c]).rjust(13) for c in columns))
    return "\n".join(lines)


def compare(before: Path, after: Path) -> None:
    old = {r["file"]: r for r in map(json.loads, before.read_text().splitlines())}
    new = {r["file"]: r for r in map(json.loads, after.read_text().splitlines())}
    moves: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], str] = {}
    for name, result in new.items():
        if name in old and old[name]["class"] != result["class"]:
            key = (old[name]["class"], result["class"])
            moves[key] += 1
            examples.setdefault(key, name)
    for (a, b), n in moves.most_common():
        print(f"{a:>13} -> {b:<13} {n:5}   e.g. {examples[(a, b)]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--checkout", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return 0
    if args.corpus is None:
        parser.error("give a corpus folder or --compare")
    started = time.perf_counter()
    results = run(args.corpus, args.checkout, args.timeout)
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in results))
    print(table(results))
    print(
        f"{len(results)} files in {time.perf_counter() - started:.0f} s (timeout {args.timeout:g} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
