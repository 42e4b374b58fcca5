"""The issue number a serial publication's masthead prints (held-out sets 79, 81, 82, 89, 90): a
chamber's record ("Vol. IV No. 94" at the foot of the Hansard's cover, "Núm. 679" over the
Diario de Sesiones' first page), an order paper's "(No. 116)", a gazette's "N° 7.150" or
"138. szám"; none where the number is a decree's or a citation's."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdocs.document import Line
from govdocs.structure.symbols import issue_number

from .test_pdf_documents import _convert_pages, _Row, _running

HEIGHT = 842.0


def _line(text: str, y: float, x0: float = 80.0, page: int = 1) -> Line:
    return Line(text=text, page=page, x0=x0, y0=y, x1=x0 + 6 * len(text), y1=y + 10, size=10.0)


@pytest.mark.parametrize(
    ("rows", "issue"),
    [
        ([("Núm. 679", 80.0), ("27 de abril de 2026", 255.0), ("Pág. 1", 537.0)], "Núm. 679"),
        ([("(No. 116)", 80.0), ("(2804)", 500.0)], "No. 116"),
        (
            [("DIÁRIO OFICIAL DO MUNICÍPIO • DOM 10 DE DEZEMBRO DE 2024 • N° 7.150", 60.0)],
            "N° 7.150",
        ),
        ([("MAGYAR KÖZLÖNY", 60.0), ("138. szám", 480.0)], "138. szám"),
        (
            [("Seventeenth Series, Vol. XIII No.17 Wednesday, August 11, 2021", 60.0)],
            "Seventeenth Series, Vol. XIII No.17",
        ),
        # a decree's number, continued beside it in another size; a citation in a sentence
        ([("N° 003", 215.0), ("- 2008 - MINAM", 279.0)], None),
        ([("as the Council decided in its Regulation No. 5 of 1958", 80.0)], None),
    ],
)
def test_issue_number_in_the_masthead(rows: list[tuple[str, float]], issue: str | None) -> None:
    lines = [_line(text, 760.0, x0) for text, x0 in rows]
    filler = [
        _line(f"Running text of the first page, line {i}.", 600.0 - 12 * i) for i in range(20)
    ]
    assert issue_number(lines + filler, HEIGHT) == issue


def test_issue_number_low_on_a_page_of_text_is_none_but_on_a_cover_it_counts() -> None:
    """Under the masthead's third of a page of text the pattern is a citation; a cover of a
    few lines prints its issue at the foot ("THE HANSARD" / "Vol. IV No. 94")."""
    low = _line("Vol. IV No. 94", 85.0, 441.0)
    text = [_line(f"Running text of the first page, line {i}.", 700.0 - 12 * i) for i in range(20)]
    assert issue_number([*text, low], HEIGHT) is None
    cover = [_line("REPUBLIC OF KENYA", 670.0), _line("THE HANSARD", 243.0), low]
    assert issue_number(cover, HEIGHT) == "Vol. IV No. 94"


def test_a_chambers_record_names_its_issue(tmp_path: Path) -> None:
    """A gazette's first page: masthead, issue number top left, then its acts: the record's
    reference is the issue."""
    page: list[_Row] = [
        (180, 780, 22.0, "BOLETÍN OFICIAL DEL MUNICIPIO", True),
        (40, 740, 10.0, "Núm. 679", True),
        (250, 740, 10.0, "27 de abril de 2026", True),
        (520, 740, 10.0, "Pág. 1", True),
        *_running(
            60, 700, 10.0, "El Ayuntamiento aprueba la ordenanza de circulación y aparcamiento.", 30
        ),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.metadata.reference == "Núm. 679"  # type: ignore[union-attr]


def test_a_typesetters_slug_is_no_document_symbol() -> None:
    """The Federal Register prints its typesetter's slug on every page in 5 points ("… on
    DSK120RN23PROD with PRESDOC"): no symbol of the document; the same code in the text's size
    would be."""
    from govdocs.structure.symbols import document_symbol

    def slug(page: int, size: float) -> Line:
        text = "ddrumheller on DSK120RN23PROD with PRESDOC"
        return Line(text=text, page=page, x0=18, y0=18, x1=22, y1=18 + size, size=size)

    assert document_symbol([slug(1, 5.0), slug(2, 5.0)], 2, 10.0) is None
    assert document_symbol([slug(1, 9.5), slug(2, 9.5)], 2, 10.0) == "DSK120RN23PROD"


def test_a_running_header_with_its_page_number_on_the_outer_side_is_furniture(
    tmp_path: Path,
) -> None:
    """Mirrored pages print the page number at the header's outer end: after the header on odd
    pages, before it on even ones. Both are the same running header."""
    header = "Federal Register / Vol. 90, No. 7 / Monday, January 13, 2025 / Presidential Documents"
    text = "By the authority vested in me as President by the Constitution and the laws."
    pages: list[list[_Row]] = [
        [(112, 750, 9.5, f"{header} 2577", False), *_running(207, 700, 10.0, text, 30)],
        [(112, 750, 9.5, f"2578 {header}", False), *_running(207, 700, 10.0, text, 30)],
    ]
    record = _convert_pages(tmp_path, pages)
    assert not [block.text for block in record.blocks if "Federal Register" in block.text]
