"""Ray Data engine: the same records as the local conversion, failures in the errors file.

Skipped cleanly when Ray is not installed (extra ``govdocs[ray]``). Fixtures: real corpus
documents (Dutch written questions as PDF, a Dutch letter as text, Dutch proceedings as XML, a
Dutch government news page, from the other fixture folders) plus an English document and a
truncated, corrupt PDF from ``tests/fixtures/distributed`` (see its ``SOURCES.tsv``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import govdocs
from govdocs.errors import ReaderError
from govdocs.models import Record

from .conftest import FIXTURES, ROOT

ray = pytest.importorskip("ray")

FIXTURE_DIR = FIXTURES / "distributed"
CORRUPT = "truncated_ah-tk-20232024-2367.pdf"
DUTCH = {
    "ah-tk-20232024-1076_BZK-JenV_VanHaga_tkdoc-1aa9bd01.pdf",
    "ah-tk-20232024-1999_BZK_Sneller-Chakor-VanNispen_mededeling_tkdoc-01bf9f06.pdf",
    "kamerbrief_IenW_2023-10-18_verzamelbrief-luchtvaart_IENW-BSK-2023-297705_LearningLion-textconv.txt",
    "h-tk-20172018-50-1.xml",
    "rijksoverheid.nl_nieuwsbericht_EZK_KIC-2024-2027.html",
}
ENGLISH = "dfat-1948-vol16-213_UNGA-resolution-192-III-reduction-of-armaments.md"
FOLDERS = {"questions", "letters", "proceedings", "web", "distributed"}


def _copy_inputs(target: Path) -> Path:
    """The six documents and the corrupt PDF in one folder, as a user's archive would be."""
    target.mkdir(parents=True)
    for folder in FOLDERS:
        for path in (FIXTURES / folder).iterdir():
            if path.name in DUTCH | {ENGLISH, CORRUPT}:
                shutil.copy(path, target / path.name)
    assert len(list(target.iterdir())) == len(DUTCH) + 2
    return target


def _records(folder: Path) -> dict[str, str]:
    """filename -> record line, from every shard."""
    lines: dict[str, str] = {}
    for shard in sorted(folder.glob("records-*.jsonl")):
        for line in shard.read_text(encoding="utf-8").splitlines():
            lines[json.loads(line)["source"]["filename"]] = line
    return lines


def _difference(a: object, b: object, where: str = "") -> str:
    """The first place two JSON values differ, for a readable failure."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(a.keys() | b.keys()):
            if a.get(key) != b.get(key):
                return _difference(a.get(key), b.get(key), f"{where}.{key}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _difference(x, y, f"{where}[{i}]")
    return f"{where}: {a!r} != {b!r}"


# --------------------------------------------------------------------------- no cluster needed


def test_stage_functions_without_a_cluster(tmp_path: Path) -> None:
    """The stage functions Ray runs: names as given, the hash of the bytes, failures as data."""
    from govdocs.batch import ConvertOptions
    from govdocs.distributed import _display_name, _prepare_batch, _translate_and_build

    english = FIXTURE_DIR / ENGLISH
    corrupt = (FIXTURE_DIR / CORRUPT).read_bytes()
    batch = {
        "path": [str(english.resolve()), "bucket/archive/x.pdf"],
        "bytes": [english.read_bytes(), corrupt],
    }
    options = ConvertOptions(translate=False, memory=False)
    given = f"in/{ENGLISH}"  # the name the user gave, not Ray's absolute path
    prepared = _prepare_batch(batch, options, {str(english.resolve()): given}, ["s3"])
    assert prepared["name"] == [given, "s3://bucket/archive/x.pdf"]
    assert prepared["sha256"][1] == hashlib.sha256(corrupt).hexdigest()
    assert prepared["doc"][1] == b""
    failure = json.loads(prepared["failure"][1])
    assert failure["file"] == "s3://bucket/archive/x.pdf"
    assert failure["error"] == "CorruptDocumentError"
    assert failure["message"].startswith("s3://bucket/archive/x.pdf: ")
    out = _translate_and_build(prepared, options)
    assert out["kind"] == ["record", "failure"]
    record = Record.model_validate_json(out["payload"][0])
    assert record.source.filename == ENGLISH
    assert record == govdocs.convert(english, translate=False)
    assert _display_name("a/b.pdf", {}, ["gs", "s3"]) == "a/b.pdf"  # ambiguous: as reported


def test_usage_errors_need_no_cluster(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govdocs.distributed import _split_inputs, convert_with_ray

    with pytest.raises(ReaderError, match=r"nowhere\.pdf: no such file"):
        _split_inputs([str(FIXTURE_DIR), "nowhere.pdf"], None)
    local, remote = _split_inputs([str(FIXTURE_DIR), "s3://bucket/a/"], "*.pdf")
    assert sorted(Path(p).name for p in local) == sorted(p.name for p in FIXTURE_DIR.glob("*.pdf"))
    assert remote == ["s3://bucket/a/"]
    assert convert_with_ray([str(FIXTURE_DIR)], None) == 2  # no output folder
    assert convert_with_ray([str(FIXTURE_DIR)], str(tmp_path / "out.jsonl")) == 2
    assert "give a folder" in capsys.readouterr().err


# --------------------------------------------------------------------------- a local Ray instance


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """A local Ray instance whose workers see the test translation model and their own cache."""
    pytest.importorskip("ctranslate2")
    from govdocs.testing import build_test_package_dir

    base = tmp_path_factory.mktemp("ray")
    packages = base / "packages"
    build_test_package_dir(packages)
    inputs = base / "inputs"
    _copy_inputs(inputs)
    env = {
        "ARGOS_PACKAGES_DIR": str(packages),
        "GOVDOCS_CACHE_DIR": str(base / "node-cache"),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    ray.init(
        num_cpus=2, include_dashboard=False, log_to_driver=False, runtime_env={"env_vars": env}
    )
    try:
        yield {"base": base, "packages": packages, "inputs": inputs}
    finally:
        ray.shutdown()


@pytest.fixture
def local_model(cluster: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The same test model for conversions in this (driver) process."""
    import argostranslate.settings as settings

    from govdocs.translate.engine import clear_engines

    monkeypatch.setattr(settings, "package_dirs", [cluster["packages"]])
    clear_engines()


