"""The head of a German parliamentary paper (a *Drucksache* of the Bundestag, the Bundesrat or a
Landtag), read from the layout every such paper shares.

The first page opens with the parliament's name, the paper's number and the electoral term
(``Deutscher Bundestag`` | ``Drucksache 18/71`` / ``18. Wahlperiode`` | ``20.11.2013``), then
names its genre in display type and who submits it, the paper it answers or reports on, and its
title, each a group of bold lines set apart by space::

    Antrag                                  Beschlussempfehlung und Bericht
    der Bundesregierung                     des Ausschusses für Arbeit und Soziales
                                            zu dem Antrag der Abgeordneten … – Drucksache 18/982 –
    Fortsetzung der Beteiligung …           Angleichung der Renten in Ostdeutschland …

The genre decides the kind (questions and their answers, a committee's report, or another
paper: a bill, a motion, a recommendation); the last group is the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Line, RawDocument

__all__ = ["DrucksacheHead", "drucksache_head"]

_NUMBER = re.compile(r"^Drucksachen?\s+(?P<number>\d{1,2}\s*/\s*\d{1,6})$")
_TERM = re.compile(r"^\d{1,2}\.\s*Wahlperiode$")
#: the genres of the papers, as their display line names them
_GENRE = re.compile(
    r"^(?:Kleine Anfrage|Große Anfrage|Antwort|Schriftliche Fragen|Gesetzentwurf|Antrag|"
    r"Entschließungsantrag|Änderungsantrag|Dringlichkeitsantrag|Beschlussempfehlung|"
    r"Beschlussempfehlung und Bericht|Bericht|Unterrichtung|Stellungnahme|Mitteilung|"
    r"Verordnung|Wahlvorschlag|Zwischenbericht|Schlussbericht)$"
)
_QUESTIONS = {"Kleine Anfrage", "Große Anfrage", "Antwort", "Schriftliche Fragen"}
_REPORTS = {
    "Beschlussempfehlung und Bericht",
    "Bericht",
    "Unterrichtung",
    "Zwischenbericht",
    "Schlussbericht",
}
#: a group naming who submits the paper ("der Bundesregierung", "des Haushaltsausschusses")
#: or the paper it answers or reports on ("zu dem Antrag …", "auf die Große Anfrage …")
_NOT_TITLE = re.compile(r"^(?:der|des|von|zu|zum|zur|auf|über)\s", re.IGNORECASE)
_PAPER_CITED = re.compile(r"[–-]\s*Drucksachen?\s+\d.*[–-]$")


@dataclass(frozen=True)
class DrucksacheHead:
    """What the first page of a parliamentary paper states about it."""

    number: str
    genre: str
    #: ``questions`` (questions or their answers), ``report`` (a committee's report, a
    #: briefing) or ``other`` (a bill, a motion, a recommendation)
    kind: str
    #: the lines of the title, as printed (none where the paper names no title of its own)
    title: tuple[Line, ...]


def drucksache_head(raw: RawDocument) -> DrucksacheHead | None:
    """The head of a German parliamentary paper, or None when the first page is not one."""
    first = sorted((line for line in raw.lines if line.page == 1), key=lambda ln: -ln.y0)
    height = (raw.page_sizes or [(595.0, 842.0)])[0][1]
    top = [line for line in first if line.y0 > height * 0.8]
    number = next((m for line in top if (m := _NUMBER.match(" ".join(line.text.split())))), None)
    if number is None or not any(_TERM.match(line.text.strip()) for line in top):
        return None
    masthead = min(line.y0 for line in top if _TERM.match(line.text.strip()))
    below = [line for line in first if line.y0 < masthead - 1]
    genre_at = next(
        (i for i, line in enumerate(below[:6]) if line.bold and _GENRE.match(line.text.strip())),
        None,
    )
    if genre_at is None:
        return None
    genre = below[genre_at]
    groups: list[list[Line]] = []
    for line in below[genre_at + 1 :]:
        if not line.bold or line.size < genre.size * 0.68:
            break  # the paper's text (or its first heading in the text's size)
        if groups and groups[-1][-1].y0 - line.y0 <= 1.6 * line.size:
            groups[-1].append(line)
        else:
            groups.append([line])
    title = groups[-1] if len(groups) >= 2 else []
    text = " ".join(" ".join(line.text.split()) for line in title)
    if _NOT_TITLE.match(text) or _PAPER_CITED.search(text):
        title = []
    name = " ".join(genre.text.split())
    kind = "questions" if name in _QUESTIONS else "report" if name in _REPORTS else "other"
    return DrucksacheHead(
        number=re.sub(r"\s+", "", number.group("number")),
        genre=name,
        kind=kind,
        title=tuple(title),
    )
