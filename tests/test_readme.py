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


def test_readme_links_are_absolute() -> None:
    """The README is the package index page too, where relative links lead nowhere."""
    import re

    targets = re.findall(r"\]\(([^)\s]+)\)", README)
    assert targets
    assert [t for t in targets if not t.startswith(("https://", "http://", "#"))] == []
