"""ODT and DOCX readers on real files (pandoc, odfpy and python-docx test documents, see
SOURCES.tsv) and on hostile packages built here. Expected values were read from the files'
``content.xml`` / ``word/document.xml`` / ``numbering.xml`` / ``settings.xml`` by hand."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

import govdocs
from govdocs.document import RawDocument
from govdocs.errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EncryptedDocumentError,
    UnsafeDocumentError,
    UnsupportedFormatError,
)
from govdocs.readers import Limits, ReadOptions, read, read_bytes, sniff_format

OFFICE = Path(__file__).parent / "fixtures" / "office"


def _body(raw: RawDocument) -> list[tuple[str | None, int | None, str]]:
    return [(b.hint, b.level, b.text) for b in raw.blocks]


# --------------------------------------------------------------------------- ODT


def test_odt_footnote_is_linked_to_its_citing_paragraph() -> None:
    raw = read(OFFICE / "footnote.odt")
    assert raw.format.value == "odt" and raw.reader == "govdocs.readers.odt"
    assert _body(raw) == [
        (None, None, "Some text with a footnote."),
        ("footnote", None, "Footnote text"),
    ]
    assert raw.blocks[0].attrs["footnote_marks"] == [("1", len("Some text"))]
    assert raw.metadata["creator"] == "Martin Linnemann"
    assert raw.metadata["created"] == "2015-03-01T17:26:12.31"
    record = govdocs.convert(OFFICE / "footnote.odt", translate=False)
    assert record.source.format.value == "odt"
    assert [(f.label, f.text, f.cited_in) for f in record.footnotes] == [
        ("1", "Footnote text", "b1")
    ]
    assert record.blocks[0].footnote_refs == ["fn1"]


def test_odt_endnote_keeps_its_printed_label() -> None:
    raw = read(OFFICE / "endnote.odt")
    assert raw.blocks[0].attrs["footnote_marks"] == [("i", len("Some text"))]
    assert raw.blocks[1].text == "Endnote text"


def test_odt_numbered_list_with_levels_and_a_start_value() -> None:
    raw = read(OFFICE / "orderedListSimple.odt")
    items = [(b.level, b.attrs.get("number"), b.text) for b in raw.blocks]
    assert items == [
        (1, "1.", "A list item"),
        (1, "2.", "A second"),
        (1, "3.", "A third"),
        (2, "1.", "New level!"),
        (3, "1.", "And another!"),
        (3, "2.", "It's great up here!"),
        (2, "2.", "Oh noes"),
        (2, "3.", "We fell!"),
        (1, "4.", "Maybe someone"),
        (1, "5.", "Pushed us?"),
        # list style L1 starts at 4 (text:start-value="4")
        (1, "4.", "Start new list, but a different starting point."),
        (1, "5.", "Because we can."),
    ]
    assert all(b.hint == "list_item" for b in raw.blocks)


def test_odt_list_that_continues_numbering_across_paragraphs() -> None:
    raw = read(OFFICE / "listContinueNumbering.odt")
    items = [b for b in raw.blocks if b.hint == "list_item"]
    assert len(items) == 7
    for item in items:  # each item says its own number: "Some text (3.)"
        assert item.text == f"Some text ({item.attrs['number']})"


def test_odt_bullets_have_levels_but_no_number() -> None:
    raw = read(OFFICE / "twolevellist.odt")
    assert [(b.hint, b.level, b.text) for b in raw.blocks] == [
        (None, None, "Line 1"),
        ("list_item", 1, "Item A"),
        ("list_item", 1, "Item B"),
        ("list_item", 2, "Subitem B.1"),
        ("list_item", 2, "Subitem B.2 (bold)"),
        ("list_item", 1, "Item C"),
        (None, None, "Line 4"),
    ]
    assert not any("number" in b.attrs for b in raw.blocks)
    assert raw.metadata["creator"] == "Søren Roug"


def test_odt_table_block() -> None:
    record = govdocs.convert(OFFICE / "simpletable.odt", translate=False)
    assert [(b.type.value, b.text) for b in record.blocks] == [
        ("table", "Cell 1 | Cell 2\nCell 3 (bold) | Cell 4 (italic)")
    ]


def test_encrypted_odt_is_refused() -> None:
    with pytest.raises(EncryptedDocumentError, match=r"aes_sample\.odt: ODT is password-protected"):
        read(OFFICE / "aes_sample.odt")


# --------------------------------------------------------------------------- DOCX


def test_docx_footnotes_numbered_as_settings_say() -> None:
    raw = read(OFFICE / "footnotes.docx")  # footnotePr numFmt lowerRoman
    assert raw.format.value == "docx"
    assert _body(raw) == [
        (None, None, "This paragraph contains one footnote here."),
        ("footnote", None, "This is footnote text for the first footnote."),
        (None, None, "This paragraph has no footnote."),
        (None, None, "And this paragraph contains two footnotes, here and here."),
        ("footnote", None, "This is footnote text for the second footnote."),
        ("footnote", None, "This is footnote text for the third footnote."),
    ]
    assert [label for label, _ in raw.blocks[3].attrs["footnote_marks"]] == ["ii", "iii"]
    record = govdocs.convert(OFFICE / "footnotes.docx", translate=False)
    assert [(f.label, f.cited_in) for f in record.footnotes] == [
        ("i", "b1"),
        ("ii", "b3"),
        ("iii", "b3"),
    ]
    assert record.blocks[2].footnote_refs == ["fn2", "fn3"]


def test_docx_footnote_and_endnote_in_one_paragraph() -> None:
    raw = read(OFFICE / "notes.docx")
    assert raw.blocks[0].hint == "heading" and raw.blocks[0].level == 2
    assert raw.blocks[0].text == "A footnote"
    assert raw.blocks[1].text == "Test footnote. Test endnote."
    assert raw.blocks[1].attrs["footnote_marks"] == [("1", 14), ("i", 28)]
    assert [b.text for b in raw.blocks[2:]] == [
        "My note.",
        "This is an endnote at the end of the document.",
    ]


def test_docx_headings_from_styles() -> None:
    raw = read(OFFICE / "headers.docx")
    headings = [(b.level, b.text) for b in raw.blocks if b.hint == "heading"]
    assert headings == [
        (1, "A Test of Headers"),
        (2, "Second Level"),
        (3, "Third level"),
        (4, "Fourth level"),
        (5, "Fifth level"),
        (6, "Sixth level"),
    ]
    # 'Seventh level' uses a style styles.xml does not define: a paragraph
    assert next(b for b in raw.blocks if b.text == "Seventh level").hint is None


def test_docx_numbered_headings_and_lists() -> None:
    raw = read(OFFICE / "enumerated_headings.docx")
    assert [(b.hint, b.level, b.attrs.get("number"), b.text) for b in raw.blocks] == [
        ("heading", 1, "1", "H1"),
        ("heading", 2, "1.1", "H2"),
        ("heading", 3, "1.1.1", "H3"),
        (None, None, None, "And some text"),
    ]
    raw = read(OFFICE / "lists.docx")
    items = [(b.hint, b.level, b.attrs.get("number"), b.text) for b in raw.blocks]
    assert items[:5] == [
        ("heading", 2, None, "Some nested lists"),
        ("list_item", 1, "1.", "one"),
        ("list_item", 1, "2.", "two"),
        ("list_item", 2, "a.", "a"),
        ("list_item", 2, "b.", "b"),
    ]
    assert items[5:9] == [  # bullets (numFmt bullet): level, no number
        ("list_item", 1, None, "one"),
        ("list_item", 1, None, "two"),
        ("list_item", 2, None, "three"),
        ("list_item", 3, None, "four"),
    ]
    assert items[9] == (None, None, None, "Sub paragraph")  # numId 0: numbering removed
    record = govdocs.convert(OFFICE / "num-having-numbering-part.docx", translate=False)
    assert [(b.type.value, b.number, b.text) for b in record.blocks] == [
        ("list_item", "1.", "Paragraph having List Number style.")
    ]


def test_docx_tables_and_tracked_deletions() -> None:
    raw = read(OFFICE / "tables.docx")
    tables = [b.text.split("\n") for b in raw.blocks if b.hint == "table"]
    assert len(tables) == 3
    assert tables[0][:2] == [
        "Name | Game | Fame | Blame",
        "Lebron James | Basketball | Very High | Leaving Cleveland",
    ]
    assert tables[1] == ["Sinple | Table", "Without | Header"]
    raw = read(OFFICE / "track_changes_deletion.docx")
    assert [b.text for b in raw.blocks] == ["This is a text with a deletion."]


def test_docx_title_style_and_core_properties() -> None:
    raw = read(OFFICE / "metadata.docx")
    assert (raw.blocks[0].hint, raw.blocks[0].text) == ("heading", "This Is the Title")
    assert raw.blocks[0].attrs["style"] == "Title"
    raw = read(OFFICE / "doc-coreprops.docx")
    assert {k: raw.metadata[k] for k in ("title", "creator", "created", "keywords")} == {
        "title": "Title",
        "creator": "Steve Canny",
        "created": "2014-12-13T22:02:00Z",
        "keywords": "key; word; keyword",
    }


# --------------------------------------------------------------------------- hostile packages

_DOC = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body>{body}</w:body></w:document>"
)
_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def _zip(members: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx(document: bytes | str, **extra: bytes | str) -> bytes:
    return _zip({"[Content_Types].xml": _TYPES, "word/document.xml": document, **extra})


def test_constructed_docx_reads() -> None:
    data = _docx(_DOC.format(body="<w:p><w:r><w:t>Hallo wereld.</w:t></w:r></w:p>"))
    assert sniff_format(data) == "docx"
    assert [b.text for b in read_bytes("brief.docx", data).blocks] == ["Hallo wereld."]


def test_zip_bomb_is_refused_naming_the_file() -> None:
    paragraph = "<w:p><w:r><w:t>" + " " * (64 << 20) + "</w:t></w:r></w:p>"
    data = _docx(_DOC.format(body=paragraph))
    assert len(data) < 200_000  # 64 MB of document in a small file
    with pytest.raises(UnsafeDocumentError, match=r"bomb\.docx: .*zip bomb"):
        read_bytes("bomb.docx", data)


def test_total_inflated_size_is_capped() -> None:
    text = "".join(f"<w:p><w:r><w:t>Alinea {i} met tekst.</w:t></w:r></w:p>" for i in range(5000))
    data = _docx(_DOC.format(body=text))
    options = ReadOptions(limits=Limits(max_decompressed_bytes=100_000))
    with pytest.raises(DocumentTooLargeError, match=r"groot\.docx: DOCX package inflates"):
        read_bytes("groot.docx", data, options)
    assert len(read_bytes("groot.docx", data).blocks) == 5000


def test_xxe_inside_the_package_is_refused_naming_the_file() -> None:
    xxe = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"
    )
    with pytest.raises(UnsafeDocumentError, match=r"xxe\.docx: DOCX member 'word/document\.xml'"):
        read_bytes("xxe.docx", _docx(xxe))
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
        "<office:body><office:text>&b;</office:text></office:body></office:document-content>"
    )
    odt = _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": laughs,
            "META-INF/manifest.xml": "<manifest/>",
        }
    )
    with pytest.raises(UnsafeDocumentError, match=r"laughs\.odt: ODT member 'content\.xml'"):
        read_bytes("laughs.odt", odt)


def test_real_odt_with_an_external_entity_is_refused() -> None:
    # odfpy's nasty.odt: <!ENTITY nasty SYSTEM "examples/externalcontent.txt"> used in a text:p
    with pytest.raises(
        UnsafeDocumentError, match=r"nasty\.odt: ODT member 'content\.xml' declares"
    ):
        govdocs.convert(OFFICE / "nasty.odt", translate=False)


def test_climbing_and_absolute_member_names_are_refused() -> None:
    for name in ("../../etc/evil.xml", "/abs.xml", "C:\\temp\\x.xml", "word/../../x.xml"):
        data = _docx(_DOC.format(body=""), **{name: "<x/>"})
        with pytest.raises(UnsafeDocumentError, match="absolute or climbing path"):
            read_bytes("pad.docx", data)


def test_zip_level_encryption_is_refused() -> None:
    data = bytearray(_docx(_DOC.format(body="<w:p><w:r><w:t>x</w:t></w:r></w:p>")))
    central = data.find(b"PK\x01\x02")
    while central >= 0:  # set the "encrypted" flag of every member in the central directory
        data[central + 8] |= 1
        central = data.find(b"PK\x01\x02", central + 4)
    with pytest.raises(EncryptedDocumentError, match=r"geheim\.docx"):
        read_bytes("geheim.docx", bytes(data))


def test_encrypted_ooxml_in_an_ole2_container_is_refused() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(EncryptedDocumentError, match=r"beveiligd\.docx: .*password-protected"):
        read_bytes("beveiligd.docx", data)
    with pytest.raises(UnsupportedFormatError, match="OLE2"):
        read_bytes("oud.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))


def test_other_zips_are_named_not_read() -> None:
    xlsx = _zip(
        {
            "[Content_Types].xml": _TYPES.replace(
                "wordprocessingml.document.main", "spreadsheetml.sheet.main"
            ),
            "xl/workbook.xml": "<workbook/>",
        }
    )
    with pytest.raises(UnsupportedFormatError, match=r"tabel\.docx: content is an Excel workbook"):
        read_bytes("tabel.docx", xlsx)
    ods = _zip(
        {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>"}
    )
    with pytest.raises(UnsupportedFormatError, match="OpenDocument spreadsheet"):
        read_bytes("blad.odt", ods)
    with pytest.raises(UnsupportedFormatError, match="neither ODT nor DOCX"):
        read_bytes("archief.zip", _zip({"a.txt": "hallo"}))
    with pytest.raises(CorruptDocumentError, match=r"kapot\.docx"):
        read_bytes("kapot.docx", _docx("<w:document"))


def test_macros_are_ignored() -> None:
    data = _docx(
        _DOC.format(body="<w:p><w:r><w:t>Met macro.</w:t></w:r></w:p>"),
        **{"word/vbaProject.bin": b"\x00macro\x00" * 100},
    )
    raw = read_bytes("macro.docm", data)
    assert [b.text for b in raw.blocks] == ["Met macro."]
    assert raw.metadata["macros_ignored"] is True


# --------------------------------------------------------------------------- structure unchanged


def _runs(text: str) -> str:
    out = []
    for part in re.split(r"(<sup>\d+</sup>|  \n)", text):
        mark = re.fullmatch(r"<sup>(\d+)</sup>", part)
        if mark:
            out.append(f'<w:r><w:footnoteReference w:id="{mark.group(1)}"/></w:r>')
        elif part == "  \n":
            out.append("<w:r><w:br/></w:r>")
        elif part:
            clean = re.sub(r"<(https?://[^>]+)>", r"\1", re.sub(r"\*+", "", part))
            out.append(
                f'<w:r><w:t xml:space="preserve">{escape(clean.replace(chr(10), " "))}</w:t></w:r>'
            )
    return "".join(out)


def docx_from_markdown(text: str) -> bytes:
    """A DOCX as Word saves a letter typed from the seed: ``#`` lines in heading styles (Dutch
    style ids ``Kop1`` named ``heading 1``), ``<sup>n</sup>`` as real footnote references."""
    body: list[str] = []
    notes: dict[str, str] = {}
    for para in re.split(r"\n\s*\n", text.strip()):
        note = re.match(r"<sup>(\d+)</sup>\s*(.*)", para, re.S)
        if para.strip() == "---" or note:
            if note:
                notes.setdefault(note.group(1), note.group(2))
            continue
        head = re.match(r"(#+)\s*(.*)", para, re.S)
        style = f'<w:pPr><w:pStyle w:val="Kop{len(head.group(1))}"/></w:pPr>' if head else ""
        body.append(f"<w:p>{style}{_runs(head.group(2) if head else para)}</w:p>")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="Kop{n}"><w:name w:val="heading {n}"/></w:style>'
        for n in range(1, 7)
    )
    footnotes = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:r><w:footnoteRef/></w:r>{_runs(" " + v)}</w:p></w:footnote>'
        for k, v in notes.items()
    )
    return _docx(
        f'<?xml version="1.0"?><w:document {w}><w:body>{"".join(body)}</w:body></w:document>',
        **{
            "word/styles.xml": f"<w:styles {w}>{styles}</w:styles>",
            "word/footnotes.xml": f"<w:footnotes {w}>{footnotes}</w:footnotes>",
        },
    )


def test_a_kamerstuk_typed_in_word_gives_the_same_record(tmp_path: Path) -> None:
    """Constructed: the seed letter as a DOCX. The structure modules cannot tell the formats
    apart: same kind, id, date, dossier, signatories and footnotes, linked to their blocks."""
    seed = (
        Path(__file__).resolve().parents[1] / "seeds" / "002_kamerstuk-33694-68-reaim-letter.nl.txt"
    )
    path = tmp_path / "kst-33694-68.docx"
    path.write_bytes(docx_from_markdown(seed.read_text(encoding="utf-8")))
    docx = govdocs.convert(path, translate=False)
    text = govdocs.convert(seed, translate=False)
    assert (docx.kind.value, docx.id, docx.date) == (
        "parliamentary_letter",
        "kst-33694-68",
        "2023-06-23",
    )
    meta = docx.metadata
    assert isinstance(meta, govdocs.LetterMetadata)
    assert [s.name for s in meta.signatories] == ["W.B. Hoekstra", "K.H. Ollongren"]
    assert meta.dossier is not None and meta.dossier.number == "33694"
    assert docx.title == text.title
    assert docx.metadata == text.metadata
    assert [f.label for f in docx.footnotes] == ["1", "2", "3"]
    cited = {
        f.label: next(b.text for b in docx.blocks if b.id == f.cited_in) for f in docx.footnotes
    }
    assert cited["1"].startswith("REAIM heeft een aantal concrete resultaten opgeleverd.")
    assert cited["2"].startswith("Het kabinet heeft in zijn reactie op het AIV/CAVV advies")
    assert docx.footnotes[2].cited_in == docx.footnotes[1].cited_in  # both cited in one block


_ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
)


def _odt(body: str, styles: str = "") -> bytes:
    content = (
        f'<?xml version="1.0"?><office:document-content {_ODF}>'
        f"<office:automatic-styles>{styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )
    return _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": content,
            "META-INF/manifest.xml": "<manifest/>",
        }
    )


def test_odt_table_with_a_footnote_and_a_nested_table() -> None:
    cell = "<table:table-cell><text:p>{}</text:p></table:table-cell>"
    nested = (
        "<table:table-cell><table:table><table:table-row>"
        + cell.format("binnen")
        + "</table:table-row></table:table></table:table-cell>"
    )
    note = (
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>Bron: CBS.</text:p></text:note-body></text:note>"
    )
    body = (
        "<table:table><table:table-header-rows><table:table-row>"
        + cell.format("Jaar")
        + cell.format("Aantal")
        + "</table:table-row></table:table-header-rows><table:table-row>"
        + cell.format("2023")
        + cell.format("12" + note)
        + "</table:table-row><table:table-row>"
        + cell.format("x")
        + nested
        + "</table:table-row></table:table>"
    )
    raw = read_bytes("tabel.odt", _odt(body))
    assert _body(raw) == [
        ("table", None, "Jaar | Aantal\n2023 | 12\nx | binnen"),
        ("footnote", None, "Bron: CBS."),
    ]
    assert raw.blocks[0].attrs["footnote_marks"] == [("1", 0)]


def test_odt_headings_from_outline_levels_and_inherited_styles() -> None:
    styles = (
        '<style:style style:name="P1" style:family="paragraph" '
        'style:parent-style-name="Kop_20_2"/>'
        '<style:style style:name="Kop_20_2" style:family="paragraph" '
        'style:display-name="Kop 2" style:default-outline-level="2"/>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Tussenkop"/>'
        '<style:style style:name="Tussenkop" style:family="paragraph" '
        'style:parent-style-name="Heading"/>'
    )
    body = (
        '<text:h text:outline-level="1">Inleiding</text:h>'
        '<text:p text:style-name="P1">Achtergrond</text:p>'
        '<text:p text:style-name="P2">Geen kop<text:s text:c="3"/>maar tekst</text:p>'
        '<text:h text:outline-level="10">Diep</text:h>'
    )
    raw = read_bytes("koppen.odt", _odt(body, styles))
    assert [(b.hint, b.level, b.text) for b in raw.blocks] == [
        ("heading", 1, "Inleiding"),
        ("heading", 2, "Achtergrond"),
        (None, None, "Geen kop maar tekst"),
        ("heading", 6, "Diep"),  # the record's levels stop at 6
    ]
    assert raw.blocks[1].attrs["styles"] == ["P1", "Kop 2"]
    assert raw.blocks[2].attrs["styles"] == ["P2", "Tussenkop"]


def test_woo_platform_file_types() -> None:
    """The file-type test files of the Ministry of VWS's Woo platform: its DOCX and ODT read,
    its old Word file, spreadsheet and workbook are named and refused."""
    woo = OFFICE / "woo"
    docx = read(woo / "16101.docx")
    assert [b.text for b in docx.blocks] == ["App nut mice", "Search text: 16101.docx"]
    assert (docx.metadata["creator"], docx.metadata["created"]) == (
        "Paul Koppelaar",
        "2024-11-14T10:48:00Z",
    )
    assert "title" not in docx.metadata  # <dc:title></dc:title> is no title
    odt = read(woo / "16103.odt")
    assert [b.text for b in odt.blocks] == ["App nut mice", "Search text: 16103.odt"]
    for name, what in (
        ("16102.doc", "OLE2 file"),
        ("16109.xlsx", "Excel workbook"),
        ("16112.ods", "OpenDocument spreadsheet"),
    ):
        with pytest.raises(
            UnsupportedFormatError, match=rf"{re.escape(name)}: content is an? {what}"
        ):
            read(woo / name)


def test_odt_list_numbers_with_several_levels_shown() -> None:
    # Numbering_20_5: level 2 shows two levels (text:display-levels="2"), level 3 is "a)"
    raw = read(OFFICE / "orderedListMixed.odt")
    assert [(b.level, b.attrs.get("number")) for b in raw.blocks[:9]] == [
        (1, "1."),
        (1, "2."),
        (1, "3."),
        (2, "3.1."),
        (3, "a)"),
        (3, "b)"),
        (2, "3.2."),
        (2, "3.3."),
        (1, "4."),
    ]
    # items say their own numbers: "Top two" is 2., "Sub item 2.b" is b.
    raw = read(OFFICE / "listContinueNumbering2.odt")
    words = {"one": "1.", "two": "2.", "three": "3."}
    for block in raw.blocks:
        if block.text.startswith("Top "):
            assert block.attrs["number"] == words[block.text.split()[1]]
        elif block.text.startswith("Sub item "):
            assert block.attrs["number"] == block.text[-1] + "."
        else:
            assert block.hint is None


def _flat_opc(docx: Path) -> bytes:
    """Word's Flat OPC form (File > Save as > Word XML) of a real DOCX: one pkg:part per member."""
    parts = []
    with zipfile.ZipFile(docx) as archive:
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            data = archive.read(info).decode("utf-8")
            data = re.sub(r"^<\?xml[^>]*\?>\s*", "", data)
            parts.append(
                f'<pkg:part pkg:name="/{info.filename}"><pkg:xmlData>{data}</pkg:xmlData></pkg:part>'
            )
    return (
        '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>'
        '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
        + "".join(parts)
        + "</pkg:package>"
    ).encode()


