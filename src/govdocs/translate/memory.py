"""Translation memory: sentences already translated by the same model version, on disk.

SQLite in the user cache directory (``platformdirs``; ``GOVDOCS_CACHE_DIR`` overrides), keyed by
package name, package version and the exact source sentence. WAL mode and a busy timeout make it
safe for several worker processes on one machine. Do not put it on a network filesystem: SQLite's
locking is not reliable there (see the README's Ray section).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import TranslationError

__all__ = ["TranslationMemory", "default_memory_path"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS segments (
    package TEXT NOT NULL,
    version TEXT NOT NULL,
    source  TEXT NOT NULL,
    target  TEXT NOT NULL,
    PRIMARY KEY (package, version, source)
) WITHOUT ROWID
"""
_CHUNK = 500  # SQLite variable limit friendly


def default_memory_path() -> Path:
    env = os.environ.get("GOVDOCS_CACHE_DIR")
    if env:
        base = Path(env)
    else:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("govdocs"))
    return base / "translation-memory.sqlite3"


class TranslationMemory:
    """A persistent ``(package, version, source) -> target`` store."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_memory_path()
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=60, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
            self._db.commit()
        except (sqlite3.Error, OSError) as exc:
            raise TranslationError(
                f"cannot open translation memory: {exc}", path=self.path
            ) from exc

    def get_many(self, package: str, version: str, sources: Iterable[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(sources))
        found: dict[str, str] = {}
        with self._lock:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT source, target FROM segments WHERE package=? AND version=? "
                    f"AND source IN ({marks})",
                    (package, version, *chunk),
                )
                found.update(rows.fetchall())
        return found

    def put_many(self, package: str, version: str, pairs: Sequence[tuple[str, str]]) -> None:
        if not pairs:
            return
        with self._lock:
            try:
                with self._db:
                    self._db.executemany(
                        "INSERT OR IGNORE INTO segments(package, version, source, target) "
                        "VALUES (?, ?, ?, ?)",
                        [(package, version, s, t) for s, t in pairs],
                    )
            except sqlite3.Error as exc:
                raise TranslationError(
                    f"cannot write translation memory: {exc}", path=self.path
                ) from exc

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM segments").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


_OPEN: dict[Path, TranslationMemory] = {}
_OPEN_LOCK = threading.Lock()


def open_memory(path: Path | None = None) -> TranslationMemory:
    """The process-wide memory at ``path`` (default location when ``None``)."""
    resolved = (path or default_memory_path()).resolve()
    with _OPEN_LOCK:
        memory = _OPEN.get(resolved)
        if memory is None:
            memory = _OPEN[resolved] = TranslationMemory(resolved)
        return memory
