"""Cover titles of reports and policies of international bodies (held-out set 51): the lines
are given in the order the content stream draws them, which is not the order on the page; and
of Dutch bodies' briefs and specifications (held-out set 54)."""

from __future__ import annotations

from pathlib import Path

from govdocs.document import Line
from govdocs.models import DatePrecision
from govdocs.structure.pdf_document import title_lines

from .test_pdf_document import _page_of

_TEXT = "The rapid development of artificial intelligence is creating significant opportunities."


def _body(top: float, count: int, x: float = 99.0) -> list[Line]:
    return [Line(_TEXT, 1, x, top - 13 * i, 497, top - 13 * i + 9, 9.0) for i in range(count)]


def _title(lines: list[Line]) -> list[str]:
    return [line.text for line in title_lines(_page_of(lines))]


def test_a_kicker_drawn_after_the_title_in_the_corner_does_not_cut_it() -> None:
    """The ICRC's policy: the body drawn first, then the three title lines, then "POLICY" in
    the top left corner, above the title."""
    lines = [
        *_body(327, 20),
        Line("BUILDING A RESPONSIBLE", 1, 99.9, 747.2, 333.6, 769.2, 22.0, bold=True),
        Line("HUMANITARIAN APPROACH:", 1, 100.0, 725.2, 349.4, 747.2, 22.0, bold=True),
        Line(
            "THE ICRC’S POLICY ON ARTIFICIAL INTELLIGENCE",
            1,
            98.3,
            703.2,
            537.1,
            725.2,
            22.0,
            bold=True,
        ),
        Line("POLICY", 1, 22.4, 776.8, 31.3, 788.7, 11.9, bold=True),
    ]
    assert _title(lines) == [
        "BUILDING A RESPONSIBLE",
        "HUMANITARIAN APPROACH:",
        "THE ICRC’S POLICY ON ARTIFICIAL INTELLIGENCE",
    ]


def test_a_smaller_line_leading_into_the_title_and_a_series_label_set_off_under_it() -> None:
    """The Commission's living guidelines: "Living guidelines on the" (21 pt) leads into the
    30 pt bold title; "ERA Forum" / "Stakeholders' document" further down (drawn first) are a
    series label, no subtitle."""
    lines = [
        Line("ERA Forum", 1, 62.4, 410.6, 142.0, 428.6, 18.0),
        Line("Stakeholders’", 1, 62.4, 390.6, 160.7, 408.6, 18.0),
        Line("document", 1, 62.4, 370.6, 135.8, 388.6, 18.0),
        Line("Third version, May 2026", 1, 62.4, 344.6, 161.6, 354.6, 10.0, italic=True),
        Line("Living guidelines on the", 1, 62.4, 556.6, 260.2, 577.6, 21.0),
        Line("responsible use", 1, 62.4, 524.6, 270.3, 554.6, 30.0, bold=True),
        Line("of generative AI", 1, 62.4, 491.6, 278.0, 521.6, 30.0, bold=True),
        Line("in research", 1, 62.4, 458.6, 211.4, 488.6, 30.0, bold=True),
        *_body(250, 10, x=62.4),
    ]
    assert _title(lines) == [
        "Living guidelines on the",
        "responsible use",
        "of generative AI",
        "in research",
    ]


def test_a_subtitle_set_close_under_the_title_stays() -> None:
    """A smaller run under the title as close as the title's own lines are: a subtitle."""
    lines = [
        Line("Annual report", 1, 62, 600, 300, 630, 30.0, bold=True),
        Line("on data protection", 1, 62, 567, 300, 597, 30.0, bold=True),
        Line("Activities of the authority in 2025", 1, 62, 540, 300, 558, 18.0),
        *_body(300, 20, x=62),
    ]
    assert _title(lines)[-1] == "Activities of the authority in 2025"


def test_the_adoption_stated_on_the_inside_cover_dates_the_document() -> None:
    """ "Approved by the Academic Council on May 15, 2024" on a line of its own on page 2 (the
    EUI's guidelines; the cover has no date); a line that goes on after the date is running
    text and dates nothing."""
    from govdocs.structure.pdf_document import document_date

    def doc(statement: str) -> list[Line]:
        return [
            Line("EUI Guidelines for the Use of AI", 1, 48, 673, 480, 715, 42.0, bold=True),
            *[Line(_TEXT, 2, 57, 300 - 12 * i, 538, 309 - 12 * i, 9.0) for i in range(3)],
            Line(statement, 2, 57, 145, 304, 155, 10.0, bold=True),
        ]

    raw = _page_of(doc("Approved by the Academic Council on May 15, 2024"), pages=2)
    assert document_date(raw) is not None
    assert document_date(raw)[0] == "2024-05-15"  # type: ignore[index]
    running = "Approved by the Council on 15 May 2024, the plan sets out what the body will do"
    assert document_date(_page_of(doc(running), pages=2)) is None


