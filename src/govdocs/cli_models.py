"""``govdocs models ...``: list, install, remove translation packages; build the test model."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .errors import GovdocsError

__all__ = ["add_models_parser"]


def _err(message: str) -> None:
    print(f"govdocs: {message}", file=sys.stderr)


def _list(args: argparse.Namespace) -> int:
    from .translate.models import list_installed

    packages = list_installed()
    if not packages:
        print(
            "no translation models installed; try 'govdocs models install nl en'", file=sys.stderr
        )
        return 0
    for p in packages:
        print(f"{p.code}\t{p.version}\t{p.source}->{p.target}\t{p.path}")
    return 0


def _install(args: argparse.Namespace) -> int:
    from .translate.models import install_file, install_from_index

    items: list[str] = args.what
    if len(items) == 1 and (items[0].endswith(".argosmodel") or Path(items[0]).is_file()):
        info = install_file(items[0])
    elif len(items) == 2:
        info = install_from_index(items[0], items[1])
    else:
        _err("usage: govdocs models install SOURCE TARGET | FILE.argosmodel")
        return 2
    print(f"installed {info.code} {info.version} ({info.source}->{info.target}) in {info.path}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    from .translate.models import remove

    info = remove(args.name)
    print(f"removed {info.code} {info.version}")
    return 0


def _build_test_model(args: argparse.Namespace) -> int:
    try:
        from .testing import build_test_model
    except ImportError as exc:  # pragma: no cover
        _err(f"needs the translate extra: {exc}")
        return 2
    try:
        path = build_test_model(args.output)
    except ImportError as exc:
        _err(f"needs the translate extra (pip install 'govdocs[translate]'): {exc}")
        return 2
    print(f"wrote {path} (tiny random nl->en model: its output is meaningless text)")
    return 0


def _guard(func: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        try:
            return int(func(args))
        except GovdocsError as exc:
            _err(str(exc))
            return 2 if exc.message == "no such package file" else 1

    return run


def add_models_parser(subparsers: Any) -> None:
    models = subparsers.add_parser(
        "models",
        help="manage translation models (Argos packages)",
        description="List, install and remove Argos translation packages.",
    )
    sub = models.add_subparsers(dest="models_command", metavar="COMMAND", required=True)
    p = sub.add_parser("list", help="installed packages", description="List installed packages.")
    p.set_defaults(func=_guard(_list))
    p = sub.add_parser(
        "install",
        help="install from the package index (SOURCE TARGET) or a file",
        description="Install 'SOURCE TARGET' from the Argos package index (ARGOS_PACKAGE_INDEX "
        "sets its URL) or an .argosmodel FILE (offline).",
    )
    p.add_argument("what", nargs="+", metavar="SOURCE TARGET | FILE")
    p.set_defaults(func=_guard(_install))
    p = sub.add_parser("remove", help="remove a package", description="Remove a package.")
    p.add_argument("name", help="package code (translate-nl_en), directory or pair (nl_en)")
    p.set_defaults(func=_guard(_remove))
    p = sub.add_parser(
        "build-test-model",
        help="build the tiny offline test model",
        description="Write a tiny nl->en package in the real Argos format with random weights "
        "(meaningless output) for offline tests and CI.",
    )
    p.add_argument("output", metavar="OUT.argosmodel")
    p.set_defaults(func=_guard(_build_test_model))
