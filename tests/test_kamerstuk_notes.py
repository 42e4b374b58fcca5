"""A ministry's own print of a Kamerstuk (held-out set 50): notes numbered through the whole
document with a numbered table at the foot of one page, and the minister's office wrapped over
two lines above the name."""

from __future__ import annotations

from govdocs.document import Line
from govdocs.structure import pdf_layout
from govdocs.structure.signatures import Placed, signature_spans

from .test_pdf_document import _page_of

_TEXT = "De regering heeft met belangstelling kennisgenomen van het verslag van de commissie."


def _page(page: int, notes: list[tuple[str, str]]) -> list[Line]:
    lines = [Line(_TEXT, page, 71, 760 - 15.5 * i, 520, 771 - 15.5 * i, 11.0) for i in range(30)]
    for index, (label, text) in enumerate(notes):
        y = 90 - 12 * index
        lines.append(Line(f"{label} {text}", page, 71, y, 480, y + 10, 10.0))
    return lines


def test_a_numbered_table_at_a_pages_foot_between_notes_is_no_note() -> None:
    """Notes 1-2, then rows "1 AOW 19.600 19.600" … at the foot of page 2, then notes 3-4: the
    rows number again from 1 and the notes after them go on from 2, not from the rows."""
    lines = [
        *_page(
            1,
            [
                ("1", "Wet bedrag ineens, RVU en verlofsparen, 35555."),
                ("2", "Kamerstukken I 2020/21, 35555, H."),
            ],
        ),
        *_page(
            2,
            [
                ("1", "AOW 19.600 19.600"),
                ("2", "Aanvullend pensioen 7.200 6.500"),
                ("3", "Bedrag ineens 13.300 0"),
            ],
        ),
        *_page(
            3,
            [("3", "Kamerstukken II 2021/22, 36154, nr. 3."), ("4", "Staatscourant 2024, 12345.")],
        ),
    ]
    notes = pdf_layout.analyse(_page_of(lines, pages=3)).footnotes
    assert [(note.label, note.page) for note in notes] == [("1", 1), ("2", 1), ("3", 3), ("4", 3)]


def test_a_part_that_numbers_its_notes_anew_keeps_them() -> None:
    """Notes 1-2 of a cover letter, then a report numbering its notes from 1 again and going on
    from its own: all are notes."""
    lines = [
        *_page(
            1,
            [
                ("1", "Zie de bijlage bij deze brief."),
                ("2", "Kamerstukken II 2024/25, 36154, nr. 5."),
            ],
        ),
        *_page(
            2,
            [
                ("1", "Bron: de releases van de software."),
                ("2", "Dit moet niet worden verward met online stemmen."),
            ],
        ),
        *_page(3, [("3", "Handelingen II 2021/22, nr. 34."), ("4", "Staatscourant 2024, 12345.")]),
    ]
    notes = pdf_layout.analyse(_page_of(lines, pages=3)).footnotes
    assert [note.label for note in notes] == ["1", "2", "1", "2", "3", "4"]


def test_a_ministers_office_wrapped_over_two_lines_above_the_name() -> None:
    """ "De Minister van Sociale Zaken" / "en Werkgelegenheid," / (space to sign) / "Y.J. van
    Hijum" under the last answer, no closing formula."""
    paras = [
        [Placed("keuzebegeleiding aan deelnemers.", 39, 70.8, 564.1, 231.3)],
        [
            Placed("De Minister van Sociale Zaken", 39, 70.8, 520.5, 203.0),
            Placed("en Werkgelegenheid,", 39, 70.8, 506.1, 164.8),
        ],
        [Placed("Y.J. van Hijum", 39, 70.8, 419.1, 130.7)],
    ]
    spans = signature_spans(paras)
    assert [(s.role, s.name) for _, _, found in spans for s in found] == [
        ("Minister van Sociale Zaken en Werkgelegenheid", "Y.J. van Hijum")
    ]
