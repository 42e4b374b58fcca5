r"""PDFs that are not letters or Kamerstukken: reports (kind ``report``) and everything else
(kind ``other``), from any ministry, body or era, told apart by evidence in the layout.

* **kind**: ``report`` when the PDF shows a report's apparatus: a table of contents (a
  ``Inhoud``/``Contents``/``Sommaire`` heading or several dot-leader lines ending in page
  numbers), or a title page (page one printed with few lines, its largest text well above the
  body size) in a document of several pages, or numbered headings. A salutation (``Geachte``,
  ``Dear``, ``Madame, Monsieur``) on the first pages is letter evidence: the letter module
  decides then. Anything else is ``other`` with a title.
* **title**: the largest text on the first page, its lines joined over line breaks while the
  size stays within 10% of the largest and the lines follow each other closely.
* **date**: a dateline on the first two pages, in Dutch, English or French (``Versie 0.5,
  19 mei 2020``, ``Diemen, August 28th, 2020``, ``le 3 mars 2022``, ``Datum 4 juni 2025``);
  day precision only (a bare month or year on a cover is no document date).
* **body**: :func:`.pdf_layout.analyse` paragraphs (furniture by repetition across pages, page
  numbers, footnotes by size and position); dot-leader lines go to
  ``metadata.table_of_contents``; larger or bold short paragraphs become headings.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from .._bullets import BULLET, is_bullet
from ..dates import find_dates
from ..document import Document, Line, RawDocument
from ..models import (
    BlockType,
    DatePrecision,
    DocumentKind,
    OtherMetadata,
    ParliamentaryLetterMetadata,
    ParliamentaryQuestionsMetadata,
    ProceedingsMetadata,
    ReportMetadata,
    Signatory,
    SourceFormat,
    TocEntry,
)
from ..normalise import join_broken, log_edit
from . import pdf_layout, proceedings
from ._memo import head_fields, once
from ._text import in_capitals
from .answers import AnswerHead, answer_head
from .bodies import is_body_name
from .council_questions import CouncilQuestions, council_questions
from .debates import is_verbatim, speeches
from .drucksache import DrucksacheHead, drucksache_head
from .email_head import EmailHead, email_head
from .keyvalue import DATED_BY, is_label, label_pairs_apart
from .letter import has_postcode
from .nordic_head import NordicHead, nordic_head
from .pdf_info import info_casing, info_title
from .pdf_layout import off_axis
from .signatures import (
    SIGNING,
    Placed,
    bench_names,
    closing_signature,
    column_order,
    is_role,
    is_salutation,
    looks_like_name,
    normalise_role,
    parse_signatories,
    signature_spans,
)
from .symbols import (
    BAR_FIELDS,
    NUMBERED_GENRE,
    REFERENCE_TAIL,
    corner_symbol,
    document_symbol,
    file_number,
    inline_reference,
    issue_number,
    plausible_reference,
)
from .un_documents import AdoptedResolution, adopted_resolution, circulated_letter

__all__ = ["build", "detect"]

_TOC_HEAD = re.compile(
    r"^(?:table of )?contents?|inhoud(?:sopgave|stafel)?|sommaire|table des mati[eè]res$",
    re.IGNORECASE,
)
#: a table-of-contents line: title, dot leaders (or a wide gap), page number
_DOT_LEADER = re.compile(r"^(?P<title>\S.*?)\s*(?:\.{3,}|…+|(?:\. ){3,})[\s.…]*(?P<page>\d{1,4})$")
_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}(?:\.\s*|\s+)[A-ZÀ-Ý]\S")
#: a title that names a report's genre
_REPORT_GENRE = re.compile(
    r"\b(?:(?:Annual |Progress |Technical |Final )?Report|Rapport(?:age)?|Jaarverslag|"
    r"Jaarrapport|White Paper|Working Paper|Discussion Paper|Policy Brief|Evaluatie|Study|"
    r"Studie|Étude|Handreiking|Guidance|Guidelines?|Richtlijn|"
    # Spanish, Portuguese and Italian: a report, a (legal) opinion
    r"Informe|Dictamen|Relatório|Parecer|Relazione|Rapporto)\b",
    re.IGNORECASE,
)
#: a report's genre named on a display line of its own ("BRIEFING", "Policy Brief", "Studie")
_REPORT_KICKER = re.compile(
    r"^(?:Briefing(?: note| paper)?|Policy (?:brief|paper)|Working paper|Discussion paper|"
    r"Research paper|In-depth analysis|Study|Report|Rapport|Étude|Studie|Onderzoeksrapport|"
    r"Jaarverslag|Annual report|Beleidsnota|Note d['’]analyse|Analyse)$",
    re.IGNORECASE,
)
#: a line stating only which version a document is, under its title
_STATUS = re.compile(
    r"^(?:Rapport final|Final report|Final version|Version finale|Version définitive|"
    r"Eindrapport(?:age)?|Eindversie|Definitieve versie|Definitief|Concept(?:versie)?|"
    r"Draft(?: report| version)?|Projet|Entwurf|Endbericht|Schlussbericht|Interim report|"
    r"Rapport intermédiaire|Tussenrapportage|"
    # the version alone ("v1.0.0", "Version 3.0", "Versie 1.2")
    r"(?:v|Version\s+|Versie\s+|Fassung\s+)?\d+(?:[._]\d+){1,3})\.?$",
    re.IGNORECASE,
)
#: the genre line of a press release ("MEDIA RELEASE", "Communiqué de presse", "Persbericht")
_RELEASE_WORDS = (
    r"(?:Joint )?(?:Media|Press|News) (?:Release|Statement)|Communiqu[ée](?: de presse)?|"
    r"Persbericht|Pressemitteilung|Medienmitteilung"
)
#: genres that are neither letter nor report, named where a document names itself
#: the acts of Italian and Spanish administrations, named first on a line of their own
_LATIN_ACT = re.compile(
    r"^(?:Ordinanza|Decreto|Delibera(?:zione)?|Determina(?:zione)?|Avviso|Verbale|Resoluci[óo]n|"
    r"Acta|Bando)\b(?!\s+(?:di|del|della|dei|de|n[°.]?)\s+(?:cui|quanto|la|le|il)\b)",
    re.IGNORECASE,
)
#: the record of a meeting in the Nordic languages (Danish and Norwegian "Referat", Finnish
#: "Pöytäkirja", Swedish "Sammanträdesprotokoll")
_NORDIC_RECORD = (
    r"(?:Møte|Møde)?[Rr]eferat\b(?!\s+[A-Z0-9]{1,4}\b)|Pöytäkirja\b|"
    r"(?:Sammanträdes|Möte?s)protokoll\b"
)
_OTHER_GENRE = re.compile(
    r"^(?:(?:Concept-?)?(?:Oplegn|N)otitie|Memo(?:randum)?|(?:Beslis|Informatie|Contouren|"
    r"Advies|Discussie|Kabinets)?[Nn]ota\b|Verslag\b(?!\s+over\b)|Besluitenlijst|"
    r"Notulen|Actiepunten|Procès-verbal|Proces-verbaal|Minutes|Compte rendu|Agenda\b|Note$|"
    r"Ordre du jour\b|Tagesordnung\b|Mededeling\b|(?:Public )?Notice (?:of|to)\b|Public Notice$|"
    r"Mötesanteckningar|Minnesanteckningar|Protokoll\b|Instruction$|"
    # Nordic genres: a government's directive to a committee, an ordinance, a memo, a decision
    r"(?:Kommitté|Tilläggs)direktiv\b|Förordning\b|Promemoria\b|Beslut\b|Bekendtgørelse\b|"
    r"Notat\b|Forskrift\b|Muistio\b|Instruks\b|Beschlüsse\b|"
    rf"{_NORDIC_RECORD}|"
    r"Verwaltungsvorschrift|Verordnung\b|Gesetz\b|Bekanntmachung|(?:Anerkenntnis|Versäumnis)?[Uu]rteil\b|"
    r"Beschluss\b|Niederschrift|(?:Gesetz|Referenten|Verordnungs)entwurf\b|Entwurf eines\b|"
    r"Voorstel\b|Advies\b|Proposed Rules?|Règlement|Reglement|Besluit\b|Decision|Décision|"
    # a speech, named on its cover ("DISCOURS DE SON EXCELLENCE …", "Toespraak van …")
    r"Discours\b|Allocution\b|Speech\b|Toespraak\b|Rede\b|Address by\b|"
    # a press release, named on a display line of its own
    rf"(?:{_RELEASE_WORDS})$|"
    r"Arrêté\b|Décret\b|Ordonnance\b|Circulaire\b|Délibération\b|"
    # the administrative issuances of an international secretariat (the UN's ST/SGB, ST/AI,
    # ST/IC series: "Secretary-General's bulletin", "Administrative instruction")
    r"Secretary-General['’]s bulletin$|Administrative instruction$|Information circular$|"
    r"Instruction administrative$|"
    # a body's own rules ("BYLAWS OF THE …", "Geschäftsordnung des …", "Statuts de …")
    r"By-?laws\b|Rules of Procedure\b|Standing Orders\b|Statuten\b|Satzung\b|"
    r"Geschäftsordnung\b|Statuts\b|"
    r"R[ée]solution\b|Resolutie\b|(?:Annual )?D[ée]claration\b|Verklaring\b|"
    r"S[ée]ance\s+(?:du|publique|ordinaire|extraordinaire)\b|Sitzung\s+(?:vom|des)\b|"
    # resolutions and minutes of Czech, Slovak and Polish councils ("Výpis usnesení",
    # "Usnesení", "Zápis z …", "Uchwała", "Protokół"), Italian, Spanish and Portuguese ones
    # ("Verbale", "Ordine del giorno", "Acta de la sesión", "Ata da reunião", "Orden del día")
    r"(?:Výpis )?usnesení\b|Uznesenie\b|Zápis\s+(?:z|ze)\b|Uchwała\b|Protokół\b|Verbale\b|"
    r"Ordine del giorno\b|Orden del día\b|Acta\s+(?:de|del|n)|Ata\s+(?:da|de|n)|"
    r"(?:[A-Z]\w+ )?Wetboek\b|Wet\b|"
    # (an act's genre word stands alone or before the act's number or author: "Directive NIS
    # 2" names a directive on a brochure's cover, "Directive (EU) 2022/2555 of …" is one)
    r"(?:Commission )?(?:Implementing |Delegated )?(?:Decision|Regulation|Directive|Verordening)"
    r"(?=\s*$|\s*\(|\s+(?:of|du|de|van|des|No\.?|n[°o]|nr\.?|\d)))",
    re.IGNORECASE,
)
#: the verb that enacts an act, alone on its line with its colon (French, German, Swiss)
_ENACTING_VERB = re.compile(
    r"^(?:arrête|décrète|ordonne|erlässt|beschliesst|beschließt|verordnet|verfügt)\s*:$",
    re.IGNORECASE,
)
#: the words leading an act's recitals, alone on their line ("Having regard to:", "Vu :",
#: "Gelet op:", "Έχοντας υπόψη:")
_RECITALS_LEAD = re.compile(
    r"^(?:Having regard to|Whereas|Vu|Considérant|Gelet op|Overwegende|In Erwägung|"
    r"Έχοντας υπόψη|Vistos?|Considerando)\s*:?$",
    re.IGNORECASE,
)
#: a bill's enacting clause (US Congress, Commonwealth parliaments)
_BE_IT_ENACTED = re.compile(r"^Be it (?:further )?enacted by\b", re.IGNORECASE)
#: the formula of an EU act, in capitals on a line of its own
_HAS_ADOPTED = re.compile(
    r"^(?:HAS|HAVE) (?:DECIDED(?: AS FOLLOWS)?|ADOPTED THIS (?:DECISION|REGULATION|DIRECTIVE))"
    r"\s*:?$"
)
_COURT = re.compile(r"\b(?:Court|Tribunal|Gericht|Gerichtshof|Cour|Hof|Rechtbank)\b", re.I)
#: a court's genre, on a line of its own
_JUDICIAL_GENRE = re.compile(
    r"^(?:(?:MEMORANDUM\s+)?(?:FINDINGS OF FACT AND\s+)?OPINION|Opinion of the Court|"
    r"JUDG(?:E)?MENT|Syllabus|ORDER(?: OF (?:THE )?COURT)?|DECISION AND ORDER|Urteil|Arr[êe]t|"
    r"Uitspraak|Vonnis|Beschluss)$",
    re.IGNORECASE,
)
#: an act or instrument's name with its year, at the end of a title ("… Act, 2021", "… ACT,
#: No. 11 OF 2025", "… (Declaration) Order, 2018", "… Regulations, 2016")
_ENACTMENT = re.compile(
    r"\b(?:Act|Order|Regulations|Rules|By-?laws|Ordinance)\b,?\s+(?:No\.?\s*\d+\s+of\s+)?\d{4}\.?$",
    re.IGNORECASE,
)
#: the hour after a date ("… at 9:45-10:45am", ", 14:00 – 16:00 uur", "à 18h30")
_HOUR = (
    r"\d{1,2}(?:[:.h]\d{2}\s*(?:a\.?m\.?|p\.?m\.?|h|uur|Uhr)?|\s*(?:a\.?m\.?|p\.?m\.?|uur|Uhr)|h)"
)
_HOUR_TAIL = re.compile(
    rf"(?:,|\s+(?:at|from|à|om|um|van))\s*{_HOUR}(?:\s*[-–]\s*{_HOUR})?\s*$", re.IGNORECASE
)
#: a court's decision or filing date in its caption
_CAPTION_DATE = (
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4})"
)
_DECIDED_ON = re.compile(
    rf"\b(?:Decided|Filed|Entered|Delivered(?:\s+on)?)\s*:?\s+(?P<date>{_CAPTION_DATE})|"
    # a Commonwealth judgment's caption: heard on the first day, delivered on the last ("On
    # 13th November 2025 and 17th April 2026")
    rf"^On\s+{_CAPTION_DATE}(?:,\s+{_CAPTION_DATE})*\s+and\s+(?P<last>{_CAPTION_DATE})\.?$"
)
#: the hour an appointment is set for ("at 2:00 p.m.", "à 14h30", "um 10:00 Uhr", "om 14.00 uur")
_APPOINTMENT = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)|\b\d{1,2}\s?h\s?\d{0,2}\b|"
    r"\b\d{1,2}[:.]\d{2}\s*(?:Uhr|uur|h)\b|\b(?:at|à|um|om)\s+\d{1,2}[:.]\d{2}\b",
    re.IGNORECASE,
)
#: a line of hashtags ("#EUDigitalOmnibus #CookieManager …")
_HASHTAGS = re.compile(r"^#\w[\w-]*(?:\s+#\w[\w-]*)*$")
#: the mark on a speech's first page that the spoken word prevails
_SPEECH_MARK = re.compile(
    r"^\(?(?:Please\s+)?check\s+against\s+(?:delivery|the\s+spoken\s+word)|^\(?Seul\s+le\s+"
    r"prononc[ée]\s+fait\s+foi|^\(?Es\s+gilt\s+das\s+gesprochene\s+Wort|^\(?Alleen\s+het\s+"
    r"gesproken\s+woord\s+(?:geldt|telt)|^\(?Het\s+gesproken\s+woord\s+geldt",
    re.IGNORECASE,
)
#: a declaration or a meeting's joint text, named anywhere in the title
_DECLARED = re.compile(
    r"\b(?:Declaration|Déclaration|Erklärung|Verklaring|Joint Statement|Joint Communiqu[ée]|"
    r"Chair['’]s Summary|Ministerial Statement)\b",
    re.IGNORECASE,
)
#: the record of a meeting, whatever its length
_MEETING_RECORD = re.compile(
    r"^(?:Notulen|Besluitenlijst|Minutes|Procès-verbal|Proces-verbaal|Compte rendu|Protokoll\b|"
    r"Niederschrift|Beschlüsse\b|"
    # Nordic councils' minutes ("REFERAT Aarhus Byråd", "Pöytäkirja 1/2025",
    # "Sammanträdesprotokoll"); not a German ministry's unit ("Referat Z 12")
    rf"{_NORDIC_RECORD})",
    re.IGNORECASE,
)
#: a court's decision names its genre on a display line of its own under the court's name
#: ("BESCHLUSS", "Urteil vom 10. November 2015", "Uitspraak", "Arrêt"): its title, at any length
_DECISION = re.compile(
    r"^(?P<genre>(?:Anerkenntnis|Versäumnis|Teilversäumnis|Teil|Schluss|End|Zwischen)?urteil|"
    r"Beschluss|Gerichtsbescheid|Uitspraak|Vonnis|Arrest|Beschikking|Arrêt|Jugement|"
    # (a Pakistani or Indian court's sheet: "Judgment Sheet", "ORDER SHEET")
    r"Judg(?:e)?ment(?: Sheet)?|Order Sheet)"
    r"(?:\s+(?:vom|van|du|of)\s+\S.{3,40})?$",
    re.IGNORECASE,
)
#: ... or a display line ending in it ("REGULAR MEETING MINUTES", "Board Meeting Agenda")
_MEETING_TAIL = re.compile(
    r"\b(?:Meeting|Session|Board|Council|Committee|Commission|Vergadering|Raad)\s+"
    r"(?:Minutes|Agenda|Notulen|Besluitenlijst)$",
    re.IGNORECASE,
)
#: ... or a notice, naming its genre last ("MONETARY PENALTY NOTICE", "Enforcement Notice")
_NOTICE_TAIL = re.compile(r"(?:^|\s)Notice$", re.IGNORECASE)
#: the attendance at a meeting's head ("Aanwezig: Raf Buyle; …", "Present:", "Présents :")
_ATTENDANCE = re.compile(
    r"^(?:Aanwezig(?:en)?|Afwezig(?:en)?|Present|Members present|Attendees|(?:[ÉE]taient\s+)?[Pp]résents?|"
    r"Anwesend|Teilnehmer(?:innen)?)\s*:",
    re.IGNORECASE,
)
#: a list item's mark: a bullet (a printed one or a symbol font's), or a number or letter in
#: brackets ("a)", "(1)"); "1." numbers sections as often as items and is left to the headings
_ITEM = re.compile(rf"^(?P<label>{BULLET}|\(?[0-9a-z]{{1,2}}\))\s+(?=\S)")
#: the From/To header of a memo (labels alone on their line or followed by a colon)
_MEMO_LABEL = re.compile(r"^(?P<label>Van|Aan|From|To|De|À|Auteur)\s*(?::|$)")
_DATE_LEAD = re.compile(
    r"^(?:Datum|Date|Versie|Version|Vastgesteld|Den Haag|’s-Gravenhage|'s-Gravenhage|"
    r"[A-Z][\w’'-]+(?: [a-z]{1,3} [A-Z][\w-]+)?,|le|Le|Fait à|Paris|Bruxelles|Brussel|"
    r"Publicatiedatum|Publication date|Vom|Stand)\b",
)
#: the sender's name printed under the logo
_SENDER = re.compile(r"^\s*(?:Ministerie van|Rijksoverheid\b|Provincie \w+\s*$|Gemeente \w+\s*$)")
#: the genre word a note's template prints large, and the purpose under it
_GENRE_WORD = re.compile(
    r"^(?:nota|notitie|memo|oplegnotitie|\((?:ter|voor) [a-z]+(?: en [a-z]+)?\))$", re.IGNORECASE
)
#: what a colophon's contact lines hold: a postcode, a Postbus, a phone number, an e-mail or web
#: address
_CONTACT = re.compile(
    r"\b\d{4} ?[A-Z]{2}\b|\bPostbus \d+|^(?:[TF]\.? |Tel\.?:? |Phone:? )?\+?[\d() -]{9,}$|"
    r"\S@\S+\.\w+|^(?:https?://|www\.)\S+$",
    re.IGNORECASE,
)
#: (Central European datelines say "in" and "on": "V Praze dne 12. 10. 2020", "W Warszawie,
#: dnia 12.10.2020", "Berlin, den 12.10.2020")
_PLACE_NUMERIC = re.compile(
    # (in Latin, Greek or Cyrillic capitals: "Μαρούσι, 29-7-2016")
    r"^(?:[VW]e?\s+)?[A-ZÀ-ŽΆ-ΏΑ-ΩА-Я][\w’'-]+(?: [a-z]{1,3} [A-Z][\w-]+)?"
    r"(?:,\s*|,?\s+(?:dne|dňa|dnia|den|am)\s+)\d{1,2}([./-])\s?\d{1,2}\1\s?\d{4}$"
)
#: a cover's field under its title: version, status, date, reference, author
_COVER_FIELD = re.compile(
    r"^(?:Versie|Version|Status|Datum|Date|Kenmerk|Auteurs?|Authors?|Redactie|Uitgave)\b",
    re.IGNORECASE,
)
#: the article or preposition a title's lead line ends in
_LEAD_IN = re.compile(
    r"\b(?:a|an|the|of|for|on|to|and|een|de|het|van|voor|over|inzake|un|une|du|des|la|le|les|pour|"
    r"sur|der|die|das|für|zur|zum)$",
    re.IGNORECASE,
)
#: a web printout's retrieval stamp under the title ("Geraadpleegd op 27-06-2023.")
_STAMP_LINE = re.compile(
    r"^(?:Geraadpleegd|Geldend van|Gedownload|Afgedrukt|Consulted|Retrieved|Accessed|"
    r"Downloaded|Printed|Consulté)\b",
    re.IGNORECASE,
)
#: a line stating when the document was updated or published, under its title
_UPDATED = re.compile(
    r"^(?:(?:Last|Previously)\s+)?(?:Updated|Revised|Published|Publié|Mis à jour|Actualisé|"
    r"Bijgewerkt|Gepubliceerd|Aktualisiert|Veröffentlicht)\b",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|ST|ND|RD|TH|e|er|ème)\b")
_SENTENCE_END = re.compile(r"[.!?;]['\"”’»)]*$")


def _first_pages(raw: RawDocument, pages: int) -> list[Line]:
    """The lines of the first ``pages`` pages that print text (the blank verso of a cover is no
    page of the document's head: its date may stand on the page after it)."""
    printed = sorted({line.page for line in raw.lines})[:pages]
    return [line for line in raw.lines if printed and line.page <= printed[-1]]


def _body_size(raw: RawDocument) -> float:
    """The size most of the text is set in (computed once per document: asked often)."""
    return once(raw, "body", lambda: _measure_body(raw))


def _measure_body(raw: RawDocument) -> float:
    sizes: dict[float, int] = {}
    for line in raw.lines:
        size = round(line.size, 1)
        sizes[size] = sizes.get(size, 0) + len(line.text)
    return max(sizes, key=lambda s: sizes[s]) if sizes else 10.0


def _has_toc(raw: RawDocument) -> bool:
    lines = [line.text.strip() for line in _first_pages(raw, 8)]
    return (
        any(_TOC_HEAD.match(t) for t in lines)
        or sum(bool(_DOT_LEADER.match(t)) for t in lines) >= 3
    )


def _title_page(raw: RawDocument, body: float) -> bool:
    first = [line for line in raw.lines if line.page == 1 and line.text.strip()]
    if not first or (raw.pages or 1) < 3:
        return False
    largest = max(line.size for line in first)
    return largest >= body * 1.4 and len(first) <= 40


#: an instrument's own name ends in its genre and year ("… (Exemption) Order, 2016", "…
#: (Appeals Tribunal) Rules , 2023"); the act it is made under ends in "Act"
_INSTRUMENT = re.compile(r"\b(?:Order|Regulations|Rules|By-?laws)\s*,\s*\d{4}$", re.IGNORECASE)


_MADE_UNDER = re.compile(r"\bAct(?:,?\s*\d{4})?$|^\(Act No\.?.*\)$", re.IGNORECASE)


#: the genre of a Central European legal act, alone on its line over the body that makes it
#: and its date ("ROZPORZĄDZENIE" / "MINISTRA ZDROWIA" / "z dnia 28 stycznia 2015 r.")
_ACT_GENRE = re.compile(
    r"^(?:ROZPORZĄDZENIE|USTAWA|OBWIESZCZENIE|ZARZĄDZENIE|UCHWAŁA|POSTANOWIENIE|DECYZJA|"
    r"ZÁKON|VYHLÁŠKA|NAŘÍZENÍ|NARIADENIE|USNESENÍ|UZNESENIE|OPATŘENÍ|ROZHODNUTÍ|"
    r"UREDBA|ODLUKA|PRAVILNIK|ZAKON|ODREDBA)(?:\s+[A-ZÀ-Ž]+){0,2}$"
)
#: the act's date, a line of its own ("z dnia 8 maja 2014 r.", "ze dne 12. října 2020", "od
#: 3. marta 2021")
_ACT_DATED = re.compile(r"^(?:z dnia|ze dne|zo dňa|z|od|dne)\s+\d", re.IGNORECASE)


def _act_head(raw: RawDocument) -> tuple[list[Line], tuple[str, DatePrecision] | None]:
    """:func:`_find_act_head`, read once per document (the title, the date and the signature
    ask for it)."""
    return once(raw, "act", lambda: _find_act_head(raw))


def _find_act_head(raw: RawDocument) -> tuple[list[Line], tuple[str, DatePrecision] | None]:
    """A Central European legal act's head on its first page: its genre alone on a line, the
    body making it, its date on a line of its own and its object under it (``zmieniające
    rozporządzenie w sprawie …``), up to the text that enacts it; ``([], None)`` if none."""
    first = _first_page_below(raw, math.inf, set())
    start = next((i for i, ln in enumerate(first[:12]) if _ACT_GENRE.match(ln.text.strip())), None)
    if start is None:
        return [], None
    dated = next(
        (
            i
            for i in range(start + 1, min(start + 4, len(first)))
            if _ACT_DATED.match(first[i].text.strip()) and _day(first[i].text)
        ),
        None,
    )
    if dated is None:
        return [], None
    head = first[start : dated + 1]
    width = (raw.page_sizes or [(595.0, 842.0)])[0][0]
    for line in first[dated + 1 : dated + 6]:
        text = line.text.strip()
        previous = head[-1]
        # (the object is centred under the date, set in the head's size)
        if (
            not 0 < previous.y0 - line.y0 <= 3 * line.size
            or off_axis(line, width / 2) > 30
            or abs(line.size - previous.size) > 0.5
            or text.startswith(("§", "Na podstawie", "Na základě", "Art."))
        ):
            break
        head.append(line)
    return head, _day(first[dated].text)


#: who makes the act, signing it at its end with office and name on one line, right of the
#: centre ("Prezes Rady Ministrów: D. Tusk", "Minister Zdrowia: B.A. Arłukowicz")
_ACT_SIGNED = re.compile(
    r"^(?P<role>[A-ZÀ-Ž][^\W\d_]+(?:\s+[^\W\d_]+){0,6}):\s+"
    r"(?P<name>(?:[A-ZÀ-Ž]\.\s?){1,3}[A-ZÀ-Ž][^\W\d_]+(?:-[A-ZÀ-Ž][^\W\d_]+)?)$"
)


def _act_signatories(raw: RawDocument) -> list[Signatory]:
    """The signature closing an act whose head :func:`_act_head` read: on its last page, the
    office and name on one line, right of the centre; or, for an act headed by its genre,
    number and date (:data:`ACT_TITLE`), the name centred over the office on its last page
    ("Ilan Goldfajn" / "Presidente do Banco Central do Brasil")."""
    if not _act_head(raw)[0]:
        return _centred_act_signatories(raw)
    last = max((line.page for line in raw.lines), default=1)
    width = (raw.page_sizes or [(595.0, 842.0)])[-1][0]
    return [
        Signatory(role=match.group("role"), name=match.group("name"))
        for line in raw.lines
        if line.page == last
        and line.x0 > width * 0.5
        and (match := _ACT_SIGNED.match(line.text.strip()))
    ]


def _centred_act_signatories(raw: RawDocument) -> list[Signatory]:
    first = [line for line in raw.lines if line.page == 1 and line.text.strip()]
    if not any(ACT_TITLE.match(line.text.strip()) for line in first[:5]):
        return []
    last = max((line.page for line in raw.lines), default=1)
    page = [line for line in raw.lines if line.page == last and line.text.strip()]
    # (centred on the text's column, which need not be the paper's: margins of 85 and 43 pt)
    full = [line for line in page if len(line.text) >= 60] or page
    axis = (min(line.x0 for line in full) + max(line.x1 for line in full)) / 2
    on_last = [line for line in page if off_axis(line, axis) < 12]
    found = []
    for upper, lower in itertools.pairwise(on_last):
        name, role = upper.text.strip(), lower.text.strip()
        if (
            0 < upper.y0 - lower.y0 <= 2 * upper.size
            and looks_like_name(name)
            and not is_role(name)
            and is_role(role)
            and len(role) <= 80
        ):
            found.append(Signatory(role=normalise_role(role), name=name))
    return found


def _unmarked(line: Line) -> str:
    """``line``'s text without its raised note marks ("MINISTRA ZDROWIA1)")."""
    text = line.text
    for begin, end in sorted(line.superscripts, reverse=True):
        text = text[:begin] + text[end:]
    return re.sub(r"(?<=[A-ZÀ-Ž])\d{1,2}\)$", "", text.strip())


def _instrument_title(raw: RawDocument) -> str | None:
    """The name of a statutory instrument: the last run of bold lines on its first page that
    ends in the instrument's genre and year, under the act it is made under ("The Insurance
    Premium Levy Act" / "(Act No. 21 of 2015)" / "The Insurance Premium Levy (Exemption)" /
    "Order, 2016"); ``None`` for any other document."""
    runs: list[list[Line]] = []
    for line in raw.lines:
        if line.page != 1 or not line.bold or not line.text.strip():
            continue
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and abs(last.size - line.size) < 0.2
            and 0 < last.y0 - line.y0 <= 1.8 * line.size
        ):
            runs[-1].append(line)
        else:
            runs.append([line])
    named = [
        run
        for run in runs
        if len(run) <= 4 and _INSTRUMENT.search(" ".join(" ".join(ln.text for ln in run).split()))
    ]
    if not named:
        return None
    run = named[-1]
    # (from the line after the act it is made under, where they run together)
    cut = max((i + 1 for i, ln in enumerate(run) if _MADE_UNDER.search(ln.text.strip())), default=0)
    return re.sub(r"\s+,", ",", " ".join(" ".join(ln.text for ln in run[cut:]).split())) or None


