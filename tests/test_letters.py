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
    goals = [(b.number, b.text.split(":")[0]) for b in ezk.blocks if b.number]
    assert goals == [  # printed as one run-on paragraph '1) … 2) … 3) … 4) …'
        ("1", "Vermindering van grondstoffengebruik"),
        ("2", "Substitutie"),
        ("3", "Levensduurverlenging"),
        ("4", "Hoogwaardige verwerking"),
    ]
    box = next(i for i, b in enumerate(ezk.blocks) if b.text == "Missiegedreven Innovatiebeleid")
    assert ezk.blocks[box + 2].text == "Herijking missies"  # the text box sits where printed
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


# --------------------------------------------------------------------------- constructed letter


def _letter_pdf(pages: list[list[tuple[float, float, float, str, bool]]], rotate: int = 0) -> bytes:
    """A constructed letterhead PDF: each item is (x, y, size, text, bold); text may be a raw
    TJ array (starting with ``[``). Helvetica with stated widths, regular and bold.
    ``rotate=270``: each page stored on its side (``/Rotate 270``, landscape media box, the
    text drawn running up the page), shown as the portrait page the items describe."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    writer = PdfWriter()

    def font(name: str) -> DictionaryObject:
        return DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject(name),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
                NameObject("/FirstChar"): NumberObject(32),
                NameObject("/LastChar"): NumberObject(255),
                NameObject("/Widths"): ArrayObject([NumberObject(278)] + [NumberObject(540)] * 223),
            }
        )

    fonts = DictionaryObject(
        {
            NameObject("/F1"): writer._add_object(font("/Helvetica")),
            NameObject("/F2"): writer._add_object(font("/Helvetica-Bold")),
        }
    )
    for items in pages:
        page = (
            writer.add_blank_page(841.92, 595.32)
            if rotate
            else writer.add_blank_page(595.32, 841.92)
        )
        if rotate:
            page[NameObject("/Rotate")] = NumberObject(rotate)
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        ops = []
        for x, y, size, text, bold in items:
            shown = (
                text
                if text.startswith("[")
                else "(" + text.replace("(", "\\(").replace(")", "\\)") + ")"
            )
            op = "TJ" if text.startswith("[") else "Tj"
            # (shown at (x, y) of the portrait page: stored at (y, 595.32 - x), running up)
            place = f"0 -1 1 0 {y} {595.32 - x} Tm" if rotate else f"{x} {y} Td"
            ops.append(f"BT /F{2 if bold else 1} {size} Tf {place} {shown} {op} ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _one_page(tmp_path: Path, name: str, page: list[tuple[float, float, float, str, bool]]):  # type: ignore[no-untyped-def]
    """The record of a one-page letter PDF printing ``page`` (x, y, size, text, bold)."""
    path = tmp_path / name
    path.write_bytes(_letter_pdf([page]))
    return govdocs.convert(path, translate=False)


def _sidebar(first: bool) -> list[tuple[float, float, float, str, bool]]:
    side = [(467, 680, 6.8, "Ministerie van Buitenlandse", True), (467, 671, 6.8, "Zaken", True)]
    if first:
        side += [
            (467, 650, 6.8, "Rijnstraat 8", False),
            (467, 641, 6.8, "2515 XP Den Haag", False),
            (467, 626, 6.8, "Postbus 20061", False),
            (467, 617, 6.8, "T 070 348 6486", False),
            (467, 596, 6.8, "Ons kenmerk", True),
            (467, 587, 6.8, "BZ2312345", False),
            (467, 572, 6.8, "Uw kenmerk", True),
            (467, 563, 6.8, "2023Z01234", False),
            (467, 548, 6.8, "Bijlage(n)", True),
            (467, 539, 6.8, "2", False),
        ]
    else:
        side += [(467, 640, 6.8, "Ons kenmerk", True), (467, 631, 6.8, "BZ2312345", False)]
    return side


def test_constructed_letter_with_side_by_side_signatures(tmp_path: Path) -> None:
    """Constructed (not a real document): the genre's layout with what the corpus letters lack:
    Uw kenmerk, two attachments, a two-line subject, a raised footnote mark set as 'jl.1,',
    letter-spaced page numbers, and two signatures set side by side."""
    body = 9.0
    page1 = [
        *_sidebar(True),
        (80, 700, 6.8, "> Retouradres Postbus 20061 2500 EB Den Haag", False),
        (80, 678, body, "De Voorzitter van de Tweede Kamer", False),
        (80, 666, body, "der Staten-Generaal", False),
        (80, 654, body, "Prinses Irenestraat 6", False),
        (80, 642, body, "2595 BD Den Haag", False),
        (80, 530, body, "Datum 3 februari 2023", False),
        (80, 518, body, "Betreft Reactie op het verzoek van de commissie over de", False),
        (117, 506, body, "exportcontrole van goederen voor tweeërlei gebruik", False),
        (80, 470, body, "Geachte voorzitter,", False),
        (
            80,
            446,
            body,
            "Hierbij ontvang u de reactie op het verzoek van de vaste commissie",
            False,
        ),
        (
            80,
            434,
            body,
            "voor Buitenlandse Zaken van 12 januari jl.1, over de beoordeling van",
            False,
        ),
        (
            80,
            422,
            body,
            "exportvergunningen. Het kabinet hecht aan een zorgvuldige en snelle",
            False,
        ),
        (80, 60, 6.8, "1 Kamerstuk 22054, nr. 390.", False),
        (467, 28, 6.8, "[(P) -150 (agina 1 van 2)]", False),
    ]
    page2 = [
        *_sidebar(False),
        (80, 700, body, "beoordeling van de aanvragen.", False),
        (80, 676, body, "Vervolg", True),
        (80, 664, body, "De commissie wordt voor de zomer opnieuw geïnformeerd.", False),
        (80, 640, body, "Hoogachtend,", False),
        (80, 600, body, "De minister van Buitenlandse Zaken,", False),
        (330, 600, body, "De minister voor Buitenlandse Handel en", False),
        (330, 588, body, "Ontwikkelingssamenwerking,", False),
        (80, 540, body, "W.B. Hoekstra", False),
        (330, 540, body, "E.N.A.J. Schreinemacher", False),
        (467, 28, 6.8, "[(P) -150 (agina 2 van 2)]", False),
    ]
    path = tmp_path / "brief.pdf"
    path.write_bytes(_letter_pdf([page1, page2]))
    record = govdocs.convert(path, translate=False)
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert (record.date, record.date_precision.value) == ("2023-02-03", "day")
    assert meta.reference == "BZ2312345" and meta.your_reference == "2023Z01234"
    assert meta.attachments == 2
    assert meta.subject == (
        "Reactie op het verzoek van de commissie over de exportcontrole van goederen voor "
        "tweeërlei gebruik"
    )
    assert record.title == meta.subject
    assert meta.addressee == "De Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert meta.ministry == "Ministerie van Buitenlandse Zaken"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Minister van Buitenlandse Zaken", "W.B. Hoekstra"),
        (
            "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
            "E.N.A.J. Schreinemacher",
        ),
    ]
    assert not record.id.startswith(("kst-", "ah-"))  # no official id stated: a content hash
    types = [(b.type.value, b.page) for b in record.blocks]
    assert types == [
        ("salutation", 1),
        ("paragraph", 1),
        ("heading", 2),
        ("paragraph", 2),
        ("closing", 2),
        ("signature", 2),
    ]
    paragraph = record.blocks[1]
    assert paragraph.text.endswith(
        "van 12 januari jl., over de beoordeling van exportvergunningen. Het kabinet hecht aan "
        "een zorgvuldige en snelle beoordeling van de aanvragen."
    )
    (note,) = record.footnotes
    assert (note.text, note.cited_in) == ("Kamerstuk 22054, nr. 390.", paragraph.id)
    assert any(e.rule == "rejoin_page_break" for e in record.normalisation)
    for block in record.blocks:
        assert not FURNITURE.search(block.text), block.text
        assert "Pagina" not in block.text and "T 070" not in block.text


FIXTURES = Path(__file__).parent / "fixtures"
NOT_LETTERS = [
    FIXTURES / "questions" / "ah-tk-20232024-1893_BZ_Klaver_tkdoc-1bd47dc8.pdf",
    FIXTURES
    / "questions"
    / "ah-tk-20232024-1999_BZK_Sneller-Chakor-VanNispen_mededeling_tkdoc-01bf9f06.pdf",
    FIXTURES / "proceedings" / "h-tk-20232024_StaatVanDeVolkshuisvesting_tkdoc-40993d1c.pdf",
    FIXTURES / "proceedings" / "h-tk-20172018-61-10.xml",
    FIXTURES / "web" / "rijksoverheid.nl_nieuwsbericht_EZK_KIC-2024-2027.html",
]


def test_detect_scores_letterheads_high_and_other_kinds_low() -> None:
    from govdocs.readers import ReadOptions, read
    from govdocs.structure import letter

    assert letter.detect(read(IENW, ReadOptions())) >= 0.9
    assert letter.detect(read(EZK, ReadOptions())) >= 0.9
    assert 0.2 <= letter.detect(read(TEXTCONV, ReadOptions())) < 0.5  # body without letterhead
    for path in NOT_LETTERS:
        assert letter.detect(read(path, ReadOptions())) < 0.1, path.name


# --------------------------------------------------------------------------- text extractions
# The *_pypdf-plain.txt fixtures are pypdf 7.1's plain text of the two corpus PDFs (pages joined
# with a newline): letterhead, sidebar fields and page numbers in content order, footnotes at
# the end of each page's text, and no positions.
PLAIN = {
    "ienw": LETTERS / (IENW.stem + "_pypdf-plain.txt"),
    "ezk": LETTERS / (EZK.stem + "_pypdf-plain.txt"),
}


@pytest.mark.parametrize("name", ["ienw", "ezk"])
def test_plain_text_extraction_with_letterhead(name: str, request: pytest.FixtureRequest) -> None:
    text = govdocs.convert(PLAIN[name], translate=False)
    pdf = request.getfixturevalue(name)  # the record of the same letter read from its PDF
    assert text.kind.value == "parliamentary_letter"
    assert (text.date, text.title) == (pdf.date, pdf.title)
    fields = ("reference", "subject", "attachments", "addressee", "ministry", "signatories")
    for field in fields:
        assert getattr(text.metadata, field) == getattr(pdf.metadata, field), field
    assert [n.label for n in text.footnotes] == [n.label for n in pdf.footnotes]
    assert sum(bool(n.cited_in) for n in text.footnotes) >= len(text.footnotes) - 1
    for block in text.blocks:
        assert not FURNITURE.search(block.text), (block.id, block.text)
        assert not re.search(r"Directoraat-generaal|IENW/BSK|Ons kenmerk|^Kenmerk", block.text)
    assert all(b.page is not None for b in text.blocks)  # from the 'Pagina N van M' lines
    pdf_headings = [b.text for b in pdf.blocks if b.type.value == "heading"]
    text_headings = [b.text for b in text.blocks if b.type.value == "heading"]
    assert set(text_headings) <= set(pdf_headings)
    assert len(text_headings) >= len(pdf_headings) - 2


def test_constructed_province_letter_with_an_attached_report(tmp_path: Path) -> None:
    """Constructed in the layout of a province's letter to its council (real ones in the
    held-out set): the sender's name and office in the letterhead column, signed with the name
    alone; the visiting address in the left margin; 'Ons kenmerk -'; the attached report after
    the signature, its pages carrying a slogan as footer."""
    body = 9.5
    long = "De conclusie van deze snelstudie is dat deelfietsen kunnen bijdragen aan betere"
    page1 = [
        (411, 790, 9.0, "Lid Gedeputeerde Staten", True),
        (411, 776, 8.5, "F. (Floor) Vermeulen", False),
        (411, 634, 7.0, "Datum", False),
        (411, 623, 8.5, "27 mei 2021", False),
        (411, 611, 7.0, "Ons kenmerk", False),
        (411, 600, 8.5, "-", False),
        (411, 566, 7.0, "Bijlagen", False),
        (411, 555, 8.5, "1", False),
        (113, 638, body, "Provinciale Staten", False),
        (113, 525, 7.0, "Onderwerp", False),
        (113, 511, body, "Kansen voor deelfiets en deelscooter", False),
        (113, 483, body, "Geachte Statenleden,", False),
        (32, 281, 7.0, "Bezoekadres", False),
        (32, 270, 6.5, "Zuid-Hollandplein 1", False),
        (32, 258, 6.5, "2596 AW Den Haag", False),
        *[(113, 457 - 11 * i, body, long, False) for i in range(6)],
        (113, 380, body, "mobiliteit in de provincie.", False),
        (113, 340, body, "Hoogachtend,", False),
        (113, 290, body, "F. (Floor) Vermeulen", False),
    ]
    report = "Deze snelstudie onderzoekt hoe de deelfiets en deelscooter kunnen bijdragen aan"

    def page(heading: str) -> list[tuple[float, float, float, str, bool]]:
        return [
            (72, 750, 14.0, heading, True),
            *[(72, 720 - 14 * i, 11.0, report, False) for i in range(20)],
            (72, 440, 11.0, "een beter bereikbare provincie.", False),
            (49, 33, 12.0, "Elke dag beter.", True),
        ]

    path = tmp_path / "brief.pdf"
    path.write_bytes(_letter_pdf([page1, page("Samenvatting"), page("Inleiding")]))
    record = govdocs.convert(path, translate=False)
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Lid Gedeputeerde Staten", "F. (Floor) Vermeulen")
    ]
    assert meta.reference is None  # "-": there is none
    assert (record.date, meta.subject, meta.attachments) == (
        "2021-05-27",
        "Kansen voor deelfiets en deelscooter",
        1,
    )
    texts = [(b.type.value, b.text) for b in record.blocks]
    at = texts.index(("signature", "F. (Floor) Vermeulen"))
    # the attached report follows the signature, headings and text, without its footer
    assert ("heading", "Samenvatting") in texts[at:] and ("heading", "Inleiding") in texts[at:]
    assert sum(t.startswith("Deze snelstudie") for _, t in texts[at:]) == 2
    assert not any("Bezoekadres" in t or "Elke dag beter" in t for _, t in texts)


def test_constructed_cover_letter_without_salutation(tmp_path: Path) -> None:
    """A cover letter ("Hierbij bied ik uw Kamer … aan") has no salutation: its header ends
    with the subject, set under the date in one paragraph."""
    body = 9.0
    page1 = [
        *_sidebar(True),
        (80, 699, 6.5, "> Retouradres Postbus 20301 2500 EH Den Haag", False),
        (80, 678, body, "Aan de Voorzitter van de Tweede Kamer", False),
        (80, 666, body, "der Staten-Generaal", False),
        (80, 654, body, "Postbus 20018", False),
        (80, 642, body, "2500 EA DEN HAAG", False),
        (80, 568, body, "Datum 8 april 2026", False),
        (80, 556, body, "Betreft Non-paper Digitale Omnibus", False),
        (80, 500, body, "Hierbij bied ik uw Kamer het non-paper over de Digitale Omnibus", False),
        (80, 488, body, "aan. Nederland zal dit non-paper aanbieden aan de Commissie.", False),
        (80, 450, body, "De Staatssecretaris van Justitie en Veiligheid,", False),
        (80, 390, body, "Claudia van Bruggen", False),
    ]
    path = tmp_path / "brief.pdf"
    path.write_bytes(_letter_pdf([page1]))
    record = govdocs.convert(path, translate=False)
    meta = record.metadata
    assert (record.date, meta.subject) == ("2026-04-08", "Non-paper Digitale Omnibus")
    assert meta.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Staatssecretaris van Justitie en Veiligheid", "Claudia van Bruggen")
    ]
    assert record.blocks[0].text.startswith("Hierbij bied ik uw Kamer")


def test_constructed_english_letter(tmp_path: Path) -> None:
    """Constructed in the layouts of a city's FOIA response and a regulator's 'Dear CEO'
    letter (real ones in the held-out sets): a letterhead, the date alone, the addressee under
    it with an e-mail line, RE: subject, 'Dear …:', 'Sincerely,', the name over an office
    titled by its last word; an infographic on the next page is no part of the signature."""
    body = 9.9
    page1 = [
        (36, 668, body, "Department of Police City of Chicago", True),
        (36, 657, body, "3510 S. Michigan Avenue Chicago, Illinois 60653", True),
        (36, 632, body, "August 17, 2016", False),
        (36, 597, body, "Andrew Fan", False),
        (36, 586, body, "Email: afan@example.org", False),
        (36, 551, body, "RE: NOTICE OF RESPONSE TO FOIA REQUEST", False),
        (36, 494, body, "Dear Mr. Fan:", False),
        (
            36,
            471,
            body,
            "The Department is in receipt of your Freedom of Information Act request for",
            False,
        ),
        (
            36,
            459,
            body,
            "a list of the districts. Your request was reviewed by the undersigned.",
            False,
        ),
        (36, 288, body, "Sincerely,", False),
        (36, 196, body, "L. Webb", False),
        (36, 184, body, "Freedom of Information Officer", False),
    ]
    page2 = [
        (118, 639, 16.0, "Fight Financial Crime", False),
        (50, 788, 35.0, "FCA Expectations", False),
    ]
    path = tmp_path / "letter.pdf"
    path.write_bytes(_letter_pdf([page1, page2]))
    record = govdocs.convert(path, translate=False)
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert (record.date, meta.addressee) == ("2016-08-17", "Andrew Fan")
    assert meta.subject == "NOTICE OF RESPONSE TO FOIA REQUEST"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Freedom of Information Officer", "L. Webb")
    ]


def test_constructed_american_clerks_letter(tmp_path: Path) -> None:
    """Constructed in the layout of a US court clerk's letter: the date centred under the
    letterhead (in its paragraph), several counsel addressed one under the other, an American
    street and city line, "To All Parties:" for a salutation, "RE:" for the subject, and "Very
    truly yours," over a name with a comma and the office under it."""
    page = [
        (225, 687, 9.0, "UNITED STATES COURT OF APPEALS", True),
        (247, 676, 8.0, "21400 UNITED STATES COURTHOUSE", False),
        (259, 666, 8.0, "PHILADELPHIA, PA 19106-1790", False),
        (280, 652, 12.0, "August 3, 2017", False),
        (72, 550, 12.0, "Maria G. Danaher", False),
        (72, 536, 12.0, "Patrick J. Fazzini", False),
        (72, 522, 12.0, "Ogletree Deakins Nash Smoak & Stewart", False),
        (72, 508, 12.0, "One PPG Place, Suite 1900", False),
        (72, 494, 12.0, "Pittsburgh, PA 15222", False),
        (72, 466, 12.0, "RE: Christopher Mielo, et al v. Steak N Shake Operations Inc", False),
        (72, 420, 12.0, "To All Parties:", False),
        (72, 392, 12.0, "Enclosed is case opening information regarding the above appeal.", False),
        (72, 350, 12.0, "Very truly yours,", False),
        (72, 310, 12.0, "Marcia M. Waldron,", False),
        (72, 296, 12.0, "Clerk", False),
    ]
    record = _one_page(tmp_path, "clerk.pdf", page)
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "2017-08-03"
    assert meta.addressee == "Maria G. Danaher"
    assert meta.subject == "Christopher Mielo, et al v. Steak N Shake Operations Inc"
    assert [(s.role, s.name) for s in meta.signatories] == [("Clerk", "Marcia M. Waldron")]


