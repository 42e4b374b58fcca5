r"""Key-value header fields of a PDF page found by geometry: a label (``Aan``, ``Onderwerp``,
``Kenmerk`` ...) with its value printed beside it on the same baseline, below it in the same
column, or after a colon on the same line.

Labels of every rijkshuisstijl generation, of provinces, municipalities and independent bodies,
and their English and French counterparts::

    fields = header_fields(lines)   # {"addressee": ..., "subject": ..., "reference": ...}
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..dates import find_dates
from ..document import Line
from ..normalise import join_broken
from .signatures import is_salutation
from .symbols import is_file_number

__all__ = [
    "DATED_BY",
    "LABELS",
    "header_fields",
    "is_contact_label",
    "is_label",
    "label_pairs_apart",
    "subject_details",
]

#: field -> labels as printed (matched case-insensitively, alone or followed by a colon)
LABELS: dict[str, tuple[str, ...]] = {
    # (Greek: "ΠΡΟΣ: Αποδέκτες πίνακα διανομής")
    # (Nordic: Danish and Norwegian "Til:" / "Fra:", Swedish "Till:" / "Från:", Finnish
    # "Vastaanottaja" / "Lähettäjä")
    "addressee": (
        "Aan",
        "To",
        "À",
        "Destinataire",
        "Geadresseerde",
        "Προς",
        "Til",
        "Till",
        "Vastaanottaja",
        # a Chilean oficio's or circular's "A : SEGUN DISTRIBUCION" under "DE : …"
        "A",
    ),
    "sender": (
        "Van",
        "From",
        "De",
        "Expéditeur",
        "Afzender",
        "Origine",
        "Fra",
        "Från",
        "Lähettäjä",
    ),
    # (Italian, Spanish and Portuguese administrations: "OGGETTO:", "Asunto:", "Assunto:")
    "subject": (
        "Onderwerp",
        "Betreft",
        "Subject",
        "Objet",
        "Re",
        "Betreff",
        "Oggetto",
        "Asunto",
        "Assunto",
        # South Asian circulars' "Sub:" / "Sub.-"
        "Sub",
        "Sub.",
        # a Chilean oficio's "MAT.:" (materia) under its "ANT.:" (antecedentes)
        "MAT.",
        "Materia",
        # Nordic ("Emne:", "Ärende:", "Vedrørende:", "Angående:")
        "Emne",
        "Ärende",
        "Vedrørende",
        "Vedr.",
        "Angående",
        # Greek ("ΘΕΜΑ:" in capitals, which drop the accent)
        "Θέμα",
        "Θεμα",
    ),
    "reference": (
        "Kenmerk",
        "Ons kenmerk",
        "Onze referentie",
        "Referentie",
        # Spanish-speaking administrations' e-filing ("Referencia: EX-2020- 05880035- GDEBA-…")
        "Referencia",
        # German and Swiss administrations ("Referenz: JI-Nr. 2024-2859/HA/YB")
        "Referenz",
        "Unsere Referenz",
        "Registratiekenmerk",
        "Zaaknummer",
        "Ref.",
        "Ref",
        "Référence",
        # (a French region's "Réf : 201761A140316", without the "N/")
        "Réf.",
        "Réf",
        "Our reference",
        "My reference",
        "My number",
        "My No.",
        "My No",
        "Our number",
        "Our No.",
        "Our No",
        "My ref.",
        "My ref",
        "Reference",
        # a publication's Dublin Core table on its cover ("Identifier D2.8.I.2_v3.2.0")
        "Identifier",
        "Document identifier",
        "FOI reference",
        "Request reference",
        "Request number",
        # a US agency's FOIA request number ("FOIPA Request No.: 1655843-000")
        "Request No.",
        "FOIA Request No.",
        "FOIPA Request No.",
        # a court's docket number ("Rolnummer : 8163", "Numéro du rôle : 8163")
        "Rolnummer",
        "Rolnr.",
        "Numéro du rôle",
        "N° du rôle",
        "Our ref.",
        "Our ref",
        "Reference Number",
        "Reference No.",
        "Ref. No.",
        "Notre réf.",
        "Nos réf.",
        "N/Réf",
        "GZ",
        "NOR",
        "Geschäftszahl",
        "Our file",
        "File No.",
        # an Indian government paper's file number ("F. No. N-15011/20/2023-NC")
        "F. No.",
        "F.No.",
        "FOIA File No.",
        "Case No.",
        "Notre référence",
        "N/Réf.",
        "Aktenzeichen",
        "Az.",
        "Az",
        "Geschäftszeichen",
        "Geschäftsnummer",
        "Unser Zeichen",
        # Central and Northern European file numbers ("Ügyszám: NAIH/2018/3134/2/V")
        "Ügyszám",
        "Iktatószám",
        "Znak sprawy",
        "Č.j.",
        "Č. j.",
        "Diarienummer",
        "Diarienr",
        "Vår referens",
        "Dnr",
        "Dnro",
        "J.nr.",
        "Vår ref.",
        "Vår referanse",
        "Vores ref.",
        "Saksnummer",
        # an Italian administration's protocol number ("Prot. n. 2856 dell’11.03.2026")
        "Prot. n.",
        "Prot. n",
        "Prot.",
        "Protocollo n.",
        "Protocollo",
        # a Greek administration's protocol number ("Αριθ. Πρωτ.: Γ2/ 59954/ 7478")
        "Αριθ. Πρωτ.",
        "Αριθμ. Πρωτ.",
        "Αρ. Πρωτ.",
        "Αρ. πρωτ.",
    ),
    "your_reference": (
        "Uw kenmerk",
        "Uw referentie",
        "Uw brief van",
        "Your reference",
        "Your number",
        "Your No.",
        "Your No",
        "Your ref.",
        "Your ref",
        "Votre réf.",
        "V/Réf.",
        "Ihr Zeichen",
        "Ihre Referenz",
        # Nordic: "Ert diarienr", "Er referens", "Deres ref."
        "Ert diarienr",
        "Ert diarienummer",
        "Er referens",
        "Er ref.",
        "Deres ref.",
        "Jeres ref.",
    ),
    "date": ("Datum", "Date", "Dated", "Filed"),
    "attachments": (
        "Bijlage(n)",
        "Bijlagen",
        "Bijlage",
        "Annexe(s)",
        "Enclosure(s)",
        "P.-J.",
        "P.J.",
        "Pièces jointes",
    ),
    "contact": (
        "Contactpersoon",
        "Doorkiesnummer",
        "Behandeld door",
        "Auteur",
        "Inlichtingen bij",
        "Inlichtingen",
    ),
}
_ANY = "|".join(
    re.escape(label)
    for labels in LABELS.values()
    for label in sorted(labels, key=len, reverse=True)
)
#: a label alone, with its value after a colon, or two labels in one (``Betreft/datum``): the
#: first names the field
_LABEL = re.compile(
    rf"^(?P<label>{_ANY})(?:\s*/\s*(?P<second>{_ANY}))?\s*(?::\s*(?P<value>.*)|,)?$",
    re.IGNORECASE,
)
#: (the French sender label "De" needs its colon: "De heer J. Jansen" is Dutch for Mr Jansen;
#: so does the Spanish addressee's "A": "A number of …")
_LABEL_INLINE = re.compile(rf"^(?!(?:De|A)\s)(?P<label>{_ANY})\s+(?P<value>\S.*)$", re.IGNORECASE)
_FIELD = {label.lower(): name for name, labels in LABELS.items() for label in labels}
#: a reference code: no spaces, a digit ("2026-026", "DGA-SKI/21165506")
_CODE = re.compile(r"^(?=\S*\d)[\w./#-]{3,30}$")
#: a salutation ends the head: no value runs on into it
#: an empty label printed after a reference on its line ("16 O 185/14 zugestellt an :")
_EMPTY_LABEL = re.compile(
    r"\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\s*:\s*$|"
    # (a known label, "N/réf.: JCL/VPD V/réf.:")
    rf"\s+(?:{_ANY})\s*:\s*$|"
    # (or glued to the code by a text layer that lost the space: "943388Ref:")
    rf"(?<=\d)(?:{_ANY})\s*:\s*$",
    re.IGNORECASE,
)
#: the date written after a reference ("DSB-D216.580/0002-DSB/2018 vom 28.5.2018")
#: the word leading from a reference to its date ("vom", "du", "of", Italian "dell’")
DATED_BY = r"(?:(?:vom|du|of|van|dated|del)\s+|dell['’]\s?)"
_DATED_TAIL = re.compile(rf"\s+{DATED_BY}\d.*$", re.IGNORECASE)
#: the addressee line of a US federal memorandum ("MEMORANDUM FOR THE HEADS OF …")
_MEMO_FOR = re.compile(r"^MEMORANDUM\s+FOR:?\s+(?P<value>\S.*)$", re.IGNORECASE)


#: a line ending in a word that cannot end a value
_RUNS_ON = re.compile(r"\b(?:and|or|of|for|to|the|en|van|voor|de|der|het|und|et|du|des)$", re.I)
#: a line ending in a full stop that ends no sentence: a company's form or an abbreviation
#: ("Re: Autodesk, Inc." / "Form 10-K for the Fiscal Year …", "File No." …)
_ABBREVIATED = re.compile(
    r"(?:\b(?:Inc|Ltd|Corp|Co|Cie|Bros|Jr|Sr|Ste|No|Nr|Nos|St|Dept|Gov|[A-Z])|\b[a-z]\.[a-z])\.$"
)


#: the German subject's second line, its details: "Betreff: Ideen …" / "hier: Ergebnis …"
_DETAILS = re.compile(r"^hier\s*:", re.IGNORECASE)


def subject_details(text: str) -> bool:
    """Whether ``text`` gives a German subject's details ("hier: Ergebnis der Bewertung")."""
    return bool(_DETAILS.match(text.strip()))


