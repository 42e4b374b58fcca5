"""The officiele-publicatie family: one model, several readers (XML, the publisher's XHTML,
metadata files beside the document), every document type a parliamentary monitor meets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govdocs import convert
from govdocs.models import (
    DocumentKind,
    ParliamentaryLetterMetadata,
    ParliamentaryQuestionsMetadata,
    ProceedingsMetadata,
)

FIXTURES = Path(__file__).parent / "fixtures"
CONSTRUCTED = FIXTURES / "publications-constructed"
PUBLICATIONS = FIXTURES / "publications"
AANHANGSEL_PDF = FIXTURES / "questions" / "ah-tk-20232024-1893_BZ_Klaver_tkdoc-1bd47dc8.pdf"


def _record(path: Path):  # type: ignore[no-untyped-def]
    return convert(path, translate=False)


# --------------------------------------------------------------------------- Handelingen


def test_handelingen_xml_is_proceedings_with_id_speakers_and_agenda_item() -> None:
    record = _record(FIXTURES / "proceedings" / "h-tk-20172018-61-10.xml")
    assert record.kind is DocumentKind.proceedings
    assert record.id == "h-tk-20172018-61-10"
    meta = record.metadata
    assert isinstance(meta, ProceedingsMetadata)
    assert meta.agenda_item == "Ondernemen en Bedrijfsfinanciering"
    assert meta.meeting_number == "61" and meta.item_number == "10"
    names = {speaker.name for speaker in meta.speakers}
    assert len(names) >= 3
    assert any(block.speaker is not None for block in record.blocks)


# --------------------------------------------------------------------------- Aanhangsel


@pytest.mark.parametrize("name", ["ah-tk-20232024-1893.xml", "ah-tk-20232024-1893.html"])
def test_aanhangsel_xml_and_xhtml_give_the_pdfs_questions_metadata(name: str) -> None:
    pdf = _record(AANHANGSEL_PDF)
    record = _record(CONSTRUCTED / name)
    assert record.kind is DocumentKind.parliamentary_questions
    meta, expected = record.metadata, pdf.metadata
    assert isinstance(meta, ParliamentaryQuestionsMetadata)
    assert isinstance(expected, ParliamentaryQuestionsMetadata)
    assert [(p.name, p.party) for p in meta.askers] == [("Klaver", "GroenLinks-PvdA")]
    assert meta.addressees == ["Minister van Buitenlandse Zaken"]
    assert str(meta.date_submitted) == "2024-04-18" and str(meta.date_answered) == "2024-06-03"
    assert record.id == pdf.id == "ah-tk-20232024-1893"
    for field in ("askers", "addressees", "answered_by", "date_submitted", "date_answered"):
        assert getattr(meta, field) == getattr(expected, field), field
    # the masthead (chamber, its number "2", session year, Aanhangsel number) is no body text
    assert not any(block.text.strip() in {"2", "1893"} for block in record.blocks)
    assert all(block.type.value in ("question", "answer") for block in record.blocks)


def test_kamervragen_without_answers_keep_their_identifier(tmp_path: Path) -> None:
    path = tmp_path / "kv-tk-2024Z06789.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><officiele-publicatie><metadata>'
        '<meta name="OVERHEIDop.externMetadataRecord" content="https://zoek.officielebekendmakingen'
        '.nl/kv-tk-2024Z06789/metadata.xml"/></metadata><kamervragen><kamervraagkop>'
        '<tekstregel inhoud="kamer">Tweede Kamer der Staten-Generaal</tekstregel>'
        '<tekstregel inhoud="vergaderjaar">Vergaderjaar 2023-2024</tekstregel>'
        "<kamervraagnummer>2024Z06789</kamervraagnummer>"
        '<kamervraagomschrijving type="vraag">Vragen van de leden <naam><achternaam>Jansen'
        "</achternaam></naam> (PVV) en <naam><achternaam>De Vries</achternaam></naam> (VVD) aan "
        "de Minister van Justitie en Veiligheid over het bericht X (ingezonden "
        '<datum isodatum="2024-04-18">18 april 2024</datum>).</kamervraagomschrijving>'
        "</kamervraagkop><vraag><nr>Vraag 1</nr><al>Kent u het bericht X?</al></vraag>"
        "<vraag><nr>Vraag 2</nr><al>Wat gaat u doen?</al></vraag></kamervragen>"
        "</officiele-publicatie>",
        encoding="utf-8",
    )
    record = _record(path)
    meta = record.metadata
    assert isinstance(meta, ParliamentaryQuestionsMetadata)
    assert record.id == "kv-tk-2024Z06789"
    assert [(p.name, p.party) for p in meta.askers] == [("Jansen", "PVV"), ("De Vries", "VVD")]
    assert meta.status == "unanswered" and str(meta.date_submitted) == "2024-04-18"
    assert meta.question_ids == ["2024Z06789"]
    assert [b.type.value for b in record.blocks] == ["question", "question"]


# --------------------------------------------------------------------------- motions


def test_motion_xml_submitters_are_signatories_and_voorgesteld_is_the_date() -> None:
    record = _record(FIXTURES / "xml" / "kst-36200-XII-60.constructed.xml")
    meta = record.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    assert record.date == "2023-05-25"
    assert meta.place is None  # "Voorgesteld" is no place
    assert [(s.role, s.name) for s in meta.signatories] == [(None, "De Hoop")]
    assert not any(b.text.startswith("Voorgesteld") for b in record.blocks)


def test_motion_names_without_ondertekening_are_submitters(tmp_path: Path) -> None:
    path = tmp_path / "kst-21501-02-3121.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><officiele-publicatie><kamerstuk><kamerstukkop>'
        '<tekstregel inhoud="kamer">Tweede Kamer der Staten-Generaal</tekstregel>'
        '<tekstregel inhoud="vergaderjaar">Vergaderjaar 2024–2025</tekstregel></kamerstukkop>'
        "<dossier><dossiernummer><dossiernr>21 501-02</dossiernr></dossiernummer><titel>Raad "
        "Algemene Zaken en Raad Buitenlandse Zaken</titel></dossier><stuk><stuknr><ondernummer>"
        "Nr. 3121</ondernummer></stuknr><titel>MOTIE VAN DE LEDEN CEDER EN PAULUSMA</titel>"
        "<algemeen><al>Voorgesteld 10 april 2025</al><al>De Kamer,</al><al>gehoord de "
        "beraadslaging,</al><al>verzoekt de regering iets te doen,</al><al>en gaat over tot de "
        "orde van de dag.</al><al>Ceder</al><al>Paulusma</al></algemeen></stuk></kamerstuk>"
        "</officiele-publicatie>",
        encoding="utf-8",
    )
    record = _record(path)
    meta = record.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    assert record.id == "kst-21501-02-3121" and record.date == "2025-04-10"
    assert meta.document_type == "motie" and meta.place is None
    assert [(s.role, s.name) for s in meta.signatories] == [(None, "Ceder"), (None, "Paulusma")]
    assert record.blocks[0].text == "De Kamer,"
    assert record.blocks[-1].type.value == "signature"


@pytest.mark.skipif(
    not (PUBLICATIONS / "motie" / "kst-21501-02-3121.pdf").exists(),
    reason="the real motion PDF arrives with the publications fixtures (branch opdata)",
)
def test_motion_pdf_submitter_and_voorgesteld_date() -> None:
    record = _record(PUBLICATIONS / "motie" / "kst-21501-02-3121.pdf")
    meta = record.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    assert record.id == "kst-21501-02-3121" and record.date == "2025-04-10"
    assert [(s.role, s.name) for s in meta.signatories] == [(None, "Ceder")]
    assert meta.document_type == "motie" and meta.document_number == "3121"


@pytest.mark.parametrize(
    ("name", "dossier", "suffix", "heading", "submitters"),
    [
        # the Raad number after the dossier number, a replacing motion "c.s."
        (
            "kst-21501-20-2084.xml",
            "21501",
            "20",
            "Gewijzigde motie van het lid Ceder c.s. ter vervanging van die gedrukt onder nr. 2070",
            ["Ceder", "Van Campen", "Diederik van Dijk"],
        ),
        # the printed heading cut short ("MOTIE VAN "): the metadata's documenttitel states it
        (
            "kst-31497-505.xml",
            "31497",
            None,
            "Motie van het lid Van Houwelingen",
            ["Van Houwelingen"],
        ),
        # a budget chapter (begrotingshoofdstuk) in the dossier number; metadata.xml elsewhere
        (
            "kst-36410-VII-108.xml",
            "36410",
            "VII",
            "Motie van de leden Van Oostenbruggen en Palmen",
            ["Van Oostenbruggen", "Palmen"],
        ),
        (
            "kst-36471-31.xml",
            "36471",
            None,
            "Tweede nader gewijzigde motie van het lid Eerdmans ter vervanging van die gedrukt "
            "onder nr. 30",
            ["Eerdmans"],
        ),
    ],
)
def test_real_motions_in_the_publisher_xml(  # type: ignore[no-untyped-def]
    name, dossier, suffix, heading, submitters
) -> None:
    """Motions as the Tweede Kamer's open-data API serves them (tommyvanderwal/motiematcher)."""
    record = _record(PUBLICATIONS / "motie" / name)
    meta = record.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    assert record.id == name.removesuffix(".xml")
    assert meta.dossier is not None and (meta.dossier.number, meta.dossier.suffix) == (
        dossier,
        suffix,
    )
    assert meta.heading == heading and meta.document_type == "motie"
    assert [s.name for s in meta.signatories] == submitters
    assert not [w for w in record.warnings if w.code == "metadata_disagrees"]