def test_ray_records_equal_local_conversion(cluster: dict[str, Path], local_model: None) -> None:
    from govdocs.distributed import convert_dataset

    out = cluster["base"] / "out"
    summary = convert_dataset(
        [str(cluster["inputs"])], out, memory=False, num_translators=1, progress=False
    )
    assert (summary.records, summary.failures, summary.untranslated) == (6, 1, 0)
    assert sorted(p.name for p in out.iterdir()) == ["errors.jsonl", "records-00000.jsonl"]
    remote = _records(out)
    assert set(remote) == {*DUTCH, ENGLISH}
    for name, line in remote.items():
        local = govdocs.convert(cluster["inputs"] / name, memory=False)
        diff = _difference(json.loads(line), local.model_dump(mode="json"))
        assert line == local.to_json(), f"{name}: {diff}"  # byte for byte
    for name in DUTCH:
        record = json.loads(remote[name])
        assert record["language"] == "nl", name
        assert record["translation"]["status"] == "complete", name
        assert record["translation"]["model_version"] == "0.0.1-test", name
    assert json.loads(remote[ENGLISH])["translation"]["status"] != "complete"
    (error,) = [json.loads(x) for x in (out / "errors.jsonl").read_text().splitlines()]
    corrupt = cluster["inputs"] / CORRUPT
    assert error == {
        "file": str(corrupt),
        "sha256": hashlib.sha256(corrupt.read_bytes()).hexdigest(),
        "error": "CorruptDocumentError",
        "message": error["message"],
    }
    assert error["message"].startswith(f"{corrupt}: damaged or truncated PDF")


def test_cli_side_matches_local_batch_command(
    cluster: dict[str, Path], local_model: None, tmp_path: Path
) -> None:
    """What ``govdocs convert --engine ray`` runs: same errors file as the local command, the
    translation memory in the node's own cache directory, exit code 1 for a failed input."""
    from govdocs.cli import main

    inputs = str(cluster["inputs"])
    ray_out, ray_errors = tmp_path / "ray", tmp_path / "ray-errors.jsonl"
    (ray_out / "records-00007.jsonl").parent.mkdir()
    (ray_out / "records-00007.jsonl").write_text("stale shard of an earlier run\n")
    ray_args = ["-o", str(ray_out), "--errors", str(ray_errors), "--translators", "1", "-q"]
    assert main(["convert", inputs, "--engine", "ray", *ray_args]) == 1
    local_out, local_errors = tmp_path / "local.jsonl", tmp_path / "local-errors.jsonl"
    assert main(["convert", inputs, "-o", str(local_out), "--errors", str(local_errors), "-q"]) == 1
    assert ray_errors.read_text() == local_errors.read_text()
    assert not (ray_out / "errors.jsonl").exists()
    assert [p.name for p in ray_out.iterdir()] == ["records-00000.jsonl"]  # stale shard gone
    assert len(_records(ray_out)) == 6
    # the memory was written on the node, in the cache directory the node's workers have
    assert list((cluster["base"] / "node-cache").rglob("*.sqlite*"))