def test_constructed_german_letter_with_its_subject_in_bold_above_the_salutation(
    tmp_path: Path,
) -> None:
    """Constructed in the layout of a German city's reply (DIN 5008): no Betreff label, the
    subject in bold under the address, its details in regular type, then the salutation."""
    page = [
        (71, 660, 11.0, "Herrn Stadtrat", False),
        (71, 647, 11.0, "Alexander Reissl", False),
        (71, 621, 11.0, "Rathaus", False),
        (71, 486, 11.0, "Corona-bedingte Restriktionen in der Gastronomie", True),
        (71, 471, 11.0, "Schriftliche Anfrage gemäß § 68 GeschO", False),
        (71, 456, 11.0, "vom 13.10.2020, eingegangen am 13.10.2020", False),
        (71, 396, 11.0, "Sehr geehrter Herr Stadtrat Reissl,", False),
        (71, 366, 11.0, "Ihrer Anfrage liegt folgender Sachverhalt zu Grunde.", False),
        (71, 336, 11.0, "Mit freundlichen Grüßen", False),
        (71, 306, 11.0, "gez.", False),
        (71, 276, 11.0, "Beatrix Zurek", False),
        (71, 262, 11.0, "Berufsmäßige Stadträtin", False),
    ]
    record = _one_page(tmp_path, "antwort.pdf", page)
    assert record.kind.value == "parliamentary_letter"  # "Sehr geehrter" addresses it
    assert record.metadata.subject == "Corona-bedingte Restriktionen in der Gastronomie"