def test_a_dossier_part_in_the_text_agrees_with_the_metadata(tmp_path: Path) -> None:
    """``<dossiernr>21 501</dossiernr>-<raadnr>20</raadnr>`` is the metadata's ``21501-20``
    (no disagreement to report); a motion whose closing name carries a full stop still has it
    as its submitter; a motion without its Voorgesteld line is dated by its publication."""
    path = tmp_path / "kst-21501-20-2259.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><officiele-publicatie><metadata>'
        '<meta name="DC.identifier" content="kst-21501-20-2259"/>'
        '<meta name="OVERHEIDop.dossiernummer" content="21501-20"/>'
        '<meta name="OVERHEIDop.ondernummer" content="2259"/>'
        '<meta name="DCTERMS.issued" content="2025-03-20"/>'
        "</metadata><kamerstuk><dossier><dossiernummer><dossiernr>21 501</dossiernr>-"
        "<raadnr>20</raadnr></dossiernummer><titel>Europese Raad</titel></dossier><stuk>"
        '<stuknr>Nr. <ondernummer kamer="2">2259</ondernummer></stuknr>'
        "<titel>MOTIE VAN DE LEDEN POSTMA EN THIJSSEN</titel><algemeen><vrije-tekst><tekst>"
        "<al>De Kamer,</al><al>gehoord de beraadslaging,</al><al>verzoekt de regering iets,</al>"
        "<al>en gaat over tot de orde van de dag.</al><al-groep><al>Postma</al>"
        "<al>Thijssen.</al></al-groep></tekst></vrije-tekst></algemeen></stuk></kamerstuk>"
        "</officiele-publicatie>",
        encoding="utf-8",
    )
    record = _record(path)
    meta = record.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    assert meta.dossier is not None and (meta.dossier.number, meta.dossier.suffix) == (
        "21501",
        "20",
    )
    assert not [w for w in record.warnings if w.code == "metadata_disagrees"]
    assert [s.name for s in meta.signatories] == ["Postma", "Thijssen"]
    assert record.date == "2025-03-20"


