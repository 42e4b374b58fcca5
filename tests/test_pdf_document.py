"""Reports and other PDFs from any body: kind by evidence, cover title by typography, dates in
nl/en/fr, key-value headers by geometry, figure residue kept out of the body. Expected values
are read from the PDFs' printed pages (see tests/fixtures/pdfs/README.md for the sources)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdocs.dates import find_dates
from govdocs.models import BlockType, DocumentKind, OtherMetadata
from govdocs.readers import read
from govdocs.structure import structure

PDFS = Path(__file__).parent / "fixtures" / "pdfs"


def _doc(name: str):  # type: ignore[no-untyped-def]
    (path,) = PDFS.rglob(name)
    return structure(read(path))


def test_cover_title_joins_display_lines_and_subtitle() -> None:
    doc = _doc("dusi_2024-01-17_accountantsprotocol-bosa-2024.pdf")
    assert doc.kind is DocumentKind.report
    assert doc.title is not None
    assert doc.title.startswith("Accountantsprotocol 2024 behorend bij de Subsidieregeling")
    assert doc.title.endswith("(Subsidieregeling BOSA)")
    # "Status: versie 1, 17 januari 2024" is the version date on the cover
    assert doc.date == "2024-01-17"


def test_subtitle_followed_by_body_text_is_a_heading_not_title() -> None:
    doc = _doc("king_stuf-terminologie.pdf")
    assert doc.title == "STUF TERMINOLOGIE"


def test_numbered_section_heading_is_no_cover_title() -> None:
    doc = _doc("un-ocha_2025-02_dry-corridor-anticipatory-action-framework.pdf")
    assert doc.kind is DocumentKind.report
    assert doc.title is not None and doc.title.startswith("Dry Corridor Anticipatory Action")
    assert "Overview" not in doc.title


def test_title_from_a_key_value_pair_and_date_from_dateline() -> None:
    doc = _doc("tk-bzk_2009-04-03_besluitenlijst-procedurevergadering.pdf")
    assert doc.kind is DocumentKind.other  # a decision list names itself
    assert doc.title == "Besluitenlijst van de procedurevergadering van donderdag 2 april 2009"
    assert doc.date == "2009-04-03"  # "Den Haag, 3 april 2009", not the meeting date


def test_memo_header_by_geometry() -> None:
    doc = _doc("king_2013-10-02_notitie-vaststelling-verticale-sectormodellen.pdf")
    assert doc.kind is DocumentKind.other
    assert isinstance(doc.metadata, OtherMetadata)
    assert doc.metadata.addressee == "Regiegroep Informatiemodellen en berichtstandaarden"
    assert doc.date == "2013-10-02"  # "Datum" with "2-10-2013" beside it


def test_date_that_ends_a_sentence_is_not_the_document_date() -> None:
    doc = _doc("eu-commission_2017-05-18_implementing-decision-2017-863-eupl.pdf")
    assert doc.date == "2017-05-18"  # from "of 18 May 2017", not recital (1)'s "9 January 2007."


def test_glued_words_of_the_text_layer_still_give_a_date() -> None:
    doc = _doc("dusi_2024-03-18_veelgestelde-vragen-basisvaardigheden.pdf")
    assert doc.date == "2024-03-18"  # "Datum: 18maart2024", not the webinar date in the title


def test_chart_labels_are_not_body_paragraphs() -> None:
    doc = _doc("dusi_2023_monitorrapportage-rif-mbo.pdf")
    bare = [
        b
        for b in doc.blocks
        if b.type is not BlockType.table and b.text.strip().isdigit() and len(b.text.strip()) <= 3
    ]
    assert bare == []
    assert any(b.type is BlockType.table for b in doc.blocks)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("le 3 mars 2022", "2022-03-03"),
        ("1er mai 2021", "2021-05-01"),
        ("Approuvé par le ERC le 17 avril 2026", "2026-04-17"),
        ("Diemen, August 28th, 2020", "2020-08-28"),
    ],
)
def test_french_and_english_dates(text: str, iso: str) -> None:
    assert find_dates(text)[0].iso == iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het handelings- perspectief van de burger", "het handelingsperspectief van de burger"),
        ("alle luchtvaartmaat- schappijen", "alle luchtvaartmaatschappijen"),
        ("de land- en tuinbouw", "de land- en tuinbouw"),  # suspended compound
        ("fixed- and mobile networks", "fixed- and mobile networks"),
        ("het drone- exploitanten register", "het drone- exploitanten register"),  # vowels meet
    ],
)
def test_hyphen_space_dehyphenation(text: str, expected: str) -> None:
    from govdocs.models import SourceFormat
    from govdocs.normalise import apply_rules, rules_for

    assert apply_rules(text, rules_for(SourceFormat.pdf))[0] == expected
    assert apply_rules(text, rules_for(SourceFormat.html))[0] == text  # PDF extraction only