def test_constructed_german_federal_letter_signed_in_the_ministers_name(tmp_path: Path) -> None:
    """Constructed in the layout of a German federal ministry's letter: the return address on
    one line over an empty address field, "Betreff:" with its details under it ("hier: …"),
    "Aktenzeichen:" with a code holding "#", the place and date ("Berlin, 30. Mai 2017") and a
    page count under it, and an official signing with the surname under "Im Auftrag"."""
    page = [
        (71, 699, 7.0, "Bundesministerium des Innern, 11014 Berlin", False),
        (436, 660, 9.5, "Alt-Moabit 140", False),
        (436, 648, 9.5, "10557 Berlin", False),
        (71, 554, 12.0, "Betreff: Ideen der Zivilgesellschaft zum OGP-Aktionsplan", True),
        (71, 538, 12.0, "hier: Ergebnis der Bewertung", False),
        (71, 513, 12.0, "Aktenzeichen: O1-15016/9#3", False),
        (71, 497, 12.0, "Berlin, 30. Mai 2017", False),
        (71, 481, 12.0, "Seite 1 von 1", False),
        (71, 450, 12.0, "Sehr geehrte Damen und Herren,", False),
        (71, 414, 12.0, "wir danken Ihnen für Ihre Vorschläge zum Aktionsplan.", False),
        (71, 384, 12.0, "Mit freundlichen Grüßen", False),
        (71, 366, 12.0, "Im Auftrag", False),
        (71, 329, 12.0, "Haselbeck", False),
    ]
    record = _one_page(tmp_path, "schreiben.pdf", page)
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "2017-05-30"
    assert meta.addressee is None  # type: ignore[union-attr]
    assert meta.reference == "O1-15016/9#3"  # type: ignore[union-attr]
    assert meta.subject == (  # type: ignore[union-attr]
        "Ideen der Zivilgesellschaft zum OGP-Aktionsplan hier: Ergebnis der Bewertung"
    )
    assert [(s.role, s.name) for s in meta.signatories] == [(None, "Haselbeck")]  # type: ignore[union-attr]