# --------------------------------------------------------------------------- Kamerstuk XML


_BRIEF = (
    '<?xml version="1.0" encoding="utf-8"?><officiele-publicatie><kamerstuk><kamerstukkop>'
    '<tekstregel inhoud="kamer">Tweede Kamer der Staten-Generaal</tekstregel>'
    '<tekstregel inhoud="vergaderjaar">Vergaderjaar 2022–2023</tekstregel></kamerstukkop>'
    "<dossier><dossiernummer><dossiernr>33 694</dossiernr></dossiernummer><titel>Gesprekken "
    "tussen de regering en de provincies</titel></dossier><stuk><stuknr><ondernummer>Nr. 68"
    "</ondernummer></stuknr><titel>BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN "
    "KONINKRIJKSRELATIES</titel><algemeen><al>Aan de Voorzitter van de Tweede Kamer der "
    "Staten-Generaal</al><al>Den Haag, 7 juli 2023</al><al>Hierbij informeer ik u.</al>"
    "<tussenkop>Aanleiding</tussenkop><al>De aanleiding is deze.</al><ondertekening><functie>"
    "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,</functie><naam>H.G.J. Bruins "
    "Slot</naam></ondertekening></algemeen></stuk></kamerstuk></officiele-publicatie>"
)


def test_brief_dateline_tussenkop_and_signatory(tmp_path: Path) -> None:
    path = tmp_path / "kst-33694-68.xml"
    path.write_text(_BRIEF, encoding="utf-8")
    record = _record(path)
    meta = record.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    assert record.date == "2023-07-07" and meta.place == "Den Haag"
    assert not any(b.text.startswith("Den Haag,") for b in record.blocks)
    assert ("heading", "Aanleiding") in [(b.type.value, b.text) for b in record.blocks]
    assert meta.signatories[0].name == "H.G.J. Bruins Slot"
    assert not record.warnings or all(w.code != "metadata_disagrees" for w in record.warnings)