#: a word naming what happened on a date ("Filed March 21, 2017", "Received 3 May 2024")
_DATED_EVENT = re.compile(
    r"^(?:Filed|Received|Submitted|Amended|Issued|Furnished|Published|Adopted|Revised|Updated)$",
    re.IGNORECASE,
)


def _stands_alone(text: str) -> bool:
    """A line no value runs on into: a date with at most its place ("Berlin, 30. Mai 2017"),
    or a page number ("Seite 1 von 3")."""
    from .pdf_layout import is_page_number

    text = text.strip()
    if is_page_number(text):
        return True
    dates = find_dates(text)
    rest = text[: dates[0].start] + text[dates[0].end :] if dates else text
    words = rest.replace(",", " ").split()
    # (the word beside the date is its place; a filing's "Filed March 21, 2017" under a
    # subject runs on in it)
    return bool(dates) and len(words) <= 1 and not (words and _DATED_EVENT.match(words[0]))


#: a contact field of a letterhead's column, with or without its value ("Direct Line Working
#: remotely", "Email foi@…", "Contact", "Enquiries to:"): no field's value runs on into it
_CONTACT_LABEL = re.compile(
    r"^(?:Contact(?:\s+(?:person|officer|details))?|Direct\s+(?:line|dial)|Telephone|Tel\.?|"
    r"Phone|Fax|Mobile|E-?mail|Enquiries(?:\s+to)?|Please\s+ask\s+for)(?:\s*:|\s|$)",
    re.IGNORECASE,
)


