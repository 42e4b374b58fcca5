"""Shared fixtures for tests that run the real translation engine on the tiny test model."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

_BUILT: dict[str, Path] = {}


def test_package_root(tmp_root: Path) -> Path:
    """Build the test package once per session (unzipped, as installed)."""
    if "root" not in _BUILT:
        from govdocs.testing import build_test_package_dir

        _BUILT["root"] = build_test_package_dir(tmp_root)
    return _BUILT["root"]


@pytest.fixture
def installed_test_model(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """The test model visible to argostranslate's package lookup, for this test only."""
    pytest.importorskip("ctranslate2")
    pytest.importorskip("argostranslate.package")
    import argostranslate.settings as settings

    from govdocs.translate.engine import clear_engines

    root = test_package_root(tmp_path_factory.getbasetemp() / "argos-test-model")
    monkeypatch.setattr(settings, "package_dirs", [root.parent])
    monkeypatch.setenv("GOVDOCS_CACHE_DIR", str(tmp_path_factory.mktemp("tm")))
    clear_engines()
    yield root
    clear_engines()
