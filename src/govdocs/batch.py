"""Converting many documents: directory walks, worker processes, nothing lost.

:func:`convert_many` yields a :class:`~govdocs.models.Record` or a :class:`ConversionFailure` for
every input, as they finish. Work is sent to worker processes in chunks; a worker prepares every
document of its chunk and translates all their segments in one engine call. One bad file never
stops the others: its failure is a result like any other.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from fnmatch import fnmatch
from multiprocessing import get_context
from os import PathLike
from pathlib import Path
from typing import Any, Literal

from . import build as _build
from .document import Document
from .errors import GovdocsError, ReaderError
from .models import Record
from .readers import Limits
from .translate import TranslateOptions, translate_documents
from .translate.engine import available_cores

__all__ = ["ConversionFailure", "ConvertOptions", "convert_many", "iter_documents"]

#: Extensions picked up when walking a directory (unless a glob is given).
DOCUMENT_SUFFIXES = (".pdf", ".xml", ".html", ".htm", ".txt", ".md", ".markdown")


@dataclass(frozen=True)
class ConversionFailure:
    """An input that could not be converted: what the errors file holds, one per line."""

    file: str
    sha256: str | None
    error: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ConvertOptions:
    translate: bool = True
    target: str = "en"
    memory: bool = True
    password: str | None = None
    limits: Limits = field(default_factory=Limits)


def file_sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def iter_documents(
    inputs: Iterable[str | PathLike[str]], pattern: str | None = None
) -> Iterator[Path]:
    """Files named directly, and documents under directories: recursive, sorted, each real file
    once, never following directory symlinks (no loops)."""
    seen: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if not path.is_dir():
            yield path
            continue
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            dirnames.sort()
            for name in sorted(filenames):
                found = Path(dirpath) / name
                matches = (
                    fnmatch(name, pattern) if pattern else found.suffix.lower() in DOCUMENT_SUFFIXES
                )
                if not matches or not found.is_file():
                    continue
                real = found.resolve()
                if real not in seen:
                    seen.add(real)
                    yield found


def _failure(path: Path, exc: BaseException) -> ConversionFailure:
    message = str(exc) if isinstance(exc, GovdocsError) else f"{path}: {type(exc).__name__}: {exc}"
    return ConversionFailure(str(path), file_sha256(path), type(exc).__name__, message)


def convert_chunk(paths: Sequence[str], options: ConvertOptions) -> list[tuple[str, str]]:
    """Convert ``paths`` in this process; translation batched over the whole chunk.

    Returns ``("record", json)`` or ``("failure", json)`` pairs, in input order.
    """
    import json

    from .pipeline import prepare

    prepared: list[tuple[Path, Document | ConversionFailure]] = []
    for name in paths:
        path = Path(name)
        try:
            prepared.append((path, prepare(path, password=options.password, limits=options.limits)))
        except GovdocsError as exc:
            prepared.append((path, _failure(path, exc)))
        except Exception as exc:  # a bug must not lose the rest of the batch
            prepared.append((path, _failure(path, exc)))
    docs = [doc for _, doc in prepared if isinstance(doc, Document)]
    translate_opts = TranslateOptions(
        enabled=options.translate, target=options.target, memory=options.memory
    )
    try:
        translate_documents(docs, translate_opts)
    except GovdocsError:
        # retry one by one so a translation failure only fails its own document
        for doc in docs:
            try:
                translate_documents([doc], translate_opts)
            except GovdocsError as exc:
                doc.translation = None
                doc.warnings.append(_warning(exc))
    results: list[tuple[str, str]] = []
    for path, item in prepared:
        if isinstance(item, ConversionFailure):
            results.append(("failure", json.dumps(item.to_dict(), ensure_ascii=False)))
            continue
        try:
            results.append(("record", _build.build_record(item).to_json()))
        except Exception as exc:
            results.append(
                ("failure", json.dumps(_failure(path, exc).to_dict(), ensure_ascii=False))
            )
    return results


def _warning(exc: GovdocsError) -> Any:
    from .models import Warning

    return Warning(code="translation_failed", message=str(exc))


def _decode(kind: str, payload: str) -> Record | ConversionFailure:
    import json

    if kind == "record":
        return Record.model_validate_json(payload)
    return ConversionFailure(**json.loads(payload))


def convert_many(
    paths: Iterable[str | PathLike[str]],
    *,
    workers: int | None = None,
    on_error: Literal["collect", "raise"] = "collect",
    translate: bool = True,
    target: str = "en",
    memory: bool = True,
    password: str | None = None,
    limits: Limits | None = None,
    glob: str | None = None,
    chunk_size: int = 4,
) -> Iterator[Record | ConversionFailure]:
    """Convert many documents (directories are walked), yielding results as they finish.

    ``workers`` processes (default: the number of cores, fewer for a handful of files; ``1``
    converts in this process). Results come in input order as soon as they are ready.
    With ``on_error="raise"`` the first failure raises :class:`~govdocs.errors.ReaderError`
    (or the original :class:`~govdocs.errors.GovdocsError`) instead of being yielded.
    """
    options = ConvertOptions(translate, target, memory, password, limits or Limits())
    files = [str(p) for p in iter_documents(paths, glob)]
    if workers is None:  # a worker process costs a start-up: not worth it for a few files
        workers = min(available_cores(), max(1, len(files) // 4))
    for result in _run(files, options, workers, chunk_size):
        if isinstance(result, ConversionFailure) and on_error == "raise":
            raise ReaderError(result.message.split(": ", 1)[-1], path=result.file)
        yield result


def _run(
    files: list[str], options: ConvertOptions, workers: int, chunk_size: int
) -> Iterator[Record | ConversionFailure]:
    if workers <= 1 or len(files) <= 1:
        for start in range(0, len(files), chunk_size):
            for kind, payload in convert_chunk(files[start : start + chunk_size], options):
                yield _decode(kind, payload)
        return
    # small chunks keep both workers busy to the end; a chunk shares one translation call
    size = max(1, min(chunk_size, len(files) // (workers * 2) or 1))
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    # forkserver: thread-safe like spawn, but workers fork from a server that has already
    # imported govdocs, instead of each re-importing everything
    context = get_context("forkserver")
    context.set_forkserver_preload(["govdocs.pipeline", "govdocs.batch"])
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(max(1, available_cores() // workers),),
    ) as pool:
        # chunks run in parallel; results are handed out in input order (a bounded window of
        # finished chunks waits for an earlier one), so the same inputs give the same output
        pending: dict[Future[list[tuple[str, str]]], int] = {}
        finished: dict[int, list[tuple[str, str]]] = {}
        submitted = 0
        next_out = 0
        while next_out < len(chunks):
            while submitted < len(chunks) and len(pending) + len(finished) < workers * 3:
                pending[pool.submit(convert_chunk, chunks[submitted], options)] = submitted
                submitted += 1
            done, _ = wait(set(pending), return_when=FIRST_COMPLETED)
            for future in done:
                finished[pending.pop(future)] = future.result()
            while next_out in finished:
                for kind, payload in finished.pop(next_out):
                    yield _decode(kind, payload)
                next_out += 1


def _init_worker(threads: int) -> None:
    # the worker processes share the cores: each translates with its share
    os.environ.setdefault("GOVDOCS_TRANSLATE_THREADS", str(threads))