def _enacted(raw: RawDocument) -> bool:
    """Whether the title, or a bold line of the first page alone or with the bold line under
    it, names an act or instrument with its year (``_ENACTMENT``), not a report or a letter
    about one (computed once per document: the kind's evidence and the build ask)."""
    return once(raw, "enacted", lambda: _names_enactment(raw, title_lines(raw)))


def _names_enactment(raw: RawDocument, title: list[Line]) -> bool:
    """:func:`_enacted`, computed."""
    first = [line for line in raw.lines if line.page == 1]
    if any(is_salutation(line.text) for line in first):
        return False  # a letter about an act ("Dear …" / "FREEDOM of INFORMATION ACT 2000")
    texts = [" ".join(line.text.strip() for line in title)]
    bold = [line for line in first if line.bold and len(line.text) <= 120]
    for upper, lower in itertools.zip_longest(bold, bold[1:]):
        texts.append(upper.text.strip())
        if lower is not None:
            texts.append(f"{upper.text.strip()} {lower.text.strip()}")
    return any(
        _ENACTMENT.search(" ".join(text.split())) and not _REPORT_GENRE.search(text)
        for text in texts
    )


#: the section of a staff report (a council's decision proposal) that states what the body is
#: asked to decide ("RECOMMENDATION", "Recommended Action:", "Beschlussvorschlag:",
#: "Beslispunten", "Proposition de délibération")
_PROPOSAL_SECTION = re.compile(
    r"^(?:\d{1,2}\.?\s*)?(?:(?:staff\s+)?recommendations?|recommended\s+actions?|"
    r"beschlussvorschlag|beschlussempfehlung|beslispunten|voorgesteld\s+besluit|"
    r"ontwerpbesluit|proposition\s+de\s+(?:décision|délibération)|"
    r"proposta\s+di\s+deliberazione)\s*:?$",
    re.IGNORECASE,
)
#: ... and the section that states what the decision costs ("FISCAL IMPACT", "Financial
#: Impact", "Finanzielle Auswirkungen:", "Financiële consequenties", "Incidences financières")
_IMPACT_SECTION = re.compile(
    r"^(?:\d{1,2}\.?\s*)?(?:fiscal\s+impacts?|financial\s+(?:impacts?|implications)|"
    r"budget(?:ary)?\s+impacts?|finanzielle\s+auswirkungen|haushaltsmäßige\s+auswirkungen|"
    r"financiële\s+(?:gevolgen|consequenties|paragraaf)|incidences?\s+financières?|"
    r"impact\s+financier)\s*:?$",
    re.IGNORECASE,
)


def _decision_proposal(raw: RawDocument) -> bool:
    """A staff report put before a council or committee: among the headings of its first three
    pages, one stating what the body is asked to decide and one stating what it costs. Such a
    report is a report whatever memo head it carries (``To:`` / ``From:`` over it); a memo
    with a recommendation and no cost is still a memo."""
    body = _body_size(raw)
    headings = [
        line.text.strip()
        for line in _first_pages(raw, 3)
        if (line.bold or line.size > body * 1.1 or line.text.strip().rstrip(":").isupper())
        and len(line.text.strip()) <= 40
    ]
    return any(_PROPOSAL_SECTION.match(text) for text in headings) and any(
        _IMPACT_SECTION.match(text) for text in headings
    )


#: the number or letter of an agenda item before its words ("1.", "1.1", "IV.", "B.")
_ITEM_NUMBER = r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s*|[A-Z]\.\s*|[IVX]{1,4}\.\s*)?"
#: the items that open a meeting, as agendas and minutes list them
_MEETING_OPENS = re.compile(
    _ITEM_NUMBER + r"(?:call(?:ed)?\s+to\s+order|roll\s+call|opening(?:\s+ceremonies)?|"
    r"eröffnung(?:\s+der\s+sitzung)?|ouverture\s+de\s+la\s+séance|"
    r"vaststell(?:ing|en)\s+(?:van\s+)?de\s+agenda|(?:approval|adoption)\s+of\s+(?:the\s+)?agenda|"
    r"genehmigung\s+der\s+tagesordnung|adoption\s+de\s+l['’]ordre\s+du\s+jour)\b",
    re.IGNORECASE,
)
#: ... and the items that close it
_MEETING_CLOSES = re.compile(
    _ITEM_NUMBER + r"(?:adjourn(?:ment)?|sluiting|rondvraag|schließung(?:\s+der\s+sitzung)?|"
    r"verschiedenes|clôture(?:\s+de\s+la\s+séance)?|any\s+other\s+business|"
    r"public\s+comments?|approval\s+of\s+(?:the\s+)?minutes|"
    r"(?:vaststell(?:ing|en)|goedkeuring)\s+(?:van\s+)?(?:de\s+)?notulen|"
    r"approbation\s+du\s+procès-verbal)\b",
    re.IGNORECASE,
)


def _meeting_items(raw: RawDocument) -> bool:
    """Whether the first four pages list a meeting's items, one that opens it ("Call to
    Order", "Opening", "Vaststelling agenda") and one that closes it ("Adjournment",
    "Rondvraag", "Sluiting", "Public Comment"), each a short line of its own."""
    items = [line.text.strip() for line in _first_pages(raw, 4) if len(line.text.strip()) < 60]
    return any(_MEETING_OPENS.match(text) for text in items) and any(
        _MEETING_CLOSES.match(text) for text in items
    )


def _other_genre(raw: RawDocument) -> bool:
    """The first page names a genre that is neither letter nor report (a memo's From/To
    header, ``Notitie``, ``Besluitenlijst``, ``Procès-verbal`` ... in its title lines)."""
    first = [line.text.strip() for line in raw.lines if line.page == 1]
    labels = {m.group("label").lower() for t in first if (m := _MEMO_LABEL.match(t))}
    if {"van", "aan"} <= labels or {"from", "to"} <= labels or {"de", "à"} <= labels:
        return True
    title = title_lines(raw)
    if any(_OTHER_GENRE.match(line.text.strip()) for line in title):
        return True
    # an Italian or Spanish administration's act, its genre on a line of its own under the
    # sender's masthead ("ORDINANZA SINDACALE", "Decreto Presidenziale n° 131 del …", "Avviso
    # pubblico …")
    if any(
        _LATIN_ACT.match(line.text.strip()) and len(line.text.strip()) <= 100
        for line in _first_pages(raw, 1)[:25]
    ):
        return True
    # a court's opinion or judgment: the court named at the head of the first page, the genre
    # on a line of its own ("SUPREME COURT OF THE UNITED STATES" / "Syllabus", "UNITED STATES
    # TAX COURT" / "MEMORANDUM FINDINGS OF FACT AND OPINION"), however long it runs
    head = _first_pages(raw, 1)
    if any(
        _COURT.search(line.text) and is_body_name(line.text.strip()) for line in head[:15]
    ) and any(_JUDICIAL_GENRE.match(line.text.strip()) for line in _first_pages(raw, 4)):
        return True
    # a speech marked to be checked against its delivery ("Please check against delivery",
    # "Seul le prononcé fait foi", "Es gilt das gesprochene Wort")
    if any(_SPEECH_MARK.match(line.text.strip()) for line in raw.lines if line.page == 1):
        return True
    # an act of a Commonwealth parliament or an instrument made under one, named with its
    # year ("THE ELECTRONIC GOVERNMENT ACT, 2021", "… (AMENDMENT) ACT, No. 11 OF 2025")
    if _enacted(raw):
        return True
    # an act (or its draft) enacted by a formula on a line of its own under who enacts it
    # ("Le Parlement de la République et Canton du Jura," / "arrête :", "Die Regierung des
    # Kantons St.Gallen" / "erlässt:"), or a bill's "Be it enacted by the Senate and House of
    # Representatives …" under its long title
    if any(
        _ENACTING_VERB.match(text) or _BE_IT_ENACTED.match(text)
        for text in (line.text.strip() for line in _first_pages(raw, 1)[:40])
    ):
        return True
    # ... or an EU act of a few pages that "HAS DECIDED" / "HAS ADOPTED THIS DECISION:" (a
    # Commission proposal states the formula pages in, after its memorandum)
    if (raw.pages or 1) <= 6 and any(
        _HAS_ADOPTED.match(line.text.strip()) for line in _first_pages(raw, 2)
    ):
        return True
    # a declaration named by who makes it or where ("Tallinn Declaration on eGovernment", "G7
    # … MINISTERS' DECLARATION"), not a report about one
    joined = " ".join(line.text.strip() for line in title)
    if (
        (raw.pages or 1) <= 20
        and _DECLARED.search(joined)
        and not _REPORT_GENRE.search(joined)
        and not re.search(
            r"\b(?:on|of|to|about|over|sur|zur|van)\s+(?:the\s+)?\S+\s+"
            r"(?:Declaration|Déclaration|Erklärung|Verklaring)\b",
            joined,
            re.I,
        )
    ):
        return True
    # the record of a meeting names who attended at its head ("Aanwezig:", "Present:"), or
    # its display lines end in the genre ("REGULAR MEETING MINUTES", "Meeting Agenda")
    height = (raw.page_sizes or [(595.0, 842.0)])[0][1]
    if any(
        _ATTENDANCE.match(line.text.strip()) and line.y0 > height * 0.4
        for line in raw.lines
        if line.page == 1
    ):
        return True
    # ... or its items open and close a meeting ("1. CALL TO ORDER" … "8. ADJOURNMENT",
    # "1 Opening" … "12 Sluiting"): an agenda or the record of the meeting held by it
    if _meeting_items(raw):
        return True
    # or, in a short document, on a display line of its own in the page's upper part
    # ("BESLUITENLIJST" under the masthead "MINISTERRAAD"; a long one naming itself "Notitie"
    # on its cover is a study, as planning offices publish them, but the record of a meeting
    # is one at any length: a council's "Notulen" run to 150 pages)
    if _decision_line(raw) is not None:
        return True
    genre = _OTHER_GENRE if (raw.pages or 1) <= 12 else _MEETING_RECORD
    body = _body_size(raw)
    # (a display line under a letter's salutation is its subject: "Dear Hanyu Liu" / "NOTICE
    # OF DECISION - FREEDOM OF INFORMATION APPLICATION")
    saluted = max(
        (line.y0 for line in raw.lines if line.page == 1 and is_salutation(line.text)),
        default=None,
    )
    return any(
        (
            genre.match(line.text.strip())
            or _MEETING_TAIL.search(line.text.strip())
            or _NOTICE_TAIL.search(line.text.strip())
        )
        and len(line.text.strip()) <= 60
        and (line.bold or line.size >= body * 1.1 or line.text.strip().isupper())
        and line.y0 > height * 0.5
        and (saluted is None or line.y0 > saluted)
        and not _labels_a_date(line, raw.lines)
        for line in raw.lines
        if line.page == 1
    )


def _labels_a_date(line: Line, lines: list[Line]) -> bool:
    """Whether ``line`` is the label of the date printed straight under it in its column, a
    field of a letter's head ("Beslut" / "2020-06-22" beside "Diarienr" / "DI-2020-2278"), not
    a genre set as a display line."""
    return any(
        other.page == line.page
        and abs(other.x0 - line.x0) < 3
        and 0 < line.y0 - other.y0 <= 2 * max(line.size, 1.0)
        and _day(other.text.strip(), numeric=True) is not None
        and len(other.text.strip()) <= 20
        # (the display line's sentence running on to its date is no field: "Resolution adopted
        # by the Human Rights Council" / "on 8 July 2025")
        and not _RUNS_ON.match(other.text.strip())
        for other in lines
    )


#: a line that continues the sentence above it into a date
_RUNS_ON = re.compile(r"^(?:on|of|du|le|van|vom|am|op|de|del|el|em|il)\s", re.IGNORECASE)


#: the end of a decision's opening formula, the genre on the next page ("… folgenden")
_INTO_GENRE = "folgenden|nachstehenden"
_LEADS_INTO_GENRE = re.compile(rf"\b(?:{_INTO_GENRE})$", re.IGNORECASE)
_DECISION_LABEL = re.compile(
    r"^(?:Entscheidungsart|Entscheidungstyp|Art der Entscheidung|Dokumenttyp|Type of decision|"
    r"Type de décision|Soort uitspraak)\s*:?$",
    re.IGNORECASE,
)


