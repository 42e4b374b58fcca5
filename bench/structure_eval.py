"""Per-field accuracy of document structure against a hand-written gold file.

    python bench/structure_eval.py DIR GOLD.json [--by source|format|kind|type] [--verbose]

DIR is searched recursively for the files named in GOLD.json (the seeds are always searched).
Gold is written by hand from reading each document, never copied from govdocs' output.

A gold entry maps a file name to the fields to check; only the fields present are checked.
Keys starting with ``_`` describe the entry and are not scored:

- ``_source`` (where the file came from), ``_format`` (xml, html, odt, docx, pdf, txt),
  ``_type`` (e.g. brief, motie, aanhangsel, handelingen, report, fiche, advice),
  ``_constructed`` (true for fixtures built from the element documentation, reported apart),
  ``_furniture`` (regular expressions for this document's running headers/footers, written by hand),
  ``_paragraphs`` ({"page": hand count of paragraph-like blocks on that page}; scored as
  "paragraphs": govdocs' block count on the page within 2x of the hand count).

Scored fields (values as the document states them):

- record: ``kind``, ``id``, ``title``, ``date`` (ISO), ``language``, ``footnotes`` (count);
  ``title`` is right as the record gives it or without the ``subtitle`` the record names (gold
  writers differ on whether a cover's subtitle belongs to the title; ``subtitle`` itself is
  scored where the gold gives it)
- letters and Kamerstukken: ``reference``, ``subject``, ``attachments`` (count), ``addressee``,
  ``ministry``, ``place``, ``signatories`` ([[role, name], ...]), ``dossier`` ("33694" or
  "36200-XIV"), ``document_number``, ``document_type``
- written questions: ``askers`` ([[name, party], ...]), ``addressees`` ([minister, ...]),
  ``date_submitted``, ``date_answered``, ``status``; ``signatories`` are those who answered
- proceedings: ``meeting_number``, ``item_number``, ``agenda_item``, ``speakers`` (set of names)
- reports: ``authors``, ``publisher``, ``toc_entries`` (count)
- ``furniture``: body blocks holding page furniture, always expected 0 (added to every entry);
  the built-in patterns apply to PDFs and plain text, ``_furniture`` patterns to any format;
  address and phone patterns count in lines of 80 characters at most (running text naming a
  Postbus, as a decision's objection clause does, is content).

Strings are compared after whitespace normalisation; ``speakers`` is compared as a set; a
signatory's role without its leading article and case (``De Minister`` = ``Minister``); a
reference without the genre and number sign before its number (``OF. nº 784/2014`` =
``784/2014``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FURNITURE = re.compile(
    r"P ?agina \d+ van \d+|Retouradres|Overheidsidentificatienr|ISSN \d{4}|’s-Gravenhage 20\d\d|"
    r"^Page \d+ (?:of|/) \d+$|^\d{1,3}$"
)
#: a letterhead's address and phone lines: furniture as a line of their own or a short block;
#: running text naming a Postbus (a decision's objection clause) is content
ADDRESS = re.compile(r"Postbus \d+|\b\d{4} ?[A-Z]{2} (?:Den Haag|DEN HAAG)\b|\bT 0\d{2}|\bF 0\d{2}")
UNSCORED_WHEN_ABSENT = {"furniture"}


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, (list, tuple)):
        return [_norm(v) for v in value]
    return value


def _dossier(meta: Any) -> str | None:
    dossier = getattr(meta, "dossier", None)
    if dossier is None:
        return None
    return f"{dossier.number}-{dossier.suffix}" if dossier.suffix else dossier.number


def extract(record: Any, furniture: list[str] | None = None) -> dict[str, Any]:
    """The scored fields of one record, in the gold file's vocabulary."""
    meta = record.metadata
    signatories = getattr(meta, "signatories", None) or getattr(meta, "answered_by", [])
    # page furniture belongs to printed pages (PDF, and text extracted from PDFs); in XML, HTML
    # and office files an address such as "Postbus 16005" in a notice is content
    printed = getattr(record.source.format, "value", record.source.format) in ("pdf", "text")
    patterns = [*([FURNITURE] if printed else []), *(re.compile(p) for p in furniture or [])]
    pages: dict[int, int] = defaultdict(int)
    for block in record.blocks:
        if block.page is not None:
            pages[block.page] += 1
    return {
        "kind": record.kind.value if hasattr(record.kind, "value") else record.kind,
        "id": record.id,
        "title": record.title,
        "subtitle": getattr(record, "subtitle", None),
        "language": record.language,
        "date": _iso(record.date),
        # (a parliamentary question's number is its reference: "Drucksache 18/5489")
        "reference": getattr(meta, "reference", None)
        or next(iter(getattr(meta, "question_ids", None) or []), None),
        "subject": getattr(meta, "subject", None),
        "attachments": getattr(meta, "attachments", None),
        "addressee": getattr(meta, "addressee", None),
        "ministry": getattr(meta, "ministry", None),
        "place": getattr(meta, "place", None),
        "signatories": [[s.role, s.name] for s in signatories],
        "dossier": _dossier(meta),
        "document_number": getattr(meta, "document_number", None),
        "document_type": getattr(meta, "document_type", None),
        "askers": [[p.name, p.party] for p in getattr(meta, "askers", [])],
        "addressees": list(getattr(meta, "addressees", [])),
        "date_submitted": _iso(getattr(meta, "date_submitted", None)),
        "date_answered": _iso(getattr(meta, "date_answered", None)),
        "status": getattr(meta, "status", None),
        "meeting_number": getattr(meta, "meeting_number", None),
        "item_number": getattr(meta, "item_number", None),
        "agenda_item": getattr(meta, "agenda_item", None),
        "speakers": sorted({p.name for p in getattr(meta, "speakers", [])}),
        "authors": list(getattr(meta, "authors", [])),
        "publisher": getattr(meta, "publisher", None),
        "toc_entries": len(getattr(meta, "table_of_contents", [])),
        "footnotes": len(record.footnotes),
        "furniture": sum(
            any(p.search(line) for p in patterns)
            or (printed and len(line) <= 80 and ADDRESS.search(line) is not None)
            for b in record.blocks
            if getattr(b.type, "value", b.type) != "table"
            for line in b.text.splitlines() or [b.text]
        ),
        "_pages": dict(pages),
    }


