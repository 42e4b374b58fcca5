"""A parliamentary question's answer as a ministry prints it, of any chamber that numbers its
questions and names the day they are answered on: kind ``parliamentary_questions``.

The head, centred on the first page (the Lok Sabha's and Rajya Sabha's form, kept by every
ministry)::

    GOVERNMENT OF INDIA / MINISTRY OF RAILWAYS
    LOK SABHA
    STARRED QUESTION NO. 341
    TO BE ANSWERED ON 22.12.2021
    CARBON EMISSION                                  <- the subject
    *341. SHRIMATI MANEKA SANJAY GANDHI:             <- the members asking
    Will the Minister of RAILWAYS be pleased to state:   <- the minister addressed
    (a) … (b) …
    ANSWER
    MINISTER OF RAILWAYS, COMMUNICATIONS AND …       <- who answers: office,
    (SHRI ASHWINI VAISHNAW)                          <- and name

:func:`answer_head` reads it from the positioned lines; the record's date is the day answered
on (``date_answered``), the question's number is its ``question_ids``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..dates import find_dates
from ..document import Line, RawDocument
from ..models import DatePrecision, Person, Signatory

__all__ = ["ANSWERED_ON", "AnswerHead", "answer_head"]

#: the day the question is answered on ("TO BE ANSWERED ON 22.12.2021", "ANSWERED ON 21ST
#: JULY, 2015")
ANSWERED_ON = re.compile(r"^(?:TO BE )?ANSWERED ON\b\s*:?\s*(?P<date>.*)$", re.IGNORECASE)
#: the question's kind and number ("STARRED QUESTION NO. *341", "UNSTARRED QUESTION NO.2345")
_NUMBERED = re.compile(
    r"^(?:(?:UN)?STARRED\s+|WRITTEN\s+|ORAL\s+|SHORT NOTICE\s+)?QUESTION\s+NO\.?\s*\*?\s*"
    r"(?P<number>\d+)\b",
    re.IGNORECASE,
)
#: a member asking, opening the question ("*341. SHRIMATI MANEKA SANJAY GANDHI:") or under the
#: first ("SHRI P. NAGARAJAN:")
_ASKER = re.compile(
    r"^(?:\*?\d+\.\s*)?(?P<name>(?:SHRI|SHRIMATI|SMT\.?|KUMARI|DR\.?|PROF\.?|ADV\.?|SUSHRI|"
    r"CAPT\.?|COL\.?|GEN\.?|MR\.?|MRS\.?|MS\.?)\s+[^:]{2,60}?)\s*:\s*$",
    re.IGNORECASE,
)
#: the minister addressed ("Will the Minister of RAILWAYS be pleased to state"), over a line
#: or two
_ADDRESSED = re.compile(r"^Will the (?P<office>.+?)\s+be\s+pleased\b", re.IGNORECASE)
#: the office's name in capitals after "Minister of" ("Minister of CONSUMER AFFAIRS, FOOD AND
#: PUBLIC DISTRIBUTION", the same in Hindi after it)
_CAPITALS_RUN = re.compile(r"^(?P<office>.*?\bof\s+[A-Z&][A-Z&,\s-]*[A-Z])\b(?![a-z])")
#: (letter-spaced too: "A N S W E R")
_ANSWER = re.compile(r"^A\s?N\s?S\s?W\s?E\s?R\s*$", re.IGNORECASE)
#: the minister's name in brackets under the office ("(SHRI ASHWINI VAISHNAW)")
_NAME_IN_BRACKETS = re.compile(r"^\((?P<name>[^()]{3,60})\)$")
#: the minister's office over the name ("MINISTER OF STATE IN THE MINISTRY OF …")
_OFFICE = re.compile(r"\b(?:MINISTER|MANTRI)\b", re.IGNORECASE)


@dataclass
class AnswerHead:
    subject: str | None
    answered_on: tuple[str, DatePrecision] | None
    number: str | None
    askers: list[Person] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    answered_by: list[Signatory] = field(default_factory=list)
    answered: bool = False

    @property
    def date_answered(self) -> dt.date | None:
        return dt.date.fromisoformat(self.answered_on[0]) if self.answered_on else None


def answer_head(raw: RawDocument) -> AnswerHead | None:
    """The head of a question's answer on the first page, or ``None``: a line naming the day
    it is answered on and a numbered question line over it, both in the page's upper half."""
    first = sorted(
        (line for line in raw.lines if line.page == 1 and line.text.strip()),
        key=lambda line: -line.y0,
    )
    height = (raw.page_sizes or [(595.0, 842.0)])[0][1]
    at = next(
        (
            i
            for i, line in enumerate(first[:12])
            if ANSWERED_ON.match(line.text.strip()) and line.y0 > height * 0.5
        ),
        None,
    )
    if at is None:
        return None
    numbered = next((m for line in first[:at] if (m := _NUMBERED.match(line.text.strip()))), None)
    if numbered is None:
        return None
    days = [
        d
        for d in find_dates(ANSWERED_ON.match(first[at].text.strip()).group("date"))  # type: ignore[union-attr]
        if d.precision is DatePrecision.day
    ]
    subject = _subject(first[at + 1 : at + 4])
    head = AnswerHead(
        subject=" ".join(line.text.strip() for line in subject) or None,
        answered_on=(days[0].iso, days[0].precision) if days else None,
        number=numbered.group("number"),
    )
    rest = first[at + 1 + len(subject) :]
    for index, line in enumerate(rest):
        text = line.text.strip()
        asker = _ASKER.match(text)
        if asker and not head.addressees:
            head.askers.append(Person(name=" ".join(asker.group("name").split())))
            continue
        if text.startswith("Will the") and not head.addressees:
            joined = " ".join(other.text.strip() for other in rest[index : index + 3])
            addressed = _ADDRESSED.match(joined)
            if addressed:
                head.addressees.append(_office(addressed.group("office")))
            continue
        if _ANSWER.match(text):
            head.answered = True
            head.answered_by = _answering(rest[index + 1 : index + 7])
            break
    return head


def _office(text: str) -> str:
    """The office addressed, without its name in another script or a garbled font after it."""
    capitals = _CAPITALS_RUN.match(text)
    if capitals:
        return " ".join(capitals.group("office").split())
    words = [w for w in text.split() if all(c.isascii() or not c.isalpha() for c in w)]
    return " ".join(words)


def _subject(lines: list[Line]) -> list[Line]:
    """The display lines under the day answered on, up to the question."""
    subject: list[Line] = []
    for line in lines:
        text = line.text.strip()
        if _ASKER.match(text) or re.match(r"^(?:\*?\d+\.\s|Will the\b|\(a\))", text):
            break
        if not (text.isupper() or line.bold) or len(text) > 100:
            break
        if subject and not 0 < subject[-1].y0 - line.y0 <= 2.2 * line.size:
            break
        subject.append(line)
    return subject


def _answering(lines: list[Line]) -> list[Signatory]:
    """The minister answering: the office's lines under ANSWER, the name in brackets under
    them (a line in another script before them, the same in Hindi, is left aside)."""
    office: list[str] = []
    for line in lines:
        text = line.text.strip()
        name = _NAME_IN_BRACKETS.match(text)
        if name and office:
            return [Signatory(role=" ".join(" ".join(office).split()), name=name.group("name"))]
        if _OFFICE.search(text) or (office and text.isupper() and not text.startswith("(")):
            office.append(text)
        elif office:
            break
    return []
