"""Cross-format consistency of real publications: one line per document and format.

    python bench/cross_format.py DIR [DIR ...]

Finds the formats of each publication by the identifier its file names start with
(:func:`govdocs.crossformat.group_by_identifier`), converts each (no translation) and compares
every format with the XML (else the first format): the similarity of the normalised body text
(difflib ratio) and what differs (id, kind, date, metadata, footnotes, block types).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from govdocs import convert  # noqa: E402
from govdocs.crossformat import compare, group_by_identifier  # noqa: E402
from govdocs.errors import GovdocsError  # noqa: E402


def main(argv: list[str]) -> int:
    paths = [p for d in argv for p in Path(d).rglob("*") if p.is_file()]
    groups = group_by_identifier(paths)
    if not groups:
        print("no publication in more than one format")
        return 1
    for identifier, files in sorted(groups.items()):
        files = sorted(files, key=lambda p: (p.suffix != ".xml", p.suffix))
        records = []
        for path in files:
            try:
                records.append((path, convert(path, translate=False)))
            except GovdocsError as exc:
                print(f"{identifier:32} {path.suffix[1:]:5} FAILED {exc}")
        if not records:
            continue
        reference_path, reference = records[0]
        print(f"{identifier:32} {reference_path.suffix[1:]:5} reference")
        for path, record in records[1:]:
            result = compare(reference, record)
            status = "same" if not result.differences else "; ".join(result.differences)[:300]
            print(
                f"{identifier:32} {path.suffix[1:]:5} similarity {result.similarity:.4f} {status}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
