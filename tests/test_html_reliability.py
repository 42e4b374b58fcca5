"""Issue 19, never an empty record in silence: HTML main content, HTML decoding, HTML fragments,
generic XML and PDFs with bytes before their header."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdocs
from govdocs.errors import CorruptDocumentError, UnsafeDocumentError
from govdocs.readers import read, read_bytes, sniff_format

FIXTURES = Path(__file__).parent / "fixtures"
READABILITY = sorted(p for p in (FIXTURES / "web-readability").iterdir() if p.is_dir())
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


def _words(text: str) -> Counter[str]:
    return Counter(w.lower() for w in _WORD.findall(text))


# --------------------------------------------------------------------------- main content


@pytest.mark.parametrize("page", READABILITY, ids=[p.name for p in READABILITY])
def test_readability_pages_keep_the_article(page: Path) -> None:
    import lxml.html

    raw = read(page / "source.html")
    assert raw.blocks, "a page with an article must never come out empty"
    expected = _words(
        " ".join(lxml.html.fromstring((page / "expected.html").read_text()).itertext())
    )
    got = _words("\n".join(b.text for b in raw.blocks))
    recall = sum(min(n, got[w]) for w, n in expected.items()) / sum(expected.values())
    assert recall >= 0.9


def test_government_pages_keep_roles_and_drop_chrome() -> None:
    raw = read(next((FIXTURES / "web").glob("rijksoverheid*.html")))
    items = [b for b in raw.blocks if b.hint == "list_item"]
    assert len(items) == 8 and all(b.level == 1 for b in items)
    assert raw.blocks[0].hint == "heading" and raw.blocks[0].level == 1
    raw = read(next((FIXTURES / "web").glob("tweedekamer*.html")))
    texts = [b.text for b in raw.blocks]
    assert any(b.hint == "table" and b.text.startswith("Fractie | Zetels") for b in raw.blocks)
    assert any(t.startswith("Motie van het lid Helder") for t in texts)
    assert not any("hoofdnavigatie" in t or t == "Kamerleden" for t in texts)


def test_layout_wrapper_named_like_chrome_is_kept(tmp_path: Path) -> None:
    body = " ".join(f"Zin nummer {i} van het artikel over de begroting." for i in range(40))
    page = (
        "<html><body><div class='nav_wrapper'><a href='/'>Home</a></div>"
        f"<div class='layout-sidebar-right page_header'><div><p>{body}</p><p>{body}</p></div></div>"
        "<div class='cookie-banner'>Wij gebruiken cookies om de site te verbeteren, ok?</div>"
        "</body></html>"
    )
    raw = read_bytes(tmp_path / "p.html", page.encode())
    assert [b.text for b in raw.blocks] == [body, body]


# --------------------------------------------------------------------------- decoding


def test_utf8_without_meta_charset(tmp_path: Path) -> None:
    page = "<html><body><h1>Regels für één loket</h1><p>Café für één, twee.</p></body></html>"
    path = tmp_path / "p.html"
    path.write_bytes(page.encode("utf-8"))
    raw = read(path)
    assert raw.encoding == "utf-8"
    assert raw.metadata["title"] == "Regels für één loket"
    assert raw.blocks[-1].text == "Café für één, twee."
    assert not raw.warnings
    record = govdocs.convert(path, translate=False)
    assert record.source.encoding == "utf-8"
    assert "für één" in record.title  # type: ignore[operator]


def test_cp1252_page_with_meta_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><p>Één “koepel” – 5 €, für</p></body></html>"
    )
    raw = read_bytes(tmp_path / "p.html", page.encode("cp1252"))
    assert raw.encoding == "cp1252"
    assert raw.blocks[0].text == "Één “koepel” – 5 €, für"
    assert not raw.warnings


def test_meta_that_lies_valid_utf8_wins(tmp_path: Path) -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>für één</p></body></html>'
    raw = read_bytes(tmp_path / "p.html", page.encode("utf-8"))
    assert raw.encoding == "utf-8"
    assert raw.blocks[0].text == "für één"
    assert [w.code for w in raw.warnings] == ["encoding_mismatch"]
    assert "iso-8859-1" in raw.warnings[0].message


def test_declared_utf8_that_is_not(tmp_path: Path) -> None:
    page = '<html><head><meta charset="utf-8"></head><body><p>Één café, für</p></body></html>'
    raw = read_bytes(tmp_path / "p.html", page.encode("cp1252"))
    assert raw.blocks[0].text == "Één café, für"
    assert [w.code for w in raw.warnings] == ["encoding_guess", "encoding_mismatch"]


def test_xhtml_with_encoding_declaration(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>Titel</title></head><body><p>Één für</p></body></html>"
    )
    raw = read_bytes(tmp_path / "p.xhtml", page.encode("latin-1"))
    assert raw.format.value == "html"
    assert raw.blocks[0].text == "Één für"


# --------------------------------------------------------------------------- fragments


@pytest.mark.parametrize(
    "fragment",
    [
        b"<p>Een alinea met <b>nadruk</b>.</p><p>Nog een.</p>",
        b"<div>Tekst in een div</div>",
        b"<table><tr><td>a</td><td>b</td></tr></table>",
        b"<!-- opmerking --><p>Na een opmerking</p>",
        b"Inleiding\n<ul><li>een</li><li>twee</li></ul>\n<p>slot</p>\n",
    ],
)
def test_fragments_are_html(fragment: bytes) -> None:
    assert sniff_format(fragment, ".txt") == "html"


def test_fragment_read_without_raw_tags(tmp_path: Path) -> None:
    fragment = b"<!-- x --><h1>Kop &amp; titel</h1><p>Een <i>alinea</i>.</p><ul><li>punt</li></ul>"
    raw = read_bytes(tmp_path / "f.txt", fragment)
    assert raw.format.value == "html"
    assert raw.metadata["title"] == "Kop & titel"
    assert [(b.hint, b.text) for b in raw.blocks] == [
        ("heading", "Kop & titel"),
        (None, "Een alinea."),
        ("list_item", "punt"),
    ]
    raw = read_bytes(tmp_path / "g.txt", b"<p>Alleen <em>tekst</em></p>")
    assert raw.metadata["title"] is None
    assert all(not _TAG.search(b.text) for b in raw.blocks)


@pytest.mark.parametrize(
    "text",
    [
        b"Als a < b en b > c, dan geldt a < c.\n\nDe waarde <10 is klein.",
        b"Zie <https://www.rijksoverheid.nl> voor meer.",
        b"Voetnoot<sup>1</sup> in Markdown-achtige tekst.",
    ],
)
def test_text_mentioning_angle_brackets_stays_text(text: bytes) -> None:
    assert sniff_format(text, ".txt") == "text"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_characters="<", blacklist_categories=("Cs",))))
def test_text_without_tags_never_sniffs_as_html(text: str) -> None:
    data = text.encode("utf-8")
    if data.strip() and b"%PDF-" not in data:
        assert sniff_format(data, ".txt") != "html"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a <", "b >", " x<y ", "<3", "< p", "1 < 2 > 0", "woord"])))
def test_text_with_stray_angle_brackets_never_sniffs_as_html(parts: list[str]) -> None:
    data = " ".join(parts).encode()
    if data.strip():
        assert sniff_format(data, ".txt") != "html"


# --------------------------------------------------------------------------- generic XML

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Nieuws van de overheid</title><link>https://example.org/</link>
<description>Laatste berichten</description>
<item><title>Eerste bericht</title><link>https://example.org/1</link>
<description>&lt;p&gt;Het kabinet &lt;b&gt;investeert&lt;/b&gt; fors.&lt;/p&gt;</description>
<pubDate>Mon, 01 Jan 2024 09:00:00 +0100</pubDate></item>
<item><title>Tweede bericht</title><description>Tekst twee.</description></item>
</channel></rss>"""