@pytest.mark.parametrize("to_label", [False, True])
def test_constructed_circular_letter_of_a_central_bank(tmp_path: Path, to_label: bool) -> None:
    """Constructed in the layout of an Indian regulator's circular: the masthead in bold, the
    letter's codes without a label over the address (the date set to the right), "Madam/Sir,",
    the subject in bold under the salutation, the signer's name in brackets over the office.
    The bold masthead over the address is no subject; the code nearest the address is the
    letter's reference."""
    address = [(72, 588, 11.0, "The Chairman/Managing Director", False)]
    if to_label:
        address = [(72, 605, 11.0, "To", False), *address]
    page = [
        (231, 717, 18.0, "RESERVE BANK OF INDIA", True),
        (260, 675, 12.0, "www.rbi.org.in", False),
        (72, 648, 11.0, "RBI/2024-25/56", False),
        (72, 630, 11.0, "FMRD.FMID.No.03/14.01.006/2024-25", False),
        (455, 630, 11.0, "July 29, 2024", False),
        *address,
        (72, 561, 11.0, "Madam/Sir,", False),
        (72, 536, 11.0, "Fully Accessible Route for Investment by Non-residents", True),
        (
            72,
            510,
            11.0,
            "A reference is invited to the route introduced by the Reserve Bank.",
            False,
        ),
        (72, 480, 11.0, "Yours faithfully,", False),
        (72, 442, 11.0, "(Dimple Bhandia)", False),
        (72, 429, 11.0, "Chief General Manager", False),
    ]
    record = _one_page(tmp_path, "circular.pdf", page)
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "2024-07-29"
    assert meta.addressee == "The Chairman/Managing Director"  # type: ignore[union-attr]
    assert meta.reference == "FMRD.FMID.No.03/14.01.006/2024-25"  # type: ignore[union-attr]
    assert meta.subject == "Fully Accessible Route for Investment by Non-residents"  # type: ignore[union-attr]
    assert [(s.role, s.name) for s in meta.signatories] == [  # type: ignore[union-attr]
        ("Chief General Manager", "Dimple Bhandia")
    ]


