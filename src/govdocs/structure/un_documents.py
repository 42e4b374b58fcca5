"""The editorial conventions of UN-style documents that say what a document is.

Letters an international organisation circulates as its own documents: the UN (and bodies that follow its editorial rules: UNESCO, the IAEA, the OSCE) issue a
letter from a member state or an official as a document with a symbol, its title saying who
wrote to whom and when: "Letter dated 15 January 2025 from the Permanent Representative of
Argentina to the United Nations addressed to the Secretary-General"; "Lettre datée du
15 janvier 2025, adressée au Secrétaire général par …"; "Carta de fecha 15 de enero de 2025
dirigida al Secretario General por …". Such a document is a letter: its date is the letter's
(the distribution date above it is the day it was issued), its addressee the one the title
names, however its body opens ("I have the honour to …", no salutation).

Resolutions and decisions of its organs: a display line says who adopted it and when
("Resolution adopted by the Human Rights Council on 8 July 2025"), the resolution's name under
it after its number ("59/25. Human rights and climate change"): the name is the title, the day
of adoption the date (the distribution date above is the day it was issued).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Line

_ENGLISH = re.compile(
    r"^(?:Identical )?(?:letters?|note verbale|notes verbales) dated (?P<date>.+?) from (?:the )?"
    r"(?P<sender>.+?) addressed to (?:the )?(?P<addressee>.+?)\.?$",
    re.IGNORECASE,
)
_FRENCH = re.compile(
    r"^(?:Lettres? identiques|Lettres?|Notes? verbales?) datée?s? du (?P<date>.+?),? "
    r"adressée?s? (?:au |à la |à l['’]|aux )(?P<addressee>.+?) par (?:le |la |l['’]|les )?"
    r"(?P<sender>.+?)\.?$",
    re.IGNORECASE,
)
_SPANISH = re.compile(
    r"^(?:Cartas? idénticas|Cartas?|Notas? verbales?) de fecha (?P<date>.+?),? "
    r"dirigidas? (?:al |a la |a los )(?P<addressee>.+?) por (?:el |la |los )?"
    r"(?P<sender>.+?)\.?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CirculatedLetter:
    date: str  # as the title writes it ("15 January 2025")
    sender: str
    addressee: str


def circulated_letter(title: str | None) -> CirculatedLetter | None:
    """The letter a circulated document's title describes, or ``None``."""
    if not title:
        return None
    text = " ".join(title.split())
    for pattern in (_ENGLISH, _FRENCH, _SPANISH):
        match = pattern.match(text)
        if match:
            addressee = match.group("addressee")
            return CirculatedLetter(
                match.group("date"), match.group("sender"), addressee[:1].upper() + addressee[1:]
            )
    return None


#: who adopted a resolution or decision and when, on a display line (and the next)
_ADOPTED = re.compile(
    r"^(?:Resolution|Decision|Résolution|Décision|Resolución|Decisión)\s+"
    r"(?:adopted by|adoptée par|aprobada por)\s+(?:the\s+|le\s+|la\s+|l['’]|el\s+)?"
    r"(?P<organ>.+?)\s+(?:on|le|el)\s+(?P<date>\d.+)$",
    re.IGNORECASE,
)
#: the resolution's number before its name ("59/25. Human rights and climate change")
_NUMBERED_NAME = re.compile(r"^\d+/[\dA-Z.]+\.\s+(?P<name>\S.*)$")


@dataclass(frozen=True)
class AdoptedResolution:
    date: str  # as the display line writes it ("8 July 2025")
    name: str | None  # the resolution's name, without its number


def adopted_resolution(lines: list[Line]) -> AdoptedResolution | None:
    """The resolution the first page's display lines name (``lines``: the first page's, top
    down), or ``None``. The adoption line may wrap before its date."""
    for index, line in enumerate(lines):
        if not line.bold:
            continue  # (a display line: running text citing a resolution is none)
        text = line.text.strip()
        following = lines[index + 1] if index + 1 < len(lines) else None
        match = _ADOPTED.match(text)
        if match is None and following is not None and abs(following.size - line.size) < 0.5:
            match = _ADOPTED.match(f"{text} {following.text.strip()}")
        if match is None:
            continue
        name: str | None = None
        for at in range(index + 1, min(index + 4, len(lines))):
            other = lines[at]
            numbered = _NUMBERED_NAME.match(other.text.strip())
            if numbered and other.bold:
                words = [numbered.group("name")]
                for more in lines[at + 1 : at + 3]:
                    # (a name wrapped over lines in its own type)
                    if more.bold and abs(more.size - other.size) < 0.5 and more.x0 >= other.x0 - 1:
                        words.append(more.text.strip())
                    else:
                        break
                name = " ".join(words)
                break
        return AdoptedResolution(match.group("date"), name)
    return None
