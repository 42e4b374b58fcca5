"""Dates as documents write them, in the languages of Europe's governments, to ISO 8601.

Only what the text states: ``23 juni 2023`` -> ``2023-06-23`` (day precision), ``March 2021`` ->
``2021-03`` (month precision). Nothing is guessed: no default day, no default year.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ._greek import LOOKALIKES, unaccented
from .models import DatePrecision

__all__ = ["MONTHS", "FoundDate", "find_dates", "parse_date"]

MONTHS: dict[str, int] = {
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dec": 12,
    # English
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7,
    "august": 8, "october": 10, "mar": 3, "oct": 10,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "mai": 5, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7,
    # German (the rest are spelt as in Dutch or English)
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3,
    "dezember": 12, "dez": 12,
    # Italian and Spanish (EU and national authorities' documents)
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "enero": 1, "febrero": 2, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    # Russian (the genitive a date takes: "25 марта 2020 г.") and Bulgarian ("30 юли 2019 г.")
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7,
    "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    # Polish (genitive, as dated: "z dnia 28 stycznia 2015 r."), Czech and Slovak (genitive:
    # "ze dne 12. října 2020", "z 5. marca 2021")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
    "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "augusta": 8,
    "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12,
    # Swedish, Danish and Norwegian (the rest are spelt as in Dutch, German or French)
    "maj": 5, "augusti": 8, "marts": 3, "desember": 12,
    # Finnish (the partitive a date takes: "5. joulukuuta 2023")
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    # Estonian ("5. detsember 2023"), Romanian ("5 decembrie 2023")
    "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6, "juuli": 7,
    "oktoober": 10, "detsember": 12,
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Croatian and Slovene (genitive: "5. prosinca 2023.", "5. decembra 2023"; not the
    # Croatian "listopada", October, which is the Polish November)
    "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6,
    "srpnja": 7, "kolovoza": 8, "rujna": 9, "studenoga": 11, "studenog": 11, "prosinca": 12,
    "januarja": 1, "februarja": 2, "aprila": 4, "junija": 6, "julija": 7, "avgusta": 8,
    "oktobra": 10,
    # Hungarian ("2023. szeptember 28.", year first: :data:`_YEAR_FIRST`)
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10,
    # Lithuanian (genitive: "2024 m. gegužės 5 d.") and Latvian (locative: "2023. gada 5.
    # maijā"), both year first
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6,
    "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
    "janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6,
    "jūlijā": 7, "augustā": 8, "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12,
    # Greek: the genitive a date takes ("Αθήνα, 28 Δεκεμβρίου 2012") and the nominative of a
    # month and year ("Μάρτιος 2021"); set in capitals without their accents (added below)
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5, "ιούνιος": 6,
    "ιούλιος": 7, "αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10, "νοέμβριος": 11,
    "δεκέμβριος": 12,
}  # fmt: skip


# Greek in capitals drops its stress accents ("28 ΔΕΚΕΜΒΡΙΟΥ 2012", "ΜΑΪΟΥ"), and a
# case-insensitive match does not take "Ι" for "ί"
MONTHS.update(
    {
        unaccented(name, keep_diaeresis=True): month
        for name, month in MONTHS.items()
        if "\u0370" <= name[0] <= "\u03ff"
    }
)

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|e|ste|de|er)?"
_DAY_FIRST = re.compile(
    # (also the legal form "this 5th day of July, 2022")
    # (and the Spanish "3 de marzo de 2020"; a comma after the day, "14, March 2019", in
    # translations of Baltic acts)
    rf"\b(?P<d>[0-3]?\d){_ORD}(?:\.\s*|,\s+|\s+)(?:day\s+of\s+|of\s+|de\s+)?(?P<m>{_MONTH})\.?,?\s+"
    r"(?:de\s+)?(?P<y>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_FIRST = re.compile(
    # (a comma with no space after it: "February 10,2026")
    rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>[0-3]?\d){_ORD}(?:,\s*|\s+)(?P<y>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
#: the year first, as Hungarian ("2023. szeptember 28.", "2018. június 14."), Lithuanian ("2024
#: m. gegužės 5 d.") and Latvian ("2023. gada 5. maijā") write a date
_YEAR_FIRST = re.compile(
    rf"\b(?P<y>(?:1[89]|20)\d\d)(?:\.\s*|\s+m\.\s+)(?P<m>{_MONTH})\s+(?P<d>[0-3]?\d)\b(?:\.|\s*d\.)?",
    re.IGNORECASE,
)
_YEAR_GADA = re.compile(
    rf"\b(?P<y>(?:1[89]|20)\d\d)\.\s*gada\s+(?P<d>[0-3]?\d)\.\s*(?P<m>{_MONTH})\b",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH})\.?,?\s+(?P<y>(?:1[89]|20)\d\d)\b", re.IGNORECASE)
_ISO = re.compile(r"\b(?P<y>(?:1[89]|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
#: (a form's date field prints spaces around its slashes: "13 / 03 / 2018")
#: (Central European usage spaces it after the dots: "V Praze dne 12. 10. 2020")
_NUMERIC = re.compile(
    r"\b(?P<d>[0-3]?\d)(?: / |\. |[-/.])(?P<m>[0-3]?\d)(?: / |\. |[-/.])"
    r"(?P<y>(?:1[89]|20)\d\d)\b"
)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    precision: DatePrecision
    start: int
    end: int
    text: str


#: the first day of a range before a date ("17 - " of "17 - 18 January 2013", "3 au ")
_RANGE_OPENS = re.compile(
    r"(?<![\d./-])(\d{1,2})(?:\.|er|st|nd|rd|th)?\s*(?:[-–]|to|tot|au|bis)\s*$"
)


def _make(y: str, m: int, d: str | None) -> str | None:
    try:
        if d is None:
            _dt.date(int(y), m, 1)
            return f"{int(y):04d}-{m:02d}"
        return _dt.date(int(y), m, int(d)).isoformat()
    except ValueError:
        return None


def find_dates(text: str, *, numeric: bool = True) -> list[FoundDate]:
    """Every date stated in ``text``, in order of appearance (day precision before month)."""
    text = text.translate(LOOKALIKES)
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], month: int, day: str | None) -> None:
        if any(s < match.end() and match.start() < e for s, e in taken):
            return
        iso = _make(match.group("y"), month, day)
        taken.append((match.start(), match.end()))
        if iso is None:  # "31 februari 2023" is no date, and not "februari 2023" either
            return
        precision = DatePrecision.day if day is not None else DatePrecision.month
        found.append(FoundDate(iso, precision, match.start(), match.end(), match.group(0)))

    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        for match in pattern.finditer(text):
            day = match.group("d")
            # a range of days dates by its first ("Dublin 17 - 18 January 2013")
            opens = _RANGE_OPENS.search(text, 0, match.start()) if pattern is _DAY_FIRST else None
            if opens and day and int(opens.group(1)) < int(day):
                day = opens.group(1)
            add(match, MONTHS[match.group("m").lower()], day)
    for pattern in (_YEAR_FIRST, _YEAR_GADA):
        for match in pattern.finditer(text):
            add(match, MONTHS[match.group("m").lower()], match.group("d"))
    for match in _ISO.finditer(text):
        add(match, int(match.group("m")), match.group("d"))
    if numeric:
        for match in _NUMERIC.finditer(text):
            day, month = match.group("d"), int(match.group("m"))
            if month > 12 and 0 < int(day) <= 12:
                # no month has that number: written month first (a US court's "07/15/2025")
                day, month = match.group("m"), int(day)
            add(match, month, day)
    for match in _MONTH_YEAR.finditer(text):
        add(match, MONTHS[match.group("m").lower()], None)
    return sorted(found, key=lambda f: f.start)


def parse_date(text: str) -> FoundDate | None:
    """The first date stated in ``text``, or ``None``."""
    dates = find_dates(text)
    return dates[0] if dates else None
