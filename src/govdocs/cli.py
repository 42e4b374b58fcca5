"""The ``govdocs`` command: thin argument handling over the public API.

Exit codes: 0 success; 1 some input failed or some record is invalid; 2 usage error or
unreadable input; 3 translation required (``--require-translation``) but unavailable.
Errors go to stderr, one line per problem, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ._version import SCHEMA_FILENAME, __version__
from .budget import DEFAULT_TIMEOUT, DEFAULT_TIMEOUT_PER_PAGE
from .cli_models import add_models_parser
from .errors import GovdocsError

if TYPE_CHECKING:
    from .models import Record
    from .readers import Limits

# Each command imports what it needs when it runs (pydantic, the models, the pipeline): building
# the parser and ``govdocs --version`` stay at interpreter start-up cost.

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_TRANSLATION = 0, 1, 2, 3


def _err(message: str) -> None:
    print(f"govdocs: {message}", file=sys.stderr)


class _JsonlSink:
    """Appends one line per record with a single ``write`` call, so an interrupted run leaves
    whole lines only; on ``resume`` a torn last line is cut off first and every record already
    written is counted by ``(source.sha256, source.filename)``: byte-identical files under other
    names are each converted, and identical twins under one name are matched one for one."""

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        self.done: Counter[tuple[str, str]] = Counter()
        path.parent.mkdir(parents=True, exist_ok=True)
        if resume and path.exists():
            self._recover()
            flags = os.O_WRONLY | os.O_APPEND
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND
        self.fd = os.open(path, flags, 0o644)

    def _recover(self) -> None:
        with self.path.open("rb+") as handle:
            data_end = handle.seek(0, os.SEEK_END)
            if data_end:
                handle.seek(max(0, data_end - 1))
                if handle.read(1) != b"\n":
                    handle.seek(0)
                    content = handle.read()
                    handle.truncate(content.rfind(b"\n") + 1)
            handle.seek(0)
            for line in handle:
                key = _source_key(line)
                if key is not None:
                    self.done[key] += 1

    def already_written(self, path: Path) -> bool:
        """Is ``path`` one of the records found on resume? (each record answers once)"""
        if not self.done:
            return False
        from .batch import file_sha256

        key = (file_sha256(path) or "", path.name)
        if self.done[key] > 0:
            self.done[key] -= 1
            return True
        return False

    def write(self, line: str) -> None:
        os.write(self.fd, (line + "\n").encode("utf-8"))

    def close(self) -> None:
        os.close(self.fd)


# records are written by govdocs with "filename" then "sha256" first in "source": a regex finds
# them without parsing megabytes of JSON per line; anything else is parsed
_SOURCE_RE = re.compile(rb'"source":\{"filename":("(?:[^"\\]|\\.)*"),"sha256":"([0-9a-f]{64})"')


def _source_key(line: bytes) -> tuple[str, str] | None:
    match = _SOURCE_RE.search(line)
    if match:
        return match.group(2).decode(), str(json.loads(match.group(1)))
    try:
        source = json.loads(line)["source"]
        return str(source["sha256"]), str(source["filename"])
    except (ValueError, KeyError, TypeError):
        return None


def _cmd_convert_ray(args: argparse.Namespace) -> int:
    from .distributed import convert_with_ray

    return convert_with_ray(
        list(args.inputs),
        args.output,
        translate=not args.no_translate,
        target=args.target,
        memory=not args.no_memory,
        password=args.password,
        max_bytes=args.max_bytes,
        glob=args.glob,
        errors=args.errors,
        require_translation=args.require_translation,
        address=args.address,
        translators=args.translators,
        gpus_per_translator=args.gpus_per_translator,
        quiet=args.quiet,
    )


def _limits(args: argparse.Namespace) -> Limits:
    from .readers import Limits

    changes: dict[str, object] = {}
    if args.max_bytes:
        changes["max_bytes"] = args.max_bytes
    if args.timeout is not None:
        changes["timeout"] = args.timeout or None  # 0: no budget
    return Limits(**changes)  # type: ignore[arg-type]


def _skipped_summary(skipped: list[Path]) -> str:
    kinds = Counter(p.suffix.lower() or "(none)" for p in skipped)
    listed = ", ".join(f"{suffix} x{n}" for suffix, n in kinds.most_common(8))
    more = ", ..." if len(kinds) > 8 else ""
    return (
        f"skipped {len(skipped)} file(s) whose extension is not a document type ({listed}{more}); "
        "--include-unknown tries them"
    )


# ISO 639-1 language codes (what Argos Translate's models are named by)
_ISO_639_1_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu"
)
_ISO_639_1 = frozenset(_ISO_639_1_CODES.split())


def _positive_int(text: str) -> int:
    """argparse type: an integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _language_code(text: str) -> str:
    """argparse type: an ISO 639-1 language code (``en``, ``nl``)."""
    code = text.strip().lower()
    if code not in _ISO_639_1:
        raise argparse.ArgumentTypeError(
            f"unknown language code {text!r}; use an ISO 639-1 code such as en or nl"
        )
    return code


