"""README's newcomer commands are the ones CI runs, and its examples stay true."""

from __future__ import annotations

import os
import subprocess
import sys

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_shows_the_two_newcomer_commands() -> None:
    lines = README.splitlines()
    install = [line for line in lines if line.startswith("python3 -m venv .venv && ")]
    tests = [line for line in lines if line.endswith("&& python -m pytest -q")]
    assert len(install) == 1 and "govdocs convert seeds/" in install[0]
    assert len(tests) == 1
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "grep -m1 '^python3 -m venv .venv && ' README.md" in ci
    assert "grep -m1 '&& python -m pytest -q$' README.md" in ci


def test_example_runs() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "convert_letter.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "kind=" in done.stdout and "translation:" in done.stdout


def test_typed_example_runs() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "typed_metadata.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "kst-33694-68: letter, dossier 33694" in done.stdout


def test_readme_links_are_absolute() -> None:
    """The README is the package index page too, where relative links lead nowhere. Images are
    the exception: a picture in the repository shows on the repository's page, and the package
    index shows its alt text; the file must exist."""
    import re

    targets = re.findall(r"(!?)\[[^\]]*\]\(([^)\s]+)\)", README)
    assert targets
    relative = [t for bang, t in targets if not t.startswith(("https://", "http://", "#"))]
    images = [t for bang, t in targets if bang and t in relative]
    assert [t for t in relative if t not in images] == []
    assert all((ROOT / t).is_file() for t in images), images


def readme_python() -> str:
    blocks = README.split("```python\n")[1:]
    assert len(blocks) == 1, "the README has one Python example"
    return blocks[0].split("```", 1)[0]


def test_readme_python_example_passes_mypy_strict(tmp_path: os.PathLike[str]) -> None:
    """The README's example is what a user copies: it must type-check as written."""
    import pytest

    pytest.importorskip("mypy")
    example = os.path.join(tmp_path, "readme_example.py")
    with open(example, "w", encoding="utf-8") as handle:
        handle.write(readme_python())
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", example],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **os.environ,
            "MYPYPATH": str(ROOT / "src"),
        },  # this checkout's govdocs, silent as if installed
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