def _find_decision_line(raw: RawDocument) -> str | None:
    """The genre a court's decision names on its first page (``BESCHLUSS``, ``Urteil`` of
    ``Urteil vom 10. November 2015``), printed for display (bold, larger or in capitals) in
    the page's upper part; ``None`` when there is none."""
    width, height = (raw.page_sizes or [(595.0, 842.0)])[0]
    body = _body_size(raw)

    def centred(line: Line) -> bool:
        """Set apart in the middle of the page, as a cover sheet names the decision ("Beschluss
        vom 8. November 2011" under the court's name), not a line of running text."""
        return off_axis(line, width / 2) < 0.04 * width and line.x1 - line.x0 < 0.6 * width

    def labelled(value: Line) -> bool:
        """The value of a decision-type label (a database's record: "Entscheidungsart:")."""
        return any(
            other.page == 1
            and abs(other.y0 - value.y0) < 2
            and other.x1 <= value.x0
            and _DECISION_LABEL.match(other.text.strip())
            for other in raw.lines
        )

    for line in raw.lines:
        if line.page != 1 or line.y0 < height * 0.35:
            continue
        text = " ".join(line.text.split())
        match = _DECISION.match(text)
        if match and (
            line.bold
            or line.size >= body * 1.15
            or text.isupper()
            or labelled(line)
            or centred(line)
        ):
            return match.group("genre")
    # the first page ends in the formula that leads into the genre ("erlässt der Bayerische
    # Verwaltungsgerichtshof … am 16. Juli 2008 folgenden" / "Beschluss:" atop page 2)
    first = sorted((ln for ln in raw.lines if ln.page == 1), key=lambda ln: ln.y0)
    if first and _LEADS_INTO_GENRE.search(first[0].text.strip()):
        second = sorted((ln for ln in raw.lines if ln.page == 2), key=lambda ln: -ln.y0)
        for line in second[:4]:
            match = _DECISION.match(" ".join(line.text.split()).rstrip(":"))
            if match and (line.bold or line.size >= body * 1.15):
                return match.group("genre")
    return None


#: the genre of a meeting's record or agenda, named on its centred head: the words that name
#: the record itself first, then those naming the meeting
_MEETING_RECORD_WORD = re.compile(
    r"\b(?:AGENDA|MINUTES|COMPTE[- ]RENDU|PROC[EÈ]S[- ]VERBAL|ORDRE DU JOUR|NOTULEN|"
    r"BESLUITENLIJST|VERSLAG|NIEDERSCHRIFT|PROTOKOLL|TAGESORDNUNG|"
    # Czech and Slovak resolutions and minutes ("Výpis usnesení", "Zápis"), Polish ("Protokół",
    # "Porządek obrad"), Italian ("Verbale", "Ordine del giorno"), Spanish and Portuguese
    # ("Acta", "Ata", "Orden del día")
    r"USNESENÍ|UZNESENIE|ZÁPIS|PROTOKÓŁ|PORZĄDEK OBRAD|VERBALE|ORDINE DEL GIORNO|ACTA|ATA|"
    r"ORDEN DEL DÍA)\b",
    re.IGNORECASE,
)
_MEETING_WORD = re.compile(
    r"\b(?:MEETING|R[ÉE]UNION|S[ÉE]ANCE|SITZUNG|VERGADERING|CONSEIL MUNICIPAL|"
    # "ze 44. schůze Rady města", "z 12. zasedání Zastupitelstva", "posiedzenie" (not the
    # Spanish "Sesión celebrada el …": the sitting's date line under a chamber's masthead)
    r"SCHŮZE|ZASEDÁNÍ|ZASADNUTIE|POSIEDZENI[EA])\b",
    re.IGNORECASE,
)
#: a time of day ("7:00 p.m.", "à 18h00", "20.00 uur"), a street address ("1225 North
#: Hacienda Road"): where a meeting's title ends
_TIME_OR_PLACE = re.compile(
    r"\b\d{1,2}[:.h]\s?\d{2}\b|\b\d{1,2}\s*[ap]\.\s?m\.|^\d{1,6}\s+[A-Za-z]|^_{3,}$",
    re.IGNORECASE,
)
#: a date line continuing a title ("Réunion du Conseil Municipal" / "du 12 juillet 2023")
_DATE_CONTINUES = re.compile(r"^(?:du|of|van|vom|des|from)\s", re.IGNORECASE)


def _find_meeting_title(raw: RawDocument, furniture: set[int] | None = None) -> list[Line]:
    """The centred head of a meeting's record or agenda, as one title: the display line naming
    the genre ("AGENDA", "REGULAR MEETING MINUTES", "PROCES VERBAL"; else one naming the meeting,
    "Réunion du Conseil Municipal"), with the centred display lines set close above it (the body
    that met: "EAST PALO ALTO" / "PLANNING COMMISSION") and under it ("A REGULAR MEETING OF THE
    … CITY COUNCIL"), up to the date, time or place of the meeting. ``[]`` when there is none."""
    width, height = (raw.page_sizes or [(595.0, 842.0)])[0]
    body = _body_size(raw)
    first = sorted(
        (
            line
            for line in raw.lines
            if line.page == 1 and line.text.strip() and id(line) not in (furniture or set())
        ),
        key=lambda line: -line.y0,
    )

    def display(line: Line, axis: float = width / 2, off: float = 25) -> bool:
        text = line.text.strip()
        return (
            off_axis(line, axis) < off
            and len(text) <= 90
            and (line.bold or line.size >= body * 1.15 or text.isupper())
            and line.size >= body * 0.95
        )

    heads = [line for line in first if line.y0 > height * 0.55 and display(line)]
    anchor = next(
        (line for line in heads if _MEETING_RECORD_WORD.search(line.text)),
        next((line for line in heads if _MEETING_WORD.search(line.text)), None),
    )
    # (a line that starts at the text's left margin is set flush left, however wide)
    margin = Counter(round(line.x0) for line in first).most_common(1)[0][0] if first else 0
    if anchor is None or anchor.x0 < margin + 8:
        return []
    at = first.index(anchor)
    axis = (anchor.x0 + anchor.x1) / 2  # the head's lines are centred on one axis

    def continues(upper: Line, lower: Line, leading: float | None) -> bool:
        gap = upper.y0 - lower.y0
        return 0 < gap <= (1.3 * leading if leading else 2.6 * max(upper.size, lower.size))

    def ends(line: Line, upper: Line) -> bool:
        """The meeting's date, time or place alone ends the title; a line naming the sitting
        with them ("SEANCE DU LUNDI 30 OCTOBRE 2023 A 17H30"), or the rest of a date the line
        above began ("… van woensdag 26" / "oktober 2016"), is part of it."""
        text = line.text.strip()
        if re.search(r"\b\d{1,2}$", upper.text.strip()) and re.match(
            r"^[^\W\d]+\.?\s+\d{4}\b", text
        ):
            return False
        if _DATE_LEAD_IN.search(upper.text.strip()) and upper is not line:
            return False  # the date the line above leads into ("held" / "MARCH 18, 2025")
        if _MEETING_WORD.match(text) or _MEETING_RECORD_WORD.match(text):
            dates = find_dates(text)
            rest = text[: dates[0].start] + text[dates[0].end :] if dates else text
            rest = _TIME_OR_PLACE.sub(" ", rest)
            if len(rest.split()) <= 4:
                return False
        return bool(_TIME_OR_PLACE.search(text)) or (
            _is_dateline(text) and not _DATE_CONTINUES.match(text)
        )

    above: list[Line] = []
    leading: float | None = None
    for line in reversed(first[:at]):
        upper, lower = line, (above[0] if above else anchor)
        if not display(line, axis, 12) or not continues(upper, lower, leading) or ends(line, line):
            break
        leading = leading or upper.y0 - lower.y0
        above.insert(0, line)
    below: list[Line] = []
    leading = None
    for line in first[at + 1 :]:
        upper = below[-1] if below else anchor
        if not display(line, axis, 12) or not continues(upper, line, leading) or ends(line, upper):
            break
        leading = leading or upper.y0 - line.y0
        below.append(line)
    return [*above, anchor, *below]


#: a line leading into the date under it ("REGULAR MEETING OF THE COUNCIL" / "held" / "MARCH
#: 18, 2025"; "Séance du" / "30 octobre 2023")
_DATE_LEAD_IN = re.compile(r"\b(?:held(?:\s+on)?|on|of|du|van|vom|am|le|del|de)$", re.IGNORECASE)


#: where a German court's opening formula ends: what it decided follows (or the genre, on the
#: next page: "… folgenden")
_DECIDED = re.compile(
    rf"\b(?:beschlossen|für Recht erkannt|erkannt|{_INTO_GENRE})\s*:?$", re.IGNORECASE
)


_FORMULA_OPENS = re.compile(r"^(?:hat|erlässt|erläßt)\s+(?:der|die|das)\b", re.IGNORECASE)


def _decided_on(raw: RawDocument) -> tuple[str, DatePrecision] | None:
    """The date a court's decision states it was taken on, in the formula that opens it
    ("aufgrund der Beratung vom 27. Oktober 2017 beschlossen:", "ohne mündliche Verhandlung
    am 16. Juli 2008 folgenden"): the last date in the formula, from where it opens ("hat
    der …", "erlässt der …") to where it ends, else in its last three lines."""
    lines = sorted(
        (line for line in raw.lines if line.page <= 3), key=lambda line: (line.page, -line.y0)
    )
    for index, line in enumerate(lines):
        if _DECIDED.search(line.text.strip()):
            # from where the formula opens ("hat der …", "erlässt der …"; the bench may be
            # listed inside it), else its last three lines
            start = next(
                (
                    at
                    for at in range(index, max(index - 16, -1), -1)
                    if _FORMULA_OPENS.match(lines[at].text.strip())
                ),
                max(index - 2, 0),
            )
            # (over the lines joined: a date may break between them, "am 13. September" /
            # "2010")
            formula = _date_text(" ".join(other.text.strip() for other in lines[start : index + 1]))
            days = [d for d in find_dates(formula) if d.precision is DatePrecision.day]
            return (days[-1].iso, days[-1].precision) if days else None
    return None


#: where a court's decision says it was made public ("Announced in open court on 28.04.2025",
#: "Pronounced on 3rd May, 2024", "Judgment delivered on 12 March 2019")
_PRONOUNCED = re.compile(
    r"^(?:(?:Judgm?ent|Order|Decision|Ruling)\s+)?(?:Announced|Pronounced|Delivered)\b"
    r"[^.]{0,40}?\bon\s+(?:this\s+)?(?P<date>\S.{5,40}?)\.?$",
    re.IGNORECASE,
)


def _pronounced(raw: RawDocument) -> tuple[str, DatePrecision] | None:
    """The day a court's decision was made public, stated under it on its last two pages
    (the last such line): the decision's date, not the day the case was heard."""
    last = max((line.page for line in raw.lines), default=1)
    for line in reversed([line for line in raw.lines if line.page >= last - 1]):
        match = _PRONOUNCED.match(line.text.strip())
        found = _day(match.group("date"), numeric=True) if match else None
        if found:
            return found
    return None


def _issue(raw: RawDocument) -> str | None:
    """:func:`symbols.issue_number`, read once per document (a verbatim record's reference and
    the last resort of every other document's ask for it)."""
    height = (raw.page_sizes or [(595.0, 842.0)])[0][1]
    return once(raw, "issue", lambda: issue_number(raw.lines, height))


def _correspondence(fields: dict[str, str]) -> bool:
    """A letterhead's key-value fields: a contact person (``Inlichtingen bij``,
    ``Contactpersoon``), or two of sender, addressee, our and your reference."""
    kinds = {"sender", "addressee", "reference", "your_reference"} & fields.keys()
    return "contact" in fields or len(kinds) >= 2


def _evidence(raw: RawDocument) -> str:
    """What the PDF shows itself to be: ``other`` (it names a genre that is neither letter nor
    report), ``letter`` (a salutation), ``memo`` (a letterhead's correspondence fields),
    ``report`` (a table of contents, a title page, numbered headings, or a title naming the
    genre), or ``none``."""
    if _email(raw) is not None:
        return "email"  # a printed e-mail: correspondence, whatever its body holds
    if _verbatim(raw):
        return "debate"  # a chamber's verbatim record, whatever genre its cover names
    if _answer(raw) is not None:
        return "answer"  # a parliamentary question's answer, whatever annexes it holds
    paper = _paper(raw)
    if paper is not None:
        # a German parliament's paper: its genre line says what it is
        return {"questions": "questions", "report": "report"}.get(paper.kind, "other")
    named = _nordic(raw)
    if named is not None and named.genre in ("report", "other"):
        # the document's name in the head field of the Nordic standards ("OHJE", "PÄÄTÖS")
        return named.genre
    head = [line.text.strip() for line in _first_pages(raw, 2)]
    if _slides(raw):
        return "other"  # a slide deck: neither letter nor report, whatever its slides say
    if _decision_proposal(raw):
        return "report"  # a staff report: what to decide and what it costs, under any head
    if _council_questions(raw) is not None:
        return "council_questions"  # a council member's written questions, under their genre
    if not any(re.match(r"^>?\s*Retouradres", t) for t in head) and _other_genre(raw):
        return "other"
    if any(is_salutation(t) for t in head):
        # (a letter has no cover: a report whose text opens by addressing its readers; nor a
        # display line naming a report over it and numbered sections under it: "Rapport du
        # Conseil d'État au Grand Conseil" / "Madame la présidente, …" / "1. INTRODUCTION")
        return "covered" if _covered(raw) or _titled_report(raw) else "letter"
    if _correspondence(head_fields(raw)[0]):
        return "memo"  # a memo or note in a letterhead is no report
    body = _body_size(raw)
    numbered = _numbered_headings(raw, body)
    if _has_toc(raw) or _title_page(raw, body) or numbered >= 3:
        return "report"
    title = " ".join(line.text for line in title_lines(raw))
    if _REPORT_GENRE.search(title):
        return "report"  # the title names the genre: "FY 2011 … Annual Report"
    if is_body_name(title) and _REPORT_GENRE.match(_title(raw, set()) or ""):
        # ... the title under the sender's masthead ("República Argentina - Poder Ejecutivo
        # Nacional" over "Dictamen Jurídico")
        return "report"
    # ... or a display line of its own on the first page names it ("BRIEFING" over the title)
    if (raw.pages or 1) >= 3 and any(
        _REPORT_KICKER.match(line.text.strip()) and line.size >= body * 1.1
        for line in raw.lines
        if line.page == 1
    ):
        return "report"
    return "none"


def _questions_record(raw: RawDocument, metadata: ParliamentaryQuestionsMetadata) -> Document:
    """A questions record (an answer's head, a parliament's paper, a council's questions)."""
    return Document(raw=raw, kind=DocumentKind.parliamentary_questions, metadata=metadata)


def _council_questions(raw: RawDocument) -> CouncilQuestions | None:
    """:func:`council_questions.council_questions` of the document, read once."""

    def read() -> CouncilQuestions | None:
        fields, _ = head_fields(raw)
        height = (raw.page_sizes or [(595.0, 842.0)])[0][1]
        return council_questions(
            _first_pages(raw, 1), raw.lines, _body_size(raw), height, fields.get("subject")
        )

    return once(raw, "council_questions", read)


def _slides(raw: RawDocument) -> bool:
    """A slide deck: three pages or more, every one in a screen's wide format (16:9 or 16:10,
    wider than any paper turned on its side) and holding few lines."""
    sizes = raw.page_sizes or []
    pages = raw.pages or len(sizes)
    if pages < 3 or len(sizes) < pages:
        return False
    wide = all(height > 0 and width / height >= 1.5 for width, height in sizes[:pages])
    return wide and len(raw.lines) <= 30 * pages


def _titled_report(raw: RawDocument) -> bool:
    """Whether a display line of the first page opens by naming a report ("Rapport du …",
    "Report of …") and three numbered headings or more stand in the text."""
    body = _body_size(raw)
    named = any(
        _REPORT_GENRE.match(line.text.strip())
        and (line.bold or line.size > body * 1.1)
        and len(line.text) < 120
        for line in raw.lines
        if line.page == 1
    )
    return named and _numbered_headings(raw, body) >= 3


def _numbered_headings(raw: RawDocument, body: float) -> int:
    """How many numbered headings (bold, or larger than the text) the document prints."""
    return sum(
        bool(_NUMBERED.match(line.text.strip()))
        and (line.bold or line.size > body * 1.1)
        and len(line.text) < 120
        for line in raw.lines
    )


def _covered(raw: RawDocument) -> bool:
    """A cover page before the salutation (no running text on page 1, nor the salutation):
    the salutation opens a report's or a speech's text ("Monsieur le Président, … Chers
    collègues" under a committee's report)."""
    first = [line.text.strip() for line in raw.lines if line.page == 1 and line.text.strip()]
    return (
        (raw.pages or 1) >= 2
        and 0 < len(first) <= 40
        and not any(len(text) >= 60 and not text.isupper() for text in first)  # no running text
        and not any(is_salutation(text) for text in first)
    )


def _nordic(raw: RawDocument) -> NordicHead | None:
    """:func:`nordic_head.nordic_head`, read once per document (the kind and the date ask)."""
    return once(raw, "nordic", lambda: nordic_head(raw))


def _answer(raw: RawDocument) -> AnswerHead | None:
    """:func:`answers.answer_head`, read once per document."""
    return once(raw, "answer", lambda: answer_head(raw))


def _paper(raw: RawDocument) -> DrucksacheHead | None:
    """:func:`drucksache.drucksache_head`, read once per document."""
    return once(raw, "paper", lambda: drucksache_head(raw))


def _verbatim(raw: RawDocument) -> bool:
    """A debate's verbatim record (:func:`debates.is_verbatim` on the lines), of a chamber
    other than the Tweede Kamer, whose Handelingen :mod:`proceedings` reads."""
    return once(
        raw,
        "verbatim",
        lambda: proceedings.detect(raw) == 0 and is_verbatim(line.text for line in raw.lines),
    )


#: other, e-mail and a debate's record: over a letter's score (the document says what it is)
_SCORES = {
    "debate": 0.97,
    "answer": 0.97,
    "questions": 0.97,
    "council_questions": 0.9,
    "email": 0.97,
    "other": 0.96,
    "covered": 0.9,
    "report": 0.6,
}


def _kind_evidence(raw: RawDocument) -> str:
    """:func:`_evidence`, read once per document (detection asks, and the build again)."""
    return once(raw, "evidence", lambda: _evidence(raw))


def detect(raw: RawDocument) -> float:
    if raw.format is not SourceFormat.pdf or not raw.lines:
        return 0.0
    return _SCORES.get(_kind_evidence(raw), 0.02)


