"""Published Kamerstuk layout: seed 002 (Kamerstuk 33 694, nr. 68) as Markdown-marked text."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdocs
from govdocs.readers.markdown import blocks_from_markdown, looks_like_markdown
from govdocs.structure.kamerstuk import document_heading, parse_dossier
from tests.golden import assert_golden

from .conftest import FIXTURES

SEED = "002_kamerstuk-33694-68-reaim-letter.nl.txt"


@pytest.fixture(scope="module")
def record() -> govdocs.Record:
    return govdocs.convert(Path(__file__).resolve().parents[1] / "seeds" / SEED, translate=False)


def test_metadata(record: govdocs.Record) -> None:
    meta = record.metadata
    assert record.id == "kst-33694-68"
    assert record.kind.value == "parliamentary_letter" and record.language == "nl"
    assert record.source.format.value == "markdown"
    assert meta.session_year == "2022-2023"
    assert meta.dossier is not None
    assert (meta.dossier.number, meta.dossier.suffix, meta.dossier.title) == (
        "33694",
        None,
        "Internationale Veiligheidsstrategie",
    )
    assert (meta.document_number, meta.document_type) == ("68", "brief")
    assert meta.heading == "Brief van de ministers van Buitenlandse Zaken en van Defensie"
    assert meta.addressee == "De Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert (meta.place, record.date) == ("Den Haag", "2023-06-23")
    assert meta.chamber == "Tweede Kamer"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Minister van Buitenlandse Zaken", "W.B. Hoekstra"),
        ("Minister van Defensie", "K.H. Ollongren"),
    ]


def test_footnotes_linked_and_marks_removed(record: govdocs.Record) -> None:
    assert [n.label for n in record.footnotes] == ["1", "2", "3"]
    by_id = {b.id: b for b in record.blocks}
    first = by_id[record.footnotes[0].cited_in or ""]
    assert "landen zich aangesloten" in first.text and "<sup>" not in first.text
    assert record.footnotes[1].cited_in == record.footnotes[2].cited_in
    assert all("<sup>" not in b.text and "**" not in b.text for b in record.blocks)


@pytest.mark.parametrize(
    "sentence",
    [
        "De Call to Action roept onder andere op",
        "De «Serious AI Game» die gericht was op masterstudenten",
        "gaat het om meer dan alleen de eventuele toepassing van AI",
    ],
)
def test_interrupted_sentences_rejoined(record: govdocs.Record, sentence: str) -> None:
    holders = [b for b in record.blocks if sentence in b.text]
    assert len(holders) == 1, sentence
    assert not any("Actuele lijst" in b.text for b in record.blocks)
    rules = [e.rule for e in record.normalisation]
    assert rules.count("rejoin_page_break") + rules.count("rejoin_footnote_break") == 3


def test_headings_lists_and_references(record: govdocs.Record) -> None:
    headings = [(b.level, b.text) for b in record.blocks if b.type.value == "heading"]
    assert headings == [
        (2, "REAIM – Onderdelen en scope"),
        (1, "REAIM – Resultaten"),
        (2, "REAIM – Vervolgacties"),
        (2, "REAIM – relatie autonome wapensystemen"),
    ]
    items = [b.number for b in record.blocks if b.type.value == "list_item"]
    assert items == ["1", "2", "3"]
    refs = [
        (r.type.value, r.dossier, r.suffix, r.number, r.session_year) for r in record.references
    ]
    assert ("kamerstuk", "33694", None, "43", None) in refs
    assert ("kamerstuk", "33694", None, "67", None) in refs
    assert ("kamerstuk", "35925", "X", "90", None) in refs
    assert ("aanhangsel", None, None, "2214", "2022-2023") in refs
    assert any(r.type.value == "motion" and r.member == "Koopmans" for r in record.references)
    assert record.blocks[-1].type.value == "signature"


def test_golden(record: govdocs.Record) -> None:
    assert_golden("kamerstuk-33694-68", record)


def test_markdown_detection_and_blocks() -> None:
    assert looks_like_markdown("# Titel\n\n**33 694**\n\ntekst<sup>1</sup>\n")
    assert not looks_like_markdown("Een gewone brief.\n\n# niet echt een kop\n")
    blocks = blocks_from_markdown(
        "## **Kop**\n\nTekst met *nadruk* en een noot<sup>2</sup>.\n\n1. een\n2. twee\n\n"
        "<sup>2</sup> De noot.\n\nDe Minister,  \nA. Naam\n"
    )
    assert [(b.hint, b.text) for b in blocks] == [
        ("heading", "Kop"),
        (None, "Tekst met nadruk en een noot."),
        ("list_item", "een"),
        ("list_item", "twee"),
        ("footnote", "De noot."),
        (None, "De Minister,\nA. Naam"),
    ]
    assert blocks[1].attrs["footnote_marks"] == [("2", 28)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("33 694", ("33694", None)),
        ("36 200 XII", ("36200", "XII")),
        ("21 501-32", ("21501", "32")),
        ("35925-X", ("35925", "X")),
    ],
)
def test_dossier_numbers(text: str, expected: tuple[str, str | None]) -> None:
    dossier = parse_dossier(text)
    assert dossier is not None and (dossier.number, dossier.suffix) == expected


@pytest.mark.parametrize(
    ("heading", "expected", "kind"),
    [
        (
            "BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT",
            "Brief van de minister van Infrastructuur en Waterstaat",
            "brief",
        ),
        ("MOTIE VAN HET LID KOOPMANS C.S.", "Motie van het lid Koopmans c.s.", "motie"),
        (
            "BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
            "Brief van de staatssecretaris van Volksgezondheid, Welzijn en Sport",
            "brief",
        ),
    ],
)
def test_document_heading(heading: str, expected: str, kind: str) -> None:
    assert document_heading(heading) == (expected, kind)


def _typeset_kamerstuk() -> govdocs.document.RawDocument:
    """CONSTRUCTED: positioned lines as pypdf reads a typeset Kamerstuk PDF (masthead with the
    dossier number and title on one line, 9 pt body, 7 pt footnotes, publisher footer). No real
    Kamerstuk PDF is in the corpus; the lines follow the Aanhangsel PDFs' typesetting."""
    from govdocs.document import Line, RawDocument
    from govdocs.models import SourceFormat

    rows = [
        (1, 762, 18.0, True, "Tweede Kamer der Staten-Generaal"),
        (1, 740, 40.0, True, "2"),
        (1, 705, 10.0, True, "Vergaderjaar 2022–2023"),
        (1, 650, 12.0, True, "33 694 Internationale Veiligheidsstrategie"),
        (
            1,
            600,
            12.0,
            True,
            "Nr. 68 BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE",
        ),
        (1, 560, 9.0, False, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"),
        (1, 535, 9.0, False, "Den Haag, 23 juni 2023"),
        (
            1,
            510,
            9.0,
            False,
            "Op 15 en 16 februari 2023 vond de internationale conferentie over verantwoorde",
        ),
        (
            1,
            499,
            9.0,
            False,
            "toepassing van kunstmatige intelligentie plaats in Den Haag. Met REAIM is uitvoe-",
        ),
        (
            1,
            488,
            9.0,
            False,
            "ring gegeven aan de motie van het lid Koopmans c.s. (Kamerstuk 33 694, nr. 43).1",
        ),
        (1, 460, 9.0, True, "REAIM – Resultaten"),
        (
            1,
            440,
            9.0,
            False,
            "Allereerst hebben meer dan 50 regionaal diverse landen zich aangesloten bij de",
        ),
        (
            1,
            429,
            9.0,
            False,
            "REAIM Call to Action, waaronder de twee belangrijkste spelers op dit terrein en",
        ),
        (1, 120, 7.0, False, "1 Zoals verwoord in Aanhangsel Handelingen II 2022/23, nr. 2214"),
        (1, 82, 6.0, False, "kst-33694-68"),
        (1, 76, 6.0, False, "ISSN 0921 - 7371"),
        (
            1,
            69,
            9.0,
            False,
            "’s-Gravenhage 2023 Tweede Kamer, vergaderjaar 2022–2023, 33 694, nr. 68 1",
        ),
        (2, 771, 9.0, False, "de landen in de regio die hun steun nog overwegen."),
        (2, 740, 9.0, False, "De Minister van Buitenlandse Zaken,"),
        (2, 729, 9.0, False, "W.B. Hoekstra"),
        (2, 700, 9.0, False, "De Minister van Defensie,"),
        (2, 689, 9.0, False, "K.H. Ollongren"),
        (2, 69, 9.0, False, "Tweede Kamer, vergaderjaar 2022–2023, 33 694, nr. 68 2"),
    ]
    lines = [
        Line(
            text=t,
            page=p,
            x0=221.0 if y < 700 or size < 10 else 55.0,
            y0=y,
            x1=520.0,
            y1=y + size,
            size=size,
            bold=b,
        )
        for p, y, size, b, t in rows
    ]
    return RawDocument(
        path=Path("kst-33694-68.pdf"),
        sha256="0" * 64,
        size=1,
        format=SourceFormat.pdf,
        media_type="application/pdf",
        reader="pdf",
        lines=lines,
        pages=2,
        page_sizes=[(595.0, 842.0)] * 2,
        blocks=[govdocs.document.RawBlock(text=line.text) for line in lines],
    )


def test_typeset_kamerstuk_pdf_layout() -> None:
    from govdocs.structure import structure

    doc = structure(_typeset_kamerstuk())
    meta = doc.metadata
    assert doc.official_id == "kst-33694-68"
    assert (meta.chamber, meta.session_year) == ("Tweede Kamer", "2022-2023")
    assert meta.dossier is not None and (meta.dossier.number, meta.dossier.title) == (
        "33694",
        "Internationale Veiligheidsstrategie",
    )
    assert (meta.document_number, meta.document_type) == ("68", "brief")
    assert meta.heading == "Brief van de ministers van Buitenlandse Zaken en van Defensie"
    assert (meta.place, doc.date) == ("Den Haag", "2023-06-23")
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Minister van Buitenlandse Zaken", "W.B. Hoekstra"),
        ("Minister van Defensie", "K.H. Ollongren"),
    ]
    texts = [b.text for b in doc.blocks]
    assert any("uitvoering gegeven aan de motie" in t and t.endswith("nr. 43).") for t in texts)
    assert any(
        t.endswith("die hun steun nog overwegen.") and t.startswith("Allereerst") for t in texts
    )
    assert not any(
        "ISSN" in t or "’s-Gravenhage" in t or "vergaderjaar 2022–2023, 33 694" in t for t in texts
    )
    assert [n.label for n in doc.footnotes] == ["1"] and doc.footnotes[0].cited_in is not None
    assert [b.type.value for b in doc.blocks if b.text == "REAIM – Resultaten"] == ["heading"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("kst-36278-32.docx", ("36278", "32", "motie", "2025-04-24", "Rikkers-Oosterkamp")),
        ("kst-36682-10.docx", ("36682", "10", "motie", "2025-04-22", "Claassen")),
    ],
)
def test_motion_as_the_chambers_word_file(name: str, expected: tuple[str, ...]) -> None:
    """The Tweede Kamer's Word version of a motion lays the whole page out in one table: its
    cells are read as the paragraphs they are, and the Kamerstuk structure applies as to the
    PDF (values read by hand from the documents)."""
    record = govdocs.convert(FIXTURES / "publications" / "motie" / name, translate=False)
    meta = record.metadata
    assert isinstance(meta, govdocs.LetterMetadata) and meta.dossier is not None
    dossier, number, doc_type, date, submitter = expected
    assert (meta.dossier.number, meta.document_number, meta.document_type) == (
        dossier,
        number,
        doc_type,
    )
    assert record.id == f"kst-{dossier}-{number}" and record.date == date
    assert [(s.role, s.name) for s in meta.signatories] == [(None, submitter)]
    assert not any(b.type.value == "table" for b in record.blocks)


