"""Written questions with answers (Aanhangsel van de Handelingen).

The PDFs in ``fixtures/questions/`` are REAL typeset publications. ``fixtures/xml/
ah-tk-20232024-1893.constructed.xml`` is CONSTRUCTED (no official Aanhangsel XML was available),
and the delayed-answer notice below is constructed from the real notice's page layout.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

import govdocs
from govdocs.models import ParliamentaryQuestionsMetadata
from govdocs.readers import read
from govdocs.structure import structure
from tests.golden import assert_golden

QUESTIONS = Path(__file__).parent / "fixtures" / "questions"
XML = Path(__file__).parent / "fixtures" / "xml"


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
            [("Mutluer", "GroenLinks-PvdA"), ("Kostić", "PvdD")],
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
            "ah-tk-20232024-2210",
            [("Erkens", "VVD")],
            ["Minister van Klimaat en Groene Groei"],
            dt.date(2024, 7, 2),
            dt.date(2024, 7, 23),
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
    """The corpus notice (``_mededeling_``) says the questions *were answered by a letter*
    (``zijn beantwoord middels een brief … (36 471-64)``): answered elsewhere, not delayed."""
    record = convert("ah-tk-20232024-1999")
    meta = record.metadata
    assert (record.id, meta.aanhangsel_number, meta.session_year) == (
        "ah-tk-20232024-1999",
        "1999",
        "2023-2024",
    )
    assert meta.status == "answered_elsewhere"
    assert meta.date_answered is None
    assert meta.date_submitted == dt.date(2024, 5, 30)
    assert (record.date, record.date_precision.value) == ("2024-06-07", "day")  # type: ignore[union-attr]
    assert [(s.role, s.name) for s in meta.answered_by] == [
        ("Minister van Binnenlandse Zaken en Koninkrijksrelaties", "De Jonge")
    ]
    assert [b.type.value for b in record.blocks].count("answer") == 0
    assert [b.number for b in record.blocks if b.type.value == "question"] == ["1", "2", "3"]
    notice = record.blocks[-1]
    assert notice.type.value == "paragraph"
    assert notice.text.startswith("De schriftelijke vragen van de leden Sneller")
    assert [(p.name, p.party) for p in meta.askers] == [
        ("Sneller", "D66"),
        ("Chakor", "GroenLinks-PvdA"),
        ("Van Nispen", "SP"),
    ]
    assert ("kamerstuk", "36471", "64", notice.id) in {
        (r.type.value, r.dossier, r.number, r.block) for r in record.references
    }


_DELAY = [
    "De vragen van de leden Sneller (D66), Chakor (GroenLinks-PvdA) en Van Nispen (SP) over",
    "juridische analyse(s) van het hoofdlijnenakkoord (2024Z09123) kunnen niet binnen de",
    "gebruikelijke termijn worden beantwoord. De reden van het uitstel is dat interdepartementale",
    "afstemming meer tijd vraagt. Ik streef ernaar de vragen zo spoedig mogelijk te beantwoorden.",
]


def test_delayed_answer_notice_is_answer_delayed() -> None:
    """CONSTRUCTED from the real one-page notice: its four notice lines replaced, in place, by the
    usual wording of a delay (``niet binnen de gebruikelijke termijn … uitstel``)."""
    (path,) = QUESTIONS.glob("ah-tk-20232024-1999_*.pdf")
    raw = read(path)
    at = next(i for i, line in enumerate(raw.lines) if line.text.startswith("De schriftelijke"))
    for offset, text in enumerate(_DELAY):
        raw.lines[at + offset] = dataclasses.replace(raw.lines[at + offset], text=text)
    doc = structure(raw)
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryQuestionsMetadata)
    assert (doc.kind.value, doc.official_id, meta.status) == (
        "parliamentary_questions",
        "ah-tk-20232024-1999",
        "answer_delayed",
    )
    assert meta.question_ids == ["2024Z09123"]
    assert meta.date_answered is None and doc.date == "2024-06-07"  # the notice's date
    assert [b.type.value for b in doc.blocks].count("answer") == 0
    assert [b.number for b in doc.blocks if b.type.value == "question"] == ["1", "2", "3"]
    assert doc.blocks[-1].type.value == "paragraph" and "uitstel" in doc.blocks[-1].text


def test_aanhangsel_xml_constructed() -> None:
    record = govdocs.convert(XML / "ah-tk-20232024-1893.constructed.xml", translate=False)
    meta = record.metadata
    assert (record.kind.value, record.id, record.date) == (
        "parliamentary_questions",
        "ah-tk-20232024-1893",
        "2024-06-03",
    )
    assert (meta.session_year, meta.aanhangsel_number, meta.status) == (
        "2023-2024",
        "1893",
        "answered",
    )
    assert [(p.name, p.party) for p in meta.askers] == [("Klaver", "GroenLinks-PvdA")]
    assert meta.addressees == ["Minister van Buitenlandse Zaken"]
    assert (meta.date_submitted, meta.date_answered) == (dt.date(2024, 4, 18), dt.date(2024, 6, 3))
    assert meta.question_ids == ["2024Z06789"]
    qa = [(b.type.value, b.number) for b in record.blocks]
    assert qa == [
        ("question", "1"),
        ("answer", "1"),
        ("question", "2"),
        ("answer", "2"),
        ("answer", "2"),
    ]
    assert record.blocks[0].text.endswith("naar de zon vliegen»?")
    assert record.footnotes[0].cited_in == record.blocks[0].id


@pytest.mark.parametrize(
    "name",
    [
        "ah-tk-20232024-1893",
        "ah-tk-20232024-1076",
        "ah-tk-20232024-1314",
        "ah-tk-20232024-2210",
        "ah-tk-20232024-2271",
        "ah-tk-20232024-2367",
        "ah-tk-20232024-1999",
        "ah-tk-20142015-698",
    ],
)
def test_golden_questions(name: str) -> None:
    assert_golden(f"questions-{name}", convert(name))


@pytest.mark.parametrize(
    ("reply", "addressees", "expected"),
    [
        (
            "Antwoord van Minister Bruins Slot (Buitenlandse Zaken) (ontvangen 3 juni 2024).",
            [],
            [("Minister van Buitenlandse Zaken", "Bruins Slot")],
        ),
        (  # a portfolio after the dash is not part of the office
            "Antwoord van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport – Jeugd, "
            "Preventie en Sport) (ontvangen 12 augustus 2024).",
            [],
            [("Staatssecretaris van Volksgezondheid, Welzijn en Sport", "Karremans")],
        ),
        (  # a minister without a ministry, lower-case office, co-answering minister not a signer
            "Antwoord van minister Weerwind (Rechtsbescherming), mede namens de Minister van "
            "Justitie en Veiligheid (ontvangen 3 mei 2023).",
            ["Minister van Justitie en Veiligheid", "Minister voor Rechtsbescherming"],
            [("Minister voor Rechtsbescherming", "Weerwind")],
        ),
    ],
)
def test_reply_line_variants(
    reply: str, addressees: list[str], expected: list[tuple[str, str]]
) -> None:
    from govdocs.structure.questions import _reply_signatories

    assert [(s.role, s.name) for s in _reply_signatories(reply, addressees)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de Minister van Financiën", ["Minister van Financiën"]),
        (
            "de Ministers van Financiën en van Economische Zaken",
            ["Minister van Financiën", "Minister van Economische Zaken"],
        ),
        (
            "de Staatssecretaris en de Minister van Volksgezondheid, Welzijn en Sport",
            [
                "Staatssecretaris van Volksgezondheid, Welzijn en Sport",
                "Minister van Volksgezondheid, Welzijn en Sport",
            ],
        ),
        (
            "de minister van Justitie en Veiligheid en de Minister voor Rechtsbescherming",
            ["Minister van Justitie en Veiligheid", "Minister voor Rechtsbescherming"],
        ),
    ],
)
def test_addressee_variants(text: str, expected: list[str]) -> None:
    from govdocs.structure.questions import _addressees

    assert _addressees(text) == expected