#: a byline: names (capitalised words, acronyms) listed with commas, nothing lower case
_BYLINE = re.compile(
    r"^[A-ZÀ-Ý][\w.&-]*(?: [A-ZÀ-Ý][\w.&-]*){0,2}(?:, [A-ZÀ-Ý][\w.&-]*(?: [A-ZÀ-Ý][\w.&-]*){0,2})+$"
)
#: the words that join a title's phrases, never the parts of a byline ("INCLUSIVE, OPEN AND
#: SECURE" under a title in capitals names no one)
_PHRASE_JOINER = re.compile(r"\b(?:and|or|of|the|for|en|of|et|ou|und|oder)\b", re.IGNORECASE)
#: an author's name with the office after it, or a "by" line, under a title
_AUTHOR_LINE = re.compile(
    r"^(?:(?:By|Par|Door|Von)\s+[A-ZÀ-Ý][\w.'’-]+\s+[A-ZÀ-Ý].{1,60}|"
    # a contribution of a body ("Bijdrage van het Federaal Planbureau en kennisinstellingen")
    r"(?:Bijdrage|Contribution|Beitrag)\s+(?:van|of|from|by|de|du|des|der|vom)\s+.{3,80}|"
    r"[A-ZÀ-Ý][\w.'’-]+(?:\s+(?:van|de|der|von|du|le|la)){0,2}(?:\s+[A-ZÀ-Ý][\w.'’-]+){1,2},\s+"
    r"(?i:PDG|CEO|président|presidente?|directeur|directrice|director|chief|head|professor|"
    r"professeur|chercheur|researcher|minister|ministre|secretary|secrétaire|senior|fellow|"
    r"adviseur|advisor|conseill(?:er|ère)|hoogleraar|voorzitter|chair)\b.{0,60})$"
)
#: a numbered section heading (``1.Overview``, ``2.3 Scope``) opens the body, it is no cover title
#: (not the ordinal of an amendment, which is its title: "II. Nachtrag zur Verordnung …")
_SECTION = re.compile(
    r"^(?!(?:[IVX]{1,4}|\d{1,2})\.\s*Nachtrag\b)"
    # (Cyrillic and Greek headings too: "І. ОБЩИ ПОЛОЖЕНИЯ", the numeral in Cyrillic "І")
    r"(?:(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXІ]{1,4}\.)\s*[A-ZÀ-ÝА-ЯΑ-Ω]|[A-H]\.\s+[A-ZÀ-Ý][a-zß-ÿ]|"
    # an article or chapter numbered on a line of its own ("ARTICLE I" under a body's by-laws)
    r"(?:ARTICLE|Article|Artikel|Artículo|ARTÍCULO|Articolo|Artigo|CHAPTER|Chapter|SECTION|"
    r"Section|Kapitel|Chapitre|CHAPITRE|Hoofdstuk|Член|Глава)\s+(?:[IVX]{1,5}|\d{1,3})\.?$)"
)
#: a numeric date alone on its line, four-digit year ("27/05/2024", "28-02-2023")
_NUMERIC_DATE = re.compile(r"^\d{1,2}([-/.])\d{1,2}\1\d{4}$")
_VERSION_LEAD = re.compile(r"^(?:Versie|Version)\b", re.IGNORECASE)
_DATE_LABEL = re.compile(
    r"^(?:Datum|Date|Dated|Datum document|Date de publication|Version|Versie|Stand)\s*:?$", re.I
)
_MINUTES_OPENING = re.compile(
    r"^(?:minutes|notulen|verslag|procès-verbal|compte[- ]rendu|protokoll|niederschrift|"
    # (or the meeting itself, named at the head of what it adopted: "Réunion du Bureau du 6
    # mars 2019" over the recommendations it kept)
    r"réunion|séance|meeting|vergadering|sitzung)\s+"
    r"(?:of|van|de|du|der|über|des)\b",
    re.IGNORECASE,
)
#: the official name of the year printed under an Argentine administration's masthead on
#: every document ("2021 - Año de Homenaje al Premio Nobel de Medicina Dr. César Milstein")
_YEAR_MOTTO = re.compile(r"^(?:19|20)\d\d\s*[-–]\s*[\"“]?Año\s+(?:de|del|de la)\b", re.IGNORECASE)
#: a security or release marking stamped on a page ("PUBLIC" over a Council document made
#: public, "LIMITE", "RESTREINT UE", "OFFICIAL-SENSITIVE", "Departementaal vertrouwelijk")
_MARKING = re.compile(
    r"^(?:PUBLIC|LIMITE|RESTREINT UE(?:/EU RESTRICTED)?|EU RESTRICTED|CONFIDENTIEL UE|"
    r"(?:NOT PROTECTIVELY MARKED|UNCLASSIFIED|OFFICIAL(?:[- ]SENSITIVE)?|CONFIDENTIAL|SECRET)|"
    r"(?:Departementaal |Staats)?[Vv]ertrouwelijk|VS-NUR FÜR DEN DIENSTGEBRAUCH|"
    r"Nur für den Dienstgebrauch|DIFFUSION RESTREINTE|"
    # a Greek act's publication marking ("ΑΝΑΡΤΗΤΕΑ ΣΤΟ ΔΙΑΔΙΚΤΥΟ": to be posted online)
    r"ΑΝΑΡΤΗΤΕ[ΑΟ](?:\s+ΣΤΟ\s+[Δ∆]ΙΑ[Δ∆]ΙΚΤΥΟ)?)$"
)
#: a report adopted by the body that wrote it, as its cover states
_ADOPTED = re.compile(
    r"\b(?:approuvée?|adoptée?|adopted|approved|goedgekeurd|vastgesteld|beschlossen|"
    r"verabschiedet)\b",
    re.IGNORECASE,
)
#: a line drawn with characters, nothing else on it
_DRAWN_RULE = re.compile(r"^[_=~*·.–—-]{4,}$")
#: a statement that the body adopted the document, opening its line
_ADOPTION_LINE = re.compile(
    r"^(?:Approved|Adopted|Endorsed|Goedgekeurd|Vastgesteld|Approuvée?|Adoptée?|Beschlossen|"
    r"Verabschiedet|"
    # Swedish: "Beslut vid regeringssammanträde den 16 mars 2017"
    r"Beslut(?:ad|at)?|Antagen|Antaget)\s+(?:by|door|par|vom|von|durch|on|op|le|am|vid|av)\b",
    re.IGNORECASE,
)
_DISTRIBUTION = re.compile(r"^Distr\.?\s*:\s*[A-Za-z]+$")
#: a UN-style masthead's lines under the symbol: distribution (with the date and languages the
#: reader joins to it), the language of the original
_MASTHEAD = re.compile(
    r"^(?:Distr\.?\s*:\s*(?:General|Limited|Restricted|Générale|Limitée|Restreinte)\b.{0,80}|"
    r"(?:Original|Langue originale|Idioma original)\s*:\s*[^\W\d]+(?: [^\W\d]+)?)$"
)
_GLUED = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


_REFERENCE_DATED = re.compile(
    r"^(?:GZ|Gesch(?:äfts)?z(?:ahl|eichen)|Az\.?|Aktenzeichen|Our ref\.?|Ref\.?|Kenmerk|"
    # (an Italian protocol number: "Prot. n. 2856 dell’11.03.2026.")
    r"Prot(?:ocollo)?\.?(?:\s+n\.?)?)\s*:?\s*"
    rf"\S+\s+{DATED_BY}(\d.{{0,30}}?)\.?$",
    re.IGNORECASE,
)


def _date_text(text: str) -> str:
    """``18maart2024`` -> ``18 maart 2024``: words run together by the text layer; a date
    stamp whose day the text layer spaced out (``OCT 2 7 2018``) closed up."""
    stamp = _SPACED_STAMP.match(text.strip())
    if stamp:
        text = f"{stamp.group('month')} {stamp.group('day').replace(' ', '')} {stamp.group('year')}"
    return _GLUED.sub(" ", _ORDINAL.sub(r"\1", text.strip()))


#: a date stamp alone on its line, the digits of its day set apart ("OCT 2 7 2018")
_SPACED_STAMP = re.compile(r"^(?P<month>[A-Za-z]{3,9}\.?)\s+(?P<day>\d\s\d),?\s+(?P<year>\d{4})$")


def _versioned_date(text: str) -> bool:
    """A cover's status line ending in the version's day ("In Gebruik versie 30 juli 2024",
    "Vastgestelde versie 1 maart 2023", "Working draft version of 3 May 2024", "Fassung vom
    12. März 2024")."""
    dates = find_dates(text)
    if len(dates) != 1 or dates[0].precision is not DatePrecision.day:
        return False
    if dates[0].end < len(text.rstrip(". ")):
        return False
    return bool(
        re.search(
            r"\b(?:versie|version|fassung|stand)(?:\s+(?:of|van|vom|du))?\s*$",
            text[: dates[0].start],
            re.IGNORECASE,
        )
    )


def _placed_date(text: str) -> bool:
    """A date after the place it was given at, named in a few capitalised words with commas
    ("United Nations Headquarters, New York, 20 October 2015")."""
    dates = find_dates(text)
    if len(dates) != 1 or dates[0].end < len(text.rstrip(". ")) or len(text) > 90:
        return False
    place = text[: dates[0].start].rstrip()
    # (the preposition the date follows: "Tlalixtac de Cabrera, Oaxaca, a 15 de mayo de 2013",
    # "Roma, lì 3 marzo 2021", "Berlin, den 3. März 2021")
    place = re.sub(r"\s+(?:a|el|em|aos|lì|li|le|den|am)$", "", place)
    words = place.rstrip(",").replace(",", " ").split()
    return (
        place.endswith(",")
        and 1 <= len(words) <= 8
        and all(w[:1].isupper() or w in {"le", "de", "du", "of", "am", "an", "der"} for w in words)
    )


def _is_dateline(text: str) -> bool:
    """A date with a word or two (a place, "Vom", a weekday), a reference after it allowed
    (``Vom 27. September 2022 - Az.: IM6-1537-4/1 -``)."""
    text = _date_text(REFERENCE_TAIL.sub("", text))
    # (the hour a meeting was held: "Tuesday 18 June 2024 at 9:45-10:45am")
    text = _HOUR_TAIL.sub("", text)
    dates = find_dates(text)
    if len(dates) != 1 or len(text) > 90:
        return False
    rest = text[: dates[0].start] + text[dates[0].end :]
    return sum(any(c.isalpha() for c in w) for w in rest.split()) <= 2


_TITLE_LABEL = re.compile(r"^(?:Document|Titel|Title|Titre)\s*:$", re.IGNORECASE)


def _labelled_title(first: list[Line]) -> list[Line]:
    """A title given as a key-value pair (``Document:`` with the value beside it), as committee
    decision lists print it."""
    for index, line in enumerate(first):
        if not _TITLE_LABEL.match(line.text.strip()):
            continue
        value = [
            other
            for other in first[index + 1 : index + 4]
            if abs(other.y0 - line.y0) < 3 and other.x0 > line.x1
        ]
        if value:
            lines = [value[0]]
            for other in first[first.index(value[0]) + 1 :]:
                if (
                    abs(other.x0 - value[0].x0) < 3
                    and 0 < lines[-1].y0 - other.y0 < 1.6 * other.size
                ):
                    lines.append(other)
                else:
                    break
            return lines
    return []


#: the word a title's line cannot end on: it carries the title on to the next line
_CARRIES_ON = re.compile(
    r"(?:&|\b(?:and|of|the|for|to|on|in|en|van|de|het|voor|op|et|des|du|und|der|die|für))$",
    re.IGNORECASE,
)


def _title_carried_on(raw: RawDocument, furniture: set[int]) -> set[int]:
    """``furniture`` without the first page's line a title carries on to ("STATEMENT OF
    PERSON NOMINATED &" over "NOTICE OF POLL", a heading every page of the notice repeats)."""
    if not furniture:
        return furniture
    page = [line for line in raw.lines if line.page == 1]
    carried = {
        id(other)
        for line in page
        if id(line) not in furniture and _CARRIES_ON.search(line.text.strip())
        for other in page
        if id(other) in furniture
        and abs(other.size - line.size) < 0.5
        and 0 < line.y0 - other.y0 <= 1.6 * line.size
    }
    return furniture - carried if carried else furniture


def title_lines(raw: RawDocument, furniture: set[int] | None = None) -> list[Line]:
    """:func:`_title_lines`, computed once per document and furniture set."""
    key = ("title", frozenset(furniture or ()))
    return list(once(raw, key, lambda: _title_lines(raw, furniture)))


#: an act's short title, as a notice made under it is headed ("Public Service Act 1999")
_ACT_SHORT_TITLE = re.compile(r"^(?:The\s+)?[A-Z][\w'’()-]*(?:\s+[\w'’()-]+){0,8}\s+Act\s+\d{4}$")
#: the genre of a German parliamentary paper, with who tables it, printed over its title
_PAPER_GENRE = re.compile(
    r"^(?:Gesetzentwurf|Referentenentwurf|Verordnungsentwurf|Antrag|Unterrichtung|"
    r"Beschlussempfehlung(?: und Bericht)?)(?:\s+(?:der|des|von)\s+.{3,60})?$"
)


def _broken_before(lines: Sequence[Line], n: int) -> bool:
    """Whether a word breaks over lines ``n - 1`` and ``n`` (a hyphen ending the first, the
    second going on in letters)."""
    return (
        0 < n < len(lines)
        and lines[n - 1].text.rstrip().endswith(("-", "\u00ad"))
        and lines[n].text.lstrip()[:1].isalpha()
    )


#: a line carrying on the phrase over it ("OF THE SULLIVAN COUNTY …")
_LINKED = re.compile(r"^(?:of|for|du|de|des|van|der|für|del|della|dei)\b", re.IGNORECASE)


def _past_sender(raw: RawDocument, lines: list[Line], furniture: set[int] | None) -> list[Line]:
    """A title's lines without the sender's name printed over them as its masthead ("PRIVACY
    & CIVIL LIBERTIES OVERSIGHT BOARD" over "FULL WRITTEN EXPLANATION"); where the largest
    text names the sender alone ("National Council on Disability" with its motto under it),
    the title is the display run under it on the first page, before the running text starts
    ("CERTIFICATION of CLOSED MEETING" under the date). A name with no display run under it
    stays the title: nothing else names the document."""
    cut = next(
        (
            n
            for n in range(len(lines), 0, -1)
            # (never inside a word broken over two lines: "ADVISORY BOARD ON PEOPLE-" /
            # "CENTERED INNOVATION TO G7")
            if not _broken_before(lines, n)
            # (nor where the name runs on after a comma: "CONSEJO ASESOR … DE INTERÉS," / "EL
            # TRÁFICO DE INFLUENCIAS Y LA CORRUPCIÓN")
            and not lines[n - 1].text.rstrip().endswith(",")
            and (
                is_body_name(" ".join(ln.text for ln in lines[:n]))
                # (or the genre of a parliamentary paper and who tables it, over its formal
                # title: "Gesetzentwurf" / "der Bundesregierung" over "Entwurf eines … Gesetzes")
                or _PAPER_GENRE.match(" ".join(" ".join(ln.text for ln in lines[:n]).split()))
            )
        ),
        0,
    )
    if not cut:
        # (the parties to an agreement named under its title are no part of it)
        # (not a body the title's own words lead into: "BYLAWS OF THE" / "BOONE COUNTY …",
        # nor the end of that body's name: "BY-LAWS" / "OF" / "THE SULLIVAN COUNTY" / "LOCAL
        # EMERGENCY PLANNING COMMITTEE")
        for n in range(1, len(lines)):
            if _broken_before(lines, n) or not is_body_name(" ".join(ln.text for ln in lines[n:])):
                continue
            if _LEAD_IN.search(lines[n - 1].text.strip()) or _LINKED.match(lines[n].text.strip()):
                break
            return lines[:n]
        return lines
    # (the sender's qualifier under its name is the masthead's: "(Provincia di Avellino)", its
    # office "Il Presidente")
    while cut < len(lines) and (
        re.fullmatch(r"\(.*\)", lines[cut].text.strip()) or is_role(lines[cut].text.strip())
    ):
        cut += 1
    rest = " ".join(ln.text for ln in lines[cut:])
    if _MEETING_WORD.search(rest) or _MEETING_RECORD_WORD.search(rest):
        return lines  # the body that met names its meeting ("… PLANNING COMMISSION" / "MINUTES")
    if cut < len(lines):
        return lines[cut:]
    body = _body_size(raw)
    first = sorted(
        (
            line
            for line in raw.lines
            if line.page == 1 and line.text.strip() and id(line) not in (furniture or set())
        ),
        key=lambda line: -line.y0,
    )
    below = [line for line in first if line.y0 < lines[-1].y0 - 1]
    # (a cover may print the body it was written for at its foot, in the largest type, the
    # title above it: "Fiscal Health Risk Analysis" over "San Francisco Unified School District")
    above = [line for line in first if line.y0 > lines[0].y0 + 1]

    # the masthead under the sender's name: the lines centred under it, each close under the
    # one before ("COMUNE DI AVELLA" / "(Provincia di Avellino)" / "Città d'Arte")
    masthead: set[int] = set()
    top = lines[-1]
    for line in [line for line in first if line.y0 < top.y0 - 1]:
        if not (
            0 < top.y0 - line.y0 <= 1.6 * max(top.size, line.size)
            and abs((line.x0 + line.x1) - (top.x0 + top.x1)) < 0.1 * (top.x1 - top.x0) + 6
            and line.size <= top.size
        ):
            break
        masthead.add(id(line))
        top = line

    def display(line: Line) -> bool:
        text = line.text.strip()
        if id(line) in masthead or (text.startswith("(") and text.endswith(")")):
            return False  # (the sender's province, motto: "(Provincia di Avellino)")
        if is_role(text):
            return False  # the sender's office under its name ("Il Presidente")
        if NUMBERED_GENRE.match(text) and text[:1].isupper():
            return True  # the act named with its number ("Decreto … n° 131 del 27/04/2026")
        return (
            (line.bold or line.size >= body * 1.1 or (text.isupper() and len(text.split()) >= 2))
            and len(text) <= 100
            # (a title in display type may end with its full stop: "Avviso pubblico
            # aggiornamento Piano Anticorruzione 2026/2028.")
            and (not _SENTENCE_END.search(text) or (text.endswith(".") and line.size >= body * 1.3))
            and not _SECTION.match(text)
            and not is_body_name(text)
            and not is_label(text)  # a memo's head under its genre ("From : …")
            and not _MARKING.match(text)
            and not has_postcode(text)  # the sender's address ("Washington, DC 20420")
        )

    def display_runs(below: list[Line]) -> list[list[Line]]:
        """The display runs of ``below`` (lines in reading order), up to the running text."""
        runs: list[list[Line]] = []
        taken: set[int] = set()
        for index, line in enumerate(below):
            text = line.text.strip()
            if id(line) in taken or id(line) in masthead:
                continue  # (a long motto in the masthead is no running text)
            if (
                line.size < body * 0.95
                or (_is_dateline(text) and not NUMBERED_GENRE.match(text))
                or pdf_layout.is_page_number(text)
            ):
                continue  # a motto, an address in small print, the date
            if not display(line):
                if len(text) >= 60:
                    break  # the running text starts
                continue
            following = below[index + 1].text.strip() if index + 1 < len(below) else ""
            if looks_like_name(text) and is_role(following):
                continue  # a person over an office ("Michael H. Fine" / "Chief Executive …")
            run = [line]
            for other in below[index + 1 :]:
                previous = run[-1]
                # (a line the run's last leads into ends the phrase, with its full stop:
                # "… Review of Representation and" / "Portrayal on the BBC.")
                if not (
                    (
                        display(other)
                        or (
                            _LEAD_IN.search(previous.text.strip())
                            and _SENTENCE_END.search(other.text.strip())
                            and len(other.text.strip()) <= 100
                        )
                    )
                    and other.bold == previous.bold
                    and abs(other.size - previous.size) < 0.1
                    and 0 < previous.y0 - other.y0 <= 2.5 * max(other.size, previous.size)
                ):
                    break
                run.append(other)
            taken |= {id(ln) for ln in run}
            if len(run) > 1 and _ACT_SHORT_TITLE.match(run[0].text.strip()):
                run = run[1:]  # the act a notice is made under, over it ("Public Service Act 1999")
            if any(re.search(r"[^\W\d_]{4,}", ln.text) for ln in run):
                runs.append(run)  # (a run of codes, "CAB 11" / "CSC 13", names nothing)
        return runs

    runs = display_runs(below) or display_runs(above)
    # the display runs in the largest type, and the longest of them (a motto, a rubric or the
    # act a notice is made under stand over the title in the same type: "Un Peuple-Un But-Une
    # Foi", "GOVERNMENT NOTICES"; the sitting's day under a record's genre is set smaller)
    return max(
        runs,
        key=lambda run: (round(run[0].size), sum(len(ln.text.split()) for ln in run)),
        default=lines,
    )


def _email(raw: RawDocument) -> EmailHead | None:
    return once(raw, "email", lambda: email_head(raw.lines))


def _decision_line(raw: RawDocument) -> str | None:
    """:func:`_find_decision_line`, computed once per document."""
    return once(raw, "decision", lambda: _find_decision_line(raw))


def _meeting_title(raw: RawDocument, furniture: set[int] | None = None) -> list[Line]:
    """:func:`_find_meeting_title`, computed once per document and furniture set."""
    key = ("meeting", frozenset(furniture or ()))
    return list(once(raw, key, lambda: _find_meeting_title(raw, furniture)))


