from __future__ import annotations

import pytest

from govdocs.dates import find_dates, parse_date


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("September 25th, 2023", "2023-09-25", "day"),
        ("Den Haag, 23 juni 2023", "2023-06-23", "day"),
        ("3 februari 2023", "2023-02-03", "day"),
        ("1e april 2024", "2024-04-01", "day"),
        ("March 2021", "2021-03", "month"),
        ("Datum 18 oktober 2023", "2023-10-18", "day"),
        ("on the 2nd of May, 2022", "2022-05-02", "day"),
        ("Vergadering van 2024-01-17", "2024-01-17", "day"),
        ("18-10-2023", "2023-10-18", "day"),
        ("1 mrt. 2024", "2024-03-01", "day"),
        # a comma after the day (translations of Baltic acts)
        ("14, March 2019, No 1T-35 (1.12.E)", "2019-03-14", "day"),
    ],
)
def test_dates(text: str, iso: str, precision: str) -> None:
    found = parse_date(text)
    assert found is not None and (found.iso, found.precision.value) == (iso, precision)


@pytest.mark.parametrize(
    "text", ["On 13 and 14 September", "31 februari 2023", "nr. 2214", "REAIM 2023", "juni"]
)
def test_no_date_is_invented(text: str) -> None:
    assert parse_date(text) is None


def test_all_dates_in_order() -> None:
    text = "ingezonden 12 maart 2024, ontvangen 5 april 2024"
    assert [d.iso for d in find_dates(text)] == ["2024-03-12", "2024-04-05"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Vom 27.September 2022 - Az.: IM6-1537-4/1 -", "2022-09-27"),  # no space after the dot
        ("Berlin, den 4. Juli 2014", "2014-07-04"),
        ("27. März 2022", "2022-03-27"),
        ("1. Dezember 2020", "2020-12-01"),
    ],
)
def test_german_dates(text: str, iso: str) -> None:
    (found,) = find_dates(text)
    assert found.iso == iso


def test_a_numbered_heading_is_no_date() -> None:
    assert find_dates("1.2 Technische Betriebsmöglichkeiten") == []


def test_the_legal_form_of_a_date() -> None:
    from govdocs.dates import parse_date

    found = parse_date(
        "DONE AND ORDERED in Chambers at Fort Pierce, Florida this 5th day of July 2022."
    )
    assert found is not None and found.iso == "2022-07-05"


def test_italian_and_spanish_dates() -> None:
    """EU and national authorities write in their languages: Italian and Spanish month names,
    the Spanish "3 de marzo de 2020"; a Dutch date is not read differently."""
    from govdocs.dates import find_dates

    assert [d.iso for d in find_dates("Roma, 24 settembre 2019")] == ["2019-09-24"]
    assert [d.iso for d in find_dates("Madrid, 3 de marzo de 2020")] == ["2020-03-03"]
    assert [d.iso for d in find_dates("Brussel, 12 mei 2020")] == ["2020-05-12"]
    assert [d.iso for d in find_dates("op 1 dicembre 2021 en 2 diciembre 2022")] == [
        "2021-12-01",
        "2022-12-02",
    ]


def test_a_place_with_a_numeric_date_written_with_slashes_dates_a_pdf() -> None:
    from govdocs.document import Line
    from govdocs.structure import structure

    from .test_pdf_document import _page_of

    text = "Following its plenary decision, the Authority issued guidelines on processing."
    lines = [
        Line("HELLENIC DATA PROTECTION AUTHORITY", 1, 199, 682, 396, 693, 11.0, bold=True),
        Line("Athens, 18/3/2020", 1, 437, 660, 505, 669, 9.0),
        Line("Press release on processing of personal data", 1, 94, 626, 501, 638, 12.0, bold=True),
        *[Line(text, 1, 90, 600 - 14 * i, 505, 612 - 14 * i, 12.0) for i in range(20)],
    ]
    assert structure(_page_of(lines)).date == "2020-03-18"


def test_a_range_of_days_dates_by_its_first_day() -> None:
    """A meeting over days ("Dublin 17 - 18 January 2013", "du 3 au 5 mars 2020", "vom 10. bis
    12. Mai 2021") is dated by its first day; a number after a dash is no such day's end."""
    assert [
        find_dates(text)[0].iso
        for text in (
            "Dublin 17 - 18 January 2013",
            "du 3 au 5 mars 2020",
            "vom 10. bis 12. Mai 2021",
            "2012-18 January 2013",
        )
    ] == ["2013-01-17", "2020-03-03", "2021-05-10", "2013-01-18"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("25 марта 2020 г.", "2020-03-25"),  # a Russian court's decision
        ("30 юли 2019 г.", "2019-07-30"),  # a Bulgarian authority's decision
        ("Lisboa, 12 de setembro de 2019", "2019-09-12"),
        ("3 de março de 2020", "2020-03-03"),
    ],
)
def test_portuguese_russian_and_bulgarian_dates(text: str, iso: str) -> None:
    assert [found.iso for found in find_dates(text)] == [iso]


def test_numeric_dates_spaced_after_the_dots_or_written_month_first() -> None:
    # Central European usage: "12. 10. 2020"; a month number over 12 is the day (US order)
    assert [d.iso for d in find_dates("V Praze dne 12. 10. 2020")] == ["2020-10-12"]
    assert [d.iso for d in find_dates("Case: 25-1689, 07/15/2025, DktEntry: 28.1")] == [
        "2025-07-15"
    ]
    # ambiguous figures stay day first; no month 13 or day 32 is made up
    assert [d.iso for d in find_dates("07/05/2022")] == ["2022-05-07"]
    assert find_dates("13/13/2020") == [] and find_dates("32/11/2020") == []