def test_a_kamerstuk_pdfs_blocks_keep_their_pages() -> None:
    """The publisher's PDF of a motion: every body block, footnote and the signature say which
    page they stand on (a citation needs the page; the XML has none to give)."""
    record = govdocs.convert(
        FIXTURES / "publications" / "motie" / "kst-21501-02-3121.pdf", translate=False
    )
    assert record.kind.value == "parliamentary_letter"
    assert record.blocks
    assert all(block.page is not None for block in record.blocks)
    assert all(note.page is not None for note in record.footnotes)
    signature = [block for block in record.blocks if block.type.value == "signature"]
    assert [block.page for block in signature] == [1]


def test_constructed_kamerstuk_in_sentence_case_signed_before_its_annex(tmp_path: Path) -> None:
    """A rendering of a Kamerstuk without the chamber's masthead and session, its heading in
    sentence case ("Nr. 4406 Brief van de minister …"), addressed to the chamber's president and
    dated at its place: a Kamerstuk; the minister signs the cover letter before the fiche it
    sends, and the signature stays a signature where it stands."""
    from .test_pdf_documents import _convert_pages, _running

    text = "Overeenkomstig de bestaande afspraken ontvangt u hierbij het fiche over dit voorstel."
    first = [
        (
            71,
            760,
            11.0,
            "22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten",
            False,
        ),
        (141, 748, 11.0, "van de Europese Unie", False),
        (71, 727, 11.0, "Nr. 4406 Brief van de minister van Buitenlandse Zaken", False),
        (71, 706, 11.0, "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", False),
        (71, 686, 11.0, "Den Haag, 10 juli 2031", False),
        (71, 660, 11.0, text, False),
        (71, 600, 11.0, "Fiche: Mededeling over de digitale soevereiniteit", False),
        (71, 498, 11.0, "De minister van Buitenlandse Zaken,", False),
        (71, 485, 11.0, "A.B. Jansen", False),
    ]
    second = [
        (71, 760, 12.0, "Fiche: Mededeling over de digitale soevereiniteit", True),
        (71, 740, 11.0, "1. Algemene gegevens", True),
        *_running(
            71,
            720,
            11.0,
            "De Commissie stelt voor de samenwerking op dit terrein te versterken.",
            30,
        ),
    ]
    record = _convert_pages(tmp_path, [first, second])
    assert record.kind.value == "parliamentary_letter"
    meta = record.metadata
    assert (meta.dossier.number, meta.document_number, meta.document_type) == (
        "22112",
        "4406",
        "brief",
    )
    assert str(record.date) == "2031-07-10"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Minister van Buitenlandse Zaken", "A.B. Jansen")
    ]
    types = [(block.type.value, block.page) for block in record.blocks]
    at = types.index(("signature", 1))
    assert types[at + 1] == ("heading", 2)
    assert not any(
        "Jansen" in block.text for block in record.blocks if block.type.value == "paragraph"
    )
