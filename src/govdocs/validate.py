"""Validating records against schema v1.

The pydantic models are the schema's source, so validation runs them directly (in Rust, fast)
in strict JSON mode, so that it agrees with any JSON Schema validator on types (no ``"5"`` for
5), and reports every problem as ``FILE:LINE: field.path: message``. JSONL files are streamed line
by line in constant memory.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import IO, Any

from pydantic import ValidationError

from .errors import ReaderError, RecordValidationError
from .models import Record

__all__ = ["ValidationProblem", "iter_problems", "validate_file", "validate_record"]


@dataclass(frozen=True)
class ValidationProblem:
    """One problem in one record. ``field`` is ``(json)`` when the line is not JSON at all."""

    file: str
    line: int
    field: str
    message: str

    @property
    def is_parse_error(self) -> bool:
        return self.field == "(json)"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


def _loc(loc: Iterable[int | str]) -> str:
    return ".".join(str(part) for part in loc) or "(record)"


def _problems(error: ValidationError) -> list[tuple[str, str]]:
    found = []
    for item in error.errors(include_url=False):
        loc = [p for p in item["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
        # discriminated unions put the tag in the path: metadata.parliamentary_letter.subject
        if len(loc) >= 2 and loc[0] == "metadata" and isinstance(loc[1], str):
            loc = [loc[0], *loc[2:]]
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown field (misspelt?)"
        found.append((_loc(loc), message))
    return found


def _json_default(value: object) -> str:
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _as_json(data: Any) -> str:
    try:
        return json.dumps(data, ensure_ascii=False, default=_json_default)
    except (TypeError, ValueError) as exc:
        raise RecordValidationError(
            f"invalid record: (record): not JSON data: {exc}",
            problems=[("(record)", f"not JSON data: {exc}")],
        ) from None


def validate_record(data: Record | dict[str, Any] | str | bytes) -> Record:
    """Validate one record (a dict, JSON text or a :class:`Record`) and return it as a model.

    The record is checked as JSON, the form the published schema describes: ``"5"`` is no
    number and ``"false"`` no boolean here, as for any JSON Schema validator.
    Raises :class:`RecordValidationError` listing every problem as ``(field.path, message)``.
    """
    try:
        if isinstance(data, Record):
            return Record.model_validate_json(data.model_dump_json(), strict=True)
        if isinstance(data, (str, bytes)):
            return Record.model_validate_json(data, strict=True)
        return Record.model_validate_json(_as_json(data), strict=True)
    except ValidationError as exc:
        problems = _problems(exc)
        summary = "; ".join(f"{f}: {m}" for f, m in problems[:3])
        more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
        raise RecordValidationError(f"invalid record: {summary}{more}", problems=problems) from None


def _check(text: str | bytes, name: str, line: int) -> list[ValidationProblem]:
    try:
        Record.model_validate_json(text, strict=True)
    except ValidationError as exc:
        if any(e["type"] == "json_invalid" for e in exc.errors()):
            msg = exc.errors()[0]["msg"]
            return [ValidationProblem(name, line, "(json)", msg)]
        return [ValidationProblem(name, line, f, m) for f, m in _problems(exc)]
    return []


def _iter_document(text: str, name: str) -> Iterator[ValidationProblem]:
    """A .json file: one record, or an array of records."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        line = exc.lineno
        if not text[exc.pos :].strip():  # ran off the end: blame the last line with content
            line = text[: len(text.rstrip())].count("\n") + 1
        yield ValidationProblem(name, line, "(json)", exc.msg)
        return
    items = data if isinstance(data, list) else [data]
    if not items:
        yield ValidationProblem(name, 1, "(file)", "no records: the array is empty")
    for index, item in enumerate(items):
        prefix = f"{index}." if isinstance(data, list) else ""
        try:
            Record.model_validate_json(json.dumps(item), strict=True)
        except ValidationError as exc:
            for f, m in _problems(exc):
                yield ValidationProblem(name, 1, prefix + f, m)


def iter_problems(
    stream: IO[bytes], name: str, *, jsonl: bool | None = None
) -> Iterator[ValidationProblem]:
    """Problems in a JSON or JSON Lines stream; JSON Lines is read in constant memory.

    ``jsonl=None`` decides from the content: a first line that is a complete JSON value means
    JSON Lines; otherwise the stream is one JSON document (a record or an array of records).
    """
    skipped = 0
    first = stream.readline()
    while first and not first.strip():
        skipped += 1
        first = stream.readline()
    if not first:
        # an empty records file is a broken pipeline upstream, not a pass
        what = "is empty" if not skipped else "holds only whitespace"
        yield ValidationProblem(name, max(1, skipped), "(file)", f"no records: the file {what}")
        return
    if jsonl is None:
        jsonl = _complete_json(first) and not first.lstrip(b"\xef\xbb\xbf \t").startswith(b"[")
    if not jsonl:
        text = (first + stream.read()).decode("utf-8-sig", errors="replace")
        yield from _iter_document(text, name)
        return
    for number, raw in enumerate(_chain(first, stream), skipped + 1):
        if raw.strip():
            yield from _check(raw, name, number)


def _chain(first: bytes, stream: IO[bytes]) -> Iterator[bytes]:
    yield first
    yield from stream


def _complete_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def validate_file(
    path: str | PathLike[str], *, max_errors: int | None = None
) -> list[ValidationProblem]:
    """Validate a ``.json`` or ``.jsonl`` file (``"-"`` reads standard input).

    Returns the problems (empty when every record is valid), at most ``max_errors`` of them.
    Raises :class:`~govdocs.errors.ReaderError` when the file cannot be read.
    """
    name = str(path)
    found: list[ValidationProblem] = []
    try:
        if name == "-":
            handle: IO[bytes] = sys.stdin.buffer
            problems = iter_problems(handle, "<stdin>")
            for problem in problems:
                found.append(problem)
                if max_errors is not None and len(found) >= max_errors:
                    break
            return found
        p = Path(path)
        if p.is_dir():
            raise ReaderError("is a directory, not a JSON or JSONL file", path=p)
        suffix = p.suffix.lower()
        jsonl = True if suffix in (".jsonl", ".ndjson") else False if suffix == ".json" else None
        with p.open("rb") as handle:
            for problem in iter_problems(handle, name, jsonl=jsonl):
                found.append(problem)
                if max_errors is not None and len(found) >= max_errors:
                    break
    except OSError as exc:
        raise ReaderError(f"cannot read file: {exc.strerror or exc}", path=name) from exc
    return found
