"""Converting archives on a Ray cluster with Ray Data (extra ``govdocs[ray]``).

The library's own stages, in the shape Ray Data is built for:

1. **read and prepare** (stateless tasks, as many as the cluster has CPUs): Ray reads the bytes
   (local paths, folders, or any filesystem Ray reads, such as ``s3://``), then reader ->
   structure -> normalise -> languages, exactly :func:`govdocs.pipeline.prepare_bytes`. Documents
   cross to the next stage pickled (they hold pydantic models and the raw document).
2. **translate and build** (an actor pool): each actor keeps its process, and so the engine's
   per-process CTranslate2 model cache, alive across batches (on a GPU when
   ``gpus_per_translator`` > 0) and translates all segments of the documents of a batch in one
   engine call, then builds the records. Without translation this stage is a plain task.
3. **write**: JSONL shards ``records-00000.jsonl`` … written by Ray's write tasks (on the
   driver's node for a local folder, anywhere for ``s3://`` and other shared storage), and
   ``errors.jsonl`` with the same ``{file, sha256, error, message}`` lines as
   ``govdocs convert --errors``.

Records equal what ``govdocs convert`` produces locally for the same inputs and model: the same
functions run, only in other processes. Shards hold records in completion order.

Translation memory in a cluster: each node keeps its own SQLite memory in that node's user cache
directory (``GOVDOCS_CACHE_DIR`` on the node overrides it); the actors on one node share it
(WAL mode, busy timeout). Nothing is shared between nodes, so no SQLite file ever sits on a
network filesystem; a sentence first seen on two nodes is translated on both, with the same
result. ``memory=False`` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .batch import (
    DOCUMENT_SUFFIXES,
    ConversionFailure,
    ConvertOptions,
    describe_failure,
    iter_documents,
)
from .document import Document
from .errors import GovdocsError, ReaderError
from .readers import Limits

__all__ = ["RaySummary", "convert_dataset", "convert_with_ray"]

_ERRORS_NAME = "errors.jsonl"


@dataclass(frozen=True)
class RaySummary:
    """What a Ray run produced."""

    records: int
    failures: int
    #: records whose translation was needed but no model was installed
    untranslated: int = 0
    untranslated_message: str | None = None


# --------------------------------------------------------------------------- stage functions


def _failure(name: str, sha256: str | None, exc: BaseException) -> ConversionFailure:
    """The same failure line :func:`govdocs.batch.convert_chunk` writes, with the hash of the
    bytes Ray read (the file may not be on this machine)."""
    error, message = describe_failure(name, exc)
    as_path = str(Path(name))  # what the stages print: a Path turns s3://b/k into s3:/b/k
    if as_path != name and message.startswith(as_path + ":"):
        message = name + message[len(as_path) :]
    return ConversionFailure(name, sha256, error, message)


def _failure_json(failure: ConversionFailure) -> str:
    return json.dumps(failure.to_dict(), ensure_ascii=False)


def _display_name(path: str, names: dict[str, str], schemes: list[str]) -> str:
    """The name the user gave (local path or URI) for a path as Ray reports it."""
    if path in names:
        return names[path]
    # a file found under a remote prefix: Ray drops the scheme
    return f"{schemes[0]}://{path}" if len(schemes) == 1 and "://" not in path else path


def _prepare_batch(
    batch: dict[str, Any], options: ConvertOptions, names: dict[str, str], schemes: list[str]
) -> dict[str, list[Any]]:
    """Stage 1: bytes -> pickled prepared Documents, or failure lines."""
    from .pipeline import prepare_bytes

    out: dict[str, list[Any]] = {"name": [], "sha256": [], "doc": [], "failure": []}
    for path, data in zip(batch["path"], batch["bytes"], strict=True):
        name = _display_name(str(path), names, schemes)
        blob = bytes(data)
        sha = hashlib.sha256(blob).hexdigest()
        doc, failure = b"", ""
        try:
            doc = pickle.dumps(
                prepare_bytes(
                    Path(name),
                    blob,
                    password=options.password,
                    limits=options.limits,
                    pdf_backend=options.pdf_backend,
                )
            )
        except Exception as exc:  # a bug must not lose the rest of the batch
            failure = _failure_json(_failure(name, sha, exc))
        out["name"].append(name)
        out["sha256"].append(sha)
        out["doc"].append(doc)
        out["failure"].append(failure)
    return out


def _translate_and_build(
    batch: dict[str, Any], options: ConvertOptions, device: str = "cpu", threads: int | None = None
) -> dict[str, list[Any]]:
    """Stage 2: translate the batch's documents in one engine call, build the records.

    Mirrors :func:`govdocs.batch.convert_chunk`: a translation error is retried document by
    document so it only marks its own record (a ``translation_failed`` warning).
    """
    from . import build
    from .batch import _warning
    from .models import TranslationStatus
    from .translate import TranslateOptions, translate_documents

    docs: list[Document | None] = [pickle.loads(blob) if blob else None for blob in batch["doc"]]
    ready = [doc for doc in docs if doc is not None]
    topts = TranslateOptions(
        enabled=options.translate,
        target=options.target,
        memory=options.memory,
        glossary=options.glossary,
        min_quality=options.min_quality,
        device=device,
        threads=threads,
    )
    try:
        translate_documents(ready, topts)
    except GovdocsError:
        for one in ready:
            try:
                translate_documents([one], topts)
            except GovdocsError as exc:
                one.translation = None
                one.warnings.append(_warning(exc))
    out: dict[str, list[Any]] = {"kind": [], "payload": [], "untranslated": []}
    for name, sha, doc, failure in zip(
        batch["name"], batch["sha256"], docs, batch["failure"], strict=True
    ):
        kind, payload, untranslated = "failure", str(failure), ""
        if doc is not None:
            try:
                record = build.build_record(doc)
                kind, payload = "record", record.to_json()
                if record.translation.status is TranslationStatus.unavailable:
                    untranslated = record.translation.message or "no translation model installed"
            except Exception as exc:
                payload = _failure_json(_failure(str(name), str(sha), exc))
        out["kind"].append(kind)
        out["payload"].append(payload)
        out["untranslated"].append(untranslated)
    return out


def _convert_batch(
    batch: dict[str, Any], options: ConvertOptions, names: dict[str, str], schemes: list[str]
) -> dict[str, list[Any]]:
    """Both stages in one task, for runs without translation."""
    return _translate_and_build(_prepare_batch(batch, options, names, schemes), options)


class _Translator:
    """Stage 2 actor: its process, and so the loaded CTranslate2 model, lives across batches."""

    def __init__(self, options: ConvertOptions, device: str, threads: int | None) -> None:
        self.options = options
        self.device = device
        self.threads = threads

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        return _translate_and_build(batch, self.options, self.device, self.threads)


# --------------------------------------------------------------------------- output


def _output_fs(output: str) -> tuple[Any, str, bool]:
    """``(pyarrow filesystem, path on it, is_local)`` for a folder or a URI such as s3://."""
    import pyarrow.fs as pafs  # type: ignore[import-untyped]

    if "://" in output and not output.startswith("file://"):
        fs, path = pafs.FileSystem.from_uri(output)
        return fs, path.rstrip("/"), False
    local = Path(output.removeprefix("file://")).resolve()
    return pafs.LocalFileSystem(), str(local), True


