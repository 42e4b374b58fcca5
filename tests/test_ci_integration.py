"""CI integration files: the pre-commit hook and the composite GitHub Action.

``pre-commit try-repo`` runs the hook for real (pip-installs this checkout into pre-commit's
own environment) when pre-commit is installed; CI runs it explicitly in .ci/run. The Action's
shell steps are run here with the variables GitHub would set.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_conformance import CASES, case_record

yaml = pytest.importorskip("yaml")


def _records(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    good = folder / "good.jsonl"
    good.write_text(json.dumps(case_record(CASES[0])) + "\n", encoding="utf-8")
    bad = folder / "bad.json"
    bad.write_text(
        json.dumps(case_record(next(c for c in CASES if c["name"] == "date-month-13"))),
        encoding="utf-8",
    )
    return good, bad


def test_pre_commit_hook_definition() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "govdocs-validate" and hook["entry"] == "govdocs validate"
    assert hook["language"] == "python"
    import re

    files = re.compile(hook["files"])
    assert files.search("a/records.jsonl") and files.search("r.json")
    assert not files.search("r.json.bak") and not files.search("notes.md")


def test_action_steps_install_and_validate(tmp_path: Path) -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert "paths" in action["inputs"] and action["inputs"]["paths"]["required"]
    steps = {s.get("name"): s for s in action["runs"]["steps"]}
    validate = steps["govdocs validate"]
    _records(tmp_path / "data")
    # stand-in for the install step: a "venv" whose govdocs is this checkout's
    venv_bin = tmp_path / "runner" / "govdocs-venv" / "bin"
    venv_bin.mkdir(parents=True)
    shim = venv_bin / "govdocs"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m govdocs "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    env = {
        **os.environ,
        "RUNNER_TEMP": str(tmp_path / "runner"),
        "PYTHONPATH": str(ROOT / "src"),
    }

    def run_step(paths: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["bash", "-c", validate["run"]],
            env={**env, "RECORD_PATHS": paths},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )

    assert run_step("data/*.jsonl").returncode == 0
    done = run_step("data/*.json*")
    assert done.returncode == 1 and "data/bad.json:1: date" in done.stderr
    install = steps["install govdocs"]["run"]
    assert '"$ACTION_PATH"' in install and "govdocs$GOVDOCS_VERSION" in install


@pytest.mark.slow
def test_pre_commit_try_repo(tmp_path: Path) -> None:
    """Real run: pre-commit pip-installs this checkout and runs the hook (needs the index)."""
    pre_commit = shutil.which("pre-commit") or os.environ.get("GOVDOCS_PRE_COMMIT")
    if not pre_commit or os.environ.get("GOVDOCS_TRY_REPO") != "1":
        pytest.skip("set GOVDOCS_TRY_REPO=1 with pre-commit installed (CI: .ci/run)")
    repo = tmp_path / "consumer"
    good, bad = _records(repo / "data")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)

    def try_repo(*files: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [pre_commit, "try-repo", str(ROOT), "govdocs-validate", "--files", *map(str, files)],
            cwd=repo,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )

    ok = try_repo(good)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    failed = try_repo(good, bad)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "data/bad.json:1: date" in failed.stdout
