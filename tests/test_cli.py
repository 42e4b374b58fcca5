"""The command line: thin over the library, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govdocs.cli import main

from .conftest import ROOT, SCHEMA_PATH

SEED_004 = "004_unoda-ai-dialogue-news-item.en.txt"
SEED_000 = "000_ciss-reaim-news-item.en.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_convert_one_input_prints_json(capsys: pytest.CaptureFixture[str], seeds: Path) -> None:
    code, out, err = run(capsys, "convert", str(seeds / SEED_004))
    assert code == 0, err
    record = json.loads(out)
    assert record["title"].startswith("AI experts from around the world")
    assert record["date"] == "2023-09-25"


def test_convert_to_json_and_jsonl_then_validate(
    capsys: pytest.CaptureFixture[str], seeds: Path, tmp_path: Path
) -> None:
    one = tmp_path / "one.json"
    assert run(capsys, "convert", str(seeds / SEED_004), "-o", str(one))[0] == 0
    assert json.loads(one.read_text())["kind"] == "news_item"
    many = tmp_path / "all.jsonl"
    code, _, _ = run(
        capsys, "convert", str(seeds / SEED_004), str(seeds / SEED_000), "-o", str(many)
    )
    assert code == 0
    lines = many.read_text().splitlines()
    assert [json.loads(line)["source"]["filename"] for line in lines] == [SEED_004, SEED_000]
    assert run(capsys, "validate", str(one), str(many)) == (0, "", "")


def test_json_output_refuses_several_inputs(
    capsys: pytest.CaptureFixture[str], seeds: Path, tmp_path: Path
) -> None:
    code, _, err = run(
        capsys,
        "convert",
        str(seeds / SEED_004),
        str(seeds / SEED_000),
        "-o",
        str(tmp_path / "x.json"),
    )
    assert code == 2 and "jsonl" in err


def test_a_bad_input_does_not_stop_the_others(
    capsys: pytest.CaptureFixture[str], seeds: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "out.jsonl"
    code, _, err = run(capsys, "convert", str(empty), str(seeds / SEED_004), "-o", str(out))
    assert code == 1
    assert err.strip().splitlines()[0].startswith(f"govdocs: {empty}: ")
    assert "Traceback" not in err
    assert len(out.read_text().splitlines()) == 1


def test_validate_names_field_and_line(
    capsys: pytest.CaptureFixture[str], seeds: Path, tmp_path: Path
) -> None:
    out = tmp_path / "r.jsonl"
    run(capsys, "convert", str(seeds / SEED_004), str(seeds / SEED_000), "-o", str(out))
    good, second = out.read_text().splitlines()
    record = json.loads(second)
    record["blocks"][1]["txet"] = record["blocks"][1].pop("text")  # misspelt
    record["date"] = 20230925  # mistyped
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good + "\n" + json.dumps(record) + "\n")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 1
    lines = err.strip().splitlines()
    assert f"{bad}:2: blocks.1.txet: unknown field (misspelt?)" in lines
    assert f"{bad}:2: blocks.1.text: Field required" in lines
    assert any(line.startswith(f"{bad}:2: date: ") for line in lines)
    assert not any(f"{bad}:1:" in line for line in lines)
    code, _, err = run(capsys, "validate", "--max-errors", "1", str(bad))
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_validate_exit_2_for_unreadable_or_not_json(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert run(capsys, "validate", str(tmp_path / "missing.jsonl"))[0] == 2
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n")
    code, _, err = run(capsys, "validate", str(broken))
    assert code == 2 and f"{broken}:1: (json):" in err


def test_validate_reads_stdin(seeds: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    record = subprocess.run(
        [sys.executable, "-m", "govdocs", "convert", str(seeds / SEED_004)],
        capture_output=True,
        check=True,
        env=env,
    ).stdout
    done = subprocess.run(
        [sys.executable, "-m", "govdocs", "validate", "-"],
        input=record,
        capture_output=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    bad = json.loads(record)
    del bad["schema_name"]
    done = subprocess.run(
        [sys.executable, "-m", "govdocs", "validate", "-"],
        input=json.dumps(bad).encode(),
        capture_output=True,
        env=env,
    )
    assert done.returncode == 1 and b"<stdin>:1: schema_name: Field required" in done.stderr


def test_schema_check_and_print(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "schema", "--check", "--output", str(SCHEMA_PATH))[0] == 0
    stale = tmp_path / "s.json"
    stale.write_text("{}")
    assert run(capsys, "schema", "--check", "--output", str(stale))[0] == 1
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out)["$id"].endswith("v1.schema.json")
    assert run(capsys, "schema", "--write", "--output", str(stale))[0] == 0
    assert stale.read_text() == SCHEMA_PATH.read_text()


@pytest.mark.parametrize("command", [[], ["convert"], ["validate"], ["schema"]])
def test_help_everywhere(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([*command, "--help"])
    assert info.value.code == 0
    assert "usage: govdocs" in capsys.readouterr().out


def test_version_and_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and capsys.readouterr().out.startswith("govdocs ")
    with pytest.raises(SystemExit) as info:
        main(["convert"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


def test_missing_input_is_one_clean_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "convert", str(tmp_path / "nope.pdf"))
    assert code == 2 and out == ""
    assert err == f"govdocs: {tmp_path / 'nope.pdf'}: no such file\n"


def test_schema_check_covers_packaged_and_repository_copies(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import govdocs

    monkeypatch.chdir(ROOT)
    code, _, err = run(capsys, "schema", "--check")
    assert code == 0 and str(govdocs.schema_path()) in err and "schemas/" in err
    monkeypatch.chdir(tmp_path)  # no schemas/ here: the packaged copy alone is checked
    code, _, err = run(capsys, "schema", "--check")
    assert code == 0 and "schemas/" not in err
    stale = tmp_path / "schemas" / SCHEMA_PATH.name
    stale.parent.mkdir()
    stale.write_text("{}")
    code, _, err = run(capsys, "schema", "--check")
    assert code == 1 and "schemas/govdocs-record.v1.schema.json: out of date" in err
    code, out, _ = run(capsys, "schema")
    assert code == 0 and out == govdocs.schema_path().read_text(encoding="utf-8")


SEED_NEWS = ROOT / "seeds" / "004_unoda-ai-dialogue-news-item.en.txt"


def test_convert_reads_stdin_with_filename() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "govdocs",
            "convert",
            "-",
            "--filename",
            "news.txt",
            "--no-translate",
        ],
        input=SEED_NEWS.read_bytes(),
        capture_output=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"]["filename"] == "news.txt" and record["kind"] == "news_item"
    import hashlib

    assert record["source"]["sha256"] == hashlib.sha256(SEED_NEWS.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("out.csv", "out.csv: unknown output extension '.csv'"),
        ("out", "out: unknown output extension '(none)'"),
        ("outdir/", "outdir/: is a directory"),
        (
            "missing/x.jsonl",
            "missing/x.jsonl: cannot write output: directory missing does not exist",
        ),
    ],
)
def test_convert_checks_the_output_path(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    output: str,
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "convert", str(SEED_NEWS), "-o", output, "--no-translate")
    assert code == 2 and message in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--workers", "0"], "--workers: must be at least 1, not 0"),
        (["--workers", "-1"], "--workers: must be at least 1, not -1"),
        (["--workers", "two"], "--workers: not a whole number"),
        (["--target", "xx-notalang"], "--target: unknown language code 'xx-notalang'"),
        (["--max-bytes", "0"], "--max-bytes: must be at least 1"),
    ],
)
def test_convert_validates_numbers_and_languages(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["convert", str(SEED_NEWS), *argv])
    assert info.value.code == 2 and message in capsys.readouterr().err


def test_json_error_on_a_one_line_file_points_at_line_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_name": "govdocs.record"\n', encoding="utf-8")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 2 and f"{bad}:1: (json):" in err
    two = tmp_path / "two.json"
    two.write_text('{"a": 1,\n "b": }\n', encoding="utf-8")
    assert f"{two}:2: (json):" in run(capsys, "validate", str(two))[2]