def test_metadata_file_beside_wins_and_disagreement_is_named(tmp_path: Path) -> None:
    path = tmp_path / "kst-33694-68.xml"
    path.write_text(_BRIEF, encoding="utf-8")
    (tmp_path / "kst-33694-68.metadata.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><metadata_gegevens>'
        '<metadata name="DC.identifier" content="kst-33694-69"/>'
        '<metadata name="OVERHEIDop.dossiernummer" content="33694"/>'
        '<metadata name="OVERHEIDop.ondernummer" content="69"/>'
        "</metadata_gegevens>",
        encoding="utf-8",
    )
    record = _record(path)
    meta = record.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    assert record.id == "kst-33694-69" and meta.document_number == "69"
    warnings = [w.message for w in record.warnings if w.code == "metadata_disagrees"]
    assert len(warnings) == 1
    assert "document_number" in warnings[0] and "'69'" in warnings[0] and "'68'" in warnings[0]
    assert "kst-33694-68.metadata.xml" in warnings[0] and "text" in warnings[0]


# --------------------------------------------------------------------------- other publications


_OWMS = """<?xml version="1.0" encoding="UTF-8"?>
<owms-metadata xmlns:dcterms="http://purl.org/dc/terms/"
    xmlns:overheidop="http://standaarden.overheid.nl/oep/meta/">
  <owmskern><dcterms:identifier>stcrt-2015-47076</dcterms:identifier>
  <dcterms:title>Ter inzage: omgevingsvergunning</dcterms:title>
  <dcterms:type>Staatscourant</dcterms:type></owmskern>
  <owmsmantel><dcterms:issued>2015-12-24</dcterms:issued></owmsmantel>
</owms-metadata>"""


def test_owms_metadata_file_is_a_record_and_a_sidecar(tmp_path: Path) -> None:
    owms = tmp_path / "stcrt-2015-47076.metadata_owms.xml"
    owms.write_text(_OWMS, encoding="utf-8")
    alone = _record(owms)
    assert (alone.kind, alone.id, alone.title, alone.date) == (
        DocumentKind.other,
        "stcrt-2015-47076",
        "Ter inzage: omgevingsvergunning",
        "2015-12-24",
    )
    doc = tmp_path / "stcrt-2015-47076.xml"
    doc.write_text(
        '<?xml version="1.0" encoding="utf-8"?><officiele-publicatie><kop><titel>STAATSCOURANT'
        "</titel></kop><staatscourant><zakelijke-mededeling><zakelijke-mededeling-tekst>"
        "<kop><titel>Ter inzage: omgevingsvergunning</titel></kop><al>Tekst.</al>"
        "<al>Bergen, 23 december 2015</al></zakelijke-mededeling-tekst></zakelijke-mededeling>"
        "</staatscourant></officiele-publicatie>",
        encoding="utf-8",
    )
    record = _record(doc)
    assert (record.kind, record.id, record.date) == (
        DocumentKind.other,
        "stcrt-2015-47076",
        "2015-12-23",  # the date the document states, not the publication date
    )
    assert record.blocks[0].text == "Ter inzage: omgevingsvergunning"  # masthead left out


