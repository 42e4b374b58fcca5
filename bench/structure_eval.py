"""Per-field accuracy of parliamentary-document structure against a hand-written gold file.

    python bench/structure_eval.py DIR GOLD.json

DIR is searched recursively for the files named in GOLD.json. For each field present in a gold
entry the extracted value is compared exactly; "furniture" counts body lines that still hold page
furniture (Pagina x van y, Retouradres, sidebar addresses and phone numbers, ISSN/publisher
lines), expected 0 everywhere.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

FURNITURE = re.compile(
    r"P ?agina \d+ van \d+|Retouradres|Postbus \d+|\b\d{4} ?[A-Z]{2} (?:Den Haag|DEN HAAG)\b|"
    r"\bT 0\d{2}|\bF 0\d{2}|Overheidsidentificatienr|ISSN \d{4}|’s-Gravenhage 20\d\d"
)


def extract(record: Any) -> dict[str, Any]:
    meta = record.metadata
    signatories = getattr(meta, "signatories", None) or getattr(meta, "answered_by", [])
    return {
        "date": record.date,
        "reference": getattr(meta, "reference", None),
        "subject": getattr(meta, "subject", None),
        "attachments": getattr(meta, "attachments", None),
        "addressee": getattr(meta, "addressee", None),
        "ministry": getattr(meta, "ministry", None),
        "signatories": [[s.role, s.name] for s in signatories],
        "footnotes": len(record.footnotes),
        "furniture": sum(bool(FURNITURE.search(b.text)) for b in record.blocks),
    }


def main() -> None:
    import govdocs

    folder, gold_path = Path(sys.argv[1]), Path(sys.argv[2])
    gold = {
        k: v
        for k, v in json.loads(gold_path.read_text(encoding="utf-8")).items()
        if not k.startswith("_")
    }
    files = {p.name: p for p in folder.rglob("*") if p.is_file()}
    files.update({p.name: p for p in (ROOT / "seeds").glob("*")})
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for name, expected in sorted(gold.items()):
        if name not in files:
            print(f"missing: {name}")
            continue
        got = extract(govdocs.convert(files[name], translate=False))
        for field, value in {**expected, "furniture": 0}.items():
            total[field] += 1
            if got[field] == value:
                right[field] += 1
            else:
                print(f"  {name[:50]:50s} {field}: expected {value!r}, got {got[field]!r}")
    print(f"{'field':12s} accuracy")
    for field in total:
        print(
            f"{field:12s} {right[field]:3d}/{total[field]:<3d} {100 * right[field] / total[field]:5.1f}%"
        )
    overall = sum(right.values()) / sum(total.values())
    print(f"overall      {sum(right.values())}/{sum(total.values())} {100 * overall:.1f}%")


if __name__ == "__main__":
    main()
