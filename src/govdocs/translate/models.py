"""Managing Argos translation packages: list, install (index or file), remove.

Everything goes through argostranslate's package code, so packages land where argostranslate
(and every other Argos tool) finds them: ``ARGOS_PACKAGES_DIR`` or its default data directory.
The package index URL is argostranslate's ``ARGOS_PACKAGE_INDEX`` setting (read at import), so
a mirror or a local index works as it does for argostranslate itself.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

from ..errors import ModelNotInstalledError, TranslationError
from .engine import PackageInfo, clear_engines, installed_packages

__all__ = ["index_url", "install_file", "install_from_index", "list_installed", "remove"]


def _package() -> Any:
    from .engine import _argos_package_module

    return _argos_package_module()


def _settings() -> Any:
    _package()
    import argostranslate.settings as settings

    return settings


def list_installed() -> list[PackageInfo]:
    return sorted(installed_packages(), key=lambda p: (p.source, p.target, p.version))


def index_url() -> str:
    return str(_settings().remote_package_index)


def install_file(path: str | Path) -> PackageInfo:
    """Install an ``.argosmodel`` file (offline)."""
    path = Path(path)
    if not path.is_file():
        raise TranslationError("no such package file", path=path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            meta_names = [n for n in names if n.count("/") == 1 and n.endswith("/metadata.json")]
            if not meta_names:
                raise TranslationError("not an Argos package: no <dir>/metadata.json", path=path)
            if any(n.startswith("/") or ".." in Path(n).parts for n in names):
                raise TranslationError("package holds unsafe paths", path=path)
            metadata = json.loads(archive.read(meta_names[0]))
    except zipfile.BadZipFile as exc:
        raise TranslationError("not an Argos package (not a zip archive)", path=path) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise TranslationError(f"package metadata is not valid JSON: {exc}", path=path) from exc
    package = _package()
    try:
        package.install_from_path(path)
    except Exception as exc:  # argostranslate raises bare Exception
        raise TranslationError(f"cannot install package: {exc}", path=path) from exc
    clear_engines()
    directory = Path(_settings().package_data_dir) / meta_names[0].split("/")[0]
    return PackageInfo(
        code=str(
            metadata.get("code") or f"translate-{metadata['from_code']}_{metadata['to_code']}"
        ),
        version=str(metadata.get("package_version", "")),
        source=str(metadata["from_code"]),
        target=str(metadata["to_code"]),
        path=directory,
        target_prefix=str(metadata.get("target_prefix", "")),
    )


def install_from_index(source: str, target: str) -> PackageInfo:
    """Download the ``source``→``target`` package from the package index and install it."""
    settings = _settings()
    url = index_url()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            data = response.read()
        index = json.loads(data)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise TranslationError(
            f"cannot read the package index at {url}: {exc}",
            hint="check the network, or set ARGOS_PACKAGE_INDEX to a mirror",
        ) from exc
    Path(settings.local_package_index).parent.mkdir(parents=True, exist_ok=True)
    Path(settings.local_package_index).write_bytes(data)
    package = _package()
    available = [
        p
        for p in package.get_available_packages()
        if (p.from_code, p.to_code) == (source, target)
        and getattr(p, "type", "translate") == "translate"
    ]
    if not available:
        pairs = sorted({f"{m.get('from_code')}->{m.get('to_code')}" for m in index})
        raise ModelNotInstalledError(
            f"the package index has no {source}->{target} package",
            hint=f"available: {', '.join(pairs[:20])}",
        )
    chosen = available[0]
    try:
        downloaded = Path(chosen.download())
    except Exception as exc:  # argostranslate raises bare Exception
        raise TranslationError(f"download failed for {source}->{target}: {exc}") from exc
    try:
        return install_file(downloaded)
    finally:
        downloaded.unlink(missing_ok=True)


def remove(name: str) -> PackageInfo:
    """Remove an installed package by code (``translate-nl_en``), directory name, or pair ``nl_en``."""
    package = _package()
    for pkg in package.get_installed_packages():
        info = PackageInfo(
            code=str(getattr(pkg, "code", "")),
            version=str(pkg.package_version),
            source=str(pkg.from_code),
            target=str(pkg.to_code),
            path=Path(pkg.package_path),
        )
        names = {
            info.code,
            info.path.name,
            f"{info.source}_{info.target}",
            f"{info.code}@{info.version}",
        }
        if name in names:
            try:
                package.uninstall(pkg)
            except OSError as exc:
                raise TranslationError(f"cannot remove package: {exc}", path=info.path) from exc
            clear_engines()
            return info
    raise ModelNotInstalledError(
        f"no installed package named {name!r}", hint="see 'govdocs models list'"
    )
