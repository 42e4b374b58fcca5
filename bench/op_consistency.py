"""Real officiele-publicatie XML checked against the publisher's own metadata inside each file.

    python bench/op_consistency.py DIR [--show 6]

Every ``*.xml`` under DIR is converted; where the file embeds its metadata (``<meta name=…>``:
``DC.identifier``, ``OVERHEIDop.dossiernummer``, ``OVERHEIDop.ondernummer``,
``OVERHEIDop.indiener``, ``DCTERMS.issued``), govdocs' record is compared with it. The metadata is
the publisher's, written independently of govdocs, so this scales a check that hand gold cannot:
the 8,041 motions of tommyvanderwal/motiematcher (``bronmateriaal-onbewerkt/cache/
document_publications/``) were the first corpus run through it. Besides disagreements with the
metadata it counts records that lose a part of the genre: no date, no submitters under a motion,
no paragraphs, a heading cut short, a ``metadata_disagrees`` warning (a disagreement govdocs itself
reports between the text and the metadata).

Prints one line of counts, then up to ``--show`` examples per problem. ``indiener`` mismatches
include the metadata's own spellings without diacritics (``Yesilgöz`` for ``Yeşilgöz``): read the
examples before counting them against govdocs.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import govdocs  # noqa: E402
from govdocs.errors import GovdocsError  # noqa: E402


def _metadata(path: Path) -> dict[str, list[str]]:
    from lxml import etree

    found: dict[str, list[str]] = defaultdict(list)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    for meta in etree.parse(str(path), parser).iter("meta"):
        name, content = meta.get("name"), meta.get("content")
        if name and content:
            found[str(name)].append(str(content))
    return found


def _one(meta: dict[str, list[str]], name: str) -> str | None:
    values = meta.get(name)
    return values[0] if values else None


def check(path: Path) -> list[tuple[str, Any]]:
    """The problems of one file: ``(name, detail)`` pairs."""
    try:
        record = govdocs.convert(path, translate=False)
    except GovdocsError as exc:
        return [("error", str(exc)[:120])]
    meta = _metadata(path)
    m: Any = record.metadata
    problems: list[tuple[str, Any]] = []
    ident = _one(meta, "DC.identifier")
    if ident and record.id != ident:
        problems.append(("id", (record.id, ident)))
    if not record.date:
        problems.append(("no_date", None))
    issued = _one(meta, "DCTERMS.issued")
    if record.date and issued and record.date > issued:
        problems.append(("date_after_issued", (record.date, issued)))
    dossier = getattr(m, "dossier", None)
    stated = (meta.get("OVERHEIDop.dossiernummer") or [""])[0].split(";")[0].strip()
    if stated:
        got = dossier and dossier.number + (f"-{dossier.suffix}" if dossier.suffix else "")
        if not got or not got.startswith(stated):
            problems.append(("dossier", (got, stated)))
    number = _one(meta, "OVERHEIDop.ondernummer")
    if number and getattr(m, "document_number", None) != number:
        problems.append(("number", (getattr(m, "document_number", None), number)))
    signatories = getattr(m, "signatories", [])
    if getattr(m, "document_type", None) in ("motie", "amendement") and not signatories:
        problems.append(("no_submitters", getattr(m, "heading", None)))
    for submitter in meta.get("OVERHEIDop.indiener", []):
        surname = submitter.split()[-1].lower()
        if not any(surname in s.name.lower() for s in signatories):
            problems.append(("indiener", (submitter, [s.name for s in signatories])))
            break
    heading = getattr(m, "heading", None)
    if heading is not None and re.search(r"\b(?:van|de|het|der)$", heading):
        problems.append(("heading_cut", heading))
    if not any(b.type.value == "paragraph" for b in record.blocks):
        problems.append(("no_paragraphs", None))
    disagree = [w.message[:140] for w in record.warnings if w.code == "metadata_disagrees"]
    if disagree:
        problems.append(("disagrees", disagree))
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--show", type=int, default=6)
    args = parser.parse_args()
    files = sorted(args.dir.rglob("*.xml"))
    counts: Counter[str] = Counter()
    examples: dict[str, list[Any]] = defaultdict(list)
    for path in files:
        for name, detail in check(path):
            counts[name] += 1
            if len(examples[name]) < args.show:
                examples[name].append((path.name, detail))
    clean = len(files) - len({p for p in files if check(p)}) if files else 0
    print(f"{len(files)} files, {clean} without a problem; problems: {dict(counts)}")
    for name, found in examples.items():
        print(name)
        for example in found:
            print("   ", example)


if __name__ == "__main__":
    main()