_STDIN_DIR: list[Path] = []


def _prepare_convert(args: argparse.Namespace) -> int | None:
    """Checks and input preparation for ``convert`` before any work: an exit code on a usage
    error, else ``None``. ``-`` as input reads standard input into a temporary file named by
    ``--filename`` (so the record's ``source.filename`` is that name); the output path must be a
    ``.json`` or ``.jsonl`` file whose directory exists (Ray's ``-o`` names a folder instead)."""
    if args.inputs.count("-") > 1:
        _err("-: standard input can be read once")
        return EXIT_USAGE
    if "-" in args.inputs:
        import tempfile

        name = Path(args.filename or "stdin").name
        folder = Path(tempfile.mkdtemp(prefix="govdocs-stdin-"))
        _STDIN_DIR.append(folder)
        (folder / name).write_bytes(sys.stdin.buffer.read())
        args.inputs = [str(folder / name) if p == "-" else p for p in args.inputs]
    elif args.filename:
        _err("--filename names standard input; use it with '-' as the input")
        return EXIT_USAGE
    if args.output is None or args.engine == "ray":
        return None
    out = Path(args.output)
    if args.output.endswith(("/", os.sep)) or out.is_dir():
        _err(f"{args.output}: is a directory; -o takes a .json or .jsonl file")
        return EXIT_USAGE
    if out.suffix.lower() not in (".json", ".jsonl"):
        hint = (
            "; for tables use 'govdocs export'"
            if out.suffix.lower() in (".csv", ".parquet")
            else ""
        )
        _err(
            f"{args.output}: unknown output extension {out.suffix or '(none)'!r}; use .json or .jsonl{hint}"
        )
        return EXIT_USAGE
    parent = out.parent
    if not parent.is_dir():
        what = "is not a directory" if parent.exists() else "does not exist"
        _err(f"{args.output}: cannot write output: directory {parent} {what}")
        return EXIT_USAGE
    return None


def _cleanup_stdin() -> None:
    import shutil

    while _STDIN_DIR:
        shutil.rmtree(_STDIN_DIR.pop(), ignore_errors=True)


def _cmd_convert(args: argparse.Namespace) -> int:
    prepared = _prepare_convert(args)
    if prepared is not None:
        return prepared
    try:
        return _cmd_convert_checked(args)
    finally:
        _cleanup_stdin()


