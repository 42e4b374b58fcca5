"""Written questions with answers (Aanhangsel van de Handelingen), official typeset PDFs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import govdocs
from tests.golden import assert_golden

QUESTIONS = Path(__file__).parent / "fixtures" / "questions"


def convert(name: str) -> govdocs.Record:
    (path,) = QUESTIONS.glob(f"{name}_*.pdf")
    return govdocs.convert(path, translate=False)


@pytest.fixture(scope="module")
def klaver() -> govdocs.Record:
    return convert("ah-tk-20232024-1893")


def test_metadata_klaver(klaver: govdocs.Record) -> None:
    meta = klaver.metadata
    assert klaver.kind.value == "parliamentary_questions"
    assert klaver.id == "ah-tk-20232024-1893"
    assert meta.kind == "parliamentary_questions"
    assert (meta.chamber, meta.session_year, meta.aanhangsel_number) == (
        "Tweede Kamer",
        "2023-2024",
        "1893",
    )
    assert [(p.name, p.party) for p in meta.askers] == [("Klaver", "GroenLinks-PvdA")]
    assert meta.addressees == ["Minister van Buitenlandse Zaken"]
    assert [(s.role, s.name) for s in meta.answered_by] == [
        ("Minister van Buitenlandse Zaken", "Bruins Slot")
    ]
    assert meta.date_submitted == dt.date(2024, 4, 18)
    assert meta.date_answered == dt.date(2024, 6, 3)
    assert (klaver.date, klaver.date_precision.value) == ("2024-06-03", "day")  # type: ignore[union-attr]
    assert meta.subject == "het bericht dat Corendon Russische toeristen naar de zon blijft vliegen"
    assert meta.status == "answered"


def test_questions_and_answers_alternate(klaver: govdocs.Record) -> None:
    qa = [(b.type.value, b.number) for b in klaver.blocks if b.type.value in ("question", "answer")]
    numbers = sorted({n for _, n in qa}, key=lambda n: int(n or 0))
    assert numbers == [str(i) for i in range(1, 8)]
    for number in numbers:
        kinds = [k for k, n in qa if n == number]
        assert kinds[0] == "question" and "answer" in kinds
    first_q = next(b for b in klaver.blocks if b.type.value == "question")
    assert first_q.text.startswith("Bent u bekend met het NRC artikel")
    assert first_q.text.endswith("vliegen»?")  # the footnote mark left the text
    assert first_q.footnote_refs == ["fn1"]
    assert klaver.footnotes[0].cited_in == first_q.id
    assert klaver.footnotes[0].text.startswith("NRC, 16 april 2024")
    answer2 = [b.text for b in klaver.blocks if b.type.value == "answer" and b.number == "2"]
    assert answer2[0].startswith("Nee, dat klopt niet.")
    assert "luchtvaartmaatschappijen" in answer2[0]  # hyphenation across lines repaired


@pytest.mark.parametrize(
    ("name", "askers", "addressees", "submitted", "answered"),
    [
        (
            "ah-tk-20232024-1076",
            [("Van Haga", "Groep Van Haga")],
            [
                "Minister van Binnenlandse Zaken en Koninkrijksrelaties",
                "Minister van Justitie en Veiligheid",
            ],
            dt.date(2023, 11, 20),
            dt.date(2024, 2, 20),
        ),
        (
            "ah-tk-20232024-1314",
            [("Mutluer", "GroenLinks-PvdA"), ("Kostic´", "PvdD")],
            ["Minister van Onderwijs, Cultuur en Wetenschap"],
            dt.date(2024, 3, 6),
            dt.date(2024, 3, 25),
        ),
        (
            "ah-tk-20232024-2271",
            [("Westerveld", "GroenLinks-PvdA")],
            [
                "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
                "Minister van Volksgezondheid, Welzijn en Sport",
            ],
            dt.date(2024, 6, 21),
            dt.date(2024, 8, 12),
        ),
        (
            "ah-tk-20142015-698",
            [("Bouwmeester", "PvdA")],
            ["Minister van Volksgezondheid, Welzijn en Sport"],
            dt.date(2014, 10, 3),
            dt.date(2014, 11, 26),
        ),
    ],
)
def test_metadata_across_documents(
    name: str,
    askers: list[tuple[str, str]],
    addressees: list[str],
    submitted: dt.date,
    answered: dt.date,
) -> None:
    record = convert(name)
    meta = record.metadata
    assert record.id == name
    assert [(p.name, p.party) for p in meta.askers] == askers
    assert meta.addressees == addressees
    assert (meta.date_submitted, meta.date_answered) == (submitted, answered)
    assert meta.status == "answered"
    assert all(n.cited_in for n in record.footnotes) or name == "ah-tk-20232024-2271"
    texts = " ".join(b.text for b in record.blocks)
    assert (
        "ISSN" not in texts
        and "’s-Gravenhage" not in texts
        and "vergaderjaar 2023–2024, Aanhangsel" not in texts
    )


def test_questions_answered_together() -> None:
    record = convert("ah-tk-20142015-698")
    numbers = [b.number for b in record.blocks if b.type.value == "question"]
    assert "2 en 3" in numbers
    assert any(r.type.value == "aanhangsel" and r.number == "403" for r in record.references)


def test_notice_instead_of_answers_is_not_a_broken_qa() -> None:
    record = convert("ah-tk-20232024-1999")
    meta = record.metadata
    assert meta.status == "answered_elsewhere"
    assert meta.date_answered is None
    assert record.date == "2024-06-07"
    assert [b.type.value for b in record.blocks].count("answer") == 0
    assert [b.number for b in record.blocks if b.type.value == "question"] == ["1", "2", "3"]
    assert record.blocks[-1].type.value == "paragraph"
    assert record.blocks[-1].text.startswith("De schriftelijke vragen van de leden Sneller")
    assert [p.name for p in meta.askers] == ["Sneller", "Chakor", "Van Nispen"]


@pytest.mark.parametrize(
    "name",
    [
        "ah-tk-20232024-1893",
        "ah-tk-20232024-1076",
        "ah-tk-20232024-2367",
        "ah-tk-20232024-1999",
        "ah-tk-20142015-698",
    ],
)
def test_golden_questions(name: str) -> None:
    assert_golden(f"questions-{name}", convert(name))
