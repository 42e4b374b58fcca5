"""Letters an international organisation circulates as documents under its symbol (UN style):
a letter of the day its title gives, to whom the title says, signed "(Signed) name"."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdocs.structure.un_documents import circulated_letter

from .test_pdf_documents import _convert_pages, _running

_TEXT = "The situation in the region has continued to deteriorate over the reporting period."


def _masthead(symbol: str, organ: str, issued: str, title: list[str]) -> list:
    return [
        (123, 734, 13.3, "United Nations", False),
        (504, 735, 10.1, symbol, False),
        (123, 705, 19.4, organ, True),
        (397, 705, 10.1, "Distr.: General", False),
        (397, 693, 10.1, issued, False),
        (397, 681, 10.1, "English", False),
        (397, 669, 10.1, "Original: French", False),
        *[(123, 620 - 14 * i, 12.0, line, True) for i, line in enumerate(title)],
    ]


def test_constructed_circulated_letter_is_a_letter_of_its_own_day(tmp_path: Path) -> None:
    first = [
        *_masthead(
            "S/2031/77",
            "Security Council",
            "21 February 2031",
            [
                "Letter dated 14 February 2031 from the Permanent",
                "Representative of Ruritania to the United Nations addressed",
                "to the President of the Security Council",
            ],
        ),
        (147, 560, 10.1, "On instructions from my Government, I have the honour to refer", False),
        *_running(123, 546, 10.1, _TEXT, 30),
    ]
    second = [
        (60, 770, 8.4, "S/2031/77", True),
        *_running(123, 740, 10.1, _TEXT, 12),
        (147, 560, 10.1, "I should be grateful if you would have the present letter", False),
        (123, 546, 10.1, "circulated as a document of the Security Council.", False),
        (369, 510, 10.1, "(Signed) Jan Novak", False),
        (435, 498, 10.1, "Ambassador", False),
        (376, 486, 10.1, "Permanent Representative", False),
    ]
    record = _convert_pages(tmp_path, [first, second])
    assert record.kind.value == "parliamentary_letter"
    # the letter's day, not the day the organisation issued it
    assert str(record.date) == "2031-02-14"
    meta = record.metadata
    assert meta.addressee == "President of the Security Council"
    assert meta.reference == "S/2031/77"
    # two offices under one name: the signer holds both
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Ambassador, Permanent Representative", "Jan Novak")
    ]
    texts = [block.text for block in record.blocks]
    # the masthead's lines and the symbol heading page 2 are metadata, not body text
    assert "S/2031/77" not in texts
    assert not any(text.startswith(("Distr.", "Original:")) for text in texts)


def test_constructed_letter_signed_by_name_alone_under_the_signed_mark(tmp_path: Path) -> None:
    """The Secretary-General signs with his name alone under "(Signed)", no office."""
    first = [
        *_masthead(
            "S/2031/90",
            "Security Council",
            "27 March 2031",
            [
                "Letter dated 25 March 2031 from the Secretary-General",
                "addressed to the President of the Security Council",
            ],
        ),
        *_running(123, 560, 10.1, _TEXT, 20),
        (147, 250, 10.1, "I should be grateful if you would bring this matter to the", False),
        (123, 236, 10.1, "attention of the members of the Security Council.", False),
        (369, 200, 10.1, "(Signed) Ana Pereira", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.kind.value == "parliamentary_letter"
    assert str(record.date) == "2031-03-25"
    assert [(s.role, s.name) for s in record.metadata.signatories] == [(None, "Ana Pereira")]


@pytest.mark.parametrize(
    ("title", "date", "addressee"),
    [
        (
            "Identical letters dated 3 May 2030 from the Permanent Representative of Ruritania"
            " to the United Nations addressed to the Secretary-General and the President of"
            " the Security Council",
            "3 May 2030",
            "Secretary-General and the President of the Security Council",
        ),
        (
            "Note verbale dated 2 June 2030 from the Permanent Mission of Ruritania to the"
            " United Nations addressed to the Chair of the Committee",
            "2 June 2030",
            "Chair of the Committee",
        ),
        (
            "Lettre datée du 15 janvier 2030, adressée au Secrétaire général par le"
            " Représentant permanent de la Ruritanie auprès de l’Organisation des Nations Unies",
            "15 janvier 2030",
            "Secrétaire général",
        ),
        (
            "Carta de fecha 15 de enero de 2030 dirigida al Secretario General por el"
            " Representante Permanente de Ruritania ante las Naciones Unidas",
            "15 de enero de 2030",
            "Secretario General",
        ),
    ],
)
def test_circulated_letter_titles(title: str, date: str, addressee: str) -> None:
    letter = circulated_letter(title)
    assert letter is not None
    assert (letter.date, letter.addressee) == (date, addressee)


@pytest.mark.parametrize(
    "title",
    [
        "Report of the Secretary-General on the situation in the region",
        "Letters and notes: a guide to diplomatic correspondence",
        None,
    ],
)
def test_titles_of_other_documents_are_no_circulated_letters(title: str | None) -> None:
    assert circulated_letter(title) is None


def test_constructed_board_paper_titled_under_its_organ(tmp_path: Path) -> None:
    """A UN board paper: the organ in the masthead's largest type, level with the distribution
    line, is who issues it; the title is the long bold run under the session and agenda lines
    (six lines of it)."""
    organ = [
        "Executive Board of the",
        "United Nations Development",
        "Programme, the United Nations",
        "Population Fund and the",
        "United Nations Office for",
        "Project Services",
    ]
    title = [
        "Report on the implementation of the recommendations of",
        "the Board of Auditors on the review of measures and",
        "mechanisms for addressing the findings of its audit of",
        "the financial statements of the entity for the year",
        "ended 31 December 2030 and the status of their",
        "implementation",
    ]
    first = [
        (123, 722, 13.4, "United Nations", False),
        (492, 725, 12.0, "DP/2031/4", False),
        *[(123, 699 - 19.6 * i, 16.5, line, True) for i, line in enumerate(organ)],
        (397, 693, 10.0, "Distr.: General", False),
        (397, 682, 10.0, "2 December 2030", False),
        (397, 650, 10.0, "Original: English", False),
        (60, 580, 10.2, "First regular session 2031", True),
        (60, 567, 10.0, "27 to 31 January 2031, New York", False),
        (60, 554, 10.0, "Item 2 of the provisional agenda", False),
        *[(127, 515 - 15 * i, 14.3, line, True) for i, line in enumerate(title)],
        (73, 410, 10.0, "Summary", False),
        *_running(74, 390, 10.0, _TEXT, 20),
    ]
    record = _convert_pages(tmp_path, [first, [*_running(74, 760, 10.0, _TEXT, 40)]])
    assert record.title == " ".join(title)
    assert record.metadata.reference == "DP/2031/4"
