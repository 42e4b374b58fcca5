"""The official-XML reader: safe parsing, block hints from the publisher's elements, metadata.xml.

Fixtures: ``fixtures/proceedings/h-tk-*.xml`` are REAL Handelingen files from
officielebekendmakingen.nl. ``fixtures/xml/*.constructed.xml`` are CONSTRUCTED (no real
Kamerstuk or Aanhangsel XML could be found for the corpus); they follow the element names in
``fixtures/op-xml-notes.md`` and say so in a comment at their top.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govdocs
from govdocs.document import RawDocument
from govdocs.readers import read, read_bytes

FIXTURES = Path(__file__).parent / "fixtures"
KAMERSTUK = FIXTURES / "xml" / "kst-31936-1116.constructed.xml"
HANDELINGEN = FIXTURES / "proceedings" / "h-tk-20172018-61-10.xml"
SECRET = "govdocs-secret-3f9a1c"


def _secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def _assert_refused(path: Path) -> None:
    """UnsafeDocumentError naming the file, the secret nowhere (error, nor any output)."""
    with pytest.raises(govdocs.UnsafeDocumentError) as info:
        govdocs.convert(path, translate=False)
    assert path.name in str(info.value)
    assert SECRET not in str(info.value) and SECRET not in repr(info.value.__cause__)


# --------------------------------------------------------------------------- safety


def test_external_entity_to_a_local_file_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = _secret_file(tmp_path)
    path = tmp_path / "xxe.xml"
    path.write_text(
        '<?xml version="1.0"?>'
        f'<!DOCTYPE officiele-publicatie [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<officiele-publicatie><handelingen><tekst><al>Zie &x;</al></tekst></handelingen>"
        "</officiele-publicatie>",
        encoding="utf-8",
    )
    _assert_refused(path)


def test_external_entity_hidden_behind_a_bracket_in_a_literal_is_refused(tmp_path: Path) -> None:
    """A ``]>`` inside a quoted default value must not end the scan of the DOCTYPE early."""
    secret = _secret_file(tmp_path)
    path = tmp_path / "hidden.xml"
    path.write_text(
        '<?xml version="1.0"?>'
        '<!DOCTYPE op [<!ATTLIST al x CDATA "]>">'
        f'<!ENTITY x SYSTEM "file://{secret}">]>'
        "<op><al>&x;</al></op>",
        encoding="utf-8",
    )
    _assert_refused(path)


def test_entity_declared_in_a_utf16_document_is_refused(tmp_path: Path) -> None:
    secret = _secret_file(tmp_path)
    path = tmp_path / "utf16.xml"
    path.write_bytes(
        (
            '<?xml version="1.0" encoding="UTF-16"?>'
            f'<!DOCTYPE op [<!ENTITY x SYSTEM "file://{secret}">]><op><al>&x;</al></op>'
        ).encode("utf-16")
    )
    _assert_refused(path)


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    path = tmp_path / "lol.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE op [{entities}]><op><al>&lol9;</al></op>',
        encoding="utf-8",
    )
    _assert_refused(path)


def test_external_dtd_is_refused_without_fetching(tmp_path: Path) -> None:
    path = tmp_path / "dtd.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE op SYSTEM "http://127.0.0.1:9/op.dtd"><op><al>x</al></op>',
        encoding="utf-8",
    )
    _assert_refused(path)


def test_metadata_xml_beside_is_parsed_just_as_safely(tmp_path: Path) -> None:
    secret = _secret_file(tmp_path)
    doc = tmp_path / "h-tk-20172018-61-10.xml"
    doc.write_bytes(HANDELINGEN.read_bytes())
    (tmp_path / "metadata.xml").write_text(
        f'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<metadata_gegevens><metadata name="DC.title" content="&x;"/></metadata_gegevens>',
        encoding="utf-8",
    )
    with pytest.raises(govdocs.UnsafeDocumentError, match=r"metadata\.xml"):
        govdocs.convert(doc, translate=False)


def test_a_harmless_internal_subset_is_accepted() -> None:
    raw = read_bytes(
        "plain.xml",
        b'<?xml version="1.0"?><!DOCTYPE op [<!ELEMENT op ANY>]><op><al>Tekst.</al></op>',
    )
    assert [b.text for b in raw.blocks] == ["Tekst."]


@pytest.mark.parametrize(
    "data",
    [
        b"<?xml version='1.0'?><officiele-publicatie><al>open",
        b"<?xml version='1.0'?><officiele-publicatie><al>&nbsp;</al></officiele-publicatie>",
    ],
    ids=["truncated", "undeclared-entity"],
)
def test_lxml_errors_become_corrupt_document_errors(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(data)
    with pytest.raises(govdocs.CorruptDocumentError, match=r"broken\.xml"):
        govdocs.convert(path, translate=False)


# --------------------------------------------------------------------------- Handelingen (real)


@pytest.fixture(scope="module")
def handelingen() -> RawDocument:
    return read(HANDELINGEN)


def test_handelingen_metadata(handelingen: RawDocument) -> None:
    meta = handelingen.metadata
    assert (meta["root"], meta["body"], meta["identifier"]) == (
        "officiele-publicatie",
        "handelingen",
        "h-tk-20172018-61-10",
    )
    assert meta["agenda"] == [{"nr": "10", "titel": "Ondernemen en Bedrijfsfinanciering"}]
    assert "metadata_xml" not in meta  # nothing lies beside the fixture; the URL is not fetched


def test_handelingen_speeches_carry_their_speaker(handelingen: RawDocument) -> None:
    blocks = handelingen.blocks
    assert (blocks[0].hint, blocks[0].level, blocks[0].text) == (
        "heading",
        1,
        "Ondernemen en Bedrijfsfinanciering",
    )
    speeches = [b for b in blocks if b.hint == "speech"]
    assert speeches[0].attrs["speaker"]["name"] == "De voorzitter"
    worsdorfer = speeches[1].attrs["speaker"]
    assert (worsdorfer["name"], worsdorfer["party"], worsdorfer["prefix"]) == (
        "Wörsdörfer",
        "VVD",
        "De heer",
    )
    assert speeches[1].text.startswith("Dank u wel, voorzitter. Veel mkb-ondernemers")
    keijzer = next(b.attrs["speaker"] for b in speeches if b.attrs["speaker"]["name"] == "Keijzer")
    assert (keijzer["role"], keijzer["party"]) == ("Staatssecretaris", None)


def test_handelingen_motions(handelingen: RawDocument) -> None:
    motions = [b for b in handelingen.blocks if b.hint == "motion"]
    assert [m.attrs["motion_id"] for m in motions] == [f"M-31311-{n}" for n in range(199, 205)]
    assert [m.attrs["document"] for m in motions] == [f"kst-31311-{n}" for n in range(199, 205)]
    first = motions[0]
    assert first.text.split("\n")[:3] == ["Motie", "De Kamer,", "gehoord de beraadslaging,"]
    assert first.text.endswith("en gaat over tot de orde van de dag.")
    assert first.attrs["speaker"]["name"] == "Wörsdörfer"
    after = handelingen.blocks[handelingen.blocks.index(first) + 1]
    assert after.attrs["speaker"]["name"] == "De voorzitter"  # from motie-info/spreker
    assert after.text.startswith("Deze motie is voorgesteld door de leden Wörsdörfer")


# --------------------------------------------------------------------------- Kamerstuk (constructed)


@pytest.fixture(scope="module")
def kamerstuk() -> RawDocument:
    return read(KAMERSTUK)


def test_kamerstuk_masthead_elements(kamerstuk: RawDocument) -> None:
    ks = kamerstuk.metadata["kamerstuk"]
    assert ks == {
        "kamer": "Tweede Kamer der Staten-Generaal",
        "vergaderjaar": "Vergaderjaar 2023–2024",
        "dossiernr": "31 936",
        "dossiertitel": "Luchtvaartbeleid",
        "ondernummer": "Nr. 1116",
        "titel": "BRIEF VAN DE MINISTER EN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT",
        "datumtekst": "Den Haag, 18 oktober 2023",
        "datum": "2023-10-18",
    }
    assert kamerstuk.metadata["identifier"] == "kst-31936-1116"


def test_kamerstuk_headings_take_their_level_from_divisie_nesting(kamerstuk: RawDocument) -> None:
    headings = [(b.level, b.text) for b in kamerstuk.blocks if b.hint == "heading"]
    assert headings == [(1, "1. Schiphol"), (2, "1.1 Nachtvluchten"), (1, "2. Drones")]


def test_kamerstuk_footnote_mark_sits_at_the_citation(kamerstuk: RawDocument) -> None:
    cites = next(b for b in kamerstuk.blocks if "footnote_marks" in b.attrs and b.hint is None)
    ((label, offset),) = cites.attrs["footnote_marks"]
    assert label == "1"
    assert cites.text[:offset].endswith("commissiedebat van 4 juli 2023")
    assert cites.text[offset:].startswith(" en in de motie van het lid De Hoop")
    note = cites_next = kamerstuk.blocks[kamerstuk.blocks.index(cites) + 1]
    assert (cites_next.hint, note.attrs["label"], note.text) == (
        "footnote",
        "1",
        "Kamerstuk 31 936, nr. 1098.",
    )


def test_kamerstuk_lists_tables_and_signature(kamerstuk: RawDocument) -> None:
    items = [
        (b.attrs["number"], b.level, b.text) for b in kamerstuk.blocks if b.hint == "list_item"
    ]
    assert items == [
        ("a", 1, "het aantal nachtvluchten wordt teruggebracht;"),
        ("b", 1, "de handhaving wordt versterkt:"),
        ("1°", 2, "door de Inspectie Leefomgeving en Transport;"),
    ]
    (table,) = [b for b in kamerstuk.blocks if b.hint == "table"]
    assert table.text.split("\n") == [
        "Registraties van drone-exploitanten",
        "Jaar | Aantal",
        "2022 | 41.000",
        "2023 | 52.000",
    ]
    (signature,) = [b for b in kamerstuk.blocks if b.hint == "signature"]
    assert signature.text.split("\n") == [
        "De Minister van Infrastructuur en Waterstaat,",
        "M.G.J. Harbers",
        "De Staatssecretaris van Infrastructuur en Waterstaat,",
        "drs. V.L.W.A. Heijnen",
    ]


def test_metadata_xml_beside_the_document_is_read(tmp_path: Path) -> None:
    doc = tmp_path / "document.xml"
    doc.write_bytes(KAMERSTUK.read_bytes())
    # constructed: entry names as reported in op-xml-notes.md
    (tmp_path / "metadata.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><metadata_gegevens>'
        '<metadata name="DC.identifier" scheme="" content="kst-31936-1116"/>'
        '<metadata name="OVERHEIDop.dossiernummer" scheme="" content="31936"/>'
        '<metadata name="OVERHEIDop.indiener" scheme="" content="M.G.J. Harbers"/>'
        '<metadata name="OVERHEIDop.indiener" scheme="" content="V.L.W.A. Heijnen"/>'
        "</metadata_gegevens>",
        encoding="utf-8",
    )
    raw = read(doc)
    assert raw.metadata["metadata_xml"]["OVERHEIDop.indiener"] == [
        "M.G.J. Harbers",
        "V.L.W.A. Heijnen",
    ]
    assert raw.metadata["identifier"] == "kst-31936-1116"


# --------------------------------------------------------------------------- Kamerstuk XML records


def test_kamerstuk_xml_record_field_by_field() -> None:
    record = govdocs.convert(KAMERSTUK, translate=False)
    meta = record.metadata
    assert (record.kind.value, record.id, record.date) == (
        "parliamentary_letter",
        "kst-31936-1116",
        "2023-10-18",
    )
    assert (meta.chamber, meta.session_year) == ("Tweede Kamer", "2023-2024")
    assert meta.dossier is not None
    assert (meta.dossier.number, meta.dossier.suffix, meta.dossier.title) == (
        "31936",
        None,
        "Luchtvaartbeleid",
    )
    assert (meta.document_number, meta.document_type) == ("1116", "brief")
    assert meta.heading == (
        "Brief van de minister en de staatssecretaris van Infrastructuur en Waterstaat"
    )
    assert (meta.addressee, meta.place) == (
        "De Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag",
    )
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Minister van Infrastructuur en Waterstaat", "M.G.J. Harbers"),
        ("Staatssecretaris van Infrastructuur en Waterstaat", "drs. V.L.W.A. Heijnen"),
    ]
    assert meta.ministry == "Ministerie van Infrastructuur en Waterstaat"
    headings = [(b.level, b.text) for b in record.blocks if b.type.value == "heading"]
    assert headings == [(1, "1. Schiphol"), (2, "1.1 Nachtvluchten"), (1, "2. Drones")]
    assert [(f.label, f.cited_in) for f in record.footnotes] == [("1", "b1"), ("2", "b6")]
    assert record.blocks[5].type.value == "list_item" and record.blocks[5].number == "a"
    assert not any(b.text.startswith("Aan de Voorzitter") for b in record.blocks)
    refs = {(r.type.value, r.dossier, r.suffix, r.number) for r in record.references}
    assert ("kamerstuk", "36200", "XII", "60") in refs and (
        "kamerstuk",
        "31936",
        None,
        "1098",
    ) in refs


def test_kamerstuk_xml_falls_back_on_metadata_xml(tmp_path: Path) -> None:
    """Without a kamerstukkop/dossier the masthead fields come from metadata.xml beside it."""
    doc = tmp_path / "kst-36200-XII-60.xml"
    doc.write_text(
        '<?xml version="1.0"?><officiele-publicatie><kamerstuk><stuk>'
        "<algemeen><al>De Kamer,</al><al>gehoord de beraadslaging,</al></algemeen>"
        "</stuk></kamerstuk></officiele-publicatie>",
        encoding="utf-8",
    )
    (tmp_path / "metadata.xml").write_text(
        '<?xml version="1.0"?><metadata_gegevens>'
        '<metadata name="DC.identifier" content="kst-36200-XII-60"/>'
        '<metadata name="DC.creator" content="Tweede Kamer der Staten-Generaal"/>'
        '<metadata name="OVERHEIDop.vergaderjaar" content="2022-2023"/>'
        '<metadata name="OVERHEIDop.dossiernummer" content="36200-XII"/>'
        '<metadata name="OVERHEIDop.dossiertitel" content="Begroting IenW 2023"/>'
        '<metadata name="OVERHEIDop.ondernummer" content="60"/>'
        '<metadata name="OVERHEIDop.documenttitel" content="Motie van het lid De Hoop"/>'
        "</metadata_gegevens>",
        encoding="utf-8",
    )
    record = govdocs.convert(doc, translate=False)
    meta = record.metadata
    assert record.id == "kst-36200-XII-60"
    assert (meta.chamber, meta.session_year, meta.document_number) == (
        "Tweede Kamer",
        "2022-2023",
        "60",
    )
    assert meta.dossier is not None
    assert (meta.dossier.number, meta.dossier.suffix, meta.dossier.title) == (
        "36200",
        "XII",
        "Begroting IenW 2023",
    )
    assert meta.document_type == "motie"


def test_wrapped_signature_and_name_parts_print_as_lines() -> None:
    """Constructed: ``ondertekening`` lines wrapped in a person element, names in parts."""
    raw = read_bytes(
        "sig.xml",
        b'<?xml version="1.0"?><officiele-publicatie><kamerstuk><stuk><ondertekening>'
        b"<persoon><functie>De Minister van Defensie,</functie><naam><voorletters>K.H."
        b"</voorletters><achternaam>Ollongren</achternaam></naam></persoon>"
        b"</ondertekening></stuk></kamerstuk></officiele-publicatie>",
    )
    assert [(b.hint, b.text) for b in raw.blocks] == [
        ("signature", "De Minister van Defensie,\nK.H. Ollongren")
    ]