def test_a_czech_dateline_and_a_us_court_filing_stamp_date_a_pdf() -> None:
    from govdocs.document import Line
    from govdocs.structure import structure

    from .test_pdf_document import _page_of

    text = "Níže podepsaní posoudili zdrojové kódy aplikace a prohlašují, že aplikace je bezpečná."
    czech = [
        Line("V Praze dne 12. 10. 2020", 1, 415, 745, 539, 756, 11.0),
        Line("Posudek mobilní aplikace eRouška 2.0", 1, 72, 697, 407, 708, 11.0, bold=True),
        *[Line(text, 1, 72, 673 - 13 * i, 533, 684 - 13 * i, 11.0) for i in range(20)],
    ]
    assert structure(_page_of(czech)).date == "2020-10-12"
    order = "ORDERED that the motion for an administrative stay is GRANTED pending the panel."
    stamp = "Case: 25-1689, 07/15/2025, DktEntry: 28.1, Page 1 of 2"
    court = [
        Line(stamp, 1, 156, 776, 454, 788, 12.0),
        Line("UNITED STATES COURT OF APPEALS", 1, 200, 740, 410, 752, 12.0, bold=True),
        *[Line(order, 1, 72, 700 - 14 * i, 530, 712 - 14 * i, 12.0) for i in range(20)],
    ]
    assert structure(_page_of(court)).date == "2025-07-15"
    district = "Case 2:18-cv-10166-JAK-AFM Document 40 Filed 06/07/19 Page 1 of 2 Page ID #:312"
    court[0] = Line(district, 1, 40, 776, 570, 788, 9.0)
    assert structure(_page_of(court)).date == "2019-06-07"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("z dnia 28 stycznia 2015 r.", "2015-01-28"),
        ("ze dne 12. října 2020", "2020-10-12"),
        ("z 5. marca 2021", "2021-03-05"),
        ("den 3 maj 2020", "2020-05-03"),
        ("den 5 augusti 2019", "2019-08-05"),
    ],
)
def test_polish_czech_slovak_and_scandinavian_dates(text: str, iso: str) -> None:
    (found,) = find_dates(text)
    assert found.iso == iso


def test_a_us_date_written_month_first_with_a_day_over_19() -> None:
    # (the day in the second place: any number up to 31 that no month has)
    assert [d.iso for d in find_dates("Date: 05/28/2025")] == ["2025-05-28"]
    assert [d.iso for d in find_dates("12/31/2024")] == ["2024-12-31"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Αθήνα, 28 Δεκεμβρίου 2012", "2012-12-28"),
        ("28 ΔΕΚΕΜΒΡΙΟΥ 2012", "2012-12-28"),  # capitals drop the accent
        ("3 ΜΑΪΟΥ 2020", "2020-05-03"),  # ... and keep the diaeresis
        # a legacy font's look-alike letters (MICRO SIGN for mu)
        ("Παπάγου 14 Σεπτεµβρίου 2016", "2016-09-14"),
        ("Μάρτιος 2021", "2021-03"),
    ],
)
def test_greek_dates(text: str, iso: str) -> None:
    found = parse_date(text)
    assert found is not None and found.iso == iso
    assert found.end - found.start == len(found.text)  # (offsets into the text as given)


def test_a_greek_place_with_a_numeric_date_written_with_hyphens_dates_a_pdf() -> None:
    from govdocs.document import Line
    from govdocs.structure import structure

    from .test_pdf_document import _page_of

    text = "Έχοντας υπόψη τις διατάξεις του νόμου και την πρόταση της υπηρεσίας, αποφασίζουμε."
    lines = [
        Line("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", 1, 130, 726, 255, 738, 12.0, bold=True),
        Line("Μαρούσι, 29-7-2016", 1, 359, 670, 460, 682, 12.0),
        Line("ΑΠΟΦΑΣΗ", 1, 378, 612, 447, 624, 12.0, bold=True),
        *[Line(text, 1, 73, 580 - 14 * i, 520, 592 - 14 * i, 12.0) for i in range(20)],
    ]
    assert structure(_page_of(lines)).date == "2016-07-29"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        # Hungarian, Lithuanian and Latvian write the year first
        ("2023. szeptember 28., csütörtök", "2023-09-28"),
        ("Budapest, 2018. június 14.", "2018-06-14"),
        ("Vilnius, 2024 m. gegužės 5 d.", "2024-05-05"),
        ("Rīgā 2023. gada 5. maijā", "2023-05-05"),
        # Finnish, Estonian, Romanian, Croatian and Slovene months
        ("Helsinki 5. joulukuuta 2023", "2023-12-05"),
        ("Tallinn, 5. detsember 2023", "2023-12-05"),
        ("București, 5 decembrie 2023", "2023-12-05"),
        ("Zagreb, 5. prosinca 2023.", "2023-12-05"),
        ("Ljubljana, 5. oktobra 2023", "2023-10-05"),
        # a year before an English month and a number is no date
        ("In 2023 May 5 people came", None),
        ("Budapest, 2018. június „ „", None),  # (the day left blank: not read yet)
    ],
)
def test_dates_of_more_european_languages(text: str, iso: str | None) -> None:
    found = parse_date(text)
    assert (found.iso if found else None) == iso
