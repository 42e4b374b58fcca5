"""Ministry letters on letterhead (Kamerbrieven) from the corpus: PDF and a text extraction.

Fixtures are real public documents (tests/fixtures/letters, see SOURCES in that folder's README).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import govdocs
from tests.golden import assert_golden

LETTERS = Path(__file__).parent / "fixtures" / "letters"
IENW = LETTERS / "kamerbrief_IenW_2023-10-18_verzamelbrief-luchtvaart_IENW-BSK-2023-297705.pdf"
EZK = LETTERS / "kamerbrief_EZK_2023-05-30_herijkte-missies-innovatiebeleid_DGBI-IK-26844711.pdf"
TEXTCONV = LETTERS / (
    "kamerbrief_IenW_2023-10-18_verzamelbrief-luchtvaart_IENW-BSK-2023-297705_LearningLion-textconv.txt"
)

FURNITURE = re.compile(
    r"P ?agina \d|Retouradres|Postbus \d|\b\d{4} ?[A-Z]{2} (?:Den Haag|DEN HAAG)|"
    r"Rijnstraat 8|Bezuidenhoutseweg|\bT 070|\bF 070|Overheidsidentificatienr|"
    r"rijksoverheid\.nl/ezk|^Kenmerk|^Ons kenmerk|^Bijlage\(n\)"
)


@pytest.fixture(scope="module")
def ienw() -> govdocs.Record:
    return govdocs.convert(IENW, translate=False)


@pytest.fixture(scope="module")
def ezk() -> govdocs.Record:
    return govdocs.convert(EZK, translate=False)


def test_ienw_letter_metadata(ienw: govdocs.Record) -> None:
    meta = ienw.metadata
    assert ienw.kind.value == "parliamentary_letter"
    assert (ienw.date, ienw.title, ienw.language) == (
        "2023-10-18",
        "Verzamelbrief luchtvaart",
        "nl",
    )
    assert meta.kind == "parliamentary_letter"
    assert meta.reference == "IENW/BSK-2023/297705"
    assert meta.subject == "Verzamelbrief luchtvaart"
    assert meta.attachments == 1
    assert meta.addressee == "De voorzitter van de Tweede Kamer der Staten-Generaal"
    assert meta.ministry == "Ministerie van Infrastructuur en Waterstaat"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Minister van Infrastructuur en Waterstaat", "Mark Harbers")
    ]
    assert ienw.source.pages == 7


def test_ienw_letter_blocks(ienw: govdocs.Record) -> None:
    types = [b.type.value for b in ienw.blocks]
    assert types[0] == "salutation" and ienw.blocks[0].text == "Geachte voorzitter,"
    assert types[-2:] == ["closing", "signature"] and ienw.blocks[-2].text == "Hoogachtend,"
    headings = [b.text for b in ienw.blocks if b.type.value == "heading" and b.level == 1]
    assert headings == [
        "1. Registratiekosten voor drone-exploitanten in andere EU-landen",
        "2. Controles door de Nederlandse Arbeidsinspectie (NLA) en de Inspectie Leefomgeving "
        "en Transport (ILT)",
        "3. Tiende update zomerdrukte Schiphol",
        "4. Verbod korte vluchten Benelux",
    ]
    items = [(b.number, b.text) for b in ienw.blocks if b.type.value == "list_item"]
    assert items[0] == ("1", "Registratiekosten voor drone-exploitanten in andere EU-landen;")
    assert all(b.page is not None for b in ienw.blocks)
    assert [b.page for b in ienw.blocks] == sorted(b.page or 0 for b in ienw.blocks)
    text = " ".join(b.text for b in ienw.blocks)
    assert "registratiesysteem voor drone-exploitanten." in text  # real hyphen kept at line end


def test_ienw_footnotes_linked_and_numbers_removed(ienw: govdocs.Record) -> None:
    assert [n.label for n in ienw.footnotes] == [str(i) for i in range(1, 14)]
    first = ienw.footnotes[0]
    assert first.text == "Kamerstuk 36200-XII-60"
    citing = next(b for b in ienw.blocks if b.id == first.cited_in)
    assert citing.text.endswith("periodieke controles op Schiphol.")
    assert "fn1" in citing.footnote_refs
    assert all(n.cited_in for n in ienw.footnotes)
    for block in ienw.blocks:
        assert not re.search(r"Schiphol1\.|jl\.2|BRZO5", block.text)
    fn6 = ienw.footnotes[5].text
    assert "Nederlandse Arbeidsinspectie, hoofdstuk Cijfers" in fn6  # letter-spacing repaired
    refs = {(r.type.value, r.dossier, r.suffix, r.number) for r in ienw.references}
    assert ("kamerstuk", "36200", "XII", "60") in refs
    assert any(r.type.value == "motion" and r.member == "De Hoop" for r in ienw.references)


@pytest.mark.parametrize("letter", [IENW, EZK], ids=["ienw", "ezk"])
def test_no_page_furniture_in_blocks(letter: Path) -> None:
    record = govdocs.convert(letter, translate=False)
    for block in record.blocks:
        for line in block.text.split("\n"):
            assert not FURNITURE.search(line), (block.id, line)


def test_ezk_letter(ezk: govdocs.Record) -> None:
    meta = ezk.metadata
    assert (ezk.date, ezk.title) == (
        "2023-05-30",
        "Herijkte missies van het missiegedreven innovatiebeleid",
    )
    assert meta.reference == "DGBI – I&K/26844711"
    assert meta.addressee == "De Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Minister van Economische Zaken en Klimaat", "M.A.M. Adriaansens")
    ]
    assert meta.ministry == "Ministerie van Economische Zaken en Klimaat"
    assert [n.label for n in ezk.footnotes] == [str(i) for i in range(1, 16)]
    assert all(n.cited_in for n in ezk.footnotes)
    urls = [r.url for r in ezk.references if r.type.value == "url"]
    assert (
        "https://www.rijksoverheid.nl/onderwerpen/circulaire-economie/nederland-circulair-in-2050"
        in urls
    )
    assert not any(re.search(r"jl\.1", b.text) for b in ezk.blocks)
    assert any(
        b.text.startswith("Impact, van 11 november jl., heb ik") or "jl., heb ik" in b.text
        for b in ezk.blocks
    )
    headings = [(b.level, b.text) for b in ezk.blocks if b.type.value == "heading"]
    assert (1, "Herijking missies") in headings
    assert (2, "Het missiegedreven innovatiebeleid") in headings
    sections = {e.rule for e in ezk.normalisation}
    assert "rejoin_page_break" in sections


def test_text_extraction_of_a_letter() -> None:
    record = govdocs.convert(TEXTCONV, translate=False)
    assert record.kind.value == "parliamentary_letter"
    assert record.blocks[0].type.value == "salutation"
    assert record.date is None  # the extraction lost the letterhead: nothing is guessed
    items = [b.number for b in record.blocks if b.type.value == "list_item"][:4]
    assert items == ["1", "2", "3", "4"]


def test_golden_letters(ienw: govdocs.Record, ezk: govdocs.Record) -> None:
    assert_golden("letter-ienw-2023-10-18-verzamelbrief-luchtvaart", ienw)
    assert_golden("letter-ezk-2023-05-30-herijkte-missies", ezk)


def test_letter_in_plain_text_with_place_date_and_several_signatories(tmp_path: Path) -> None:
    """A constructed text letter in the genre's other common shape: no Datum field, a wrapped
    Kenmerk, and two signatories with titles."""
    path = tmp_path / "brief.txt"
    path.write_text(
        "> Retouradres Postbus 20011 2500 EA Den Haag\n\n"
        "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\n"
        "Den Haag, 3 februari 2023\n\n"
        "Betreft Voortgang van het programma\nWaterstofnetwerk\n"
        "Ons kenmerk DGKE-WO/\n23012345\n\n"
        "Geachte voorzitter,\n\n"
        "Met deze brief informeren wij u over de voortgang van het programma.\n\n"
        "Hoogachtend,\n\n"
        "DE MINISTER VOOR KLIMAAT EN ENERGIE,\n\nR.A.A. Jetten\n\n"
        "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\n\ndrs. V.L.W.A. Heijnen\n",
        encoding="utf-8",
    )
    record = govdocs.convert(path, translate=False)
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert (record.date, meta.place) == ("2023-02-03", "Den Haag")
    assert meta.subject == "Voortgang van het programma Waterstofnetwerk"
    assert meta.reference == "DGKE-WO/23012345"
    assert meta.addressee == "De Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Minister voor Klimaat en Energie", "R.A.A. Jetten"),
        ("Staatssecretaris van Infrastructuur en Waterstaat", "drs. V.L.W.A. Heijnen"),
    ]
    assert [b.type.value for b in record.blocks][:2] == ["salutation", "paragraph"]