def _flat_odt(odt: Path) -> bytes:
    """The flat ODT form (``.fodt``) of a real ODT: meta, styles and content in one tree."""
    with zipfile.ZipFile(odt) as archive:
        members = {
            n: archive.read(n).decode("utf-8") for n in ("meta.xml", "styles.xml", "content.xml")
        }

    def inner(xml: str, tag: str) -> str:
        found = re.search(rf"<{tag}[ >].*</{tag}>", xml, re.S)
        return found.group(0) if found else ""

    namespaces = re.search(r"<office:document-content([^>]*)>", members["content.xml"])
    assert namespaces is not None
    return (
        f'<?xml version="1.0"?><office:document{namespaces.group(1)} '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        + inner(members["meta.xml"], "office:meta")
        + inner(members["styles.xml"], "office:styles")
        + inner(members["content.xml"], "office:automatic-styles")
        + inner(members["content.xml"], "office:body")
        + "</office:document>"
    ).encode()


@pytest.mark.parametrize("name", ["notes.docx", "footnotes.docx", "lists.docx", "tables.docx"])
def test_flat_opc_reads_like_the_docx(name: str) -> None:
    flat = _flat_opc(OFFICE / name)
    assert sniff_format(flat, ".xml") == "docx"
    zipped, unzipped = read(OFFICE / name), read_bytes(name.replace(".docx", ".xml"), flat)
    assert unzipped.format.value == "docx"
    assert [(b.hint, b.level, b.text, b.attrs) for b in unzipped.blocks] == [
        (b.hint, b.level, b.text, b.attrs) for b in zipped.blocks
    ]
    assert unzipped.metadata == zipped.metadata


