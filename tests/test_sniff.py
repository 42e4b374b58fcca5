"""Sniffing that survives real files: double-encoded BOMs and junk before ``<?xml`` are repaired
and logged, XHTML served as .html is HTML, a govdocs record fed back in is refused."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import govdocs
from govdocs.errors import UnsupportedFormatError
from govdocs.readers import read_bytes, sniff_format

FIXTURES = Path(__file__).parent / "fixtures"
PROCEEDINGS = FIXTURES / "proceedings"
DOUBLE_BOM = b"\xc3\xaf\xc2\xbb\xc2\xbf"  # the UTF-8 BOM read as cp1252 and encoded again
BOM = b"\xef\xbb\xbf"


def _convert(tmp_path: Path, name: str, data: bytes) -> govdocs.Record:
    path = tmp_path / name
    path.write_bytes(data)
    return govdocs.convert(path, translate=False)


def test_double_encoded_bom_on_handelingen_gives_the_proceedings_record(tmp_path: Path) -> None:
    original = (PROCEEDINGS / "h-tk-20172018-61-10.xml").read_bytes()
    assert original.startswith(BOM + b"<?xml")
    broken = DOUBLE_BOM + original[len(BOM) :]  # "ï»¿<?xml ...", as such files are found
    assert broken.decode("utf-8").startswith("ï»¿<?xml")
    assert sniff_format(broken, ".xml") == "xml"
    record = _convert(tmp_path, "h-tk-20172018-61-10.xml", broken)
    assert (record.kind.value, record.id, record.source.format.value) == (
        "proceedings",
        "h-tk-20172018-61-10",
        "xml",
    )
    meta = record.metadata
    assert isinstance(meta, govdocs.ProceedingsMetadata)
    assert meta.agenda_item == "Ondernemen en Bedrijfsfinanciering"
    assert [(p.name, p.party) for p in meta.speakers][:3] == [
        ("De voorzitter", None),
        ("Wörsdörfer", "VVD"),
        ("Paternotte", "D66"),
    ]
    repairs = [e for e in record.normalisation if e.rule == "double_encoded_bom"]
    assert len(repairs) == 1 and repairs[0].block is None
    assert repairs[0].before.startswith("ï»¿<?xml") and repairs[0].after.startswith("<?xml")
    # the record's hash is the file's, not the repaired bytes'
    assert record.source.sha256 == hashlib.sha256(broken).hexdigest()
    govdocs.validate_record(json.loads(record.to_json()))


def test_double_bom_after_a_real_bom_and_twice_over(tmp_path: Path) -> None:
    original = (PROCEEDINGS / "h-tk-20172018-50-1.xml").read_bytes()[len(BOM) :]
    for prefix in (BOM + DOUBLE_BOM, DOUBLE_BOM + DOUBLE_BOM):
        record = _convert(tmp_path, "h.xml", prefix + original)
        assert (record.kind.value, record.id, record.date) == (
            "proceedings",
            "h-tk-20172018-50-1",
            "2018-02-08",
        )
        assert [e.rule for e in record.normalisation].count("double_encoded_bom") == 1


def test_junk_before_the_xml_declaration_is_removed_and_logged(tmp_path: Path) -> None:
    original = (PROCEEDINGS / "h-tk-20172018-50-1.xml").read_bytes()[len(BOM) :]
    for junk in (b"\n\n   ", BOM + b"\r\n", b" " + BOM, b"\x00\x00\t"):
        record = _convert(tmp_path, "h.xml", junk + original)
        assert (record.kind.value, record.id) == ("proceedings", "h-tk-20172018-50-1")
        edits = [e for e in record.normalisation if e.rule == "junk_before_xml_declaration"]
        assert len(edits) == 1 and edits[0].after.startswith("<?xml"), junk
    # a plain BOM before the declaration is no junk: nothing to log
    record = _convert(tmp_path, "h.xml", BOM + original)
    assert not [e for e in record.normalisation if e.block is None]


def test_repairs_only_at_the_start() -> None:
    data, _ = __import__("govdocs.readers._sniff", fromlist=["repair_head"]).repair_head(
        b"Tekst met \xc3\xaf\xc2\xbb\xc2\xbf in het midden <?xml"
    )
    assert data.startswith(b"Tekst met")


def test_xhtml_served_as_html_with_a_long_prolog() -> None:
    comment = b"<!-- " + b"x" * 5000 + b" -->\n"
    xhtml = (
        b'<?xml version="1.0" encoding="utf-8"?>\n' + comment + b'<!DOCTYPE html PUBLIC "-//W3C//'
        b'DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Brief</title></head>'
        b"<body><p>Geachte voorzitter,</p></body></html>"
    )
    assert sniff_format(xhtml, ".html") == "html"
    assert sniff_format(DOUBLE_BOM + xhtml, ".html") == "html"
    assert sniff_format(b'<?xml version="1.0"?>\n' + comment + b"<officiele-publicatie/>") == "xml"
    raw = read_bytes("brief.html", xhtml)
    assert raw.format.value == "html"
    assert "Geachte voorzitter," in raw.text


def test_real_xhtml_fixture_with_double_bom(tmp_path: Path) -> None:
    (page,) = (FIXTURES / "web").glob("rijksoverheid.nl_*.html")
    data = page.read_bytes()
    plain = _convert(tmp_path, "plain.html", data)
    repaired = _convert(tmp_path, "bom.html", DOUBLE_BOM + data.removeprefix(BOM))
    assert (repaired.kind, repaired.title) == (plain.kind, plain.title)
    assert [b.text for b in repaired.blocks] == [b.text for b in plain.blocks]
    assert "double_encoded_bom" in [e.rule for e in repaired.normalisation]


def test_a_govdocs_record_fed_back_in_is_refused(tmp_path: Path) -> None:
    record = govdocs.convert(PROCEEDINGS / "h-tk-20172018-50-1.xml", translate=False)
    text = record.to_json(indent=2)
    for name, data in (
        ("record.json", text.encode()),
        ("records.jsonl", (record.to_json() + "\n" + record.to_json() + "\n").encode()),
        ("records.json", ("[" + record.to_json() + "]").encode()),
        ("record.txt", BOM + text.encode()),
    ):
        with pytest.raises(UnsupportedFormatError, match="govdocs record") as info:
            read_bytes(name, data)
        assert name in str(info.value) and "govdocs validate" in str(info.value)
    # JSON that is not a record is still read as text
    other = json.dumps({"schema_name": "something.else", "text": "Hallo"}).encode()
    assert read_bytes("other.json", other).format.value == "text"


def test_a_text_that_mentions_the_pdf_header_is_no_pdf() -> None:
    """The header counts with its version (``%PDF-1.7``), anywhere in the first 1 KB as PDF
    readers accept it; a README saying "bytes before the `%PDF-` header" is text."""
    text = b"# Test fixtures\n\n| `pdf/` | PDFs with bytes before the `%PDF-` header |\n"
    assert sniff_format(text, ".md") != "pdf"
    assert sniff_format(b"junk\r\n" * 20 + b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", ".pdf") == "pdf"
