"""Plenary proceedings (Handelingen): REAL official XML and typeset PDF from the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdocs
from govdocs.structure.proceedings import session_year_of
from tests.golden import assert_golden

PROCEEDINGS = Path(__file__).parent / "fixtures" / "proceedings"


@pytest.fixture(scope="module")
def vao() -> govdocs.Record:
    return govdocs.convert(PROCEEDINGS / "h-tk-20172018-61-10.xml", translate=False)


@pytest.fixture(scope="module")
def pdf() -> govdocs.Record:
    (path,) = PROCEEDINGS.glob("h-tk-*.pdf")
    return govdocs.convert(path, translate=False)


# --------------------------------------------------------------------------- XML


def test_xml_record_metadata(vao: govdocs.Record) -> None:
    meta = vao.metadata
    assert (vao.kind.value, vao.id, vao.source.format.value) == (
        "proceedings",
        "h-tk-20172018-61-10",
        "xml",
    )
    assert meta.kind == "proceedings"
    assert (meta.chamber, meta.session_year, meta.meeting_number, meta.item_number) == (
        "Tweede Kamer",
        "2017-2018",
        "61",
        "10",
    )
    assert meta.agenda_item == "Ondernemen en Bedrijfsfinanciering"
    assert vao.title == "Ondernemen en Bedrijfsfinanciering"
    assert vao.date is None  # this file states no date and no metadata.xml lies beside it


def test_xml_speakers_with_party(vao: govdocs.Record) -> None:
    meta = vao.metadata
    assert [(p.name, p.party, p.role) for p in meta.speakers] == [
        ("De voorzitter", None, "voorzitter"),
        ("Wörsdörfer", "VVD", None),
        ("Paternotte", "D66", None),
        ("Van der Lee", "GroenLinks", None),
        ("Graus", "PVV", None),
        ("Amhaouch", "CDA", None),
        ("Keijzer", None, "Staatssecretaris"),
    ]
    speeches = [b for b in vao.blocks if b.type.value == "speech"]
    assert all(b.speaker is not None for b in speeches)
    second = speeches[1]
    assert second.speaker is not None
    assert (second.speaker.name, second.speaker.party) == ("Wörsdörfer", "VVD")
    assert second.text.startswith("Dank u wel, voorzitter.")
    assert vao.blocks[0].type.value == "heading" and vao.blocks[0].level == 1


def test_xml_motions_are_blocks_of_their_own(vao: govdocs.Record) -> None:
    motions = [b for b in vao.blocks if b.type.value == "motion"]
    assert len(motions) == 6
    assert all(m.text.startswith("Motie\nDe Kamer,\ngehoord de beraadslaging,") for m in motions)
    assert all(m.text.endswith("en gaat over tot de orde van de dag.") for m in motions)
    movers = [m.speaker.name if m.speaker else None for m in motions]
    assert movers == ["Wörsdörfer", "Paternotte", "Van der Lee", "Graus", "Graus", "Graus"]
    refs = {(r.type.value, r.dossier, r.number, r.block) for r in vao.references}
    for motion, number in zip(motions, range(199, 205), strict=True):
        assert ("kamerstuk", "31311", str(number), motion.id) in refs


def test_xml_golden(vao: govdocs.Record) -> None:
    assert_golden("proceedings-h-tk-20172018-61-10", vao)


def test_xml_opening_has_meeting_date_and_number() -> None:
    record = govdocs.convert(PROCEEDINGS / "h-tk-20172018-50-1.xml", translate=False)
    meta = record.metadata
    assert (record.id, record.date, record.date_precision.value) == (  # type: ignore[union-attr]
        "h-tk-20172018-50-1",
        "2018-02-08",
        "day",
    )
    assert (meta.meeting_number, meta.item_number, meta.session_year) == ("50", "1", "2017-2018")
    assert record.blocks[0].text == "Voorzitter: Arib"
    assert meta.speakers == []


def test_xml_date_and_id_from_metadata_xml_beside(tmp_path: Path) -> None:
    """Without the identifier URL, metadata.xml (constructed, names from op-xml-notes.md)
    supplies session year, chamber and date; the id is derived from them."""
    data = (PROCEEDINGS / "h-tk-20172018-61-10.xml").read_text(encoding="utf-8-sig")
    data = data.replace("h-tk-20172018-61-10/metadata.xml", "elders/metadata.xml")
    doc = tmp_path / "vergadering.xml"
    doc.write_text(data, encoding="utf-8")
    (tmp_path / "metadata.xml").write_text(
        '<?xml version="1.0"?><metadata_gegevens>'
        '<metadata name="DC.creator" content="Tweede Kamer der Staten-Generaal"/>'
        '<metadata name="OVERHEIDop.vergaderjaar" content="2017-2018"/>'
        '<metadata name="OVERHEIDop.datumVergadering" content="2018-03-08"/>'
        "</metadata_gegevens>",
        encoding="utf-8",
    )
    record = govdocs.convert(doc, translate=False)
    meta = record.metadata
    assert record.date == "2018-03-08"
    assert (meta.chamber, meta.session_year, meta.item_number) == (
        "Tweede Kamer",
        "2017-2018",
        "10",
    )
    assert meta.meeting_number is None and not record.id.startswith("h-")  # meeting not stated


# --------------------------------------------------------------------------- PDF


def test_pdf_metadata_from_heading_and_footer(pdf: govdocs.Record) -> None:
    meta = pdf.metadata
    assert (pdf.kind.value, pdf.id, pdf.date) == ("proceedings", "h-tk-20232024-40-6", "2024-02-08")
    assert (meta.chamber, meta.session_year, meta.meeting_number, meta.item_number) == (
        "Tweede Kamer",
        "2023-2024",
        "40",
        "6",
    )
    assert meta.agenda_item == "Staat van de Volkshuisvesting"
    assert pdf.blocks[0].type.value == "heading" and pdf.blocks[0].text.startswith("6 ")


def test_pdf_speakers_and_speeches(pdf: govdocs.Record) -> None:
    people = {(p.name, p.party, p.role) for p in pdf.metadata.speakers}
    assert {
        ("De voorzitter", None, "voorzitter"),
        ("De Hoop", "GroenLinks-PvdA", None),
        ("Beckerman", "SP", None),
        ("Keijzer", "BBB", None),
        ("Madlener", "PVV", None),
        ("De Jonge", None, "Minister"),
    } <= people
    speeches = [b for b in pdf.blocks if b.type.value == "speech"]
    assert speeches and all(b.speaker is not None for b in speeches)
    hoop = next(b for b in speeches if b.speaker and b.speaker.name == "De Hoop")
    assert hoop.text.startswith("Dank, voorzitter. Ik heb vier moties")
    # a sentence cut by the column break is one speech again, and the repair is logged
    madlener = [b for b in speeches if "deze enorme misstanden. Er is in Nederland" in b.text]
    assert len(madlener) == 1 and madlener[0].speaker.name == "Madlener"  # type: ignore[union-attr]
    assert any(
        e.rule == "rejoin_column_break" and e.block == madlener[0].id for e in pdf.normalisation
    )
    procedural = [b.text for b in pdf.blocks if b.text.startswith("De beraadslaging wordt")]
    assert procedural and all(
        b.speaker is None for b in pdf.blocks if b.text.startswith("De vergadering wordt")
    )


def test_pdf_motions(pdf: govdocs.Record) -> None:
    motions = [b for b in pdf.blocks if b.type.value == "motion"]
    assert len(motions) >= 10
    assert all(m.text.startswith("Motie\nDe Kamer,") for m in motions)
    assert all(m.text.rstrip().endswith("en gaat over tot de orde van de dag.") for m in motions)
    first = motions[0]
    assert "constaterende dat de huren in de sociale sector in 2024 met 5,8% stijgen;" in first.text
    # a member reads several motions while the chair numbers each: the member moved them all
    movers = [m.speaker.name if m.speaker else None for m in motions]
    assert movers[:9] == ["De Hoop"] * 4 + ["Beckerman"] * 5
    assert "De voorzitter" not in movers
    # "Zij krijgt nr. 1136 (32847)." numbers the motion just moved: kst-32847-1136 ...
    numbered = {
        r.block: (r.dossier, r.number) for r in pdf.references if r.type.value == "kamerstuk"
    }
    assert [numbered.get(m.id) for m in motions] == [("32847", str(n)) for n in range(1136, 1152)]


def test_pdf_has_no_page_furniture(pdf: govdocs.Record) -> None:
    for block in pdf.blocks:
        assert not block.text.startswith("TK 40"), block.text
        assert not block.text.startswith("40-6-"), block.text
        assert block.text != "8 februari 2024"


def test_pdf_golden(pdf: govdocs.Record) -> None:
    assert_golden("proceedings-h-tk-20232024-40-6", pdf)


@pytest.mark.parametrize(
    ("day", "session"),
    [
        ("2024-02-08", "2023-2024"),
        ("2023-09-19", "2023-2024"),  # Prinsjesdag 2023
        ("2023-09-18", "2022-2023"),
        ("2024-09-17", "2024-2025"),  # Prinsjesdag 2024
        ("2024-07-04", "2023-2024"),
    ],
)
def test_session_year_starts_on_prinsjesdag(day: str, session: str) -> None:
    import datetime as dt

    assert session_year_of(dt.date.fromisoformat(day)) == session


def test_xml_whole_meeting_has_no_single_agenda_item(tmp_path: Path) -> None:
    """A file holding several agendapunten (constructed from the element names of the real
    files) names no agenda item but keeps a heading per item, speakers reset at each item."""
    path = tmp_path / "h-tk-20172018-61.xml"
    path.write_text(
        '<?xml version="1.0"?><officiele-publicatie><metadata><meta name="'
        'OVERHEIDop.externMetadataRecord" content="https://zoek.officielebekendmakingen.nl/'
        'h-tk-20172018-61/metadata.xml"/></metadata><handelingen>'
        "<agendapunt><nr>9</nr><item-titel>Toerisme</item-titel><spreekbeurt><spreker>"
        "<voorvoegsels>De heer</voorvoegsels><naam><achternaam>Graus</achternaam></naam> "
        "(<politiek>PVV</politiek>):</spreker><tekst><al-groep><al>Voorzitter.</al></al-groep>"
        "</tekst></spreekbeurt></agendapunt>"
        "<agendapunt><nr>10</nr><item-titel>Ondernemen</item-titel><tekst><al-groep>"
        "<al>Aan de orde is het VAO.</al></al-groep></tekst></agendapunt>"
        "</handelingen></officiele-publicatie>",
        encoding="utf-8",
    )
    record = govdocs.convert(path, translate=False)
    meta = record.metadata
    assert (record.id, meta.meeting_number, meta.item_number, meta.agenda_item) == (
        "h-tk-20172018-61",
        "61",
        None,
        None,
    )
    assert [(b.type.value, b.text) for b in record.blocks] == [
        ("heading", "Toerisme"),
        ("speech", "Voorzitter."),
        ("heading", "Ondernemen"),
        ("paragraph", "Aan de orde is het VAO."),
    ]
    assert [(p.name, p.party) for p in meta.speakers] == [("Graus", "PVV")]
