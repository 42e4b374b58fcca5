"""Cross-format consistency as a property: every publication whose formats lie among the
fixtures (files named after its identifier) gives the same record in each format: ``id``,
``kind``, ``date``, metadata, footnote count, block types, and body text that differs only in
whitespace and hyphenation. The similarity (difflib ratio over the normalised body text) is
printed per document and format (``pytest -s``; ``bench/cross_format.py`` for any folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdocs import convert
from govdocs.crossformat import body_text, compare, group_by_identifier
from govdocs.errors import UnsupportedFormatError

FIXTURES = Path(__file__).parent / "fixtures"
FOLDERS = ("publications", "publications-constructed", "questions", "proceedings")
GROUPS = group_by_identifier(
    p for folder in FOLDERS if (FIXTURES / folder).is_dir() for p in (FIXTURES / folder).rglob("*")
)


def test_some_publication_is_present_in_three_formats() -> None:
    assert any(len({p.suffix for p in files}) >= 3 for files in GROUPS.values()), GROUPS


@pytest.mark.parametrize("identifier", sorted(GROUPS))
def test_formats_of_one_publication_give_the_same_record(identifier: str) -> None:
    files = sorted(GROUPS[identifier], key=lambda p: (p.suffix != ".xml", p.suffix))
    records = []
    for path in files:
        try:
            records.append((path, convert(path, translate=False)))
        except UnsupportedFormatError:  # a format whose reader this build lacks (ODT/DOCX)
            continue
    assert len(records) >= 2
    reference_path, reference = records[0]
    assert body_text(reference)
    for path, record in records[1:]:
        result = compare(reference, record)
        print(f"{identifier} {reference_path.suffix} vs {path.suffix}: {result.similarity:.4f}")
        assert not result.differences, (path.name, result.differences)
        assert result.similarity >= 0.98


def test_compare_names_what_differs() -> None:
    path = FIXTURES / "publications-constructed" / "ah-tk-20232024-1893.xml"
    record = convert(path, translate=False)
    other = record.model_copy(deep=True)
    other.date = "2024-06-04"
    other.blocks[0].text = other.blocks[0].text.replace("NRC", "Volkskrant")
    other.blocks[1].text = "Ja. " + other.blocks[1].text.replace("Ja.", "Ja-\n.")
    result = compare(record, other)
    assert any(d.startswith("date:") for d in result.differences)
    assert any(d.startswith("body text differs") for d in result.differences)
    assert 0.9 < result.similarity < 1.0