def _make_sink(output: str, shard_size: int) -> Any:
    """A Ray Data datasink writing JSONL shards of the records; failures go back to the driver."""
    from ray.data import Datasink
    from ray.data.block import BlockAccessor

    fs, root, local = _output_fs(output)

    class _ShardSink(Datasink[tuple[int, list[str], list[str]]]):
        def __init__(self) -> None:
            self.records = 0
            self.failure_lines: list[str] = []
            self.untranslated: list[str] = []

        @property
        def supports_distributed_writes(self) -> bool:
            # a local folder lives on the driver's machine: write there
            return not local

        @property
        def min_rows_per_write(self) -> int:
            return shard_size

        def write(self, blocks: Iterable[Any], ctx: Any) -> tuple[int, list[str], list[str]]:
            lines: list[str] = []
            failures: list[str] = []
            untranslated: list[str] = []
            for block in blocks:
                table = BlockAccessor.for_block(block).to_arrow()
                kinds = table.column("kind").to_pylist()
                payloads = table.column("payload").to_pylist()
                notes = table.column("untranslated").to_pylist()
                for kind, payload, note in zip(kinds, payloads, notes, strict=True):
                    (lines if kind == "record" else failures).append(payload)
                    if note:
                        untranslated.append(note)
            if lines:
                name = f"{root}/records-{ctx.task_idx:05d}.jsonl"
                with fs.open_output_stream(name) as stream:
                    stream.write("".join(line + "\n" for line in lines).encode("utf-8"))
            return len(lines), failures, untranslated

        def on_write_complete(self, write_result: Any) -> None:
            # Ray >= 2.40 passes a WriteResult, earlier versions the list of returns
            returns = getattr(write_result, "write_returns", write_result)
            for written, failures, untranslated in returns:
                self.records += written
                self.failure_lines.extend(failures)
                self.untranslated.extend(untranslated)

    return _ShardSink()


