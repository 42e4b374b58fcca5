"""Typed access to a record's metadata: ``isinstance`` narrows ``record.metadata`` per kind.

``record.metadata`` is a union of one class per document kind; checking the class (not
``record.kind``) is what tells a type checker which fields exist. This file is checked with
``mypy --strict`` in CI. Run from a checkout:  python examples/typed_metadata.py [FILE...]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import govdocs

ROOT = Path(__file__).resolve().parents[1]
DEFAULTS = [
    ROOT / "seeds" / "002_kamerstuk-33694-68-reaim-letter.nl.txt",
    ROOT / "seeds" / "004_unoda-ai-dialogue-news-item.en.txt",
]


def describe(record: govdocs.Record) -> str:
    meta = record.metadata
    if isinstance(meta, govdocs.LetterMetadata):
        # a signatory may be an office alone (name null: a drawn or redacted signature)
        signed = ", ".join(s.name or s.role or "" for s in meta.signatories) or "unsigned"
        dossier = meta.dossier.number if meta.dossier is not None else "-"
        return f"letter, dossier {dossier}, subject {meta.subject!r}, signed by {signed}"
    if isinstance(meta, govdocs.QuestionsMetadata):
        asked: dt.date | None = meta.date_submitted  # metadata dates are datetime.date
        askers = ", ".join(p.name for p in meta.askers)
        return f"written questions by {askers} submitted {asked}, status {meta.status}"
    if isinstance(meta, govdocs.ProceedingsMetadata):
        return f"proceedings, item {meta.agenda_item!r}, {len(meta.speakers)} speakers"
    if isinstance(meta, govdocs.NewsItemMetadata):
        return f"news item from {meta.publisher or 'unknown publisher'}"
    if isinstance(meta, govdocs.ReportMetadata):
        return f"report by {', '.join(meta.authors) or 'unknown authors'}"
    return "other document"


def main(paths: list[Path]) -> int:
    for path in paths:
        try:
            record = govdocs.convert(path, translate=False)
        except govdocs.GovdocsError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        # record.date is the ISO string as stated ("2021-03"); date_start/date_end are dates
        span: tuple[dt.date | None, dt.date | None] = (record.date_start, record.date_end)
        print(f"{record.id}: {describe(record)}; date {record.date} covers {span[0]}..{span[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main([Path(p) for p in sys.argv[1:]] or DEFAULTS))
