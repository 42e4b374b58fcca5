"""Official English names of Dutch government bodies, roles and document types.

A glossary is a TSV file: ``source<TAB>target[<TAB>kind]`` per line, ``#`` comments, an optional
``source target kind`` header, and optional ``# name: ...`` / ``# version: ...`` comment lines
that the record reports (``translation.glossary``, ``translation.glossary_version``). govdocs ships
``data/glossary-nl-en.tsv``; ``convert(..., glossary=PATH)`` / ``--glossary FILE.tsv`` adds a
user glossary whose entries override the shipped ones (same source term, case-insensitive).

Matching: longest term first, whole words only. A term written with a capital (a name such as
``Tweede Kamer``) matches as written, except that its first letter may be either case; a
lower-case term (``motie``) also matches capitalised at a sentence start, and its target is then
capitalised too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import TranslationError

__all__ = ["Glossary", "GlossaryMatch", "load_glossary"]

DEFAULT_NAME = "glossary-nl-en.tsv"


@dataclass(frozen=True)
class GlossaryMatch:
    start: int
    end: int
    source: str
    target: str


class Glossary:
    """Terms and their official English names, matched in one regular expression."""

    def __init__(self, entries: dict[str, str], name: str, version: str | None) -> None:
        self.entries = entries
        self.name = name
        self.version = version
        self._by_key = {_key(term): (term, target) for term, target in entries.items()}
        # compiled case-insensitive (a pattern with a [Xx] class per term took 0.6 s to
        # compile); find() then keeps only matches written as the term, first letter aside
        alternatives = [
            r"\s+".join(re.escape(w) for w in term.split(" "))
            for term in sorted(entries, key=len, reverse=True)
        ]
        self._pattern = (
            re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)
            if alternatives
            else None
        )

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str) -> list[GlossaryMatch]:
        """Every glossary term in ``text``, left to right, longest first, no overlaps."""
        if self._pattern is None:
            return []
        out = []
        for match in self._pattern.finditer(text):
            source = match.group(0)
            entry = self._by_key.get(_key(source))
            if entry is None:
                continue
            term, target = entry
            if " ".join(source.split())[1:] != term[1:]:
                continue
            if source[0].isupper() and term[0].islower() and target[0].islower():
                target = target[0].upper() + target[1:]
            out.append(GlossaryMatch(match.start(), match.end(), source, target))
        return out

    def merged(self, other: Glossary) -> Glossary:
        """This glossary with ``other``'s entries added, ``other`` winning on equal terms."""
        entries = {t: v for t, v in self.entries.items() if _key(t) not in other._by_key}
        for term, target in other.entries.items():  # keep the shipped spelling (its capitals)
            entries[self._by_key.get(_key(term), (term, target))[0]] = target
        version = f"{self.version or '?'}+{other.name}@{other.version or '?'}"
        return Glossary(entries, self.name, version)


def _key(term: str) -> str:
    return " ".join(term.split()).lower()


def _parse(text: str, origin: str) -> tuple[dict[str, str], str | None, str | None]:
    entries: dict[str, str] = {}
    name = version = None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("#"):
            key, _, value = stripped.lstrip("# ").partition(":")
            if key.strip().lower() == "name" and value.strip():
                name = value.strip()
            elif key.strip().lower() == "version" and value.strip():
                version = value.strip()
            continue
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].strip() or not fields[1].strip():
            raise TranslationError(
                f"glossary line {number}: expected 'source<TAB>target[<TAB>kind]'", path=origin
            )
        source, target = " ".join(fields[0].split()), fields[1].strip()
        if (source.lower(), target.lower()) == ("source", "target"):
            continue
        entries[source] = target
    return entries, name, version


@lru_cache(maxsize=1)
def _default() -> Glossary:
    text = (
        resources.files("govdocs")
        .joinpath("data")
        .joinpath(DEFAULT_NAME)
        .read_text(encoding="utf-8")
    )
    entries, name, version = _parse(text, DEFAULT_NAME)
    return Glossary(entries, name or "govdocs-nl-en", version)


def load_glossary(path: str | Path | None = None) -> Glossary:
    """The shipped glossary, with the user glossary at ``path`` overriding it when given."""
    if path is None:
        return _default()
    path = Path(path)
    try:
        stat = path.stat()
    except OSError as exc:
        raise TranslationError(f"cannot read glossary: {exc}", path=path) from exc
    return _user(path.resolve(), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _user(path: Path, mtime: int, size: int) -> Glossary:
    """The shipped glossary merged with the one at ``path`` (cached while the file is unchanged:
    a batch translates many documents with one glossary)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TranslationError(f"cannot read glossary: {exc}", path=path) from exc
    entries, name, version = _parse(text, str(path))
    return _default().merged(Glossary(entries, name or path.name, version))
