"""Written questions of council members under their genre's display line ("Schriftelijke
vragen"): the questions' record, with the clerk's number, the askers, the college addressed."""

from __future__ import annotations

from pathlib import Path

from .test_pdf_documents import _convert_pages, _running

_TEXT = "De gemeente heeft besloten de openingstijden van de bibliotheek in te korten."


def _head(subject: list[str]) -> list:
    return [
        (88, 672, 21.0, "Schriftelijke vragen", True),
        (88, 641, 8.5, "Datum", False),
        (159, 641, 10.6, "4 december 2031", False),
        (88, 627, 8.5, "Volgnummer", False),
        (159, 627, 10.6, "17", False),
        (88, 584, 13.0, "Onderwerp", True),
        *[(88, 555 - 14 * i, 10.6, line, False) for i, line in enumerate(subject)],
        (88, 498, 13.0, "Aan het college van burgemeester en wethouders", True),
    ]


def test_constructed_council_questions(tmp_path: Path) -> None:
    first = [
        *_head(
            [
                "Schriftelijke vragen van het raadslid De Vries (D66) en het raadslid Bakker",
                "(GroenLinks) inzake de openingstijden van de bibliotheek.",
            ]
        ),
        (88, 470, 10.6, "Toelichting:", False),
        *_running(88, 456, 10.6, _TEXT, 12),
        (
            99,
            250,
            10.6,
            "1. Deelt het college de opvatting dat de bibliotheek open moet blijven?",
            False,
        ),
        (99, 236, 10.6, "2. Zo nee, waarom niet?", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.kind.value == "parliamentary_questions"
    meta = record.metadata
    assert meta.question_ids == ["17"]
    assert [(p.name, p.party) for p in meta.askers] == [
        ("De Vries", "D66"),
        ("Bakker", "GroenLinks"),
    ]
    assert meta.addressees == ["het college van burgemeester en wethouders"]
    assert meta.status == "unanswered"
    assert str(record.date) == "2031-12-04"
    texts = [block.text for block in record.blocks]
    # the head's fields are metadata
    assert not any(t.startswith(("Datum", "Volgnummer", "Schriftelijke vragen van")) for t in texts)
    assert any(t.startswith("Deelt het college") or "Deelt het college" in t for t in texts)


def test_constructed_council_questions_with_the_colleges_answers(tmp_path: Path) -> None:
    first = [
        *_head(["Schriftelijke vragen van de leden Jansen en Smit over de bibliotheek."]),
        *_running(88, 470, 10.6, _TEXT, 10),
        (
            99,
            300,
            10.6,
            "1. Deelt het college de opvatting dat de bibliotheek open moet blijven?",
            False,
        ),
        (88, 260, 13.0, "Antwoord", True),
        (88, 240, 10.6, "Ja. Het college deelt die opvatting en zal de raad informeren.", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.kind.value == "parliamentary_questions"
    assert [p.name for p in record.metadata.askers] == ["Jansen", "Smit"]
    assert record.metadata.status == "answered"


def test_a_report_on_written_questions_is_no_questions_record(tmp_path: Path) -> None:
    """The genre must stand on a display line of its own: running text naming written
    questions does not make a document one."""
    first = [
        (88, 700, 18.0, "Jaarverslag van de griffie", True),
        (88, 660, 10.6, "Schriftelijke vragen", False),
        *_running(88, 640, 10.6, _TEXT, 30),
    ]
    record = _convert_pages(tmp_path, [first, [*_running(88, 760, 10.6, _TEXT, 40)]])
    assert record.kind.value != "parliamentary_questions"


def test_a_heading_vragen_alone_is_not_the_genre() -> None:
    from govdocs.structure.council_questions import _GENRE

    assert _GENRE.fullmatch("Schriftelijke vragen")
    assert _GENRE.fullmatch("Raadsvragen") and _GENRE.fullmatch("Statenvragen")
    assert not _GENRE.fullmatch("Vragen")