def is_contact_label(text: str) -> bool:
    """Whether ``text`` opens with a contact field's label (see ``_CONTACT_LABEL``)."""
    return bool(_CONTACT_LABEL.match(text.strip()))


def is_label(text: str) -> bool:
    """Whether ``text`` is a field label (alone, or with its value after a colon)."""
    return bool(_LABEL.match(text.strip()))


def label_field(text: str) -> str | None:
    """The field that ``text`` labels (``"your_reference"`` for ``Your ref.:``), or None."""
    match = _LABEL.match(text.strip())
    return _FIELD.get(match.group("label").lower()) if match else None


def _value(lines: list[Line], index: int) -> list[Line]:
    """The value lines of the label at ``index``: beside it on its baseline, else below it in
    the same column (up to the next label or a gap of more than a line)."""
    label = lines[index]
    beside = [
        other
        for other in lines
        if other is not label
        and other.page == label.page
        and abs(other.y0 - label.y0) < max(2.0, label.size * 0.4)
        and label.x1 < other.x0 < label.x1 + 250
        and not _LABEL.match(other.text.strip())
    ]
    start: Line | None = min(beside, key=lambda line: line.x0) if beside else None
    in_a_row = any(
        other is not label
        and other.page == label.page
        and abs(other.y0 - label.y0) < max(2.0, label.size * 0.4)
        and _LABEL.match(other.text.strip())
        for other in lines
    )
    below = [
        other
        for other in lines[index + 1 : index + 4]
        if other.page == label.page
        and abs(other.x0 - label.x0) < 6
        and 0 < label.y0 - other.y0 < 2.6 * max(label.size, other.size)
    ]
    # ... or labels set larger than their values: what stands beside in the label's own type,
    # over values in the smaller one, is the next label of the row (one not known, or misread:
    # "Datum" | "Ons tenmert" over "14-10-2019" | "z2017-00499")
    set_as_label = (
        start is not None
        and start.size == label.size
        and start.bold == label.bold
        and bool(below)
        and below[0].size < 0.9 * label.size
    )
    if in_a_row or set_as_label:
        # a row of labels (Datum | Kenmerk | Zaaknummer | Pagina ...) holds its values below
        # each label, not beside it: what is beside a label there is the next label
        start = None
    if start is None:
        if label.text.strip().upper() == "A":
            return []  # (the Spanish addressee's "A" holds its value beside it: a glossary's
            # letter over its first term is no label)
        # (a label with its value run on is the next field, not this one's value: "Datum"
        # printed empty over "Betreft Besluit op uw Wob-verzoek")
        if (
            not below
            or _LABEL.match(below[0].text.strip())
            or _LABEL_INLINE.match(below[0].text.strip())
        ):
            return []
        start = below[0]
    found = [start]
    # the heights of the other labels in the label's column: a line level with one of them is
    # that label's value ("Onderwerp" / "Bijlagen" with their values beside them)
    rows = [
        other.y0
        for other in lines
        if other is not label
        and other.page == label.page
        and abs(other.x0 - label.x0) < 3
        and _LABEL.match(other.text.strip())
    ]
    for other in lines[lines.index(start) + 1 :]:
        if any(abs(other.y0 - y) < 0.5 * other.size for y in rows):
            break
        if (
            other.page == start.page
            and abs(other.x0 - start.x0) < 3
            and 0 < found[-1].y0 - other.y0 < 1.6 * other.size
            and not _LABEL.match(other.text.strip())
        ):
            found.append(other)
        elif abs(other.y0 - found[-1].y0) < 2:
            continue  # another column on the same baseline
        else:
            break
    return found


