"""Reports and other PDFs from any body: kind by evidence, cover title by typography, dates in
nl/en/fr, key-value headers by geometry, figure residue kept out of the body. Expected values
are read from the PDFs' printed pages (see tests/fixtures/pdfs/README.md for the sources)."""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from pathlib import Path

import pytest

from govdocs.dates import find_dates
from govdocs.models import BlockType, DatePrecision, DocumentKind, OtherMetadata
from govdocs.readers import read
from govdocs.structure import structure

PDFS = Path(__file__).parent / "fixtures" / "pdfs"


def _doc(name: str):  # type: ignore[no-untyped-def]
    (path,) = PDFS.rglob(name)
    return structure(read(path))


def test_cover_title_joins_display_lines_and_subtitle() -> None:
    doc = _doc("dusi_2024-01-17_accountantsprotocol-bosa-2024.pdf")
    assert doc.kind is DocumentKind.report
    assert doc.title is not None
    assert doc.title.startswith("Accountantsprotocol 2024 behorend bij de Subsidieregeling")
    assert doc.title.endswith("(Subsidieregeling BOSA)")
    # "Status: versie 1, 17 januari 2024" is the version date on the cover
    assert doc.date == "2024-01-17"


def test_subtitle_followed_by_body_text_is_a_heading_not_title() -> None:
    doc = _doc("king_stuf-terminologie.pdf")
    assert doc.title == "STUF TERMINOLOGIE"


def test_numbered_section_heading_is_no_cover_title() -> None:
    doc = _doc("un-ocha_2025-02_dry-corridor-anticipatory-action-framework.pdf")
    assert doc.kind is DocumentKind.report
    assert doc.title is not None and doc.title.startswith("Dry Corridor Anticipatory Action")
    assert "Overview" not in doc.title


def test_title_from_a_key_value_pair_and_date_from_dateline() -> None:
    doc = _doc("tk-bzk_2009-04-03_besluitenlijst-procedurevergadering.pdf")
    assert doc.kind is DocumentKind.other  # a decision list names itself
    assert doc.title == "Besluitenlijst van de procedurevergadering van donderdag 2 april 2009"
    assert doc.date == "2009-04-03"  # "Den Haag, 3 april 2009", not the meeting date


def test_memo_header_by_geometry() -> None:
    doc = _doc("king_2013-10-02_notitie-vaststelling-verticale-sectormodellen.pdf")
    assert doc.kind is DocumentKind.other
    assert isinstance(doc.metadata, OtherMetadata)
    assert doc.metadata.addressee == "Regiegroep Informatiemodellen en berichtstandaarden"
    assert doc.date == "2013-10-02"  # "Datum" with "2-10-2013" beside it


def test_date_that_ends_a_sentence_is_not_the_document_date() -> None:
    doc = _doc("eu-commission_2017-05-18_implementing-decision-2017-863-eupl.pdf")
    assert doc.date == "2017-05-18"  # from "of 18 May 2017", not recital (1)'s "9 January 2007."


def test_glued_words_of_the_text_layer_still_give_a_date() -> None:
    doc = _doc("dusi_2024-03-18_veelgestelde-vragen-basisvaardigheden.pdf")
    assert doc.date == "2024-03-18"  # "Datum: 18maart2024", not the webinar date in the title


def test_chart_labels_are_not_body_paragraphs() -> None:
    doc = _doc("dusi_2023_monitorrapportage-rif-mbo.pdf")
    bare = [
        b
        for b in doc.blocks
        if b.type is not BlockType.table and b.text.strip().isdigit() and len(b.text.strip()) <= 3
    ]
    assert bare == []
    assert any(b.type is BlockType.table for b in doc.blocks)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("le 3 mars 2022", "2022-03-03"),
        ("1er mai 2021", "2021-05-01"),
        ("Approuvé par le ERC le 17 avril 2026", "2026-04-17"),
        ("Diemen, August 28th, 2020", "2020-08-28"),
    ],
)
def test_french_and_english_dates(text: str, iso: str) -> None:
    assert find_dates(text)[0].iso == iso


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("het handelings- perspectief van de burger", "het handelingsperspectief van de burger"),
        ("alle luchtvaartmaat- schappijen", "alle luchtvaartmaatschappijen"),
        ("de land- en tuinbouw", "de land- en tuinbouw"),  # suspended compound
        ("fixed- and mobile networks", "fixed- and mobile networks"),
        ("het drone- exploitanten register", "het drone- exploitanten register"),  # vowels meet
    ],
)
def test_hyphen_space_dehyphenation(text: str, expected: str) -> None:
    from govdocs.models import SourceFormat
    from govdocs.normalise import apply_rules, rules_for

    assert apply_rules(text, rules_for(SourceFormat.pdf))[0] == expected
    assert apply_rules(text, rules_for(SourceFormat.html))[0] == text  # PDF extraction only


def _cover(lines: list[tuple[str, float, float, float, bool]], pages: int = 3, info=None):  # type: ignore[no-untyped-def]
    """A RawDocument whose first page prints ``lines`` as (text, x0, y0, size, bold), centred, and
    whose other pages hold running text in the body's size (12 pt)."""
    from govdocs.document import Line, RawDocument
    from govdocs.models import SourceFormat

    printed = [
        Line(text, 1, x0, y0, 595 - x0, y0 + size, size, bold)  # centred on the page
        for text, x0, y0, size, bold in lines
    ]
    body = "The measures set out in this proposal are proportionate to the objectives pursued."
    for page in range(2, pages + 1):
        printed += [Line(body, page, 72, 700 - 14 * i, 520, 712 - 14 * i, 12.0) for i in range(30)]
    return RawDocument(
        path=Path("cover.pdf"),
        sha256="0" * 64,
        size=1,
        format=SourceFormat.pdf,
        media_type="application/pdf",
        reader="pdf/test",
        lines=printed,
        pages=pages,
        page_sizes=[(595.0, 842.0)] * pages,
        metadata={"pdf": info or {}},
    )


def test_a_cover_in_the_body_size_the_bold_title_and_its_lead_line() -> None:
    """The European Commission's proposals: everything 12 pt, a language tag 'EN' at 24 pt,
    the place and a numeric date, the COM number, then 'Proposal for a' over the bold title."""
    from govdocs.structure.pdf_document import document_date, title_from_typography

    raw = _cover(
        [
            ("EN", 28, 40, 24.0, True),
            ("EUROPEAN", 205, 720, 11.5, False),
            ("COMMISSION", 205, 707, 11.5, False),
            ("Brussels, 5.7.2023", 327, 641, 12.0, False),
            ("COM(2023) 416 final", 327, 628, 12.0, False),
            ("Proposal for a", 265, 528, 12.0, False),
            ("DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL", 94, 496, 12.0, True),
            ("on Soil Monitoring and Resilience (Soil Monitoring Law)", 153, 464, 12.0, True),
            (
                "{SEC(2023) 416 final} - {SWD(2023) 416 final} - {SWD(2023) 417 final} -",
                113,
                432,
                12.0,
                False,
            ),
        ]
    )
    assert title_from_typography(raw) == (
        "Proposal for a DIRECTIVE OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL "
        "on Soil Monitoring and Resilience (Soil Monitoring Law)"
    )
    assert document_date(raw) == ("2023-07-05", find_dates("5 July 2023")[0].precision)


def test_a_retrieval_stamp_ends_the_title_and_is_no_date() -> None:
    from govdocs.structure.pdf_document import document_date, title_from_typography

    raw = _cover(
        [
            ("Burgerlijk Wetboek Boek 1", 90, 741, 14.0, True),
            ("Geraadpleegd op 27-06-2023.", 90, 724, 14.0, True),
            ("Geldend van 01-05-2023 t/m heden", 90, 708, 14.0, True),
            ("Titel 1. Algemene bepalingen", 90, 656, 10.0, True),
        ]
    )
    assert title_from_typography(raw) == "Burgerlijk Wetboek Boek 1"
    assert document_date(raw) is None


def test_authors_from_the_colophon() -> None:
    from govdocs.models import ReportMetadata
    from govdocs.structure.pdf_document import _names

    doc = _doc("pbl_2023-09-04_verhuismotieven-en-ruimtelijke-verhuisbewegingen.pdf")
    assert isinstance(doc.metadata, ReportMetadata)
    assert doc.metadata.authors == ["Christian Lennartz", "Stefan Troost", "Frans Schilder"]
    assert _names("J. de Vries, A.B. van der Berg en Marie Dubois") == [
        "J. de Vries",
        "A.B. van der Berg",
        "Marie Dubois",
    ]
    # a sentence or a role is no list of names
    assert _names("Dit rapport is geschreven door het team") == []
    assert _names("Ministerie van Volksgezondheid, Welzijn en Sport") == []


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        # the info dictionary's title, printed on the cover: a genre label set in the title's
        # style under it is no part of the title
        (
            "Evaluatie Gemeenteraadsverkiezingen 2026 \nRapportage focusgroepen gemeenten",
            "Evaluatie Gemeenteraadsverkiezingen 2026 Rapportage focusgroepen gemeenten",
        ),
        # a file name, a template's placeholder, a title the pages do not print: typography
        (
            None,
            "Evaluatie Gemeenteraadsverkiezingen 2026 Rapportage focusgroepen gemeenten Eindrapport 2026",
        ),
        (
            "Microsoft Word - evaluatie.docx",
            "Evaluatie Gemeenteraadsverkiezingen 2026 Rapportage focusgroepen gemeenten Eindrapport 2026",
        ),
        (
            "Rapport sjabloon 2026",
            "Evaluatie Gemeenteraadsverkiezingen 2026 Rapportage focusgroepen gemeenten Eindrapport 2026",
        ),
        (
            "Evaluatie van de verkiezingen",
            "Evaluatie Gemeenteraadsverkiezingen 2026 Rapportage focusgroepen gemeenten Eindrapport 2026",
        ),
    ],
)
def test_the_info_title_where_the_cover_prints_it(info: str | None, expected: str) -> None:
    raw = _cover(
        [
            ("Evaluatie Gemeenteraadsverkiezingen 2026", 40, 600, 26, False),
            ("Rapportage focusgroepen gemeenten", 40, 570, 26, False),
            ("Eindrapport 2026", 40, 540, 16, False),
        ],
        info={"title": info} if info else None,
    )
    assert structure(raw).title == expected


def test_the_info_title_gives_way_to_a_printed_subtitle() -> None:
    """A typographic title that runs on from the info title by a phrase keeps its subtitle."""
    raw = _cover(
        [
            ("THE DIGITAL MILLENNIUM COPYRIGHT ACT OF 1998", 40, 700, 12, True),
            ("U.S. Copyright Office Summary", 40, 684, 13, True),
        ],
        info={"title": "The Digital Millennium Copyright Act of 1998"},
    )
    assert structure(raw).title == (
        "THE DIGITAL MILLENNIUM COPYRIGHT ACT OF 1998 U.S. Copyright Office Summary"
    )


def test_the_info_title_finds_a_title_smaller_than_the_masthead() -> None:
    """An official gazette (Gemeenteblad) prints its masthead larger than the publication's
    title; the info dictionary names the title."""
    raw = _cover(
        [
            ("GEMEENTEBLAD", 40, 760, 20, True),
            ("6 november 2024", 40, 730, 14, False),
            ("Aanwijzingsbesluit veiligheidsrisicogebieden", 40, 680, 12, True),
            ("Omgeving Centraal Station", 40, 666, 12, True),
        ],
        info={"title": "Aanwijzingsbesluit veiligheidsrisicogebieden Omgeving Centraal Station"},
    )
    assert structure(raw).title == (
        "Aanwijzingsbesluit veiligheidsrisicogebieden Omgeving Centraal Station"
    )