def _cmd_convert_checked(args: argparse.Namespace) -> int:
    from .batch import ConversionFailure, convert_many, skipped_failure, walk_inputs
    from .models import TranslationStatus
    from .pipeline import NO_TEXT_EXTRACTED

    if args.glossary:  # a bad glossary fails the command once, not every document
        from .translate.glossary import load_glossary

        try:
            load_glossary(args.glossary)
        except GovdocsError as exc:
            _err(str(exc))
            return EXIT_USAGE
    if args.engine == "ray":
        if args.glossary or args.min_quality is not None:
            _err("--glossary and --min-quality are not supported with --engine ray yet")
            return EXIT_USAGE
        return _cmd_convert_ray(args)
    out: Path | None = Path(args.output) if args.output else None
    missing = [p for p in args.inputs if not Path(p).exists()]
    for name in missing:
        _err(f"{name}: no such file")
    entries = list(
        walk_inputs(
            [p for p in args.inputs if Path(p).exists()],
            args.glob,
            include_unknown=args.include_unknown,
        )
    )
    inputs = [path for path, reason in entries if reason is None]
    skipped = [skipped_failure(path, reason) for path, reason in entries if reason is not None]
    if not inputs:
        if not missing:
            _err("no input documents found")
            if skipped:
                _err(_skipped_summary([Path(f.file) for f in skipped]))
        return EXIT_USAGE
    if out is not None and out.suffix == ".json" and len(inputs) > 1:
        _err(f"{out}: a .json file holds one record; use a .jsonl output for {len(inputs)} inputs")
        return EXIT_USAGE
    if args.resume and (out is None or out.suffix != ".jsonl"):
        _err("--resume needs a .jsonl output (-o out.jsonl)")
        return EXIT_USAGE
    limits = _limits(args)
    pretty = (out is None and len(inputs) == 1) or (out is not None and out.suffix == ".json")
    sink = errors = None
    try:
        target = out
        sink = _JsonlSink(out, args.resume) if out is not None else None
        target = Path(args.errors) if args.errors else None
        errors = _JsonlSink(target, False) if target is not None else None
    except OSError as exc:
        _err(f"{target}: cannot write output: {exc.strerror or exc}")
        if sink is not None:
            sink.close()
        return EXIT_USAGE
    already = 0
    if sink is not None and sink.done:
        todo = []
        for path in inputs:
            if sink.already_written(path):
                already += 1
            else:
                todo.append(path)
        inputs = todo
    if errors is not None:
        for failure in skipped:
            errors.write(json.dumps(failure.to_dict(), ensure_ascii=False))
    from tqdm import tqdm

    started = time.perf_counter()
    converted = failed = empty = 0
    unavailable_hint: str | None = None
    progress = tqdm(
        total=len(inputs),
        unit="doc",
        disable=args.quiet or not sys.stderr.isatty(),
        file=sys.stderr,
    )
    status = EXIT_OK
    try:
        for result in convert_many(
            inputs,
            workers=args.workers,
            translate=not args.no_translate,
            target=args.target,
            memory=not args.no_memory,
            password=args.password,
            limits=limits,
            pdf_backend=args.pdf_backend,
            glossary=args.glossary,
            min_quality=args.min_quality,
        ):
            progress.update(1)
            if isinstance(result, ConversionFailure):
                failed += 1
                progress.set_postfix(failed=failed)
                progress.clear()
                _err(result.message)
                if errors is not None:
                    errors.write(json.dumps(result.to_dict(), ensure_ascii=False))
                continue
            if result.translation.status is TranslationStatus.unavailable:
                if args.require_translation:
                    _err(f"{result.source.filename}: {result.translation.message}")
                    status = EXIT_NO_TRANSLATION
                    break
                unavailable_hint = result.translation.message
            no_text = next((w for w in result.warnings if w.code == NO_TEXT_EXTRACTED), None)
            if no_text is not None and not args.allow_empty:
                empty += 1
                progress.clear()
                _err(f"{result.source.filename}: {no_text.message} (--allow-empty accepts it)")
            converted += 1
            text = result.to_json(indent=2 if pretty else None)
            if sink is not None:
                sink.write(text)
            else:
                sys.stdout.write(text + "\n")
                sys.stdout.flush()
    finally:
        progress.close()
        for handle in (sink, errors):
            if handle is not None:
                handle.close()
    if unavailable_hint and status == EXIT_OK:
        _err(f"translation unavailable: {unavailable_hint}")
    if skipped:
        _err(_skipped_summary([Path(f.file) for f in skipped]))
    if out is not None or failed or skipped or already or empty:
        elapsed = time.perf_counter() - started
        summary = f"converted {converted}, failed {failed}, skipped {len(skipped)}"
        if empty:
            summary += f", without text {empty}"
        if already:
            summary += f", already in output {already}"
        print(f"govdocs: {summary} in {elapsed:.1f} s", file=sys.stderr)
    if status != EXIT_OK:
        return status
    if missing:
        return EXIT_USAGE
    return EXIT_FAILED if failed or empty else EXIT_OK


# --------------------------------------------------------------------------- validate


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_file

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


# --------------------------------------------------------------------------- export