def test_publisher_xhtml_is_read_like_the_xml(tmp_path: Path) -> None:
    """The XHTML rendering (meta tags + element names as classes) gives the XML's record."""
    for name in ("ah-tk-20232024-1893.xml", "ah-tk-20232024-1893.html"):
        shutil.copy(CONSTRUCTED / name, tmp_path / name)
    xml = _record(tmp_path / "ah-tk-20232024-1893.xml")
    html = _record(tmp_path / "ah-tk-20232024-1893.html")
    assert html.source.format.value == "html" and xml.source.format.value == "xml"
    assert [(b.type, b.number, b.text) for b in html.blocks] == [
        (b.type, b.number, b.text) for b in xml.blocks
    ]
    assert [(f.label, f.text, f.cited_in) for f in html.footnotes] == [
        (f.label, f.text, f.cited_in) for f in xml.footnotes
    ]


# --------------------------------------------------------------------------- VLOS


_VLOS = """<?xml version="1.0" encoding="UTF-8"?>
<vlosCoreDocument soort="Tussenpublicatie" xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0">
<vergadering soort="Plenair" kamer="Tweede Kamer"><titel>14e vergadering, woensdag 15 oktober 2014</titel>
<vergaderjaar>2014-2015</vergaderjaar><vergaderingnummer>14</vergaderingnummer>
<datum>2014-10-15T00:00:00</datum>
<activiteit soort="Debat"><titel>Algemene Financiële Beschouwingen</titel>
<activiteitdeel soort="Spreekbeurt"><activiteititem soort="Woordvoerder">
<woordvoerder><spreker soort="Tweede Kamerlid"><fractie>CDA</fractie><aanhef>De heer</aanhef>
<verslagnaam>Van Haersma Buma</verslagnaam><functie>Lid Tweede Kamer</functie></spreker>
<isvoorzitter>false</isvoorzitter><tekst><alinea><alineaitem>De heer <nadruk type="Vet">Van Haersma
Buma</nadruk> (CDA):</alineaitem><alineaitem>Voorzitter. Dank u wel.</alineaitem></alinea></tekst>
</woordvoerder><interrumpant><spreker soort="Tweede Kamerlid"><fractie>D66</fractie>
<verslagnaam>Pechtold</verslagnaam></spreker><tekst><alinea><alineaitem>De heer Pechtold
(D66):</alineaitem><alineaitem>Een vraag.</alineaitem></alinea></tekst></interrumpant>
</activiteititem></activiteitdeel></activiteit></vergadering></vlosCoreDocument>"""


def test_vlos_meeting_is_proceedings_with_speakers(tmp_path: Path) -> None:
    path = tmp_path / "vlos.xml"
    path.write_text(_VLOS, encoding="utf-8")
    record = _record(path)
    meta = record.metadata
    assert isinstance(meta, ProceedingsMetadata)
    assert (record.kind, record.id, record.date) == (
        DocumentKind.proceedings,
        "h-tk-20142015-14",
        "2014-10-15",
    )
    assert meta.meeting_number == "14" and meta.agenda_item == "Algemene Financiële Beschouwingen"
    assert [(s.name, s.party) for s in meta.speakers] == [
        ("Van Haersma Buma", "CDA"),
        ("Pechtold", "D66"),
    ]
    assert [b.text for b in record.blocks if b.type.value == "speech"] == [
        "Voorzitter. Dank u wel.",
        "Een vraag.",
    ]


@pytest.mark.skipif(
    not (PUBLICATIONS / "handelingen" / "tk-vlos-20142015-14_03686ab6.xml").exists(),
    reason="the real VLOS meeting arrives with the publications fixtures (branch opdata)",
)
def test_real_vlos_whole_meeting() -> None:
    record = _record(PUBLICATIONS / "handelingen" / "tk-vlos-20142015-14_03686ab6.xml")
    meta = record.metadata
    assert isinstance(meta, ProceedingsMetadata)
    assert record.kind is DocumentKind.proceedings and record.date == "2014-10-15"
    assert meta.meeting_number == "14" and len(meta.speakers) > 10