def test_a_publisher_or_version_line_under_the_title_is_no_subtitle() -> None:
    """Under a cover title: the publisher's name in a smaller size, then version and status
    lines (Geonovum's covers); a word or two is no subtitle, a phrase is."""
    raw = _cover(
        [
            ("Bijlagen en op het besluit", 40, 204, 28, True),
            ("betrekking hebbende stukken", 40, 168, 28, True),
            ("Geonovum", 40, 101, 22, True),
            ("Versie 1.0", 40, 72, 14, True),
            ("Status definitief", 40, 55, 14, True),
        ]
    )
    assert structure(raw).title == "Bijlagen en op het besluit betrekking hebbende stukken"
    raw = _cover(
        [
            ("Gemeentelijke besluitvorming", 40, 204, 28, True),
            ("Lessen op basis van casussen", 40, 168, 20, False),
            ("Versie 1.0", 40, 120, 14, True),
        ]
    )
    assert structure(raw).title == "Gemeentelijke besluitvorming Lessen op basis van casussen"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a cover's version line with a numeric date (ICTU)
        (
            [
                ("Kwaliteitsaanpak", 40, 640, 33, True),
                ("Versie 3.0.0, 28-02-2023", 40, 530, 9, True),
            ],
            "2023-02-28",
        ),
        # a date standing alone low on the cover (Etalab)
        (
            [
                ("Expliquer les algorithmes publics", 40, 500, 21, True),
                ("27/05/2024", 40, 163, 11, False),
            ],
            "2024-05-27",
        ),
        # a journal's issue date in the header line is not the act's date (OJ)
        (
            [
                ("16.8.2021", 500, 784, 9.6, False),
                ("COMMISSION DELEGATED REGULATION (EU) 2021/1341", 40, 745, 14, True),
                ("of 23 April 2021", 40, 728, 14, True),
            ],
            "2021-04-23",
        ),
    ],
)
def test_numeric_dates_on_a_cover(lines, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert structure(_cover(lines)).date == expected


def test_an_author_line_under_the_title_is_no_part_of_it() -> None:
    """An op-ed's author and office set under its title in the title's size (Inria)."""
    raw = _cover(
        [
            ("« Contact tracing » : quelques éléments pour mieux comprendre", 40, 758, 14, True),
            ("Bruno Sportisse, PDG d’Inria", 40, 740, 14, True),
        ]
    )
    assert structure(raw).title == "« Contact tracing » : quelques éléments pour mieux comprendre"


def test_a_references_table_in_small_print_is_no_footnotes() -> None:
    """A reference list set smaller than the text and filling its page from the top, numbered
    from 1 again (the CCCS assessment's '6.3 Références'), is body text; the real note on the
    page before keeps its place in the document's numbering."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    text = "The assessment covers the application, the server and the key distribution."
    lines = [Line(text, 1, 72, 700 - 14 * i, 520, 711 - 14 * i, 11.0) for i in range(30)]
    lines.append(Line("1 Numbers in brackets refer to the references.", 1, 72, 60, 400, 69, 9.0))
    lines.append(Line("6.3 REFERENCES", 2, 36, 727, 150, 739, 12.0, True))
    for n in range(1, 9):
        y = 690 - 30 * n
        lines.append(
            Line(
                f"{n} Canadian Centre for Cyber Security, guidance {n}.",
                2,
                58,
                y,
                480,
                y + 10,
                10.0,
            )
        )
    layout = pdf_layout.analyse(_page_of(lines, pages=2))
    assert [(n.label, n.page) for n in layout.footnotes] == [("1", 1)]
    body = " ".join(p.text for p in layout.paragraphs if p.page == 2)
    assert "guidance 1." in body and "guidance 8." in body


def test_a_genre_on_a_display_line_of_its_own_makes_a_decision_list_other() -> None:
    """The cabinet's decision list: the masthead is the largest text, the genre stands under it
    on a line of its own, numbered agenda items follow (no report for all its numbers)."""
    items = [(f"{n}. Agendapunt nummer {n}", 40, 600 - 30 * n, 9, True) for n in range(5)]
    lines = [("MINISTERRAAD", 22, 721, 16, False), ("BESLUITENLIJST", 40, 652, 14, False), *items]
    doc = structure(_cover(lines))
    assert doc.kind is DocumentKind.other
    # a cover year line is no genre ("Verslagjaar 2026" is no Verslag)
    lines = [
        ("Iv3 - Informatievoorschrift", 40, 640, 28, False),
        ("Verslagjaar 2026", 40, 517, 28, False),
        *items,
    ]
    assert structure(_cover(lines)).kind is DocumentKind.report


def _page_of(lines, pages: int = 1):  # type: ignore[no-untyped-def]
    """A RawDocument of ``pages`` A4 pages printing ``lines``."""
    from govdocs.document import RawDocument
    from govdocs.models import SourceFormat

    return RawDocument(
        path=Path("notes.pdf"),
        sha256="0" * 64,
        size=1,
        format=SourceFormat.pdf,
        media_type="application/pdf",
        reader="pdf/test",
        lines=lines,
        pages=pages,
        page_sizes=[(595.0, 842.0)] * pages,
    )


def test_footnotes_in_the_text_size_by_their_raised_labels() -> None:
    """Notes set in the text's own size (BZK's Iv3 informatievoorschrift) are found by the raised
    label the text carries as a mark; a table's note with text after it is no footnote."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    text = "De gegevens worden aangeleverd volgens de volgende lijsten en tabellen"
    lines = [Line(text, 1, 71, 700 - 14 * i, 520, 710 - 14 * i, 10.0) for i in range(20)]
    for n, y in ((5, 420), (6, 406)):
        mark = f"trefwoordenlijst {n}{n}"
        lines.append(Line(mark, 1, 71, y, 300, y + 10, 10.0, superscripts=((18, 19),)))
    for n, y in ((5, 100), (6, 72)):
        note = f"{n} https://www.cbs.nl/lijst-{n}"
        lines.append(Line(note, 1, 71, y, 400, y + 10, 10.0, superscripts=((0, 1),)))
        lines.append(Line("trefwoordenlijst-balans", 1, 71, y - 14, 300, y - 4, 10.0))
    found = pdf_layout.analyse(_page_of(lines)).footnotes
    assert [(n.label, n.text) for n in found] == [
        ("5", "https://www.cbs.nl/lijst-5 trefwoordenlijst-balans"),
        ("6", "https://www.cbs.nl/lijst-6 trefwoordenlijst-balans"),
    ]
    # a note with running text and a heading after it (a table's note) stays in the body
    lines += [
        Line("AIRMET", 1, 71, 40, 120, 50, 10.0, True),
        *(Line(text, 1, 71, 30 - 2 * i, 520, 38 - 2 * i, 10.0) for i in range(4)),
    ]
    assert pdf_layout.analyse(_page_of(lines)).footnotes == []


def test_a_date_in_small_print_is_no_footnote() -> None:
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    text = "Gemeentelijke besluitvorming over warmtenetten in de praktijk van vandaag"
    lines = [Line(text, 1, 71, 700 - 14 * i, 520, 710 - 14 * i, 11.0) for i in range(20)]
    lines.append(Line("18 december 2019", 1, 198, 120, 264, 128, 8.0))
    assert pdf_layout.analyse(_page_of(lines)).footnotes == []


def test_a_federal_memorandum_head() -> None:
    """A US federal memorandum (OMB M-22-09's layout): its number above the head, MEMORANDUM
    FOR as addressee, FROM naming the sender with the office under the name (nothing is signed
    at the end), SUBJECT."""
    raw = _cover(
        [
            ("EXECUTIVE OFFICE OF THE PRESIDENT", 182, 710, 11, False),
            ("January 26, 2022", 265, 636, 12, False),
            ("M-22-09", 72, 608, 12, False),
            ("MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES", 72, 581, 12, False),
            ("FROM: Shalanda D. Young", 72, 553, 12, False),
            ("Acting Director", 144, 540, 12, False),
            ("SUBJECT: Moving the U.S. Government Toward Zero Trust", 72, 512, 12, False),
            (
                "This memorandum sets forth a Federal zero trust architecture strategy.",
                72,
                472,
                12,
                False,
            ),
        ]
    )
    doc = structure(raw)
    assert doc.kind is DocumentKind.other
    meta = doc.metadata
    assert isinstance(meta, OtherMetadata)
    assert (meta.reference, meta.addressee, meta.subject) == (
        "M-22-09",
        "THE HEADS OF EXECUTIVE DEPARTMENTS AND AGENCIES",
        "Moving the U.S. Government Toward Zero Trust",
    )
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Acting Director", "Shalanda D. Young")
    ]
    assert doc.date == "2022-01-26"
    body = " ".join(b.text for b in doc.blocks)
    assert "M-22-09" not in body and "Acting Director" not in body and "FROM" not in body


def test_a_memorandum_stamped_with_its_date_addressed_over_two_lines() -> None:
    """A Deputy Secretary's memorandum: the date stamped top right with its day's digits set
    apart by the text layer ("OCT 2 7 2018"), "MEMORANDUM FOR" with its addressee run on under
    the value after a line ending in "AND"."""
    doc = structure(
        _cover(
            [
                ("DEPUTY SECRETARY OF DEFENSE", 199, 738, 10, True),
                ("OCT 2 7 2018", 462, 686, 17.5, True),
                ("MEMORANDUM FOR UNDER SECRETARY OF DEFENSE FOR PERSONNEL AND", 70, 655, 13, False),
                ("READINESS", 205, 641, 13, False),
                ("SUBJECT: Delegation of Approval Authority", 71, 613, 13, False),
                (
                    "This memorandum clarifies the delegation of authority for the program.",
                    107,
                    586,
                    13,
                    False,
                ),
            ]
        )
    )
    meta = doc.metadata
    assert isinstance(meta, OtherMetadata)
    assert meta.addressee == "UNDER SECRETARY OF DEFENSE FOR PERSONNEL AND READINESS"
    assert doc.date == "2018-10-27"


def test_a_table_of_numbers_in_small_print_is_no_footnotes() -> None:
    """A channel table in small print (a 1993 radio guideline): numbered rows in two columns
    do not count up in reading order, so they are body text, not 110 footnotes."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    text = "Die Betriebsbedingungen umfassen Angaben über den Bereich der Temperaturen."
    lines = [Line(text, 1, 72, 700 - 14 * i, 540, 712 - 14 * i, 12.0) for i in range(10)]
    for row in range(12):
        y = 500 - 12 * row
        lines.append(
            Line(f"{347 + row} U / O - 74,{215 + row} / 84,015", 1, 72, y, 250, y + 8, 8.0)
        )
        lines.append(
            Line(f"{402 + row} U / O - 75,{315 + row} / 85,115", 1, 300, y, 480, y + 8, 8.0)
        )
    layout = pdf_layout.analyse(_page_of(lines))
    assert layout.footnotes == []
    assert "347 U / O" in " ".join(p.text for p in layout.paragraphs)


@pytest.mark.parametrize(
    "title",
    [
        "Verwaltungsvorschrift des Innenministeriums über die einheitliche Bekleidung",
        "Anerkenntnisurteil",
        "ANNUAL DECLARATION OF INTERESTS (ADoI)",
        "Résolution adoptée par l’Assemblée générale",
        "SEANCE DU 17 AVRIL 2013",
        # Nordic councils' minutes, a Norwegian instruction, a Land's list of decisions
        "REFERAT Aarhus Byråd d. 27-08-2025",
        "Pöytäkirja 1/2025",
        "Instruks for Oslo kommunes anskaffelser",
        "Beschlüsse der 935. Sitzung des Bundesrates",
    ],
)
def test_german_regulations_and_judgments_are_other(title: str) -> None:
    items = [(f"{n}. Abschnitt {n}", 40, 600 - 30 * n, 12, True) for n in range(1, 5)]
    assert structure(_cover([(title, 40, 700, 16, True), *items])).kind is DocumentKind.other


def test_a_genre_line_in_capitals_at_the_text_size_names_the_document() -> None:
    """A UN resolution: the masthead largest, "RESOLUTION ADOPTEE PAR L'ASSEMBLEE GENERALE" in
    capitals at the text's size halfway down the first page."""
    raw = _cover(
        [
            ("Assemblée générale", 180, 646, 15, True),
            ("Quarante-huitième session", 72, 510, 12, False),
            ("RESOLUTION ADOPTEE PAR L’ASSEMBLEE GENERALE", 177, 470, 12, False),
            *[
                (f"{n}. Point {n} de la résolution", 72, 420 - 30 * n, 12, False)
                for n in range(1, 5)
            ],
        ]
    )
    assert structure(raw).kind is DocumentKind.other


def test_a_kicker_line_above_the_title_leads_into_it() -> None:
    """Bureau Veritas' cover: 'Adviesvraag' (smaller, bold, same margin) over 'Abacus' over
    'voor de Kiesraad'; an advice request is no 'Advies'."""
    doc = structure(
        _cover(
            [
                ("Adviesvraag", 73, 323, 23.3, True),
                ("Abacus", 73, 288, 32.3, True),
                ("voor de Kiesraad", 73, 258, 23.3, True),
                ("Versie 1.0", 73, 85, 9.9, False),
            ]
        )
    )
    assert doc.title == "Adviesvraag Abacus voor de Kiesraad"
    assert doc.kind is not DocumentKind.other


def test_a_council_report_states_its_subject() -> None:
    """A report to a council's cabinet (Gloucester's layout): Meeting / Date / Subject labels."""
    from govdocs.models import ReportMetadata

    doc = structure(
        _cover(
            [
                ("Meeting: Cabinet", 40, 760, 12, True),
                ("Date: 11 March 2026", 40, 744, 12, True),
                ("Subject: Resource Requirements for GCC Finance Team", 40, 728, 12, True),
                *[(f"{n}. Purpose of Report", 40, 700 - 30 * n, 12, True) for n in range(1, 5)],
            ]
        )
    )
    assert isinstance(doc.metadata, ReportMetadata)
    assert doc.metadata.subject == "Resource Requirements for GCC Finance Team"


def test_a_subtitle_drawn_before_its_title_is_read_under_it() -> None:
    """ANSSI's brochure draws 'Élever collectivement / notre niveau de cybersécurité' before
    'Directive NIS 2', though it is printed under it."""
    raw = _cover(
        [
            ("Élever collectivement", 62, 431, 15, False),
            ("notre niveau de cybersécurité", 62, 413, 15, False),
            ("Directive NIS 2", 61, 458, 29, True),
            ("L’ANSSI vous accompagne avec", 63, 83, 10, False),
        ]
    )
    assert structure(raw).title == (
        "Directive NIS 2 Élever collectivement notre niveau de cybersécurité"
    )


def test_a_two_line_subtitle_is_read_whole() -> None:
    """BZK's Iv3 cover: 'Gemeenten en' / 'Gemeenschappelijke regelingen' under the title, drawn
    before it; the run's second line is no label of its own."""
    raw = _cover(
        [
            ("Gemeenten en", 69, 622, 22, True),
            ("Gemeenschappelijke regelingen", 69, 596, 22, True),
            ("Iv3 - Informatievoorschrift", 69, 653, 28, True),
            ("Verslagjaar 2026", 71, 517, 28, False),
        ]
    )
    assert structure(raw).title == (
        "Iv3 - Informatievoorschrift Gemeenten en Gemeenschappelijke regelingen"
    )


def test_a_regulation_date_and_file_reference_under_the_title() -> None:
    """A German Verwaltungsvorschrift: the centred title, then "Vom <date> - Az.: <code> -" in
    the title's size: the date and the reference, no part of the title."""
    raw = _cover(
        [
            ("Verwaltungsvorschrift des Innenministeriums", 180, 770, 12, True),
            ("über die einheitliche Bekleidung bei den Feuerwehren", 150, 752, 12, True),
            ("Vom 27.September 2022 - Az.: IM6-1537-4/1 -", 187, 716, 12, True),
            ("1 Einheitliche Feuerwehrbekleidung", 68, 680, 12, True),
        ]
    )
    doc = structure(raw)
    assert doc.title == (
        "Verwaltungsvorschrift des Innenministeriums über die einheitliche Bekleidung bei den "
        "Feuerwehren"
    )
    assert doc.date == "2022-09-27"
    assert getattr(doc.metadata, "reference", None) == "IM6-1537-4/1"


def test_the_number_in_every_running_footer_is_the_reference() -> None:
    from govdocs.document import Line
    from govdocs.structure.symbols import document_symbol

    def footer(text: str, page: int) -> Line:
        return Line(text, page, 320, 26, 366, 35, 9.0)

    pages = 6
    furniture = [footer("ITSP.10.003", p) for p in range(1, pages + 1)]
    furniture += [footer(str(p), p) for p in range(1, pages + 1)]  # page numbers
    furniture += [footer("TLP:WHITE", p) for p in range(1, pages + 1)]
    assert document_symbol(furniture, pages) == "ITSP.10.003"
    # on one page of six it is no running footer; a file name or version is no number
    assert document_symbol(furniture[:1], pages) is None
    versions = [footer("DGC-v1.05-final", p) for p in range(1, pages + 1)]
    names = [footer("Iv3-Informatievoorschrift-2026", p) for p in range(1, pages + 1)]
    assert document_symbol(versions + names, pages) is None
    # an issuance's series and dotted number, one number only (a US military instruction)
    series = [footer("CJCSI 3520.01C", p) for p in range(1, pages + 1)]
    assert document_symbol(series + furniture[pages:], pages) == "CJCSI 3520.01C"
    years = [footer("ANNUAL REPORT 2023", p) for p in range(1, pages + 1)]
    assert document_symbol(years, pages) is None
    # a series named by its genre, printed in capitals on later pages: counted as one
    directive = [
        footer("VA Directive 6221" if p == 1 else "VA DIRECTIVE 6221", p)
        for p in range(1, pages + 1)
    ]
    assert document_symbol(directive, pages) == "VA Directive 6221"