def test_rss_feed_items_as_heading_and_paragraph(tmp_path: Path) -> None:
    raw = read_bytes(tmp_path / "feed.xml", RSS)
    assert raw.metadata["title"] == "Nieuws van de overheid"
    assert [(b.hint, b.text) for b in raw.blocks] == [
        (None, "Laatste berichten"),
        ("heading", "Eerste bericht"),
        (None, "Het kabinet investeert fors."),
        ("heading", "Tweede bericht"),
        (None, "Tekst twee."),
    ]
    assert [w.code for w in raw.warnings] == ["generic_xml"]
    assert "<rss>" in raw.warnings[0].message


def test_generic_xml_record(tmp_path: Path) -> None:
    path = tmp_path / "boek.xml"
    path.write_bytes(
        b'<?xml version="1.0"?><book xmlns="urn:x-test"><title>Het boek</title>'
        b"<chapter><h2>Deel een</h2><para>Eerste <emph>alinea</emph> van het boek.</para>"
        b"<list><li>punt een</li></list></chapter></book>"
    )
    record = govdocs.convert(path, translate=False)
    assert record.title == "Het boek"
    assert [(b.type.value, b.text) for b in record.blocks] == [
        ("heading", "Deel een"),
        ("paragraph", "Eerste alinea van het boek."),
        ("list_item", "punt een"),
    ]
    assert [w.code for w in record.warnings] == ["generic_xml"]


def test_generic_xml_without_text_is_not_an_error(tmp_path: Path) -> None:
    raw = read_bytes(tmp_path / "data.xml", b'<?xml version="1.0"?><data><row a="1"/></data>')
    assert raw.blocks == [] and raw.metadata["title"] is None
    assert [w.code for w in raw.warnings] == ["generic_xml"]


def test_official_xml_is_not_generic() -> None:
    raw = read(next((FIXTURES / "proceedings").glob("*.xml")))
    assert raw.blocks and not raw.warnings


def test_generic_xml_keeps_xml_safety(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>'
    )
    with pytest.raises(UnsafeDocumentError):
        read_bytes(tmp_path / "bomb.xml", bomb)
    xxe = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'
    with pytest.raises(UnsafeDocumentError):
        read_bytes(tmp_path / "xxe.xml", xxe)


# --------------------------------------------------------------------------- PDF header


def test_pdf_with_bytes_before_the_header() -> None:
    path = FIXTURES / "pdf" / "qpdf-leading-junk.pdf"
    data = path.read_bytes()
    assert not data.startswith(b"%PDF") and sniff_format(data) == "pdf"
    raw = read(path)
    assert raw.format.value == "pdf" and raw.blocks[0].text == "Potato 0"


def test_broken_pdf_with_junk_is_refused_not_read_as_text() -> None:
    path = FIXTURES / "pdf" / "pdfjs-issue6069-junk-before-header.pdf"
    assert sniff_format(path.read_bytes()) == "pdf"
    with pytest.raises(CorruptDocumentError):
        read(path)


def test_utf16_html_with_bom(tmp_path: Path) -> None:
    page = "<html><body><p>für één</p></body></html>".encode("utf-16")
    raw = read_bytes(tmp_path / "p.html", page)
    assert (raw.format.value, raw.encoding) == ("html", "utf-16")
    assert [b.text for b in raw.blocks] == ["für één"]
