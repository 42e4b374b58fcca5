"""News items from plain text: seeds 000 (no dateline) and 004 (UNODA news item)."""

from __future__ import annotations

from pathlib import Path

import govdocs
from tests.golden import assert_golden

SEED_000 = "000_ciss-reaim-news-item.en.txt"
SEED_004 = "004_unoda-ai-dialogue-news-item.en.txt"


def test_unoda_news_item(seeds: Path) -> None:
    record = govdocs.convert(seeds / SEED_004)
    assert record.kind.value == "news_item"
    assert record.title == (
        "AI experts from around the world connect for a multi-stakeholder dialogue on "
        "responsible AI for peace and security"
    )
    assert (record.date, record.date_precision and record.date_precision.value) == (
        "2023-09-25",
        "day",
    )
    assert record.language == "en"
    assert record.translation.status.value == "not_needed"
    texts = [b.text for b in record.blocks]
    source = (seeds / SEED_004).read_text(encoding="utf-8").split("\n\n")
    body = [p.strip() for p in source if p.strip()][2:]
    assert texts == body
    assert all(b.type.value == "paragraph" and b.lang == "en" for b in record.blocks)
    assert texts[0].startswith("On 13 and 14 September")
    assert texts[-1].endswith("charles.ovink@un.org.")
    assert_golden("seed-004-unoda-news-item", record)


def test_news_item_without_dateline_has_null_date(seeds: Path) -> None:
    record = govdocs.convert(seeds / SEED_000)
    assert record.kind.value == "news_item"
    assert record.title == "CISS Experts Attend REAIM 2023 in the Netherlands"
    assert record.date is None and record.date_precision is None
    assert not any("Last:" in b.text or "Next:" in b.text for b in record.blocks)
    removed = [e for e in record.normalisation if e.rule == "navigation_debris"]
    assert [e.before.split(":")[0] for e in removed] == ["Last", "Next"]
    assert all(e.after == "" for e in removed)
    assert record.blocks[-1].text.startswith("The REAIM 2023 was jointly sponsored")
    assert_golden("seed-000-ciss-news-item", record)


def test_dutch_dateline_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "nieuws.txt"
    path.write_bytes(
        (
            "Kabinet investeert in kunstmatige intelligentie\r\n\r\nNieuwsbericht | 3 februari 2023"
            "\r\n\r\nHet kabinet trekt de komende jaren extra geld uit voor onderzoek naar "
            "kunstmatige intelligentie. Dat schrijft de minister in een brief aan de Tweede "
            "Kamer. Het geld gaat naar universiteiten en hogescholen in het hele land, "
            "zodat zij meer onderzoekers kunnen aannemen.\r\n"
        ).encode("cp1252")
    )
    record = govdocs.convert(path, translate=False)
    assert record.kind.value == "news_item"
    assert record.date == "2023-02-03"
    assert record.language == "nl"
    assert record.translation.status.value == "not_requested"
    assert len(record.blocks) == 1
