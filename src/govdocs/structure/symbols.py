"""A document's own number where no label names it, and a sanity check for labelled ones.

Reports, guidance and notes print their number in the running header or footer of every page
(``ITSP.10.003``, ``TNO 2019 R12056``, a municipality's case number ``BBOR/2023/412061``);
German regulations print it beside the date under the title (``Vom 27. September 2022 - Az.:
IM6-1537-4/1 -``). Both are read here, from what the layout stage set apart as page furniture
and from the first page's lines::

    symbol = document_symbol(layout.furniture, raw.pages)
    inline = inline_reference(first_page_lines)
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from ..dates import find_dates
from ..document import Line

__all__ = [
    "BAR_FIELDS",
    "NUMBERED_GENRE",
    "REFERENCE_TAIL",
    "corner_symbol",
    "document_symbol",
    "file_number",
    "inline_reference",
    "plausible_reference",
]

#: a code-like token: starts with a capital, holds a digit, no spaces (``ITSP.10.003``,
#: ``CON/2026/9``, ``A/HRC/55/4``, ``R12056``)
#: (or digits, a slash and the year's two or four digits: the Council of the EU's "5847/06")
_CODE = re.compile(
    r"(?<![\w/.-])(?:(?=[\w./-]*\d)[A-Z][\w./-]{2,30}\w|\d{3,6}/(?:\d{2}|\d{4}))(?![\w/-])"
)
#: a file name or a version, not a number: a lower-case word of four letters or more
#: (``DGC-v1.05-final``, ``Iv3-Informatievoorschrift-2026``) or a version mark
_NOT_A_SYMBOL = re.compile(r"[a-zß-ÿ]{4,}|(?:^|[-_.])[vV]\d|\.(?i:pdf|docx?)$")
#: a reference label inside a line, with its value (``- Az.: IM6-1537-4/1 -``)
REFERENCE_TAIL = re.compile(
    r"(?:^|\s[-–]?\s*)(?P<label>Az\.|Aktenzeichen|Geschäftszeichen|Geschäftsnummer|Kenmerk|"
    r"Ons kenmerk|Réf\.|N/Réf\.|Our ref\.?)\s*:?\s*(?P<code>(?=\S*\d)[\w./-]{3,30}\w)\s*[-–]?\s*$"
)


def _symbol(token: str) -> bool:
    return (
        not _NOT_A_SYMBOL.search(token)
        and sum(c.isdigit() for c in token) >= 2
        and not find_dates(token)
        and not re.fullmatch(r"[A-Z]?\d+", token)  # a page or figure number
    )


#: a code spelled in words, a line of its own: acronyms and numbers, two numbers at least
#: (the Belgian Chamber's "CRIV 55 PLEN 291")
_SPACED_CODE = re.compile(r"^[A-Z]{2,8}(?: (?:[A-Z]{2,8}|\d{1,5}))+$")
#: an issuance's series and its dotted number, a line of its own (a US military instruction's
#: "CJCSI 3520.01C", "DODI 1015.13"): one number, but parts that no page number has
_SERIES_NUMBER = re.compile(
    r"^[A-Z]{2,8} \d{3,5}\.\d{1,3}[A-Z]?$|"
    # (or the series named by its genre: "VA Directive 6221", "DoD Instruction 5000.02")
    r"^[A-Z][A-Za-z]{1,7} (?i:Directive|Instruction|Handbook|Manual|Circular|Order|Notice) "
    r"\d{3,5}(?:\.\d{1,3}[A-Z]?)?$"
)


def document_symbol(
    furniture: Iterable[Line], pages: int | None, body_size: float | None = None
) -> str | None:
    """The code printed in the running header or footer of at least half the pages (two at
    least), the one on most pages: the document's own number. Not a typesetter's slug in print
    far smaller than the text (``body_size``): the Federal Register's "VerDate … Jkt 265001"
    and "… on DSK120RN23PROD with PRESDOC" in 5 to 6.5 points under 10-point text."""
    # (counted whatever the case: "VA Directive 6221" over "VA DIRECTIVE 6221"; the form seen
    # first is the one given)
    seen: dict[str, set[int]] = defaultdict(set)
    order: list[str] = []
    first: dict[str, str] = {}
    for line in furniture:
        if body_size is not None and line.size < 0.7 * body_size:
            continue
        text = " ".join(line.text.split())
        spaced = (
            _SPACED_CODE.match(text) and sum(w.isdigit() for w in text.split()) >= 2
        ) or _SERIES_NUMBER.match(text)
        for token in [text] if spaced else (m.group().rstrip(".") for m in _CODE.finditer(text)):
            if spaced or _symbol(token):
                key = token.upper()
                if key not in seen:
                    order.append(key)
                    first[key] = token
                seen[key].add(line.page)
    need = max(2.0, (pages or 1) / 2)
    repeated = [key for key in order if len(seen[key]) >= need]
    return first[max(repeated, key=lambda key: len(seen[key]))] if repeated else None


#: a council document's own number on a line of its own (``Sitzungsvorlage Nr. 20-26 / V
#: 02318``, ``Raadsvoorstel nr. 2024/123``)
_DOCUMENT_NUMBER = re.compile(
    r"^(?:(?:Sitzungsvorlagen?|Beschlussvorlage|Vorlage|Drucksache|Raadsvoorstel|Raadsbesluit)"
    r"\s+(?:Nr\.?|nummer)\s*:?\s*|"
    # a parliament's paper numbered by its term without "Nr." ("Drucksache 17 / 273")
    r"Drucksache\s+(?=\d{1,2}\s*/\s*\d{1,6}$))"
    r"(?P<code>\d[\w./-]*(?:\s*/\s*[\w.-]+)*(?:\s+\d[\w./-]*)?)$",
    re.IGNORECASE,
)


#: the number of the case or procedure a decision is taken in, on a line of its own near the top
#: (``Procedimiento Nº: PS/00073/2020``, ``Expediente n.º E/01234/2019``, ``Dossier n° 21-044``,
#: ``Case No. 2:17-cv-01234``, ``Verfahren Nr. 12/2020``, ``Zaaknummer: Z2021-123``)
_CASE_NUMBER = re.compile(
    r"^(?:[^\w\s]\s*)?(?:(?:Procedimiento|Expediente|Proc[ée]dure|Dossier|Affaire|Case|Docket|"
    r"Verfahren|Zaak)\s+(?:n\.?\s?[º°o]|Nr|No|Number)\.?|Zaaknummer|Case number|"
    # the Belgian Council of State's "in de zaak A. 184.401/XII-5154.", "en cause G/A. 123.456"
    r"in de zaak|en cause|dans l['’]affaire|"
    # consolidated cases, numbered with dashes ("Cases 25–CA–24505 and 25–CA–24871.")
    r"Cases?(?=\s+\d+[–-][A-Z]+[–-]\d))\s*:?\s*"
    r"(?P<code>(?:[A-Z]{1,2}(?:/[A-Z])?\.\s?)?(?=[\w./:–-]*\d)[A-Z0-9][\w./:–-]{2,30}\w"
    # (a US district court's judges' initials after the number: "2:18-cv-10166-JAK (AFM)")
    r"(?:\s?\([A-Za-z]{1,6}\))?"
    r"(?:\s+and\s+[A-Z0-9][\w./:–-]{2,30}\w)?)\.?$",
    re.IGNORECASE,
)


#: a genre with its number, and often its date, on one line (``Avis n° 20172386 du 21 septembre
#: 2017``, ``Decision No. 2024/12 of 3 May 2024``): the number is the document's own
NUMBERED_GENRE = re.compile(
    r"^(?:Avis|Décision|Délibération|Recommandation|Opinion|Decision|Advies|Besluit|Arrêté|"
    r"Beschluss|Bescheid|Stellungnahme|"
    # Italian and Spanish acts ("Decreto Presidenziale n° 131 del 27/04/2026", "Ordinanza n.
    # 12 del 01/04/2026", "Resolución n.º 45 de 3 de mayo de 2024"), or the number alone
    # under the genre ("N. 12 DEL 01/04/2026")
    # (and the Spanish-speaking countries' ordinances, bills, laws: "ORDENANZA FISCAL Nº
    # 3057/2021", "Boletín N° 17.370-17", "Instrucción General N° 6")
    r"(?:Decreto|Ordinanza|Delibera(?:zione)?|Determina(?:zione)?|Resoluci[óo]n|Orden|"
    r"Ordenanza|Bolet[íi]n|Ley|Acuerdo|Instrucci[óo]n|Portaria|Lei)"
    r"(?:\s+[A-Z][a-z]+)?|(?=N\.\s*\d))"
    # (of the body that takes it: "Décision du Défenseur des droits n° MLD-2014-05")
    r"(?:\s+(?:du|de la|de l['’]|des|of the|van de|van het|der)\s*[^\d\n]{3,50}?)?"
    r"\s*(?:n[°oº]|n\.º?|No\.?|Nr\.?|Number)\s*"
    r"(?P<code>[\w./-]*\d[\w./-]*)(?:\s+(?:du|of|vom|van|de|del)\s+(?P<date>\d{1,2}(?:er)?\.?\s*"
    r"[^\W\d]+\.?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|[^\W\d]+\s+\d{1,2},\s+\d{4}))?\s*$",
    re.IGNORECASE,
)


#: an act's date with its number after it on one line ("14, March 2019, No 1T-35 (1.12.E)",
#: "12 maja 2020 r. Nr 45/2020"): the number as printed, its sign included
_DATED_NUMBER = re.compile(
    r"^(?P<date>.{6,32}?)[,;]?\s+(?P<code>(?:No\.?|Nr\.?|№|N°|n°)\s*(?=\S*\d)[\w./-]*\w"
    r"(?:\s+\([\w.]{1,12}\))?)$"
)


def _dated_number(text: str) -> str | None:
    """The number after the date on ``text`` when the rest of the line is that date."""
    match = _DATED_NUMBER.match(text)
    if match is None:
        return None
    dates = find_dates(match.group("date"))
    rest = match.group("date")
    if len(dates) != 1 or rest[: dates[0].start].strip() or rest[dates[0].end :].strip(" .r"):
        return None
    return match.group("code")


def inline_reference(lines: Iterable[Line]) -> str | None:
    """A reference label with its code at the end of a short line (``Vom 27. September 2022 -
    Az.: IM6-1537-4/1 -``), else a council document's number on its own line: the first such
    code."""
    numbered: str | None = None
    for line in lines:
        text = line.text.strip()
        match = REFERENCE_TAIL.search(text) if len(text) <= 90 else None
        if match:
            return match.group("code")
        dated = _dated_number(text) if len(text) <= 70 else None
        if dated and numbered is None:
            numbered = dated
        number = (
            _DOCUMENT_NUMBER.match(text)
            or _CASE_NUMBER.match(text)
            or (NUMBERED_GENRE.match(text) if text[:1].isupper() else None)
        )
        if number and numbered is None:
            numbered = number.group("code").rstrip(".")  # (the line's full stop: "Nº 15.995-02.")
    return numbered


#: a court's file number alone on its line, in the German registers' form (``3 Bf 44/13``,
#: ``1 K 1598/08``, ``VGH B 37/16``: court, chamber, register letters, number/year), or the EU
#: courts' case line (``In der Rechtssache T‑467/09``, ``In Case C-123/20``)
_REGISTER_NUMBER = (
    r"(?:[A-Z][A-Za-z]{1,6}\s+(?:\d{1,3}\s+)?|\d{1,3}\s+)[A-Z][A-Za-z]{0,3}\s+\d{1,5}[/.]\d{2,4}"
    # the court's seat after it ("7 K 2119/11.F" at Frankfurt, "3 K 569/16.MZ" at Mainz)
    r"(?:\.[A-Z]{1,3})?"
)
_FILE_NUMBER = re.compile(
    # (the year after a slash or a point, before or after the number: "7 B 20.14" at the
    # BVerwG, "5 C 08.1191" in Bavaria; a later number in brackets after it: "(7 C 2.15)")
    # (labelled with the court's initials, as some courts print it: "OVG.: 1 B 198/11")
    rf"^(?:[A-Z]{{1,5}}\.?\s?:\s*)?(?P<code>{_REGISTER_NUMBER})(?:\s+\([^)]{{3,30}}\))?$|"
    r"^(?:In der Rechtssache|In (?:the )?Case|Dans l['’]affaire|In (?:de )?zaak)\s+"
    r"(?P<case>[CTF][-‑–]\d{1,4}/\d{2}(?:\s*P)?)$|"
    # the European Court of Human Rights: "(Application no. 31475/05)"
    r"^\(?(?:Application|Requête|Beschwerde)\s+n[or]\.?\s*(?P<application>\d{1,6}/\d{2})\)?$"
)


#: the cause a common-law court decides, named in its caption by type and number (``Income Tax
#: Reference No.01 of 2024``, ``C.M.A. No.05 of 2025``, ``Civil Appeal No. 123 of 2019``,
#: ``Appeal 72/2024``), or the US Supreme Court's docket number (``No. 11–889``, also with the
#: argument day after it: ``No. 11–889. Argued April 23, 2013—Decided June 13, 2013``)
_CAUSE = re.compile(
    r"^(?P<cause>(?:(?:\(?[A-Z][A-Za-z.()'’-]*|of|in)\s+){0,5}?"
    r"(?i:Nos?)\.?\s?\d{1,6}(?:\s?[-–]\s?\d{1,6})?\s+(?i:of)\s+\d{4}|"
    r"(?:(?i:Appeal|Petition|Application|Reference|Suit|Claim|Revision|Motion)\s+"
    r"(?:(?i:No)\.?\s?)?|(?:[A-Z][A-Za-z.]*\s+){0,3}(?i:No)\.?\s?)\d{1,6}/\d{4}|"
    r"No\.\s?\d{2}[-–]\d{1,5})"
    r"(?=\.\s+Argued\b|\.?$)"
)
#: the court named at the head of a decision
_COURT = re.compile(r"\b(?:court|tribunal)\b", re.IGNORECASE)


def is_file_number(text: str) -> bool:
    """A court's file number in the German registers' form, whole (``5 D 47/15``)."""
    return re.fullmatch(_REGISTER_NUMBER, " ".join(text.split())) is not None


def file_number(lines: Iterable[Line]) -> str | None:
    """The first court file number standing alone on a line of the first page's upper half,
    read from the top (the court's own comes first; the lower court's follows it), or the
    cause's type and number under the court's name (a common-law caption)."""
    first = [line for line in lines if line.page == 1]
    top = max((line.y0 for line in first), default=0.0)
    court = False  # (a cause's number counts under the court's name only)
    for line in sorted(first, key=lambda line: -line.y0):
        if line.y0 < top / 2:
            break
        text = " ".join(line.text.split())
        match = _FILE_NUMBER.match(text)
        if match:
            return match.group("code") or match.group("case") or match.group("application")
        cause = _CAUSE.match(text) if court else None
        if cause:
            return cause.group("cause")
        court = court or bool(_COURT.search(text))
    return None


#: an international body's document symbol: series letters and numbers joined by slashes
#: (the UN's ``A/L.632``, ``S/RES/2334 (2016)``, ``E/CN.4/2005/12``) or a series with its
#: year in brackets (the Council of Europe's ``CDL (94) 54``, ``CDL-AD(2020)001``)
_CORNER_SYMBOL = re.compile(
    r"^(?:(?=[^a-z]*\d)(?:[A-Z]{1,8}(?:/[A-Z0-9][A-Za-z0-9.-]*){1,6}(?:\s\(\d{4}\))?|"
    r"[A-Z]{2,8}(?:-[A-Z]{2,4})?\s?\(\d{2,4}\)\s?\d{1,4}(?:\s?rev\.?\d?)?|"
    # the European Commission's numbers ("C(2017) 5606 (final)", "COM(2020) 66 final")
    r"(?:C|COM|SEC|SWD|JOIN)\s?\(\d{4}\)\s?\d{1,6}(?:\s?\(?final\)?)?)|"
    # ... and its agencies' ("EIOPA-BoS-15/107")
    r"[A-Z]{2,8}(?:-[A-Za-z]{2,5})+-\d{2}/\d{1,5})$"
)
#: the language version printed after a symbol ("EIOPA-BoS-15/107 EN")
_LANGUAGE_TAG = re.compile(
    r"\s+(?:BG|CS|DA|DE|EL|EN|ES|ET|FI|FR|GA|HR|HU|IT|LT|LV|MT|NL|PL|PT|RO|SK|SL|SV)$"
)


def corner_symbol(lines: Iterable[Line], width: float, height: float) -> str | None:
    """The symbol printed alone in the first page's top right corner, where the United
    Nations, the Council of Europe, the European Commission and its agencies and the bodies
    that follow their usage number a document (under "Distr." or beside the date; the
    language version after it left off), however many pages repeat it. Of two bodies'
    symbols side by side on one line ("ADB/BD/IF/2015/189" | "ADF/BD/IF/2015/140"), the first."""
    first = [line for line in lines if line.page == 1]

    def text_of(line: Line) -> str:
        return _LANGUAGE_TAG.sub("", " ".join(line.text.split()))

    def symbol(line: Line) -> bool:
        text = text_of(line)
        return bool(_CORNER_SYMBOL.match(text)) and not find_dates(text)

    for line in first:
        if line.x0 > width * 0.5 and line.y0 > height * 0.66 and symbol(line):
            row = [other for other in first if abs(other.y0 - line.y0) < 2 and symbol(other)]
            return text_of(min(row, key=lambda other: other.x0))
    # ... or at the cover's foot on the right, beside the date with a bar between them
    # ("10/11/2016 | ESMA/2016/1477 EN", as the EU's supervisory authorities print it)
    for line in first:
        if line.x0 > width * 0.5 and line.y0 < height * 0.1:
            for piece in BAR_FIELDS.split(" ".join(line.text.split()))[1:]:
                piece = _LANGUAGE_TAG.sub("", piece)
                if _CORNER_SYMBOL.match(piece) and not find_dates(piece):
                    return piece
    return None


#: the fields of a line printed with bars between them ("10/11/2016 | ESMA/2016/1477 EN")
BAR_FIELDS = re.compile(r"\s+\|\s+")

#: the issue of a serial publication (a chamber's record, an order paper, a gazette) as its
#: masthead numbers it: "Vol. IV No. 94", "Seventeenth Series, Vol. XIII No.17"; "Núm. 679",
#: "N° 7.150", "(No. 116)" opening or closing the line or between the masthead's bullets;
#: Hungarian "138. szám"
_ISSUE = re.compile(
    r"(?:^|(?<=[\s(•|]))(?P<issue>"
    r"(?:[A-Z][a-z]+ Series,\s*)?(?i:vol(?:ume)?)\.?\s*[IVXLC\d]+\s*,?\s*(?i:no)\.\s*\d+"
    r"|(?:Núm|NÚM|Num|Nr|Nº|N°|No|NO)\.?\s*\d[\d.]*\d(?=\)|\s+•|$)|(?:Núm|Nº|N°)\.?\s*\d(?=\)|\s+•|$)"
    r"|(?<!\S)\d+\.\s*szám)(?=$|[\s),•|/])"
)
#: a number opening the masthead's line, the rest of it its date and page ("Núm. 679 27 de
#: abril de 2026 Pág. 1")
_ISSUE_OPENS = re.compile(
    r"^\(?(?P<issue>(?:Núm|NÚM|Nº|N°|No|NO)\.?\s*\d[\d.]*)\)?(?=\s)(?!\s*[-/–])"
)


def _left(line: Line) -> float:
    return line.x0


def issue_number(lines: Iterable[Line], height: float) -> str | None:
    """The issue number a serial publication's masthead prints in the first page's top third,
    or anywhere on a cover (a first page of a few lines: "THE HANSARD" / "Vol. IV No. 94" at
    its foot): a chamber's record, an order paper, an official gazette (see :data:`_ISSUE`);
    for a document printed in a journal, the journal's issue it was printed in ("Federal
    Register / Vol. 85, No. 152 / …")."""
    first = [line for line in lines if line.page == 1]
    cover = len(first) <= 15
    for line in first:
        if (line.y0 < height * 0.66 and not cover) or not any(c.isdigit() for c in line.text):
            continue  # (no number on the line, no issue read from its row)
        # (read with the pieces beside it on its baseline: "N° 003" | "- 2008 - MINAM" in
        # another size is no issue number, but a decree's)
        row = sorted((other for other in first if abs(other.y0 - line.y0) < 2), key=_left)
        text = " ".join(" ".join(piece.text for piece in row).split())
        found = _ISSUE.search(text) or _ISSUE_OPENS.match(text)
        if found is not None:
            return found.group("issue")
    return None


def plausible_reference(value: str) -> bool:
    """A labelled reference holds a code, not a date or a sentence: an OCR'd or misread head
    can hand a label the value beside another (``Ons kenmerk`` → ``11 mei 2023``)."""
    value = value.strip()
    dates = find_dates(value)
    if dates and dates[0].start == 0 and dates[0].end >= len(value) - 1:
        return False
    if not re.search(r"\d", value) and re.search(r"[a-zà-ÿ]{3}", value):
        # words without a number are a name, not a file's code ("Reference: Kristian Jervell"
        # under a Norwegian ministry's address: its case officer)
        return False
    return bool(value) and len(value.split()) <= 6