def _title_lines(raw: RawDocument, furniture: set[int] | None = None) -> list[Line]:
    """The cover title's lines: the largest text of the first page, with the display lines
    printed right above or below it. A smaller run below (a subtitle) belongs to the title
    unless body text follows it closely (then it is the first section heading)."""
    body = _body_size(raw)
    furniture = _title_carried_on(raw, furniture or set())
    first = [
        line
        for line in raw.lines
        if line.page == 1
        and line.text.strip()
        and id(line) not in furniture
        and not pdf_layout.is_page_number(line.text)
        and not _MARKING.match(line.text.strip())
        # (a rule drawn in dashes or stars is no text: "------" under a speaker's office)
        and (any(c.isalnum() for c in line.text) or _display_dash(line, body))
    ]
    labelled = _labelled_title(first)
    if labelled:
        return labelled
    # (a language tag printed large in a corner, "NL", is no title: four letters at least; nor
    # is the sender's department or a marking in the letterhead's top right corner,
    # "Direktorium", "Kommunalreferat", "NON CLASSIFIÉ")
    width, height = (raw.page_sizes or [(595.0, 842.0)])[0]
    candidates = [
        line
        for line in first
        if not (line.y0 > height * 0.86 and line.x0 > width * 0.55 and len(line.text.split()) <= 3)
        and not _SECTION.match(line.text.strip())
        # (an act named with its date is a title: "Arrêté du 24 septembre 2021"; so is a
        # document naming itself with its date: "Normenbrief 1 januari 2026")
        and (
            not _is_dateline(line.text)
            or bool(ACT_TITLE.match(line.text.strip()))
            or _named_with_date(line.text.strip())
        )
        and not _STAMP_LINE.match(line.text.strip())
        and not _YEAR_MOTTO.match(line.text.strip())
        # (the recitals' lead-in, however large an act sets it: "Έχοντας υπόψη:", "Vu :")
        and not _RECITALS_LEAD.match(line.text.strip())
        and sum(c.isalpha() for c in line.text) >= 4
        # (letters set apart as a drawing, "X X O X X" / "OO OO", spell no word)
        and any(sum(c.isalpha() for c in word) >= 3 for word in line.text.split())
        and not _logotype(line.text)
        and not _mark(line, first)
    ]
    if not candidates:
        return []
    largest = max(line.size for line in candidates)
    if largest < body * 0.99 or (largest < body * 1.05 and not any(c.bold for c in candidates)):
        # a page set in one size and weight: a title centred in capitals near its top
        # ("RESOLUCIÓN DE PROCEDIMIENTO SANCIONADOR" over the running text)
        centred = [
            line
            for line in first[:6]
            if line in candidates
            and line.text.strip().isupper()
            and len(line.text.split()) >= 2
            and len(line.text.strip()) <= 90
            and line.y0 > height * 0.6
            and off_axis(line, width / 2) < 15
            and line.x0 > width * 0.2
            and _opens_text(line, first)
        ]
        return centred[:1]
    top = next(line for line in candidates if line.size >= largest * 0.999)
    # a title no larger than the text (a German office's decision, a Commission proposal):
    # picked out by its weight
    body_sized = largest < body * 1.05 or (
        largest < body * 1.15
        and any(c.bold and c.size >= largest * 0.999 for c in candidates)
        and not all(c.bold for c in candidates if c.size >= largest * 0.999)
    )
    if body_sized:
        # a cover set in the body's size (the European Commission's proposals): the title is
        # the bold run before the running text starts, not the first line of that size
        for line in first:
            if not line.bold and len(line.text.strip()) >= 60:
                break
            if line.bold and line.size >= largest * 0.999 and line in candidates:
                top = line
                break
    start = first.index(top)

    def close(upper: Line, lower: Line) -> bool:
        gap = upper.y0 - lower.y1
        if -upper.size < gap <= 1.6 * max(upper.size, lower.size) and (
            abs(upper.x0 - lower.x0) < 200
            # set flush right: one right edge, a size close to it ("RAPPORT DE" /
            # "DÉVELOPPEMENT DURABLE" / "2021 - 2022")
            or (abs(upper.x1 - lower.x1) < 2 and 0.8 * upper.size <= lower.size <= upper.size)
        ):
            return True
        # a cover title set centred with wide leading: same size and weight, one axis
        centre = off_axis(upper, (lower.x0 + lower.x1) / 2)
        return (
            0 < gap <= 4 * upper.size
            and abs(upper.size - lower.size) < 0.1
            and upper.bold == lower.bold
            and centre < 3
            and abs(upper.x0 - lower.x0) > 3  # centred, not two left-aligned lines
            # (a heading in capitals under a title in lower case, "… retenues" / "STATUT DES
            # DÉPUTÉS", is the text's first heading; the reverse carries a title on: "… OF THE
            # COUNCIL" / "on Soil Monitoring and Resilience")
            and not (in_capitals(lower.text) and not in_capitals(upper.text))
        )

    def leads_in(upper: Line, lower: Line) -> bool:
        """A line ending in an article or preposition cannot end a title: it leads into the
        line under it, set apart as it may be ("Proposal for a" / "DIRECTIVE OF …")."""
        gap = upper.y0 - lower.y1
        text = upper.text.strip()
        word = _LEAD_IN.search(text)
        # (in lower case, or in a title set in capitals: "Referat I A" ends in a unit's letter)
        return (
            word is not None
            and (word.group().islower() or text.isupper())
            and 0 < gap <= 3 * upper.size
        )

    def case_changes(title: list[Line], line: Line) -> bool:
        """An all-capitals title followed by a line of its size in lower case that starts a
        phrase of its own: a subtitle or the first heading (``PROCÈS-VERBAL`` / ``Séance
        publique tenue le …``)."""
        letters = "".join(c for t in title for c in t.text if c.isalpha())
        first = next((c for c in line.text if c.isalpha()), "")
        return (
            bool(letters)
            and letters.isupper()
            and any(c.islower() for c in line.text)
            and first.isupper()  # "of 18 May 2017", "décrétant …" carry the title on
            and abs(line.size - title[-1].size) < 0.1
        )

    def kicker(upper: Line, lower: Line) -> bool:
        """A smaller line set right above the title in its weight and margin leads into it
        ("Adviesvraag" over "Abacus" over "voor de Kiesraad")."""
        return (
            upper.size >= largest * 0.65
            and upper.bold == lower.bold
            and abs(upper.x0 - lower.x0) < 3
            and len(upper.text.split()) <= 3
        )

    while (
        start > 0
        and (
            first[start - 1].size >= largest * 0.85
            or kicker(first[start - 1], first[start])
            # (a smaller display line that cannot end a title: "Living guidelines on the" over
            # "responsible use" / "of generative AI")
            or (
                leads_in(first[start - 1], first[start])
                and first[start - 1].size >= max(body * 1.3, largest * 0.5)
            )
            # (the line above a smaller one taken in, in its size: the same phrase wrapped,
            # "Commission du Budget, de l’Enseignement supérieur" / "et des Bâtiments …")
            or (
                first[start] is not top
                and first[start].size < largest * 0.85
                and abs(first[start - 1].size - first[start].size) < 0.1
                and first[start - 1].bold == first[start].bold
            )
        )
        and not _is_dateline(first[start - 1].text)
        and (
            not body_sized
            or first[start - 1].bold == top.bold
            or leads_in(first[start - 1], first[start])  # "Proposal for a" over "DIRECTIVE …"
        )
        and (close(first[start - 1], first[start]) or leads_in(first[start - 1], first[start]))
    ):
        start -= 1
    lines = first[start : first.index(top) + 1]
    floor = max(largest * 0.45, body * 1.15) if largest > body * 1.15 else largest * 0.999
    # the lines under the title in the order they are printed, top to bottom (a cover may draw
    # its subtitle before its title: ANSSI's "Élever collectivement …" under "Directive NIS 2")
    rest = first[first.index(top) + 1 :]
    drawn_before = [
        line
        for line in first[: first.index(top)]
        if line.y1 <= top.y0 + 1 and abs(line.x0 - top.x0) < 10 and line not in lines
    ]
    if drawn_before:
        # (in the order printed, what stands above the title is not under it: a kicker drawn
        # after the title in the page's corner, "POLICY")
        below = [line for line in rest if line.y0 < top.y0]
        rest = sorted([*drawn_before, *below], key=lambda line: -line.y0)
    for index, line in enumerate(rest):
        if body_sized and not _aligned(lines[-1], line):
            break  # a title in the body's size keeps its margin or its axis; text does not
        if body_sized and line.bold != lines[-1].bold and not line.text.strip()[:1].islower():
            # a title in the body's size is set apart by its weight alone (a phrase that runs
            # on in lower case, "décrétant l’identification …", still belongs to it)
            break
        if (
            line.size < floor
            or not close(lines[-1], line)
            or _SECTION.match(line.text.strip())
            or is_label(line.text)  # a labelled field under the title ("Betreft: …")
            or _STAMP_LINE.match(line.text.strip())
            or _HASHTAGS.match(line.text.strip())  # a campaign's tags under the title
            or case_changes(lines, line)
            # (the sender's address under its name: "Washington, DC 20420")
            or (has_postcode(line.text) and is_body_name(" ".join(ln.text for ln in lines)))
        ):
            break
        if _is_dateline(line.text) and line.size < largest * 0.95:
            break
        if REFERENCE_TAIL.search(line.text.strip()):
            break  # the date and file reference under a regulation's title
        if _UPDATED.match(line.text.strip()) and find_dates(line.text):
            break  # when the document was updated or published ("Last Updated September 13,
            # 2021 (Previously Updated July 29, 2021)", "Publié le lundi 19 octobre 2015")
        if _YEAR_MOTTO.match(line.text.strip()):
            break  # the year's official name under an Argentine masthead
        if is_role(line.text.strip()) and len(line.text.split()) >= 2:
            break  # the office that enacts or signs under an act's title ("La ministre du …")
        if _AUTHOR_LINE.match(line.text.strip()):
            break  # the author and office under the title ("Bruno Sportisse, PDG d’Inria")
        if (
            line.size < largest * 0.95
            and _BYLINE.match(line.text.strip())
            and not _PHRASE_JOINER.search(line.text)
        ):
            break  # the project and sender under the title ("CoronaCheck, MinVWS")
        if line.size < largest * 0.95 and _set_off(lines, line):
            break  # a smaller run further from the title than its lines are from each other
        if line.size < largest * 0.95:
            # a smaller run: subtitle, or the first heading when body text follows it closely
            run_end = index
            while (
                run_end + 1 < len(rest)
                and rest[run_end + 1].size >= line.size * 0.95
                and close(rest[run_end], rest[run_end + 1])
            ):
                run_end += 1
            run = " ".join(ln.text.strip() for ln in rest[index : run_end + 1])
            if len(run.split()) >= 12 and run.rstrip()[-1:] in ".?!":
                break  # a standfirst: a sentence under the title, not a subtitle
            so_far = " ".join(ln.text for ln in lines)
            starts_run = abs(lines[-1].size - line.size) > 0.1  # not a run's second line
            if _COVER_FIELD.match(run) or (
                starts_run
                and len(run.split()) <= 2
                and run[:1].isupper()
                and not any(c.isdigit() for c in run)
                and so_far.count("(") <= so_far.count(")")
                # (not the title's last word set a little smaller in its weight, close under
                # it: "Handleiding i-Spiegel" / "Indicatoren")
                and not (
                    line.size >= largest * 0.85
                    and line.bold == lines[-1].bold
                    and lines[-1].y0 - line.y1 < 0.5 * lines[-1].size
                )
            ):
                break  # a word or two (a genre label, series or publisher), a version line
            after = rest[run_end + 1] if run_end + 1 < len(rest) else None
            if (
                after is not None
                and after.size <= body * 1.05
                and 0 < rest[run_end].y0 - after.y1 <= 2.5 * rest[run_end].size
                and abs(rest[run_end].x0 - after.x0) < 200
                and _running_text(after.text)
            ):
                break
        lines.append(line)
    return lines


def _display_dash(line: Line, body: float) -> bool:
    """A dash alone on its line in display type: the title's lines joined by it
    ("RegelSpraak-specificatie" / "–" / "typeringen")."""
    return line.text.strip() in ("–", "—") and line.size >= body * 1.5


def _set_off(title: list[Line], line: Line) -> bool:
    """Whether ``line``, under a title of two lines or more, stands apart from it: its gap to
    the title's last line is more than three times the widest gap between the title's lines and
    more than 0.8 of the title's size (a cover's series label further down: "ERA Forum" /
    "Stakeholders' document" under "… in research")."""
    if len(title) < 2:
        return False
    leading = max(max(upper.y0 - lower.y1, 0.0) for upper, lower in pairwise(title))
    gap = title[-1].y0 - line.y1
    return gap > max(3 * leading, 0.8 * title[-1].size)


#: the words that lead a dateline, not a title: weekdays, labels
_DATE_WORDS = {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "datum", "date", "dated", "versie", "version", "stand", "vastgesteld", "gewijzigd",
}  # fmt: skip
_WORD_AND_DATE = re.compile(r"^(?P<word>[A-ZÀ-Ý][\w-]{4,})\s+\d{1,2}(?:e|er)?\s+[^\W\d]+\s+\d{4}$")


def _named_with_date(text: str) -> bool:
    """A document naming itself with its date, one word before it ("Normenbrief 1 januari
    2026"), not a weekday or a label before a date ("Dinsdag 3 maart 2020", "Datum …")."""
    match = _WORD_AND_DATE.match(text)
    return match is not None and match.group("word").lower() not in _DATE_WORDS


def _logotype(text: str) -> bool:
    """A word or two in lower case, as senders set their names in their logos ("spaarne" /
    "landen"): no title (a title opens with a capital; "eIDAS" carries one inside). A genre
    label set so ("verordening" over the by-law's quoted name) is no logo."""
    words = text.split()
    return (
        0 < len(words) <= 2
        and not any(c.isupper() for c in text)
        and text.lstrip()[:1].isalpha()
        and not _OTHER_GENRE.match(text.strip())
        and not _REPORT_GENRE.search(text)
    )


def _opens_text(line: Line, page: list[Line]) -> bool:
    """Whether the running text starts right under ``line`` (a title introduces it; a
    masthead has its address or more heading lines under it)."""
    below = [other for other in page if other.y0 < line.y0]
    if not below:
        return False
    nearest = max(below, key=lambda other: other.y0)
    return len(nearest.text.strip()) >= 60 and line.y0 - nearest.y0 < 4 * line.size


def _mark(line: Line, page: list[Line]) -> bool:
    """An organisation's or series' mark set large ("ITU-T" over "ITU-T Recommendation T.6"):
    one token in capitals that the page prints again inside a longer line; no title."""
    token = line.text.strip()
    return (
        " " not in token
        and len(token) <= 10
        and token.upper() == token
        and any(
            other is not line and token in other.text.split() and len(other.text.split()) > 1
            for other in page
        )
    )


def _aligned(upper: Line, lower: Line) -> bool:
    """Two lines set on one left margin, or on one right margin ("COUNCIL OF" / "THE EUROPEAN
    UNION"), or centred on one axis."""
    return (
        abs(upper.x0 - lower.x0) < 3
        or abs(upper.x1 - lower.x1) < 1.5
        or off_axis(upper, (lower.x0 + lower.x1) / 2) < 6
    )


def _running_text(text: str) -> bool:
    """A line that can open running text: long enough, and not a cover's version or date line
    (``Version revisée du 12 février 2025``)."""
    return len(text.strip()) >= 40 and not find_dates(_date_text(text))


def title_from_typography(raw: RawDocument, furniture: set[int] | None = None) -> str | None:
    """The largest text of the first page, its lines joined (the cover title)."""
    return _joined(title_lines(raw, furniture))


#: the issuing institution printed as a masthead over the document's own title: a court, a
#: council of ministers, a department (its name is the sender, not the title)
_INSTITUTION = re.compile(
    r"^(?:(?:the\s+)?united\s+states\s+(?:district\s+court|court\s+of\s+appeals|"
    r"bankruptcy\s+court)|(?:land|amts|oberlandes|verwaltungs|sozial|arbeits|finanz)gericht|"
    r"bundes\w*gericht|ministerraad|rechtbank|gerechtshof|raad\s+van\s+state|"
    r"tribunal|cour\s|conseil\s+d['’]état|"
    # the organ of a UN document over its symbol ("General Assembly", "Security Council")
    r"general\s+assembly|security\s+council|economic\s+and\s+social\s+council)",
    re.IGNORECASE,
)
#: the line that names the document under such a masthead ("ORDER ACCEPTING …",
#: "BESLUITENLIJST", "Urteil"), in the words of the genre
_GENRE_LINE = re.compile(
    r"^(?:order|judgment|opinion|memorandum|decision|besluitenlijst|notulen|besluit|"
    r"uitspraak|vonnis|arrest|beschikking|jugement|arrêt|ordonnance|décision|"
    r"\w*urteil|beschluss)\b",
    re.IGNORECASE,
)
#: a genre label alone as a cover's largest text ("verordening"), the name under it
_BARE_GENRE = re.compile(
    r"^(?:verordening|regeling|reglement|beleidsregels?|besluit|richtlijn|regulation|"
    r"bylaw|by-law|arrêté|règlement|verordnung|satzung)$",
    re.IGNORECASE,
)
#: a press release's genre line, set large over its headline ("MEDIA RELEASE", "Communiqué
#: de presse"), a release instruction and a dateline between them
_RELEASE_GENRE = re.compile(_RELEASE_WORDS, re.IGNORECASE)
#: a release instruction over a press release's headline
_RELEASE_INSTRUCTION = re.compile(
    r"^(?:FOR IMMEDIATE RELEASE|IMMEDIATE RELEASE|EMBARGOED?\b.{0,40}|FOR RELEASE\b.{0,40})$",
    re.IGNORECASE,
)
#: an office's or a body's series of documents named as a masthead: the issuer, the genre
_ISSUER_GENRE = re.compile(
    r"^(?P<issuer>.{6,80}?)\s+(?:INSTRUCTION|DIRECTIVE|MANUAL|NOTICE|MEMORANDUM|CIRCULAR|BULLETIN)$",
    re.IGNORECASE,
)
#: a news dateline opening the first paragraph: place and date, a dash, the text ("Singapore,
#: 2 March 2023 – PUB has launched …", "7 MARCH 2022 – During …")
_NEWS_DATELINE = re.compile(
    # (the place set off by a dash: "WASHINGTON — July 21, 2020 — The …")
    r"^(?:[A-Z][\w'’. -]{1,40}?(?:,\s+|\s+[–—]\s+))?(?:le\s+)?(?P<date>\d{1,2}(?:er|st|nd|rd|th)?\.?\s+[^\W\d]+\.?"
    r"\s+\d{4}|[^\W\d]+\.?\s+\d{1,2},\s+\d{4})\s*[–—-]{1,2}\s+\S"
)
#: an act's own title (French "intitulé"): the genre, its number, its date ("Décret no
#: 2016-1036 du 28 juillet 2016 relatif …", "ARRÊTÉ du 15 mai 2025 portant …")
ACT_TITLE = re.compile(
    r"^(?:(?:Décret|Arrêté|Loi|Ordonnance|Décision|Délibération|Circulaire)"
    # (the authority making it: "ARRÊTÉ PRÉFECTORAL DU 9 JANVIER 2026", "Arrêté municipal")
    r"(?:\s+(?:préfectoral|municipal|ministériel|interministériel|conjoint|départemental|"
    r"régional|présidentiel))?"
    r"(?:\s+(?:n[o°º]|no\.)\s*[\w-]+)?\s+du\s+|"
    # ... and the Portuguese and Spanish form ("RESOLUÇÃO Nº 4.595, DE 28 DE AGOSTO DE 2017",
    # "DECRETO Nº 10.046, DE 9 DE OUTUBRO DE 2019", "Ley N° 27.275 de 14 de septiembre de 2016")
    r"(?:Resolução|Resolución|Lei|Ley|Decreto(?:-Lei)?|Portaria|Instrução Normativa|Circular|"
    r"Medida Provisória)\s+(?:n[o°º.]+|nº)\s*[\d.\-/]+\w*,?\s+de\s+)"
    r"(?P<date>\d{1,2}(?:er|º)?\s+(?:de\s+)?\w+\s+(?:de\s+)?\d{4})\b",
    re.IGNORECASE,
)
_QUOTES = "\"“”„«»‘’'"


def _named_below(raw: RawDocument, title: list[Line], furniture: set[int]) -> list[Line]:
    """The lines that name the document under its typographic title where that title is the
    issuing institution (a court's caption, ``MINISTERRAAD``) or a bare genre label
    (``verordening`` over ``"VERORDENING OP HET GEBRUIK VAN …"``); ``[]`` otherwise."""
    text = _joined(title) or ""
    institution = bool(_INSTITUTION.match(text)) or _un_organ(raw, title)
    genre = text.lower() if _BARE_GENRE.match(text) else None
    # an act's own title under a journal's section heading ("Décrets, arrêtés, circulaires")
    if not ACT_TITLE.match(text):
        act = next(
            (
                line
                for line in raw.lines
                if line.page == 1
                and (not title or line.y0 < title[-1].y0)
                and ACT_TITLE.match(line.text.strip())
            ),
            None,
        )
        if act is not None:
            return _run_under(
                act,
                raw.lines[raw.lines.index(act) + 1 :],
                lambda last, other: (
                    other.page == last.page
                    and other.bold == last.bold
                    and 0 < last.y0 - other.y0 <= 1.6 * other.size
                    and not is_role(other.text.strip())
                ),
            )
    # a logotype set largest ("Cada"): a numbered genre line under it names the document
    logo = len(text.split()) == 1 and len(text) <= 8
    if logo:
        for line in raw.lines:
            if (
                line.page == 1
                and line.y0 < title[-1].y0
                and NUMBERED_GENRE.match(line.text.strip())
            ):
                return [line]
    if title and _RELEASE_GENRE.fullmatch(title[0].text.strip()):
        # (the genre line alone: the title run may have taken in the headline's first line)
        return _headline(raw, title[0], furniture)
    # an office's or a body's series named as the masthead ("CHAIRMAN OF THE JOINT CHIEFS OF
    # STAFF INSTRUCTION"): the document's own title is under it
    issued = _ISSUER_GENRE.match(" ".join(text.split()))
    if (
        title
        and issued
        and (is_role(issued.group("issuer")) or is_body_name(issued.group("issuer")))
    ):
        return _headline(raw, title[-1], furniture)
    # a release instruction under the sender's masthead: the headline follows it
    release = next(
        (
            line
            for line in raw.lines
            if line.page == 1 and _RELEASE_INSTRUCTION.match(line.text.strip())
        ),
        None,
    )
    if title and release is not None and release.y0 < title[-1].y0:
        headline = _headline(raw, release, furniture)
        if headline:
            return headline
    if not title or not (institution or genre):
        return []
    below = _first_page_below(raw, title[-1].y0, furniture)
    for index, line in enumerate(below[:40]):
        words = line.text.strip().lstrip(_QUOTES).strip()
        if institution:
            letters = [c for c in words if c.isalpha()]
            display = line.bold or (letters and all(c.isupper() for c in letters))
            found = bool(display and _GENRE_LINE.match(words) and len(words.split()) <= 14)
        else:
            found = line.text.strip()[:1] in _QUOTES and words.lower().startswith(genre or "")
        if not found:
            continue
        return _run_under(
            line,
            below[index + 1 : index + 4],
            lambda last, other: (
                other.bold == last.bold
                and 0 < last.y0 - other.y0 <= 1.6 * other.size
                # (a name ends with its closing quote or a full stop)
                and last.text.strip()[-1:] not in '”»".!?'
            ),
        )
    if institution:
        # no genre line: the largest shown run under the masthead (a UN report's title under
        # its organ, session and agenda lines), numbered section headings aside
        body = _body_size(raw)
        shown = [
            line
            for line in below[:40]
            if line.size >= body * 1.15
            and not _SECTION.match(line.text.strip())
            and sum(c.isalpha() for c in line.text) >= 4  # no barcode or ornament
        ]
        if shown:
            size = max(line.size for line in shown)
            first = next(line for line in shown if line.size >= size - 0.1)
            at = below.index(first)
            return _run_under(
                first,
                # (a UN report's title runs to six lines)
                below[at + 1 : at + 8],
                lambda last, other: 0 < last.y0 - other.y0 <= 1.6 * max(last.size, other.size),
            )
    return []