def _cmd_export(args: argparse.Namespace) -> int:
    from .errors import RecordValidationError
    from .tables import export_records, iter_records

    inputs = [Path(p) for p in args.inputs]
    for path in inputs:
        if not path.is_file():
            _err(f"{path}: no such file")
            return EXIT_USAGE
    out = Path(args.output)
    if out.exists() and not out.is_dir():
        _err(f"{out}: exists and is not a directory")
        return EXIT_USAGE

    def records() -> Iterator[Record]:
        for path in inputs:
            yield from iter_records(path)

    try:
        counts = export_records(records(), out, to=args.to)
    except RecordValidationError as exc:
        _err(str(exc))
        return EXIT_FAILED
    except (OSError, ValueError) as exc:  # ValueError: a line that is not JSON
        _err(f"cannot export: {exc}")
        return EXIT_USAGE
    skipped = counts.pop("skipped_duplicates")
    summary = ", ".join(f"{name} {rows}" for name, rows in counts.items())
    note = f"; skipped {skipped} duplicate sources" if skipped else ""
    print(f"govdocs: wrote {args.to} tables to {out}/: {summary}{note}", file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------- show


def _cmd_show(args: argparse.Namespace) -> int:
    from .view.show import run

    for line in run(
        Path(args.input),
        html=Path(args.html) if args.html else None,
        text=args.text,
        open_page=args.open,
        record_id=args.id,
        translate=not args.no_translate,
    ):
        _err(line)
    return EXIT_OK


# --------------------------------------------------------------------------- schema


def _schema_files(for_writing: bool) -> list[Path]:
    """The packaged schema, and the repository's ``schemas/`` copy when run from a checkout."""
    from .schema import schema_path

    repo_copy = Path("schemas") / SCHEMA_FILENAME
    files = [schema_path()]
    if for_writing or repo_copy.exists():
        files.append(repo_copy)
    return files


def _cmd_schema(args: argparse.Namespace) -> int:
    from .schema import schema_path, schema_text

    text = schema_text()
    if args.check:
        targets = [Path(args.output)] if args.output else _schema_files(for_writing=False)
        status = EXIT_OK
        for target in targets:
            try:
                current = target.read_text(encoding="utf-8")
            except OSError as exc:
                _err(f"{target}: cannot read: {exc.strerror or exc}")
                return EXIT_USAGE
            if current != text:
                _err(f"{target}: out of date with the models; run 'govdocs schema --write'")
                status = EXIT_FAILED
        if status == EXIT_OK and not args.output:
            print(f"govdocs: schema up to date: {', '.join(map(str, targets))}", file=sys.stderr)
        return status
    if args.write:
        for target in [Path(args.output)] if args.output else _schema_files(for_writing=True):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target}", file=sys.stderr)
        return EXIT_OK
    try:  # the published file, as shipped; --check guards that it equals the models
        sys.stdout.write(schema_path().read_text(encoding="utf-8"))
    except OSError:
        sys.stdout.write(text)
    return EXIT_OK


