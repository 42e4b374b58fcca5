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