def test_the_titles_last_word_set_a_little_smaller_in_its_weight_stays() -> None:
    """ "Handleiding i-Spiegel" (18 pt bold) / "Indicatoren" (15.8 pt bold italic) close under it:
    the title's last word, not a genre label; a publisher's name in regular type under a bold
    title is no part of it."""
    cover = [
        Line("Handleiding i-Spiegel", 1, 186, 520.4, 406, 538.4, 18.0, bold=True),
        Line("Indicatoren", 1, 243, 500.5, 349, 516.3, 15.8, bold=True, italic=True),
        Line("Uitgave januari 2013", 1, 239, 451.8, 373, 462.6, 10.8, bold=True),
        *_body(300, 20, x=77),
    ]
    assert _title(cover) == ["Handleiding i-Spiegel", "Indicatoren"]
    cover[1] = Line("Kwaliteitsinstituut", 1, 243, 500.5, 349, 516.3, 15.8)
    assert _title(cover) == ["Handleiding i-Spiegel"]


def test_a_dash_alone_between_title_lines_joins_them(tmp_path: Path) -> None:
    """A specification's cover sets its title over three lines in 26 pt, the middle one a dash
    alone ("RegelSpraak-specificatie" / "–" / "typeringen"): one title, the dash kept."""
    from .test_pdf_documents import _convert_pages, _running

    text = "Deze specificatie beschrijft de typeringen van de taal en hoe ze worden gebruikt."
    cover = [
        (71, 481, 26.0, "RegelSpraak-specificatie", False),
        (71, 441, 26.0, "–", False),
        (71, 400, 26.0, "typeringen", False),
        (71, 174, 11.0, "© 2025 Belastingdienst", False),
    ]
    got = _convert_pages(tmp_path, [cover, _running(71, 760, 11.0, text, 40)])
    assert got.title == "RegelSpraak-specificatie – typeringen"


def test_a_standfirst_sentence_under_the_title_is_no_subtitle(tmp_path: Path) -> None:
    """A challenge brief's 20 pt title with a question of two dozen words under it in 12 pt
    bold italic: a sentence that leads into the text (a standfirst), not part of the title."""
    from .test_pdf_documents import _convert_pages, _running

    text = "De provincie zoekt naar scenario's voor de watervoorziening van de komende decennia."
    cover = [
        (60, 716, 20.0, "Van data naar drinkwaterbeleid: scenario’s voor", True),
        (60, 693, 20.0, "een robuuste watervoorziening in 2040", True),
        (
            60,
            674,
            12.0,
            "Hoe zeker is de drinkwatervoorziening in Zuid-Holland in 2040, en welke",
            True,
        ),
        (
            60,
            660,
            12.0,
            "combinatie van ontwikkelingen vormt het grootste risico of biedt juist",
            True,
        ),
        (60, 646, 12.0, "kansen voor een robuustere watervoorziening?", True),
        *_running(60, 600, 10.0, text, 30),
    ]
    got = _convert_pages(tmp_path, [cover])
    assert got.title == (
        "Van data naar drinkwaterbeleid: scenario’s voor een robuuste watervoorziening in 2040"
    )


