"""The ``govdocs`` command: thin argument handling over the public API.

Exit codes: 0 success; 1 some input failed or some record is invalid; 2 usage error or
unreadable input; 3 translation required (``--require-translation``) but unavailable.
Errors go to stderr, one line per problem, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .errors import GovdocsError
from .models import Record, TranslationStatus
from .pipeline import convert
from .readers import Limits
from .schema import SCHEMA_FILENAME, schema_text
from .validate import validate_file

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_TRANSLATION = 0, 1, 2, 3

#: Extensions picked up when a directory is given.
DOCUMENT_SUFFIXES = (".pdf", ".xml", ".html", ".htm", ".txt", ".md", ".markdown")


def _err(message: str) -> None:
    print(f"govdocs: {message}", file=sys.stderr)


def iter_inputs(inputs: Sequence[str], pattern: str | None = None) -> Iterator[Path]:
    """Files named on the command line, and documents under directories (recursive, sorted)."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            seen: set[Path] = set()
            for found in sorted(path.rglob(pattern or "*")):
                if found.is_file() and (pattern or found.suffix.lower() in DOCUMENT_SUFFIXES):
                    real = found.resolve()
                    if real not in seen:
                        seen.add(real)
                        yield found
        else:
            yield path


# --------------------------------------------------------------------------- convert


def _cmd_convert(args: argparse.Namespace) -> int:
    out: Path | None = Path(args.output) if args.output else None
    inputs = list(iter_inputs(args.inputs, args.glob))
    if not inputs:
        _err("no input documents found")
        return EXIT_USAGE
    if out is not None and out.suffix == ".json" and len(inputs) > 1:
        _err(f"{out}: a .json file holds one record; use a .jsonl output for {len(inputs)} inputs")
        return EXIT_USAGE
    limits = Limits(max_bytes=args.max_bytes) if args.max_bytes else Limits()
    failed = 0
    unavailable_hint: str | None = None
    handle: TextIO = sys.stdout
    if out is not None:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            handle = out.open("w", encoding="utf-8")
        except OSError as exc:
            _err(f"{out}: cannot write: {exc.strerror or exc}")
            return EXIT_USAGE
    pretty = (out is None and len(inputs) == 1) or (out is not None and out.suffix == ".json")
    unreadable = 0
    try:
        for path in inputs:
            if not path.exists():
                unreadable += 1
                _err(f"{path}: no such file")
                continue
            try:
                record = convert(
                    path,
                    translate=not args.no_translate,
                    target=args.target,
                    memory=not args.no_memory,
                    password=args.password,
                    limits=limits,
                )
            except GovdocsError as exc:
                failed += 1
                _err(str(exc))
                continue
            if record.translation.status is TranslationStatus.unavailable:
                if args.require_translation:
                    _err(f"{path}: {record.translation.message}")
                    return EXIT_NO_TRANSLATION
                unavailable_hint = record.translation.message
            _write(handle, record, pretty)
    finally:
        if handle is not sys.stdout:
            handle.close()
    if unavailable_hint:
        _err(f"translation unavailable: {unavailable_hint}")
    if unreadable:
        return EXIT_USAGE
    return EXIT_FAILED if failed else EXIT_OK


def _write(handle: TextIO, record: Record, pretty: bool) -> None:
    handle.write(record.to_json(indent=2 if pretty else None))
    handle.write("\n")
    handle.flush()


# --------------------------------------------------------------------------- validate


def _cmd_validate(args: argparse.Namespace) -> int:
    status = EXIT_OK
    budget = args.max_errors
    for name in args.files:
        try:
            problems = validate_file(name, max_errors=budget)
        except GovdocsError as exc:
            _err(str(exc))
            status = EXIT_USAGE
            continue
        for problem in problems:
            print(problem, file=sys.stdout if args.stdout else sys.stderr)
        if any(p.is_parse_error for p in problems):
            status = EXIT_USAGE
        elif problems and status == EXIT_OK:
            status = EXIT_FAILED
        if budget is not None:
            budget -= len(problems)
            if budget <= 0:
                break
    return status


# --------------------------------------------------------------------------- schema


def _cmd_schema(args: argparse.Namespace) -> int:
    text = schema_text()
    target = Path(args.output) if args.output else Path("schemas") / SCHEMA_FILENAME
    if args.check:
        try:
            current = target.read_text(encoding="utf-8")
        except OSError as exc:
            _err(f"{target}: cannot read: {exc.strerror or exc}")
            return EXIT_USAGE
        if current != text:
            _err(f"{target}: out of date with the models; run 'govdocs schema --write'")
            return EXIT_FAILED
        return EXIT_OK
    if args.write:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}", file=sys.stderr)
        return EXIT_OK
    sys.stdout.write(text)
    return EXIT_OK


# --------------------------------------------------------------------------- parser


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        _err(message)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="govdocs",
        description="Turn government documents into validated, bilingual, structured records.",
    )
    parser.add_argument("--version", action="version", version=f"govdocs {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    conv = sub.add_parser(
        "convert",
        help="convert documents to JSON / JSONL records",
        description="Convert documents (PDF, official XML, HTML, text) into records. One input "
        "and no -o prints the record as JSON; -o X.json writes one record; -o X.jsonl one "
        "record per line.",
    )
    conv.add_argument("inputs", nargs="+", metavar="INPUT", help="files or directories")
    conv.add_argument("-o", "--output", metavar="OUT", help="output .json or .jsonl file")
    conv.add_argument("--no-translate", action="store_true", help="skip translation")
    conv.add_argument("--target", default="en", help="target language (default: en)")
    conv.add_argument(
        "--require-translation",
        action="store_true",
        help="exit 3 when a document needs translation and no model is installed",
    )
    conv.add_argument("--no-memory", action="store_true", help="bypass the translation memory")
    conv.add_argument("--password", help="password for encrypted PDFs")
    conv.add_argument("--glob", metavar="PATTERN", help="pattern for files in directories")
    conv.add_argument("--max-bytes", type=int, metavar="N", help="refuse files larger than N bytes")
    conv.set_defaults(func=_cmd_convert)

    val = sub.add_parser(
        "validate",
        help="validate records against the govdocs schema",
        description="Validate .json / .jsonl record files ('-' reads stdin). Prints "
        "FILE:LINE: field.path: message for each problem. Exit 0 all valid, 1 invalid "
        "records, 2 unreadable file or not JSON.",
    )
    val.add_argument("files", nargs="+", metavar="FILE")
    val.add_argument("--max-errors", type=int, metavar="N", help="stop after N problems")
    val.add_argument("--stdout", action="store_true", help="print problems on stdout")
    val.set_defaults(func=_cmd_validate)

    sch = sub.add_parser(
        "schema",
        help="print or write the record JSON Schema",
        description="Print the JSON Schema generated from the models, or write/check "
        f"schemas/{SCHEMA_FILENAME}.",
    )
    group = sch.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help="write the schema file")
    group.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    sch.add_argument("--output", metavar="PATH", help=f"default: schemas/{SCHEMA_FILENAME}")
    sch.set_defaults(func=_cmd_schema)

    try:
        from .translate.cli import add_models_parser  # type: ignore[import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - translate.cli is part of the package
        pass
    else:
        add_models_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except GovdocsError as exc:
        _err(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
