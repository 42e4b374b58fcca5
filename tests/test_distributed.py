"""Ray Data: the same records as the local conversion, failures in the errors file."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import govdocs

from .conftest import FIXTURES, ROOT, SEEDS

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.slow


def test_ray_conversion_equals_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ctranslate2")
    import argostranslate.settings as settings

    from govdocs.cli import main
    from govdocs.distributed import convert_dataset
    from govdocs.testing import build_test_package_dir
    from govdocs.translate.engine import clear_engines

    packages = tmp_path / "packages"
    build_test_package_dir(packages)
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for src in [
        SEEDS / "002_kamerstuk-33694-68-reaim-letter.nl.txt",
        SEEDS / "004_unoda-ai-dialogue-news-item.en.txt",
        *sorted((FIXTURES / "questions").glob("*.pdf"))[:2],
        FIXTURES / "proceedings" / "h-tk-20172018-50-1.xml",
        next((FIXTURES / "web").glob("rijksoverheid*.html")),
    ]:
        shutil.copy(src, inputs / src.name)
    (inputs / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")

    env = {
        "ARGOS_PACKAGES_DIR": str(packages),
        "GOVDOCS_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    ray.init(
        num_cpus=2, include_dashboard=False, runtime_env={"env_vars": env}, log_to_driver=False
    )
    try:
        out = tmp_path / "out"
        records, failures = convert_dataset([str(inputs)], out, memory=False, num_translators=1)
        cli_out = tmp_path / "cli"
        code = main(["convert", str(inputs), "--engine", "ray", "-o", str(cli_out), "--no-memory"])
    finally:
        ray.shutdown()
    assert (records, failures) == (6, 1)
    assert code == 1  # one input failed
    assert sorted(p.name for p in cli_out.iterdir()) == ["errors.jsonl", "records-00000.jsonl"]
    assert len((cli_out / "records-00000.jsonl").read_text().splitlines()) == 6
    (error,) = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert error["file"].endswith("broken.pdf") and error["error"] == "CorruptDocumentError"
    assert len(error["sha256"]) == 64

    monkeypatch.setattr(settings, "package_dirs", [packages])
    clear_engines()
    remote = {}
    for shard in sorted(out.glob("records-*.jsonl")):
        for line in shard.read_text().splitlines():
            record = json.loads(line)
            remote[record["source"]["filename"]] = record
    assert len(remote) == 6
    for name, record in remote.items():
        local = govdocs.convert(inputs / name, memory=False).model_dump(mode="json")
        assert record == local, name
    assert (
        remote["002_kamerstuk-33694-68-reaim-letter.nl.txt"]["translation"]["status"] == "complete"
    )