def _write_errors(path: str, lines: Sequence[str]) -> None:
    fs, target, _ = _output_fs(path)
    with fs.open_output_stream(target) as stream:
        stream.write("".join(line + "\n" for line in lines).encode("utf-8"))


def _clear_shards(output: str) -> None:
    """Remove the shards of an earlier run, so the folder holds this run's records only."""
    import pyarrow.fs as pafs  # type: ignore[import-untyped]

    fs, root, _ = _output_fs(output)
    fs.create_dir(root, recursive=True)
    for info in fs.get_file_info(pafs.FileSelector(root)):
        base = info.path.rsplit("/", 1)[-1]
        if base.startswith("records-") and base.endswith(".jsonl"):
            fs.delete_file(info.path)


# --------------------------------------------------------------------------- entry points


def _split_inputs(inputs: Sequence[str], glob: str | None) -> tuple[list[str], list[str]]:
    """Local files (directories walked exactly like the local batch command) and remote URIs."""
    local = [item for item in inputs if "://" not in item]
    remote = [item for item in inputs if "://" in item]
    missing = [item for item in local if not Path(item).exists()]
    if missing:
        raise ReaderError("no such file", path=missing[0])
    return [str(p) for p in iter_documents(local, glob)], remote


def convert_dataset(
    inputs: Sequence[str] | str,
    output_dir: str | Path,
    *,
    translate: bool = True,
    target: str = "en",
    memory: bool = True,
    password: str | None = None,
    limits: Limits | None = None,
    num_translators: int = 1,
    gpus_per_translator: float = 0,
    cpus_per_translator: float = 1,
    batch_size: int = 8,
    shard_size: int = 1000,
    prepare_memory: int | None = 512 * 2**20,
    glob: str | None = None,
    errors_path: str | Path | None = None,
    address: str | None = None,
    runtime_env: dict[str, Any] | None = None,
    progress: bool = True,
) -> RaySummary:
    """Convert ``inputs`` with Ray Data into JSONL shards in ``output_dir``.

    ``inputs``: files, folders (walked like the local batch command; ``glob`` picks files in
    them) and URIs of any filesystem Ray reads (``s3://bucket/prefix/``; documents there are
    picked by suffix). ``output_dir``: a local folder (written on the driver's machine) or a URI
    every node can write (``s3://…``). Failures go to ``errors_path`` (default
    ``output_dir/errors.jsonl``).

    Uses the running Ray instance, else connects to ``address`` (``"auto"``, ``"ray://…"``) or
    starts a local one. ``num_translators`` actors translate, each with ``gpus_per_translator``
    GPUs (CUDA) or ``cpus_per_translator`` CPUs (also its CTranslate2 threads); a read-and-prepare
    task reserves ``prepare_memory`` bytes. ``batch_size`` documents share one translation call;
    a shard holds about ``shard_size`` records.
    Raises :class:`~govdocs.errors.GovdocsError` when Ray is missing, the cluster cannot be
    reached or the run fails; a document that cannot be converted is a failure line instead.
    """
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise GovdocsError("Ray is not installed", hint="pip install 'govdocs[ray]'") from exc
    options = ConvertOptions(translate, target, memory, password, limits or Limits())
    local, remote = _split_inputs([inputs] if isinstance(inputs, str) else list(inputs), glob)
    output = str(output_dir)
    errors = str(errors_path) if errors_path is not None else f"{output.rstrip('/')}/{_ERRORS_NAME}"
    try:
        _clear_shards(output)
        if not ray.is_initialized():
            ray.init(address=address, runtime_env=runtime_env, log_to_driver=False)
        ray.data.DataContext.get_current().enable_progress_bars = progress
        actors = _actors(translate, num_translators, gpus_per_translator, cpus_per_translator)
        sink = _run(
            ray, local, remote, output, options, batch_size, shard_size, actors, prepare_memory
        )
        _write_errors(errors, sink.failure_lines if sink else [])
    except GovdocsError:
        raise
    except Exception as exc:  # Ray, pyarrow and cluster errors: one clear message
        raise GovdocsError(
            f"Ray conversion failed ({type(exc).__name__}: {exc})", path=output
        ) from exc
    if sink is None:
        return RaySummary(0, 0)
    return RaySummary(
        sink.records,
        len(sink.failure_lines),
        len(sink.untranslated),
        sink.untranslated[0] if sink.untranslated else None,
    )


