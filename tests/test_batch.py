"""Archives: directories, worker processes, resume after SIGKILL, nothing lost, streaming validate."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

import govdocs
from govdocs.batch import ConversionFailure, convert_many, iter_documents
from govdocs.validate import validate_file

from .conftest import FIXTURES, ROOT, SEEDS

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def make_archive(tmp: Path, copies: int = 1) -> Path:
    """Real documents: the seeds, both letters and four Aanhangsels (optionally repeated with a
    byte appended so that every copy is a different file)."""
    archive = tmp / "archive"
    (archive / "letters").mkdir(parents=True)
    (archive / "questions").mkdir()
    sources = [
        *sorted(SEEDS.glob("*.txt")),
        *sorted((FIXTURES / "letters").glob("*.pdf")),
        *sorted((FIXTURES / "questions").glob("*.pdf"))[:4],
    ]
    for n in range(copies):
        for src in sources:
            folder = archive / (
                "letters"
                if "kamerbrief" in src.name
                else "questions"
                if src.name.startswith("ah-")
                else ""
            )
            target = folder / (f"{n}-{src.name}" if copies > 1 else src.name)
            data = src.read_bytes()
            target.write_bytes(
                data
                + (b"\n" * n if src.suffix == ".txt" else b"%" + str(n).encode() * n if n else b"")
            )
    return archive


def corrupt_pdf(path: Path) -> None:
    data = (
        FIXTURES
        / "letters"
        / "kamerbrief_EZK_2023-05-30_herijkte-missies-innovatiebeleid_DGBI-IK-26844711.pdf"
    ).read_bytes()
    path.write_bytes(data[:3000])  # truncated: header and a few objects, no xref, no pages


def test_directory_walk_is_recursive_sorted_and_loop_safe(tmp_path: Path) -> None:
    archive = make_archive(tmp_path)
    (archive / "questions" / "loop").symlink_to(archive, target_is_directory=True)
    (archive / "notes.xlsx").write_bytes(b"PK\x03\x04")
    found = [p.relative_to(archive).as_posix() for p in iter_documents([archive])]
    top = sorted(p for p in found if "/" not in p)
    letters = sorted(p for p in found if p.startswith("letters/"))
    questions = sorted(p for p in found if p.startswith("questions/"))
    assert found == top + letters + questions  # files first, then sub-folders, each sorted
    assert (len(top), len(letters), len(questions)) == (4, 2, 4)
    assert not any("loop" in p or p.endswith(".xlsx") for p in found)


def test_one_corrupt_pdf_among_good_files(tmp_path: Path) -> None:
    archive = make_archive(tmp_path)
    corrupt_pdf(archive / "letters" / "broken.pdf")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "govdocs",
            "convert",
            str(archive),
            "-o",
            str(out),
            "--errors",
            str(errors),
            "--workers",
            "2",
            "--no-translate",
        ],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 10
    (error,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert error["file"].endswith("broken.pdf") and error["error"] == "CorruptDocumentError"
    assert len(error["sha256"]) == 64 and "broken.pdf" in error["message"]
    assert "converted 10, failed 1, skipped 0" in done.stderr
    assert validate_file(out) == []


def test_convert_many_api(tmp_path: Path) -> None:
    archive = make_archive(tmp_path)
    (archive / "empty.txt").write_text("")
    results = list(convert_many([archive], workers=1, translate=False))
    failures = [r for r in results if isinstance(r, ConversionFailure)]
    assert [f.error for f in failures] == ["EmptyDocumentError"]
    assert sum(isinstance(r, govdocs.Record) for r in results) == 10
    with pytest.raises(govdocs.GovdocsError, match="empty"):
        list(convert_many([archive / "empty.txt"], on_error="raise", translate=False))


def test_kill_and_resume_converts_every_input_exactly_once(tmp_path: Path) -> None:
    archive = make_archive(tmp_path, copies=10)
    inputs = list(iter_documents([archive]))
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "govdocs",
        "convert",
        str(archive),
        "-o",
        str(out),
        "--workers",
        "2",
        "--no-translate",
        "--quiet",
    ]
    kills = 0
    for delay in (2.5, 4.0):
        proc = subprocess.Popen(
            command + (["--resume"] if kills else []),
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the whole group: parent and workers
            kills += 1
        proc.wait()
    assert kills >= 1, "conversion finished before it could be killed; make the archive bigger"
    done = subprocess.run(
        [*command, "--resume"], capture_output=True, text=True, env=ENV, timeout=600
    )
    assert done.returncode == 0, done.stderr
    lines = out.read_bytes().split(b"\n")
    assert lines[-1] == b""
    shas = [json.loads(line)["source"]["sha256"] for line in lines[:-1]]
    expected = {govdocs.batch.file_sha256(p) for p in inputs}
    assert sorted(shas) == sorted(expected), "every input exactly once"
    assert validate_file(out) == []


def test_resume_cuts_a_torn_last_line(tmp_path: Path) -> None:
    seed = SEEDS / "004_unoda-ai-dialogue-news-item.en.txt"
    other = SEEDS / "000_ciss-reaim-news-item.en.txt"
    out = tmp_path / "out.jsonl"
    record = govdocs.convert(seed).to_json()
    out.write_text(record + "\n" + record[: len(record) // 2])
    args = [
        sys.executable,
        "-m",
        "govdocs",
        "convert",
        str(seed),
        str(other),
        "-o",
        str(out),
        "--resume",
    ]
    done = subprocess.run(args, capture_output=True, text=True, env=ENV, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "converted 1, failed 0, skipped 0, already in output 1" in done.stderr
    assert validate_file(out) == []
    assert len(out.read_text().splitlines()) == 2


def test_validate_streams_100k_records_in_constant_memory(tmp_path: Path) -> None:
    line = (
        govdocs.convert(SEEDS / "004_unoda-ai-dialogue-news-item.en.txt").to_json().encode() + b"\n"
    )
    big = tmp_path / "big.jsonl"
    with big.open("wb") as handle:
        for _ in range(100):
            handle.write(line * 1000)
    assert big.stat().st_size > 100_000 * len(line) - 1
    tracemalloc.start()
    problems = validate_file(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert problems == []
    assert peak < 5 * 1024 * 1024, f"peak {peak} bytes: validate must stream"
    # one bad line in the middle is reported with its line number
    with big.open("ab") as handle:
        handle.write(line.replace(b'"kind":"news_item"', b'"kind":"newsitem"'))
    problems = validate_file(big, max_errors=5)
    assert {(p.line, p.field) for p in problems} == {(100_001, "kind"), (100_001, "metadata")}


def test_errors_go_to_stdout_jsonl_when_no_output(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    shutil.copy(SEEDS / "004_unoda-ai-dialogue-news-item.en.txt", a)
    b.write_bytes(b"\x00\x01\x02" * 1000)
    done = subprocess.run(
        [sys.executable, "-m", "govdocs", "convert", str(a), str(b)],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 1 and json.loads(done.stdout)["kind"] == "news_item"
    assert f"govdocs: {b}: content looks binary" in done.stderr
