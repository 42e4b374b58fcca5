"""The PDF reader (positioned lines) and the shared page-layout analysis (``pdf_layout``).

Real inputs: the two corpus letters in tests/fixtures/letters. Constructed inputs (built here with
pypdf, marked as such): a one-line PDF with a known TJ array, encrypted copies, a blank page, and
synthetic :class:`Line` lists for the layout rules.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest

import govdocs
from govdocs.document import Line, RawDocument
from govdocs.models import SourceFormat
from govdocs.readers import Limits, ReadOptions, pdf
from govdocs.readers._source import SourceBytes
from govdocs.structure import pdf_layout

LETTERS = Path(__file__).parent / "fixtures" / "letters"
IENW = LETTERS / "kamerbrief_IenW_2023-10-18_verzamelbrief-luchtvaart_IENW-BSK-2023-297705.pdf"
EZK = LETTERS / "kamerbrief_EZK_2023-05-30_herijkte-missies-innovatiebeleid_DGBI-IK-26844711.pdf"


def _read(data: bytes, name: str = "doc.pdf", **options: object) -> RawDocument:
    src = SourceBytes(Path(name), data, hashlib.sha256(data).hexdigest())
    return pdf.read(src, ReadOptions(**options))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def ienw() -> RawDocument:
    return _read(IENW.read_bytes(), IENW.name)


# --------------------------------------------------------------------------- reader, real letter


def test_lines_carry_page_position_size_and_style(ienw: RawDocument) -> None:
    assert ienw.pages == 7 and len(ienw.page_sizes) == 7
    width, height = ienw.page_sizes[0]
    assert 590 < width < 600 and 835 < height < 845  # A4 in points
    by_text = {line.text: line for line in ienw.lines}
    salutation = by_text["Geachte voorzitter,"]
    assert salutation.page == 1 and salutation.size == 9.0 and not salutation.bold
    assert 70 < salutation.x0 < 90 and salutation.y1 > salutation.y0
    heading = by_text["1. Registratiekosten voor drone-exploitanten in andere EU-landen"]
    assert heading.bold and heading.y0 < salutation.y0  # y grows upwards
    sidebar = by_text["Ministerie van"]
    assert sidebar.bold and sidebar.x0 > 0.62 * width and sidebar.size < salutation.size
    # the footnote mark after "Schiphol" is printed raised and smaller
    cited = next(line for line in ienw.lines if line.text.endswith("op Schiphol1."))
    (start, end), *_ = cited.superscripts
    assert cited.text[start:end] == "1"
    assert ienw.blocks and ienw.blocks[0].page == 1  # one fallback block per line
    assert len(ienw.blocks) == len(ienw.lines)
    assert ienw.metadata["pdf"]["creator"]  # the PDF info dictionary is kept
    assert ienw.format is SourceFormat.pdf and ienw.reader == "pdf/pypdf"
    assert not ienw.warnings


def test_letter_spacing_from_tj_offsets_is_not_a_space(ienw: RawDocument) -> None:
    """Word writes ``[(P) -174 (agina)]``; pypdf alone reads ``P agina 1 van 7``."""
    texts = [line.text for line in ienw.lines]
    assert [t for t in texts if t.startswith("Pagina ")] == [
        f"Pagina {n} van 7" for n in range(1, 8)
    ]
    joined = "\n".join(texts)
    for broken in ("P agina", "A uxiliary", "(A P U)", "A lgemene", "C ijfers"):
        assert broken not in joined
    assert "10 Auxiliary power unit (APU)." in texts


def _one_line_pdf(tj: str, content: str | None = None) -> bytes:
    """A constructed PDF: Helvetica with stated widths (space 278/1000 em) and one TJ array
    (or the given content stream)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            NameObject("/FirstChar"): NumberObject(32),
            NameObject("/LastChar"): NumberObject(126),
            NameObject("/Widths"): ArrayObject([NumberObject(278)] + [NumberObject(556)] * 94),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    stream = DecodedStreamObject()
    stream.set_data((content or f"BT /F1 12 Tf 72 700 Td [{tj}] TJ ET").encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_tj_offsets_a_whole_space_wide_stay_word_gaps() -> None:
    # -150 is over pypdf's threshold (0.95 x 139) but only 0.54 of a space: letter spacing.
    # -600 is over two spaces: a word gap. -250 (0.9 of a space) is a word gap too.
    raw = _read(_one_line_pdf("(P) -150 (agina) -600 (twee) -250 (drie)"))
    assert [line.text for line in raw.lines] == ["Pagina twee drie"]


def test_side_by_side_cells_become_separate_lines() -> None:
    """Two signatures set side by side (a Word table): pypdf gives one text line per row."""
    cells = [
        (80, 200, "De minister van Buitenlandse Zaken,"),
        (330, 200, "De minister voor Buitenlandse Handel en"),
        (80, 188, "Ontwikkelingssamenwerking,"),
        (330, 188, "Ontwikkelingssamenwerking,"),
        (80, 150, "H.G.J. Bruins Slot"),
        (330, 150, "E.N.A.J. Schreinemacher"),
        (80, 120, "Een gewone regel met een paar woorden erin."),
    ]
    content = " ".join(f"BT /F1 9 Tf {x} {y} Td ({text}) Tj ET" for x, y, text in cells)
    raw = _read(_one_line_pdf("", content))
    assert [(line.text, line.x0) for line in raw.lines] == [(t, x) for x, _, t in cells]
    first = raw.lines[0]
    assert 220 < first.x1 < 330  # widths from the font's /Widths, not a guess per character


# --------------------------------------------------------------------------- reader, errors


def test_damaged_pdf_is_a_corrupt_document_naming_the_file() -> None:
    data = IENW.read_bytes()
    with pytest.raises(govdocs.CorruptDocumentError, match=r"brief\.pdf"):
        _read(data[: len(data) // 3], "brief.pdf")
    with pytest.raises(govdocs.CorruptDocumentError, match=r"junk\.pdf"):
        _read(b"%PDF-1.7\n" + b"\x00garbage" * 50, "junk.pdf")


def test_page_limit_and_blank_pages() -> None:
    from pypdf import PdfReader, PdfWriter

    with pytest.raises(govdocs.DocumentTooLargeError, match=r"7 pages.*limit of 2"):
        _read(IENW.read_bytes(), limits=Limits(max_pages=2))
    writer = PdfWriter(clone_from=PdfReader(EZK))
    writer.add_blank_page()
    out = io.BytesIO()
    writer.write(out)
    raw = _read(out.getvalue(), "scan.pdf")
    assert raw.pages == 9
    (warning,) = raw.warnings
    assert warning.code == "no_text_layer" and "page(s) 9" in warning.message
    assert "OCR" in warning.message


@pytest.mark.parametrize("user", ["", "geheim"])
def test_encrypted_pdf(user: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(EZK))
    writer.encrypt(user_password=user, owner_password="eigenaar", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    if user:
        with pytest.raises(govdocs.EncryptedDocumentError, match=r"locked\.pdf.*--password"):
            _read(data, "locked.pdf")
        with pytest.raises(govdocs.EncryptedDocumentError, match="wrong"):
            _read(data, "locked.pdf", password="fout")
    raw = _read(data, "locked.pdf", password=user or None)
    assert raw.pages == 8 and any(line.text == "Geachte Voorzitter," for line in raw.lines)


# --------------------------------------------------------------------------- layout rules


def _line(text: str, y: float, *, page: int = 1, x0: float = 80, size: float = 9.0) -> Line:
    return Line(text, page, x0, y, x0 + 0.5 * size * len(text), y + size, size=size)


def _raw(lines: list[Line], pages: int = 1) -> RawDocument:
    return RawDocument(
        path=Path("synthetic.pdf"),
        sha256="0" * 64,
        size=0,
        format=SourceFormat.pdf,
        media_type="application/pdf",
        reader="pdf",
        lines=lines,
        pages=pages,
        page_sizes=[(595.0, 842.0)] * pages,
    )


def test_layout_hyphenation_keeps_real_hyphens_and_elisions() -> None:
    body = [
        "Lidstaten zorgen voor een nauwkeurig registratiesysteem voor drone-",
        "exploitanten. Het register is geldig voor de duur van een jaar om het regis-",
        "ter actueel te houden, met aandacht voor de land- en tuinbouw en de landbouw-",
        "en voedselketen in de hele Europese Unie en daarbuiten, zo blijkt uit de EU-",
        "landen en uit onderzoek, zie https://www.rijksoverheid.nl/onderwerpen/nederland-",
        "circulair-in-2050.",
    ]
    lines = [_line(text, 700 - 12 * i) for i, text in enumerate(body)]
    layout = pdf_layout.analyse(_raw(lines))
    (paragraph,) = layout.paragraphs
    assert "registratiesysteem voor drone-exploitanten. Het" in paragraph.text
    assert "om het register actueel" in paragraph.text
    assert "de landbouw- en voedselketen" in paragraph.text
    assert "de EU-landen en" in paragraph.text
    assert "onderwerpen/nederland-circulair-in-2050." in paragraph.text  # URLs keep hyphens
    assert [e.rule for e in layout.edits] == ["dehyphenate"]


def test_layout_furniture_sidebar_and_footnotes() -> None:
    lines: list[Line] = []
    for page in (1, 2):
        lines += [
            _line("Ministerie van Financiën", 680, page=page, x0=467, size=6.8),
            _line("Ons kenmerk", 620, page=page, x0=467, size=6.8),
            _line("2023-0000123", 611, page=page, x0=467, size=6.8),
            _line(f"P agina {page} van 2", 28, page=page, x0=467, size=6.8),
        ]
    lines.insert(0, _line("> Retouradres Postbus 20201 2500 EE Den Haag", 700, x0=80, size=6.8))
    text = "Het kabinet heeft besloten de regeling te verlengen voor ondernemers op Schiphol1."
    lines += [
        _line("Geachte voorzitter,", 600),
        _line(text, 580),
        _line("1 Kamerstuk 36200-XII-60", 60, size=6.8),
        _line("Daarnaast blijft de regeling ongewijzigd voor alle andere ondernemers", 700, page=2),
        _line("in het land.", 688, page=2),
    ]
    layout = pdf_layout.analyse(_raw(lines, pages=2))
    body = [p.text for p in layout.paragraphs]
    assert body[0] == "Geachte voorzitter,"
    assert body[1].endswith("ondernemers op Schiphol.")  # the mark left the text
    assert layout.paragraphs[1].footnote_labels == ["1"] and layout.paragraphs[1].page == 1
    assert [(n.label, n.text, n.page) for n in layout.footnotes] == [
        ("1", "Kamerstuk 36200-XII-60", 1)
    ]
    assert "Ministerie van Financiën" in [line.text for line in layout.sidebar]
    assert {line.text for line in layout.furniture} >= {
        "P agina 1 van 2",
        "P agina 2 van 2",
        "> Retouradres Postbus 20201 2500 EE Den Haag",
    }
    assert not any("agina" in t or "Retouradres" in t or "kenmerk" in t for t in body)


def test_layout_text_box_goes_where_it_is_printed_but_columns_keep_their_order() -> None:
    first = "Eerste alinea van de brief die doorloopt tot onder aan de pagina met"
    lines = [
        _line(first, 720),
        _line("een laatste regel die hier eindigt.", 708),
        _line("Tweede alinea staat onder het kader.", 600),
        _line("Tekst in een kader", 640, x0=90, size=7.0),  # drawn last by the content stream
    ]
    texts = [p.text for p in pdf_layout.analyse(_raw(lines)).paragraphs]
    assert texts == [
        f"{first} een laatste regel die hier eindigt.",
        "Tekst in een kader",
        "Tweede alinea staat onder het kader.",
    ]
    left = [_line(f"linker kolom regel {i} met tekst", 700 - 12 * i, x0=60) for i in range(3)]
    right = [_line(f"rechter kolom regel {i} met tekst", 700 - 12 * i, x0=310) for i in range(3)]
    columns = pdf_layout.analyse(_raw(left + right))
    assert [line.text for p in columns.paragraphs for line in p.lines] == [
        line.text for line in left + right
    ]


@pytest.mark.parametrize(
    ("last_line", "next_page", "joined"),
    [
        # the next word would not have fitted: the typesetter broke the line
        (
            "werkt de regering aan een sterke kennisbasis en een Nationale",
            "Technologiestrategie.",
            True,
        ),
        ("werkt de regering aan een sterke kennisbasis en", "daarna nog meer.", True),
        # a short unpunctuated line ends a paragraph; a capital starts a new one
        ("Zie de bijlage", "Technologiestrategie.", False),
    ],
)
def test_layout_page_break_rejoin(last_line: str, next_page: str, joined: bool) -> None:
    lines = [
        _line(
            "Een volle regel tekst die de breedte van de bladspiegel van de brief laat zien.", 112
        ),
        _line(
            "Dan begint hier een nieuwe alinea met daarin een zin die doorloopt tot onderaan", 88
        ),
        _line(last_line, 76),
        _line(next_page, 700, page=2),
    ]
    layout = pdf_layout.analyse(_raw(lines, pages=2))
    last = layout.paragraphs[-1]
    if joined:
        assert last.page == 1 and last.text.endswith(f"{last_line} {next_page}")
        assert [e.rule for e in layout.edits] == ["rejoin_page_break"]
    else:
        assert last.page == 2 and last.text == next_page and not layout.edits


def test_pdfium_puts_back_word_spaces_the_text_layer_left_out() -> None:
    """A text layer without a space character between two words that are printed a word
    space apart ('peer review2025', 'aangetoondwordt'): PDFium's reader measures the gap on the
    advance boxes, against the letter gaps before it, and puts the space back; letters of
    normal and letter-spaced text stay together, and numbers keep their digits together."""
    pytest.importorskip("pypdfium2")
    from govdocs.readers import Limits, ReadOptions, read

    from .conftest import FIXTURES

    path = next((FIXTURES / "pdfs").rglob("dusi_2025_procedurebeschrijving-peer-review.pdf"))
    lines = [
        line.text for line in read(path, ReadOptions(limits=Limits(), pdf_backend="pdfium")).lines
    ]
    text = "\n".join(lines)
    assert "beoordelingsgerichte peer review 2025" in lines
    assert "aangetoondwordt" not in text and "aangetoond wordt" in text
    # narrow glyphs ("1", ".") have wide margins in their tight boxes: no space inside numbers
    assert "20 25" not in text and "1 .1" not in text and " ." not in text.replace(" ...", "")
