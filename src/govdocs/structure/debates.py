"""Speaker turns in the verbatim record of any parliament or council.

Every chamber prints a label before each speech, in its own convention: ``Deputy Michael
McNamara: I move …`` (Dáil Éireann), ``01.01 Theo Francken (N-VA): Mevrouw de …`` (the Belgian
Chamber), ``M. le président. – Mesdames, Messieurs …`` (French-speaking parliaments), ``The
Prime Minister (Boris Johnson): …`` (Westminster), ``De heer Omtzigt (CDA):`` on a line of its
own (the Tweede Kamer). What they share: a short label at the start of a paragraph that names a
person by an honorific, an office or a party in brackets, ended by a colon or by ``. –``.

A document is a verbatim record when such turns are many, several people take them and people
speak more than once (a debate, not a list of quotations): :func:`is_verbatim`. Its paragraphs
then become speeches of the person who last took the floor: :func:`speeches`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..document import Document
from ..models import BlockType, Person

__all__ = ["Turn", "is_verbatim", "speaker_turn", "speeches"]

#: courtesy titles before a name: no part of it ("Deputy Michael McNamara" is "Michael McNamara")
_COURTESY = (
    r"deputy|senator|senatorin|sénateur|sénatrice|député|députée|representative|rep|abg|"
    r"mr|mrs|ms|miss|m|mme|mmes|mlle|mevrouw|mevr|de heer|dhr|cllr|councillor|alderman|sir|dame|"
    r"lord|baroness|hon|the hon|herr|frau|"
    # Spanish and Portuguese records ("El señor QUERALT JIMÉNEZ:", "La señora GARRIDO TINTA:",
    # "O SR. PRESIDENTE", "A SRA. DEPUTADA …")
    r"el señor|la señora|señor|señora|el sr|la sra|sr|sra|o senhor|a senhora|senhor|senhora|"
    r"o sr|a sra|diputado|diputada|senador|senadora|deputado|deputada"
)
#: the offices that take the floor, with or without a name
_OFFICE = (
    r"minister|ministre|minister-president|ministre-présidente?|staatssecretaris|secretary|"
    r"secrétaire d'état|secrétaire d’état|president|président|présidente|presidente|voorzitter|"
    r"voorzitster|speaker|chair|chairman|chairwoman|chairperson|cathaoirleach|ceann comhairle|"
    r"leas-cheann comhairle|taoiseach|tánaiste|premier|prime minister|first minister|"
    r"commissioner|commissaris|präsident|präsidentin|vizepräsident|vizepräsidentin|rapporteur|"
    r"rapporteure|mayor|burgemeester|bourgmestre|wethouder|échevin|schepen|gedeputeerde|"
    r"presidenta|vicepresidente|vicepresidenta|ministro|ministra|consejero|consejera|alcalde|"
    r"alcaldesa|secretario|portavoz"
)
_COURTESY_WORD = re.compile(rf"^(?:the\s+)?(?:{_COURTESY})\.?(?:\s+|$)", re.IGNORECASE)
_OFFICE_WORD = re.compile(rf"\b(?:{_OFFICE})\b", re.IGNORECASE)
_SPEAKER_WORD = re.compile(rf"(?:^|\s)(?:{_COURTESY}|{_OFFICE})\.?(?=\s|$)", re.IGNORECASE)
#: a label at the start of a paragraph: an optional number of the turn ("01.01"), the label,
#: and its end: a colon, or a full stop and a dash ("M. le président. –")
_LABEL = re.compile(
    r"^(?:\d{1,2}\.\d{2}\s+)?(?P<label>[A-ZÀ-ÝŒ][^:;!?–—\"“”«»]{1,100}?)"
    r"(?:\s*:(?:\s+|$)|\.\s+[–—-]\s+|\s+[–—]\s+)"
)
#: the party (or constituency) in brackets at the label's end
_BRACKETS = re.compile(r"\s+\((?P<inside>[^()]{1,80})\)$")
#: a label that introduces, not a speaker ("Dear Mr Smith:", "Note by the Chair:")
_NOT_A_SPEAKER = re.compile(
    r"^(?:dear|geachte|cher|chère|question|questions|vraag|vragen|answer|antwoord|réponse|"
    r"note|notes|reply)\b",
    re.IGNORECASE,
)
#: a verbatim record has at least this many turns
MIN_TURNS = 8


@dataclass(frozen=True)
class Turn:
    """A speaker's label at the start of a paragraph: who speaks, and where the speech starts."""

    label: str  # as printed, without the turn's number and the colon
    speaker: Person
    end: int  # offset in the paragraph where the speech starts


