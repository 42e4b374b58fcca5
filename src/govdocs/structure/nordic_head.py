"""The head field of a document set by the Nordic standards for administrative documents (SFS
2487 in Finland, SIS 624 in Sweden and their Norwegian and Danish peers), read from the layout
they share.

At the top of the first page, from the page's middle rightwards, stand the document's *name*
(its genre: ``OHJE``, ``PÄÄTÖS``, ``BESLUT``, ``PROMEMORIA``, ``NOTAT``), the page count in
brackets (``1 (3)``), and on the line under the name the document's date, with its diary number
beside it::

    OPETUSHALLITUS               OHJE                        1 (3)
                                 27.11.2025        OPH-3652-2022

The name says which genre the document is, whatever its text looks like (an instruction written
as a letter is still an instruction); the date under it is the document's own, even where the
head has no ``Datum`` label. The head counts only where its signs are there: a page count of the
Nordic form in the head band, or a name of the standard's list on a line of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import find_dates
from ..document import Line, RawDocument
from ..models import DatePrecision
from .pdf_layout import NORDIC_PAGE_COUNT

__all__ = ["NordicHead", "nordic_head"]

#: the head band: the top of the first page
_BAND = 0.82
#: the field starts about the page's middle (a third in on narrow layouts)
_FIELD_X = 0.35
_PAGE_COUNT = re.compile(rf"^{NORDIC_PAGE_COUNT}$", re.IGNORECASE)
#: the document names of the standards, by what they make the document: instructions, guides,
#: reports and plans; minutes, memos, agendas, notices and press releases; letters, statements
#: and consultation responses; decisions (Finnish, Swedish, Norwegian, Danish)
_NAMES = {
    "report": (
        "ohje|ohjeistus|yleisohje|selvitys|raportti|suunnitelma|strategia|ohjelma|"
        "anvisning|anvisningar|vägledning|riktlinjer|rapport|utredning|handlingsplan|"
        "veileder|veiledning|retningslinjer|vejledning|redegørelse"
    ),
    "other": (
        "pöytäkirja|pöytäkirjanote|muistio|esityslista|kokouskutsu|tiedote|kuulutus|"
        "protokoll|protokollsutdrag|promemoria|dagordning|kallelse|pressmeddelande|"
        "kungörelse|referat|notat|møteinnkalling|møteprotokoll|dagsorden|mødereferat"
    ),
    # (a decision is a letter where it is sent to whom it decides on, a record otherwise: the
    # name alone does not tell)
    "decision": "päätös|beslut|vedtak|afgørelse|beslutning",
    "letter": (
        "kirje|lausunto|vastine|brev|yttrande|remissvar|skrivelse|utlåtande|høringssvar|"
        "høringsuttalelse|svar"
    ),
}
_NAME = re.compile(
    "|".join(rf"^(?P<{genre}>(?:{names}))$" for genre, names in _NAMES.items()),
    re.IGNORECASE,
)
#: a date ending a line of the head (the field's date read on one line with the sender's
#: column beside it: "Maaomaisuuden kehittäminen ja tontit 09.09.2025")
_TRAILING_DATE = re.compile(r"(?:^|\s)(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True)
class NordicHead:
    name: str | None  #: the document's name as printed ("OHJE")
    #: what the name makes it: "report", "other", "letter", "decision" (None: unnamed)
    genre: str | None
    date: tuple[str, DatePrecision] | None


def nordic_head(raw: RawDocument) -> NordicHead | None:
    """The head field of the first page, or ``None`` where the page shows no sign of it."""
    if not raw.page_sizes:
        return None
    width, height = raw.page_sizes[0]
    band = [
        line
        for line in raw.lines
        if line.page == 1 and line.y0 >= height * _BAND and line.text.strip()
    ]
    field = [line for line in band if line.x1 >= width * _FIELD_X]
    counted = any(_PAGE_COUNT.match(line.text.strip()) for line in field)
    named = next(
        (line for line in field if line.x0 >= width * _FIELD_X and _NAME.match(line.text.strip())),
        None,
    )
    if named is None and not counted:
        return None
    name = genre = None
    if named is not None:
        match = _NAME.match(named.text.strip())
        assert match is not None
        name, genre = named.text.strip(), match.lastgroup
    return NordicHead(name, genre, _field_date(field, named, width))


def _field_date(
    field: list[Line], named: Line | None, width: float
) -> tuple[str, DatePrecision] | None:
    """The first date of the field: a line of its own (under the name or beside it), or the
    end of a line that reaches into the field's column."""
    for line in sorted(field, key=lambda ln: (-ln.y0, ln.x0)):
        text = line.text.strip()
        if named is not None and line.y0 > named.y0 + 1:
            continue  # (above the name: the sender's masthead)
        alone = len(text) <= 20 and line.x0 >= width * _FIELD_X
        trailing = _TRAILING_DATE.search(text)
        value = text if alone else trailing.group(1) if trailing else None
        if value is None:
            continue
        days = [d for d in find_dates(value, numeric=True) if d.precision is DatePrecision.day]
        if days and (not alone or days[0].end - days[0].start >= len(value) - 2):
            return days[0].iso, days[0].precision
    return None