def test_a_title_stops_at_the_first_section_heading() -> None:
    """A body's by-laws centred in capitals over "ARTICLE I" (held-out set 98), and Bulgarian
    terms of use over "І. ОБЩИ ПОЛОЖЕНИЯ", the numeral in Cyrillic (set 104): the heading
    of the first section is no part of the title; nor is the body the title names after
    "OF" a sender printed under it."""
    bylaws = [
        Line("BY-LAWS", 1, 278, 709, 333, 721, 12.0, bold=True),
        Line("OF", 1, 298, 681, 314, 693, 12.0, bold=True),
        Line("THE SULLIVAN COUNTY", 1, 233, 654, 378, 666, 12.0, bold=True),
        Line("LOCAL EMERGENCY PLANNING COMMITTEE", 1, 170, 626, 442, 638, 12.0, bold=True),
        Line("ARTICLE I", 1, 275, 585, 337, 597, 12.0, bold=True),
        Line("NAME", 1, 288, 557, 324, 569, 12.0),
        *[Line(_TEXT, 1, 72, 530 - 14 * i, 505, 539 - 14 * i, 12.0) for i in range(20)],
    ]
    assert _title(bylaws) == [line.text for line in bylaws[:4]]
    record_title = " ".join(line.text for line in bylaws[:4])
    from govdocs.structure.pdf_document import _title as document_title

    assert document_title(_page_of(bylaws), set()) == record_title
    terms = [
        Line("ОБЩИ УСЛОВИЯ ЗА ПОЛЗВАНЕ НА ПЛАТФОРМАТА", 1, 77, 760, 518, 772, 12.0, bold=True),
        Line("ОБЩЕСТВО (ПЛАТФОРМАТА)", 1, 207, 746, 388, 758, 12.0, bold=True),
        Line("І. ОБЩИ ПОЛОЖЕНИЯ", 1, 229, 704, 366, 716, 12.0, bold=True),
        *[Line(_TEXT, 1, 71, 680 - 14 * i, 524, 689 - 14 * i, 12.0) for i in range(20)],
    ]
    assert _title(terms) == [line.text for line in terms[:2]]


def test_the_line_stating_the_update_ends_the_title_and_dates_it() -> None:
    """A federal task force's principles (held-out set 46): the task force's name over the
    title, "Last Updated September 13, 2021 (Previously Updated July 29, 2021)" under it. The
    name is the sender's, the update line is no part of the title, and its first date is the
    document's."""
    from govdocs.structure.pdf_document import _title as document_title
    from govdocs.structure.pdf_document import document_date

    lines = [
        Line("Safer Federal Workforce Task Force", 1, 72, 700, 400, 720, 20.0, bold=True),
        Line("COVID-19 Workplace Safety:", 1, 72, 670, 400, 690, 20.0, bold=True),
        Line("Agency Model Safety Principles", 1, 72, 645, 400, 665, 20.0, bold=True),
        Line(
            "Last Updated September 13, 2021 (Previously Updated July 29, 2021)",
            1,
            72,
            620,
            500,
            634,
            14.0,
            bold=True,
        ),
        *[Line(_TEXT, 1, 72, 580 - 13 * i, 497, 589 - 13 * i, 9.0) for i in range(20)],
    ]
    raw = _page_of(lines)
    assert document_title(raw, set()) == "COVID-19 Workplace Safety: Agency Model Safety Principles"
    assert document_date(raw, title_lines(raw)) == ("2021-09-13", DatePrecision.day)


def test_the_issue_or_approval_date_in_a_closing_table_dates_the_document() -> None:
    """A VA service's policy (held-out set 76) closes with a numbered table whose last row is
    "14. Approved Date: March 17th, 2004"; a DOJ guidance ends with "Date issued: April 5,
    2022". Neither has a date on its first pages."""
    from govdocs.structure.pdf_document import document_date

    for closing, iso in (
        ("14. Approved Date: March 17th, 2004", "2004-03-17"),
        ("Date issued: April 5, 2022", "2022-04-05"),
    ):
        lines = [
            Line("Controlled Substance Policy", 1, 72, 700, 400, 720, 20.0, bold=True),
            *[Line(_TEXT, 1, 72, 660 - 13 * i, 497, 669 - 13 * i, 9.0) for i in range(20)],
            *[Line(_TEXT, 2, 72, 760 - 13 * i, 497, 769 - 13 * i, 9.0) for i in range(20)],
            Line(closing, 3, 72, 188, 300, 198, 10.0),
        ]
        raw = _page_of(lines, pages=3)
        assert document_date(raw, title_lines(raw)) == (iso, DatePrecision.day)


def test_a_title_typed_in_the_texts_size_set_apart_over_it(tmp_path: Path) -> None:
    """No type larger than the text's: the first line standing apart over the text (twice
    the text's line spacing under it, no sentence, no date) is the title."""
    from .test_pdf_documents import _convert_pages, _running

    text = "Artikel 6.2.4 bepaalt dat de verbalisanten bevoegd zijn om misdrijven op te sporen."
    first = [
        (71, 760, 11.0, "Duiding bij de statistische bijdrage van het Openbaar Ministerie", False),
        *_running(71, 733, 11.0, text, 40),
    ]
    other = "De cijfers zijn slechts indicatief, de vooruitgangsstaat van een dossier verandert."
    record = _convert_pages(tmp_path, [first, [*_running(71, 760, 11.0, other, 40)]])
    assert record.title == "Duiding bij de statistische bijdrage van het Openbaar Ministerie"
    assert record.blocks[0].text.startswith("Artikel 6.2.4")


