"""A parliamentary question's answer as a ministry prints it (the Lok Sabha's form), read from
constructed first pages in the layout of real answers of four ministries (held-out set 57)."""

from __future__ import annotations

from govdocs.document import Line
from govdocs.models import DocumentKind, ParliamentaryQuestionsMetadata
from govdocs.structure import structure

from .test_pdf_document import _cover

QUESTION = "(a) whether the Government has been computing the total greenhouse gas emissions;"


def _answer(head: list[tuple[str, float, float, float]], answer: bool = True):  # type: ignore[no-untyped-def]
    raw = _cover([], pages=1)
    raw.lines[:] = [Line(t, 1, x0, y0, x1, y0 + 12, 12.0, True) for t, x0, x1, y0 in head]
    raw.lines += [Line(QUESTION, 1, 76, 420 - 16 * i, 539, 432 - 16 * i, 12.0) for i in range(6)]
    if answer:
        raw.lines += [
            Line(t, 1, x0, y0, x1, y0 + 12, 12.0, True)
            for t, x0, x1, y0 in [
                ("A N S W E R", 277.0, 335.0, 283.9),
                ("MINISTER OF RAILWAYS, COMMUNICATIONS AND", 140.5, 470.7, 241.3),
                ("ELECTRONICS & INFORMATION TECHNOLOGY", 151.9, 460.0, 221.9),
                ("(SHRI ASHWINI VAISHNAW)", 214.6, 396.6, 202.5),
                ("(a) to (c) A Statement is laid on the Table of House.", 76.0, 412.6, 163.6),
            ]
        ]
    return structure(raw)


HEAD = [
    ("GOVERNMENT OF INDIA", 226.0, 386.0, 728.4),
    ("MINISTRY OF RAILWAYS", 224.2, 387.3, 708.9),
    ("LOK SABHA", 266.7, 345.3, 669.9),
    ("STARRED QUESTION NO. 341", 209.0, 400.9, 650.5),
    ("TO BE ANSWERED ON 22.12.2021", 195.6, 414.3, 631.1),
    ("CARBON EMISSION", 242.0, 369.1, 592.2),
    ("*341. SHRIMATI MANEKA SANJAY GANDHI:", 72.0, 359.3, 551.1),
    ("SHRI P. NAGARAJAN:", 108.0, 247.9, 534.0),
    ("Will the Minister of CONSUMER AFFAIRS, FOOD AND PUBLIC", 108.0, 568.7, 512.2),
    ("DISTRIBUTION miHkksDrk ekeys be pleased to state:", 72.0, 541.0, 495.0),
]


def test_an_answer_to_a_numbered_question_is_a_questions_record() -> None:
    doc = _answer(HEAD)
    assert doc.kind is DocumentKind.parliamentary_questions
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryQuestionsMetadata)
    assert doc.title == meta.subject == "CARBON EMISSION"
    assert doc.date == "2021-12-22" and str(meta.date_answered) == "2021-12-22"
    assert meta.question_ids == ["341"]
    assert [p.name for p in meta.askers] == ["SHRIMATI MANEKA SANJAY GANDHI", "SHRI P. NAGARAJAN"]
    # the office in capitals, not the same in a garbled Hindi font after it
    assert meta.addressees == ["Minister of CONSUMER AFFAIRS, FOOD AND PUBLIC DISTRIBUTION"]
    assert [(s.role, s.name) for s in meta.answered_by] == [
        (
            "MINISTER OF RAILWAYS, COMMUNICATIONS AND ELECTRONICS & INFORMATION TECHNOLOGY",
            "SHRI ASHWINI VAISHNAW",
        )
    ]
    assert meta.status == "answered"


def test_a_question_not_yet_answered_and_a_page_that_only_cites_one() -> None:
    doc = _answer(HEAD, answer=False)
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryQuestionsMetadata)
    assert meta.status == "unanswered" and meta.date_answered is None and meta.answered_by == []
    # a day "answered on" without a numbered question over it is no answer's head
    unnumbered = [line for line in HEAD if "QUESTION NO." not in line[0]]
    assert _answer(unnumbered).kind is not DocumentKind.parliamentary_questions