def _actors(translate: bool, count: int, gpus: float, cpus: float) -> dict[str, Any] | None:
    """map_batches arguments of the translation stage, or None for plain tasks."""
    if not translate:
        return None
    if count < 1:
        raise GovdocsError(f"need at least one translator, not {count}")
    device = "cuda" if gpus > 0 else "cpu"
    threads = None if gpus > 0 else max(1, int(cpus))
    return {
        "fn_constructor_kwargs": {"device": device, "threads": threads},
        "num_gpus": gpus,
        "num_cpus": cpus,
        "size": count,
    }


def _run(
    ray: Any,
    local: list[str],
    remote: list[str],
    output: str,
    options: ConvertOptions,
    batch_size: int,
    shard_size: int,
    actors: dict[str, Any] | None,
    prepare_memory: int | None,
) -> Any:
    # Ray reports local files by absolute path and remote ones without their scheme: map back
    # to the names the user gave, which the errors file and messages use (as locally)
    names = {str(Path(p).resolve()): p for p in local}
    datasets = []
    if local:
        datasets.append(ray.data.read_binary_files(list(names), include_paths=True))
    if remote:
        datasets.append(
            ray.data.read_binary_files(
                remote,
                include_paths=True,
                file_extensions=[s.lstrip(".") for s in DOCUMENT_SUFFIXES],
            )
        )
        names.update({uri.split("://", 1)[1]: uri for uri in remote})
    if not datasets:
        return None
    dataset = datasets[0] if len(datasets) == 1 else datasets[0].union(*datasets[1:])
    schemes = sorted({uri.split("://", 1)[0] for uri in remote})
    fn_kwargs = {"options": options, "names": names, "schemes": schemes}
    if actors is None:  # nothing to translate: one stateless stage does it all
        converted = dataset.map_batches(
            _convert_batch,
            fn_kwargs=fn_kwargs,
            batch_size=batch_size,
            batch_format="default",
            memory=prepare_memory,
        )
    else:
        prepared = dataset.map_batches(
            _prepare_batch,
            fn_kwargs=fn_kwargs,
            batch_size=batch_size,
            batch_format="default",
            # a reservation for parsing (a large PDF takes hundreds of MB); a reservation the
            # actors do not have also keeps Ray Data from fusing these stateless tasks into the
            # translation actors, which would leave only as many processes reading as there
            # are translators
            memory=prepare_memory,
        )
        converted = prepared.map_batches(
            _Translator,
            fn_constructor_kwargs={"options": options, **actors["fn_constructor_kwargs"]},
            batch_size=batch_size,
            batch_format="default",
            compute=ray.data.ActorPoolStrategy(size=actors["size"]),
            num_gpus=actors["num_gpus"],
            num_cpus=actors["num_cpus"],
        )
    sink = _make_sink(output, shard_size)
    converted.write_datasink(sink)
    return sink


def convert_with_ray(
    inputs: Sequence[str],
    output: str | None,
    *,
    translate: bool = True,
    target: str = "en",
    memory: bool = True,
    password: str | None = None,
    max_bytes: int | None = None,
    glob: str | None = None,
    errors: str | None = None,
    require_translation: bool = False,
    address: str | None = None,
    translators: int = 1,
    gpus_per_translator: float = 0,
    quiet: bool = False,
) -> int:
    """``govdocs convert --engine ray``: run :func:`convert_dataset`, report like the local
    command, and return its exit code (0 ok, 1 some input failed, 2 usage, 3 translation
    required but unavailable)."""
    import time

    def err(message: str) -> None:
        print(f"govdocs: {message}", file=sys.stderr)

    if not output:
        err("--engine ray writes JSONL shards: give an output folder with -o")
        return 2
    if output.endswith((".json", ".jsonl")):
        err(f"{output}: --engine ray writes a folder of JSONL shards; give a folder")
        return 2
    started = time.perf_counter()
    try:
        summary = convert_dataset(
            list(inputs),
            output,
            translate=translate,
            target=target,
            memory=memory,
            password=password,
            limits=Limits(max_bytes=max_bytes) if max_bytes else Limits(),
            num_translators=translators,
            gpus_per_translator=gpus_per_translator,
            glob=glob,
            errors_path=errors,
            address=address,
            progress=not quiet,
        )
    except GovdocsError as exc:
        err(str(exc))
        return 2
    errors_file = errors or f"{output.rstrip('/')}/{_ERRORS_NAME}"
    print(
        f"govdocs: converted {summary.records}, failed {summary.failures} in "
        f"{time.perf_counter() - started:.1f} s (records-*.jsonl in {output}, failures in "
        f"{errors_file})",
        file=sys.stderr,
    )
    if summary.untranslated:
        err(f"translation unavailable for {summary.untranslated}: {summary.untranslated_message}")
        if require_translation:
            return 3
    return 1 if summary.failures else 0