def _un_organ(raw: RawDocument, title: list[Line]) -> bool:
    """Whether ``title`` is the organ a UN-style masthead names in its largest type ("Executive
    Board of the United Nations Development Programme, …"), level with the distribution line
    printed beside it ("Distr.: General"): the organ issues the document, its title is below."""
    distribution = [
        line for line in raw.lines if line.page == 1 and _DISTRIBUTION.match(line.text.strip())
    ]
    return bool(title) and any(
        abs(title[0].y0 - line.y0) <= 2 * title[0].size and line.x0 > title[0].x0
        for line in distribution
    )


def _set_apart_title(raw: RawDocument, furniture: set[int]) -> str | None:
    """Where no type is larger than the text's, the page's first line (or two) standing apart
    over the text, a wider gap under it than between the text's lines, no sentence, no date,
    no sender ("Duiding bij de statistische bijdrage van het Openbaar Ministerie" over the
    note's first paragraph): the title typed in the text's own size."""
    top = _first_page_below(raw, math.inf, furniture)
    if len(top) < 4:
        return None
    head = [top[0]]
    if (
        len(top[1].text) <= 80
        and abs(top[1].size - top[0].size) < 0.5
        and 0 < top[0].y0 - top[1].y0 <= 1.3 * top[0].size
        and abs(top[1].x0 - top[0].x0) < 3
    ):
        head.append(top[1])  # (a title wrapped once)
    under = top[len(head)]
    spacing = [upper.y0 - lower.y0 for upper, lower in pairwise(top[len(head) : len(head) + 6])]
    line_gap = min((gap for gap in spacing if gap > 0), default=0.0)
    text = " ".join(" ".join(line.text for line in head).split())
    if (
        not line_gap
        or head[-1].y0 - under.y0 < 1.6 * line_gap
        or not 10 <= len(text) <= 150
        or not text[:1].isupper()
        or re.search(r"[:,]$", text)
        or _SENTENCE_END.search(text)
        or find_dates(_date_text(text))
        or is_body_name(text)
        or is_label(text)
        or any(c.isdigit() for c in text[:3])
    ):
        return None
    return text


def _running_title(raw: RawDocument, furniture: list[Line]) -> str | None:
    """Where the pages show no title (a table from the first line on), the running header
    that names the document on every page ("RETURN OPERATIONS BY CHARTER FLIGHTS IN 2021 -
    FRONTEX REPRESENTATIVE ON BOARD"): the first page's, at its top, a phrase of four words or
    more, no sender's name, no page number, no date."""
    height = (raw.page_sizes or [(595.0, 842.0)])[0][1]
    for line in sorted(furniture, key=lambda ln: -ln.y0):
        text = " ".join(line.text.split())
        if line.page != 1 or line.y0 < 0.85 * height:
            continue
        if (
            len(text.split()) >= 4
            and sum(c.isalpha() for c in text) >= 0.6 * len(text)
            # (a chapter's running header names the chapter: "3. | INFORMATION ON …")
            and not _SECTION.match(text)
            and not text[:1].isdigit()
            and not pdf_layout.is_page_number(text)
            and not find_dates(_date_text(text))
            and not is_body_name(text)
            and not _SENTENCE_END.search(text)
        ):
            return text
    return None


def _first_page_below(raw: RawDocument, y: float, furniture: set[int]) -> list[Line]:
    """The printed lines of the first page under height ``y``, furniture left out, top down."""
    below = [
        line
        for line in raw.lines
        if line.page == 1 and id(line) not in furniture and line.y0 < y and line.text.strip()
    ]
    return sorted(below, key=lambda line: -line.y0)


def _headline(raw: RawDocument, genre: Line, furniture: set[int]) -> list[Line]:
    """A press release's headline under its genre line: the largest text between the genre
    and the running text (a release instruction, "FOR IMMEDIATE RELEASE", and the dateline are
    set smaller), with the lines of its size that carry it on."""
    body = _body_size(raw)
    below = _first_page_below(raw, genre.y0, furniture)
    head: list[Line] = []
    for line in below[:12]:
        # (a release instruction is set in bold or capitals: "TO BE REPORTED ONLY IF …")
        plain = not line.bold and not line.text.isupper()
        if _running_text(line.text) and line.size <= body * 1.05 and plain:
            break
        head.append(line)
    # (nor the issuer, named under the genre in its size: "MEDIA RELEASE" / "DEPARTMENT OF
    # ECONOMIC PLANNING AND DEVELOPMENT" / "PRIME MINISTER'S OFFICE")
    shown = [
        line
        for line in head
        if line.size > body * 1.04 and not _is_dateline(line.text) and not is_body_name(line.text)
    ]
    if not shown:
        # (a title in the text's size, set apart in centred capitals)
        width = (raw.page_sizes or [(595.0, 842.0)])[0][0]
        # (or in bold: "Defense Digital Service Delivers Biometric Prototype to Army")
        shown = [
            line
            for line in head
            if (line.text.isupper() or (line.bold and not line.italic))
            and len(line.text.split()) >= 3
            and off_axis(line, width / 2) < 0.06 * width
            and not _is_dateline(line.text)
            and not is_label(line.text)
        ]
    if not shown:
        return []
    size = max(line.size for line in shown)
    first = next(line for line in shown if line.size >= size - 0.1)
    at = below.index(first)
    return _run_under(
        first,
        below[at + 1 : at + 4],
        lambda last, other: (
            0 < last.y0 - other.y0 <= 1.6 * max(last.size, other.size)
            and not is_body_name(other.text)
            and other.italic == last.italic  # (a subtitle in italics is no part of it)
        ),
    )


def _all_title_lines(raw: RawDocument, furniture: set[int]) -> list[Line]:
    """The typographic title's lines and the lines naming the document under it (a press
    release's headline under its genre line: "… FROM" / "1 JANUARY 2026" is no dateline)."""
    typographic = title_lines(raw, furniture)
    return typographic + _named_below(raw, typographic, furniture)


def _run_under(
    first: Line, following: Sequence[Line], keep: Callable[[Line, Line], bool]
) -> list[Line]:
    """``first`` and the lines after it in its size that carry it on, as long as ``keep(last
    line of the run, next line)`` holds."""
    run = [first]
    for line in following:
        if abs(line.size - first.size) < 0.1 and keep(run[-1], line):
            run.append(line)
        else:
            break
    return run


#: a chapter's number set before its title, in a box of its own or run into the title's first
#: line ("CHAPTER1 SHIFTING GROUND BENEATH THE CALM", "Hoofdstuk 3 Wonen en zorg")
_CHAPTER_LABEL = re.compile(
    r"^(?:(?:Chapter|Chapitre|Hoofdstuk|Kapitel|Capítulo|Capitolo|Kapittel|Luku)\s*"
    r"(?:\d{1,2}|[IVX]{1,5})\b[.:]?|"
    # the section of the minutes an extract was taken from ("66 §", "§ 12": a Nordic
    # council's decision published on its own)
    r"\d{1,4}\s*§|§\s*\d{1,4}\b)\s+(?=\S+\s+\S+\s+\S)",
    re.IGNORECASE,
)


def _unchaptered(title: str) -> str:
    """``title`` without the chapter number a chapter published on its own sets before it (or
    the section number of the minutes a decision was extracted from)."""
    return _CHAPTER_LABEL.sub("", title, count=1)


def _title(raw: RawDocument, furniture: set[int]) -> str | None:
    """The info dictionary's title where the first pages print it, else the typography's. A
    typographic title that runs on from the info title by a phrase (three words or more: a
    subtitle) keeps it; a word or two more (``Eindrapport``, ``Logius Beheerdocumentatie``: a
    genre label, a series) is no part of the title."""
    decision = _decision_line(raw)
    if decision is not None:
        return decision  # the court's name above it is the sender, not the title
    resolution = _resolution(raw)
    if resolution is not None and resolution.name:
        return resolution.name  # (not the line saying who adopted it and when)
    instrument = _instrument_title(raw)
    if instrument is not None:
        return instrument  # (not the act it is made under, printed over it)
    act, _ = _act_head(raw)
    if act:
        return " ".join(" ".join(_unmarked(line) for line in act).split())
    answer = _answer(raw)
    if answer is not None and answer.subject:
        return answer.subject  # (the subject under the day a question is answered on)
    paper = _paper(raw)
    if paper is not None and paper.title:
        return _joined(list(paper.title))  # (under the genre, its submitters, what it answers)
    meeting = _meeting_title(raw, furniture)
    if meeting:
        return _joined(meeting)
    typographic = title_lines(raw, furniture)
    if not typographic or is_body_name(" ".join(ln.text for ln in typographic)):
        act = _act_object(raw, furniture)
        if act:
            return _joined(act)  # (set in the text's size under the ministry's name)
    named = _named_below(raw, typographic, furniture)
    if named:
        return _joined(named, unquote=True)
    declared = _info_title(raw, furniture)
    # (a word processor's title property set to the letterhead's first line names the sender)
    if not declared or is_body_name(" ".join(ln.text for ln in declared)):
        return _joined(_past_sender(raw, typographic, furniture))
    extra = typographic[len(declared) :]
    if typographic[: len(declared)] == declared and sum(len(ln.text.split()) for ln in extra) >= 3:
        return _joined(typographic)
    return _joined(declared)


def _resolution(raw: RawDocument) -> AdoptedResolution | None:
    """:func:`un_documents.adopted_resolution` of the first page, read once per document."""
    return once(
        raw,
        "resolution",
        lambda: adopted_resolution(sorted(_first_pages(raw, 1), key=lambda ln: (-ln.y0, ln.x0))),
    )


def _adopted_on(raw: RawDocument) -> tuple[str, DatePrecision] | None:
    """The day a resolution was adopted, where its display line says so."""
    resolution = _resolution(raw)
    return _day(resolution.date) if resolution is not None else None


def _info_title(raw: RawDocument, furniture: set[int]) -> list[Line] | None:
    """:func:`pdf_info.info_title`, read once per document and furniture set (the title and
    its subtitle both ask)."""
    declared = once(raw, ("info_title", frozenset(furniture)), lambda: info_title(raw, furniture))
    return list(declared) if declared is not None else None


def _subtitle(raw: RawDocument, furniture: set[int], title: str) -> str | None:
    """The ending of a cover title read from its typography that is its subtitle: the lines
    after the info dictionary's title where the cover runs on from it, or the run under the main
    title in smaller type (two words at least: a genre label is no part of the title at all)."""
    lines = title_lines(raw, furniture)
    if len(lines) < 2 or _joined(lines) != title:
        return None
    declared = _info_title(raw, furniture)
    if declared and lines[: len(declared)] == declared and len(declared) < len(lines):
        start: int | None = len(declared)
    else:
        start = next(
            (
                at
                for at in range(1, len(lines))
                if all(ln.size < max(main.size for main in lines[:at]) * 0.95 for ln in lines[at:])
            ),
            None,
        )
    if start is None:
        return None
    sub = _joined(lines[start:])
    if not sub or len(sub.split()) < 2 or not title.endswith(f" {sub}"):
        return None
    return sub


#: a French act named by its genre and object, centred over the text that enacts it ("Arrêté
#: portant approbation du programme annuel …", "Décret n° 2020-12 relatif à …")
_ACT_OBJECT = re.compile(
    r"^(?:Décret|Arrêté|Arrête|Ordonnance|Décision|Délibération|Circulaire|Loi)"
    r"(?:\s+(?:n[o°º]|no\.)\s*[\w/.-]+)?(?:\s+du\s+\d{1,2}(?:er)?\s+\w+\s+\d{4})?\s+"
    r"(?:portant|relatif|relative|fixant|modifiant|instituant|abrogeant|approuvant|autorisant)\b",
    re.IGNORECASE,
)
#: where an act's title ends: the authority that enacts it, its recitals
_ENACTING = re.compile(r"^(?:Vu|VU|Considérant|CONSIDÉRANT|Sur (?:la )?proposition)\b")


def _act_object(raw: RawDocument, furniture: set[int]) -> list[Line]:
    """The title of a French act set in the text's size, centred on the first page: the line
    naming the genre and the object, with the centred lines of its size under it, up to the
    authority that enacts it ("LE MINISTRE DE LA JUSTICE, GARDE DES SCEAUX") or the recitals
    ("Vu la Constitution ;"). ``[]`` when there is none."""
    width = (raw.page_sizes or [(595.0, 842.0)])[0][0]
    first = sorted(
        (ln for ln in raw.lines if ln.page == 1 and ln.text.strip() and id(ln) not in furniture),
        key=lambda line: -line.y0,
    )
    start = next(
        (
            at
            for at, line in enumerate(first)
            if _ACT_OBJECT.match(line.text.strip()) and off_axis(line, width / 2) < 40
        ),
        None,
    )
    if start is None:
        return []
    title = [first[start]]
    for line in first[start + 1 :]:
        text = line.text.strip()
        previous = title[-1]
        if (
            abs(line.size - previous.size) > 0.5
            or not 0 < previous.y0 - line.y0 <= 2 * line.size
            or off_axis(line, width / 2) >= 40
            or is_role(text)
            or _ENACTING.match(text)
        ):
            break
        title.append(line)
    return title


#: a genre word alone, set under a report's title ("Onderzoeksrapport")
_GENRE_ALONE = re.compile(
    r"^(?:Onderzoeksrapport|Onderzoeksrapportage|Rapport|Report|Eindrapport|Jaarverslag|"
    r"Annual Report|Research Report|Final Report|Verslag|Advies|Notitie|Memo|Étude|Studie)$",
    re.IGNORECASE,
)


def _set_apart(lines: list[Line]) -> bool:
    """Whether the last of a title's lines stands further from the one above it than the
    title's own lines stand from each other (half as far again)."""
    if len(lines) < 2:
        return False
    gaps = [upper.y0 - lower.y0 for upper, lower in pairwise(lines) if upper.page == lower.page]
    if len(gaps) < 2:
        return len(gaps) == 1 and gaps[0] > 2.2 * lines[-1].size
    return (
        gaps[-1] > 1.5 * min(g for g in gaps[:-1] if g > 0)
        if any(g > 0 for g in gaps[:-1])
        else False
    )


def _trailer(text: str) -> bool:
    """A line set under a title, apart, that is no part of it: the genre alone, or the month
    or day of issue alone ("Juni 2018")."""
    if _GENRE_ALONE.match(text):
        return True
    dates = find_dates(text)
    return (
        len(dates) == 1
        and dates[0].precision in (DatePrecision.day, DatePrecision.month)
        and dates[0].start == 0
        and dates[0].end >= len(text.rstrip(". ")) - 1
    )


def _joined(lines: list[Line], unquote: bool = False) -> str | None:
    """A title's lines as one string, a word broken at a line end joined again (``unquote``:
    the quotation marks around a name taken off). A last line that only states the version's
    status ("Rapport final", "Draft", "Eindversie") is no part of it."""
    while len(lines) > 1 and (
        _STATUS.match(lines[-1].text.strip())
        or (_set_apart(lines) and _trailer(lines[-1].text.strip()))
    ):
        lines = lines[:-1]
    text = join_broken(_said_once([line.text for line in lines]))
    text = re.sub(r"^[/\\|*•·>#=~_–—-]{2,}\s+", "", text)  # a graphic mark before it ("/// …")
    if unquote:
        text = text.strip(_QUOTES + " ")
    text = re.sub(r"(?<=\w)\*+$", "", text)  # a note mark after the title ("… on Italy*")
    # (a full stop after the title's last word, not an abbreviation's: "… 2026/2028.")
    text = re.sub(r"(?:(?<=\w{4})|(?<=\d))\.$", "", text)
    text = re.sub(r"\s*[_=–—-]{4,}\s*$", "", text)  # a rule drawn under it with characters
    if len(text.split()) >= 3:  # (a label alone stays as printed: "Meeting:")
        text = re.sub(r"(?<=\w):$", "", text)  # the colon a missing subtitle would have followed
    # (an act's title runs as long as the act's object: "Arrêté du … portant modification …")
    limit = 1000 if ACT_TITLE.match(text) else 400
    return text if 0 < len(text) <= limit and not _running_sentence(text) else None


def _said_once(texts: list[str]) -> list[str]:
    """``texts`` without a line that repeats the one before it (a title printed twice, over
    itself or straight under itself: a template's leftover, a shadow)."""
    return [t for i, t in enumerate(texts) if not i or t.split() != texts[i - 1].split()]


def _running_sentence(text: str) -> bool:
    """Running text, not a title: caught mid-sentence (it opens with a word in lower case and
    goes on for words: a page that starts inside a paragraph; "eID", "iPhone" are names), or a
    sentence leading into what follows it ("… établies comme suit :")."""
    words = text.split()
    first = words[0] if words else ""
    mid_sentence = (
        first[:1].islower()
        and not any(c.isupper() for c in first)
        and (len(words) >= 4 or bool(re.search(r"\w[.;] ", text)))  # "houden. Benodigd"
    )
    # (a title in title case may end in a colon its subtitle would follow: "Guidelines on the
    # Use of" / "Open Source Software:")
    content = [w for w in words if w.lower() not in _TITLE_SMALL]
    title_case = sum(w[:1].isupper() for w in content) > 0.6 * max(len(content), 1)
    return mid_sentence or (text.rstrip().endswith(":") and len(words) >= 6 and not title_case)


#: the words a title in title case leaves in lower case
_TITLE_SMALL = {
    "a", "an", "the", "of", "on", "in", "to", "for", "and", "or", "at", "by", "with", "from",
    "de", "la", "le", "les", "des", "du", "et", "van", "het", "een", "en", "voor", "der", "die",
    "und", "für",
}  # fmt: skip


def _continues(prev: Line, line: Line) -> bool:
    """``line`` carries on the running text of ``prev`` (a date ending a sentence is no dateline)."""
    text = prev.text.strip()
    return (
        prev.page == line.page
        and 0 <= prev.y0 - line.y1 < line.size
        and len(text) > 60
        and not re.search(r"[.:;!?]$", text)
    )


def _day(text: str, numeric: bool = False) -> tuple[str, DatePrecision] | None:
    dates = [
        d for d in find_dates(_date_text(text), numeric=numeric) if d.precision is DatePrecision.day
    ]
    return (dates[0].iso, dates[0].precision) if dates else None


#: a US federal court's electronic filing stamp (CM/ECF), with the day the paper was filed
_FILING_STAMP = re.compile(
    r"^(?:USCA\d+\s+)?Case:?\s+\S+.*?(?:\bFiled:?\s+|,\s+(?=\d{1,2}/\d{1,2}/\d{4},\s+DktEntry))"
    r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)?\d\d)\b"
)


#: a meeting's day and hour labelled at the head of its record: the record's date, hour and all
#: ("Mødedato Onsdag d. 27. august 2025 kl. 16:00", "Aika 08.01.2025, klo 17:00 - 19:28",
#: "Plats och tid Kommunhuset, 2025-03-12 kl. 13.00", "Sitzungsdatum: 14.03.2024")
_MEETING_DATE = re.compile(
    r"^(?:Mødedato|Møtedato|Møtetid|Mødetidspunkt|Sammanträdesdatum|Plats och tid|Tid och plats|"
    r"Aika|Kokousaika|Sitzungsdatum|Sitzungstermin|Datum der Sitzung|Meeting date|"
    r"Date of (?:the )?meeting|Vergaderdatum|Datum vergadering|Date de la séance|"
    r"Fecha de la sesión)\s*(?::\s*|\s+)(\S.{0,60})$",
    re.IGNORECASE,
)