@pytest.mark.parametrize("name", ["footnote.odt", "orderedListMixed.odt", "simpletable.odt"])
def test_flat_odt_reads_like_the_odt(name: str) -> None:
    flat = _flat_odt(OFFICE / name)
    assert sniff_format(DOUBLE_BOM + flat, ".fodt") == "odt"
    zipped = read(OFFICE / name)
    unzipped = read_bytes(name.replace(".odt", ".fodt"), DOUBLE_BOM + flat)
    assert [(b.hint, b.level, b.text, b.attrs) for b in unzipped.blocks] == [
        (b.hint, b.level, b.text, b.attrs) for b in zipped.blocks
    ]
    assert unzipped.metadata == zipped.metadata
    assert [r.rule for r in unzipped.repairs] == ["double_encoded_bom"]


DOUBLE_BOM = b"\xc3\xaf\xc2\xbb\xc2\xbf"


def test_odt_text_box_caption_and_no_guessed_titles() -> None:
    record = govdocs.convert(OFFICE / "imageWithCaption.odt", translate=False)
    # the caption sits in a text box (draw:frame > draw:text-box) with a text:sequence number
    assert [(b.type.value, b.text) for b in record.blocks] == [
        ("caption", "Abbildung 1: Image caption")
    ]
    # a one-row table and a plain paragraph are not titles: ODT says what its headings are
    table = govdocs.convert(OFFICE / "simpleTable.odt", translate=False)
    assert table.title is None
    assert [(b.type.value, b.text) for b in table.blocks] == [("table", "Content | More content")]
    bold = govdocs.convert(OFFICE / "bold.odt", translate=False)
    assert bold.title is None
    assert [b.text for b in bold.blocks] == ["Here comes bold text"]