#: a second label with its colon inside a line, in capitals: two cells of a memo's head read
#: as one line ("TO: Honorable Mayor and City Council FROM: Joe Rois,")
_INNER_LABEL = re.compile(rf"(?<=\S)\s+(?=(?:{_ANY})\s*:)", re.IGNORECASE)


def label_pairs_apart(line: Line) -> list[Line]:
    """``line`` cut before each further label in capitals with its colon ("SUBJECT: Biennial
    Peer Review of the DATE: August 4, 2021"), the pieces placed by their share of the
    characters; ``[line]`` when it holds one label or none."""
    text = line.text
    if not _LABEL.match(text.strip()):
        return [line]
    cuts = [
        m.end()
        for m in _INNER_LABEL.finditer(text)
        if text[m.end() :].split(":", 1)[0].strip().isupper()
    ]
    if not cuts:
        return [line]
    pieces: list[Line] = []
    width = (line.x1 - line.x0) / max(len(text), 1)
    for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True):
        piece = text[start:end].strip()
        if piece:
            pieces.append(
                replace(line, text=piece, x0=line.x0 + start * width, x1=line.x0 + end * width)
            )
    return pieces


def header_fields(
    lines: list[Line], *, pages: int = 1, used: dict[str, list[Line]] | None = None
) -> dict[str, str]:
    """The first value of each labelled field on the first ``pages`` pages; ``used`` gets the
    printed lines (label and value) each field was read from, for the caller to take them out
    of the body."""
    from .pdf_layout import is_page_number, join_baseline_pieces

    lines = [
        piece
        for line in join_baseline_pieces([line for line in lines if line.page <= pages])
        for piece in label_pairs_apart(line)
        # (the page's number beside a row of labels is no label's value: "Diarienr" / "1 (4)")
        if not is_page_number(piece.text)
    ]
    fields: dict[str, str] = {}
    # the column the labels stand in: a line there that starts with a label and goes on with
    # text is that label with its value run on (``Onderwerp Vaststelling …``)
    # (capitalised, short, next to a line that is a label alone: not running text that
    # happens to start with "betreft")
    labelled = [i for i, line in enumerate(lines) if _LABEL.match(line.text.strip())]
    for index, line in enumerate(lines):
        match = _LABEL.match(line.text.strip()) or _MEMO_FOR.match(line.text.strip())
        if not match:
            text = line.text.strip()
            match = _LABEL_INLINE.match(text)
            beside = [
                lines[i]
                for i in labelled
                if abs(i - index) <= 3
                and lines[i].page == line.page
                and abs(lines[i].x0 - line.x0) < 3
            ]
            # (a reference label with a code after it needs no other label beside it: "Dnr
            # 3.1-4788-2026" under the letter's date)
            coded = bool(
                match
                and _FIELD.get(match.group("label").lower()) == "reference"
                and _CODE.match(_DATED_TAIL.sub("", match.group("value").strip()))
            )
            if not (match and (beside or coded) and text[:1].isupper() and len(text) <= 100):
                continue
        name = (
            _FIELD.get(match.group("label").lower())
            if "label" in match.re.groupindex
            else "addressee"
        )
        second = match.groupdict().get("second")
        if (
            second
            and _FIELD.get(second.lower()) == "reference"
            and _CODE.match((match.group("value") or "").strip())
        ):
            name = "reference"  # "Onderwerp/ons kenmerk: 2026-026": a code is a reference
        if name is None or name in fields:
            continue
        inline = (match.group("value") or "").strip()
        source = [line]
        # a code stands whole on its line (what runs on under it is a note: "Please quote when
        # replying.") unless it breaks at a separator
        # (a court's file number too: the lower court's under it is another: "Az.: 5 D 47/15"
        # / "6 K 3031/14")
        whole_code = name == "reference" and (
            (bool(_CODE.match(inline)) and inline[-1:] not in "/-") or is_file_number(inline)
        )
        if inline and whole_code:
            value = inline
        elif inline:
            parts = [inline]
            previous = line
            # where the value starts on the label's line (estimated from the characters):
            # run-on lines stand under the label or under the value ("Betreft Besluit op uw" /
            # "         campagneactiviteiten van de minister"; the estimate is rough for
            # capitals: after a line ending in "and", "of", "van" ... that must run on,
            # "MEMORANDUM FOR UNDER SECRETARY … AND" / "READINESS", 30 pt either way)
            text = line.text.strip()
            share = (len(text) - len(inline)) / max(len(text), 1)
            value_x = line.x0 + (line.x1 - line.x0) * share
            for other in lines[index + 1 : index + 5]:
                if other.page == line.page and abs(other.y0 - line.y0) < 2 and other.x0 > line.x0:
                    continue  # another cell on the label's baseline ("… DATE: August 4, 2021")
                reach = 30 if _RUNS_ON.search(previous.text.strip()) else 20
                if (
                    other.page == line.page
                    # (a tab stop sets the value further right than its characters say:
                    # "Re: Review of Changes to San Francisco" / "         Unified School …")
                    # (a subject's, that is: a name's office under it stands in its own right)
                    and (
                        abs(other.x0 - line.x0) < 3
                        or -reach < other.x0 - value_x < (45 if name == "subject" else reach)
                    )
                    # (a subject line set one and a half spaced, as circulars are: "Sub:
                    # Obligations on CRAs … falling" / "under the purview of …", 1.7 size)
                    and 0
                    < previous.y0 - other.y0
                    < (1.8 if name == "subject" else 1.6) * other.size
                    and not _LABEL.match(other.text.strip())
                    and (
                        not re.search(r"[.:;]$", previous.text.strip())
                        or bool(_ABBREVIATED.search(previous.text.strip()))
                    )
                    and (
                        not re.search(r"\w+\s*:", other.text)
                        or (name == "subject" and subject_details(other.text))
                    )
                    and not is_salutation(other.text.strip())
                    and not _stands_alone(other.text)
                    and not is_contact_label(other.text)
                ):
                    parts.append(other.text.strip())
                    source.append(other)
                    previous = other
                else:
                    break
            value = join_broken(parts)
        else:
            source += _value(lines, index)
            first = source[1].text.strip() if len(source) > 1 else ""
            if name == "reference" and _CODE.match(first) and first[-1:] not in "/-":
                # a code stands whole on its line: one under it is another number (the
                # council's registration number under the letter's: "DSB/10857444" / "RIS321256")
                source = source[:2]
            value = " ".join(part.text.strip() for part in source[1:])
        # (the colon set at the head of the value column, apart from its label: "To" / ": …")
        value = " ".join(value.split()).lstrip(":").strip()
        if name == "reference":
            value = _DATED_TAIL.sub("", _EMPTY_LABEL.sub("", value))
        if value:
            fields[name] = value
            if used is not None:
                used[name] = source
    return fields
