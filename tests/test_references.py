"""References to other parliamentary documents, whatever the spelling."""

from __future__ import annotations

import pytest

from govdocs.structure.references import references_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kamerstuk 33 694, nr. 43", ("kamerstuk", "33694", None, "43", None)),
        ("Kamerstuk 35 925-X, nr. 90", ("kamerstuk", "35925", "X", "90", None)),
        ("Kamerstuk 36200-XII-60", ("kamerstuk", "36200", "XII", "60", None)),
        ("Kamerstuk 33009, nr. 117", ("kamerstuk", "33009", None, "117", None)),
        (
            "Kamerstukken II 2022/23, 36200 XII, nr. 60",
            ("kamerstuk", "36200", "XII", "60", "2022-2023"),
        ),
        ("Kamerstuk 21 501-32, nr. 1500", ("kamerstuk", "21501", "32", "1500", None)),
        (
            "Aanhangsel Handelingen II 2022/23, nr. 2214",
            ("aanhangsel", None, None, "2214", "2022-2023"),
        ),
        (
            "Aangangsels Handelingen II 2022/23, nr. 2214",
            ("aanhangsel", None, None, "2214", "2022-2023"),
        ),
        (
            "Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403",
            ("aanhangsel", None, None, "403", "2014-2015"),
        ),
        ("Handelingen II 2022/23, nr. 45, item 12", ("handelingen", None, None, "45", "2022-2023")),
    ],
)
def test_document_references(text: str, expected: tuple[str | None, ...]) -> None:
    (ref,) = references_in(f"Zie {text}.", "b3")
    assert (ref.type.value, ref.dossier, ref.suffix, ref.number, ref.session_year) == expected
    assert ref.block == "b3" and ref.text == text


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Hiermee wordt de motie De Hoop als afgedaan beschouwd.", "De Hoop"),
        ("de motie van het lid Koopmans c.s. uit april 2019", "Koopmans"),
        ("zoals gevraagd in de motie-Van der Plas over boeren", "Van der Plas"),
        ("de motie van de leden Omtzigt en Leijten", "Omtzigt"),
    ],
)
def test_named_motions(text: str, member: str) -> None:
    motions = [r for r in references_in(text) if r.type.value == "motion"]
    assert [m.member for m in motions] == [member]


@pytest.mark.parametrize(
    "text",
    ["een motie van de Kamer", "de motie over stikstof", "artikel 33 694", "nr. 43 van de krant"],
)
def test_no_false_references(text: str) -> None:
    assert [r for r in references_in(text) if r.type.value != "url"] == []