def speaker_turn(text: str) -> Turn | None:
    """The speaker's label that opens ``text``, or ``None``."""
    match = _LABEL.match(text)
    if match is None:
        return None
    label = " ".join(match.group("label").split())
    if len(label.split()) > 14 or _NOT_A_SPEAKER.match(label):
        return None
    brackets = _BRACKETS.search(label)
    before = label[: brackets.start()].strip() if brackets else label
    inside = brackets.group("inside").strip() if brackets else None
    if inside is not None and not _capitalised(inside):
        return None  # (a remark in brackets, "(Notify applicant)", names no party)
    holder = _uncourteous(inside) if inside else ""
    if brackets is not None:
        # (a constituency before the party: "Jeremy Corbyn (Islington North) (Lab)")
        before = _BRACKETS.sub("", before)
    if inside and (holder != inside or _office_phrase(before)) and _name_like(holder):
        # an office with its holder in brackets: "Minister of State … (Deputy Aodhán Ó
        # Ríordáin)", "The Prime Minister (Boris Johnson)", "Acting Chairman (Deputy …)"
        return Turn(label, Person(name=holder, role=before), match.end())
    name = _uncourteous(before)
    office = _OFFICE_WORD.match(name)
    if office is not None and _name_like(name[office.end() :].strip()):
        # an office before the name: "Staatssecretaris Nicole de Moor", "Mayor Katz"
        person = Person(name=name[office.end() :].strip(), party=inside, role=office.group())
    elif _name_like(name) and (inside or _SPEAKER_WORD.search(before)):
        # a name with a courtesy title or a party: "Deputy Clare Daly", "Theo Francken (N-VA)"
        person = Person(name=name, party=inside)
    elif _office_phrase(before):
        # the chair or a minister named by the office alone: "M. le président", "The Taoiseach"
        person = Person(name=before, party=inside, role=before)
    else:
        return None
    return Turn(label, person, match.end())


def _uncourteous(text: str) -> str:
    """``text`` without the courtesy titles that open it ("Deputy", "M.", "De heer")."""
    while True:
        match = _COURTESY_WORD.match(text)
        if match is None or not text[match.end() :].strip():
            return text.strip()
        text = text[match.end() :]


#: name particles and the little words of an office's name ("Minister for Social Protection")
_PARTICLES = {
    "van", "de", "der", "den", "von", "du", "le", "la", "les", "des", "d'", "l'", "ó", "ní",
    "mac", "ten", "ter", "of", "for", "the", "and", "to", "voor", "het", "en", "et", "für",
    "und", "an", "na", "del", "da", "di",
}  # fmt: skip


def _name_like(text: str) -> bool:
    """A person's name: one to six words, capitalised but for particles, no office word."""
    return text[:1].isupper() and not _OFFICE_WORD.search(text) and _capitalised(text)


def _capitalised(text: str) -> bool:
    """One to six words, each capitalised or a particle ("Islington North", "N-VA")."""
    words = text.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def _office_phrase(text: str) -> bool:
    """An office named in a few words, capitalised but for particles and the office word
    itself ("M. le président", "An Leas-Cheann Comhairle", "Minister for Social Protection")."""
    words = text.split()
    return (
        0 < len(words) <= 10
        and _OFFICE_WORD.search(text) is not None
        and all(
            w[:1].isupper() or w.lower() in _PARTICLES or _SPEAKER_WORD.fullmatch(w) is not None
            for w in words
        )
    )


def is_verbatim(paragraphs: Iterable[str]) -> bool:
    """Whether the paragraphs are a debate's record: :data:`MIN_TURNS` turns or more, taken by
    three people or more, one of them speaking at least twice."""
    labels = Counter(turn.label for text in paragraphs if (turn := speaker_turn(text)) is not None)
    return (
        sum(labels.values()) >= MIN_TURNS
        and len(labels) >= 3
        and max(labels.values(), default=0) >= 2
    )


def speeches(doc: Document) -> list[Person]:
    """Make the paragraphs of ``doc`` speeches: a paragraph opening with a speaker's label is
    that speaker's (the label taken off; a label alone on its line gives the floor to the
    paragraphs after it), and the paragraphs after it are too, up to the next label or
    heading. Returns the speakers, each once, in the order they first spoke."""
    speaker: Person | None = None
    seen: dict[tuple[str, str | None], Person] = {}
    kept = []
    for block in doc.blocks:
        if block.type is BlockType.heading:
            speaker = None
        elif block.type is BlockType.paragraph:
            turn = speaker_turn(block.text)
            if turn is not None:
                speaker = seen.setdefault((turn.speaker.name, turn.speaker.party), turn.speaker)
                speech = block.text[turn.end :].strip()
                if not speech:
                    continue  # the label alone: the floor is given, nothing said yet
                block.text = speech
            if speaker is not None:
                block.type, block.speaker = BlockType.speech, speaker
        kept.append(block)
    doc.blocks = kept
    return list(seen.values())
