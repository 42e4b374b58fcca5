"""Ministry letters to parliament on letterhead (Kamerbrieven), from PDF or a text extraction.

Layout of the genre: a return-address line, the addressee block, a header of labelled fields
(``Datum``, ``Betreft``, sometimes ``Uw kenmerk``/``Ons kenmerk``), the letterhead sidebar on the
right of every page (ministry, addresses, ``Kenmerk``/``Ons kenmerk``, ``Bijlage(n)``), the
salutation, the body, a closing (``Hoogachtend,``) and one or more signatories.

Metadata comes from those labelled fields; the record's title is the subject (Betreft) and its
date the ``Datum``. Page furniture and footnotes are handled by :mod:`.pdf_layout`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from .._bullets import BULLET, is_bullet
from ..dates import parse_date
from ..document import Document, Line, RawDocument
from ..models import BlockType, DocumentKind, ParliamentaryLetterMetadata, Signatory
from ..normalise import log_edit
from . import pdf_layout
from ._memo import head_fields
from ._text import in_capitals
from .bodies import is_body_name
from .keyvalue import is_contact_label, is_label, label_field, subject_details
from .references import find_references, link_citations
from .signatures import (
    CLOSINGS,
    Placed,
    bracketed_name,
    bracketed_note,
    column_order,
    drawn_name,
    is_role,
    is_salutation,
    looks_like_name,
    merge_wrapped_roles,
    ministry_from_role,
    normalise_role,
    on_behalf,
    parse_signatories,
    signature_block_like,
    signature_like,
    signature_spans,
    signed_by_office,
)
from .symbols import document_symbol, plausible_reference

__all__ = ["build", "detect"]

_LABELS = {
    "datum": "date",
    "date": "date",
    "betreft": "subject",
    "onderwerp": "subject",
    "kenmerk": "reference",
    "ons kenmerk": "reference",
    "uw kenmerk": "your_reference",
    "onze referentie": "reference",
    "uw referentie": "your_reference",
    "uw brief": "your_reference",
    "bijlage(n)": "attachments",
    "bijlagen": "attachments",
    "bijlage": "attachments",
}
_LABEL_RE = re.compile(
    r"^(Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Uw brief|"
    r"Kenmerk|Bijlage\(n\)|Bijlagen|Bijlage)"
    r"(?:\s*:)?(?:\s+(.*))?$",
    re.IGNORECASE,
)
#: Fields the geometric reading of a header decides (a value under its label in a row of labels).
_FIELDS_BY_GEOMETRY = frozenset({"reference", "your_reference", "subject", "date", "attachments"})
#: "t.a.v. M. Kremer", "Ter attentie van", "Attn.", "À l'attention de": who within the addressee
_ATTENTION = re.compile(
    r"^(?:t\.\s?a\.\s?v\.?|ter attentie|attn\.?|à l['’]attention)(?:\s|$)", re.I
)
_SUBJECT_LABEL = re.compile(r"^(?:Onderwerp|Betreft|Subject|Objet)\b", re.IGNORECASE)
#: an attachments field that says there are none
_NO_ATTACHMENTS = re.compile(r"^(?:geen|none|nil|aucune?|-|–)\.?$", re.IGNORECASE)
_CLOSING = re.compile(
    r"^(?:Hoogachtend|Met vriendelijke groet(?:en)?|Met (?:de meeste )?hoogachting|"
    r"(?:Very )?(?:Yours (?:sincerely|faithfully|truly)|truly yours)|Sincerely(?: yours)?|"
    r"Respectfully(?: yours)?|"
    r"(?:With )?(?:(?:Kind|Best|Warm) )?regards|Best wishes|In solidarity|Cordially|"
    r"Cordialement|Bien cordialement|Mit freundlichen Grüßen|"
    rf"Hochachtungsvoll|{CLOSINGS}|"
    # the diplomatic closing, over one line or two ("Please accept, Excellency, the assurances
    # of my highest consideration.", "Je vous prie d'agréer, Monsieur l'Ambassadeur, les
    # assurances de ma très haute considération.")
    r"(?:Please accept|Accept|(?:Je|Nous) vous pri(?:e|ons)\s+(?:d['’]agréer|de croire|"
    r"de recevoir|de bien vouloir agréer)|Veuillez (?:agréer|croire|recevoir)|Recevez)\b[^.]{0,120}"
    r"(?:consideration|considération|sentiments|salutations|respect|hommages)[^.]{0,40})[,.:]?$",
    re.IGNORECASE,
)
#: a field of a form, labelled in a few words before a colon ("Keyword:", "Date Received:
#: 01-May-18", "You Requested: …")
_FORM_LABEL = re.compile(r"^[^\W\d][\w ]{1,30}:(?:\s|$)")
#: a freedom-of-information regime named at a document's head
_FOI_HEAD = re.compile(
    r"\b(?:Freedom of Information|FOIA?\b|Environmental Information Regulations|"
    r"Wet open overheid|Wet openbaarheid van bestuur|Informationsfreiheitsgesetz|"
    r"accès aux documents administratifs)",
    re.IGNORECASE,
)
#: a note verbale, in the third person from first line to last: it presents the sender's
#: compliments to the addressee, and closes by renewing the assurances of its consideration
#: ("The Ministry … presents its compliments to the Registry … and has the honour to …" /
#: "… avails itself of this opportunity to renew to the Registry … the assurances of its
#: highest consideration"; "présente ses compliments à …" / "… saisit cette occasion pour
#: renouveler … les assurances de sa haute considération"; "biedt … haar complimenten aan")
_NOTE_OPENS = re.compile(
    r"\b(?:presents? (?:its|his|her|their) compliments to|présente (?:ses|leurs) compliments"
    r"|biedt\s.{0,120}?(?:haar|zijn) complimenten aan|beehrt sich|"
    r"presenta (?:sus|atentos) (?:saludos|cumplimientos))",
    re.IGNORECASE | re.DOTALL,
)
_NOTE_CLOSES = re.compile(
    r"\b(?:avails? (?:itself|himself|herself|themselves) of this opportunity|"
    # (an international organisation's head: "takes this opportunity to renew … the assurance
    # of his highest consideration")
    r"takes? this opportunity to renew|assurances? of (?:its|his|her|their) highest consideration|"
    r"(?:l['’]assurance|les assurances) de (?:sa|leur) (?:très )?haute considération|"
    r"saisit cette occasion|maakt (?:van )?deze gelegenheid (?:gebruik|te baat)|"
    r"benutzt diesen Anla(?:ss|ß)|aprovecha (?:la|esta) oportunidad)\b",
    re.IGNORECASE,
)
#: a line of one or two codes and nothing else (digits with slashes or points in each)
_CODES_LINE = re.compile(
    r"^(?=\S*\d)(?=\S*[/.])[\w./#()-]{5,60}(?:\s+(?=\S*\d)(?=\S*[/.])[\w./#()-]{5,60})?$"
)
#: a line ending in an issuance's number ("A.P. (DIR Series) Circular No. 09")
_ISSUE_NUMBER = re.compile(r"\b(?:No|Nr|Number)\.?\s*(?=[\w./-]*\d)[\w./-]+\s*$")
_POSTAL = re.compile(
    r"^(?:\d{1,5}[A-Za-z]?\s+[A-Z][\w.]*\s+[A-Z]|Postbus\s+\d+|\d{4}\s?[A-Z]{2}\b|[A-Z][\w.'’ -]+\s+\d+[a-z]?$|Prinses|Binnenhof|"
    r"Bezuidenhoutseweg|Rijnstraat|Turfmarkt|Korte Voorhout|Parnassusplein|"
    # American addresses: "One PPG Place, Suite 1900", "Pittsburgh, PA 15222"
    r".*\b(?:Suite|Room)\s+[\w-]+$|.*,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?$|"
    # a British building's name over the street ("Riverside House"), a postcode ("SE1 9HA")
    r"(?:[A-Z][\w'’-]+\s+){1,3}(?:House|Building|Tower|Centre|Plaza)$|"
    r".*\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}$)",
)


#: a town with its postcode or ZIP code, or a post box: an address's line that no title has
#: ("Washington, DC 20420", "2500 EA Den Haag", "London SE1 9HA", "Postbus 20011")
_POSTCODE_LINE = re.compile(
    r"^(?:.*,\s*(?:[A-Z]{2}|D\.C\.)\s+\d{5}(?:-\d{4})?|\d{4}\s?[A-Z]{2}\s+[A-Z].*|"
    r".*\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}|(?:Postbus|P\.?\s?O\.?\s+Box|Postfach|B\.?P\.)\s+\d+.*)$"
)


def has_postcode(text: str) -> bool:
    """Whether ``text`` is a town with its postcode or ZIP code, or a post box."""
    return bool(_POSTCODE_LINE.match(text.strip()))


#: the sender's own reference, labelled as correspondence labels it ("My number : EST-6/…",
#: "Our ref:", "Ons kenmerk", "Notre réf.", "Unser Zeichen")
_OWN_REFERENCE = re.compile(
    r"^(?:(?:My|Our)\s+(?:number|No\.?|ref(?:erence)?\.?)|Ons kenmerk|Onze referentie|"
    r"Notre r[ée]f(?:[ée]rence|\.)?|N/R[ée]f\.?|Unser Zeichen|Unser Aktenzeichen|"
    # the file number over an Indian government paper ("F. No. N-15011/20/2023-NC")
    r"F\.\s?No\.?)\s*:?\s*\S",
    re.IGNORECASE,
)
#: a group of addressees named by a plural ("Heads of Departments", "School District Managers")
_GROUP = re.compile(
    r"^(?:All\s+)?(?:[A-Z][\w-]*\s+){0,3}[A-Z][a-z]+(?:ies|ers|ors|ents|ants|ads|s)"
    r"(?:\s+(?:of|to|in|for|at)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?$"
)
#: a person's name as addressed: an honorific, or a middle initial ("Maria G. Danaher")
_PERSON = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof|Hon)\.?\s+\S|[A-Z][a-z]+(?:\s+[A-Z]\.)+\s+[A-Z])"
)
#: a person addressed by a title of address (their name does not run on to the next line)
_HONORIFIC = re.compile(
    r"^(?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?|De heer|Mevrouw|Herrn?|Frau|Monsieur|Madame|"
    r"The Hono(?:u)?rable)\s",
    re.I,
)


def _named_in_office(text: str) -> bool:
    """A person's name with the office after a comma, degrees between them allowed ("Clyde
    Terry, Chairperson", "Matt Wayne, Ed.D., Superintendent"), the body after the office
    allowed ("Julie Longworth, Director of Children’s Services, Leeds City Council")."""
    name, *after = text.split(", ")
    return bool(after) and looks_like_name(name) and any(is_role(part) for part in after)


def _person_addressed(text: str) -> bool:
    """A line naming one person or two ("Karen Neuman", "Andrew Anagnost and Amar Hanspal"):
    the lines under it are their office, organisation and address, not the addressee."""
    names = re.split(r"\s+(?:and|en|et|und)\s+", text.strip())
    return all(
        2 <= len(name.split()) <= 4
        and not name.isupper()  # (a body's name set in capitals, "ADMINISTRATION CANTONALE")
        and looks_like_name(name)
        and not is_role(name)
        and not is_body_name(name)
        for name in names
    )


#: the first line of an address block that addresses someone
#: readers addressed in the dative, opening the address block (French, German, Italian,
#: Spanish, Portuguese)
_DATIVE = re.compile(
    r"^(?:(?i:Aux\s|[AÀ] l['’]attention d(?:e|es|u)\s|An\s(?:die|den|das|alle)\s)|"
    # Italian, Spanish and Portuguese administrations address their circulars the same way
    # ("Agli studenti e ai genitori", "Al Personale Docente", "A tutti i docenti", "A S.E. el
    # Presidente", "Aos Senhores Diretores")
    r"(?:Al|Alla|Alle|Ai|Agli|Ao|Aos|Às)\s|All['’]|A\s(?:tutt[ie]|S\.\s?E\.)\s)"
)
#: a rule drawn with characters ("_____", "-----", "=====")
_RULE_LINE = re.compile(r"^[\s_=~*·.–—-]{3,}$")
_ADDRESSED = re.compile(
    r"^(?:De heer|Mevrouw|Mevr\.|Mw\.|Dhr\.|Aan\s|Mr\.?\s|Ms\.?\s|Mrs\.?\s|Herrn?\s|"
    r"Frau\s|Monsieur|Madame|De (?:voorzitter|leden)\b)",
    re.IGNORECASE,
)
#: a contact line in an address block: e-mail, phone, fax
_CONTACT_LINE = re.compile(r"^(?:(?:E-?mail|Tel(?:ephone)?|Phone|Fax|T|F)\b\.?:?|[EM]:)\s", re.I)
#: a phone number alone on its line ("011-21401256", "+31 (0)70 123 4567")
_PHONE_ALONE = re.compile(
    r"^(?!(?:(?:19|20)\d\d[\s/-]*)+$)\+?(?=(?:[\s()/-]*\d){7,15}[\s()/-]*$)(?=.*\d{4})[\d\s()/-]+$"
)
#: the sender's contact block, in labelled fields ("Name: Georgia Benson" / "Dept: Digital Data
#: & Technology" / "Email: …"): who writes, not whom to
_CONTACT_FIELD = re.compile(
    r"^(?:Name|Dept|Department|Contact|Case officer|Handled by|Direct line|Mobile|E-?mail|"
    r"Tel(?:ephone)?|Phone)\s*:\s*\S",
    re.I,
)
#: a website alone on its line ("autoriteitpersoonsgegevens.nl", "www.example.org")
_WEBSITE = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?$")
#: how the letter is sent or to be handled, printed over the address ("Vertrouwelijk /
#: Aangetekend", "Per e-mail", "Recommandé avec accusé de réception", "Einschreiben")
_HANDLING = re.compile(
    r"^(?:(?:Strikt )?[Vv]ertrouwelijk|Aangetekend|Persoonlijk|Spoed|Per (?:e-?mail|post|koerier|fax)|"
    r"Confidential|Registered|Personal|Private|(?i:by|via|sent by) (?i:e-?mail|post|hand|fax|"
    r"first[- ]class (?:post|mail)|courier|(?:certified|registered) mail)(?:\s+to)?:?|"
    r"Recommandé\b.*|"
    r"Confidentiel(?:le)?|Einschreiben|Vertraulich|Persönlich|Nur per (?:E-Mail|Fax|Post))"
    r"(?:\s*[/,&-]\s*(?:[Vv]ertrouwelijk|Aangetekend|Persoonlijk|Spoed|Per e-?mail|Confidential|"
    r"Registered|Personal|Vertraulich|Einschreiben))*$"
)


def _capitals(text: str) -> bool:
    """A line set in capitals, three words at least ("TRANSPARENCY AND OPEN DATA: NEXT STEPS")."""
    return len(text.split()) >= 3 and in_capitals(text)


#: an English letter's date under its label, standing apart under the letterhead
_FILED = re.compile(r"^(?:Filed|Dated|Date)\s*:\s*(?P<date>\S.*)$", re.IGNORECASE)


def _date_alone(text: str) -> bool:
    """A line that is a date and nothing else ("August 17, 2016", "16 March 2023")."""
    text = text.strip()
    # (the date first: "Den Haag, 3 februari 2023" is a place and date line)
    if len(text) > 30 or not re.fullmatch(r"(?:\d|[^\W\d_]+\.?\s+\d)[\w ,./-]*", text):
        return False
    found = parse_date(text)
    return found is not None and found.precision.value == "day"


_PLACE_DATE = re.compile(
    # (the town in capitals, as notes verbales date at their foot: "GENEVA, 27 September 2023";
    # of two or three words: "Belo Horizonte", "Frankfurt am Main", "San José")
    r"^((?:Den Haag|’s-Gravenhage|'s-Gravenhage|[A-ZÀ-ÝÄÖÜ](?:[a-zà-ÿäöüß]+|[A-ZÀ-ÝÄÖÜ]+)"
    r"(?:[ -](?:(?:am|an der|de|del|do|da|di|sur|en) )?[A-ZÀ-Ý][a-zà-ÿäöüß]+){0,2})),\s+"
    # ("le", "den"; Italian "lì", Spanish "a")
    r"(?:le\s+|den\s+|l[iì]\s+|a\s+)?"
    r"(?:\d{1,2}(?:er|\.)?\s+\w+\s+\d{4}|"
    # (Spanish and Portuguese: "Santiago, 29 de mayo de 2026")
    r"\d{1,2}[º°]?\s+de\s+[^\W\d]+\s+(?:de|del)\s+\d{4}|"
    # (in figures, as German and Italian letters date: "München, 19.05.2025", "Lovere,
    # 14/02/2024")
    r"\d{1,2}([./-])\s?\d{1,2}\2\s?\d{4})\.?$"
)
_LIST_NUMBER = re.compile(rf"^(\(?\d{{1,2}}[.)]|\(?[a-z][.)]|{BULLET})\s+")
#: a numbered letter of a Spanish- or Portuguese-speaking administration, its number typed
#: into the form's blank: "CIRCULAR ORD. Nº ____0177________/", "Oficio N° 1234/2024", "OF.
#: CIRC. Nº 12", "Ofício nº 45/2023"
_NUMBERED_LETTER = re.compile(
    r"^(?:(?:Circular|Oficio|Ofício|Of\.)\s+)?(?:(?:Ord|Circ|Res)\.?\s*)?"
    r"(?:N[º°]\.?|n\.?º)\s*[_\s]*(?P<code>\d[\d.-]*(?:/\d{2,4})?)[_\s]*/?$",
    re.IGNORECASE,
)
#: a reference named with its label inside a line (a subject: "Request for Information -
#: Reference Number: TRE/AWZBQX – INTERNAL REVIEW")
_REFERENCE_NAMED = re.compile(
    r"\b(?:(?:Reference\s+(?:Number|No\.?)|Our\s+ref(?:erence)?\.?|Ref\.?|Kenmerk|Réf\.?)\s*:|"
    # the number of the request, case or complaint the letter answers ("RE: Freedom of
    # Information Act Request Number W027579-032718", "FOIA Request No. 2021-123")
    r"(?:Request|Case|File|Complaint|Appeal|Claim)\s+(?:Number|No\.?|Nr\.?|#)\s*:?)\s*"
    r"(?P<code>(?=[\w./-]*\d)[A-Z0-9][\w./-]{2,30}\w)",
    re.IGNORECASE,
)
#: a subject that is a file number alone ("Re: 2021-HQFO-00060"): the letter's reference
_CODE_SUBJECT = re.compile(r"(?=[\w./-]*\d)(?=[\w./-]*[A-Za-z/-])[A-Z0-9][\w./-]{4,30}\w")
#: a numbered issuance's series and number, ending its line ("… Circular Letter : 01/2025",
#: "Circular No. 12/2024", "Office Memorandum No: 3-1/2023")
_ISSUANCE = re.compile(
    r"\b(?:Circular(?:\s+Letter)?|Memorandum|Directive|Instruction|Notification)\s*"
    r"(?:No\.?)?\s*:?\s*\d[\w/.-]*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’»)]*$")


def everything_of(raw: RawDocument) -> list[str]:
    """Every printed line of the document (its blocks' lines for formats without lines)."""
    return [line.text for line in raw.lines] or [
        line for block in raw.blocks for line in block.text.split("\n")
    ]


def detect(raw: RawDocument) -> float:
    texts = [line.text for line in raw.lines[:200]] or [
        line for block in raw.blocks[:60] for line in block.text.split("\n")
    ]
    head = "\n".join(texts)
    score = 0.0
    returned = _return_line(raw)
    if re.search(r"(?m)^>?\s*Retouradres\b", head):
        score += 0.35
    elif returned:
        # the sender's name and town in small print over the address window, as German
        # letters print it ("Bundesministerium der Finanzen, 11016 Berlin"): a letter,
        # however long (a ministry's circular with its own table of contents)
        score += 0.65
    if re.search(r"(?m)^Datum\b", head):
        score += 0.2
    if re.search(r"(?m)^(Betreft|Onderwerp)\b", head):
        score += 0.25
    if re.search(r"(?m)^(Ons |Uw )?[Kk]enmerk\b", head):
        score += 0.1
    if re.search(r"(?m)^(Geachte|Zeer geachte)\b", head):
        score += 0.1
    # a letter's body without its letterhead (text extractions): opens by addressing the
    # chair, ends with a closing formula or a minister's signature
    opening = "\n".join(texts[:12])
    if re.search(r"(?mi)^(?:Geachte|Zeer geachte)\s+(?:heer\s+|mevrouw\s+)?voorzitter\b", opening):
        score += 0.2
        tail = "\n".join(
            [line.text for line in raw.lines[-60:]]
            or [line for block in raw.blocks[-30:] for line in block.text.split("\n")]
        )
        if re.search(
            r"(?m)^(?:Hoogachtend|Met vriendelijke groet)|^(?:De |de )?(?:minister|staatssecretaris)\b",
            tail,
            re.IGNORECASE,
        ):
            score += 0.1
    # the genre in any language: addressed by a salutation on a line of its own and closed by
    # a formula (an English regulator's "Dear Chief Executive Officer" … "Yours sincerely",
    # a city's FOIA response, a French "Madame," … "Cordialement")
    if not re.search(r"(?m)^(?:Geachte|Zeer geachte)\b", head) and any(
        is_salutation(t.strip()) for t in texts
    ):
        score += 0.35
        if any(_CLOSING.match(t.strip()) for t in everything_of(raw)):
            score += 0.3
    if re.search(r"Aanhangsel|Handelingen|Vergaderjaar", head[:600]):
        score -= 0.5
    # a memo or note has the same Datum/Betreft/Kenmerk header; a letter also has a return
    # address or a salutation (issue 14: "a letter has a letterhead or an addressee + salutation")
    addressed = (
        returned
        or re.search(r"(?mi)^>?\s*Retouradres\b", head)
        or any(is_salutation(t.strip()) for t in texts)
    )
    everything = everything_of(raw)
    signed = signed_by_office(everything)
    if not addressed and not signed:
        score = min(score, 0.01)
    head_of = _Head(raw, texts, everything, bool(signed))
    for weight, holds in _UNSALUTED:
        # correspondence without a salutation, each by evidence of its own; one is enough
        if score < 0.5 and holds(head_of):
            score += weight
    return max(0.0, min(score, 0.95))


@dataclass(frozen=True)
class _Head:
    """What :func:`detect` has read of a document: its first lines, all its text, whether an
    office signs it."""

    raw: RawDocument
    texts: list[str]
    everything: list[str]
    signed: bool


def _is_note_verbale(head: _Head) -> bool:
    """A note verbale: correspondence of a state, in the third person."""
    return _note_verbale(head.texts, head.everything)


def _closed_under_dated_head(head: _Head) -> bool:
    """A letter without a salutation (a reply "To Industry Leaders" / "Date: 13 April 2026"
    … "Yours sincerely," / names and offices): a date in its head, and its text ends with a
    closing formula and the signatures under it."""
    return _closed_and_signed(head.everything) and _dated_head(head.texts[:20])


def _cites_both_files(head: _Head) -> bool:
    """A reply that cites the addressee's file beside its own ("Diarienr DI-2020-2278" /
    "Ert diarienr A026.530/2020"): correspondence, the Nordic way without a salutation."""
    return (
        bool(head.raw.lines) and {"reference", "your_reference"} <= head_fields(head.raw)[0].keys()
    )


def _labelled_and_closed(head: _Head) -> bool:
    """An official letter headed by whom it is for (and who sends it, or what it is about) in
    labelled fields, closed by a formula over its signer ("DE : JEFE DIVISION DE DESARROLLO
    URBANO" / "A : SEGUN DISTRIBUCION" … "Saluda atentamente a Ud.," / "JAIME SILVA
    ARANCIBIA"), its distribution list after it: a Chilean oficio or circular. (An English
    memo's From/To names a memo whatever closes it: :func:`pdf_document._other_genre` says so
    first.)"""
    fields = head_fields(head.raw)[0].keys() if head.raw.lines else set()
    if "addressee" not in fields or not {"sender", "subject"} & fields:
        return False
    closings = [i for i, t in enumerate(head.everything) if _CLOSING.match(t.strip())]
    return bool(closings) and any(
        _capitals_name(t) or signature_block_like([t])
        for t in head.everything[closings[-1] + 1 : closings[-1] + 4]
    )


def _asks_for_your_reference(head: _Head) -> bool:
    """A reply printing a label for the addressee's reference, even left empty ("Your ref.:"
    / "Our ref.:" / "Date: 7 July 2023"), under the address it is sent to: no report asks for
    its reader's file number (a note on a letterhead template that prints the label in its
    sidebar has no address in the text's column)."""
    return (
        any(label_field(t) == "your_reference" for t in head.texts[:60])
        and _dated_head(head.texts[:60])
        and _address_at_left(head.raw)
    )


def _answers_foi_request(head: _Head) -> bool:
    """The reply to a freedom-of-information request, set as a form under the act's name with
    the request's number ("FREEDOM OF INFORMATION REQUEST" / "Request Number: F-2010-00325"):
    correspondence with the requester, without a salutation."""
    raw = head.raw
    return (
        bool(raw.lines)
        and (raw.pages or 1) <= 12
        and bool(_FOI_HEAD.search(" ".join(t.strip() for t in head.texts[:15])))
        and "reference" in head_fields(raw)[0]
    )


def _own_number_and_office(head: _Head) -> bool:
    """A letter without a salutation (a ministry's circular letter: "My number : EST-6/…", the
    date, the addressees, the subject; "Sgd/ S. Alokabandara" / "Secretary"): the sender's own
    reference in its head and an office signing at its end."""
    return head.signed and any(_OWN_REFERENCE.match(t.strip()) for t in head.texts[:60])


#: the evidence of correspondence without a salutation, in the order :func:`detect` weighs it
_UNSALUTED: tuple[tuple[float, Callable[[_Head], bool]], ...] = (
    (0.6, _is_note_verbale),
    (0.55, _closed_under_dated_head),
    (0.55, _cites_both_files),
    (0.55, _labelled_and_closed),
    (0.55, _asks_for_your_reference),
    (0.55, _answers_foi_request),
    (0.5, _own_number_and_office),
)


def _return_line(raw: RawDocument) -> bool:
    """Whether the first page's upper half prints a return address in small print (the
    sender, its town and postcode on one line: :data:`_RETURN`) straight over an address in
    larger type at its left edge."""
    first = [line for line in raw.lines if line.page == 1]
    if not first:
        return False
    height = (raw.page_sizes or [(595.0, 842.0)])[0][1]
    sizes = sorted(line.size for line in first)
    text_size = sizes[len(sizes) // 2]
    for line in first:
        if (
            line.y0 > height * 0.5
            and line.size < text_size * 0.85
            and not line.text.lstrip().startswith(">")
            and _RETURN.match(line.text.strip())
            and any(
                abs(other.x0 - line.x0) < 3
                and 0 < line.y0 - other.y0 < 80
                and other.size > line.size * 1.25
                for other in first
            )
        ):
            return True
    return False


def _postal_block(p: _Para) -> bool:
    """A paragraph of address lines ending in the town with its postcode."""
    return len(p.lines) >= 2 and has_postcode(p.lines[-1])


def _address_at_left(raw: RawDocument) -> bool:
    """Whether the first page prints a town with its postcode in its left half (an address
    sent to, not the sender's in a sidebar)."""
    width = (raw.page_sizes or [(595.0, 842.0)])[0][0]
    return any(
        line.page == 1 and line.x0 < width * 0.5 and has_postcode(line.text) for line in raw.lines
    )


def _note_verbale(head: list[str], everything: list[str]) -> bool:
    """Whether the text opens by presenting the sender's compliments and closes by renewing
    the assurances of its consideration (:data:`_NOTE_OPENS`, :data:`_NOTE_CLOSES`)."""
    opening = " ".join(t.strip() for t in head[:30])
    closing = " ".join(t.strip() for t in everything[-30:])
    return bool(_NOTE_OPENS.search(opening) and _NOTE_CLOSES.search(closing))


def _closed_and_signed(texts: list[str]) -> bool:
    """Whether the document's last printed lines are a closing formula and a signature block
    under it (a name in capitals counts straight under the formula: "Yours sincerely" /
    "HARRY BURNS"), nothing after it."""
    tail = [t.strip() for t in texts[-12:] if t.strip()]
    while tail and tail[-1].startswith("(") and tail[-1].endswith(")"):
        tail.pop()  # a note in brackets under it ("(This is computer generated, no signature …)")
    closing = max((i for i, t in enumerate(tail) if _CLOSING.match(t)), default=None)
    if closing is None:
        return False
    signed = tail[closing + 1 :]
    return 1 <= len(signed) <= 8 and (
        signature_block_like(signed) or (_capitals_name(signed[0]) and len(signed) <= 3)
    )


def _capitals_name(text: str) -> bool:
    """A name set in capitals ("HARRY BURNS"): a signer's when it stands under the closing."""
    text = text.strip()
    return text.isupper() and len(text.split()) >= 2 and looks_like_name(text)


def _dated_head(texts: list[str]) -> bool:
    """Whether a letter's head holds its date (:func:`_dated_line`)."""
    return any(_dated_line(t) for t in texts)


def _dated_line(text: str) -> bool:
    """A date alone on its line, or labelled ("Date: 13 April 2026"), or after its place
    ("SANTIAGO, 6 de Marzo de 1998")."""
    # (or the value alone in its column, its colon before it: "Date" | ": 3 August 2015")
    value = re.sub(r"^(?:(?:Date|Datum|Dated)\s*)?:?\s*", "", text.strip(), flags=re.I)
    return _date_alone(value) or bool(_PLACE_DATE.match(text.strip()))


@dataclass
class _Para:
    text: str
    page: int | None
    bold: bool = False
    italic: bool = False
    lines: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    #: ``(x0, y0)`` of every line (PDF only), to read side-by-side signatures column by column
    positions: tuple[tuple[float, float], ...] = ()
    #: a one-line heading recognised in plain text (no font to tell it by)
    heading: bool = False
    #: page of the last line (text extractions), for footnote marks after a page break
    last_page: int | None = None
    #: set in bold display type, larger than the text (PDF only): a masthead, never an address
    display: bool = False
    #: set smaller than the text (PDF only): a letterhead's lines, where an address in the
    #: text's type follows
    small: bool = False
    #: every line centred on the page (PDF only): a masthead or a heading, never an address
    centred: bool = False


def _from_pdf(
    raw: RawDocument, doc: Document
) -> tuple[list[_Para], list[Line], list[pdf_layout.Footnote], str | None]:
    """The paragraphs, the sidebar, the footnotes and the number in the running footer."""
    layout = pdf_layout.analyse(raw, page_heads=True)
    for edit in layout.edits:
        log_edit(doc, edit.rule, None, edit.before, edit.after)
    for line in layout.furniture:  # every removal is logged, as for other PDFs
        log_edit(doc, "page_furniture", None, line.text, "")
    paras = [
        _Para(
            p.text,
            p.page,
            p.bold,
            p.italic,
            tuple(line.text for line in p.lines),
            tuple(p.footnote_labels),
            tuple((line.x0, line.y0) for line in p.lines),
            display=p.bold and p.size > layout.body_size * 1.15,
            small=p.size < layout.body_size * 0.92,
            centred=_centred(p.lines, raw.page_sizes),
        )
        for p in layout.paragraphs
    ]
    return (
        paras,
        layout.sidebar,
        layout.footnotes,
        document_symbol(layout.furniture, raw.pages, layout.body_size),
    )


def _centred(lines: Sequence[Line], sizes: Sequence[tuple[float, float]]) -> bool:
    """Whether every line stands centred on its page, none running across it."""
    if not lines or not sizes:
        return False
    width = sizes[min(len(sizes), lines[0].page) - 1][0]
    return all(
        pdf_layout.off_axis(line, width / 2) < 12 and line.x1 - line.x0 < width * 0.6
        for line in lines
    )


@dataclass
class _TextLetter:
    """What a plain-text extraction of a letter holds once its letterhead is set apart."""

    paras: list[_Para]
    letterhead: list[str]
    ministry: str | None
    notes: list[pdf_layout.Footnote]
    edits: list[pdf_layout.Edit]


_SIDEBAR_LABEL = re.compile(
    r"^(?:Kenmerk|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Datum|Bijlage\(n\)|"
    r"Bijlagen|Bijlage)\s*:?$",
    re.IGNORECASE,
)
_TEXT_NOTE = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_PAGE_OF = re.compile(r"(\d+)\s*(?:van|of|/)\s*\d+\s*$")
_BREAK = "\f"  # marks removed page furniture in the line stream
_BLANK = "\v"  # marks a blank line of the extraction


def _page_of_lines(lines: list[str], salutation: int | None) -> list[int | None]:
    """Page of every line from ``Pagina N van M`` lines, printed at the top of each page's text
    (pypdf order: before the salutation on page 1) or at the bottom (pdftotext order)."""
    markers = [
        (i, int(m.group(1)))
        for i, line in enumerate(lines)
        if pdf_layout.is_page_number(line) and (m := _PAGE_OF.search(re.sub(r"\s+", " ", line)))
    ]
    pages: list[int | None] = [None] * len(lines)
    if not markers:
        return pages
    top = salutation is not None and markers[0][0] < salutation
    if top:
        current = 1
        for i in range(len(lines)):
            current = next((n for at, n in markers if at == i), current)
            pages[i] = current
    else:
        current = markers[-1][1] + 1
        for i in reversed(range(len(lines))):
            current = next((n for at, n in markers if at == i), current)
            pages[i] = current
    return pages


def _from_text(raw: RawDocument) -> _TextLetter:
    """A plain-text extraction: letterhead set apart, page furniture and repeated sidebar fields
    removed, footnotes at page ends separated, paragraphs reflowed where blank lines are missing."""
    blocks = [[line.strip() for line in b.text.split("\n") if line.strip()] for b in raw.blocks]
    blocks = [block for block in blocks if block]
    lines = [line for block in blocks for line in block]
    block_ends = set(itertools.accumulate(len(block) for block in blocks))
    back = next(
        (i for i, line in enumerate(lines[:80]) if re.match(r"^>?\s*Retouradres\b", line)), None
    )
    letterhead = lines[:back] if back is not None else []
    ministry = None
    seen = 0
    for block in blocks:
        if seen >= len(letterhead):
            break
        seen += len(block)
        if block[0].lower().startswith("ministerie") and not pdf_layout.is_page_number(block[0]):
            ministry = " ".join(
                block[: next((i for i, t in enumerate(block) if _POSTAL.match(t)), None)]
            )
            break
    salutation = next((i for i, line in enumerate(lines) if is_salutation(line)), None)
    pages = _page_of_lines(lines, salutation)
    # letterhead and header lines that come back on later pages are sidebar furniture there
    before = lines[: salutation if salutation is not None else (back or 0)]
    repeated = {line for line in before if len(line) >= 3 and not pdf_layout.is_page_number(line)}
    stream: list[tuple[str, int | None]] = []
    skip_value = False
    for i, line in enumerate(lines):
        if i < (back + 1 if back is not None else 0):
            continue
        after_salutation = salutation is not None and i > salutation
        if skip_value:
            skip_value = False
            stream.append((_BREAK, pages[i]))
            continue
        if pdf_layout.is_page_number(line) or re.match(r"^>\s*Retouradres\b", line):
            stream.append((_BREAK, pages[i]))
        elif after_salutation and _SIDEBAR_LABEL.match(line):
            skip_value = True
            stream.append((_BREAK, pages[i]))
        elif after_salutation and line in repeated:
            stream.append((_BREAK, pages[i]))
        else:
            stream.append((line, pages[i]))
        if i + 1 in block_ends:
            stream.append((_BLANK, pages[i]))
    notes, stream = _text_footnotes(stream)
    paras, edits = _reflow(stream)
    if notes:
        linked = [
            pdf_layout.Paragraph(
                p.text, p.page or 0, [], 0.0, False, 0.0, list(p.labels), last_page=p.last_page
            )
            for p in paras
        ]
        pdf_layout.link_footnotes(linked, notes)
        for para, result in zip(paras, linked, strict=True):
            para.text, para.labels = result.text, tuple(result.footnote_labels)
    return _TextLetter(paras, letterhead, ministry, notes, edits)


def _text_footnotes(
    stream: list[tuple[str, int | None]],
) -> tuple[list[pdf_layout.Footnote], list[tuple[str, int | None]]]:
    """Footnotes at the end of a page's text: a line ``N text`` for the next label N, cited in the
    text before it (``Schiphol1.``), and followed by page furniture (or the end) within a few
    lines. Their continuation lines run up to that furniture."""
    notes: list[pdf_layout.Footnote] = []
    kept: list[tuple[str, int | None]] = []
    expected = 1
    in_notes = False
    for index, (line, page) in enumerate(stream):
        if line == _BLANK:
            kept.append((line, page))
            continue
        if line == _BREAK:
            in_notes = False
            kept.append((line, page))
            continue
        match = _TEXT_NOTE.match(line)
        if match and int(match.group(1)) == expected:
            ahead = [text for text, _ in stream[index + 1 : index + 16]]
            ends_page = _BREAK in ahead or len(ahead) < 15
            text_only = [(t, p) for t, p in kept if t not in (_BREAK, _BLANK)]
            same_page = [t for t, p in text_only if p == page] if page else []
            before = " ".join(same_page or [t for t, _ in text_only[-80:]])
            cited = re.search(r"[^\s\d]" + match.group(1) + r"(?:[.,;:)!?'’\"]|\s|$)", before)
            if in_notes or (ends_page and cited):
                notes.append(pdf_layout.Footnote(match.group(1), match.group(2).strip(), page or 0))
                expected += 1
                in_notes = True
                continue
        if in_notes:
            notes[-1].text = pdf_layout.join_lines(notes[-1].text, line, [])
            continue
        kept.append((line, page))
    return notes, kept


_CONTINUES = re.compile(r"\b(?:de|het|een|en|of|van|voor|in|op|met|aan|bij|over|naar|tot|te|door)$")


def _text_heading(lines: list[tuple[str, int | None]], at: int, typical: float) -> int:
    """How many lines from ``at`` form a heading in plain text (0: none): a short line without
    closing punctuation, not a list item, before a line that starts a sentence; a numbered
    heading (``2. Controles door …``) may be long and wrap once after a function word."""
    line = lines[at][0]
    numbered = re.match(r"^\d+(?:\.\d+)*\.?\s+[A-Z]", line) is not None
    size = 1
    if numbered and _CONTINUES.search(line) and at + 1 < len(lines):
        nxt = lines[at + 1][0]
        if nxt != _BLANK and len(nxt) < 0.8 * typical and not re.search(r"[.,;:!?]$", nxt):
            size = 2
    text = " ".join(t for t, _ in lines[at : at + size])
    if _CONTINUES.search(text):  # a heading does not end in 'de' or 'van': the line wraps on
        return 0
    following = next((t for t, _ in lines[at + size :] if t != _BLANK), "")
    if (
        len(text) >= (120 if numbered else 0.8 * typical)
        or re.search(r"[.,;:!?]$", text)
        or not following[:1].isupper()
        or _LIST_NUMBER.match(following)
        or (not numbered and _LIST_NUMBER.match(line))
        or is_salutation(line)
        or _CLOSING.match(line)
        or _LABEL_RE.match(line)
        or is_role(line)
        or re.match(r"^(?:[a-z]+\.\s+)*[A-Z]\.", line)  # initials: a signatory's name
    ):
        return 0
    return size


def _reflow(stream: list[tuple[str, int | None]]) -> tuple[list[_Para], list[pdf_layout.Edit]]:
    """Lines -> paragraphs: a short line ending a sentence, a list marker, a label, the salutation
    or the closing ends a paragraph; words broken at line ends are joined."""
    salutation_seen = False
    lines: list[tuple[str, int | None]] = []
    for text, where in stream:
        if text == _BREAK:
            continue
        if text == _BLANK:
            # a blank line ends a header paragraph, and a body paragraph whose sentence ended
            # (page breaks also leave blank lines, in mid-sentence)
            last = lines[-1][0] if lines else ""
            ended = _SENTENCE_END.search(re.sub(r"(?<=[.!?])\d{1,3}$", "", last))
            if lines and last != _BLANK and (not salutation_seen or ended):
                lines.append((_BLANK, where))
            continue
        salutation_seen = salutation_seen or is_salutation(text)
        lines.append((text, where))
    lengths = sorted(len(text) for text, _ in lines if text != _BLANK)
    typical = lengths[int(len(lengths) * 0.75)] if lengths else 80
    paras: list[_Para] = []
    edits: list[pdf_layout.Edit] = []
    current: list[str] = []
    page: int | None = None
    last_page: int | None = None

    def flush() -> None:
        if current:
            text = ""
            for piece in current:
                text = pdf_layout.join_lines(text, piece, edits)
            paras.append(_Para(text, page, lines=tuple(current), last_page=last_page))
            current.clear()

    index = 0
    while index < len(lines):
        line, line_page = lines[index]
        index += 1
        if line == _BLANK:
            flush()
            continue
        if current and (
            _LIST_NUMBER.match(line)
            or _LABEL_RE.match(line)
            or is_salutation(line)
            or _CLOSING.match(line)
        ):
            flush()
        sentence_done = not current or _SENTENCE_END.search(current[-1])
        heading = _text_heading(lines, index - 1, typical) if sentence_done else 0
        if heading:
            flush()
            parts = [text for text, _ in lines[index - 1 : index - 1 + heading]]
            paras.append(_Para(" ".join(parts), line_page, lines=tuple(parts), heading=True))
            index += heading - 1
            continue
        if current and re.fullmatch(r"[.,;:!?)]+", line):
            current[-1] += line
            line = ""
        if line:
            if not current:
                page = line_page
            last_page = line_page
            current.append(line)
        last = current[-1] if current else ""
        if last and (
            is_salutation(last)
            or _CLOSING.match(last)
            or (
                _SENTENCE_END.search(re.sub(r"(?<=[.!?])\d{1,3}$", "", last))
                and len(last) < 0.8 * typical
            )
        ):
            flush()
    flush()
    return paras, edits


def _label_fields(lines: Iterable[str]) -> dict[str, str]:
    """``Datum 18 oktober 2023`` / ``Betreft …`` (with continuation lines) -> fields."""
    fields: dict[str, str] = {}
    current: str | None = None
    pending_label: str | None = None
    for line in lines:
        match = _LABEL_RE.match(line)
        if match and current == "subject" and line[:1].islower():
            match = None  # "… Landsadvocaat," / "kenmerk 2025-54": the subject runs on
        if match:
            key = _LABELS[match.group(1).lower()]
            value = (match.group(2) or "").strip()
            if value:
                fields.setdefault(key, value)
                current, pending_label = key, None
            else:  # label alone on its line (sidebar style): value on the next line
                pending_label, current = key, None
            continue
        if pending_label is not None:
            if not line.strip():
                continue
            fields.setdefault(pending_label, line.strip())
            current, pending_label = pending_label, None
            continue
        if current == "subject" and line.strip():
            fields["subject"] += " " + line.strip()
        elif current == "reference" and line.strip() and fields["reference"].rstrip()[-1:] in "/-":
            fields["reference"] += line.strip()
        else:
            current = None
    return fields


#: the return address over the address window: labelled, or the sender's postal address on one
#: line with commas ("Belastingdienst, Postbus 5105, 7600 GL ALMELO"; in German, Swiss and
#: Austrian letters the sender and its postcode and town: "Bundesministerium des Innern, 11014
#: Berlin"), as no address window prints its addressee
_RETURN = re.compile(
    r"^>?\s*Retouradres\b|^[^,]{3,60},\s*(?:Postbus|Antwoordnummer)\s+\d+,\s*\d{4}\s?[A-Z]{2}\b|"
    r"^[^,·|•]{3,80}(?:[,·|•]\s*[^,·|•]{3,40}){0,2}[,·|•]\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+"
    r"[A-ZÄÖÜ][\w.-]+(?:\s+[\w.-]+)?$",
    re.IGNORECASE,
)


def _ministry_above(paras: list[_Para]) -> str | None:
    """The ministry's name under the logo, above the return address (``Ministerie van
    Volksgezondheid,`` / ``Welzijn en Sport``), read over OCR noise between its lines and with
    the spaces an OCR layer drops after ``van``/``en`` put back."""
    for index, p in enumerate(paras):
        if not p.lines[0].lower().startswith("ministerie"):
            continue
        name = " ".join(p.lines)
        for other in paras[index + 1 :]:
            if not re.search(r"(?:,|\ben)$", name):
                break
            if len(other.text.strip()) <= 3:
                continue  # a speck of the logo read as text
            name = f"{name} {other.text.strip()}"
        name = re.sub(r"\b(van|voor|en)(?=[A-Z])", r"\1 ", " ".join(name.split()))
        return name.rstrip(",")
    return None


def _ministry(sidebar: list[Line]) -> str | None:
    first_page = [line for line in sidebar if line.page == 1]
    names: list[str] = []
    for line in first_page:
        if not line.bold:
            break
        names.append(line.text)
    text = " ".join(names).strip()
    return text if text.lower().startswith("ministerie") else None


def build(raw: RawDocument) -> Document:
    doc = Document(
        raw=raw, kind=DocumentKind.parliamentary_letter, metadata=ParliamentaryLetterMetadata()
    )
    meta = doc.metadata
    assert isinstance(meta, ParliamentaryLetterMetadata)
    sidebar: list[Line] = []
    notes: list[pdf_layout.Footnote] = []
    letterhead: list[str] = []
    stated_ministry: str | None = None
    symbol: str | None = None
    if raw.lines:
        paras, sidebar, notes, symbol = _from_pdf(raw, doc)
    else:
        text_letter = _from_text(raw)
        paras, notes = text_letter.paras, text_letter.notes
        letterhead, stated_ministry = text_letter.letterhead, text_letter.ministry
        for edit in text_letter.edits:
            log_edit(doc, edit.rule, None, edit.before, edit.after)
    # header: everything before the salutation
    # (a salutation is one line or ends in its comma: "Mesdames et Messieurs" / "les Membres du
    # Conseil Municipal" over two lines is the addressee)
    start = next(
        (
            i
            for i, p in enumerate(paras)
            if is_salutation(p.text) and (len(p.lines) <= 1 or p.text.rstrip().endswith((",", ":")))
        ),
        None,
    )
    if start is None:
        # a letter without a salutation (signed by a body, a cover letter opening "Hierbij bied
        # ik uw Kamer … aan"): its header ends with the subject, wherever in its paragraph
        # ("Datum 8 april 2026" / "Betreft …")
        subject_at = next(
            (
                i
                for i, p in enumerate(paras[:40])
                if any(_SUBJECT_LABEL.match(line) for line in (p.lines or [p.text]))
            ),
            None,
        )
        start = subject_at + 1 if subject_at is not None else None
    # (the paragraph of the letter's date, where a head with no salutation and no subject
    # label ends is looked for under it)
    dated_at = next(
        (i for i, p in enumerate(paras[:12]) if any(_dated_line(ln) for ln in p.lines)), None
    )
    if dated_at is None and any(_dated_line(line.text) for line in sidebar):
        # (the date set in the column to the right, "Date: 7 July 2023" beside "Your ref.:",
        # "6. März 2025" under the sender's address: the subject is looked for under the
        # address, the first paragraph in the text's type that is neither the return address
        # nor how the letter is sent)
        dated_at = next(
            (
                i
                for i, p in enumerate(paras[:8])
                if not (p.bold or p.display or p.centred)
                and not _RETURN.match(p.lines[0])
                and not _HANDLING.match(p.lines[0].strip())
            ),
            None,
        )
    if start is None:
        # ... or with a subject in bold and no label, under the date and the addressees (a
        # ministry's circular letter): the head ends with it
        bold_at = next(
            (
                i
                for i, p in enumerate(paras[:15])
                if dated_at is not None
                and i > dated_at
                and p.bold
                # (under the date, before the running text: a name in bold after the text is
                # its signer's)
                and not any(_running_para(q) for q in paras[dated_at + 1 : i])
                and len(p.lines) <= 2
                and len(p.text) <= 200
                and not _SENTENCE_END.search(p.text)
                and not is_label(p.text)
                and not _FORM_LABEL.match(p.text)
            ),
            None,
        )
        start = bold_at + 1 if bold_at is not None else None
    if start is None and raw.lines:
        # ... or with no mark at all: the head ends where the running text starts (the first
        # paragraph of full sentences under the date)
        start = next(
            (
                i
                for i, p in enumerate(paras[:15])
                if dated_at is not None and i > dated_at and _running_para(p)
            ),
            None,
        )
    header = paras[:start] if start is not None else []
    body = paras[start:] if start is not None else paras
    header_lines = [line for p in header for line in (*p.lines, "")]  # "": paragraph ends
    labelled_addressee: str | None = None
    fields = _label_fields([line.text for line in sidebar] + letterhead + header_lines)
    if raw.lines:
        # labels in a row with their values below them (provinces, municipalities, bodies):
        # read by geometry; the text reading keeps what geometry does not find
        geometric = head_fields(raw)[0]
        fields = {**fields, **{k: v for k, v in geometric.items() if k in _FIELDS_BY_GEOMETRY}}
        # an addressee given by a label ("To: Leaders of all two-tier councils and …")
        # (not "To All Parties:", a salutation)
        labelled_addressee = geometric.get("addressee")
        if labelled_addressee and labelled_addressee.rstrip().endswith((":", ",")):
            labelled_addressee = None
    addressee: list[str] = []
    addressed_at = -1
    # the address window starts right after the return address where one is printed: what
    # stands above it is the sender's logo and name
    back = next((i for i, p in enumerate(header) if _RETURN.match(p.lines[0])), None)
    # else, in English and American letters, it follows the date standing alone under the
    # letterhead ("August 17, 2016" / "Andrew Fan")
    # (or a court clerk's letter dated by its filing: "Filed: September 20, 2017")
    dated = next(
        (
            i
            for i, p in enumerate(header)
            if len(p.lines) == 1
            and (
                ("date" not in fields and _date_alone(p.lines[0]))
                or bool((m := _FILED.match(p.lines[0])) and _date_alone(m.group("date")))
            )
        ),
        None,
    )
    # ... or the letter's own codes, printed without a label over the address ("RBI/2018-19/118"
    # / "FIDD.CO.FSD.BC.No.13/05.05.010/2018-19", the date set to the right)
    coded = next(
        (
            i
            for i, p in enumerate(header)
            if p.lines
            and all(_CODES_LINE.match(line.strip()) and not _date_alone(line) for line in p.lines)
        ),
        None,
    )
    # ... or a paragraph addressing its readers in the dative, whatever stands above it (the
    # sender's block top left, the address window to the right: "Aux communes vaudoises",
    # "A l'attention des communes")
    dative = next(
        (i for i, p in enumerate(header) if p.lines and _DATIVE.match(p.lines[0].strip())), None
    )
    # (set far right, where the layout reads it with the letterhead column: "Agli studenti e
    # ai genitori" under the place and date)
    dative_aside = next(
        (
            line.text.strip()
            for line in sidebar
            if line.page == 1 and _DATIVE.match(line.text.strip()) and len(line.text) <= 120
        ),
        None,
    )
    window = header
    if back is None and dative is not None:
        addressee = [header[dative].lines[0].strip()]
        addressed_at = dative
        window = []
    elif back is None and dative_aside is not None:
        addressee = [dative_aside]
        window = []
    elif back is not None:
        window = header[back + 1 :]
    elif dated is not None and dated + 1 < len(header):
        window = header[dated + 1 :]
    elif dated is not None and dated > 0 and dated + 1 == len(header) and header[0].bold:
        # the date alone closes a head that opens with the sender's name in display type (an
        # address is set in the text's type): nothing above the date is the address, which
        # a diplomatic letter prints at the foot of its first page
        window = []
    elif coded is not None and coded + 1 < len(header):
        window = header[coded + 1 :]
    else:
        window = window[_address_opens(window) :]
    cut = _letterhead_ends(window)
    if cut:
        under = _after_letterhead(window[cut - 1])
        window = ([under] if under is not None else []) + window[cut:]
    value_next = False  # the paragraph after a label alone holds its value
    addressed_at = addressed_at if addressee else -1  # the paragraph the addressee was read from
    # (the sender's address in the page's foot, first in the text layer's order, is the
    # letterhead's: "Locked Bag 4, Bentley Delivery Centre WA 6983")
    foot_band = 0.12 * (raw.page_sizes or [(595.0, 842.0)])[0][1]
    window = [p for p in window if not (p.positions and p.positions[0][1] < foot_band)]
    postal = [i for i, p in enumerate(window[:4]) if _postal_block(p)]
    if (
        len(postal) >= 2
        and postal[1] == postal[0] + 1
        and back is None
        and dated is None
        and dative is None
        and coded is None
    ):
        # two addresses, one over the other, at the top of a page that dates the letter
        # elsewhere: the sender's over the addressee's (an American letter: "Internal
        # Revenue Service / P.O. Box 2508 / Cincinnati, OH 45201" over "SPARKCREATIVES INC /
        # 6120 CALADESI CT / JACKSONVILLE, FL 32258"); under a date, addressees one under
        # the other, the first the addressee
        window = window[postal[0] + 1 :]
    beside = _address_beside_sender(window, (raw.page_sizes or [(595.0, 842.0)])[0][0])
    if beside is not None:
        window = [beside]
    for p in window:
        if _RULE_LINE.match(p.text):
            continue  # a rule under the letterhead ("______")
        addressed_at = header.index(p) if p in header else addressed_at
        while len(p.lines) > 1 and _HANDLING.match(p.lines[0].strip()):
            # how it is sent is not whom it is addressed to
            p = replace(p, lines=p.lines[1:], positions=p.positions[1:])
        if _HANDLING.match(p.lines[0].strip()):
            continue  # ("VIA E-MAIL" on a line of its own over the address)
        while len(p.lines) > 1 and _dateline_para(p) and not _labelled_para(p):
            # the place and date set over the address in one block ("Warsaw, 6 March 2023" /
            # "Mr/Ms Ida Flik" / "Email: …"): the address under it
            p = replace(p, lines=p.lines[1:], positions=p.positions[1:])
        if len(p.lines) == 1 and re.match(r"^\[[^\]]{2,40}\]$", p.lines[0].strip()):
            continue  # an editor's note in brackets ("[Translation]"), addressing no one
        if _FORM_LABEL.match(p.lines[0]):
            # a form's field ("Keyword:", "Date Received: 01-May-18"), no address; a label
            # alone has its value beside it, the next paragraph
            value_next = len(p.lines) == 1 and p.lines[0].rstrip().endswith(":")
            continue
        labelled = _labelled_para(p)
        dateline = _dateline_para(p)
        if labelled or p.lines[0].startswith(">") or value_next or dateline:
            # a labelled field ("Nos réf." / "XP/CG n° 16") is not the addressee
            value_next = bool(labelled) and len(p.lines) == 1 and ":" not in p.lines[0][:-1]
            continue
        if len(p.lines) > 1 and any(_WEBSITE.match(line.strip()) for line in p.lines):
            continue  # the sender's block: an address with the sender's website under it
        if all(_CODES_LINE.match(line.strip()) or _ISSUE_NUMBER.search(line) for line in p.lines):
            continue  # the letter's own numbers ("RBI/2026-27/78" / "A.P. (DIR Series) Circular No. 09")
        if p.display or p.centred:
            # the sender's name in display type ("Minister for Agriculture and Food"), or set
            # centred over the page as no address is ("ROYAL NORWEGIAN / MINISTRY OF FOREIGN
            # AFFAIRS")
            continue
        if p.small and any(
            not (q.small or _labelled_para(q) or _dateline_para(q))
            for q in window[window.index(p) + 1 :]
        ):
            # the letterhead in small print ("DIRECTOR OF NATIONAL INTELLIGENCE" / "WASHINGTON,
            # DC 20511"), the address in the text's type under it
            continue
        for line in p.lines:
            if addressee and re.match(r"^(?:der|des|van|de|du)\s", line.strip()):
                addressee.append(line)  # the name runs on ("Oberste Finanzbehörden" / "der Länder")
                continue
            if (
                _POSTAL.match(line)
                or _LABEL_RE.match(line)
                or _ATTENTION.match(line)
                or _contact_line(line)
            ):
                break  # the address, a label, or "t.a.v." (the person within the addressee)
            if addressee and (
                (line.startswith("[") and line.rstrip().endswith("]")) or _HONORIFIC.match(line)
            ):
                # a line withheld ("[VERTROUWELIJK]") or a person addressed by title under the
                # office ("Staatssecretaris van Financiën" / "De heer drs. M. Snel"): the person
                # within the addressee
                break
            if addressee and _PERSON.match(addressee[-1]) and _PERSON.match(line):
                break  # several people addressed, one under the other: the first
            if addressee and _HONORIFIC.match(addressee[0]):
                break  # a person addressed by title: the office or firm under the name is not
            if addressee and _named_in_office(addressee[0]):
                break  # ... or by name and office on one line ("Clyde Terry, Chairperson")
            if addressee and _person_addressed(addressee[0]):
                break  # ... or by name alone ("Sharon White" / "Ofcom")
            addressee.append(line)
        if addressee:
            break
    listed = [line for line in addressee if not line.strip().startswith("(")]
    if len(listed) >= 2 and all(_GROUP.match(line.strip()) for line in listed):
        # groups addressed one under the other ("Secretaries to Ministries" / "Chief
        # Secretaries of Provinces" / "Heads of Departments"): the first
        addressee = listed[:1]
    meta.addressee = labelled_addressee or " ".join(addressee) or None
    if labelled_addressee:
        addressed_at = next(
            (i for i, p in enumerate(header) if labelled_addressee in " ".join(p.text.split())),
            addressed_at,
        )
    if "subject" in fields:
        meta.subject = re.sub(r"\s+", " ", fields["subject"]).strip()
        doc.title = meta.subject
    # a dash under a label ("Ons kenmerk -") states that there is none
    if "reference" in fields and fields["reference"].strip(" -–"):
        # (a code wrapped after its slash, "IENW/BSK-2023/" | "297705", is one code; a slash
        # printed with a space on each side, "DGA-SKI / 21165506", stays as printed)
        reference = re.sub(r"(?<=\S)/\s+(?=\S)|(?<=\S)\s+/(?=\S)", "/", fields["reference"])
        reference = reference.strip()
        meta.reference = reference if plausible_reference(reference) else None
    if meta.reference is None and coded is not None:
        # (the code nearest the address: a department's file number under a series number)
        meta.reference = header[coded].lines[-1].split()[-1]
    if meta.reference is None:
        # ... or the number of a numbered letter, on a line of its own in the head, typed into
        # the form's blank ("CIRCULAR ORD. Nº ____0177________/", "OFICIO N° 311-371/")
        numbered = next(
            (m for line in header_lines[:20] if (m := _NUMBERED_LETTER.match(line.strip()))), None
        )
        meta.reference = numbered.group("code") if numbered else None
    if meta.reference is None and meta.subject:
        # ... or named in the subject ("Re: Request for Information - Reference Number:
        # ASC/AWZC3P")
        named = _REFERENCE_NAMED.search(meta.subject)
        meta.reference = (
            named.group("code")
            if named
            else meta.subject.strip()
            if _CODE_SUBJECT.fullmatch(meta.subject.strip())
            else None
        )
    meta.reference = meta.reference or symbol  # else the number in the running footer
    if "your_reference" in fields and fields["your_reference"].strip(" -–"):
        meta.your_reference = fields["your_reference"].strip()
    if "attachments" in fields:
        number = re.match(r"\d+", fields["attachments"])
        none = _NO_ATTACHMENTS.match(fields["attachments"].strip())
        meta.attachments = int(number.group(0)) if number else 0 if none else None
    if "date" in fields:
        found = parse_date(fields["date"])
        if found is not None:
            doc.date, doc.date_precision = found.iso, found.precision
    if doc.date is None:  # letters dated as "Den Haag, 18 oktober 2023" instead of a Datum field
        # (in the header, or set to the right where the layout takes it for the sidebar)
        for line in header_lines + [line.text for line in sidebar]:
            place_date = _PLACE_DATE.match(line)
            found = parse_date(line) if place_date else None
            if place_date and found is not None:
                doc.date, doc.date_precision = found.iso, found.precision
                meta.place = place_date.group(1).strip()
                break
    if doc.date is None:  # "August 17, 2016" alone under the letterhead or in its column
        alone = [header[dated].lines[0]] if dated is not None else []
        alone += [line.text for line in sidebar if _date_alone(line.text)]
        # (or a line of a letterhead paragraph: "August 3, 2017" centred under the address)
        alone += [line for line in header_lines if _date_alone(line)]
        found = parse_date(alone[0]) if alone else None
        if found is not None:
            doc.date, doc.date_precision = found.iso, found.precision
    # a subject set in bold above the salutation, without a label (German letters after DIN
    # 5008: the Betreff in bold under the address, its details in regular type under it)
    if meta.subject is None and header:
        bold = [
            p
            for p in header[1:]
            if p.bold
            and len(p.lines) <= 3
            and len(p.text) <= 150
            and not _SENTENCE_END.search(p.text)
            and not _LABEL_RE.match(p.text)
            and not is_label(p.text)
            # (labels of a letterhead's column set in bold, their values beside them: "Date" /
            # "Your Ref", "Contact")
            and not any(is_label(line) or is_contact_label(line) for line in p.lines or [p.text])
            # (nor the sender's contact block in bold: "Secteur frontaliers" / an e-mail)
            and not any(_contact_line(line) for line in p.lines)
            and not _date_alone(p.text)
            and not _FORM_LABEL.match(p.text)  # (a form's field: "You Requested: …")
        ]
        # (under the address: a bold line over it is the sender's masthead; of several under
        # it, the first is the subject and the rest the text's headings: "Tillsyn av …" over
        # "Datainspektionens beslut")
        displayed = [
            p
            for p in bold
            if meta.addressee is not None
            and header.index(p) > addressed_at
            and p.display
            and not _dateline_para(p)
        ]
        chosen = displayed[0] if displayed else bold[-1] if bold else None
        at = header.index(bold[-1]) if bold else -1
        if (
            chosen is not None
            and at >= len(header) - 3
            and (meta.addressee is None or at > addressed_at)
        ):
            meta.subject = " ".join(chosen.text.split())
            doc.title = meta.subject
    # a subject set in bold under the salutation, without a label (British regulators' "Dear
    # CEO" letters)
    # (in one paragraph or two: "ACTION REQUIRED:" / "FCA EXPECTATIONS FOR …")
    if meta.subject is None and start is not None and body and is_salutation(body[0].text):
        run = 0
        while (
            1 + run < len(body)
            and run < 2
            and (body[1 + run].bold or _capitals(body[1 + run].text))
            and len(body[1 + run].text) <= 150
        ):
            run += 1
            if not body[run].text.rstrip().endswith(":"):
                break
        subject = " ".join(" ".join(p.text for p in body[1 : 1 + run]).split())
        if label_field(subject) == "subject" and ":" in subject:
            subject = subject.split(":", 1)[1].strip()  # ("Subject: Technical Clarifications …")
        if run and len(subject) <= 160 and not _SENTENCE_END.search(subject):
            meta.subject = subject
            doc.title = meta.subject
            body = [body[0], *body[1 + run :]]
    if meta.addressee is None and start is not None and raw.page_sizes:
        # no address in the head: a diplomatic letter prints it at the foot of its first page
        foot = _foot_address(body, raw.page_sizes[0][1])
        if foot is not None:
            meta.addressee = _addressee_lines(body[foot])
            body = body[:foot] + body[foot + 1 :]
    # closing and signatures (a closing run on with the signing body in one paragraph,
    # "Hoogachtend," / "Burgemeester en Wethouders van Amsterdam,", stands apart)
    body = [q for p in body for q in _closing_apart(p)]
    closing_at = next((i for i, p in enumerate(body) if _CLOSING.match(p.text)), None)
    after: list[_Para] = []
    if closing_at is not None:
        body = _roles_rejoined(_split_signature(body, closing_at), closing_at)
        # the signature is the run of signature-like paragraphs under the closing; what follows
        # (a postscript, the list of attachments, an attached report) is the letter's text
        rest = body[closing_at + 1 :]
        taken = _signature_run(rest, body[closing_at].page)
        signature_paras, after = rest[:taken], rest[taken:]
        body = body[: closing_at + 1]
    else:
        # a signing body (``Gedeputeerde Staten van Overijssel,``) or formula instead of a
        # closing: the last signature block found; else role and name lines at the very end
        spans = signature_spans([_placed(p) for p in body])
        if spans:
            first, end, _ = spans[-1]
            # (what follows the signature, a list of copies, stays after it)
            signature_paras, after = body[first - 1 : end], body[end:]
            body = body[: first - 1]
        else:
            signature_paras = _trailing_signature(body)
            body = body[: len(body) - len(signature_paras)]
    signature_lines = _signature_lines(signature_paras)
    if doc.date is None:
        # nothing dated in the head: a date alone under the signature dates the letter (an
        # Australian minister's office dates under the office: "Ashley Buck" / "Chief of Staff
        # …" / "19 June 2025")
        dated_under = [*signature_lines, *(line for p in after[:1] for line in p.lines)]
        found = next((parse_date(line) for line in dated_under if _date_alone(line)), None)
        if found is None and body:
            # a note verbale dates at its foot, place and date under the closing formula
            # ("… the assurance of his highest consideration." / "GENEVA, 27 September 2023")
            last_lines = [*body[-1].lines[-2:], *signature_lines[:2]]
            found = next((parse_date(line) for line in last_lines if _PLACE_DATE.match(line)), None)
        if found is not None:
            doc.date, doc.date_precision = found.iso, found.precision
    signers = _signature_lines([q for p in signature_paras if (q := _unstamped(p)) is not None])
    meta.signatories = _roles_from_letterhead(raw.lines, parse_signatories(signers))
    aside = _stacked_aside(signature_paras, sidebar) if not _complete(meta.signatories) else []
    if aside:
        # the signature's other lines set further right, read with the letterhead column
        # ("Dr. Péterfalvi Attila" over "elnök"): the block with them signs
        placed = [
            (y, text)
            for p in signature_paras
            for (_, y), text in zip(p.positions, p.lines, strict=False)
        ] + [(line.y0, line.text.strip()) for line in aside]
        stacked = parse_signatories([text for _, text in sorted(placed, key=lambda t: -t[0])])
        if _complete(stacked):
            meta.signatories = stacked
        else:
            aside = []
    # signed electronically, the name and the day on one line with the mark ("Charlotte
    # Waller Dahlberg, 2020-06-22 (Det här är en elektronisk signatur)"): where nothing else
    # signs, that line among the last paragraphs is the signature
    e_signed = (
        None
        if meta.signatories
        else next(
            (
                (i, match)
                for i in range(len(body) - 1, max(len(body) - 9, -1), -1)
                if len(body[i].lines) == 1
                and (match := _E_SIGNED.match(body[i].lines[0].strip())) is not None
            ),
            None,
        )
    )
    if e_signed is not None:
        signed_at, match = e_signed
        meta.signatories = [Signatory(name=match.group("name"))]
        signature_lines, signature_paras = [match.group(0)], [body[signed_at]]
        body, after = body[:signed_at], [*body[signed_at + 1 :], *after]
    side_signed, signed_under = (
        _signed_in_column(sidebar, body) if not meta.signatories else ([], -1)
    )
    if side_signed:
        # a signature set far right under the text, read with the letterhead column
        meta.signatories = parse_signatories([side.text for side in side_signed])
        signature_lines = [side.text for side in side_signed] if meta.signatories else []
        signature_paras = [_Para(text=" ".join(signature_lines), page=side_signed[0].page)]
        if meta.signatories:
            # (what follows the text it signs, an annex on the next pages, follows it)
            body, after = body[: signed_under + 1], [*body[signed_under + 1 :], *after]
    used = {id(side) for side in side_signed} if meta.signatories else set()
    used |= {id(side) for side in aside}
    for side in sidebar:
        if id(side) not in used:
            # the letterhead column read into fields: logged, as furniture is, never lost
            log_edit(doc, "letterhead_column", None, side.text, "")
    meta.ministry = (
        stated_ministry
        or _ministry(sidebar)
        or _ministry_above(header[:back] if back is not None else [])
        or ministry_from_role(meta.signatories[0].role if meta.signatories else None)
        # (the minister an official signs for: "De Minister van …, namens deze,")
        or next(
            (
                ministry
                for line in signature_lines
                if (ministry := ministry_from_role(normalise_role(_FOR_DEZE.sub("", line))))
            ),
            None,
        )
    )
    label_to_id: dict[str, str] = {}
    for note in notes:
        label_to_id.setdefault(
            note.label, doc.add_footnote(note.label, note.text, page=note.page).id
        )
    for p in body:
        _add_block(doc, p, label_to_id)
    if signature_lines:
        doc.add_block(BlockType.signature, "\n".join(signature_lines), page=signature_paras[0].page)
    for p in after:
        _add_block(doc, p, label_to_id)
    link_citations(doc)
    find_references(doc)
    return doc


def _placed(p: _Para) -> list[Placed]:
    return [
        Placed(text, p.page or 0, *(p.positions[i] if i < len(p.positions) else (0.0, 0.0)))
        for i, text in enumerate(p.lines)
    ]


def _complete(signatories: list[Signatory]) -> bool:
    """Whether someone signs with both name and office."""
    return any(s.name and s.role for s in signatories)


def _stacked_aside(paras: list[_Para], sidebar: list[Line]) -> list[Line]:
    """The letterhead column's lines stacked right over or under a signature's lines on its
    page (each within two lines' height of the block as it grows): the name or the office the
    layout took for the column because it is set further right."""
    if not paras or not sidebar or paras[-1].page is None:
        return []
    page = paras[-1].page
    heights = [y for p in paras if p.page == page for _, y in p.positions]
    if not heights:
        return []
    top, bottom = max(heights), min(heights)
    taken: list[Line] = []
    candidates = [line for line in sidebar if line.page == page and line.text.strip()]
    grown = True
    while grown:
        grown = False
        for line in candidates:
            reach = 2.2 * max(line.size, 1.0)
            if line not in taken and bottom - reach <= line.y0 <= top + reach:
                taken.append(line)
                top, bottom = max(top, line.y0), min(bottom, line.y0)
                grown = True
    return taken


def _signed_in_column(sidebar: list[Line], body: list[_Para]) -> tuple[list[Line], int]:
    """The lines of a signature set far right under the letter's text, where the layout takes
    them for the letterhead column ("Sgd/ S. Alokabandara" / "Secretary" / the ministry): on the
    last text's page, under its last line, a signed mark or a name with an office. With them,
    the index in ``body`` of the paragraph they sign under (``([], -1)`` when there are none)."""
    # (under the last paragraph that ends a sentence: the sender's contact lines may follow)
    last_on_page: dict[int, tuple[int, _Para]] = {
        p.page: (at, p)
        for at, p in enumerate(body)
        if p.page is not None and p.positions and _SENTENCE_END.search(p.text)
    }
    if not last_on_page or not sidebar:
        return [], -1
    # (the last page of text first; a circular signs on its first page over the annex that
    # follows it, "Yours Sincerely," / "(N Senthil Kumar)" / "Chief General Manager")
    for page in sorted(last_on_page, reverse=True):
        at, last = last_on_page[page]
        under = [
            line for line in sidebar if line.page == page and line.y0 < last.positions[-1][1] - 1
        ]
        texts = [line.text.strip() for line in under]
        if texts and signature_block_like(texts[:3]) and any(is_role(t) for t in texts):
            return under, at
    return [], -1


def _signature_lines(paras: list[_Para]) -> list[str]:
    """Signature lines in reading order, side-by-side signatures column by column."""
    return column_order([line for p in paras for line in _placed(p)])


def _roles_from_letterhead(lines: list[Line], signatories: list[Signatory]) -> list[Signatory]:
    """A signatory signing with the name alone takes the office the letterhead prints with that
    name (``Lid Gedeputeerde Staten`` over ``F. (Floor) Vermeulen`` in a province's sender
    column)."""
    first = [line for line in lines if line.page == 1]
    found: list[Signatory] = []
    for signatory in signatories:
        role = signatory.role
        for index, line in enumerate(first if role is None else []):
            if " ".join(line.text.split()) != signatory.name:
                continue
            beside = [first[i] for i in (index - 1, index + 1) if 0 <= i < len(first)]
            office = next(
                (
                    other
                    for other in beside
                    if is_role(other.text)
                    and abs(other.x0 - line.x0) < 5
                    and abs(other.y0 - line.y0) < 3 * max(line.size, other.size)
                ),
                None,
            )
            if office is not None:
                role = normalise_role(office.text)
                break
        found.append(Signatory(role=role, name=signatory.name))
    return found


#: the stamp a digital signature draws beside the signer's name ("Digitally signed by Abel
#: Guillen / Date: 2024.05.03 08:19:06 -07'00'"): part of the signature, no signatory
_DIGITAL_STAMP = re.compile(
    r"^(?:Digitally signed by|Digital signiert von|Digital unterschrieben von|"
    r"Sign[ée] (?:num[ée]riquement|[ée]lectroniquement) par|Digitaal ondertekend door)\b",
    re.IGNORECASE,
)


def _stamped(p: _Para) -> bool:
    """Whether ``p`` is the stamp of a digital signature."""
    return bool(_DIGITAL_STAMP.match(p.text.strip()))


def _unstamped(p: _Para) -> _Para | None:
    """``p`` without the lines of a digital signature's stamp ("Digitally signed by Abel
    Guillen" beside the typed name in one paragraph); ``None`` when nothing else is left."""
    keep = [i for i, line in enumerate(p.lines) if not _DIGITAL_STAMP.match(line.strip())]
    if not p.lines or len(keep) == len(p.lines):
        return None if _stamped(p) else p
    if not keep:
        return None
    lines = tuple(p.lines[i] for i in keep)
    positions = tuple(p.positions[i] for i in keep) if len(p.positions) == len(p.lines) else ()
    return replace(p, lines=lines, positions=positions, text=" ".join(lines))


#: "namens deze" after the office an official signs for
_FOR_DEZE = re.compile(r",?\s*(?:namens|voor)\s+deze\s*,?\s*$", re.IGNORECASE)
#: the label of a letter's distribution list, alone on its line under the signature
_COPIES_LABEL = re.compile(
    r"^(?:Distribuci[oó]n|Distribution|Distribuição|Distribuzione|Verteiler|Verzendlijst|"
    r"Copias?(?: a)?|Cop(?:y|ies) to|Kopie(?:ën)? aan|Copies? à|cc|c\.c\.)\s*:?$",
    re.IGNORECASE,
)


def _running_para(p: _Para) -> bool:
    """A paragraph of the letter's running text: full sentences, more than 150 characters."""
    return len(p.text) > 150 and bool(_SENTENCE_END.search(p.text))


def _signature_run(paras: list[_Para], page: int | None) -> int:
    """How many of ``paras`` (those under the closing) form the signature: signature-like
    lines only, on the closing's page or the next, twelve lines at most."""
    lines = 0
    for count, p in enumerate(paras):
        if (count and p.lines and _COPIES_LABEL.match(p.lines[0].strip())) or (
            count >= 2 and p.small and not any(q.small for q in paras[:count])
        ):
            # the list of whom copies go to ("DISTRIBUCION:", "cc:") or small print under a
            # name and its office (a series' index: "CIRCULARES VIGENTES DE ESTA SERIE") signs
            # no one (an office set small under the name is the name's)
            return count
        # on the closing's page, or the next one when the page broke right after the closing
        on_page = (
            page is None or p.page is None or p.page == page or (p.page == page + 1 and not count)
        )
        lines += len(p.lines) or 1
        if on_page and count and _signer_below(paras[:count], p):
            continue
        if on_page and _stamped(p):
            continue
        following = paras[count + 1] if count + 1 < len(paras) else None
        if (
            on_page
            and len(p.lines) == 1
            and following is not None
            and following.lines
            and drawn_name(p.lines[0], following.lines[0])
        ):
            continue  # a drawn signature over the typed name ("CKuzimski" / "Clare Kuzimski")
        # (a role wrapped over lines, "De minister voor … en" / "Ontwikkelingssamenwerking,")
        merged = merge_wrapped_roles(
            column_order([ln for q in paras[: count + 1] if not _stamped(q) for ln in _placed(q)])
        )
        texts = [t for t in merged if not t.startswith("[")]
        if (
            not on_page
            or lines > 16
            or not (
                bracketed_note(p.text)
                or signature_block_like(texts)
                # (a name in capitals straight under the closing: "HARRY BURNS")
                or (texts and _capitals_name(texts[0]) and signature_block_like(texts[1:]))
            )
        ):
            return count
    return len(paras)


def _foot_address(body: list[_Para], height: float) -> int | None:
    """The paragraph of ``body`` that is the address printed at the foot of the letter's first
    page (the United Nations' and foreign ministries' letters: "All Permanent Representatives
    and / Permanent Observers … / New York" under the last paragraph of page 1): the page's
    last paragraph, in its lower third, of two to six short lines none of which ends a
    sentence, under a paragraph that ends one, with the letter's text going on overleaf."""
    if not body or body[0].page is None:
        return None
    page = body[0].page
    on_page = [i for i, p in enumerate(body) if p.page == page]
    if len(on_page) < 2:
        return None
    at = on_page[-1]
    p = body[at]
    if (
        at + 1 >= len(body)
        or not 2 <= len(p.lines) <= 6
        or len(p.positions) != len(p.lines)
        or p.positions[0][1] > height / 3
        or any(len(line) > 60 or _SENTENCE_END.search(line.rstrip()) for line in p.lines)
        or not _SENTENCE_END.search(body[at - 1].text.rstrip())
        or not p.lines[0][:1].isupper()
    ):
        return None
    return at


def _addressee_lines(p: _Para) -> str:
    """The addressee of an address paragraph: its first line, with the lines set in under it
    that continue it (a hanging indent: "All Permanent Representatives and" / "Permanent
    Observers of Member States" / "to the United Nations"), not the place under them."""
    lines = [p.lines[0]]
    left = p.positions[0][0] if p.positions else 0.0
    for line, (x0, _) in zip(p.lines[1:], p.positions[1:], strict=False):
        if x0 < left + 2:
            break
        lines.append(line)
    return " ".join(" ".join(lines).split())


def _address_opens(header: list[_Para]) -> int:
    """Where the address block starts in a header with no return address: at the paragraph
    that opens by addressing someone (``De heer J. Jansen``, ``Aan de gemeenteraad``, ``Herrn
    …``) right above the first postal line, when the sender's name stands before it (a text
    or office document holds each line of the head as a paragraph of its own); else 0."""
    postal = next(
        (i for i, p in enumerate(header) if any(_POSTAL.match(line) for line in p.lines)), None
    )
    if postal is None:
        return 0
    for index in range(postal, max(postal - 4, 0), -1):
        lines = header[index].lines
        if lines and _ADDRESSED.match(lines[0]) and not _POSTAL.match(lines[0]):
            return index
    return 0


#: a name signed electronically, with the day and the mark that says so
_E_SIGNED = re.compile(
    r"^(?P<name>[A-ZÀ-ÝÅÄÖ][\w'’.-]+(?:\s+(?:[A-ZÀ-ÝÅÄÖ][\w'’.-]+|von|van|de)){1,4}),?\s+"
    r"\d{4}-\d{2}-\d{2}\s*\((?:Det här är en elektronisk signatur|elektronisk signatur|"
    r"electronic signature|signed electronically|sähköinen allekirjoitus|"
    r"elektronisch (?:ondertekend|signiert))\)\.?$",
    re.IGNORECASE,
)


#: who handles the file, in the sender's block: "Dossier suivi par :", "Affaire suivie par",
#: "Interlocuteur", "Pratica trattata da"
_HANDLED_BY = re.compile(
    r"^(?:(?:dossier|affaire)\s+suivie?\s+par|interlocut(?:eur|rice)|pratica\s+trattata|"
    r"referente|tramitado\s+por|contact(?:persoon)?\s*:)",
    re.IGNORECASE,
)


def _address_beside_sender(window: list[_Para], width: float) -> _Para | None:
    """The address set in the page's right half beside the sender's block, as French, Belgian,
    Swiss and Italian letters set it ("Délégation patrimoine et achats" / "Dossier suivi par :
    …" / "Tél : …" / "Réf : …" on the left, "Entreprise NEEVA" level with them on the right):
    the first paragraph of the right half whose lines stand level with a paragraph of the
    left column holding the sender's contact lines; ``None`` where there is none."""
    placed = [p for p in window if p.positions and p.page == 1]
    sender = [
        p
        for p in placed
        if p.positions[0][0] < width * 0.3
        and any(_contact_line(line) or _HANDLED_BY.match(line) for line in p.lines)
    ]
    for p in placed:
        if p.positions[0][0] < width * 0.4 or _labelled_para(p) or _dateline_para(p):
            continue
        top, bottom = max(y for _, y in p.positions), min(y for _, y in p.positions)
        if any(
            min(y for _, y in q.positions) - 12 <= top
            and bottom <= max(y for _, y in q.positions) + 12
            for q in sender
        ):
            return p
    return None


def _contact_line(text: str) -> bool:
    """An e-mail address or a phone, fax or e-mail line: how to reach someone, not their name,
    office or address."""
    return "@" in text or bool(_CONTACT_LINE.match(text) or _PHONE_ALONE.match(text.strip()))


def _labelled_para(p: _Para) -> bool:
    """Whether ``p`` opens with a labelled field of the head, never its address: a label
    (the details under a German subject, "hier: Ergebnis …", are the subject's), or the
    letter's own series and number ("Public Administration Circular Letter : 01/2025")."""
    first = p.lines[0] if p.lines else ""
    return bool(
        _LABEL_RE.match(first)
        or is_label(first)
        or _CONTACT_FIELD.match(first)
        or subject_details(first)
        or _ISSUANCE.search(first.strip())
    )


def _dateline_para(p: _Para) -> bool:
    """Whether ``p`` opens with the date, alone or after the place."""
    first = p.lines[0] if p.lines else ""
    return bool(_PLACE_DATE.match(first) or _date_alone(first))


def _letterhead_ends(window: list[_Para]) -> int:
    """Where the address window starts when the sender's own block (its name, address, phone
    and website, printed top right by independent bodies) stands above the address: after the
    last paragraph holding a phone or website line that another postal address follows; else 0."""
    postal = [i for i, p in enumerate(window) if any(_POSTAL.match(line) for line in p.lines)]
    contact = [
        i
        for i, p in enumerate(window[:6])
        if any(_CONTACT_LINE.match(line) or _WEBSITE.match(line.strip()) for line in p.lines)
    ]
    ends = [
        i
        for i in contact
        if any(j > i for j in postal)
        or (
            (rest := _after_letterhead(window[i])) is not None
            and any(map(_POSTAL.match, rest.lines))
        )
        # (or the head ends with them: the sender's name over its phone and e-mail lines, no
        # address printed, "Chief Medical Officer … Directorate" / "T: 0131 … F: …" / "E: …")
        or (0 < i == len(window) - 1 and all(_CONTACT_LINE.match(line) for line in window[i].lines))
    ]
    return ends[-1] + 1 if ends else 0


def _after_letterhead(p: _Para) -> _Para | None:
    """What follows the sender's phone or website line in ``p`` (the address, read into the
    same paragraph when it starts right under the letterhead), or ``None``."""
    last = max(
        (
            i
            for i, line in enumerate(p.lines)
            if _CONTACT_LINE.match(line) or _WEBSITE.match(line.strip())
        ),
        default=None,
    )
    if last is None or last + 1 >= len(p.lines):
        return None
    return replace(p, lines=p.lines[last + 1 :], positions=p.positions[last + 1 :])


def _signer_below(above: list[_Para], p: _Para) -> bool:
    """Whether ``p`` holds what is printed under a signature signed on an office's behalf,
    set apart by the space left for the drawn signature: the signer's office and unit
    (``Teammanager …`` / ``Rijksdienst voor Ondernemend Nederland``), or the few characters the
    text layer kept of the drawn signature."""
    if not on_behalf([line for q in above for line in q.lines]):
        return False
    if len(p.text.strip()) <= 4 and not any(c.isdigit() for c in p.text):
        return True
    return 1 <= len(p.lines) <= 3 and is_role(p.lines[0].strip()) and len(p.text) <= 200


def _roles_rejoined(paras: list[_Para], closing_at: int) -> list[_Para]:
    """``paras`` with an office's last words set in under it ("Executive Assistant State's
    Attorney" / "    for Policy", read as the first line of the next paragraph) put back at
    the end of the office, in the few paragraphs under the closing."""
    out = list(paras)
    for at in range(closing_at + 1, min(closing_at + 4, len(out) - 1)):
        p, q = out[at], out[at + 1]
        if not (p.lines and q.lines and is_role(p.lines[-1])):
            continue
        first = q.lines[0].strip()
        if not (first[:1].islower() and len(first) <= 40 and not _SENTENCE_END.search(first)):
            continue
        if _contact_line(first) or _WEBSITE.match(first):
            continue  # the signer's e-mail or website under the office, no words of it
        head = replace(
            p,
            lines=(*p.lines[:-1], f"{p.lines[-1]} {first}"),
            text=f"{p.text} {first}",
        )
        rest = _cut(q, 1)[1] if len(q.lines) > 1 else None
        out[at : at + 2] = [head] + ([rest] if rest is not None else [])
        break
    return out


def _cut(p: _Para, k: int) -> list[_Para]:
    """``p`` as two paragraphs, its first ``k`` lines and the rest (the footnote marks go with
    the rest)."""
    head = replace(
        p, text=" ".join(p.lines[:k]), lines=p.lines[:k], positions=p.positions[:k], labels=()
    )
    tail = replace(p, text=" ".join(p.lines[k:]), lines=p.lines[k:], positions=p.positions[k:])
    return [head, tail]


def _closing_apart(p: _Para) -> list[_Para]:
    """A paragraph whose first line is a closing formula and that goes on: the closing, then
    the rest."""
    if len(p.lines) < 2 or not _CLOSING.match(p.lines[0].strip()):
        return [p]
    return _cut(p, 1)


def _split_signature(paras: list[_Para], closing_at: int) -> list[_Para]:
    """``paras`` with the paragraph under the closing cut where its signature lines end, when
    the text layer ran the signature on into what follows (a footnote set close under it)."""
    at = closing_at + 1
    while at < len(paras) and _stamped(paras[at]):
        at += 1  # (under a digital signature's stamp: "Digitally signed by …" / the name …)
    if at >= len(paras) or not paras[at].lines:
        return paras
    p = paras[at]
    k = 0
    while k < len(p.lines) and signature_like(p.lines[k]):
        k += 1
    if k == 0 or k == len(p.lines):
        return paras
    return [*paras[:at], *_cut(p, k), *paras[at + 1 :]]


def _signer_line(line: str) -> bool:
    """A name or an office of a signature; a name may stand in brackets under the signature,
    as Indian government papers type it ("(Radhe Shyam Singh)")."""
    line = line.strip()
    return is_role(line) or bracketed_name(line) is not None or looks_like_name(line)


def _trailing_signature(body: list[_Para]) -> list[_Para]:
    """Role and name lines ending the letter with no formula over them (with the signer's
    phone and e-mail under them)."""
    tail: list[_Para] = []
    for p in reversed(body):
        if (
            len(p.lines) <= 6
            and all(_signer_line(line) or _contact_line(line) for line in p.lines)
            and any(_signer_line(line) for line in p.lines)
        ):
            tail.insert(0, p)
        else:
            break
    if any(is_role(line) for p in tail for line in p.lines):
        return tail
    return []


_INLINE_MARKER = re.compile(r"(?:^|(?<=\s))(\d{1,2}|[a-z])\)\s+")


def _inline_items(text: str) -> list[tuple[str, str]] | None:
    """``1) Vermindering … 2) Substitutie … 3) …`` run on in one paragraph -> the items, when the
    markers count up from 1 (or a) in order; ``None`` otherwise."""
    markers = list(_INLINE_MARKER.finditer(text))
    if len(markers) < 2 or markers[0].start() != 0:
        return None
    first = markers[0].group(1)
    expected = (
        [str(i) for i in range(1, 30)] if first == "1" else list("abcdefghijklmnopqrstuvwxyz")
    )
    if first not in ("1", "a"):
        return None
    found: list[re.Match[str]] = []
    for match in markers:
        if match.group(1) == expected[len(found)]:
            found.append(match)
    if len(found) < 2 or len(found) != len(markers):
        return None
    ends = [m.start() for m in found[1:]] + [len(text)]
    return [(m.group(1), text[m.end() : end].strip()) for m, end in zip(found, ends, strict=True)]


def _add_block(doc: Document, p: _Para, label_to_id: dict[str, str]) -> None:
    refs = [label_to_id[label] for label in p.labels if label in label_to_id]
    text = p.text
    if is_salutation(text):
        doc.add_block(BlockType.salutation, text, page=p.page)
        return
    if _CLOSING.match(text):
        doc.add_block(BlockType.closing, text, page=p.page)
        return
    marker = _LIST_NUMBER.match(text)
    short = len(text) < 160 and not _SENTENCE_END.search(text.rstrip())
    if ((p.bold or p.italic) and short) or p.heading:
        numbered = re.match(r"^(\d+(?:\.\d+)*)\.?\s+", text)
        level = 1 if numbered is None else min(6, numbered.group(1).count(".") + 1)
        if p.italic and not p.bold:
            level += 1
        doc.add_block(BlockType.heading, text, page=p.page, level=level, footnote_refs=refs)
        return
    items = _inline_items(text)
    if items:
        for number, item in items:
            doc.add_block(
                BlockType.list_item,
                item,
                page=p.page,
                number=number,
                footnote_refs=[r for r in refs if item is items[-1][1]],
            )
        return
    if marker:
        label = marker.group(1).strip("().")
        doc.add_block(
            BlockType.list_item,
            text[marker.end() :],
            page=p.page,
            number=None if is_bullet(label) else label,
            footnote_refs=refs,
        )
        return
    doc.add_block(BlockType.paragraph, text, page=p.page, footnote_refs=refs)