def test_constructed_college_letter_to_the_council(tmp_path: Path) -> None:
    """Constructed in the layout of a Dutch city's letter to its council: "Ons kenmerk" over
    the letter's code and, under it, the council system's registration number (another
    number, not part of the reference); signed under the college's name by the secretary and
    the mayor side by side, their names in a row under their offices; the city's address in
    small print at the foot of the page."""
    page = [
        (91, 694, 7.0, "Retouradres: Postbus 12600, 2500 DJ Den Haag", False),
        (91, 670, 8.0, "Aan de gemeenteraad", False),
        (415, 694, 7.0, "Ons kenmerk", True),
        (415, 683, 8.0, "DSB/10857444", False),
        (415, 672, 8.0, "RIS321256", False),
        (91, 572, 7.0, "Datum", True),
        (91, 561, 8.0, "18 maart 2025", False),
        (91, 540, 7.0, "Onderwerp", True),
        (91, 529, 8.0, "Afdoening motie rattenvallen", False),
        (91, 500, 9.5, "Geachte leden van de raad,", False),
        (91, 480, 9.5, "Het college beschouwt de motie hiermee als afgedaan.", False),
        (91, 455, 9.5, "Het college van burgemeester en wethouders,", False),
        (91, 442, 9.5, "de secretaris,", False),
        (254, 442, 9.5, "de burgemeester,", False),
        (91, 416, 9.5, "Ilma Merx", False),
        (254, 416, 9.5, "Jan van Zanen", False),
    ]
    footer = [
        (91, 50, 7.0, "Gemeente Den Haag", True),
        (213, 50, 8.0, "Postbus 12600 T 14070", False),
        (91, 39, 8.0, "Spui 70", False),
        (213, 39, 8.0, "2500 DJ Den Haag www.denhaag.nl", False),
    ]
    record = _one_page(tmp_path, "collegebrief.pdf", [*page, *footer])
    meta = record.metadata
    # (the letterhead's footer on the first page is no body text)
    assert not any("denhaag.nl" in b.text or "Spui 70" in b.text for b in record.blocks)
    assert meta.reference == "DSB/10857444"  # type: ignore[union-attr]
    assert [(s.role, s.name) for s in meta.signatories] == [  # type: ignore[union-attr]
        ("Secretaris", "Ilma Merx"),
        ("Burgemeester", "Jan van Zanen"),
    ]


@pytest.mark.parametrize(
    ("address", "addressee"),
    [
        (["The Honorable Neil Romano", "Chairman", "National Council on Disability"], None),
        (["Clyde Terry, Chairperson", "National Council on Disability"], None),
    ],
)
def test_a_person_addressed_by_honorific_or_office_is_the_addressee_alone(
    tmp_path: Path, address: list[str], addressee: str | None
) -> None:
    """An American letter's address block: the person addressed by "The Honorable" or by name
    and office on one line is the addressee; the office and the body under them are not."""
    page = [
        (72, 700, 12.0, "December 7, 2018", False),
        *[(72, 660 - 14 * i, 12.0, line, False) for i, line in enumerate(address)],
        (72, 600, 12.0, "1331 F Street, NW, Suite 850", False),
        (72, 586, 12.0, "Washington, DC 20004", False),
        (72, 560, 12.0, "Dear Chairman:", False),
        (72, 540, 12.0, "Thank you for your letter about the study of the program.", False),
        (72, 510, 12.0, "Sincerely,", False),
        (72, 470, 12.0, "Thomas D. Robinson", False),
        (72, 456, 12.0, "Chairperson", False),
    ]
    meta = _one_page(tmp_path, "letter.pdf", page).metadata
    assert meta.addressee == (addressee or address[0])  # type: ignore[union-attr]


@pytest.mark.parametrize("backend", ["pdfium", "pypdf"])
def test_a_letter_scanned_on_its_side_is_read_as_shown(tmp_path: Path, backend: str) -> None:
    """A scanned ministry letter stored on its side (/Rotate 270, the OCR text running up the
    page): both readers turn the text into the page as shown, so the lines and the fields
    read as on the portrait page."""
    page = [
        (72, 709, 7.7, "> Retouradres Postbus 20001 2500 EA Den Haag", False),
        (72, 680, 10.0, "Aan de heer J. Jansen", False),
        (72, 544, 10.8, "Datum 24 februari 2021", False),
        (72, 532, 10.8, "Betreft Wob-besluit contact met VAN Kansspelen", False),
        (72, 484, 11.0, "Geachte heer Jansen,", False),
        (72, 460, 11.0, "Bij brief van 10 november 2020 hebt u een verzoek ingediend.", False),
        (72, 430, 11.0, "Hoogachtend,", False),
        (72, 400, 11.0, "dr. mr. L. van Poelgeest", False),
        (72, 387, 11.0, "Plv. Secretaris-Generaal", False),
    ]
    path = tmp_path / "gedraaid.pdf"
    path.write_bytes(_letter_pdf([page], rotate=270))
    record = govdocs.convert(path, translate=False, pdf_backend=backend)
    meta = record.metadata
    assert record.date == "2021-02-24"
    assert meta.subject == "Wob-besluit contact met VAN Kansspelen"  # type: ignore[union-attr]
    assert meta.addressee == "Aan de heer J. Jansen"  # type: ignore[union-attr]
    assert record.source.pages == 1
    # the lines where the shown page has them, on a portrait page
    from govdocs.readers import Limits, ReadOptions, read

    raw = read(path, ReadOptions(limits=Limits(), pdf_backend=backend))
    first = raw.lines[0]
    assert (round(first.x0), round(first.y0)) == (72, 709)
    assert [round(v) for v in raw.page_sizes[0]] == [595, 842]


def test_a_subject_runs_on_into_a_line_opening_with_a_label_word_in_lower_case() -> None:
    from govdocs.structure.letter import _label_fields

    fields = _label_fields(
        [
            "Betreft Besluit op Woo-verzoek over advies stikstof Landsadvocaat,",
            "kenmerk 2025-54",
            "Ons kenmerk IENW/BSK-2025/1",
        ]
    )
    assert fields["subject"] == (
        "Besluit op Woo-verzoek over advies stikstof Landsadvocaat, kenmerk 2025-54"
    )
    assert fields["reference"] == "IENW/BSK-2025/1"


def test_constructed_agency_letter_dated_at_the_right_with_a_reference_note(
    tmp_path: Path,
) -> None:
    """Constructed in the layout of an EU agency's letter: the place and date set to the right
    (where the layout reads a sidebar), "Our ref:" with a note under it."""
    page = [
        (102, 680, 9.0, "Chairman of the LIBE Committee", False),
        (102, 655, 7.0, "Our ref: CAB/ANRA/9262a/2020", False),
        (102, 644, 7.0, "Please quote when replying.", False),
        (401, 619, 10.0, "Warsaw, 27 October 2020", False),
        (102, 590, 9.0, "Dear Mr Lopez Aguilar,", False),
        (102, 572, 9.0, "INTERNAL INQUIRY: FIRST FINDINGS", False),
        (
            102,
            555,
            9.0,
            "I would like to notify you and the Committee of an internal inquiry.",
            False,
        ),
        (102, 500, 9.0, "Yours sincerely,", False),
        (102, 450, 9.0, "Fabrice Leggeri", False),
        (102, 438, 9.0, "Executive Director", False),
    ]
    record = _one_page(tmp_path, "agency.pdf", page)
    assert record.date == "2020-10-27"
    assert record.metadata.reference == "CAB/ANRA/9262a/2020"
    # a subject in capitals under the salutation, no label
    assert record.metadata.subject == "INTERNAL INQUIRY: FIRST FINDINGS"
    assert [(s.role, s.name) for s in record.metadata.signatories] == [
        ("Executive Director", "Fabrice Leggeri")
    ]


