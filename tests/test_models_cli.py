"""`govdocs models ...`: build the test model, install it offline and from a package index
served on 127.0.0.1, list, use and remove it. Each command runs in a subprocess with its own
argostranslate directories, as a user would run it."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.translation


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT / "src"),
        "ARGOS_PACKAGES_DIR": str(tmp / "packages"),
        "XDG_DATA_HOME": str(tmp / "data"),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "GOVDOCS_CACHE_DIR": str(tmp / "govdocs-cache"),
    }
    env.update(extra)
    return env


def govdocs(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "govdocs", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


@pytest.fixture(scope="module")
def model_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("ctranslate2")
    from govdocs.testing import build_test_model

    return build_test_model(tmp_path_factory.mktemp("model") / "translate-nl_en.argosmodel")


def test_build_test_model_is_deterministic(tmp_path: Path, model_file: Path) -> None:
    env = _env(tmp_path)
    out = tmp_path / "again.argosmodel"
    done = govdocs(env, "models", "build-test-model", str(out))
    assert done.returncode == 0, done.stderr
    assert "meaningless" in done.stdout
    assert out.read_bytes() == model_file.read_bytes()


def test_install_file_list_convert_remove(tmp_path: Path, model_file: Path, seeds: Path) -> None:
    env = _env(tmp_path)
    assert "no translation models installed" in govdocs(env, "models", "list").stderr
    done = govdocs(env, "models", "install", str(model_file))
    assert done.returncode == 0, done.stderr
    listed = govdocs(env, "models", "list").stdout
    assert listed.startswith("translate-nl_en\t0.0.1-test\tnl->en\t")
    converted = govdocs(env, "convert", str(seeds / "002_kamerstuk-33694-68-reaim-letter.nl.txt"))
    assert converted.returncode == 0, converted.stderr
    assert json.loads(converted.stdout)["translation"]["status"] == "complete"
    assert govdocs(env, "models", "remove", "translate-nl_en").returncode == 0
    assert govdocs(env, "models", "list").stdout == ""
    missing = govdocs(env, "models", "remove", "translate-nl_en")
    assert missing.returncode == 1 and "no installed package" in missing.stderr


def test_install_rejects_non_packages(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.argosmodel"
    bogus.write_bytes(b"not a zip")
    done = govdocs(_env(tmp_path), "models", "install", str(bogus))
    assert done.returncode == 1
    assert done.stderr.startswith(f"govdocs: {bogus}: not an Argos package")
    assert "Traceback" not in done.stderr


@pytest.fixture
def package_index(tmp_path: Path, model_file: Path) -> Iterator[str]:
    """A package index and package served over HTTP on 127.0.0.1, like argospm-index."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "translate-nl_en.argosmodel").write_bytes(model_file.read_bytes())
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(  # noqa: E731
        *a, directory=str(site), **k
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    index = [
        {
            "package_version": "0.0.1-test",
            "argos_version": "1.9.0",
            "from_code": "nl",
            "from_name": "Dutch",
            "to_code": "en",
            "to_name": "English",
            "type": "translate",
            "code": "translate-nl_en",
            "links": [base + "translate-nl_en.argosmodel"],
        }
    ]
    (site / "index.json").write_text(json.dumps(index))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


def test_install_from_package_index_over_http(tmp_path: Path, package_index: str) -> None:
    env = _env(tmp_path, ARGOS_PACKAGE_INDEX=package_index)
    done = govdocs(env, "models", "install", "nl", "en")
    assert done.returncode == 0, done.stderr
    assert "installed translate-nl_en 0.0.1-test" in done.stdout
    assert "translate-nl_en" in govdocs(env, "models", "list").stdout
    missing = govdocs(env, "models", "install", "nl", "fr")
    assert missing.returncode == 1 and "no nl->fr package" in missing.stderr
    assert "available: nl->en" in missing.stderr


def test_unreachable_index_is_a_clear_error(tmp_path: Path) -> None:
    env = _env(tmp_path, ARGOS_PACKAGE_INDEX="http://127.0.0.1:9/")
    done = govdocs(env, "models", "install", "nl", "en")
    assert done.returncode == 1
    assert "cannot read the package index at http://127.0.0.1:9/index.json" in done.stderr