def test_a_first_line_running_on_into_the_text_is_no_title(tmp_path: Path) -> None:
    from .test_pdf_documents import _convert_pages, _running

    text = "Artikel 6.2.4 bepaalt dat de verbalisanten bevoegd zijn om misdrijven op te sporen"
    first = [
        (
            71,
            760,
            11.0,
            "De cijfers zijn afkomstig uit een centrale databank van het College",
            False,
        ),
        *_running(71, 746, 11.0, text, 40),
    ]
    other = "De cijfers zijn slechts indicatief, de vooruitgangsstaat van een dossier verandert."
    record = _convert_pages(tmp_path, [first, [*_running(71, 760, 11.0, other, 40)]])
    assert record.title is None


def test_a_covers_metadata_table_names_the_documents_identifier(tmp_path: Path) -> None:
    """A technical guideline's cover carries a Dublin Core table (Title, Creator, Date of
    publication, Publisher, Identifier …): its identifier is the document's reference."""
    from .test_pdf_documents import _convert_pages, _running

    first = [
        (48, 607, 27.0, "D9.1 Data Specification on", True),
        (48, 571, 27.0, "Example Grid Systems", True),
        (51, 500, 10.5, "Title", True),
        (136, 500, 10.5, "D9.1 Data Specification on Example Grid Systems", False),
        (51, 478, 10.5, "Creator", True),
        (136, 478, 10.5, "Temporary sub-group 2.3.1", False),
        (51, 456, 10.5, "Publisher", True),
        (136, 456, 10.5, "Maintenance and Implementation Group", False),
        (51, 434, 10.5, "Identifier", True),
        (136, 434, 10.5, "D9.1_v3.2.0", False),
        (51, 412, 10.5, "Language", True),
        (136, 412, 10.5, "en", False),
    ]
    text = "This document describes the data specification for the spatial data theme."
    other = "The specification is based on a common template used for all data specifications."
    record = _convert_pages(
        tmp_path,
        [first, [*_running(48, 760, 10.5, text, 40)], [*_running(48, 760, 10.5, other, 40)]],
    )
    assert record.metadata.reference == "D9.1_v3.2.0"


def test_a_title_carried_on_to_a_line_every_page_repeats(tmp_path: Path) -> None:
    """An election notice titled "STATEMENT OF PERSON NOMINATED &" / "NOTICE OF POLL", each
    page repeating the second line at its head: the first line cannot end on "&", so the
    repeated line is the title's too."""
    from .test_pdf_documents import _convert_pages, _running

    def page(text: str, first: bool) -> list:
        head = [(59, 791, 24.0, "STATEMENT OF PERSON NOMINATED &", True)] if first else []
        return [
            *head,
            (197, 764, 24.0, "NOTICE OF POLL", True),
            *_running(57, 700, 10.0, text, 40),
        ]

    record = _convert_pages(
        tmp_path,
        [
            page("The following persons have been nominated for election in this ward.", True),
            page("A poll will be taken on Thursday between the hours of 7am and 10pm.", False),
            page("The situation of polling stations and the voters entitled to vote.", False),
            page("Where contested the poll will be taken at the places listed below.", False),
        ],
    )
    assert record.title == "STATEMENT OF PERSON NOMINATED & NOTICE OF POLL"
    # (the title's lines are not body text)
    assert not any(block.text.startswith("STATEMENT OF") for block in record.blocks)


def test_a_table_named_only_by_its_running_header(tmp_path: Path) -> None:
    """A table from the first line on, its name only in the header every page repeats: that
    header names the document."""
    from .test_pdf_documents import _convert_pages

    header = "RETURN OPERATIONS BY CHARTER FLIGHTS IN 2031 - REPRESENTATIVE ON BOARD"

    def page(start: int) -> list:
        rows = [
            (85, 740 - 14.5 * i, 9.0, f"RO-{start + i:05d} {1 + i % 28:02d}/03/2031 {i % 3}", False)
            for i in range(45)
        ]
        return [(133, 810, 8.0, header, False), *rows]

    record = _convert_pages(tmp_path, [page(1600), page(1700), page(1800)])
    assert record.title == header
    assert all(block.text != header for block in record.blocks)