@pytest.mark.parametrize(
    ("value", "plausible"),
    [("BBOR/2023/412061", True), ("11 mei 2023", False), ("DGA-SKI / 21165506", True)],
)
def test_a_reference_holds_a_code_not_a_date(value: str, plausible: bool) -> None:
    from govdocs.structure.symbols import plausible_reference

    assert plausible_reference(value) is plausible


def test_a_bold_title_in_the_text_size_under_a_department_letterhead() -> None:
    """A German city office's decision: the department's name large in the top right corner,
    contact lines and the file number at the left, then the title in bold at the text's size
    and a label under it; the title is the bold run alone."""
    raw = _cover(
        [
            ("Datum: 22.12.2020", 71, 793, 10, False),
            ("Direktorium", 418, 793, 14, False),
            ("Fax (089) 233 989 92 626", 71, 769, 10, False),
            ("AZ: 0262.0-25-0222", 71, 758, 10, False),
            ("Entscheidung über die", 71, 735, 10, True),
            ("Gewährung eines Zuschusses aus", 71, 723, 10, True),
            ("Budgetmitteln des Bezirksausschusses 25", 71, 712, 10, True),
            ("AntragstellerIn:", 71, 688, 10, False),
        ]
    )
    # (the other pages' running text is 12 pt: set the first page's text size as the body's)
    raw.lines[:] = [
        line
        if line.page == 1
        else type(line)(line.text, line.page, line.x0, line.y0, line.x1, line.y0 + 10, 10.0)
        for line in raw.lines
    ]
    doc = structure(raw)
    assert doc.title == (
        "Entscheidung über die Gewährung eines Zuschusses aus Budgetmitteln des "
        "Bezirksausschusses 25"
    )
    assert getattr(doc.metadata, "reference", None) == "0262.0-25-0222"


def test_a_german_validity_date_and_a_graphic_mark_before_the_title() -> None:
    raw = _cover(
        [
            ("Gültig ab: 09.12.2019", 71, 758, 11, True),
            ("/// Fachliche Weisungen", 209, 688, 20, True),
            ("Erstes Buch Sozialgesetzbuch", 128, 660, 20, True),
        ]
    )
    doc = structure(raw)
    assert doc.date == "2019-12-09"
    assert doc.title == "Fachliche Weisungen Erstes Buch Sozialgesetzbuch"


def test_a_court_caption_or_council_masthead_is_no_title_the_genre_line_under_it_is() -> None:
    court = _cover(
        [
            ("UNITED STATES DISTRICT COURT", 204, 708, 14, True),
            ("SOUTHERN DISTRICT OF FLORIDA", 202, 695, 14, True),
            ("CASE NO. 15-60185-CIV-CANNON/Hunt", 197, 653, 12, True),
            ("FORT LAUDERDALE FOOD NOT BOMBS,", 72, 626, 12, True),
            ("Plaintiffs,", 108, 543, 12, False),
            ("ORDER ACCEPTING MAGISTRATE JUDGE’S", 177, 432, 12, True),
            ("REPORT AND RECOMMENDATIONS", 200, 419, 12, True),
            (
                "THIS CAUSE is before the Court upon the Report of the Magistrate",
                108,
                391,
                12,
                False,
            ),
        ]
    )
    assert structure(court).title == "ORDER ACCEPTING MAGISTRATE JUDGE’S REPORT AND RECOMMENDATIONS"
    council = _cover(
        [
            ("MINISTERRAAD", 22, 721, 16, False),
            ("BESLUITENLIJST", 235, 652, 14, False),
            (
                "Besluitenlijst van de vergadering gehouden op vrijdag 10 januari 2025",
                134,
                615,
                9,
                False,
            ),
        ]
    )
    assert structure(council).title == "BESLUITENLIJST"


def test_a_bare_genre_label_over_the_quoted_name_of_a_bylaw() -> None:
    raw = _cover(
        [
            ("verordening", 170, 681, 20, True),
            (
                "”VERORDENING OP HET GEBRUIK VAN PARKEERPLAATSEN EN DE VERLENING",
                170,
                641,
                8.5,
                False,
            ),
            ("VAN VERGUNNINGEN VOOR HET PARKEREN IN HEERLEN 2025”", 170, 628, 8.5, False),
            ("“PARKEERVERORDENING 2025”", 170, 603, 9, False),
        ]
    )
    assert structure(raw).title == (
        "VERORDENING OP HET GEBRUIK VAN PARKEERPLAATSEN EN DE VERLENING VAN VERGUNNINGEN VOOR "
        "HET PARKEREN IN HEERLEN 2025"
    )


def test_a_council_documents_number_is_its_reference() -> None:
    from govdocs.document import Line
    from govdocs.structure.symbols import inline_reference

    def line(text: str) -> Line:
        return Line(text, 1, 71, 563, 255, 574, 11.0, True)

    assert inline_reference([line("Sitzungsvorlage Nr. 20-26 / V 02318")]) == "20-26 / V 02318"
    assert inline_reference([line("Raadsvoorstel nr. 2024/123")]) == "2024/123"
    assert inline_reference([line("Vorlage Nr. für den Ausschuss")]) is None
    # the case or procedure a decision is taken in
    assert inline_reference([line("\uf0b7 Procedimiento Nº: PS/00073/2020")]) == "PS/00073/2020"
    assert inline_reference([line("Expediente n.º E/01234/2019")]) == "E/01234/2019"
    assert inline_reference([line("Case No. 2:17-cv-01234")]) == "2:17-cv-01234"
    # a US district court's number with its judges' initials; consolidated cases
    assert inline_reference([line("Case No. 2:18-cv-10166-JAK (AFM)")]) == "2:18-cv-10166-JAK (AFM)"
    consolidated = line("Cases 25–CA–24505 and 25–CA–24871.")
    assert inline_reference([consolidated]) == "25–CA–24505 and 25–CA–24871"
    assert inline_reference([line("Cases 12 and 13 were heard together.")]) is None
    # an act's number after its date on one line, the sign as printed
    assert inline_reference([line("14, March 2019, No 1T-35 (1.12.E)")]) == "No 1T-35 (1.12.E)"
    assert inline_reference([line("12 maja 2020 r. Nr 45/2020")]) == "Nr 45/2020"
    # a Spanish-speaking council's ordinance, a Senate's bill, its number sign "Nº" or "N°"
    # (held-out sets 79, 89), the line's full stop no part of the number
    assert inline_reference([line("ORDENANZA FISCAL Nº 3057/2021")]) == "3057/2021"
    assert inline_reference([line("Boletín N° 17.370-17")]) == "17.370-17"
    assert inline_reference([line("BOLETÍN Nº 15.995-02.")]) == "15.995-02"
    # a law cited with its subject on the line is no number of the document's own
    assert inline_reference([line("Ley Nº19.537 Copropiedad Inmobiliaria.")]) is None
    assert inline_reference([line("See No 12 of 14 March 2019")]) is None
    assert inline_reference([line("Dossier n° suivi par Mme Dupont")]) is None
    # a decision numbered with the body that takes it named between
    decision = line("Décision du Défenseur des droits n° MLD-2014-05")
    assert inline_reference([decision]) == "MLD-2014-05"


def test_references_and_dates_of_austrian_french_and_eu_heads() -> None:
    from govdocs.document import Line, RawDocument
    from govdocs.models import SourceFormat
    from govdocs.structure.keyvalue import header_fields
    from govdocs.structure.pdf_document import document_date
    from govdocs.structure.symbols import inline_reference

    def line(text: str, y: float) -> Line:
        return Line(text, 1, 70, y, 400, y + 10, 10.0)

    def raw(*lines: Line) -> RawDocument:
        return RawDocument(
            path=Path("x.pdf"), sha256="0" * 64, size=1, format=SourceFormat.pdf,
            media_type="application/pdf", reader="pdf/test", lines=list(lines), pages=1,
            page_sizes=[(595.0, 842.0)],
        )  # fmt: skip

    austrian = line("GZ: DSB-D216.580/0002-DSB/2018 vom 28.5.2018", 758)
    assert header_fields([austrian]) == {"reference": "DSB-D216.580/0002-DSB/2018"}
    assert document_date(raw(austrian)) == ("2018-05-28", DatePrecision.day)
    # a code stands whole: the note under it is no part of it
    frontex = [line("Our ref: CAB/ANRA/9262a/2020", 655), line("Please quote when replying.", 644)]
    assert header_fields(frontex)["reference"] == "CAB/ANRA/9262a/2020"
    # a Hungarian case-number label
    naih = line("Ügyszám: NAIH/2018/3134/2/V", 748)
    assert header_fields([naih])["reference"] == "NAIH/2018/3134/2/V"
    # a reference label with a code after it, no colon and no other label beside it (a Swedish
    # diary number under the date); a label leading into words is no field
    dnr = line("Dnr 3.1-4788-2026", 775)
    assert header_fields([dnr])["reference"] == "3.1-4788-2026"
    assert header_fields([line("Reference is made to your letter of 2 May.", 700)]) == {}
    # "Ref" without its dot; a next label glued to the code by a text layer that lost the space
    assert header_fields([line("Ref: FOI10862", 699)])["reference"] == "FOI10862"
    assert header_fields([line("Ref: 943388Ref:", 699)])["reference"] == "943388"
    # a Chilean oficio's subject, "MAT.:" (materia), its value running on under it
    oficio = [line("MAT.: Imparte instrucciones sobre", 754), line("Trámites Públicos.", 740)]
    assert header_fields(oficio)["subject"] == "Imparte instrucciones sobre Trámites Públicos."
    # a Swiss directorate's "Referenz:"
    zurich = line("Referenz: JI-Nr. 2024-2859/HA/YB", 751)
    assert header_fields([zurich])["reference"] == "JI-Nr. 2024-2859/HA/YB"
    cada = line("Avis n° 20172386 du 21 septembre 2017", 586)
    assert inline_reference([cada]) == "20172386"
    assert document_date(raw(cada)) == ("2017-09-21", DatePrecision.day)
    cisa = line("Original Release Date: July 16, 2020", 667)
    assert document_date(raw(cisa)) == ("2020-07-16", DatePrecision.day)
    # a Greek ministry's head: protocol number, addressee, subject (in capitals, unaccented)
    greek = [
        line("Αριθ. Πρωτ.: Γ2/ 59954/ 7478", 675),
        line("ΠΡΟΣ: Αποδέκτες πίνακα διανομής", 635),
        line("ΘΕΜΑ: Ανάρτηση Υπουργικής Απόφασης", 533),
    ]
    assert header_fields(greek) == {
        "reference": "Γ2/ 59954/ 7478",
        "addressee": "Αποδέκτες πίνακα διανομής",
        "subject": "Ανάρτηση Υπουργικής Απόφασης",
    }
    # a Danish council's list: "Til:" over "Ajourført:"; a Swedish letter's "Från:" / "Ärende:"
    danish = [line("Til: Udvalget, Ældrerådet, Direktionen m.fl.", 740)]
    assert header_fields(danish)["addressee"] == "Udvalget, Ældrerådet, Direktionen m.fl."
    swedish = [line("Från: Kommunstyrelseförvaltningen", 700), line("Ärende: Budget 2027", 686)]
    assert header_fields(swedish) == {
        "sender": "Kommunstyrelseförvaltningen",
        "subject": "Budget 2027",
    }


def test_a_bold_title_in_the_text_size_stops_where_the_text_margin_starts() -> None:
    raw = _cover(
        [
            ("Public Sector Transparency Board – Minutes, 24th June 2010", 125, 759, 12, True),
            (
                "Here are the minutes of the Transparency Board meeting held on 24",
                90,
                731,
                12,
                True,
            ),
            ("June at the Cabinet Office:", 90, 717, 12, True),
            ("Present:", 90, 690, 12, False),
        ]
    )
    # (the title is centred; the text under it starts at the left margin and runs to its length)
    ends = {"Here are the minutes": 476.5, "June at the Cabinet": 240.8, "Present:": 133.8}
    raw.lines[:] = [
        dataclasses.replace(line, x1=next(v for k, v in ends.items() if line.text.startswith(k)))
        if any(line.text.startswith(k) for k in ends)
        else line
        for line in raw.lines
    ]
    assert structure(raw).title == "Public Sector Transparency Board – Minutes, 24th June 2010"


def test_a_logotype_set_largest_gives_way_to_the_numbered_genre_line() -> None:
    raw = _cover(
        [
            ("C OM M IS S ION D’ AC C ÈS", 225, 736, 10, False),
            ("Cada", 56, 651, 26, True),
            ("Le Président", 56, 615, 8, True),
            ("Avis n° 20172386 du 21 septembre 2017", 207, 586, 10, False),
            (
                "Monsieur X a saisi la Commission d'accès aux documents administratifs, par",
                56,
                560,
                10,
                False,
            ),
        ]
    )
    doc = structure(raw)
    assert doc.title == "Avis n° 20172386 du 21 septembre 2017"
    assert doc.date == "2017-09-21"
    assert getattr(doc.metadata, "reference", None) == "20172386"


def test_a_french_act_under_a_journal_heading_and_its_enacting_office() -> None:
    """The Journal officiel prints its section heading largest and the date of the issue in
    its running header; the décret's own title (its intitulé) names it and dates it. An
    arrêté's title ends where the enacting minister's line starts."""
    journal = _cover(
        [
            ("30 juillet 2016 JOURNAL OFFICIEL DE LA RÉPUBLIQUE FRANÇAISE", 50, 800, 8, False),
            ("Décrets, arrêtés, circulaires", 103, 720, 29.8, False),
            ("TEXTES GÉNÉRAUX", 204, 675, 18.4, False),
            ("PREMIER MINISTRE", 237, 636, 11.3, True),
            (
                "Décret no 2016-1036 du 28 juillet 2016 relatif au principe et aux modalités",
                108,
                608,
                10.8,
                True,
            ),
            (
                "de fixation des redevances de réutilisation des informations du secteur public",
                96,
                597,
                10.8,
                True,
            ),
            ("NOR : PRMJ1614172D", 255, 579, 7.9, False),
        ]
    )
    doc = structure(journal)
    assert doc.title == (
        "Décret no 2016-1036 du 28 juillet 2016 relatif au principe et aux modalités de fixation "
        "des redevances de réutilisation des informations du secteur public"
    )
    assert doc.date == "2016-07-28"
    order = _cover(
        [
            ("ARRÊTÉ du 15 mai 2025 portant modification (N° 5)", 172, 748, 11, True),
            ("à l’arrêté de nomination des membres du conseil de la Caisse", 72, 735, 11, True),
            (
                "La ministre du travail, de la santé, des solidarités et des familles",
                148,
                710,
                11,
                True,
            ),
            (
                "Vu le code de la sécurité sociale et notamment les articles L. 211-2, R. 211-1;",
                56,
                672,
                11,
                False,
            ),
        ]
    )
    doc = structure(order)
    assert doc.kind is DocumentKind.other
    assert doc.title == (
        "ARRÊTÉ du 15 mai 2025 portant modification (N° 5) à l’arrêté de nomination des membres "
        "du conseil de la Caisse"
    )
    assert doc.date == "2025-05-15"


