"""Written questions of a council's or a provincial assembly's members, as their PDF prints them.

Dutch municipalities and provinces publish the written questions of their members (and the
executive's answers) under a display line naming the genre: "Schriftelijke vragen",
"Raadsvragen", "Statenvragen" (English "Written questions", French "Question écrite"). The head
holds labelled fields (Datum, Onderwerp, a sequence number: "Volgnummer 236") and names who asks
("Schriftelijke vragen van de leden Aslami, IJmker en Garmy inzake …", "van het raadslid De Vries
(D66) over …"). Such a document is the questions' record, answered where an answer follows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Line
from ..models import Person

#: the genre on a display line of its own
_GENRE = re.compile(
    # (a heading "Vragen" alone is not the genre: an FAQ, a decision's section)
    r"(?:Schriftelijke|Aanvullende|Technische)\s+(?:raads|staten)?vragen|(?:Raads|Staten)vragen|"
    r"(?:Written|Councillor['’]?s?)\s+questions?|Questions?\s+écrites?",
    re.IGNORECASE,
)
#: the sequence number the clerk gives the questions, labelled
_NUMBER = re.compile(
    r"^(?:Volgnummer|Vraagnummer|Registratienummer|Nummer|Question number)\s*:?\s*(?P<number>"
    r"[\w./-]*\d[\w./-]*)$",
    re.IGNORECASE,
)
#: who asks, inside the subject or the opening ("van de leden A, B en C inzake …", "van het
#: raadslid De Vries (D66) over …")
_ASKED_BY = re.compile(
    r"\bvan\s+(?:het|de)\s+(?:raads|staten)?(?:leden|lid)\s+(?P<names>.+?)\s+"
    r"(?:inzake|over|betreffende|aangaande|omtrent|met betrekking tot|m\.b\.t\.)\s",
    re.IGNORECASE,
)
#: an answer follows the questions
_ANSWER = re.compile(r"^(?:Antwoord(?:en)?(?:\s+(?:van|op)\b.*)?|Beantwoording\b.*)\s*:?$", re.I)


@dataclass(frozen=True)
class CouncilQuestions:
    number: str | None
    askers: list[Person]
    answered: bool


def _askers(text: str) -> list[Person]:
    match = _ASKED_BY.search(f"{' '.join(text.split())} ")
    if match is None:
        return []
    people: list[Person] = []
    for part in re.split(r",\s*|\s+en\s+", match.group("names")):
        party = re.search(r"\(([^)]{1,30})\)", part)
        name = re.sub(r"\([^)]*\)", "", part).strip()
        # ("… en het raadslid Bakker (GroenLinks)": each named with the office)
        name = re.sub(r"^(?:het|de)\s+(?:raads|staten)?(?:lid|leden)\s+", "", name, flags=re.I)
        if name and len(name.split()) <= 4 and name[:1].isupper():
            people.append(Person(name=name, party=party.group(1).strip() if party else None))
    return people


def _number(first: list[Line]) -> str | None:
    """The labelled sequence number, on the label's line or beside it."""
    for line in first:
        text = line.text.strip()
        match = _NUMBER.match(text)
        if match:
            return match.group("number")
        if _NUMBER.match(f"{text} 1"):
            beside = [
                other
                for other in first
                if abs(other.y0 - line.y0) < 3 and other.x0 > line.x1 and other is not line
            ]
            if beside:
                value = min(beside, key=lambda other: other.x0).text.strip()
                if re.fullmatch(r"[\w./-]*\d[\w./-]*", value):
                    return value
    return None


def council_questions(
    first: list[Line], lines: list[Line], body: float, height: float, subject: str | None
) -> CouncilQuestions | None:
    """The questions a document's head shows it to be (``first``: its first page's lines,
    ``lines``: all of them, ``body``: the text's size, ``height``: the first page's,
    ``subject``: the head's labelled subject), or ``None``."""
    genre = any(
        _GENRE.fullmatch(line.text.strip().rstrip(":"))
        and (line.bold or line.size >= 1.3 * body)
        and line.y0 > 0.6 * height
        for line in first
    )
    if not genre:
        return None
    number = _number(first)
    askers = _askers(subject or "") or next(
        (found for line in first if (found := _askers(line.text))), []
    )
    answered = any(_ANSWER.match(line.text.strip()) and line.bold for line in lines)
    return CouncilQuestions(number, askers, answered)