def test_a_woo_decision_typed_in_word_names_its_addressee_not_its_sender(tmp_path: Path) -> None:
    """Constructed: a Woo decision as a ministry's DOCX, each line of its head a paragraph of
    its own (the sender's name, then the address block): the addressee is the person the
    address block opens with, above the first postal line; the decision is signed on the
    minister's behalf by an office whose signer's name is not printed."""
    head = [
        "Ministerie van Landbouw, Natuur en Voedselkwaliteit",
        "De heer J. Jansen",
        "Postbus 123",
        "1234 AB Utrecht",
        "Datum 17 november 2020",
        "Betreft Besluit op uw Woo-verzoek over stikstof",
    ]
    text = "\n\n".join(
        [
            *head,
            "Geachte heer Jansen,",
            "Met uw e-mail van 3 september 2020 heeft u verzocht om openbaarmaking.",
            "Hoogachtend,",
            "De Minister van Landbouw, Natuur en Voedselkwaliteit,",
            "namens deze:",
            "Teammanager Afdeling Vergunningen & Handhaving",
        ]
    )
    path = tmp_path / "woo.docx"
    path.write_bytes(docx_from_markdown(text))
    record = govdocs.convert(path, translate=False)
    meta = record.metadata
    assert isinstance(meta, govdocs.ParliamentaryLetterMetadata)
    assert (meta.addressee, record.date) == ("De heer J. Jansen", "2020-11-17")
    assert meta.subject == "Besluit op uw Woo-verzoek over stikstof"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Teammanager Afdeling Vergunningen & Handhaving", None)
    ]
