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
from .engine import Hypothesis

__all__ = ["TranslationMemory", "default_memory_path"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS segments (
    package TEXT NOT NULL,
    version TEXT NOT NULL,
    source  TEXT NOT NULL,
    target  TEXT NOT NULL,
    score   REAL,
    tokens  INTEGER NOT NULL DEFAULT 0,
    truncated INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (package, version, source)
) WITHOUT ROWID
"""
#: Columns added after the first release (a memory written before has none: added on open,
#: old rows read with no score).
_ADDED = {
    "score": "REAL",
    "tokens": "INTEGER NOT NULL DEFAULT 0",
    "truncated": "INTEGER NOT NULL DEFAULT 0",
}
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
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(segments)")}
            for name, kind in _ADDED.items():
                if name not in columns:
                    self._db.execute(f"ALTER TABLE segments ADD COLUMN {name} {kind}")
            self._db.commit()
        except (sqlite3.Error, OSError) as exc:
            raise TranslationError(
                f"cannot open translation memory: {exc}", path=self.path
            ) from exc

    def get_many(self, package: str, version: str, sources: Iterable[str]) -> dict[str, str]:
        """``source -> target`` for the sources the memory holds."""
        return {s: e.text for s, e in self.get_entries(package, version, sources).items()}

    def get_entries(
        self, package: str, version: str, sources: Iterable[str]
    ) -> dict[str, Hypothesis]:
        """``source -> Hypothesis`` (text, score, truncated) for the sources the memory holds."""
        wanted = list(dict.fromkeys(sources))
        found: dict[str, Hypothesis] = {}
        with self._lock:
            for i in range(0, len(wanted), _CHUNK):
                chunk = wanted[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT source, target, score, tokens, truncated FROM segments WHERE package=? "
                    f"AND version=? AND source IN ({marks})",
                    (package, version, *chunk),
                )
                for source, target, score, tokens, truncated in rows.fetchall():
                    found[source] = Hypothesis(target, score, int(tokens), bool(truncated))
        return found

    def put_many(
        self,
        package: str,
        version: str,
        pairs: Sequence[tuple[str, str]] | Sequence[tuple[str, Hypothesis]],
    ) -> None:
        """Store ``(source, target)`` or ``(source, Hypothesis)`` pairs (first one wins)."""
        if not pairs:
            return
        rows = []
        for source, value in pairs:
            if isinstance(value, Hypothesis):
                rows.append(
                    (
                        package,
                        version,
                        source,
                        value.text,
                        value.score,
                        value.tokens,
                        int(value.truncated),
                    )
                )
            else:
                rows.append((package, version, source, value, None, 0, 0))
        with self._lock:
            try:
                with self._db:
                    self._db.executemany(
                        "INSERT OR IGNORE INTO segments(package, version, source, target, "
                        "score, tokens, truncated) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        rows,
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