def test_a_un_document_under_its_organ_dated_by_its_distribution_line() -> None:
    raw = _cover(
        [
            ("United Nations", 119, 792, 14, False),
            ("General Assembly", 119, 762, 20, True),
            ("Distr.: General", 392, 763, 10, False),
            ("14 August 2019", 392, 751, 10, False),
            ("Human Rights Council", 56, 624, 12, True),
            ("Thirty-fourth session", 56, 600, 10, True),
            ("4–15 November 2019", 56, 588, 10, False),
            ("Summary of Stakeholders’ submissions on Italy*", 113, 555, 14, True),
            (
                "Report of the Office of the United Nations High Commissioner for",
                113,
                523,
                12,
                True,
            ),
            ("I. Background", 90, 477, 14, True),
        ]
    )
    doc = structure(raw)
    assert doc.title == "Summary of Stakeholders’ submissions on Italy"
    assert doc.date == "2019-08-14"


def test_a_decision_cited_in_running_text_does_not_date_the_document() -> None:
    from govdocs.dates import find_dates

    raw = _cover(
        [
            ("Compte-rendu de la réunion", 200, 740, 12, True),
            ("Du Conseil Municipal du 13 février 2023", 200, 728, 12, True),
        ]
    )
    cited = "délibération n° 21-12/130 du 06 décembre 2021 : « Cession à l’Euro Symbolique »"
    assert find_dates(cited)
    raw.lines.append(type(raw.lines[0])(cited, 2, 49, 600, 540, 611, 12.0))
    assert structure(raw).date == "2023-02-13"


def test_dates_from_a_version_label_and_from_the_signing_formula() -> None:
    """A cover's "Version" label with its date beside it; an order dated only where it was
    signed ("DONE AND ORDERED … this 5th day of July 2022."); a French text's NOR number."""
    from govdocs.structure.keyvalue import header_fields

    version = _cover(
        [
            ("Stratégie open source", 350, 700, 34, False),
            ("Version", 108, 117, 7, False),
            (": 17.09.2021", 163, 117, 7, False),
        ]
    )
    version.lines[:] = [  # (the label is as wide as its word, its value beside it)
        dataclasses.replace(ln, x1=131.0) if ln.text == "Version" else ln for ln in version.lines
    ]
    assert structure(version).date == "2021-09-17"
    order = _cover([("ORDER ACCEPTING THE REPORT", 177, 700, 14, True)], pages=2)
    signed = "DONE AND ORDERED in Chambers at Fort Pierce, Florida this 5th day of July 2022."
    order.lines.append(dataclasses.replace(order.lines[-1], text=signed, y0=100, y1=112))
    assert structure(order).date == "2022-07-05"
    nor = _cover([("NOR : INPX1802901X", 257, 615, 8, False)]).lines[:1]
    assert header_fields(nor) == {"reference": "INPX1802901X"}


def test_an_act_the_title_cites_does_not_date_the_document() -> None:
    """A data-protection authority's opinion on a bill amending an older law: the law's date
    in the title is not the opinion's; the signing formula at its end dates it."""
    raw = _cover(
        [
            (
                "Avis de la Commission relatif au projet de loi modifiant la loi du",
                70,
                700,
                14,
                True,
            ),
            ("11 avril 1983 portant réglementation des médicaments", 70, 683, 14, True),
        ],
        pages=2,
    )
    signed = "Ainsi décidé à Esch-sur-Alzette en date du 8 juillet 2020."
    raw.lines.append(dataclasses.replace(raw.lines[-1], text=signed, y0=312, y1=323))
    assert structure(raw).date == "2020-07-08"


def test_minutes_dated_by_their_opening_and_a_drawn_rule_is_no_title() -> None:
    minutes = _cover(
        [
            ("KENT COUNTY COUNCIL", 233, 758, 14, True),
            (
                "MINUTES of a meeting of the County Council held in the Council Chamber,",
                90,
                674,
                12,
                False,
            ),
            (
                "Sessions House, County Hall, Maidstone on Thursday, 9 January 2025.",
                90,
                660,
                12,
                False,
            ),
        ]
    )
    assert structure(minutes).date == "2025-01-09"
    notice = _cover(
        [
            ("PUBLIC NOTICE OF SPECIAL MEETING OF THE", 150, 700, 14, True),
            ("ILLINOIS FINANCE AUTHORITY", 150, 684, 14, True),
            ("______________________________________", 150, 668, 14, True),
        ]
    )
    assert structure(notice).title == (
        "PUBLIC NOTICE OF SPECIAL MEETING OF THE ILLINOIS FINANCE AUTHORITY"
    )


def test_official_journal_notes_labelled_in_brackets() -> None:
    """The EU's Official Journal labels its notes "(1)", "(2)" in small print under the text
    (and numbers its recitals "(1)" in the text's own size): two pages, a note on each, the
    numbering carried on; a delegated regulation is no report for its notes."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    body = "Article 6 of Regulation (EU) 2019/2144 requires motor vehicles of categories M and N"
    lines = [
        Line("COMMISSION DELEGATED REGULATION (EU) 2021/1341", 1, 140, 720, 460, 730, 9.6, True),
        Line("(1) " + body, 1, 68, 690, 527, 700, 9.6),
    ]
    for page in (1, 2):
        lines += [Line(body, page, 68, 660 - 14 * i, 527, 670 - 14 * i, 9.6) for i in range(20)]
    lines.append(Line("(1) OJ L 325, 16.12.2019, p. 1.", 1, 68, 50, 173, 58, 8.5))
    lines.append(
        Line("(2) Regulation (EU) 2018/858 of the European Parliament", 2, 68, 69, 520, 77, 8.5)
    )
    layout = pdf_layout.analyse(_page_of(lines, pages=2))
    assert [(n.label, n.page) for n in layout.footnotes] == [("1", 1), ("2", 2)]
    assert layout.footnotes[0].text == "OJ L 325, 16.12.2019, p. 1."
    assert structure(_page_of(lines, pages=2)).kind is DocumentKind.other


@pytest.mark.parametrize(
    "first",
    [
        # an excerpt whose first page starts inside a paragraph, set bold in a sidebar
        [("quarters had a disability in 2010. Were this population", 52, 732, 14, True)],
        # a sentence leading into the table under it
        [
            (
                "Au cours de sa réunion, le Bureau a pris acte des déclarations établies comme suit :",
                50,
                767,
                14,
                True,
            )
        ],
        # an OCR layer's word groups, each in a size of its own: the largest two words
        [("houden. Benodigd", 70, 700, 14, False)],
    ],
)
def test_running_text_printed_large_is_no_title(first) -> None:  # type: ignore[no-untyped-def]
    doc = structure(_cover([*first, ("Nom Prénom Groupe politique", 46, 703, 10, False)]))
    assert doc.title is None


def test_a_title_may_open_with_a_name_in_lower_case() -> None:
    doc = structure(_cover([("eIDAS and the wallet: the architecture", 100, 700, 24, True)]))
    assert doc.title == "eIDAS and the wallet: the architecture"


def test_bulleted_items_of_any_pdf_are_list_items() -> None:
    """A report's bulleted lines, with bullets printed (•) or drawn from a symbol font (the text
    layer's U+F0D8, Wingdings' arrowhead), and items lettered "a)": list items, marks taken
    off, letters kept as the item's number; a line opening with "≥" (Symbol's U+F0B3) is text."""
    from govdocs.document import Line

    body = "The measures set out in this proposal are proportionate to the objectives pursued."
    texts = [
        body,
        "\uf0d8 FL150 (rond of op FL150)",
        "\uf0d8 SFC/FL100 (tussen het aardoppervlak en FL100)",
        body,
        "• Existing budget lines",
        "a) a new action following a pilot project",
        body,
        "\uf0b3 2.500 euro per aanvraag, for every applicant of the scheme in the year.",
    ]
    lines = [
        Line(text, 1, 72, 700 - 30 * i, 520, 712 - 30 * i, 12.0) for i, text in enumerate(texts)
    ]
    doc = structure(_page_of(lines))
    items = [(b.text, b.number) for b in doc.blocks if b.type is BlockType.list_item]
    assert items == [
        ("FL150 (rond of op FL150)", None),
        ("SFC/FL100 (tussen het aardoppervlak en FL100)", None),
        ("Existing budget lines", None),
        ("a new action following a pilot project", "a"),
    ]
    assert doc.blocks[-1].type is BlockType.paragraph


def test_a_date_label_without_its_colon_before_a_date_in_figures() -> None:
    """A report's inner title page: "DATUM 1-6-2026" (no colon) dates it."""
    doc = structure(
        _cover(
            [
                ("Evaluatie Gemeenteraadsverkiezingen 2026", 71, 294, 26, False),
                ("Janine Mulder, Ruben Pilon en Otto Schimmel", 71, 183, 14, False),
                ("DATUM 1-6-2026", 71, 119, 10.6, False),
            ]
        )
    )
    assert (doc.date, doc.date_precision) == ("2026-06-01", DatePrecision.day)