# --------------------------------------------------------------------------- parser


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds: {value!r}")
    return seconds


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
    conv.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files or directories; - reads standard input"
    )
    conv.add_argument(
        "--filename", metavar="NAME", help="with -: the file name the record gives as its source"
    )
    conv.add_argument("-o", "--output", metavar="OUT", help="output .json or .jsonl file")
    conv.add_argument("--no-translate", action="store_true", help="skip translation")
    conv.add_argument(
        "--target",
        default="en",
        type=_language_code,
        help="target language, an ISO 639-1 code (default: en)",
    )
    conv.add_argument(
        "--require-translation",
        action="store_true",
        help="exit 3 when a document needs translation and no model is installed",
    )
    conv.add_argument("--no-memory", action="store_true", help="bypass the translation memory")
    conv.add_argument(
        "--glossary",
        metavar="FILE.tsv",
        help="glossary (source<TAB>target per line) overriding the shipped official English names",
    )
    conv.add_argument(
        "--min-quality",
        type=float,
        metavar="SCORE",
        help="flag segments whose score (mean log-probability per token, e.g. -1.5) is lower "
        "as low_quality (they are kept)",
    )
    conv.add_argument("--password", help="password for encrypted PDFs")
    conv.add_argument(
        "--pdf-backend",
        choices=["auto", "pypdf", "pdfium"],
        default="auto",
        help="PDF reader: pdfium (fast, the default) or pypdf; auto = pdfium when installed",
    )
    conv.add_argument("--glob", metavar="PATTERN", help="pattern for files in directories")
    conv.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help="worker processes, at least 1 (default: number of cores)",
    )
    conv.add_argument(
        "--resume",
        action="store_true",
        help="skip inputs already in the .jsonl output (same bytes and file name)",
    )
    conv.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help=f"time budget of one document, plus {DEFAULT_TIMEOUT_PER_PAGE:g} s a page "
        f"(default {DEFAULT_TIMEOUT:g}; 0: none); over it, the file fails as Timeout",
    )
    conv.add_argument(
        "--include-unknown",
        action="store_true",
        help="in directories, also try files whose extension is not a document type",
    )
    conv.add_argument(
        "--allow-empty",
        action="store_true",
        help="a record from which no text was extracted is not an error (exit 0)",
    )
    conv.add_argument("--errors", metavar="FILE", help="write failures as JSON lines to FILE")
    conv.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    conv.add_argument(
        "--engine",
        choices=["local", "ray"],
        default="local",
        help="local worker processes, or a Ray cluster (needs govdocs[ray]; -o names a folder)",
    )
    conv.add_argument("--address", help="Ray cluster address (default: start Ray locally)")
    conv.add_argument(
        "--translators", type=_positive_int, default=1, metavar="N", help="Ray: translation actors"
    )
    conv.add_argument(
        "--gpus-per-translator",
        type=float,
        default=0,
        metavar="G",
        help="Ray: GPUs per translation actor",
    )
    conv.add_argument(
        "--max-bytes", type=_positive_int, metavar="N", help="refuse files larger than N bytes"
    )
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

    exp = sub.add_parser(
        "export",
        help="export records as tables (Parquet or CSV) for data teams",
        description="Write the records of .json/.jsonl files as six tables with fixed column "
        "types (documents, blocks, footnotes, references, persons, segments) into DIR, one "
        "file per table; they join on source_sha256. Needs pyarrow (govdocs[tables]).",
    )
    exp.add_argument("inputs", nargs="+", metavar="RECORDS", help=".json or .jsonl record files")
    exp.add_argument("--to", choices=["parquet", "csv"], required=True, help="table format")
    # an option, not a last positional: argparse cannot split RECORDS... --to X DIR
    exp.add_argument(
        "-o", "--output", metavar="DIR", required=True, help="output directory (created)"
    )
    exp.set_defaults(func=_cmd_export)

    show = sub.add_parser(
        "show",
        help="look at a record: source and English side by side (HTML or terminal)",
        description="Render a record for people. INPUT is a document (converted first) or a "
        "record file (.json, .jsonl). One record: the HTML page goes to --html FILE, or stdout. "
        "Many records (.jsonl without --id): --html DIR gets index.html and one page each.",
    )
    show.add_argument("input", metavar="INPUT", help="a document, or a .json/.jsonl record file")
    mode = show.add_mutually_exclusive_group()
    mode.add_argument("--html", metavar="OUT", help="write the HTML page (or a folder of pages)")
    mode.add_argument("--text", action="store_true", help="render in the terminal (paged)")
    show.add_argument("--open", action="store_true", help="open the page in a web browser")
    show.add_argument("--id", help="in a .jsonl file, the record with this id")
    show.add_argument(
        "--no-translate", action="store_true", help="when converting INPUT, do not translate"
    )
    show.set_defaults(func=_cmd_show)

    sch = sub.add_parser(
        "schema",
        help="print or write the record JSON Schema",
        description="Print the published JSON Schema (the copy inside the package), or "
        "write/check it against the models: the packaged copy, and "
        f"schemas/{SCHEMA_FILENAME} when run from a checkout.",
    )
    group = sch.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help="write the schema file")
    group.add_argument("--check", action="store_true", help="exit 1 if a file is out of date")
    sch.add_argument(
        "--output",
        metavar="PATH",
        help=f"write/check only PATH (default: the packaged copy and schemas/{SCHEMA_FILENAME})",
    )
    sch.set_defaults(func=_cmd_schema)

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