def test_constructed_regulators_letter_with_a_two_part_bold_subject(tmp_path: Path) -> None:
    """A British regulator's "Dear CEO" letter: the bold subject under the salutation in two
    paragraphs, a lead-in ending in a colon and the subject itself."""
    page = [
        (432, 676, 10.0, "8 November 2023", False),
        (72, 652, 10.0, "Dear Chief Executive,", False),
        (72, 628, 10.0, "ACTION REQUIRED:", True),
        (72, 600, 10.0, "FCA EXPECTATIONS FOR WEALTH MANAGEMENT & STOCKBROKING FIRMS", True),
        (
            72,
            575,
            10.0,
            "This letter sets out our assessment of the key harms in this sector.",
            False,
        ),
        (72, 540, 10.0, "Yours sincerely,", False),
        (72, 500, 10.0, "Jane Smith", False),
        (72, 488, 10.0, "Director, Consumer Investments", False),
    ]
    record = _one_page(tmp_path, "dear-ceo.pdf", page)
    assert record.metadata.subject == (
        "ACTION REQUIRED: FCA EXPECTATIONS FOR WEALTH MANAGEMENT & STOCKBROKING FIRMS"
    )


def test_constructed_french_convocation_addressee_and_dateline(tmp_path: Path) -> None:
    """A French mayor's letter: "Nos réf." over its code at the left, "Corte, le 30 janvier
    2024" at the right, the addressee "Mesdames et Messieurs / les Membres du Conseil
    Municipal" (no salutation, though it opens like one), then "Objet :" and "Cher Collègue,"."""
    page = [
        (319, 793, 12.0, "Corte, le 30 janvier 2024", False),
        (64, 700, 10.0, "Nos réf.", False),
        (64, 689, 9.0, "XP/CG n° 16", False),
        (318, 640, 12.0, "Mesdames et Messieurs", False),
        (318, 626, 12.0, "les Membres du Conseil Municipal", False),
        (64, 511, 12.0, "Objet : Convocation du Conseil Municipal", False),
        (64, 455, 12.0, "Cher Collègue,", False),
        (64, 427, 12.0, "J'ai l'honneur de vous inviter à la réunion du Conseil Municipal.", False),
    ]
    record = _one_page(tmp_path, "convocation.pdf", page)
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "2024-01-30"
    assert record.metadata.addressee == "Mesdames et Messieurs les Membres du Conseil Municipal"
    assert record.metadata.subject == "Convocation du Conseil Municipal"


def test_constructed_ministers_letter_addressed_by_a_to_label(tmp_path: Path) -> None:
    """A UK minister's letter: the sender's name and address top right, "To:" with the
    addressee run on to a second line, then the date and "Dear Leaders"."""
    page = [
        (322, 760, 10.0, "Jim McMahon OBE MP", True),
        (322, 749, 10.0, "Minister of State for Local Government", False),
        (322, 726, 10.0, "2 Marsham Street", False),
        (322, 714, 10.0, "London", False),
        (72, 642, 12.0, "To: Leaders of all two-tier councils and", False),
        (72, 628, 12.0, "neighbouring unitary authorities", False),
        (414, 587, 12.0, "16 December 2024", False),
        (72, 530, 12.0, "Dear Leaders", False),
        (
            72,
            498,
            12.0,
            "The English Devolution White Paper published today sets out the plans.",
            False,
        ),
    ]
    record = _one_page(tmp_path, "minister.pdf", page)
    assert record.metadata.addressee == (
        "Leaders of all two-tier councils and neighbouring unitary authorities"
    )
    assert record.date == "2024-12-16"


def test_constructed_woo_decision_signed_on_behalf_by_an_office_alone(tmp_path: Path) -> None:
    """A Woo decision signed "namens deze" by an official whose name is not printed (the
    signature drawn, the name redacted): the space left for the signature sets the office and
    its agency apart, and the few characters the text layer kept of the drawing stand between.
    The signer is the office alone, with its agency; the minister is the office signed for."""
    body = 9.0
    page = [
        (80, 678, body, "Aan de heer", False),
        (80, 530, body, "Datum 17 november 2020", False),
        (80, 518, body, "Betreft Besluit op uw Woo-verzoek", False),
        (80, 470, body, "Geachte heer,", False),
        (80, 446, body, "Met dit besluit beslis ik op uw verzoek om openbaarmaking.", False),
        (80, 410, body, "Hoogachtend,", False),
        (80, 386, body, "De Minister van Landbouw, Natuur en Voedselkwaliteit,", False),
        (80, 374, body, "namens deze:", False),
        (80, 330, body, "ba/", False),
        (80, 290, body, "Teammanager Afdeling Vergunningen & Handhaving", False),
        (80, 278, body, "Rijksdienst voor Ondernemend Nederland", False),
        (80, 200, body, "Bezwaarmogelijkheid", True),
        (80, 186, body, "Bent u het niet eens met dit besluit, dan kunt u bezwaar maken.", False),
    ]
    record = _one_page(tmp_path, "woo.pdf", page)
    assert [(s.role, s.name) for s in record.metadata.signatories] == [
        (
            "Teammanager Afdeling Vergunningen & Handhaving Rijksdienst voor Ondernemend Nederland",
            None,
        )
    ]
    signature = [b for b in record.blocks if b.type.value == "signature"]
    assert len(signature) == 1 and "Rijksdienst" in signature[0].text
    # the objection clause after it stays the letter's text
    assert record.blocks[-1].text.startswith("Bent u het niet eens")


def test_a_signatory_needs_a_name_or_an_office() -> None:
    from pydantic import ValidationError

    from govdocs.models import Signatory

    assert Signatory(role="Teammanager", name=None).name is None
    with pytest.raises(ValidationError, match="a name or a role"):
        Signatory(role=None, name=None)