def test_a_piece_of_a_running_header_held_apart_on_some_pages_is_furniture() -> None:
    """The Official Journal's header: "16.8.2021 EN" as one line on most pages, "EN" apart from
    the date on three of twelve (too few to repeat on its own): the lone "EN" goes with the
    header, not into the text."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    body = "The measures set out in this proposal are proportionate to the objectives pursued."
    lines: list[Line] = []
    for page in range(1, 13):
        lines.append(Line("Official Journal of the European Union", page, 223, 784, 372, 793, 9.6))
        lines.append(Line(f"L 292/{page + 3}", page, 522, 784, 552, 793, 9.6))
        if page in (1, 3, 5):
            lines.append(Line("EN", page, 120, 784, 130, 793, 9.1))
            lines.append(Line("16.8.2021", page, 42, 784, 100, 793, 9.6))
        else:
            lines.append(Line("16.8.2021 EN", page, 42, 784, 130, 793, 9.6))
        lines += [Line(body, page, 68, 700 - 14 * i, 527, 710 - 14 * i, 9.6) for i in range(20)]
    layout = pdf_layout.analyse(_page_of(lines, pages=12))
    assert not any(line.text == "EN" for p in layout.paragraphs for line in p.lines)
    assert sum(line.text == "EN" for line in layout.furniture) == 3


def test_an_acts_recitals_lead_is_no_title_however_large() -> None:
    """A Greek act sets its recitals' lead-in ("Έχοντας υπόψη:", having regard to) in bold a
    point larger than its own genre line: the lead-in is never the title."""
    from govdocs.document import Line

    text = "Την παράγραφο 1 του άρθρου 44 του Συντάγματος και την πρόταση του Υπουργικού."
    lines = [
        Line("ΠΡΑΞΗ ΝΟΜΟΘΕΤΙΚΟΥ ΠΕΡΙΕΧΟΜΕΝΟΥ", 1, 189, 760, 406, 771, 11.0, bold=True),
        Line(
            "«Ρύθμιση κατεπειγόντων θεμάτων των Υπουργείων»", 1, 91, 748, 504, 758, 10.0, bold=True
        ),
        Line("Έχοντας υπόψη:", 1, 90, 503, 186, 515, 12.0, bold=True),
        *[Line(text, 1, 90, 482 - 20 * i, 505, 494 - 20 * i, 12.0) for i in range(20)],
    ]
    assert structure(_page_of(lines)).title != "Έχοντας υπόψη:"


def test_a_numbered_running_header_over_a_narrow_text_block_is_furniture() -> None:
    """A bill printed in a narrow block in the middle of the paper: its running header ("H. R.
    1904—2") stands at three quarters of the page's height, far from the bands, but it is the
    first line of every page's text and repeats there once its number is masked. The first
    line of the text that repeats as words only (a refrain) stays."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    body = "The term Indian tribe has the meaning given the term in section 4 of the Act."
    lines: list[Line] = []
    for page in range(1, 9):
        lines.append(Line(f"H. R. 1904—{page}", page, 281, 618, 343, 628, 10.0))
        lines += [Line(body, page, 173, 590 - 12 * i, 471, 600 - 12 * i, 10.0) for i in range(30)]
    layout = pdf_layout.analyse(_page_of(lines, pages=8))
    assert sum(line.text.startswith("H. R. 1904") for line in layout.furniture) == 8
    assert not any("H. R." in line.text for p in layout.paragraphs for line in p.lines)
    # a first line without a number, repeated the same at the top of each page, is text
    lines = [ln for ln in lines if not ln.text.startswith("H. R.")]
    refrain = [Line("We shall overcome.", page, 173, 618, 343, 628, 10.0) for page in range(1, 9)]
    layout = pdf_layout.analyse(_page_of(refrain + lines, pages=8))
    assert (
        sum(line.text == "We shall overcome." for p in layout.paragraphs for line in p.lines) == 8
    )
    # nor is a numbered heading opening three pages of the eight ("RÉALISATIONS 2021-2022 POUR
    # L'AXE 1:"), at the same height on each
    axes = [
        Line(f"RESULTS 2021-2022 FOR AXIS {n}:", page, 173, 618, 343, 628, 10.0)
        for n, page in enumerate((2, 5, 7), 1)
    ]
    layout = pdf_layout.analyse(_page_of(axes + lines, pages=8))
    held = [line.text for p in layout.paragraphs for line in p.lines]
    assert sum(text.startswith("RESULTS 2021-2022") for text in held) == 3


def test_a_chapters_name_as_the_running_header_of_its_pages_is_furniture() -> None:
    """A guide names the chapter in the header of its pages ("Introduction" on the pages of
    chapter 1, "ESig APIs" on those of chapter 2), set apart over the text at one height, on
    the left of even pages and the right of odd ones: each name is on a few pages only, but
    the header's place holds such a line on most pages. A chapter's own heading, opening its
    first page once, is text."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    body = "The table below summarizes technical information about the signature component."
    lines: list[Line] = []
    chapters = {1: "Introduction", 5: "ESig APIs", 9: "Using the Sample Applications"}
    name = ""
    for page in range(1, 13):
        if page in chapters:
            name = chapters[page]
            lines.append(Line(f"{page // 4 + 1} {name}", page, 90, 703, 300, 721, 18.0, bold=True))
        else:
            x = 90 if page % 2 == 0 else 469
            lines.append(Line(name, page, x, 796, x + 60, 807, 11.0))
        lines += [Line(body, page, 90, 680 - 14 * i, 520, 691 - 14 * i, 11.0) for i in range(30)]
    layout = pdf_layout.analyse(_page_of(lines, pages=12))
    held = [line.text for p in layout.paragraphs for line in p.lines]
    assert not any(text in held for text in chapters.values())
    assert sum(line.text in chapters.values() for line in layout.furniture) == 9
    assert [t for t in held if t[:1].isdigit()] == [
        "1 Introduction",
        "2 ESig APIs",
        "3 Using the Sample Applications",
    ]


def test_the_running_header_of_a_page_turned_to_landscape_is_furniture() -> None:
    """A report's landscape pages (wide tables) print the running header at their own top,
    lower than on the upright pages and below the band there; the same header text, in its
    style, is furniture on them too. On an upright page that line would be text."""
    from govdocs.document import Line, RawDocument
    from govdocs.models import SourceFormat
    from govdocs.structure import pdf_layout

    body = "The model estimates the number of cases detected under each monitoring option."
    header = "Cattle TSE Monitoring Model (C-TSEMM)"
    lines: list[Line] = []
    sizes: list[tuple[float, float]] = []
    for page in range(1, 11):
        landscape = page in (4, 5, 6)
        sizes.append((842.0, 595.0) if landscape else (595.0, 842.0))
        top = 528.0 if landscape else 775.0
        lines.append(Line(header, page, 338, top, 513, top + 10, 10.0))
        lines += [
            Line(body, page, 70, top - 40 - 14 * i, 520, top - 30 - 14 * i, 10.0) for i in range(25)
        ]
    raw = RawDocument(
        path=Path("report.pdf"), sha256="0" * 64, size=1, format=SourceFormat.pdf,
        media_type="application/pdf", reader="pdf/test", lines=lines, pages=10, page_sizes=sizes,
    )  # fmt: skip
    layout = pdf_layout.analyse(raw)
    assert not any(line.text == header for p in layout.paragraphs for line in p.lines)
    assert sum(line.text == header for line in layout.furniture) == 10


def test_a_running_head_of_several_lines_reaching_out_of_the_band_is_furniture() -> None:
    """A guide's title run down the top of every page in display type ("MAKING" / "DAVIS-
    BACON" / "WORK"): its last line stands below the top band, but it repeats at its height on
    the same pages, stacked under the running lines in their size and margin."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    body = "The contractor must pay the prevailing wage rates to all laborers and mechanics."
    lines: list[Line] = []
    for page in range(1, 9):
        for text, y in (("MAKING", 800.4), ("DAVIS-BACON", 778.3), ("WORK", 748.3)):
            lines.append(Line(text, page, 33, y, 33 + 8 * len(text), y + 22, 22.0, bold=True))
        lines += [Line(body, page, 231, 680 - 14 * i, 571, 690 - 14 * i, 11.0) for i in range(30)]
    layout = pdf_layout.analyse(_page_of(lines, pages=8))
    held = [line.text for p in layout.paragraphs for line in p.lines]
    assert not any(text in held for text in ("MAKING", "DAVIS-BACON", "WORK"))
    assert sum(line.text == "WORK" for line in layout.furniture) == 8
    # a letter printed again and again in one file: a sentence stacked over a line the bands
    # take for a running one (it holds a number) is text all the same
    letter = "de mogelijkheid om hun zienswijze toe te lichten en in gesprek te gaan met de"
    lines = []
    for page in range(1, 9):
        lines.append(Line(letter, page, 96, 113, 534, 122, 8.5))
        lines.append(
            Line(
                "ambtenaren. Hiervan hebben 20 indieners gebruik gemaakt.",
                page,
                96,
                101,
                530,
                110,
                8.5,
            )
        )
        lines += [Line(body, page, 96, 680 - 12 * i, 540, 689 - 12 * i, 8.5) for i in range(30)]
    layout = pdf_layout.analyse(_page_of(lines, pages=8))
    assert sum(line.text == letter for p in layout.paragraphs for line in p.lines) == 8


def test_a_cover_dated_beside_its_label_in_ocr_word_groups() -> None:
    """An OCR'd cover prints the date beside "Datum" as word groups of their own sizes and
    baselines ("13" | "juli" | "2021"): the groups are read as one value."""
    from govdocs.document import Line

    body = "The measures set out in this proposal are proportionate to the objectives pursued."
    lines = [
        Line("Inkoopstrategie", 1, 216, 642, 368, 662, 20.3),
        Line("Rattenvallen hoofdriool", 1, 165, 612, 419, 633, 21.5),
        Line("Datum", 1, 77, 293, 102, 303, 10.0),
        Line("13", 1, 289, 293, 295.7, 300, 6.7),
        Line("juli", 1, 302, 291, 311.6, 296, 4.8),
        Line("2021", 1, 317, 293, 333.8, 301, 8.4),
        *[Line(body, 2, 72, 700 - 14 * i, 520, 710 - 14 * i, 10.0) for i in range(30)],
    ]
    from govdocs.structure.pdf_document import document_date

    raw = _page_of(lines, pages=2)
    assert document_date(raw) == ("2021-07-13", DatePrecision.day)
    assert structure(raw).date == "2021-07-13"


def test_a_senders_logotype_in_lower_case_is_no_title() -> None:
    """A cover whose largest text is the sender's logotype in lower case ("spaarne" over
    "landen"): the title is the display run under it; a genre label set in lower case stays a
    candidate (it names the by-law under it)."""
    doc = structure(
        _cover(
            [
                ("spaarne", 70, 782, 28.5, False),
                ("landen", 128, 741, 39.1, False),
                ("Inkoopstrategie", 216, 642, 20.3, False),
                ("Rattenvallen hoofdriool", 165, 612, 21.5, False),
            ]
        )
    )
    assert doc.title == "Inkoopstrategie Rattenvallen hoofdriool"
    from govdocs.structure.pdf_document import _logotype

    assert _logotype("spaarne") and not _logotype("verordening") and not _logotype("eIDAS")


@pytest.mark.parametrize(
    ("line", "act"),
    [
        ("COMMISSION DELEGATED REGULATION (EU) 2021/1341", True),
        ("Commission Implementing Decision of 18 May 2017", True),
        ("Verordening van de raad van de gemeente Heerlen", True),
        ("Directive (UE) 2022/2555 du Parlement européen", True),
        # a brochure's cover naming the directive it explains is no act
        ("Directive NIS 2", False),
    ],
)
def test_an_acts_genre_word_stands_alone_or_before_its_number(line: str, act: bool) -> None:
    from govdocs.structure.pdf_document import _OTHER_GENRE

    assert bool(_OTHER_GENRE.match(line)) is act


def test_lone_small_lines_at_the_right_past_the_first_page_are_text() -> None:
    """Past the first page the letterhead column is a column (its small lines share a left
    edge). A French act's signatories print their names in small capitals at the right, each
    where its office ends: text, not letterhead, so nothing of the signature is lost."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    body = (
        "Le présent décret entre en vigueur le 1er janvier 2017 à l’exception du I de l’article 3."
    )
    lines = [Line(body, 1, 50, 700 - 14 * i, 545, 710 - 14 * i, 10.8) for i in range(30)]
    lines += [Line(body, 2, 50, 700 - 14 * i, 545, 710 - 14 * i, 10.8) for i in range(8)]
    lines += [
        Line("Fait le 28 juillet 2016.", 2, 60, 598, 159, 609, 10.8),
        Line("MANUEL VALLS", 2, 459, 586, 524, 593, 7.5),
        Line("Le garde des sceaux,", 2, 451, 517, 543, 528, 10.8),
        Line("JEAN-JACQUES URVOAS", 2, 451, 494, 545, 501, 7.5),
        # a continuation page's letterhead column: small lines on one left edge
        Line("Datum", 2, 467, 760, 490, 767, 6.5),
        Line("3 februari 2023", 2, 467, 750, 520, 757, 6.5),
    ]
    layout = pdf_layout.analyse(_page_of(lines, pages=2), side_text=True)
    text = [line.text for p in layout.paragraphs for line in p.lines]
    assert "MANUEL VALLS" in text and "JEAN-JACQUES URVOAS" in text
    assert [line.text for line in layout.sidebar] == ["Datum", "3 februari 2023"]


def test_typewritten_notes_under_a_rule_of_underscores() -> None:
    """A typewritten UN resolution: notes in the text's own size under a rule typed with
    underscores, labelled "1/"; the rule goes with the page's furniture, the notes count on
    across pages."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    body = "Rappelant les résolutions pertinentes du Conseil de sécurité ainsi que ses propres"
    lines: list[Line] = []
    for page, label in (
        (1, "1/ A/42/521-S/19085, annexe."),
        (2, "2/ A/46/829-S/23310, annexe III."),
    ):
        lines += [Line(body, page, 72, 700 - 10 * i, 527, 710 - 10 * i, 10.0) for i in range(40)]
        lines.append(Line("____________", page, 72, 130, 144, 140, 10.0))
        lines.append(Line(label, page, 108, 110, 292, 120, 10.0))
    layout = pdf_layout.analyse(_page_of(lines, pages=2))
    assert [(n.label, n.text) for n in layout.footnotes] == [
        ("1", "A/42/521-S/19085, annexe."),
        ("2", "A/46/829-S/23310, annexe III."),
    ]
    assert not any("____" in line.text for p in layout.paragraphs for line in p.lines)


def test_a_series_mark_and_a_status_line_are_no_part_of_the_title() -> None:
    """A cover whose largest text is the organisation's mark ("ITU-T", printed again in
    "ITU-T Recommendation T.6") is titled by its next display run; a line stating the
    version's status under the title ("Rapport final") is left out of it."""
    from govdocs.document import Line
    from govdocs.structure import structure

    body: list[Line] = []
    cover = [
        Line("INTERNATIONAL TELECOMMUNICATION UNION", 1, 123, 736, 451, 750, 14.0),
        Line("ITU-T", 1, 125, 590, 225, 626, 36.0, bold=True),
        Line("FACSIMILE CODING SCHEMES AND CODING", 1, 125, 222, 533, 240, 18.0, bold=True),
        Line("CONTROL FUNCTIONS", 1, 125, 201, 468, 219, 18.0, bold=True),
        Line("ITU-T Recommendation T.6", 1, 125, 122, 341, 138, 16.0, bold=True),
        *body,
    ]
    doc = structure(_page_of(cover))
    assert doc.title == "FACSIMILE CODING SCHEMES AND CODING CONTROL FUNCTIONS"
    report = [
        Line("Plan directeur de transport actif", 1, 71, 584, 512, 622, 38.0),
        Line("de la municipalité de Chelsea", 1, 71, 541, 480, 579, 38.0),
        Line("Rapport final", 1, 71, 480, 154, 498, 18.0),
        *[
            Line(
                "Le plan propose des aménagements pour la marche et le vélo.",
                1,
                71,
                y,
                500,
                y + 11,
                11.0,
            )
            for y in range(400, 100, -14)
        ],
    ]
    assert structure(_page_of(report)).title == (
        "Plan directeur de transport actif de la municipalité de Chelsea"
    )


def _centred(text: str, y: float, size: float, bold: bool = False, width: float = 612.0):  # type: ignore[no-untyped-def]
    from govdocs.document import Line

    half = 2.6 * size * len(text) / 5
    return Line(text, 1, width / 2 - half, y, width / 2 + half, y + size, size, bold=bold)


def test_a_meeting_records_centred_head_is_its_title_and_dates_it() -> None:
    """The centred head of an agenda or minutes: the line naming the genre with the centred
    display lines set close above and under it, up to the meeting's date, time or place
    alone; a line naming the sitting with its date is part of it, and dates the record."""
    from govdocs.document import Line
    from govdocs.structure import structure

    text = "The meeting was called to order by the Chair and the minutes were approved."
    body = [Line(text, 1, 72, 500 - 14 * i, 540, 510 - 14 * i, 11.0) for i in range(20)]
    agenda = [
        Line("Next Resolution No. 2022-38", 1, 72, 616, 233, 628, 12.0, bold=True),
        _centred("AGENDA", 572, 12.0, True),
        _centred("REGULAR MEETING", 558, 12.0, True),
        _centred("LOMITA CITY COUNCIL", 544, 12.0, True),
        _centred("TUESDAY, DECEMBER 6, 2022", 530, 12.0, True),
        _centred("6:00 P.M.", 516, 12.0, True),
        *body,
    ]
    doc = structure(_page_of(agenda))
    assert doc.title == "AGENDA REGULAR MEETING LOMITA CITY COUNCIL"
    minutes = [
        Line("DEPARTEMENT DE LOIRE-ATLANTIQUE", 1, 80, 802, 309, 814, 12.0, bold=True),
        _centred("CONSEIL MUNICIPAL", 723, 16.0, True),
        _centred("SEANCE DU 17 AVRIL 2013 A 20H30", 705, 16.0, True),
        Line("Date de convocation : 10 avril 2013", 1, 72, 680, 300, 691, 11.0),
        *body,
    ]
    doc = structure(_page_of(minutes))
    assert doc.title == "CONSEIL MUNICIPAL SEANCE DU 17 AVRIL 2013 A 20H30"
    assert doc.date == "2013-04-17"  # the sitting's, not the convocation's
    # the body's name set apart above the head (a wider gap than the head's leading) is not
    # part of it
    board = [
        _centred("CUPERTINO UNION SCHOOL DISTRICT", 716, 12.0, True),
        _centred("Board of Education", 686, 13.9, True),
        _centred("Special Meeting", 670, 13.9, True),
        _centred("AGENDA", 654, 13.9, True),
        *body,
    ]
    assert structure(_page_of(board)).title == "Board of Education Special Meeting AGENDA"


def test_a_title_set_flush_right_is_joined_and_offices_over_names_sign() -> None:
    """Title lines set flush right (one right edge, left edges far apart) are one title; a
    paragraph of two rows, offices side by side over their names, is a signature."""
    from govdocs.document import Line
    from govdocs.structure import structure
    from govdocs.structure.signatures import Placed, signature_spans

    text = "Le rapport présente les actions menées par la collectivité cette année."
    cover = [
        Line("RAPPORT DE", 1, 365, 625, 562.7, 665, 40.4, bold=True),
        Line("DÉVELOPPEMENT DURABLE", 1, 136, 577, 562.7, 617, 40.4, bold=True),
        *[Line(text, 1, 72, 400 - 14 * i, 520, 410 - 14 * i, 10.0) for i in range(20)],
    ]
    assert structure(_page_of(cover)).title == "RAPPORT DE DÉVELOPPEMENT DURABLE"
    paras = [
        [Placed("1-4 Finances / Tarif forfaitaire en cas de perte, vol ou casse", 5, 85, 601, 538)],
        [
            Placed("La Maire,", 5, 115, 530, 156),
            Placed("Le Secrétaire de séance", 5, 400, 530, 508),
            Placed("Anne-Sophie GUICHET", 5, 87, 519, 192),
            Placed("Fabrice BERJONNEAU", 5, 403, 519, 507),
        ],
    ]
    ((_, _, who),) = signature_spans(paras)
    assert [(s.role, s.name) for s in who] == [
        ("Maire", "Anne-Sophie GUICHET"),
        ("Secrétaire de séance", "Fabrice BERJONNEAU"),
    ]


def test_a_reports_genre_and_month_set_apart_under_its_title_are_no_part_of_it() -> None:
    """A cover's title in large type, then, set apart in the same type, the genre alone and the
    month of issue: the title is the run above them. A compound's hyphen at a line end
    ("btw-" / "identificatienummers") is kept; a date that ends the title at its own leading
    ("van woensdag 26" / "oktober 2016") is part of it."""
    from govdocs.document import Line
    from govdocs.structure import structure

    text = "De Autoriteit Persoonsgegevens heeft onderzoek gedaan naar de verwerking."
    body = [Line(text, 2, 85, 760 - 14 * i, 520, 770 - 14 * i, 11.0) for i in range(30)]
    cover = [
        Line("Onderzoek naar de", 1, 99, 596, 396, 638, 42.0),
        Line("verwerking van BSN in btw-", 1, 99, 551, 538, 593, 42.0),
        Line("identificatienummers door", 1, 99, 506, 525, 548, 42.0),
        Line("de Belastingdienst", 1, 99, 461, 392, 503, 42.0),
        Line("Onderzoeksrapport", 1, 99, 364, 408, 406, 42.0),
        Line("Juni 2018", 1, 99, 263, 237, 305, 42.0),
        *body,
    ]
    assert structure(_page_of(cover, pages=2)).title == (
        "Onderzoek naar de verwerking van BSN in btw-identificatienummers door de Belastingdienst"
    )
    listed = [
        Line(
            "Besluitenlijst van de procedurevergadering van woensdag 26",
            1,
            71,
            760,
            520,
            774,
            14.0,
            bold=True,
        ),
        Line("oktober 2016", 1, 71, 743, 180, 757, 14.0, bold=True),
        *[Line(text, 1, 71, 700 - 14 * i, 520, 710 - 14 * i, 11.0) for i in range(20)],
    ]
    assert structure(_page_of(listed)).title == (
        "Besluitenlijst van de procedurevergadering van woensdag 26 oktober 2016"
    )


def test_a_page_in_one_size_is_titled_by_a_centred_line_in_capitals_over_its_text() -> None:
    """A decision set in one size and weight: the line centred in capitals right over the
    running text is its title; a masthead in capitals over an address is none."""
    from govdocs.document import Line
    from govdocs.structure import structure

    text = "En el procedimiento sancionador instruido por la Agencia, ante el reclamado, por infracción."
    body = [Line(text, 1, 85, 643 - 13 * i, 510, 654 - 13 * i, 11.0) for i in range(25)]
    decision = [
        Line("Procedimiento Nº: PS/00073/2020", 1, 103, 691, 288, 702, 11.0),
        Line("RESOLUCIÓN DE PROCEDIMIENTO SANCIONADOR", 1, 162, 668, 433, 679, 11.0),
        *body,
    ]
    assert structure(_page_of(decision)).title == "RESOLUCIÓN DE PROCEDIMIENTO SANCIONADOR"
    masthead = [
        Line("EXECUTIVE OFFICE OF THE PRESIDENT", 1, 180, 740, 415, 751, 11.0),
        Line("WASHINGTON, D.C. 20503", 1, 225, 726, 370, 737, 11.0),
        *body,
    ]
    assert structure(_page_of(masthead)).title is None


def test_notes_labelled_with_a_full_stop_that_go_on_from_the_notes_before() -> None:
    """ICAO's documents label their notes "1.", "2." in small print under the text, the text
    printing each number raised: notes, numbered on over the pages. A small-print list under
    the text that starts at "3." with no notes before it goes on from nothing, and one whose
    numbers the text does not print raised answers no mark: no notes."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    body = "Emergency travel documents are issued to persons who must travel without delay."
    lines: list[Line] = []
    for page in (1, 2, 3):
        marked = body + str(page)
        lines.append(
            Line(marked, page, 66, 674, 546, 684, 10.0, superscripts=((len(body), len(marked)),))
        )
        lines += [Line(body, page, 66, 660 - 14 * i, 546, 670 - 14 * i, 10.0) for i in range(20)]
    lines.append(
        Line("1. See ICAO/UNHCR Guide for Issuing Travel Documents.", 1, 66, 90, 520, 98, 8)
    )
    lines.append(
        Line("2. 96/409/CSFP: Decision of the Representatives of the", 2, 66, 99, 546, 107, 8)
    )
    lines.append(Line("Member States on an emergency travel document.", 2, 66, 90, 313, 98, 8))
    lines.append(Line("3. ETDs may be issued from a number of locations.", 3, 66, 90, 347, 98, 8))
    layout = pdf_layout.analyse(_page_of(lines, pages=3))
    assert [(n.label, n.page) for n in layout.footnotes] == [("1", 1), ("2", 2), ("3", 3)]
    assert layout.footnotes[1].text == (
        "96/409/CSFP: Decision of the Representatives of the Member States on an emergency "
        "travel document."
    )
    alone = [line for line in lines if not line.text.startswith(("1.", "2.", "Member"))]
    assert pdf_layout.analyse(_page_of(alone, pages=3)).footnotes == []
    unmarked = [replace(line, superscripts=()) for line in lines]
    assert pdf_layout.analyse(_page_of(unmarked, pages=3)).footnotes == []


def test_a_long_note_in_the_texts_size_under_double_spaced_text() -> None:
    """A court's opinion: the text double-spaced (33 pt apart), a note of four lines in the
    text's own size under it set single-spaced (16.5 pt), its label raised like the mark in the
    text. Closer set than the text, four lines is a note; under single-spaced text, where a
    note's run-on lines cannot be told from text by their leading, it is not."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    text = "the remaining issues for decision are whether the taxpayer was at risk in 2008"

    def page(text_leading: float) -> list[Line]:
        lines = [
            Line(text, 1, 72, 700 - text_leading * i, 520, 714 - text_leading * i, 14.0)
            for i in range(8)
        ]
        marked = "After concessions by the parties,3 the remaining issues are:"
        lines.append(Line(marked, 1, 108, 380, 507, 394, 14.0, superscripts=((33, 34),)))
        note = [
            "3The parties have stipulated that: (1) Mr. Bordelon is liable for the addition",
            "to tax under section 6651(a)(1) for taxable year 2010; (2) for taxable year 2008,",
            "the adjustment for bad debt deduction is $1,188,109; and (3) neither of the",
            "Bordelons is liable for the accuracy-related penalties for any of the years.",
        ]
        for i, line in enumerate(note):
            raised = ((0, 1),) if i == 0 else ()
            lines.append(
                Line(line, 1, 72, 125 - 16.5 * i, 534, 139 - 16.5 * i, 14.0, superscripts=raised)
            )
        return lines

    found = pdf_layout.analyse(_page_of(page(33.0))).footnotes
    assert [n.label for n in found] == ["3"]
    assert found[0].text.endswith("for any of the years.")
    assert pdf_layout.analyse(_page_of(page(16.5))).footnotes == []


def test_a_title_is_not_cut_inside_a_word_broken_over_its_lines() -> None:
    # the name of an advisory board opens the title, but breaks at "PEOPLE-": the title's
    # first lines are no sender's masthead standing over it
    raw = _cover(
        [
            ("INNOVATORS’ STRATEGIC", 113, 462, 31.9, True),
            ("ADVISORY BOARD ON PEOPLE-", 113, 423, 31.9, True),
            ("CENTERED INNOVATION TO G7", 113, 384, 31.9, True),
            ("LEADERS", 113, 345, 31.9, True),
            ("PREAMBLE", 113, 284, 15.8, True),
        ]
    )
    assert structure(raw).title == (
        "INNOVATORS’ STRATEGIC ADVISORY BOARD ON PEOPLE-CENTERED INNOVATION TO G7 LEADERS"
    )


def test_a_title_under_the_senders_name_runs_on_to_the_end_of_its_phrase() -> None:
    from govdocs.document import Line

    raw = _cover([], pages=1)
    text = "The Committee welcomes the review and the attention it gives to audiences in Wales."
    raw.lines[:] = [
        Line("Ofcom Advisory Committee for Wales", 1, 211, 749, 383, 760, 11.0, True),
        Line(
            "Consultation Response: Terms of Reference, Ofcom’s Thematic Review of "
            "Representation and",
            1, 72, 734, 498, 745, 11.0, True,
        ),
        Line("Portrayal on the BBC.", 1, 72, 720, 169, 731, 11.0, True),
        Line(
            "The Ofcom Advisory Committee for Wales (ACW) welcomes this opportunity to "
            "comment on the",
            1, 72, 691, 501, 702, 11.0,
        ),
        *(Line(text, 1, 72, 676 - 14.5 * i, 510, 687 - 14.5 * i, 11.0) for i in range(30)),
    ]  # fmt: skip
    assert structure(raw).title == (
        "Consultation Response: Terms of Reference, Ofcom’s Thematic Review of Representation "
        "and Portrayal on the BBC."
    )


def test_a_meeting_title_leading_into_its_date_keeps_it() -> None:
    from govdocs.document import Line

    raw = _cover([], pages=1)
    item = "1. Resolution Authorizing the City Manager to Accept a Donation for the Library"
    raw.lines[:] = [
        Line(text, 1, x0, y0, x1, y0 + 12, 12.0, True)
        for text, x0, x1, y0 in [
            ("CALENDAR", 272.0, 339.8, 744.8),
            ("for", 298.4, 313.6, 717.2),
            ("REGULAR MEETING OF THE COUNCIL", 191.7, 419.9, 689.6),
            ("of the", 291.5, 320.4, 662.0),
            ("CITY OF LONG BEACH", 239.2, 372.6, 634.4),
            ("held", 295.0, 316.7, 606.8),
            ("MARCH 18, 2025", 260.2, 351.4, 579.2),
        ]
    ]
    raw.lines += [Line(item, 1, 144, 538 - 14 * i, 519, 550 - 14 * i, 12.0) for i in range(30)]
    raw.page_sizes[:] = [(612.0, 792.0)]
    assert structure(raw).title == (
        "CALENDAR for REGULAR MEETING OF THE COUNCIL of the CITY OF LONG BEACH held MARCH 18, 2025"
    )


def test_a_parliamentary_answer_is_titled_by_its_subject_and_dated_by_its_day() -> None:
    from govdocs.document import Line

    raw = _cover([], pages=1)
    text = "(a) whether the Government has been computing the total greenhouse gas emissions;"
    head = [
        ("GOVERNMENT OF INDIA", 226.0, 386.0, 728.4),
        ("MINISTRY OF CONSUMER AFFAIRS, FOOD & PUBLIC DISTRIBUTION", 82.2, 526.9, 711.0),
        ("LOK SABHA", 266.7, 345.3, 669.9),
        ("STARRED QUESTION NO. *1", 209.0, 400.9, 650.5),
        ("TO BE ANSWERED ON 21ST JULY, 2015", 195.6, 414.3, 631.1),
        ("PUBLIC DISTRIBUTION SYSTEM", 242.0, 369.1, 592.2),
        ("*1. DR. BOORA NARSAIAH GOUD:", 72.0, 359.3, 551.1),
    ]
    raw.lines[:] = [Line(t, 1, x0, y0, x1, y0 + 12, 12.0, True) for t, x0, x1, y0 in head]
    raw.lines += [Line(text, 1, 76, 512 - 20 * i, 539, 524 - 20 * i, 12.0) for i in range(20)]
    doc = structure(raw)
    assert doc.title == "PUBLIC DISTRIBUTION SYSTEM"
    assert doc.date == "2015-07-21"


def test_continuation_marks_of_south_asian_papers_are_page_numbers() -> None:
    from govdocs.structure.pdf_layout import is_page_number

    assert is_page_number("....2/-") and is_page_number("..2..") and is_page_number("…3/-")
    assert not is_page_number("....2 of the Act") and not is_page_number("2/- Rs")


def test_a_polish_act_in_the_journal_named_dated_signed_and_its_note_read() -> None:
    from govdocs.document import Line

    raw = _cover([], pages=1)
    text = "§ 1. W rozporządzeniu Ministra Zdrowia wprowadza się następujące zmiany w pkt 9 i 12."
    raw.lines[:] = [
        Line("DZIENNIK USTAW", 1, 137.9, 765.0, 538.0, 811.4, 46.4, True),
        Line("RZECZYPOSPOLITEJ POLSKIEJ", 1, 137.9, 724.2, 538.4, 751.2, 27.0, True),
        Line("Warszawa, dnia 5 lutego 2015 r.", 1, 206.8, 674.2, 387.5, 688.2, 14.0, True),
        Line("Poz. 182", 1, 273.1, 646.2, 321.6, 660.2, 14.0, True),
        Line("ROZPORZĄDZENIE", 1, 243.0, 606.8, 350.5, 616.8, 10.0, True),
        Line("MINISTRA ZDROWIA1)", 1, 235.1, 591.8, 359.9, 601.8, 10.0, True,
             superscripts=((16, 18),)),
        Line("z dnia 28 stycznia 2015 r.", 1, 246.7, 573.8, 347.7, 583.8, 10.0),
        Line("zmieniające rozporządzenie w sprawie obowiązkowych szczepień ochronnych",
             1, 132.6, 549.9, 462.0, 559.9, 10.0, True),
        *[Line(text, 1, 51, 519 - 12 * i, 543, 529 - 12 * i, 10.0) for i in range(25)],
        Line("Minister Zdrowia: B.A. Arłukowicz", 1, 403.9, 200.0, 544.2, 210.0, 10.0),
        Line("1) Minister Zdrowia kieruje działem administracji rządowej – zdrowie.",
             1, 51.0, 75.4, 544.1, 84.4, 9.0, superscripts=((0, 2),)),
    ]  # fmt: skip
    doc = structure(raw)
    assert doc.title == (
        "ROZPORZĄDZENIE MINISTRA ZDROWIA z dnia 28 stycznia 2015 r. zmieniające rozporządzenie "
        "w sprawie obowiązkowych szczepień ochronnych"
    )
    assert doc.date == "2015-01-28"  # the act's, not the journal's "Warszawa, dnia 5 lutego"
    signatories = getattr(doc.metadata, "signatories", [])
    assert [(s.role, s.name) for s in signatories] == [("Minister Zdrowia", "B.A. Arłukowicz")]
    assert [note.text for note in doc.footnotes] == [
        "Minister Zdrowia kieruje działem administracji rządowej – zdrowie."
    ]


def test_a_swedish_directive_dated_by_the_government_meeting_that_decided_it() -> None:
    from govdocs.document import Line

    raw = _cover([], pages=2)
    raw.lines[:0] = [
        Line("Kommittédirektiv", 1, 70.9, 760.9, 225.2, 780.9, 20.0, True),
        Line("Tilläggsdirektiv till Forskningsdatautredningen", 1, 70.9, 724.0, 317.8, 739.0, 15.0),
        Line("Beslut vid regeringssammanträde den 16 mars 2017", 1, 70.9, 652.8, 299.0, 663.8, 11.0),
        Line("Regeringen beslutade den 7 juli 2016 kommittédirektiv om uppdrag att bl.a. analysera",
             1, 70.9, 595.4, 354.4, 606.4, 11.0),
    ]  # fmt: skip
    assert structure(raw).date == "2017-03-16"


def test_a_directive_under_its_departments_name_and_address() -> None:
    # the department's name and address over the title, the word processor's title property
    # set to the department's name: the title is the directive's own
    raw = _cover(
        [
            ("Department of Veterans Affairs", 72, 744.8, 12, True),
            ("Washington, DC 20420", 72, 731.0, 12, True),
            ("December 1, 2008", 72, 717.2, 12, True),
            ("ACCESSIBLE ELECTRONIC AND INFORMATION TECHNOLOGY (EIT)", 109, 675.8, 12, True),
            ("1. REASON FOR ISSUE: This directive revises policy and assigns responsibility to",
             72, 634.5, 12, False),
        ],
        info={"title": "Department of Veterans Affairs"},
    )  # fmt: skip
    assert structure(raw).title == "ACCESSIBLE ELECTRONIC AND INFORMATION TECHNOLOGY (EIT)"


def test_a_federal_memorandum_from_two_senders_each_over_an_office() -> None:
    from govdocs.document import Line

    raw = _cover([], pages=1)
    text = "The Administration is committed to increasing transparency and improving access."
    head = [
        ("EXECUTIVE OFFICE OF THE PRESIDENT", 190.9, 438.0, 731.5),
        ("January 24, 2013", 264.8, 346.2, 671.0),
        ("MEMORANDUM FOR THE CHIEF ACQUISITION OFFICERS", 72.0, 391.4, 643.4),
        ("FROM:", 72.0, 108.3, 574.4),
        ("Joseph G. Jordan", 216.0, 298.1, 574.4),
        ("Administrator for Federal Procurement Policy", 216.0, 437.1, 560.6),
        ("Steven VanRoekel", 216.0, 305.2, 533.0),
        ("Chief Information Officer", 216.0, 340.6, 519.2),
        ("SUBJECT:", 72.0, 125.1, 491.6),
        ("Strategic Plan for Improving Management of Section 508", 216.0, 491.7, 491.6),
    ]
    raw.lines[:] = [Line(t, 1, x0, y0, x1, y0 + 12, 12.0) for t, x0, x1, y0 in head]
    raw.lines += [Line(text, 1, 72, 450 - 14 * i, 532, 462 - 14 * i, 12.0) for i in range(20)]
    meta = structure(raw).metadata
    assert [(s.role, s.name) for s in getattr(meta, "signatories", [])] == [
        ("Administrator for Federal Procurement Policy", "Joseph G. Jordan"),
        ("Chief Information Officer", "Steven VanRoekel"),
    ]


def test_a_version_written_with_an_underscore_is_no_part_of_the_title() -> None:
    raw = _cover(
        [
            ("OGD-RIS API Handbuch", 76, 628.8, 27.9, True),
            ("V2_6", 79, 596.7, 14.0, False),
            ("Wien, Mai 2024", 76, 82.2, 14.5, False),
        ]
    )
    assert structure(raw).title == "OGD-RIS API Handbuch"


def test_a_word_processors_unfilled_prompt_is_no_text() -> None:
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    text = "Kammarkollegiet har inte några synpunkter på de remitterade förslagen i betänkandet."
    lines = [
        Line("Klicka här för att ange ev avsändare.", 1, 95, 733, 254, 742, 9.0),
        Line("Klimat- och näringslivsdepartementet", 1, 332, 733, 499, 742, 9.0),
        *[Line(text, 1, 95, 475 - 14 * i, 497, 484 - 14 * i, 9.5) for i in range(10)],
    ]
    layout = pdf_layout.analyse(_page_of(lines))
    assert [line.text for line in layout.furniture] == ["Klicka här för att ange ev avsändare."]
    body = " ".join(line.text for p in layout.paragraphs for line in p.lines)
    assert "Klicka" not in body and "Klimat- och näringslivsdepartementet" in body


def test_a_title_in_title_case_ending_in_a_colon_is_a_title() -> None:
    raw = _cover(
        [
            ("Guidelines on the Use of", 213.8, 495.9, 20, True),
            ("Open Source Software:", 213.8, 471.5, 20, True),
            ("Architecture and Standards Branch", 213.8, 424.5, 18, True),
            ("March 2012", 213.8, 402.5, 18, True),
        ]
    )
    assert structure(raw).title == "Guidelines on the Use of Open Source Software"


def test_a_courts_opinion_is_no_report_however_long() -> None:
    from govdocs.document import Line

    raw = _cover([], pages=6)
    text = "The Red River Compact is a congressionally sanctioned agreement that allocates water."
    raw.lines[:0] = [
        Line("SUPREME COURT OF THE UNITED STATES", 1, 156, 577, 455, 591, 14.2, True),
        Line("Syllabus", 1, 288, 547, 323, 556, 9.0),
        Line("TARRANT REGIONAL WATER DISTRICT v. HERRMANN ET AL.", 1, 188, 521, 423, 532, 11.0),
        *[Line(text, 1, 156, 438 - 11 * i, 455, 447 - 11 * i, 9.0) for i in range(30)],
    ]
    headings = ["1. The Compact", "2. The Claim", "3. Conclusion"]
    for page, heading in zip(range(2, 5), headings, strict=True):
        # numbered headings, as a study has them
        raw.lines.append(Line(heading, page, 72, 760, 300, 774, 14.0, True))
    assert structure(raw).kind is DocumentKind.other
    # a report about a court, naming no genre of the court's own, stays a report
    raw.lines[1] = Line("Annual review", 1, 288, 547, 323, 556, 9.0)
    assert structure(raw).kind is DocumentKind.report


@pytest.mark.parametrize("genre", ["Kommittédirektiv", "Promemoria", "Forskrift", "Notat"])
def test_nordic_genres_named_on_the_cover_are_no_reports(genre: str) -> None:
    from govdocs.document import Line

    raw = _cover([], pages=4)
    raw.lines[:0] = [
        Line(genre, 1, 70.9, 760.9, 225.2, 780.9, 20.0, True),
        Line("Tilläggsdirektiv till Forskningsdatautredningen", 1, 70.9, 724.0, 317.8, 739.0, 15.0),
    ]
    for page, heading in zip(range(2, 5), ["1. Uppdraget", "2. Bakgrund", "3. Tid"], strict=True):
        raw.lines.append(Line(heading, page, 72, 760, 300, 774, 14.0, True))
    assert structure(raw).kind is DocumentKind.other


def test_a_closed_up_dash_at_a_line_end_runs_on_without_a_space() -> None:
    """Running text broken after a dash closed up to its word ("the park—" / "approved in
    2019") runs on without a space; a dash set apart keeps its space."""
    from govdocs.structure.pdf_layout import join_lines

    assert join_lines("approved the park—", "a mosaic bench", []) == (
        "approved the park—a mosaic bench"
    )
    assert join_lines("in de jaren 1990–", "2000", []) == "in de jaren 1990–2000"
    assert join_lines("het park –", "een bank", []) == "het park – een bank"


def test_a_protocol_stamp_turned_up_the_margin_of_every_page_is_furniture() -> None:
    """A registry's protocol stamp printed up the side margin of every page (its characters
    one above the other, so its box is far too narrow for them side by side) is page furniture,
    logged; turned text on one page of three (a brochure's tab, a chart's label) stays."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    text = "Il Presidente della Provincia decreta quanto segue per le elezioni provinciali"
    stamp = "COMUNE DI AVELLA - ACL8JP1 - REG_UFF_PROT - 0005007 - Ingresso - 29/04/2026"
    lines = []
    for page in (1, 2, 3):
        lines += [Line(text, page, 71, 700 - 14 * i, 520, 710 - 14 * i, 11.0) for i in range(30)]
        lines.append(Line(stamp, page, 16.5, 231.6, 25.0, 240.6, 9.0))
    tab = "MAÎTRISER NOS CONSOMMATIONS D’ÉNERGIE"
    lines.append(Line(tab, 2, 574.0, 438.0, 584.0, 448.0, 10.0))
    layout = pdf_layout.analyse(_page_of(lines, pages=3))
    assert [line.text for line in layout.furniture] == [stamp] * 3
    body = " ".join(p.text for p in layout.paragraphs)
    assert "REG_UFF_PROT" not in body and tab in body


def test_a_german_ministrys_unit_is_no_danish_record() -> None:
    items = [(f"{n}. Abschnitt {n}", 40, 600 - 30 * n, 12, True) for n in range(1, 5)]
    cover = [("Referat Z 12", 40, 760, 16, True), ("Jahresbericht 2024", 40, 700, 16, True)]
    assert structure(_cover([*cover, *items])).kind is DocumentKind.report


@pytest.mark.parametrize(
    ("label", "iso"),
    [
        ("Aika 08.01.2025, klo 17:00 - 19:28", "2025-01-08"),
        ("Mødedato Onsdag d. 27. august 2025 kl. 16:00", "2025-08-27"),
        ("Sitzungsdatum: 14.03.2024, 18:00 Uhr", "2024-03-14"),
    ],
)
def test_a_meetings_labelled_day_and_hour_date_its_record(label: str, iso: str) -> None:
    items = [(f"§{n} Asia {n}", 40, 560 - 30 * n, 12, False) for n in range(1, 5)]
    cover = [("Tarkastuslautakunta", 40, 760, 16, True), (label, 40, 700, 12, False)]
    assert str(structure(_cover([*cover, *items])).date) == iso


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        # the same words in upper and lower case: the words as written
        (
            "An Analysis of Coverage Gaps in Sovereign ESG Data",
            "An Analysis of Coverage Gaps in Sovereign ESG Data",
        ),
        # other words, or the info title in capitals too: the title as printed
        ("Sovereign ESG data", "AN ANALYSIS OF COVERAGE GAPS IN SOVEREIGN ESG DATA"),
        (None, "AN ANALYSIS OF COVERAGE GAPS IN SOVEREIGN ESG DATA"),
    ],
)
def test_a_title_set_in_capitals_takes_the_info_titles_case(
    info: str | None, expected: str
) -> None:
    raw = _cover(
        [
            ("AN ANALYSIS OF COVERAGE", 40, 600, 26, True),
            ("GAPS IN SOVEREIGN ESG DATA", 40, 570, 26, True),
        ],
        info={"title": info} if info else None,
    )
    doc = structure(raw)
    assert doc.title == expected
    # the cover's lines are the title's, not body text, however their case reads
    assert not any("COVERAGE" in block.text for block in doc.blocks)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a chapter published on its own: its number is no part of its title
        (
            "CHAPTER1 SHIFTING GROUND BENEATH THE CALM:",
            "STABILITY CHALLENGES",
            "SHIFTING GROUND BENEATH THE CALM: STABILITY CHALLENGES",
        ),
        ("Hoofdstuk 3", "De staat van de volkshuisvesting", "De staat van de volkshuisvesting"),
        # a title of a word or two after the number is the chapter's name with its number
        ("Chapter 11", "Bankruptcy", "Chapter 11 Bankruptcy"),
    ],
)
def test_a_chapters_number_before_its_title(first: str, second: str, expected: str) -> None:
    raw = _cover([(first, 40, 600, 20, True), (second, 40, 575, 20, True)])
    assert structure(raw).title == expected


def test_signatures_side_by_side_a_line_apart_without_a_formula() -> None:
    """A Swedish municipality's instructions end with two signatures and no closing formula: a
    name over its office on the left, the other set a line lower on the right."""
    from govdocs.document import Line

    text = "Nämnderna ska inkomma till ekonomienheten med en antagen budgetskrivelse för året."
    lines = [Line("Budgetanvisningar", 1, 99, 760, 300, 778, 18.0, True)]
    lines += [Line(text, 1, 99, 700 - 14 * i, 500, 711 - 14 * i, 11.0) for i in range(12)]
    lines += [
        Line("Kommunstyrelseförvaltningen", 1, 99, 520, 250, 531, 11.0),
        Line("Diana Olsson", 1, 99, 486, 170, 497, 11.0),
        Line("Kommundirektör", 1, 99, 473, 180, 484, 11.0),
        Line("Elise Andersson", 1, 360, 473, 440, 484, 11.0),
        Line("Ekonom", 1, 360, 460, 400, 471, 11.0),
    ]
    doc = structure(_page_of(lines))
    assert [(s.role, s.name) for s in doc.metadata.signatories] == [
        ("Kommundirektör", "Diana Olsson"),
        ("Ekonom", "Elise Andersson"),
    ]
    signature = [b.text for b in doc.blocks if b.type is BlockType.signature]
    assert signature and "Diana Olsson" in signature[0] and "Ekonom" in signature[0]


def test_a_head_printed_word_for_word_at_one_place_on_every_page_is_furniture() -> None:
    """A landscape service charter prints its marking, certification and name over the table on
    every page, below the band; the table's header row, repeated on every page at one place too,
    is the table's (its cells side by side), and the first page's name in the largest type is
    its title."""
    from govdocs.document import Line, RawDocument
    from govdocs.models import SourceFormat
    from govdocs.structure import pdf_layout

    head = [
        ("PUBLIC", 626, 539, 9.4),
        ("ISO 9001:2015 CERTIFIED", 373, 513, 6.6),
        ("CITIZENS’ SERVICE DELIVERY CHARTER", 209, 479, 17.0),
    ]
    row = "Within five (5) days upon application, free of charge for every taxpayer."
    lines: list[Line] = []
    for page in range(1, 6):
        lines += [Line(t, page, x, y, x + 6 * len(t), y + s, s, bold=True) for t, x, y, s in head]
        lines += [
            Line("Service", page, 60, 462, 110, 472, 10.4, bold=True),
            Line("Charges", page, 485, 462, 530, 472, 10.4, bold=True),
        ]
        lines += [Line(row, page, 60, 430 - 14 * i, 700, 440 - 14 * i, 10.4) for i in range(20)]
        lines.append(Line(str(page), page, 390, 30, 396, 40, 9.0))
    raw = RawDocument(
        path=Path("charter.pdf"), sha256="0" * 64, size=1, format=SourceFormat.pdf,
        media_type="application/pdf", reader="pdf/test", lines=lines, pages=5,
        page_sizes=[(792.0, 612.0)] * 5,
    )  # fmt: skip
    layout = pdf_layout.analyse(raw)
    removed = [(line.page, line.text) for line in layout.furniture]
    assert sum(text == "PUBLIC" for _, text in removed) == 5
    assert sum(text == "ISO 9001:2015 CERTIFIED" for _, text in removed) == 5
    assert (1, "CITIZENS’ SERVICE DELIVERY CHARTER") not in removed
    assert sum(text == "CITIZENS’ SERVICE DELIVERY CHARTER" for _, text in removed) == 4
    assert not any(text in ("Service", "Charges") for _, text in removed)


@pytest.mark.parametrize(
    "dateline",
    [
        "Tlalixtac de Cabrera, Oaxaca, a 15 de mayo de 2013.",
        "Roma, lì 15 maggio 2013",
        "Berlin, den 15. Mai 2013",
    ],
)
def test_the_place_and_date_over_the_signature_date_an_undated_act(dateline: str) -> None:
    from govdocs.document import Line

    text = "Los presentes lineamientos entrarán en vigor al día siguiente de su publicación."
    lines = [Line("LINEAMIENTOS PARA LOS COMITÉS", 1, 72, 760, 500, 778, 18.0, True)]
    for page in (1, 2, 3):
        lines += [Line(text, page, 72, 700 - 14 * i, 520, 711 - 14 * i, 11.0) for i in range(20)]
    lines += [
        Line(dateline, 3, 200, 380, 480, 391, 11.0),
        Line("Lic. Perla Woolrich Fernández", 3, 72, 330, 300, 341, 11.0),
        Line("Secretaria de la Contraloría", 3, 72, 317, 300, 328, 11.0),
    ]
    assert str(structure(_page_of(lines, pages=3)).date) == "2013-05-15"


def test_a_date_alone_in_a_covers_head_dates_it() -> None:
    """A canton's draft with its report: the genre in display type at the top of the page, the
    date alone on the line under it in small print, the reference under that; a journal's
    issue date beside its name on one line in the header is no such date."""
    from govdocs.document import Line

    text = "Gemäss § 123 Gemeindegesetz müssen Einlagen in die Reserve budgetiert werden."

    def doc(head: list[Line]):  # type: ignore[no-untyped-def]
        lines = [*head, Line("Gemeindegesetz (Teilrevision)", 1, 123, 676, 400, 692, 16.0, True)]
        for page in (1, 2):
            lines += [
                Line(text, page, 123, 620 - 14 * i, 520, 631 - 14 * i, 11.0) for i in range(20)
            ]
        return structure(_page_of(lines, pages=2))

    head = [
        Line("Kanton Zürich", 1, 123, 798, 200, 806, 8.0),
        Line("Vorentwurf mit erläuterndem Bericht", 1, 122, 772, 420, 788, 16.0, True),
        Line("21.10.2024", 1, 123, 761, 170, 769, 8.0),
        Line("Referenz: JI-Nr. 2024-2859/HA/YB", 1, 123, 751, 300, 759, 8.0),
    ]
    assert str(doc(head).date) == "2024-10-21"
    journal = [
        Line("Amtsblatt des Kantons", 1, 123, 798, 260, 806, 8.0),
        Line("21.10.2024", 1, 400, 798, 450, 806, 8.0),
    ]
    assert doc(journal).date is None


def test_the_date_and_number_at_a_covers_foot_with_a_bar_between_them() -> None:
    """An EU supervisory authority's guidelines print the date and the document's number at
    the cover's foot on the right, a bar between them and the language version after it."""
    from govdocs.document import Line

    text = "These guidelines apply to persons receiving market soundings in the Union."
    lines = [
        Line("MAR Guidelines", 1, 72, 700, 300, 724, 24.0, True),
        Line("Persons receiving market soundings", 1, 72, 670, 400, 686, 16.0),
        Line("10/11/2016 | ESMA/2016/1477 EN", 1, 356, 50, 540, 61, 11.0),
    ]
    for page in (2, 3):
        lines += [Line(text, page, 72, 700 - 14 * i, 520, 711 - 14 * i, 11.0) for i in range(20)]
    doc = structure(_page_of(lines, pages=3))
    assert str(doc.date) == "2016-11-10"
    assert doc.metadata.reference == "ESMA/2016/1477"


def test_a_covers_subtitle_is_named_as_the_titles_ending() -> None:
    """The main title in display type, a phrase under it in smaller type: the record's title
    gives both, its subtitle names the ending; a title of one size has no subtitle."""
    from govdocs.build import build_record

    raw = _cover(
        [
            ("AI Impact Assessment", 40, 600, 32, True),
            ("Het hulpmiddel voor een betrouwbaar AI-project", 40, 560, 18, False),
        ]
    )
    doc = structure(raw)
    assert doc.title == "AI Impact Assessment Het hulpmiddel voor een betrouwbaar AI-project"
    assert doc.subtitle == "Het hulpmiddel voor een betrouwbaar AI-project"
    assert build_record(doc).subtitle == doc.subtitle
    same_size = _cover([("AI Impact", 40, 600, 32, True), ("Assessment Guide", 40, 565, 32, True)])
    assert structure(same_size).subtitle is None


@pytest.mark.parametrize("heading", ["EDITORIAL BOARD", "OFFICERS OF LOK SABHA", "Colofon"])
def test_names_over_offices_under_a_credits_heading_sign_nothing(heading: str) -> None:
    """A parliament's record lists its editorial board on the page after the cover, each name
    over the office in bold: credits, not signatures. Without the heading they would sign."""
    from govdocs.document import Line

    text = "The House met at eleven of the clock and the Speaker was in the chair today."
    people = [
        ("Utpal Kumar Singh", 243, 698, False),
        ("Secretary General", 243, 682, True),
        ("Lok Sabha", 265, 666, True),
        ("Vinay Kumar Mohan", 238, 618, False),
        ("Joint Secretary", 252, 602, True),
        ("Bishan Kumar", 257, 554, False),
        ("Director", 272, 537, True),
        ("Rohini Sharma", 256, 489, False),
        ("Joint Director", 256, 473, True),
    ]

    def signatories(head: list[Line]) -> list[tuple[str | None, str | None]]:
        lines = [Line("LOK SABHA DEBATES", 1, 219, 684, 371, 698, 14.0, True)]
        lines += [*head, *(Line(t, 2, x, y, 595 - x, y + 14, 14.0, b) for t, x, y, b in people)]
        lines.append(Line("© 2021 Lok Sabha Secretariat", 2, 204, 296, 391, 310, 14.0, True))
        lines += [Line(text, 3, 72, 700 - 16 * i, 520, 714 - 16 * i, 14.0) for i in range(20)]
        doc = structure(_page_of(lines, pages=3))
        return [(s.role, s.name) for s in doc.metadata.signatories]

    assert signatories([])  # (names over offices sign, where nothing heads them)
    assert signatories([Line(heading, 2, 231, 746, 364, 760, 14.0, True)]) == []


def test_a_running_header_repeating_the_title_is_the_title_on_the_first_page() -> None:
    """A glossary without a cover prints its title at the head of every page in its largest
    type over a table: furniture on the pages after the first, the title on the first."""
    from govdocs.document import Line

    lines: list[Line] = []
    for page in (1, 2, 3):
        lines.append(Line("Key IMF Financial Statistics", page, 232, 780, 378, 792, 12.0, True))
        lines += [
            Line("Term", page, 84, 707, 107, 717, 10.0, True),
            Line("Definition", page, 373, 707, 414, 717, 10.0, True),
        ]
        lines += [
            Line(
                f"Usable resources consist of the currencies of members {i}.",
                page,
                72,
                680 - 14 * i,
                540,
                690 - 14 * i,
                10.0,
            )
            for i in range(30)
        ]
    doc = structure(_page_of(lines, pages=3))
    assert doc.title == "Key IMF Financial Statistics"
    assert not any("Key IMF" in b.text for b in doc.blocks)


def test_a_note_word_raised_with_its_number_labels_a_footnote() -> None:
    """Hong Kong's bureaux raise "Note 1" in the text and open the note at the page's foot with
    it: the number is the note's label and mark, the word no part of the text."""
    from govdocs.document import Line

    text = "This is an established office. The pay scale of the grade is set by the Bureau."
    cited = "Point 27 ($55,995) to Master Pay Scale Point 44 Note 1 ($110,170). The pay and"
    start = cited.index("Note 1")
    lines = [Line(text, 1, 72, 700 - 15 * i, 520, 713 - 15 * i, 13.0) for i in range(10)]
    lines.append(
        Line(
            cited,
            1,
            72,
            540,
            520,
            553,
            13.0,
            superscripts=((start, start + 4), (start + 5, start + 6)),
        )
    )
    lines += [Line(text, 1, 72, 520 - 15 * i, 520, 533 - 15 * i, 13.0) for i in range(10)]
    note = "Note 1 The information on the maximum pay point is for reference only."
    lines.append(Line(note, 1, 72, 65, 520, 75, 10.0, superscripts=((0, 4), (5, 6))))
    doc = structure(_page_of(lines))
    assert [(f.label, f.text) for f in doc.footnotes] == [
        ("1", "The information on the maximum pay point is for reference only.")
    ]
    citing = next(b for b in doc.blocks if "Master Pay Scale" in b.text)
    assert citing.footnote_refs == [doc.footnotes[0].id]
    assert "Note" not in citing.text


def test_a_catchword_at_a_pages_foot_is_furniture() -> None:
    """A typed direction prints the next page's first words at each page's foot under a slash
    ("/(b) You are reminded…"): furniture; a page's last line that merely ends in an ellipsis
    and does not open the next page stays text."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    text = "Candidates should raise a hand and an invigilator will come to them at once."
    lines = [Line(text, 1, 72, 700 - 14 * i, 520, 711 - 14 * i, 12.0) for i in range(20)]
    lines.append(Line("/(b) You are reminded…", 1, 300, 60, 420, 71, 12.0))
    lines.append(
        Line("(b) You are reminded to put on your surgical mask.", 2, 72, 760, 520, 771, 12.0)
    )
    lines += [Line(text, 2, 72, 740 - 14 * i, 520, 751 - 14 * i, 12.0) for i in range(20)]
    lines.append(Line("and so on …", 2, 72, 60, 150, 71, 12.0))
    lines += [Line(text, 3, 72, 760 - 14 * i, 520, 771 - 14 * i, 12.0) for i in range(5)]
    layout = pdf_layout.analyse(_page_of(lines, pages=3))
    assert [line.text for line in layout.furniture] == ["/(b) You are reminded…"]


@pytest.mark.parametrize(("size", "kind"), [((960.0, 540.0), "other"), ((842.0, 595.0), "report")])
def test_a_slide_deck_is_neither_letter_nor_report(size: tuple[float, float], kind: str) -> None:
    """Slides in a screen's wide format with a few lines each are another genre, whatever
    numbered headings they show; the same pages on A4 turned on its side stay a report."""
    from govdocs.document import Line, RawDocument
    from govdocs.models import SourceFormat

    lines: list[Line] = [Line("Einführung neuer Services", 1, 80, 400, 600, 430, 32.0, True)]
    for page in range(2, 12):
        lines.append(Line(f"{page}. Ein kurzer Überblick", page, 60, 470, 500, 490, 24.0, True))
        lines += [
            Line(
                f"Punkt {i} der Einführung auf dieser Folie",
                page,
                60,
                400 - 30 * i,
                700,
                418 - 30 * i,
                18.0,
            )
            for i in range(5)
        ]
    raw = RawDocument(
        path=Path("slides.pdf"), sha256="0" * 64, size=1, format=SourceFormat.pdf,
        media_type="application/pdf", reader="pdf/test", lines=lines, pages=11,
        page_sizes=[size] * 11,
    )  # fmt: skip
    assert structure(raw).kind.value == kind


def test_a_note_runs_over_into_the_next_pages_foot_not_into_small_print_halfway_down() -> None:
    """A note of page 1 goes on at the foot of page 2 (its last words there); the small print
    under a signature halfway down page 2 ("Case Handler of the Transparency Office") is the
    signer's office, not the note's continuation."""
    from govdocs.document import Line
    from govdocs.structure import pdf_layout

    body = "Further to the fair solution reached, your application was divided into three parts"
    lines = [Line(body, 1, 68, 700 - 14 * i, 527, 710 - 14 * i, 9.0) for i in range(30)]
    lines.append(
        Line(
            "1 Regulation (EC) No 1049/2001 of 30 May 2001 regarding public",
            1,
            68,
            60,
            520,
            67,
            7.6,
        )
    )
    lines += [Line(body, 2, 68, 760 - 14 * i, 527, 770 - 14 * i, 9.0) for i in range(12)]
    lines.append(Line("[Decision signed electronically]", 2, 382, 476, 507, 485, 9.0))
    lines.append(Line("Case Handler of the Transparency Office", 2, 377, 464, 515, 471, 7.6))
    lines.append(Line("access to documents (OJ L 145, 31.5.2001, p. 43).", 2, 68, 60, 300, 67, 7.6))
    layout = pdf_layout.analyse(_page_of(lines, pages=2))
    assert [note.label for note in layout.footnotes] == ["1"]
    assert layout.footnotes[0].text.endswith("(OJ L 145, 31.5.2001, p. 43).")
    assert "Case Handler" not in layout.footnotes[0].text
    body_text = [line.text for para in layout.paragraphs for line in para.lines]
    assert "Case Handler of the Transparency Office" in body_text