def document_date(
    raw: RawDocument, title: list[Line] | None = None
) -> tuple[str, DatePrecision] | None:
    """The document's date on its first two pages, in Dutch, English or French: the value of
    a ``Datum``/``Date`` label (below it or beside it, numeric forms allowed), else a dateline
    (``Den Haag, 3 april 2009``, ``Versie 0.5, 19 mei 2020``, ``le 3 mars 2022``), else a
    date in the cover title. Day precision only."""
    lines = _first_pages(raw, 2)
    # (labels and their values read from the printed lines an OCR layer holds in word groups:
    # "Datum" | "13" "juli" "2021")
    labelled = [
        piece
        for line in pdf_layout.join_baseline_pieces(lines, raw.page_sizes or ())
        for piece in label_pairs_apart(line)  # ("SUBJECT: … DATE: August 4, 2021")
    ]
    for index, line in enumerate(labelled):
        text = line.text.strip()
        # (German: "Stand: 19.04.2024", the version's date; "Gültig ab: 09.12.2019")
        label = re.match(
            r"^(?:(?:Original|Release|Issue|Issued|Publication|Effective|Revision|Decision)\s+)*"
            # (the colon may be left out before a date in figures: "DATUM 1-6-2026")
            r"(?:Datum|Date|Dated|Filed|Stand|Gültig ab|Adopted|Approved|Vastgesteld|Adopté|"
            r"Beschlossen|"
            # a parliamentary question's answer ("TO BE ANSWERED ON 22.12.2021")
            r"(?:To be )?answered on|"
            # Italian, Spanish, Portuguese: "Data rilascio 23/03/2021", "Fecha de emisión: …"
            r"Data(?:\s+(?:di\s+|de\s+)?(?:rilascio|emissione|pubblicazione|approvazione|"
            r"publicação|emissão))?|Fecha(?:\s+de\s+(?:emisión|publicación|aprobación))?)"
            r"\s*(?::\s*|\s(?=\d))(\S.{0,40})$",
            text,
            re.I,
        )
        if label and not text[:1].isupper():
            label = None  # (a sentence run on in lower case: "… by the Cabinet decision" /
            # "dated 24.09.2019." is a date the text cites, no label)
        # ... or the date after a file reference ("GZ: DSB-D216.580/0002-DSB/2018 vom
        # 28.5.2018") or a numbered genre ("Avis n° 20172386 du 21 septembre 2017")
        dated = _REFERENCE_DATED.match(text)
        # (a numbered genre opening a line of the first page, not one cited in running text)
        genre = NUMBERED_GENRE.match(text) if line.page == 1 and text[:1].isupper() else None
        # ... or a court's filing or decision date in its caption ("Docket Nos. 19031-13,
        # Filed February 20, 2020.", "Argued April 23, 2013—Decided June 13, 2013")
        decided = _DECIDED_ON.search(text) if line.page == 1 else None
        meeting = _MEETING_DATE.match(text) if line.page == 1 else None
        value = (
            meeting.group(1)
            if meeting
            else label.group(1)
            if label
            else dated.group(1)
            if dated
            else genre.group("date")
            if genre
            else decided.group("date") or decided.group("last")
            if decided
            else None
        )
        # (a date with its hour is an appointment the text sets, not the document's own date:
        # "Date: Friday, March 13, 2009 at 2:00 p.m." over "Dated: March 9, 2009")
        if value and not (label and _APPOINTMENT.search(value)):
            found = _day(value, numeric=True)
            if found:
                return found
        # (a UN document's distribution line: its date is printed under "Distr.: General")
        if _DATE_LABEL.match(text) or _DISTRIBUTION.match(text):
            for other in labelled[index + 1 : index + 6]:
                beside = abs(other.y0 - line.y0) < 3 and other.x0 > line.x1
                below = abs(other.x0 - line.x0) < 8 and 0 < line.y0 - other.y0 < 3 * line.size
                if (beside or below) and len(other.text) < 40:
                    found = _day(other.text, numeric=True)
                    if found:
                        return found
    # the date under the document's name in the head field of the Nordic standards
    named = _nordic(raw)
    if named is not None and named.date is not None:
        return named.date
    # minutes open by naming the meeting and its day ("MINUTES of a meeting of the County
    # Council held in the Council Chamber, … on Thursday, 9 January 2025.")
    height = (raw.page_sizes or [(595.0, 842.0)])[0][1]
    for index, line in enumerate(lines):
        # (at the head of the first page: minutes approved further down are another meeting's)
        following = lines[index + 1 : index + 3]
        joined = " ".join([line.text, *(other.text for other in following)])
        # (the genre may stand alone on its line over what it records: "Protokoll" / "der
        # Sitzung des Fachausschusses … am" / "Dienstag, dem 14. Dezember 2021, …")
        if line.page == 1 and line.y0 > height * 0.6 and _MINUTES_OPENING.match(joined.strip()):
            found = _day(joined)
            if found:
                return found
    # a cover states when the body adopted the report ("Approuvé par la chambre française le
    # 25 novembre 2025", "Bericht beschlossen vom Rechnungshof … vom 13. November 2024")
    cover = [line for line in lines if line.page == 1 and line.text.strip()]
    body = _body_size(raw)
    running = [
        ln
        for ln in cover
        if len(ln.text.strip()) >= 60
        and ln.size <= body * 1.05
        and not ln.text.isupper()
        and not _ADOPTED.search(ln.text)
    ]
    if (raw.pages or 1) >= 2 and len(cover) <= 40 and not running:
        for line in cover:
            if _ADOPTED.search(line.text) and len(line.text) <= 160:
                found = _day(line.text)
                if found:
                    return found
    # an act's title states its date ("Décret no 2016-1036 du 28 juillet 2016 …"), whatever
    # date the journal's running header prints
    for line in lines:
        act = ACT_TITLE.match(line.text.strip()) if line.page == 1 else None
        if act:
            found = _day(act.group("date"))
            if found:
                return found
    # a publication date labelled on any page (an investigation report's closing table:
    # "Original Publish Date:") before a date that merely stands on the first pages (when the
    # accident it reports happened: "January 29, 2023, 21:38 Local")
    published = _published_on(raw)
    if published:
        return published
    # a US federal court's electronic filing stamp at the head of every page states the day
    # the paper was filed, month first ("Case: 25-1689, 07/15/2025, DktEntry: 28.1, Page 1 of
    # 2", "Case 2:18-cv-10166 Document 40 Filed 06/07/19 Page 1 of 2")
    for line in lines:
        stamp = _FILING_STAMP.match(line.text.strip()) if line.page == 1 else None
        if stamp:
            year = stamp.group("y") if len(stamp.group("y")) == 4 else "20" + stamp.group("y")
            found = _day(f"{year}-{int(stamp.group('m')):02d}-{int(stamp.group('d')):02d}")
            if found:
                return found
    in_title = {id(line) for line in title or []}
    for index, line in enumerate(lines):
        if id(line) in in_title or (index and _continues(lines[index - 1], line)):
            continue
        text = _date_text(line.text)
        news = _NEWS_DATELINE.match(text) if line.page == 1 else None
        if news:
            found = _day(news.group("date"))
            if found:
                return found
        if len(text) > 90:
            continue
        # a place and a numeric date alone ("Brussel, 14.7.2021", "Strasbourg, 12.3.2024"), a
        # cover's version line ("Versie 3.0.0, 28-02-2023") or a date standing alone on the
        # cover ("27/05/2024")
        # (below the running header: a journal's issue date stands in its header line)
        # (... or in it, alone on its line in a cover's head block: "Vorentwurf mit
        # erläuterndem Bericht" / "21.10.2024" / "Referenz: …", no journal's name beside it)
        numeric = bool(_PLACE_NUMERIC.match(text)) or (
            line.page == 1
            and (line.y0 < height * 0.9 or (not _beside(line, lines) and _stacked(line, lines)))
            and bool(_NUMERIC_DATE.match(text) or _VERSION_LEAD.match(text))
        )
        found = _day(text, numeric=numeric)
        if found and numeric and (_NUMERIC_DATE.match(text) or _PLACE_NUMERIC.match(text)):
            return found
        # (a cover's foot printing the date and the document's number with a bar between
        # them: "10/11/2016 | ESMA/2016/1477 EN")
        pieces = BAR_FIELDS.split(text) if line.page == 1 else []
        if len(pieces) == 2 and _NUMERIC_DATE.match(pieces[0]):
            found = _day(pieces[0], numeric=True)
            if found:
                return found
        if found and (
            _is_dateline(text)
            or _DATE_LEAD.match(text)
            or _placed_date(text)
            or _UPDATED.match(text)
        ):
            return found
        if found and line.page == 1 and _versioned_date(text):
            return found
    # a line of its own stating the adoption, ending with its date, on the inside cover
    # ("Approved by the Academic Council on May 15, 2024", "Vastgesteld door het college op
    # 3 juni 2025")
    for line in lines:
        text = " ".join(line.text.split()).rstrip(".")
        if len(text) <= 100 and _ADOPTION_LINE.match(text):
            dates = find_dates(text)
            if dates and dates[-1].end >= len(text) and dates[-1].precision is DatePrecision.day:
                return dates[-1].iso, dates[-1].precision
    # (not the date of an act the title cites: "… modifiant la loi du 11 avril 1983 …")
    text = _date_text(" ".join(line.text for line in title or []))
    # (a title that names an act first states that act's date first: "COMMISSION DELEGATED
    # REGULATION (EU) 2021/1341 of 23 April 2021")
    own_act = bool(_OWN_ACT.match(text))
    for index, date in enumerate(find_dates(text)):
        if date.precision is not DatePrecision.day:
            continue
        if (own_act and index == 0) or not _CITED_ACT.search(text[: date.start]):
            return date.iso, date.precision
    return _subtitle_date(lines, title or [])


def _beside(line: Line, lines: list[Line]) -> bool:
    """Whether another line stands on ``line``'s baseline on its page."""
    return any(
        other is not line and other.page == line.page and abs(other.y0 - line.y0) < 2
        for other in lines
    )


def _stacked(line: Line, lines: list[Line]) -> bool:
    """Whether ``line`` stands in a column of lines, one sharing its left edge right above or
    under it (a cover's head block), not alone in a corner."""
    return any(
        other is not line
        and other.page == line.page
        and abs(other.x0 - line.x0) < 3
        and 0 < abs(other.y0 - line.y0) <= 2.5 * max(line.size, other.size)
        for other in lines
    )


def _subtitle_date(lines: list[Line], title: list[Line]) -> tuple[str, DatePrecision] | None:
    """The day the line right under the title ends with, led into by a preposition: the
    occasion a declaration or statement was made at ("Tallinn Declaration on eGovernment" /
    "at the ministerial meeting during Estonian Presidency … on 6 October 2017")."""
    if not title:
        return None
    last = title[-1]
    under = max(
        (
            line
            for line in lines
            if line.page == last.page
            and line.text.strip()
            and 0 < last.y0 - line.y0 <= 3.0 * last.size
            and line.x0 < last.x1
            and last.x0 < line.x1
        ),
        key=lambda line: line.y0,
        default=None,
    )
    if under is None:
        return None
    text = " ".join(_date_text(under.text).split()).rstrip(".")
    dates = find_dates(text)
    if not dates or dates[-1].precision is not DatePrecision.day or dates[-1].end < len(text):
        return None
    before = text[: dates[-1].start].rstrip()
    if not _DATE_LEAD_IN.search(before) or _CITED_ACT.search(before):
        return None
    return dates[-1].iso, dates[-1].precision


#: a publication date's label, anywhere in a document ("Original Publish Date:" in a report's
#: closing administrative table)
_PUBLISHED_LABEL = re.compile(
    r"^(?:(?:\d{1,2}\.\s+)?(?:Original\s+)?(?:Publish|Published|Publication|Publicatie|"
    r"Publicatiedatum)\s*(?:[Dd]ate|[Dd]atum)?|"
    # a guidance's or policy's issue or approval date in its closing table or line ("Date
    # issued: April 5, 2022", "14. Approved Date: March 17th, 2004")
    r"(?:\d{1,2}\.\s+)?(?:Date\s+(?:[Ii]ssued|of\s+[Ii]ssue|[Aa]pproved|[Aa]dopted)|"
    r"(?:Issue|Approved|Approval|Adoption|Effective)\s+[Dd]ate))"
    r"\s*:?\s*(?P<value>.{0,40})$"
)


def _published_on(raw: RawDocument) -> tuple[str, DatePrecision] | None:
    """The value of a publication date's label on any page, in the label's line or beside it."""
    for index, line in enumerate(raw.lines):
        match = _PUBLISHED_LABEL.match(line.text.strip())
        if match is None:
            continue
        beside = [
            other.text
            for other in raw.lines[index + 1 : index + 4]
            if other.page == line.page and abs(other.y0 - line.y0) < 3 and other.x0 > line.x1
        ]
        for value in [match.group("value"), *beside]:
            found = _day(value, numeric=True) if value.strip() else None
            if found:
                return found
    return None


#: the words that name an act
_ACT_WORDS = (
    r"loi|law|act|wet|verordnung|regulation|règlement|directive|richtlijn|décret|decree|arrêté|"
    r"besluit|ordonnance"
)
#: a title opening with the act it names ("Commission Implementing Regulation …", "Loi n° …")
_OWN_ACT = re.compile(
    rf"^(?:[\w()]+\s+){{0,3}}(?:{_ACT_WORDS}|gesetz|decision|décision)\b", re.IGNORECASE
)
#: the words before a cited act's date: "la loi du", "Regulation (EU) 2016/679 of", "de wet van"
_CITED_ACT = re.compile(
    rf"\b(?:{_ACT_WORDS}|gesetz(?:es)?)\b[^,;]{{0,40}}?\b(?:du|of|van|vom)\s*$", re.IGNORECASE
)


#: a date under its label, nothing else on the line ("Date: February 26, 2010" under a
#: briefing note's "Prepared by:" credits)
_LABELLED_DATE = re.compile(r"^(?:Date|Dated|Datum|Fecha|Data)\s*:\s*(?P<date>\S.{5,30})$")


def _labelled_date_alone(raw: RawDocument) -> tuple[str, DatePrecision] | None:
    """Where nothing else dates the document: the date its lines give under a label of
    their own ("Date: February 26, 2010" closing a briefing note), when they give one date
    only (a form or a list of events labels many)."""
    found = {
        day
        for line in raw.lines
        if (match := _LABELLED_DATE.match(line.text.strip()))
        and (day := _day(match.group("date"), numeric=True)) is not None
    }
    return found.pop() if len(found) == 1 else None


def _signed_on(raw: RawDocument) -> tuple[str, DatePrecision] | None:
    """The date of the signing formula (``DONE AND ORDERED … this 5th day of July 2022``,
    ``Fait à Lille, le 15 mai 2025``, ``Gedaan te Brussel, 3 mei 2024``) or of a place and date
    over the signature on the last pages, the last in the document: where the first pages
    state no date, the signature dates the document."""
    last = max((line.page for line in raw.lines), default=1)
    for line in reversed(raw.lines):
        text = line.text.strip()
        # ... or the place and date on a line of their own over the signature, on the last
        # pages ("Tlalixtac de Cabrera, Oaxaca, a 15 de mayo de 2013.", "Lima, 21 de agosto
        # de 2008")
        if (len(text) <= 160 and SIGNING.match(text)) or (
            line.page >= last - 1 and _placed_date(text)
        ):
            found = _day(text)
            if found:
                return found
    return None


#: where an instrument was made, the place alone in capitals over the date ("LUSAKA" /
#: "29th February, 2016"), and the ministry's file number in brackets under it
_MADE_AT = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý' -]{2,30},?$")
_DAY_OF = re.compile(r"\bthis\s*\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\b", re.IGNORECASE)
_FILED_AS = re.compile(r"^\[(?P<code>[A-Z][\w./]*\d[\w./-]*(?:\s+[A-Z]{2,6}\.?)?)\]$")


def _made_at(
    raw: RawDocument,
) -> tuple[tuple[str, DatePrecision] | None, str | None, list[Signatory]]:
    """An instrument's signing date, file number and signer, printed on its last pages
    ("LUSAKA" / "29th February, 2016" / "[MFB.64/9/4C]"): the place alone in capitals with a
    date alone on the line under it in its column, the bracketed code under them, and the
    signer's name over the office set in the right column beside or just above the place
    ("A. B. CHIKWANDA" / "Minister of Finance")."""
    last = max((line.page for line in raw.lines), default=1)
    tail = [line for line in raw.lines if line.page >= last - 1]
    for index, line in enumerate(tail):
        if not _MADE_AT.match(line.text.strip()):
            continue
        under = [
            other
            for other in tail[index + 1 : index + 6]
            if other.page == line.page
            and abs(other.x0 - line.x0) < 40
            and 0 < line.y0 - other.y0 < 3 * line.size
        ]
        found = _day(under[0].text) if under and len(under[0].text) <= 40 else None
        if found is None:
            # ... or dated by the confirmation above the signature ("Confirmed by me this12th
            # day of November, 2019.")
            found = next(
                (
                    day
                    for other in reversed(tail[max(index - 4, 0) : index])
                    if _DAY_OF.search(other.text) and (day := _day(other.text))
                ),
                None,
            )
        if found is None:
            continue
        code = next(
            (
                m.group("code")
                for other in tail[index + 1 : index + 8]
                if (m := _FILED_AS.match(other.text.strip()))
            ),
            None,
        )
        return found, code, _signed_beside(line, tail)
    return None, None, []


def _signed_beside(place: Line, lines: list[Line]) -> list[Signatory]:
    """The signer of an instrument, printed right of its place of making: the lines of the right
    column from four of the place's sizes above it down to its own row, a name in capitals over
    an office ("DR J. KASONDE," / "Minister of Health"); none unless a name and an office."""
    signed = [
        other
        for other in lines
        if other.page == place.page
        and other.x0 > place.x1 + 50
        and -0.5 * place.size <= other.y0 - place.y0 <= 4 * place.size
    ]
    texts = [line.text.strip().rstrip(",") for line in sorted(signed, key=lambda ln: -ln.y0)]
    if not (2 <= len(texts) <= 4 and looks_like_name(texts[0]) and is_role(texts[-1])):
        return []
    return parse_signatories(texts)


def _toc_entry(text: str) -> TocEntry | None:
    match = _DOT_LEADER.match(text.strip())
    if not match:
        return None
    title = match.group("title").strip(" .")
    if not any(c.isalpha() for c in title):
        return None
    number = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s", title)
    level = 1 + number.group(1).count(".") if number else 1
    return TocEntry(title=title, level=level, page=int(match.group("page")))


_NUMERIC_CELL = re.compile(r"^[-–+]?[\d.,]+\s*%?$|^[\d\s.,%€$–-]+$")


def _is_cell(p: pdf_layout.Paragraph) -> bool:
    text = p.text.strip()
    return (
        len(p.lines) <= 2
        and 0 < len(text) <= 60
        and not _SENTENCE_END.search(text)
        and (bool(_NUMERIC_CELL.match(text)) or len(text.split()) <= 5)
    )


def _cell_runs(paragraphs: list[pdf_layout.Paragraph]) -> dict[int, str]:
    """Figure labels and table cells that the layout read as paragraphs: a bare number is never
    running text, nor is a run of short fragments around one. Each run becomes one table block
    (its cells one per line); the map gives the text at the run's first index, "" after it."""
    found: dict[int, str] = {}
    index = 0
    while index < len(paragraphs):
        end = index
        while (
            end < len(paragraphs)
            and paragraphs[end].page == paragraphs[index].page
            and _is_cell(paragraphs[end])
        ):
            end += 1
        run = paragraphs[index:end]
        numbers = sum(bool(_NUMERIC_CELL.match(p.text.strip())) for p in run)
        if numbers and (len(run) >= 3 or numbers == len(run)):
            found[index] = "\n".join(p.text.strip() for p in run)
            found.update({i: "" for i in range(index + 1, end)})
            index = end
        else:
            index = max(end, index + 1)
    return found


def _unlabelled_head(layout: pdf_layout.Layout, width: float) -> tuple[str | None, str | None]:
    """Addressee and subject of a memo whose template prints the values without their labels
    (the rijkshuisstijl note: a letterhead column on the right, the addressee at the top of
    the text column, the subject indented to the value column): the one-line paragraphs of the
    first page before its body starts (a heading, a salutation, or running text), read by
    position. Only for pages with a letterhead column. The sender's name under the logo and
    the letterhead column's values are no part of it; the genre word the template prints large
    (``nota``, ``(ter beslissing)``) does not end it, and is evidence enough for the addressee
    when no subject can be read (an OCR layer scatters it)."""
    if not any(line.page == 1 for line in layout.sidebar):
        return None, None
    first = [
        p
        for p in layout.paragraphs
        if p.page == 1 and p.x0 < width * pdf_layout.SIDEBAR_X and not _SENDER.match(p.text)
    ]
    if not first:
        return None, None
    left = min(p.x0 for p in first)
    addressee: str | None = None
    subject: str | None = None
    genre = False
    for p in first:
        text = p.text.strip()
        if _GENRE_WORD.match(text):
            genre = True
            continue
        heading = p.bold or p.size > layout.body_size * 1.1
        if heading or is_salutation(text) or len(p.lines) > 2 or len(text) > 120:
            break
        if p.x0 - left >= 60:
            if subject is None and sum(c.isalpha() for c in text) >= 8 and not find_dates(text):
                subject = text
        elif addressee is None and subject is None:
            addressee = text
    return (addressee, subject) if subject or (genre and addressee) else (None, None)


#: a memorandum's number alone on its line ("M-22-09", "OMB/2021/14")
_MEMO_NUMBER = re.compile(r"^[A-Z]{1,6}[-/]\d{1,4}(?:[-/.]\d{1,4}){1,3}$")


def _memo_number(lines: list[Line], used: dict[str, list[Line]]) -> Line | None:
    """A memo's number printed alone above its labelled head."""
    labelled = [line for found in used.values() for line in found[:1] if line.page == 1]
    if not labelled:
        return None
    top = max(line.y0 for line in labelled)
    for line in lines:
        if line.page == 1 and line.y0 > top and _MEMO_NUMBER.match(line.text.strip()):
            return line
    return None