def _iso(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return str(value.isoformat())


def _role(value: Any) -> Any:
    """A signatory's role without its leading article and case: govdocs normalises roles
    (``DE MINISTER VAN …,`` -> ``Minister van …``), gold may keep them as printed. No role
    is no role, written ``""`` or ``null``."""
    if not isinstance(value, str) or not value.strip():
        return None if value is None or isinstance(value, str) else value
    return re.sub(
        r"^(?:(?:de|het|the|le|la|der|die|das|il|lo|el|los|las|o|a)\s+|l['’])",
        "",
        " ".join(value.split()),
        flags=re.I,
    ).casefold()


#: a number's genre and sign before it ("OF. nº 784/2014", "Boletín N° 17.370-17", "Appeal
#: No. 22/2025"): gold writers differ on whether they belong to the reference
_NUMBER_SIGN = re.compile(r"^(?:[^\W\d][\w.]*\s+){0,3}?(?:N[º°o]\.?|n\.?º|No\.?|Nr\.?)\s*(?=\d)")


def _reference(value: Any) -> Any:
    """A reference without its genre and number sign before the number, nor a full stop after
    it."""
    if not isinstance(value, str):
        return value
    return _NUMBER_SIGN.sub("", _norm(value)).rstrip(".")


def _equal(field: str, expected: Any, got: Any, subtitle: str | None = None) -> bool:
    if field == "reference":
        return bool(_reference(expected) == _reference(got))
    if field == "title" and subtitle and isinstance(got, str) and got.endswith(f" {subtitle}"):
        # gold writers differ on whether a cover's subtitle belongs to the title: the record
        # names it, so the main title alone is right too
        main = got[: -len(subtitle) - 1]
        return bool(_norm(expected) in (_norm(got), _norm(main)))
    if field == "signatories":
        # (no name is no name, written "" or null, as for roles)
        return [[_role(r), _norm(n) or None] for r, n in expected] == [
            [_role(r), _norm(n) or None] for r, n in got
        ]
    if field == "speakers":
        return sorted(set(_norm(expected))) == sorted(set(_norm(got)))
    return bool(_norm(expected) == _norm(got))


def _paragraphs_ok(expected: dict[str, int], pages: dict[int, int]) -> tuple[bool, str]:
    details = []
    ok = True
    for page, count in expected.items():
        have = pages.get(int(page), 0)
        within = count / 2 <= have <= count * 2 if count else have <= 1
        ok &= within
        details.append(f"p{page}: hand {count}, govdocs {have}")
    return ok, "; ".join(details)


def main(argv: list[str] | None = None) -> int:
    import govdocs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("gold", type=Path)
    parser.add_argument("--by", choices=["source", "format", "kind", "type"], default=None)
    parser.add_argument("--verbose", action="store_true", help="print every mismatch")
    args = parser.parse_args(argv)

    gold = {
        k: v
        for k, v in json.loads(args.gold.read_text(encoding="utf-8")).items()
        if not k.startswith("_")
    }
    files = {p.name: p for p in args.folder.rglob("*") if p.is_file()}
    files.update({p.name: p for p in (ROOT / "seeds").glob("*")})
    # (group, field) -> [right, total]; groups: "real"/"constructed" plus the --by value
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    documents: dict[str, set[str]] = defaultdict(set)
    failed = 0
    for name, expected in sorted(gold.items()):
        if name not in files:
            print(f"missing: {name}")
            failed += 1
            continue
        origin = "constructed" if expected.get("_constructed") else "real"
        groups = [origin]
        if args.by:
            key = {"kind": "kind"}.get(args.by, f"_{args.by}")
            groups.append(f"{args.by}={expected.get(key, '?')}")
        for group in groups:
            documents[group].add(name)
        try:
            record = govdocs.convert(files[name], translate=False)
        except govdocs.GovdocsError as exc:
            print(f"  {name[:60]:60s} FAILED: {exc}")
            failed += 1
            continue
        got = extract(record, expected.get("_furniture"))
        fields = {k: v for k, v in expected.items() if not k.startswith("_")}
        fields.setdefault("furniture", 0)
        for field, value in fields.items():
            ok = _equal(field, value, got[field], got.get("subtitle"))
            shown = got[field]
            for group in groups:
                tally[(group, field)][1] += 1
                tally[(group, field)][0] += ok
            if not ok:
                print(f"  {name[:60]:60s} {field}: expected {value!r}, got {shown!r}")
        if "_paragraphs" in expected:
            ok, detail = _paragraphs_ok(expected["_paragraphs"], got["_pages"])
            for group in groups:
                tally[(group, "paragraphs")][1] += 1
                tally[(group, "paragraphs")][0] += ok
            if not ok or args.verbose:
                print(f"  {name[:60]:60s} paragraphs {'ok' if ok else 'OFF'}: {detail}")

    for group in sorted({g for g, _ in tally}, key=lambda g: (g not in ("real", "constructed"), g)):
        fields = [f for g, f in tally if g == group]
        right = sum(tally[(group, f)][0] for f in fields)
        total = sum(tally[(group, f)][1] for f in fields)
        print(f"\n[{group}] {len(documents[group])} documents")
        print(f"{'field':16s} accuracy")
        for field in fields:
            r, t = tally[(group, field)]
            print(f"{field:16s} {r:3d}/{t:<3d} {100 * r / t:5.1f}%")
        print(f"{'overall':16s} {right}/{total} {100 * right / max(total, 1):.1f}%")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
