"""Official XML (Handelingen: real; Kamerstukken: constructed), proceedings PDF, and web pages."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdocs
from tests.golden import assert_golden

FIXTURES = Path(__file__).parent / "fixtures"


def test_handelingen_xml_speeches_and_motions() -> None:
    record = govdocs.convert(FIXTURES / "proceedings" / "h-tk-20172018-61-10.xml", translate=False)
    meta = record.metadata
    assert record.kind.value == "proceedings" and record.id == "h-tk-20172018-61-10"
    assert (meta.chamber, meta.session_year, meta.meeting_number, meta.item_number) == (
        "Tweede Kamer",
        "2017-2018",
        "61",
        "10",
    )
    assert meta.agenda_item == "Ondernemen en Bedrijfsfinanciering"
    assert record.date is None  # the XML states no date and no metadata.xml lies beside it
    speeches = [b for b in record.blocks if b.type.value == "speech"]
    assert speeches[1].speaker is not None
    assert (speeches[1].speaker.name, speeches[1].speaker.party) == ("Wörsdörfer", "VVD")
    assert any(s.speaker and s.speaker.role == "voorzitter" for s in speeches)
    motions = [b for b in record.blocks if b.type.value == "motion"]
    assert len(motions) == 6
    assert motions[0].text.startswith("Motie\nDe Kamer,\ngehoord de beraadslaging,")
    assert motions[0].speaker is not None and motions[0].speaker.name == "Wörsdörfer"
    assert ("kamerstuk", "31311", "199") in {
        (r.type.value, r.dossier, r.number) for r in record.references
    }
    names = [p.name for p in meta.speakers]
    assert names[:3] == ["De voorzitter", "Wörsdörfer", "Paternotte"]
    assert_golden("proceedings-h-tk-20172018-61-10", record)


def test_handelingen_xml_opening_has_meeting_date() -> None:
    record = govdocs.convert(FIXTURES / "proceedings" / "h-tk-20172018-50-1.xml", translate=False)
    assert record.date == "2018-02-08"
    assert record.metadata.meeting_number == "50"


def test_metadata_xml_beside_the_document(tmp_path: Path) -> None:
    doc = tmp_path / "h-tk-20172018-61-10.xml"
    doc.write_bytes((FIXTURES / "proceedings" / "h-tk-20172018-61-10.xml").read_bytes())
    (tmp_path / "metadata.xml").write_text(
        '<?xml version="1.0"?><metadata_gegevens>'
        '<metadata name="DC.identifier" content="h-tk-20172018-61-10"/>'
        '<metadata name="OVERHEIDop.datumVergadering" content="2018-03-08"/>'
        "</metadata_gegevens>",
        encoding="utf-8",
    )  # constructed: element names as reported in op-xml-notes.md
    record = govdocs.convert(doc, translate=False)
    assert record.date == "2018-03-08"


def test_proceedings_pdf() -> None:
    (path,) = (FIXTURES / "proceedings").glob("*.pdf")
    record = govdocs.convert(path, translate=False)
    assert record.kind.value == "proceedings"
    parties = {(p.name, p.party) for p in record.metadata.speakers}
    assert ("De Hoop", "GroenLinks-PvdA") in parties and ("Madlener", "PVV") in parties
    assert any(p.name == "De Jonge" and p.role == "Minister" for p in record.metadata.speakers)
    motions = [b for b in record.blocks if b.type.value == "motion"]
    assert len(motions) >= 10 and all(m.text.startswith("Motie") for m in motions)
    assert all(b.speaker is not None for b in record.blocks if b.type.value == "speech")


@pytest.mark.parametrize("name", ["kst-33694-68", "kst-36200-XII-60"])
def test_kamerstuk_xml_constructed(name: str) -> None:
    """Constructed fixtures: no real Kamerstuk XML was available (see fixtures/xml)."""
    record = govdocs.convert(FIXTURES / "xml" / f"{name}.constructed.xml", translate=False)
    meta = record.metadata
    assert record.id == name and record.kind.value == "parliamentary_letter"
    assert meta.session_year == "2022-2023" and meta.chamber == "Tweede Kamer"
    assert record.footnotes and all(n.cited_in for n in record.footnotes)
    if name == "kst-33694-68":
        assert (meta.dossier.number, meta.document_number) == ("33694", "68")  # type: ignore[union-attr]
        assert meta.heading == "Brief van de ministers van Buitenlandse Zaken en van Defensie"
        assert (meta.place, record.date) == ("Den Haag", "2023-06-23")
        assert meta.addressee == "De Voorzitter van de Tweede Kamer der Staten-Generaal"
        assert [(s.role, s.name) for s in meta.signatories] == [
            ("Minister van Buitenlandse Zaken", "W.B. Hoekstra"),
            ("Minister van Defensie", "K.H. Ollongren"),
        ]
    else:
        assert (meta.dossier.number, meta.dossier.suffix) == ("36200", "XII")  # type: ignore[union-attr]
        assert (meta.document_type, meta.heading) == ("motie", "Motie van het lid De Hoop")
        assert [b.number for b in record.blocks if b.type.value == "list_item"] == ["1", "2"]


def test_rijksoverheid_news_item_main_content_only() -> None:
    (path,) = (FIXTURES / "web").glob("rijksoverheid*.html")
    record = govdocs.convert(path, translate=False)
    assert record.kind.value == "news_item"
    assert (
        record.title
        == "Bedrijfsleven, kennissector en overheid leggen gezamenlijke innovatie-inzet vast"
    )
    assert record.date == "2023-11-02" and record.language == "nl"
    assert record.metadata.publisher == "Ministerie van Economische Zaken en Klimaat"  # type: ignore[union-attr]
    text = "\n".join(b.text for b in record.blocks)
    for debris in (
        "Zie ook",
        "Verantwoordelijk",
        "Over deze site",
        "cookie",
        "Cookie",
        "Menu",
        "function(",
        "Nieuwsbericht |",
    ):
        assert debris not in text, debris
    assert record.blocks[0].text.startswith("De gezamenlijke inzet binnen het zogenoemde")
    assert [b.text for b in record.blocks if b.type.value == "list_item"][:2] == [
        "Klimaat en energie",
        "Circulaire Economie",
    ]
    assert_golden("web-rijksoverheid-nieuwsbericht-kic", record)


def test_tweedekamer_page_is_other_without_chrome() -> None:
    (path,) = (FIXTURES / "web").glob("tweedekamer*.html")
    record = govdocs.convert(path, translate=False)
    assert record.kind.value == "other"
    assert record.title == "Motie"
    text = "\n".join(b.text for b in record.blocks)
    assert "Stemmingsuitslag" in text and "Verworpen" in text
    assert "<script" not in text and "Drupal" not in text