def test_constructed_long_council_minutes_are_a_meeting_record(tmp_path: Path) -> None:
    """A council's minutes run long (a Flemish city's "Notulen" of 155 pages): a meeting record
    at any length, not a report because of its size."""
    cover = [
        (71, 664, 18.0, "Gemeenteraad", True),
        (71, 630, 12.0, "zitting van 17 november 2025", False),
        (71, 599, 12.0, "Notulen (openbare zitting)", True),
        (71, 569, 12.0, "SAMENSTELLING", True),
        (71, 542, 10.0, "Carl Devlies, voorzitter van de gemeenteraad; Mohamed Ridouani.", False),
    ]
    pages = [cover] + [
        [
            (71, 760, 12.0, f"{n} Agendapunt {n}", True),
            (71, 736, 10.0, "De gemeenteraad keurt het voorstel goed met unanimiteit.", False),
        ]
        for n in range(2, 15)
    ]
    path = tmp_path / "notulen.pdf"
    path.write_bytes(_letter_pdf(pages))
    record = govdocs.convert(path, translate=False)
    assert record.kind.value == "other"


def test_constructed_ocr_memo_dated_in_pieces_beside_its_label(tmp_path: Path) -> None:
    """An OCR layer holds the date beside "Datum" as word groups of their own sizes ("10" |
    "september 2024"): the memo's date is read from the joined line."""
    page = [
        (296, 759, 10.9, "Memo Aanpak", False),
        (337, 759, 8.9, "rattenoverlast", False),
        (70, 671, 9.3, "Datum", False),
        (70, 658, 9.6, "Onderwerp", False),
        (158, 671, 6.7, "10", False),
        (171, 671, 8.6, "september 2024", False),
        (158, 658, 8.6, "Benodigde budgetten aanpak rattenoverlast", False),
        (70, 604, 9.2, "Inleiding", False),
        (70, 590, 9.3, "Sinds 1 januari 2023 mag geen gif meer gebruikt worden.", False),
    ]
    path = tmp_path / "memo.pdf"
    path.write_bytes(_letter_pdf([page]))
    for backend in ("pypdf", "pdfium"):
        record = govdocs.convert(path, translate=False, pdf_backend=backend)
        assert record.date == "2024-09-10", backend


@pytest.mark.parametrize(
    "head",
    [
        # display lines ending in the genre (an American commission's minutes, a board agenda)
        [(250, 680, 16.0, "REGULAR MEETING MINUTES", True)],
        [(174, 607, 18.0, "REGULAR MEETING AGENDA", True)],
        # the attendance at a meeting's head, under a title that names no genre
        [
            (72, 744, 24.0, "Implementatie van de Vlaamse Codex als linked open data", False),
            (72, 676, 11.0, "Datum: 25/09/2018", False),
            (72, 639, 11.0, "Aanwezig: Raf Buyle; Geert Vanhaute; Kris Verstrepen", False),
        ],
    ],
)
def test_constructed_meeting_records_name_their_genre_at_the_end_or_list_who_attended(
    tmp_path: Path, head: list[tuple[float, float, float, str, bool]]
) -> None:
    body = [
        (72, 584, 12.0, "1. CALL TO ORDER AND ROLL CALL", True),
        (72, 560, 10.0, "The meeting was called to order at 7:00 p.m. by the chair.", False),
        (72, 530, 12.0, "2. APPROVAL OF THE AGENDA", True),
        (72, 506, 10.0, "The agenda was approved without changes by all members.", False),
        (72, 476, 12.0, "3. PUBLIC COMMENT", True),
        (72, 452, 10.0, "No members of the public spoke at the meeting tonight.", False),
    ]
    record = _one_page(tmp_path, "meeting.pdf", [*head, *body])
    assert record.kind.value == "other"


def test_a_reference_keeps_a_slash_printed_with_spaces_and_joins_one_wrapped_after_it(
    tmp_path: Path,
) -> None:
    """``DGA-SKI / 21165506`` is printed with a space on each side of its slash and stays so;
    a code wrapped after its slash (``DGKE-WO/`` | ``23012345``) is one code."""
    head = "De heer J. Jansen\nPostbus 123\n1234 AB Utrecht\n\nDatum 17 november 2020\n\n"
    letter = "Betreft Besluit op uw Woo-verzoek\n{ref}\n\nGeachte heer Jansen,\n\nIk besluit.\n"
    for ref, expected in (
        ("Ons kenmerk DGA-SKI / 21165506", "DGA-SKI / 21165506"),
        ("Ons kenmerk DGKE-WO/\n23012345", "DGKE-WO/23012345"),
    ):
        path = tmp_path / "brief.txt"
        path.write_text(head + letter.format(ref=ref), encoding="utf-8")
        assert govdocs.convert(path, translate=False).metadata.reference == expected


@pytest.mark.parametrize("window", [[], ["De heer J. Jansen", "Dorpsstraat 1", "7607 GX Almelo"]])
def test_a_return_address_on_one_line_is_no_addressee(tmp_path: Path, window: list[str]) -> None:
    """The sender's postal address on one line with commas over the address window is the
    return address, even without its label: the addressee is what the window holds (nothing,
    where a published Woo decision blanked it)."""
    page = [
        (74, 703, 6.5, "Belastingdienst, Postbus 5105, 7600 GL ALMELO", False),
        *[(74, 680 - 12 * i, 9.0, text, False) for i, text in enumerate(window)],
        (466, 569, 6.5, "Datum", True),
        (466, 560, 6.5, "26 mei 2021", False),
        (74, 508, 9.0, "Betreft: beslissing op bezwaar (Wob)", False),
        (74, 472, 9.0, "Geachte heer Jansen,", False),
        (74, 448, 9.0, "Op 3 maart 2021 heeft u bezwaar gemaakt tegen mijn besluit.", False),
    ]
    meta = _one_page(tmp_path, "bezwaar.pdf", page).metadata
    assert meta.addressee == (window[0] if window else None)
    assert meta.subject == "beslissing op bezwaar (Wob)"


def test_constructed_clerks_letter_dated_by_its_filing_to_a_person_by_title(
    tmp_path: Path,
) -> None:
    """A circuit clerk's docketing letter: "Filed: September 20, 2017" under the letterhead
    dates it and opens the address window; the first person addressed by title ("Ms. …") is
    the addressee, without the office and department printed under the name."""
    page = [
        (196, 707, 12.0, "UNITED STATES COURT OF APPEALS", True),
        (237, 693, 12.0, "FOR THE SIXTH CIRCUIT", False),
        (219, 678, 10.0, "100 EAST FIFTH STREET, ROOM 540", False),
        (232, 655, 10.0, "CINCINNATI, OHIO 45202-3988", False),
        (257, 632, 12.0, "Filed: September 20, 2017", False),
        (72, 595, 12.0, "Ms. Maia Simone Fisher", False),
        (72, 581, 12.0, "U.S. Department of Labor", False),
        (72, 567, 12.0, "Office of the Solicitor", False),
        (72, 554, 12.0, "200 Constitution Avenue, N.W.", False),
        (72, 526, 12.0, "Washington, DC 20210", False),
        (72, 498, 12.0, "Re: Case No. 17-3994, Island Creek Coal Company v. Linda Hill", False),
        (72, 460, 12.0, "Dear Counsel:", False),
        (72, 432, 12.0, "The petition for review in this case has been docketed.", False),
    ]
    record = _one_page(tmp_path, "docketing.pdf", page)
    assert (record.date, record.metadata.addressee) == ("2017-09-20", "Ms. Maia Simone Fisher")


