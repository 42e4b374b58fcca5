"""Loading a source file's bytes safely: limits, hashing, clear errors."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..budget import DEFAULT_TIMEOUT, DEFAULT_TIMEOUT_PER_PAGE
from ..errors import DocumentTooLargeError, EmptyDocumentError, ReaderError

#: Default limits; override per call with :class:`Limits`.
DEFAULT_MAX_BYTES = 100 * 1024 * 1024
DEFAULT_MAX_PAGES = 2000


@dataclass(frozen=True)
class Limits:
    """Resource limits applied by every reader."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_pages: int = DEFAULT_MAX_PAGES
    #: Largest decompressed size of one PDF content stream / XML text, in bytes.
    max_decompressed_bytes: int = 200 * 1024 * 1024
    #: Largest XML nesting depth.
    max_depth: int = 256
    #: Time budget of one document in seconds (``None``: no budget), plus ``timeout_per_page``
    #: for every page the reader finds. Over budget, conversion stops with
    #: :class:`~govdocs.errors.ConversionTimeoutError` (see :mod:`govdocs.budget`).
    timeout: float | None = DEFAULT_TIMEOUT
    timeout_per_page: float = DEFAULT_TIMEOUT_PER_PAGE


@dataclass(frozen=True)
class SourceBytes:
    path: Path
    data: bytes
    sha256: str

    @property
    def size(self) -> int:
        return len(self.data)


def load(path: Path, limits: Limits) -> SourceBytes:
    """Read ``path`` within ``limits``; every failure is a :class:`ReaderError` naming the file."""
    if path.is_dir():
        raise ReaderError(
            "is a directory, not a document",
            path=path,
            hint="pass files, or use convert_many / 'govdocs convert DIR -o out.jsonl'",
        )
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ReaderError("no such file", path=path) from exc
    except OSError as exc:
        raise ReaderError(f"cannot read file: {exc.strerror or exc}", path=path) from exc
    if size > limits.max_bytes:
        raise DocumentTooLargeError(
            f"file is {size:,} bytes, over the limit of {limits.max_bytes:,}",
            path=path,
            hint="raise the limit with --max-bytes if the file is genuine",
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)
    except OSError as exc:
        raise ReaderError(f"cannot read file: {exc.strerror or exc}", path=path) from exc
    if len(data) > limits.max_bytes:
        raise DocumentTooLargeError(
            f"file is over the limit of {limits.max_bytes:,} bytes",
            path=path,
            hint="raise the limit with --max-bytes if the file is genuine",
        )
    return from_bytes(path, data, limits)


def from_bytes(path: Path, data: bytes, limits: Limits) -> SourceBytes:
    """Check bytes already read (or handed over by another engine) against ``limits``."""
    if len(data) > limits.max_bytes:
        raise DocumentTooLargeError(
            f"file is {len(data):,} bytes, over the limit of {limits.max_bytes:,}",
            path=path,
            hint="raise the limit with --max-bytes if the file is genuine",
        )
    if not data.strip():
        raise EmptyDocumentError("file is empty or holds only whitespace", path=path)
    return SourceBytes(path=path, data=data, sha256=hashlib.sha256(data).hexdigest())