def _one_per_person(signatories: list[Signatory]) -> list[Signatory]:
    """Each person once: a memo's sender named in its head ("FROM: Toni J. Taber, CMC") who
    also signs at its end ("TONI J. TABER, CMC" / "City Clerk") is one signatory, with the
    office where either gives it, the name as the head prints it."""
    out: list[Signatory] = []
    for signatory in signatories:
        key = " ".join(signatory.name.casefold().split()) if signatory.name else None
        same = next(
            (
                at
                for at, kept in enumerate(out)
                if key is not None
                and kept.name is not None
                and " ".join(kept.name.casefold().split()) == key
                # (two offices held apart are two signatures)
                # (a bench's judge signing twice, each time by name alone, signs twice)
                and (kept.role is not None or signatory.role is not None)
                and (kept.role is None or signatory.role is None or kept.role == signatory.role)
            ),
            None,
        )
        if same is None:
            out.append(signatory)
        elif out[same].role is None:
            out[same] = Signatory(role=signatory.role, name=out[same].name)
    return out


def _memo_sender(
    lines: list[Line], fields: dict[str, str], used: dict[str, list[Line]]
) -> tuple[list[Signatory], Line | None]:
    """The signatory of a memorandum that names its sender in the head instead of signing at
    the end (``FROM: Shalanda D. Young`` with the office on the line under it), and the line
    of that office."""
    name = fields.get("sender", "").strip().rstrip(",").strip()  # ("FROM: Joe Rois," / office)
    # (several senders, each name over its office: "FROM: Joseph G. Jordan" / "Administrator
    # for Federal Procurement Policy" / "Steven VanRoekel" / "Chief Information Officer")
    source = list(used.get("sender", []))
    if len(source) >= 2:
        # (the column of values goes on under a blank line, up to the next label: "SUBJECT:")
        column = source[-1]
        for line in sorted(
            (ln for ln in lines if ln.page == column.page and ln.y0 < column.y0),
            key=lambda ln: -ln.y0,
        ):
            if (
                is_label(line.text)
                or line.y0 < source[-1].y0 - 3 * line.size
                or abs(line.x0 - column.x0) >= 3
            ):
                break
            source.append(line)
    value = [line.text.strip() for line in source]
    if value and ":" in value[0]:
        value[0] = value[0].split(":", 1)[1].strip()
    value = [text for text in value if text]
    pairs = [
        Signatory(role=normalise_role(office), name=person)
        for person, office in itertools.pairwise(value)
        if looks_like_name(person) and len(person.split()) >= 2 and is_role(office)
    ]
    if len(pairs) >= 2 and 2 * len(pairs) == len(value):
        return pairs, None
    if not looks_like_name(name) or len(name.split()) < 2:
        return [], None
    last = used["sender"][-1]
    under = [
        line
        for line in lines
        if line.page == last.page and 0 < last.y0 - line.y0 < 2 * last.size and line.x0 >= last.x0
    ]
    office = next((line for line in under[:1] if is_role(line.text)), None)
    role = normalise_role(office.text) if office is not None else None
    return [Signatory(role=role, name=name)], office


def _back_cover(paragraphs: list[pdf_layout.Paragraph], pages: int) -> list[int]:
    """The paragraphs of a back cover: the last page of a document of several pages holding
    nothing but a short colophon (the sender's name, address, phone, web address: at least two
    contact lines among at most 12 short ones); on a last page holding more, its contact
    blocks (short paragraphs with two contact lines or more)."""
    if pages < 2:
        return []
    last = [i for i, p in enumerate(paragraphs) if p.page == pages]
    lines = [line.text.strip() for i in last for line in paragraphs[i].lines]
    if not lines or any(p.page == pages for p in paragraphs[: last[0]]):
        return []
    if paragraphs[last[0]].last_page not in (None, pages) or any(
        line.page != pages for i in last for line in paragraphs[i].lines
    ):
        return []
    if len(lines) > 12 or any(len(text) > 60 for text in lines):
        # a back cover with more on it (the publisher's "about us"): its contact block alone
        return [
            i
            for i in last
            if len(paragraphs[i].lines) <= 6
            and all(len(line.text.strip()) <= 60 for line in paragraphs[i].lines)
            and sum(bool(_CONTACT.search(line.text.strip())) for line in paragraphs[i].lines) >= 2
        ]
    return last if sum(bool(_CONTACT.search(text)) for text in lines) >= 2 else []


#: the colophon's authors label, alone or with the names after a colon
_AUTHORS_LABEL = re.compile(
    r"^(?:Auteurs?|Auteur\(s\)|Authors?|Author\(s\)|Written by|Opgesteld door|Rédigé par)"
    r"\s*(?::\s*(?P<names>.*))?$",
    re.IGNORECASE,
)
#: a person's name: capitalised words (initials allowed) with the particles of Dutch, German
#: and French names between them
_NAME = re.compile(
    r"^(?:[A-ZÀ-Ý][\w.’'-]*\.?)(?: (?:van|de|der|den|het|ter|ten|te|von|du|le|la|d’|d'|"
    r"[A-ZÀ-Ý][\w.’'-]*))+$"
)


def _authors(raw: RawDocument) -> list[str]:
    """The authors a report's colophon names: under (or after) an ``Auteurs`` / ``Authors``
    label on the first four pages or the last, one name per line in the label's column, or
    several on one line separated by commas, 'en', 'and', '&'."""
    pages = raw.pages or 1
    lines = [line for line in raw.lines if line.page <= 4 or line.page == pages]
    for index, line in enumerate(lines):
        match = _AUTHORS_LABEL.match(line.text.strip())
        if not match:
            continue
        found: list[str] = []
        if match.group("names"):
            found = _names(match.group("names"))
        else:
            previous = line
            for other in lines[index + 1 : index + 12]:
                if (
                    other.page != line.page
                    or abs(other.x0 - line.x0) > 6
                    or not 0 < previous.y0 - other.y0 < 2.2 * max(other.size, previous.size)
                ):
                    break
                names = _names(other.text)
                if not names:
                    break
                found += names
                previous = other
        if found:
            return found
    return []


def _names(text: str) -> list[str]:
    parts = [p.strip() for p in re.split(r",|;| en | and | et | & ", text.strip()) if p.strip()]
    if parts and all(_NAME.match(p) and len(p.split()) <= 5 for p in parts):
        return parts
    return []


_COLOPHON_HEAD = re.compile(
    r"^\W*(?:Colofon|Colophon|Impressum|Publisher[’']s imprint|Mentions légales)\s*$",
    re.IGNORECASE,
)


def _colophon(paragraphs: list[pdf_layout.Paragraph], pages: int) -> list[int]:
    """The paragraphs of a colophon page: a page near the front (up to page 4) or the back
    that opens with a ``Colofon`` / ``Colophon`` / ``Impressum`` / ``Publisher's imprint``
    heading and holds no more than 40 lines: who made the document, not its text."""
    by_page: dict[int, list[int]] = {}
    for index, p in enumerate(paragraphs):
        by_page.setdefault(p.page, []).append(index)
    for page, indexes in by_page.items():
        if pages < 3 or not (page <= 4 or page >= pages - 1):
            continue
        opening = paragraphs[indexes[0]]
        lines = sum(len(paragraphs[i].lines) or 1 for i in indexes)
        if _COLOPHON_HEAD.match(opening.text.strip()) and lines <= 40:
            spill = any(paragraphs[i].last_page not in (None, page) for i in indexes)
            return [] if spill else indexes
    return []


def _title_paragraphs(paragraphs: Sequence[pdf_layout.Paragraph], title: str | None) -> set[int]:
    """The first run of up to four paragraphs of page 1 that together read as ``title``."""
    if not title:
        return set()
    for start in range(len(paragraphs)):
        if paragraphs[start].page != 1:
            break
        joined = ""
        carried: set[int] = set()
        for end in range(start, min(start + 4, len(paragraphs))):
            if paragraphs[end].page != 1:
                break
            lines = [line.text for line in paragraphs[end].lines]
            said = _said_once(lines)
            # (its text as the title gives it: a line printed twice said once)
            text = join_broken(said) if len(said) < len(lines) else paragraphs[end].text
            joined = f"{joined} {' '.join(text.split())}".strip()
            if joined == title:
                return set(range(start, end + 1))
            if not title.startswith(joined + " "):
                break
            if _CARRIES_ON.search(joined):
                # (the title carried on to a line the pages repeat, furniture, no paragraph)
                carried = set(range(start, end + 1))
        if carried:
            return carried
    return set()


def _where(line: Line) -> tuple[int, float, float, str]:
    return line.page, round(line.x0, 1), round(line.y0, 1), line.text


#: footnotes enough to make a study of a document that shows nothing else (papers, notes)
REPORT_NOTES = 3


def build(raw: RawDocument) -> Document:
    # the labelled head, read once: kind evidence, memo fields, a report's subject
    fields, used = head_fields(raw)
    evidence = _kind_evidence(raw)
    email = _email(raw) if evidence == "email" else None
    # a printed e-mail's header lines are its metadata: the body is laid out without them
    header = {id(line) for line in email.lines} if email is not None else set()
    layout = pdf_layout.analyse(
        replace(raw, lines=[line for line in raw.lines if id(line) not in header])
        if header
        else raw,
        side_text=True,
    )
    # a document that names no genre, has no letterhead and no memo head (a memorandum's
    # SUBJECT / TO fields) but carries a footnote apparatus is a study: a report
    report = evidence in ("report", "covered") or (
        evidence == "none"
        and len(layout.footnotes) >= REPORT_NOTES
        and not {"subject", "addressee"} & fields.keys()
    )
    if email is not None:
        # a printed e-mail is correspondence: the letter's record, its header the metadata
        doc = Document(
            raw=raw,
            kind=DocumentKind.parliamentary_letter,
            metadata=ParliamentaryLetterMetadata(
                addressee=email.to, subject=email.subject, attachments=email.attachments
            ),
        )
    elif evidence == "debate":
        # (the record's issue as its masthead numbers it: "Vol. IV No. 94", "Núm. 679")
        doc = Document(
            raw=raw,
            kind=DocumentKind.proceedings,
            metadata=ProceedingsMetadata(reference=_issue(raw)),
        )
    elif evidence == "answer":
        answer = _answer(raw)
        assert answer is not None
        doc = _questions_record(
            raw,
            ParliamentaryQuestionsMetadata(
                question_ids=[answer.number] if answer.number else [],
                askers=answer.askers,
                addressees=answer.addressees,
                answered_by=answer.answered_by,
                date_answered=answer.date_answered if answer.answered else None,
                subject=answer.subject,
                status="answered" if answer.answered else "unanswered",
            ),
        )
    elif evidence == "questions":
        paper = _paper(raw)
        assert paper is not None
        answered = paper.genre == "Antwort"
        doc = _questions_record(
            raw,
            ParliamentaryQuestionsMetadata(
                question_ids=[paper.number],
                subject=_joined(list(paper.title)),
                status="answered" if answered else "unanswered",
            ),
        )
    elif evidence == "council_questions":
        asked = _council_questions(raw)
        assert asked is not None
        doc = _questions_record(
            raw,
            ParliamentaryQuestionsMetadata(
                question_ids=[asked.number] if asked.number else [],
                askers=asked.askers,
                addressees=[fields["addressee"]] if "addressee" in fields else [],
                subject=fields.get("subject"),
                status="answered" if asked.answered else "unanswered",
            ),
        )
    else:
        doc = Document(
            raw=raw,
            kind=DocumentKind.report if report else DocumentKind.other,
            metadata=ReportMetadata() if report else OtherMetadata(),
        )
    for edit in layout.edits:
        log_edit(doc, edit.rule, None, edit.before, edit.after)
    for line in layout.furniture:
        log_edit(doc, "page_furniture", None, line.text, "")
    # the printed lines of the memo head read into the metadata are not body text
    head: set[tuple[int, float, float, str]] = set()
    # the document's number: labelled, else beside the date under the title, else repeated in
    # the running header or footer
    labelled = fields.get("reference")
    if labelled is not None and not plausible_reference(labelled):
        labelled = None
    # an instrument made at a place and date under its signature, its file number under them
    made = _made_at(raw) if not report and _enacted(raw) else None
    symbol = (
        inline_reference(_first_pages(raw, 1))
        or file_number(raw.lines)
        or corner_symbol(raw.lines, *(raw.page_sizes or [(595.0, 842.0)])[0])
        or (made[1] if made is not None else None)
        or document_symbol(layout.furniture, raw.pages, layout.body_size)
        or _issue(raw)
    )
    if isinstance(doc.metadata, OtherMetadata) or (
        # a staff report under a memo head (To / From / Subject): the head is its metadata
        isinstance(doc.metadata, ReportMetadata) and "addressee" in fields
    ):
        doc.metadata.addressee = fields.get("addressee")
        doc.metadata.subject = fields.get("subject")
        number = None if "reference" in fields else _memo_number(raw.lines, used)
        doc.metadata.reference = labelled or (number.text.strip() if number else None) or symbol
        sender, office = _memo_sender(raw.lines, fields, used)
        doc.metadata.signatories = sender
        head = {
            _where(line)
            for name in ("addressee", "subject", "reference", "sender")
            for line in used.get(name, [])
        } | {_where(line) for line in (number, office) if line is not None}
        if isinstance(doc.metadata, OtherMetadata) and not (
            doc.metadata.addressee or doc.metadata.subject
        ):
            addressee, subject = _unlabelled_head(
                layout, (raw.page_sizes or [(595.0, 842.0)])[0][0]
            )
            doc.metadata.addressee, doc.metadata.subject = addressee, subject
    head_floor: float | None = None  # the first page's head ends above this baseline
    if evidence == "council_questions":
        # the head's labelled fields (and the genre, the number over them: all of the first
        # page, as head_fields reads it) are the questions' metadata, not their text
        head_floor = min(
            (line.y0 for lines in used.values() for line in lines if line.page == 1), default=None
        )
    furniture = {id(line) for line in layout.furniture}
    if email is not None:
        doc.title = printed = email.subject
        found: tuple[str, DatePrecision] | None = (
            (email.sent[0], DatePrecision.day) if email.sent else None
        )
    else:
        printed = (
            _title(raw, furniture)
            or _set_apart_title(raw, furniture)
            or _running_title(raw, layout.furniture)
        )
        # (the words as the info dictionary writes them where the cover sets them in capitals)
        doc.title = _unchaptered(info_casing(raw, printed)) if printed else printed
        doc.subtitle = _subtitle(raw, furniture, printed) if printed else None
        # a meeting's record is dated by the meeting its head names ("Réunion du Conseil
        # Municipal du 12 juillet 2023"), not by the convocation or an earlier date
        found = (
            _day(" ".join(line.text for line in _meeting_title(raw, furniture)))
            or _act_head(raw)[1]
            or _adopted_on(raw)
            or ((_decided_on(raw) or _pronounced(raw)) if _decision_line(raw) is not None else None)
            or (made[0] if made is not None else None)
            or document_date(raw, _all_title_lines(raw, furniture))
            or _signed_on(raw)
            or _labelled_date_alone(raw)
        )
    letter = circulated_letter(doc.title) if email is None and not report else None
    if letter is not None:
        # a letter the organisation circulates as a document under its symbol: a letter, of
        # the day it was written, to whom its title says
        doc.kind = DocumentKind.parliamentary_letter
        doc.metadata = ParliamentaryLetterMetadata(
            addressee=letter.addressee,
            reference=getattr(doc.metadata, "reference", None),
            signatories=getattr(doc.metadata, "signatories", []),
        )
        found = _day(letter.date) or found
    if found is not None:
        doc.date, doc.date_precision = found
    label_to_id = {
        note.label: doc.add_footnote(note.label, note.text, page=note.page).id
        for note in layout.footnotes
    }
    back = set(_back_cover(layout.paragraphs, raw.pages or 1))
    for index in sorted(back):
        for line in layout.paragraphs[index].lines:
            log_edit(doc, "back_cover", None, line.text, "")
    colophon = set(_colophon(layout.paragraphs, raw.pages or 1))
    for index in sorted(colophon):
        for line in layout.paragraphs[index].lines:
            log_edit(doc, "colophon", None, line.text, "")
    if isinstance(doc.metadata, ReportMetadata):
        doc.metadata.authors = _authors(raw)
        # a report to a council or committee states its subject in a labelled head
        doc.metadata.subject = fields.get("subject")
        doc.metadata.reference = labelled or symbol
    if back and isinstance(doc.metadata, ReportMetadata):
        opening = layout.paragraphs[min(back)].lines[0].text.strip()
        if not _CONTACT.search(opening):
            doc.metadata.publisher = opening
    toc: list[TocEntry] = []
    # the paragraphs the title was read from (one, or a few in a row: a title whose last line
    # is set smaller, "RAPPORT DE DÉVELOPPEMENT DURABLE" / "2021 - 2022") are no body text
    titled = _title_paragraphs(layout.paragraphs, printed)
    cells = _cell_runs(layout.paragraphs)
    signatures: dict[int, int] = {}  # first paragraph of a signature block -> its end
    placed = [
        [Placed(ln.text, ln.page, ln.x0, ln.y0, ln.x1) for ln in p.lines] for p in layout.paragraphs
    ]
    spans = signature_spans(placed, with_anchor=True)
    if not any(first >= len(placed) - 3 for first, _, _ in spans):
        # a court decision closes with its judges' names in a row, no office and no formula
        bench = bench_names(placed)
        if bench is not None:
            spans.append((bench[0], bench[0] + 1, bench[1]))
    if not spans and isinstance(doc.metadata, OtherMetadata):
        # a notice, a certificate or a decision closes with its signer's name over the office,
        # no formula before them ("Joan Durocher" / "General Counsel")
        closing = closing_signature(placed)
        if closing is not None:
            spans.append(closing)
    if doc.date is None:
        # where nothing else dates it, the date each party wrote under its signature (an
        # agreement takes effect when the last signature is affixed)
        signed = [
            found
            for first, end, _ in spans
            for group in placed[first:end]
            for line in group
            if _NUMERIC_DATE.match(line.text.replace(" ", "")) or _is_dateline(line.text)
            if (found := _day(line.text, numeric=True)) is not None
        ]
        if signed:
            doc.date, doc.date_precision = max(signed)
    for first, end, signatories in spans:
        signatures[first] = end
        if isinstance(doc.metadata, (OtherMetadata, ReportMetadata, ParliamentaryLetterMetadata)):
            doc.metadata.signatories += [
                s for s in signatories if s not in doc.metadata.signatories
            ]
    if made is not None and isinstance(doc.metadata, OtherMetadata) and not spans:
        # (an instrument signed beside its place of making: no formula, no block of its own)
        doc.metadata.signatories += [s for s in made[2] if s not in doc.metadata.signatories]
    if isinstance(doc.metadata, OtherMetadata) and not doc.metadata.signatories:
        doc.metadata.signatories = _act_signatories(raw)
    if isinstance(doc.metadata, (OtherMetadata, ReportMetadata, ParliamentaryLetterMetadata)):
        doc.metadata.signatories = _one_per_person(doc.metadata.signatories)
    own_number = getattr(doc.metadata, "reference", None)
    own_number = " ".join(own_number.split()) if own_number and "/" in own_number else None
    skip_to = 0
    for index, p in enumerate(layout.paragraphs):
        if index < skip_to or index in back or index in colophon:
            continue
        if p.lines and all(_where(line) in head for line in p.lines):
            continue
        if head_floor is not None and all(
            line.page == 1 and line.y0 >= head_floor for line in p.lines
        ):
            continue
        if index in signatures:
            skip_to = signatures[index]
            lines = column_order([line for group in placed[index:skip_to] for line in group])
            doc.add_block(BlockType.signature, "\n".join(lines), page=p.page)
            continue
        if index in cells:
            if cells[index]:
                doc.add_block(BlockType.table, cells[index], page=p.page)
            continue
        lines = [line.text for line in p.lines] or [p.text]
        entries = [_toc_entry(t) for t in lines]
        if all(entries) and entries:
            toc += [e for e in entries if e is not None]
            continue
        text = p.text.strip()
        if not text:
            continue
        if index in titled:
            continue
        if (p.page == 1 and _MASTHEAD.match(text)) or " ".join(text.split()) == own_number:
            # a UN-style masthead's distribution lines, and the document's own symbol alone
            # where a page prints it as its header: metadata, read into the record above
            log_edit(doc, "masthead", None, text, "")
            continue
        if _DRAWN_RULE.match(text):
            # a rule drawn with characters ("______________") is no heading and no text
            log_edit(doc, "rule_line", None, text, "")
            continue
        short = len(text) < 160 and not _SENTENCE_END.search(text) and len(p.lines) <= 3
        refs = [label_to_id[label] for label in p.footnote_labels if label in label_to_id]
        item = _ITEM.match(text)
        if item:
            # a bulleted (or "a)" / "(1)") item: a list item, its mark taken off
            label = item.group("label").strip("()")
            doc.add_block(
                BlockType.list_item,
                text[item.end() :],
                page=p.page,
                number=None if is_bullet(label) else label,
                footnote_refs=refs,
            )
        elif short and (p.size > layout.body_size * 1.1 or p.bold):
            level = 1 if p.size > layout.body_size * 1.3 else 2
            doc.add_block(BlockType.heading, text, page=p.page, level=level)
        else:
            doc.add_block(BlockType.paragraph, text, page=p.page, footnote_refs=refs)
    if toc and isinstance(doc.metadata, ReportMetadata):
        doc.metadata.table_of_contents = toc
    if isinstance(doc.metadata, ProceedingsMetadata):
        # the record's own number ("CRIV 55 PLEN 291"); its paragraphs are speeches
        doc.metadata.reference = labelled or symbol
        doc.metadata.speakers = speeches(doc)
        doc.renumber()
    return doc
