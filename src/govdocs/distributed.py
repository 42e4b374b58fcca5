"""Converting archives on a Ray cluster with Ray Data (extra ``govdocs[ray]``).

Two stages, the shape Ray Data is built for:

1. **read and structure** (stateless tasks): file bytes -> reader -> structure -> normalise ->
   languages, exactly the library's :func:`~govdocs.pipeline.prepare` stages, on bytes Ray read
   (local paths, globs, or any filesystem Ray reads, such as ``s3://``);
2. **translate and build** (an actor pool): each actor loads the CTranslate2 model once (on a
   GPU when ``gpus_per_translator`` > 0) and translates all segments of the batch of documents
   it receives in one engine call, then builds the records.

The driver writes JSONL shards (``records-00000.jsonl`` …) and ``errors.jsonl`` with the same
``{file, sha256, error, message}`` lines as ``govdocs convert --errors``. Records equal what
``govdocs convert`` produces locally for the same inputs and model; nothing in a record depends
on where it was made.

Translation memory in a cluster: each node keeps its own SQLite memory in its user cache
directory (``GOVDOCS_CACHE_DIR`` on that node). Nothing is shared between nodes, so no SQLite file
ever sits on a network filesystem; a sentence translated on two nodes is translated twice.
``memory=False`` turns it off.
"""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

from .batch import ConversionFailure, ConvertOptions, _failure, iter_documents
from .errors import GovdocsError
from .readers import Limits

__all__ = ["convert_dataset"]


def _prepare_rows(batch: dict[str, Any], options: ConvertOptions) -> dict[str, list[Any]]:
    """Stage 1: bytes -> prepared Documents (pickled) or failures."""
    from .pipeline import prepare_bytes

    out: dict[str, list[Any]] = {"path": [], "doc": [], "failure": []}
    for path, data in zip(batch["path"], batch["bytes"], strict=False):
        name = str(path)
        try:
            doc = prepare_bytes(
                Path(name), bytes(data), password=options.password, limits=options.limits
            )
            out["doc"].append(pickle.dumps(doc))
            out["failure"].append("")
        except Exception as exc:
            failure = _failure(Path(name), exc)
            if failure.sha256 is None:
                import hashlib

                failure = ConversionFailure(
                    failure.file,
                    hashlib.sha256(bytes(data)).hexdigest(),
                    failure.error,
                    failure.message,
                )
            out["doc"].append(b"")
            out["failure"].append(json.dumps(failure.to_dict(), ensure_ascii=False))
        out["path"].append(name)
    return out


class _Translator:
    """Stage 2 actor: keeps the translation engine loaded across batches."""

    def __init__(self, options: ConvertOptions, device: str) -> None:
        self.options = options
        self.device = device

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        from . import build
        from .translate import TranslateOptions, translate_documents

        docs = [pickle.loads(blob) if blob else None for blob in batch["doc"]]
        ready = [doc for doc in docs if doc is not None]
        opts = TranslateOptions(
            enabled=self.options.translate,
            target=self.options.target,
            memory=self.options.memory,
            device=self.device,
        )
        translate_documents(ready, opts)
        kinds: list[str] = []
        payloads: list[str] = []
        for path, doc, failure in zip(batch["path"], docs, batch["failure"], strict=False):
            if doc is None:
                kinds.append("failure")
                payloads.append(str(failure))
                continue
            try:
                kinds.append("record")
                payloads.append(build.build_record(doc).to_json())
            except Exception as exc:
                kinds[-1] = "failure"
                payloads.append(json.dumps(_failure(Path(str(path)), exc).to_dict()))
        return {"kind": kinds, "payload": payloads}


def _inputs(inputs: list[str], glob: str | None) -> list[str]:
    local: list[str] = []
    remote: list[str] = []
    for item in inputs:
        (remote if "://" in item else local).append(item)
    return [str(p.resolve()) for p in iter_documents(local, glob)] + remote


def convert_dataset(
    inputs: list[str] | str,
    output_dir: str | Path,
    *,
    translate: bool = True,
    target: str = "en",
    memory: bool = True,
    password: str | None = None,
    limits: Limits | None = None,
    num_translators: int = 1,
    gpus_per_translator: float = 0,
    batch_size: int = 8,
    shard_size: int = 1000,
    glob: str | None = None,
    address: str | None = None,
    runtime_env: dict[str, Any] | None = None,
) -> tuple[int, int]:
    """Convert ``inputs`` with Ray Data into JSONL shards in ``output_dir``.

    Connects to the cluster at ``address`` (``"auto"`` for an existing one) or starts a local
    Ray instance. Returns ``(records, failures)``.
    """
    try:
        import ray
    except ImportError as exc:
        raise GovdocsError("Ray is not installed", hint="pip install 'govdocs[ray]'") from exc
    options = ConvertOptions(translate, target, memory, password, limits or Limits())
    paths = _inputs([inputs] if isinstance(inputs, str) else list(inputs), glob)
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    if not ray.is_initialized():
        ray.init(address=address, runtime_env=runtime_env, log_to_driver=False)
    if not paths:
        return 0, 0
    dataset = ray.data.read_binary_files(paths, include_paths=True)
    prepared = dataset.map_batches(
        _prepare_rows,  # type: ignore[arg-type]
        fn_kwargs={"options": options},
        batch_size=batch_size,
        batch_format="default",
    )
    device = "cuda" if gpus_per_translator > 0 else "cpu"
    converted = prepared.map_batches(
        _Translator,
        fn_constructor_kwargs={"options": options, "device": device},
        batch_size=batch_size,
        batch_format="default",
        concurrency=num_translators,
        num_gpus=gpus_per_translator,
    )
    records = failures = 0
    shard = None
    errors = (out / "errors.jsonl").open("w", encoding="utf-8")
    try:
        for row in converted.iter_rows():
            if row["kind"] == "failure":
                failures += 1
                errors.write(row["payload"] + "\n")
                continue
            if records % shard_size == 0:
                if shard is not None:
                    shard.close()
                shard = (out / f"records-{records // shard_size:05d}.jsonl").open(
                    "w", encoding="utf-8"
                )
            assert shard is not None
            shard.write(row["payload"] + "\n")
            records += 1
    finally:
        errors.close()
        if shard is not None:
            shard.close()
    return records, failures
