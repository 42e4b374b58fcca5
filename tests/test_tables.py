"""Flat tables: fixed column types, ids that join, and the README's DuckDB queries run."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import govdocs
from govdocs.cli import main
from govdocs.tables import TABLES, arrow_schemas, export_records, iter_records

from .conftest import ROOT
from .test_conformance import CASES, case_record

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

GOLDEN = sorted((Path(__file__).parent / "golden").glob("*.json"))
README = (ROOT / "README.md").read_text(encoding="utf-8")


def corpus() -> list[dict[str, Any]]:
    """The golden records plus the valid conformance records (which carry translations)."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in GOLDEN]
    translated = case_record(next(c for c in CASES if c["name"] == "valid-letter"))
    return [*records, translated]


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def test_to_arrow_types_are_fixed_even_when_empty_or_null() -> None:
    schemas = arrow_schemas()
    empty = govdocs.to_arrow([])
    news_only = govdocs.to_arrow(
        [json.loads(p.read_text(encoding="utf-8")) for p in GOLDEN if "news" in p.stem]
    )
    for name in TABLES:
        assert empty[name].schema.equals(schemas[name]), name
        assert news_only[name].schema.equals(schemas[name]), name
    assert news_only["documents"].column("dossier_number").null_count == len(news_only["documents"])
    assert schemas["documents"].field("date_start").type == pa.date32()
    assert schemas["documents"].field("date").type == pa.string()


def test_partial_dates_get_typed_bounds() -> None:
    month = case_record(next(c for c in CASES if c["name"] == "valid-month-precision"))
    docs = govdocs.to_arrow([month])["documents"].to_pylist()[0]
    assert docs["date"] == "2021-03"
    assert (docs["date_start"].isoformat(), docs["date_end"].isoformat()) == (
        "2021-03-01",
        "2021-03-31",
    )


def test_ids_join(tmp_path: Path) -> None:
    tables = govdocs.to_arrow(corpus())
    docs = set(tables["documents"].column("source_sha256").to_pylist())
    for name in TABLES:
        assert set(tables[name].column("source_sha256").to_pylist()) <= docs, name
    blocks = {
        (r["source_sha256"], r["block_id"]) for r in tables["blocks"].to_pylist()
    }  # footnotes cite blocks, segments belong to blocks
    for note in tables["footnotes"].to_pylist():
        if note["cited_in"] is not None:
            assert (note["source_sha256"], note["cited_in"]) in blocks
    for seg in tables["segments"].to_pylist():
        if seg["part"] == "block":
            assert (seg["source_sha256"], seg["part_id"]) in blocks


def test_cli_export_parquet_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_jsonl(tmp_path / "records.jsonl", corpus())
    assert main(["export", str(source), "--to", "parquet", "-o", str(tmp_path / "pq")]) == 0
    assert (
        main(["export", str(source), str(GOLDEN[0]), "--to", "csv", "-o", str(tmp_path / "csv")])
        == 0
    )
    err = capsys.readouterr().err
    assert "skipped 1 duplicate sources" in err
    schemas = arrow_schemas()
    for name in TABLES:
        table = pq.read_table(tmp_path / "pq" / f"{name}.parquet")
        assert table.schema.remove_metadata().equals(schemas[name].remove_metadata()), name
        header = (tmp_path / "csv" / f"{name}.csv").read_text("utf-8").splitlines()[0]
        assert header == ",".join(f'"{col}"' for col, _, _ in TABLES[name])
    meta = pq.read_schema(tmp_path / "pq" / "documents.parquet").field("date_end").metadata
    assert meta[b"description"] == b"Last day the date covers"


def test_cli_export_rejects_an_invalid_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = case_record(next(c for c in CASES if c["name"] == "date-month-13"))
    source = write_jsonl(tmp_path / "records.jsonl", [corpus()[0], bad])
    assert main(["export", str(source), "--to", "csv", "-o", str(tmp_path / "out")]) == 1
    assert f"{source}:2: invalid record: date" in capsys.readouterr().err
    assert (
        main(["export", str(tmp_path / "missing.jsonl"), "--to", "csv", "-o", str(tmp_path)]) == 2
    )


def test_export_streams_in_batches(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "records.jsonl", corpus())
    counts = export_records(iter_records(source), tmp_path / "out", batch_size=2)
    assert counts["documents"] == len(corpus())
    assert pq.read_table(tmp_path / "out" / "blocks.parquet").num_rows == counts["blocks"]


def readme_sql() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", README, flags=re.S)


def test_documented_duckdb_queries(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    records = corpus()
    # two exports of different files: with fixed types they read as one (the issue: inferred
    # types made `date` a DATE in one file and a string in another)
    export_records((govdocs.validate_record(r) for r in records[:8]), tmp_path / "a")
    export_records((govdocs.validate_record(r) for r in records[8:]), tmp_path / "b")
    con = duckdb.connect()
    for name in TABLES:
        files = [str(tmp_path / part / f"{name}.parquet") for part in ("a", "b")]
        con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM read_parquet({files!r})')
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (len(records),)

    signatories, dutch = readme_sql()
    sql = signatories
    for name in TABLES:
        sql = sql.replace(f"'tables/{name}.parquet'", f'"{name}"')
    rows = con.execute(sql).fetchall()
    assert ("Ministerie van Buitenlandse Zaken", "W.B. Hoekstra", 2) in rows  # golden + base
    assert all(ministry is None or ministry.startswith("Ministerie") for ministry, _, _ in rows)

    sql = dutch
    for name in TABLES:
        sql = sql.replace(f"'tables/{name}.parquet'", f'"{name}"')
    rows = con.execute(sql).fetchall()
    assert (
        "kst-33694-68",
        "Internationale Veiligheidsstrategie",
        "b2",
        0,
        "Het kabinet steunt de top.",
        "The cabinet supports the summit.",
    ) in rows
