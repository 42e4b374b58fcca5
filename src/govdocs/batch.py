"""Converting many documents: directory walks, worker processes, nothing lost.

:func:`convert_many` yields a :class:`~govdocs.models.Record` or a :class:`ConversionFailure` for
every input, in input order. Work is sent to worker processes in chunks; a worker prepares every
document of its chunk and translates all their segments in one engine call. One bad file never
stops the others: its failure is a result like any other. Every document has a time budget
(:mod:`govdocs.budget`); a worker that overruns it is killed and replaced (:mod:`._workers`), and
its file is reported as ``Timeout``. Files a directory walk passes over (unknown extensions) are
reported as ``Skipped``, never dropped in silence.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from fnmatch import fnmatch
from functools import partial
from os import PathLike
from pathlib import Path
from typing import Any, Literal

from . import build as _build
from .budget import time_budget
from .document import Document
from .errors import ConversionTimeoutError, GovdocsError, ReaderError
from .models import Record
from .readers import Limits
from .translate import TranslateOptions, translate_documents
from .translate.engine import available_cores

__all__ = ["ConversionFailure", "ConvertOptions", "convert_many", "iter_documents", "walk_inputs"]

#: Extensions picked up when walking a directory (unless a glob is given).
DOCUMENT_SUFFIXES = (
    ".pdf", ".xml", ".html", ".htm", ".xhtml", ".txt", ".md", ".markdown", ".odt", ".fodt", ".docx", ".docm",
)  # fmt: skip

#: ``ConversionFailure.error`` of a file that was over its time budget.
TIMEOUT = "Timeout"
#: ``ConversionFailure.error`` of a file a directory walk passed over.
SKIPPED = "Skipped"
#: ``ConversionFailure.error`` of a file whose worker process died while converting it.
WORKER_CRASHED = "WorkerCrashed"


@dataclass(frozen=True)
class ConversionFailure:
    """An input that could not be converted: what the errors file holds, one per line.

    ``error`` is the :class:`~govdocs.errors.GovdocsError` subclass name, or ``Timeout``,
    ``WorkerCrashed``, or ``Skipped`` (a directory walk passed the file over; not a failure).
    """

    file: str
    sha256: str | None
    error: str
    message: str

    @property
    def skipped(self) -> bool:
        return self.error == SKIPPED

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ConvertOptions:
    translate: bool = True
    target: str = "en"
    memory: bool = True
    password: str | None = None
    limits: Limits = field(default_factory=Limits)
    pdf_backend: str = "auto"
    glossary: str | None = None
    min_quality: float | None = None


def file_sha256(path: Path) -> str | None:
    try:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest()
    except OSError:
        return None


def walk_inputs(
    inputs: Iterable[str | PathLike[str]],
    pattern: str | None = None,
    *,
    include_unknown: bool = False,
) -> Iterator[tuple[Path, str | None]]:
    """Every file named directly or found under a directory, with the reason it is skipped
    (``None``: convert it). Recursive, sorted, each real file once, never following directory
    symlinks (no loops). Without a ``pattern``, files whose extension is not a document type are
    skipped (reason given) unless ``include_unknown``; with one, files not matching it are not
    reported (the user chose them away)."""
    seen: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if not path.is_dir():
            yield path, None
            continue
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            dirnames.sort()
            for name in sorted(filenames):
                found = Path(dirpath) / name
                if pattern and not fnmatch(name, pattern):
                    continue
                if not found.is_file():
                    continue
                real = found.resolve()
                if real in seen:
                    continue
                seen.add(real)
                suffix = found.suffix.lower()
                if pattern or include_unknown or suffix in DOCUMENT_SUFFIXES:
                    yield found, None
                else:
                    what = f"extension {suffix!r}" if suffix else "no extension"
                    yield (
                        found,
                        (
                            f"not converted: {what} is not a document type govdocs picks up in "
                            "a directory (name the file, or use --include-unknown / "
                            "include_unknown=True to try it)"
                        ),
                    )


def iter_documents(
    inputs: Iterable[str | PathLike[str]], pattern: str | None = None
) -> Iterator[Path]:
    """The files :func:`walk_inputs` would convert (skipped ones left out)."""
    for path, reason in walk_inputs(inputs, pattern):
        if reason is None:
            yield path


def describe_failure(path: Path | str, exc: BaseException) -> tuple[str, str]:
    """``(error, message)`` for ``exc``: the message names the file and never a Python class."""
    if isinstance(exc, GovdocsError):
        return (TIMEOUT if isinstance(exc, ConversionTimeoutError) else type(exc).__name__), str(
            exc
        )
    # a bug of ours: say so in words, keep the details for the report
    return "InternalError", (
        f"{path}: internal error while converting ({exc!r:.300}); this is a govdocs bug, "
        "please report it with the file"
    )


def failure_for(path: Path | str, exc: BaseException) -> ConversionFailure:
    """The failure line for ``exc`` raised while converting the local file ``path``."""
    error, message = describe_failure(path, exc)
    return ConversionFailure(str(path), file_sha256(Path(path)), error, message)


def skipped_failure(path: Path, reason: str) -> ConversionFailure:
    """The line of a file a directory walk passed over (``reason`` from :func:`walk_inputs`)."""
    return ConversionFailure(str(path), None, SKIPPED, f"{path}: {reason}")


#: ``report(kind, index, value)``: progress and results of a chunk (see :mod:`._workers`).
Report = Callable[[str, int, Any], None]


def convert_chunk(
    chunk: Sequence[tuple[int, str]], options: ConvertOptions, report: Report
) -> None:
    """Convert the ``(index, path)`` pairs of ``chunk`` in this process, translating all their
    segments in one engine call, and ``report`` each file's start, budget and result
    (``("record", json)`` or ``("failure", json)``)."""
    import json

    from .pipeline import prepare_budgeted

    limits = options.limits
    prepared: list[tuple[int, Path, Document | ConversionFailure]] = []
    for index, name in chunk:
        path = Path(name)
        report("start", index, limits.timeout)
        try:
            doc: Document | ConversionFailure = prepare_budgeted(
                path,
                options.password,
                limits,
                on_extend=partial(report, "extend", index),
                pdf_backend=options.pdf_backend,
            )
        except Exception as exc:  # a bug must not lose the rest of the batch
            doc = failure_for(path, exc)
        prepared.append((index, path, doc))
    docs = [(path, doc) for _, path, doc in prepared if isinstance(doc, Document)]
    failed = _translate(docs, options, report)
    for index, path, item in prepared:
        if not isinstance(item, ConversionFailure) and path in failed:
            item = failed[path]
        if isinstance(item, ConversionFailure):
            report("result", index, ("failure", json.dumps(item.to_dict(), ensure_ascii=False)))
            continue
        try:
            report("result", index, ("record", _build.build_record(item).to_json()))
        except Exception as exc:
            failure = failure_for(path, exc)
            report("result", index, ("failure", json.dumps(failure.to_dict(), ensure_ascii=False)))


def _translation_budget(docs: Sequence[Document], limits: Limits) -> float | None:
    if limits.timeout is None:
        return None
    pages = sum(doc.raw.pages or 1 for doc in docs)
    return limits.timeout * len(docs) + limits.timeout_per_page * pages


def _translate(
    docs: Sequence[tuple[Path, Document]], options: ConvertOptions, report: Report
) -> dict[Path, ConversionFailure]:
    """Translate all documents in one call; on an error, one by one so a failure only fails
    its own document (a translation error keeps the record with a warning; a timeout fails it)."""
    if not docs:
        return {}
    translate_opts = TranslateOptions(
        enabled=options.translate,
        target=options.target,
        memory=options.memory,
        glossary=options.glossary,
        min_quality=options.min_quality,
    )
    limits = options.limits
    budget = _translation_budget([doc for _, doc in docs], limits)
    report("shared", -1, budget)
    try:
        with time_budget(docs[0][0], budget):
            translate_documents([doc for _, doc in docs], translate_opts)
        return {}
    except GovdocsError:
        pass
    failed: dict[Path, ConversionFailure] = {}
    for path, doc in docs:
        budget = _translation_budget([doc], limits)
        report("shared", -1, budget)
        try:
            with time_budget(path, budget):
                translate_documents([doc], translate_opts)
        except ConversionTimeoutError as exc:
            failed[path] = failure_for(path, exc)
        except GovdocsError as exc:
            doc.translation = None
            doc.warnings.append(_warning(exc))
    return failed


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
    include_unknown: bool = False,
    chunk_size: int = 4,
    pdf_backend: str = "auto",
    glossary: str | PathLike[str] | None = None,
    min_quality: float | None = None,
) -> Iterator[Record | ConversionFailure]:
    """Convert many documents (directories are walked), yielding one result per file, in input
    order, as soon as it is ready.

    ``workers`` processes (default: the number of cores, fewer for a handful of files; ``1``
    converts in this process). Files a directory walk passes over come as a
    :class:`ConversionFailure` with ``error == "Skipped"`` (``include_unknown=True`` tries them).
    A file over its time budget (``limits.timeout``) is a ``Timeout`` failure; with worker
    processes, a worker stuck past its budget is killed and replaced. With ``on_error="raise"``
    the first failure raises :class:`~govdocs.errors.ReaderError` (or the original
    :class:`~govdocs.errors.GovdocsError`) instead of being yielded. ``pdf_backend`` as for
    :func:`~govdocs.convert`.
    """
    options = ConvertOptions(
        translate,
        target,
        memory,
        password,
        limits or Limits(),
        pdf_backend=pdf_backend,
        glossary=str(glossary) if glossary is not None else None,
        min_quality=min_quality,
    )
    entries = list(walk_inputs(paths, glob, include_unknown=include_unknown))
    todo = [(i, str(path)) for i, (path, reason) in enumerate(entries) if reason is None]
    if workers is None:  # a worker process costs a start-up: not worth it for a few files
        workers = min(available_cores(), max(1, len(todo) // 4))
    results = _run(todo, options, workers, chunk_size)
    ready: dict[int, Record | ConversionFailure] = {}
    for position, (path, reason) in enumerate(entries):
        if reason is not None:
            yield skipped_failure(path, reason)
            continue
        while position not in ready:
            index, result = next(results)
            ready[index] = result
        result = ready.pop(position)
        if isinstance(result, ConversionFailure) and on_error == "raise":
            raise ReaderError(result.message.split(": ", 1)[-1], path=result.file)
        yield result


def _run(
    todo: list[tuple[int, str]], options: ConvertOptions, workers: int, chunk_size: int
) -> Iterator[tuple[int, Record | ConversionFailure]]:
    """``(index, result)`` for every file of ``todo``, in the order they finish."""
    if workers <= 1 or len(todo) <= 1:
        done: list[tuple[int, Record | ConversionFailure]] = []

        def collect(kind: str, index: int, value: Any) -> None:
            if kind == "result":
                done.append((index, _decode(*value)))

        for start in range(0, len(todo), chunk_size):
            convert_chunk(todo[start : start + chunk_size], options, collect)
            yield from done
            done.clear()
        return
    from ._workers import WorkerPool

    # small chunks keep both workers busy to the end; a chunk shares one translation call
    size = max(1, min(chunk_size, len(todo) // (workers * 2) or 1))
    chunks = [todo[i : i + size] for i in range(0, len(todo), size)]
    paths = dict(todo)
    pool = WorkerPool(
        workers,
        convert_chunk,  # type: ignore[arg-type]
        options,
        initializer=_init_worker,
        initargs=(max(1, available_cores() // workers),),
        # forkserver: thread-safe like spawn, but workers fork from a server that has already
        # imported govdocs, instead of each re-importing everything
        preload=["govdocs.pipeline", "govdocs.batch"],
    )
    for kind, index, value in pool.run(chunks):
        if kind == "result":
            yield index, _decode(*value)
        else:  # lost: the worker was killed over its budget, or died
            yield index, _lost_failure(paths[index], value, options.limits)


def _lost_failure(path: str, lost: Any, limits: Limits) -> ConversionFailure:
    if lost.reason == "timeout":
        message = (
            f"{path}: conversion stopped: the worker converting it was {lost.detail} "
            f"({limits.timeout} s + {limits.timeout_per_page} s a page)"
        )
        return ConversionFailure(path, file_sha256(Path(path)), TIMEOUT, message)
    message = f"{path}: the {lost.detail} while converting this file; the other files went on"
    return ConversionFailure(path, file_sha256(Path(path)), WORKER_CRASHED, message)


def _init_worker(threads: int) -> None:
    # the worker processes share the cores: each translates with its share
    os.environ.setdefault("GOVDOCS_TRANSLATE_THREADS", str(threads))
