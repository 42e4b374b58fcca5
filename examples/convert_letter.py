"""Convert a Dutch parliamentary letter and print its metadata and first blocks.

Run from a checkout:  python examples/convert_letter.py [FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

import govdocs

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "seeds" / "002_kamerstuk-33694-68-reaim-letter.nl.txt"


def main(path: Path) -> int:
    try:
        record = govdocs.convert(path)
    except govdocs.GovdocsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{record.id}  kind={record.kind.value}  language={record.language}  date={record.date}")
    print(f"title: {record.title}")
    print("metadata:", record.metadata.model_dump_json(exclude_none=True))
    for block in record.blocks[:5]:
        english = f"\n    en: {block.translation.text}" if block.translation else ""
        print(
            f"  [{block.id} {block.type.value} p{block.page} {block.lang}] {block.text[:90]}{english}"
        )
    print(
        f"translation: {record.translation.status.value}"
        + (f" ({record.translation.message})" if record.translation.message else "")
    )
    govdocs.validate_record(record.model_dump(mode="json"))  # what a consumer would check
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
