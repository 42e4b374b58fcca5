"""Mojibake repair (ftfy) as a normalisation rule: fires on UTF-8 read as cp1252/latin-1, one
logged edit per broken run, and never touches correct Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdocs
from govdocs.normalise import RULES, apply_rules


def _mojibake_edits(text: str) -> tuple[str, list[tuple[str, str]]]:
    fixed, edits = apply_rules(text)
    return fixed, [(e.before, e.after) for e in edits if e.rule == "mojibake"]


def test_rule_is_in_the_default_chain() -> None:
    assert "mojibake" in [r.name for r in RULES]


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Ik heb Ã©Ã©n motie", "Ik heb één motie"),
        ("LaÃ§in", "Laçin"),
        ("de coÃ¶rdinatie in BelgiÃ«", "de coördinatie in België"),
        ("het cafÃ© op CuraÃ§ao", "het café op Curaçao"),
        ("â€œaanhalingâ€\x9d", "“aanhaling”"),
    ],
)
def test_fires_on_mojibake(broken: str, fixed: str) -> None:
    text, edits = _mojibake_edits(broken)
    assert text == fixed
    assert edits and all(after != before for before, after in edits)


def test_only_the_broken_runs_are_edited_and_logged() -> None:
    text = "Eén correcte zin met één en coördinatie. Daarna Ã©Ã©n kapotte en LaÃ§in ook."
    fixed, edits = _mojibake_edits(text)
    assert fixed == "Eén correcte zin met één en coördinatie. Daarna één kapotte en Laçin ook."
    assert len(edits) == 2  # one per broken run, each logged with its own context
    assert "Ã©Ã©n" in edits[0][0] and "één kapotte" in edits[0][1]
    assert "LaÃ§in" in edits[1][0] and "Laçin" in edits[1][1]


@pytest.mark.parametrize(
    "correct",
    [
        "één",
        "coördinatie",
        "België",
        "café",
        "Curaçao",
        "„Dat is”, zei hij – ‘nee’ — niet…",
        "naïeve reünie in Zürich; € 5,– per m²; § 3; ½; ©",
        "De minister van Buitenlandse Zaken, W.B. Hoekstra",
    ],
)
def test_does_not_fire_on_correct_text(correct: str) -> None:
    assert _mojibake_edits(correct) == (correct, [])


def test_mojibake_in_a_document_is_logged_per_block(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(
        "Onderwerp\n\nIk heb Ã©Ã©n motie ingediend.\n\nDit is één correcte alinea.\n",
        encoding="utf-8",
    )
    record = govdocs.convert(path, translate=False)
    texts = [b.text for b in record.blocks]
    assert "Ik heb één motie ingediend." in texts
    edits = [e for e in record.normalisation if e.rule == "mojibake"]
    assert len(edits) == 1
    fixed_block = next(b for b in record.blocks if b.text == "Ik heb één motie ingediend.")
    assert edits[0].block == fixed_block.id
    assert "Ã©Ã©n" in edits[0].before and "één" in edits[0].after


def test_no_mojibake_edit_on_real_fixtures() -> None:
    fixtures = Path(__file__).parent / "fixtures"
    paths = [
        *sorted((fixtures / "proceedings").glob("*.xml")),
        *sorted((fixtures / "xml").glob("*.xml")),
        *sorted((fixtures / "office").glob("*.docx")),
    ]
    assert len(paths) >= 8
    for path in paths:
        record = govdocs.convert(path, translate=False)
        assert not [e for e in record.normalisation if e.rule == "mojibake"], path.name
