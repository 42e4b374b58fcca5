"""``govdocs show``: find the record(s) to show (convert a document on the fly, or read records
from ``.json``/``.jsonl``) and write the HTML or text view."""

from __future__ import annotations

import os
import re
import sys
import tempfile
import webbrowser
from collections.abc import Iterator
from pathlib import Path

from ..errors import GovdocsError
from ..models import Record

__all__ = ["load", "page_name", "write_pages"]

_RECORD_SUFFIXES = {".json", ".jsonl"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def load(path: Path, record_id: str | None = None, *, translate: bool = True) -> list[Record]:
    """The records to show: ``path`` converted when it is a document, else the records of a
    ``.json``/``.jsonl`` file (only the one with ``record_id`` when given)."""
    if not path.is_file():
        raise GovdocsError(f"{path}: no such file")
    if path.suffix.lower() not in _RECORD_SUFFIXES:
        from ..pipeline import convert

        return [convert(path, translate=translate)]
    from ..tables import iter_records

    try:
        records = list(iter_records(path))
    except ValueError as exc:  # a line that is not JSON
        raise GovdocsError(f"{path}: not a govdocs record file ({exc})") from None
    if record_id is not None:
        records = [r for r in records if r.id == record_id]
        if not records:
            raise GovdocsError(f"{path}: no record with id {record_id!r}")
    if not records:
        raise GovdocsError(f"{path}: no records")
    return records


def page_name(record: Record, taken: set[str]) -> str:
    """A file name for the record's page, unique among ``taken`` (which it joins)."""
    base = _UNSAFE.sub("_", record.id)[:120] or "record"
    name, n = f"{base}.html", 1
    while name in taken:
        n += 1
        name = f"{base}-{n}.html"
    taken.add(name)
    return name


def write_pages(records: list[Record], folder: Path) -> Path:
    """One page per record plus ``index.html`` in ``folder``; returns the index."""
    from .html import render_html, render_index

    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = {"index.html"}
    entries = []
    for record in records:
        name = page_name(record, taken)
        (folder / name).write_text(render_html(record), encoding="utf-8")
        entries.append((record, name))
    index = folder / "index.html"
    index.write_text(render_index(entries), encoding="utf-8")
    return index


def _pager(text: str) -> None:
    if sys.stdout.isatty():
        import pydoc

        pydoc.pager(text)
    else:
        sys.stdout.write(text)


def run(
    path: Path,
    *,
    html: Path | None,
    text: bool,
    open_page: bool,
    record_id: str | None,
    translate: bool,
) -> Iterator[str]:
    """Do what ``govdocs show`` was asked; yields the lines to report on stderr."""
    from .html import render_html
    from .text import render_text

    records = load(path, record_id, translate=translate)
    if text:
        _pager("\n".join(render_text(r, color=sys.stdout.isatty()) for r in records))
        return
    if len(records) > 1:
        if html is None:
            if not open_page:
                raise GovdocsError(
                    f"{path}: {len(records)} records; give --html DIR for an index and one page "
                    "each, or --id ID for one"
                )
            html = Path(tempfile.mkdtemp(prefix="govdocs-show-"))
        target = write_pages(records, html)
        yield f"wrote {len(records)} pages and {target}"
    else:
        page = render_html(records[0])
        if html is None and not open_page:
            sys.stdout.write(page)
            return
        if html is None:
            fd, name = tempfile.mkstemp(suffix=".html", prefix="govdocs-show-")
            os.close(fd)
            target = Path(name)
            target.write_text(page, encoding="utf-8")
        else:
            target = html / page_name(records[0], set()) if html.is_dir() else html
            target.write_text(page, encoding="utf-8")
        yield f"wrote {target}"
    if open_page:
        webbrowser.open(target.resolve().as_uri())