def test_constructed_independent_body_letter_with_its_own_block_above_the_address(
    tmp_path: Path,
) -> None:
    """An independent authority's letter (the Dutch DPA's 2019 layout): its own name, address,
    phone and website top right, the address window under it at the left (read into one
    paragraph when it starts right under the letterhead), a mail-handling line over the
    address, labels set larger than their values in rows (one misread by the text layer),
    and the body signing first ("Autoriteit Persoonsgegevens," over the chair's name)."""
    body = 11.0
    page = [
        (368, 781, body, "Autoriteit Persoonsgegevens", True),
        (368, 767, body, "Postbus 93374, 2509 AJ Den Haag", False),
        (368, 753, body, "Bezuidenhoutseweg 30, 2594 AV Den Haag", False),
        (368, 739, body, "T 070 8888 500 - F 070 8888 501", False),
        (368, 725, body, "autoriteitpersoonsgegevens.nl", False),
        (99, 708, body, "Vertrouwelijk/Aangetekend", False),
        (99, 694, body, "Staatssecretaris van Financien", False),
        (99, 680, body, "De heer drs. M. Snel", False),
        (99, 666, body, "Korte Voorhout 7", False),
        (99, 652, body, "2500 EE DEN HAAG", False),
        (99, 554, 14.0, "Datum", False),
        (227, 554, 14.0, "Ons tenmert", False),
        (99, 540, body, "14-10-2019", False),
        (227, 540, body, "z2017-00499", False),
        (99, 425, 14.0, "Onderwerp", False),
        (99, 411, body, "Onderzoek naar Datafundamenten", True),
        (99, 369, body, "Geachte heer Snel,", False),
        (99, 341, body, "In februari 2017 is de Autoriteit een eerste onderzoek gestart.", False),
        (99, 300, body, "Hoogachtend,", False),
        (99, 286, body, "Autoriteit Persoonsgegevens,", False),
        (99, 230, body, "mr. A. Wolfsen", False),
        (99, 216, body, "Voorzitter", False),
    ]
    record = _one_page(tmp_path, "ap.pdf", page)
    meta = record.metadata
    assert meta.addressee == "Staatssecretaris van Financien"
    assert record.date == "2019-10-14"  # under "Datum", not the misread label beside it
    assert meta.subject == "Onderzoek naar Datafundamenten"
    assert [(s.role, s.name) for s in meta.signatories] == [("Voorzitter", "mr. A. Wolfsen")]


def test_readers_addressed_in_the_dative_beside_the_senders_block(tmp_path: Path) -> None:
    """Constructed in the layout of Swiss cantonal and municipal letters: the sender's block
    with its postal address top left, the address window to the right opening with the readers
    addressed in the dative ("Aux communes vaudoises"), the dateline under it."""
    text = (
        "L'Accord du 11 avril 1983 prévoit que les personnes bénéficiant du statut fiscal de "
        "frontalier ne doivent s'acquitter des impôts que dans leur Etat de domicile."
    )
    page = [
        (87, 796, 10, "ADMINISTRATION CANTONALE", True),
        (87, 785, 10, "DES IMPOTS", True),
        (87, 755, 10, "Route de Berne 46", True),
        (87, 744, 10, "1014 Lausanne", True),
        (352, 698, 10, "Aux communes vaudoises", True),
        (86, 683, 10, "Affaire traitée par :", True),
        (86, 672, 10, "Secteur frontaliers", True),
        (352, 597, 10, "Lausanne, le 3 novembre 2025", True),
        (79, 544, 10, "Revendication 2025 relative aux travailleurs frontaliers", True),
        (79, 503, 10, "Mesdames et Messieurs les Boursiers,", False),
        *[(79, 482 - 12 * i, 10, text[:95] if i % 2 else text[95:], False) for i in range(12)],
        (352, 300, 10, "Le chef de l'Administration cantonale", False),
        (352, 288, 10, "Jean Dupont", False),
    ]
    record = _one_page(tmp_path, "vaud.pdf", page)
    assert record.kind == "parliamentary_letter"
    assert record.metadata.addressee == "Aux communes vaudoises"


def test_constructed_woo_decision_signed_for_the_minister_by_a_director(tmp_path: Path) -> None:
    """A Woo decision signed "namens deze" by a director whose own office stands under the
    name: the director's office is the signatory's role, the minister's office gives the
    ministry."""
    from .test_pdf_documents import _convert_pages, _running

    text = "Ik heb besloten de gevraagde documenten gedeeltelijk openbaar te maken."
    first = [
        (71, 700, 9.0, "Datum 8 september 2031", False),
        (71, 686, 9.0, "Betreft Woo-verzoek inzake commissiegelden", False),
        (71, 640, 10.0, "Geachte heer,", False),
        *_running(71, 620, 10.0, text, 20),
        (71, 320, 10.0, "Hoogachtend,", False),
        (71, 290, 10.0, "De Minister van Economische Zaken en Klimaat, namens deze,", False),
        (71, 240, 10.0, "Dhr. C.J. van der Valk", False),
        (71, 226, 10.0, "Wnd. Directeur FEZ", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.kind.value == "parliamentary_letter"
    meta = record.metadata
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Wnd. Directeur FEZ", "Dhr. C.J. van der Valk")
    ]
    assert meta.ministry == "Ministerie van Economische Zaken en Klimaat"


@pytest.mark.parametrize(
    ("role", "ministry"),
    [
        ("Minister van Defensie", "Ministerie van Defensie"),
        (
            "Minister van het Ministerie van Infrastructuur en Waterstaat",
            "Ministerie van Infrastructuur en Waterstaat",
        ),
        ("Directeur Juridische Zaken", None),
    ],
)
def test_the_ministry_an_office_names(role: str, ministry: str | None) -> None:
    from govdocs.structure.signatures import ministry_from_role

    assert ministry_from_role(role) == ministry
