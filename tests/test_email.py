"""Printed e-mails (released under the Woo / FOIA): the header at the top of the first page is
the record's metadata; a memo's Van/Aan/Datum head is no e-mail."""

from __future__ import annotations

from govdocs.document import Line, RawDocument
from govdocs.readers.pdf import _overprints_apart
from govdocs.structure import structure
from govdocs.structure.email_head import email_head

from .test_pdf_document import _page_of

BODY = (
    "Hierbij stuur ik u de stukken voor het overleg van volgende week. Graag ontvang ik uw "
    "reactie voor vrijdag, zodat wij de agenda tijdig kunnen rondsturen."
)


def _raw(texts: list[str], top: float = 780.0, size: float = 10.0) -> RawDocument:
    """One page printing ``texts`` one under the other (an empty text leaves a line free)."""
    lines = [
        Line(text, 1, 71.0, top - 14 * i, 71.0 + 5 * len(text), top - 14 * i + size, size)
        for i, text in enumerate(texts)
    ]
    raw: RawDocument = _page_of(lines)
    return raw


def test_a_dutch_woo_email_with_withheld_names_is_correspondence() -> None:
    raw = _raw(
        [
            "Van: 5.1.2e",
            "Verzonden: donderdag 2 april 2020 14:31",
            "Aan: 5.1.2e; Team Crisiscommunicatie",
            "CC: 5.1.2e",
            "Onderwerp: RE: stukken voor het overleg",
            "Bijlagen: agenda.pdf; notitie.docx",
            "",
            "Beste collega,",
            BODY,
            "Met vriendelijke groet,",
        ]
    )
    head = email_head(raw.lines)
    assert head is not None
    assert head.sent is not None and head.sent[0] == "2020-04-02"
    assert head.sender is None  # withheld under a Woo ground
    assert head.to == "Team Crisiscommunicatie"
    assert head.attachments == 2
    doc = structure(raw)
    assert doc.kind.value == "parliamentary_letter"
    assert doc.date == "2020-04-02"
    assert doc.title == "RE: stukken voor het overleg"
    meta = doc.metadata
    assert meta.subject == "RE: stukken voor het overleg"  # type: ignore[union-attr]
    assert meta.addressee == "Team Crisiscommunicatie"  # type: ignore[union-attr]
    # the header is metadata, not body text
    assert not any(b.text.startswith(("Van:", "Verzonden:", "Aan:")) for b in doc.blocks)
    assert any("Hierbij stuur ik" in b.text for b in doc.blocks)


def test_email_headers_in_english_french_and_german() -> None:
    english = email_head(
        _raw(
            [
                "Caution: This email originated from outside the organisation.",
                "From: Roten, Liz",
                "Sent: Monday, August 19, 2024 2:25 PM",
                "To:To: Eyth, Alison; Godfrey, Janice",
                "Subject: Re: Seeking guidance on consistent",
                "sccs for the county inventory",
                "",
                BODY,
            ]
        ).lines
    )
    assert english is not None and english.sent is not None
    assert english.sent[0] == "2024-08-19"
    assert english.to == "Eyth, Alison; Godfrey, Janice"  # the overprinted label read once
    assert english.subject == "Re: Seeking guidance on consistent sccs for the county inventory"
    french = email_head(
        _raw(
            [
                "De : Service juridique",
                "Envoyé : lundi 3 février 2020 14:05",
                "À : M. Durand",
                "Objet : Demande d'accès",
                "",
                BODY,
            ]
        ).lines
    )
    assert french is not None and french.sent is not None and french.sent[0] == "2020-02-03"
    assert french.subject == "Demande d'accès"
    german = email_head(
        _raw(
            [
                "Von: Poststelle",
                "Gesendet: Montag, 3. Februar 2020 14:05",
                "An: Referat 12",
                "Betreff: Ihre Anfrage nach dem IFG",
                "",
                BODY,
            ]
        ).lines
    )
    assert german is not None and german.to == "Referat 12"


def test_a_memo_head_and_a_quoted_header_are_no_email_head() -> None:
    # a memo: Van / Aan / Datum without the time of day
    memo = _raw(
        [
            "Van: directie Juridische Zaken",
            "Aan: de minister",
            "Datum: 2 april 2020",
            "Onderwerp: beslisnota",
            BODY,
        ]
    )
    assert email_head(memo.lines) is None
    assert structure(memo).kind.value != "parliamentary_letter"
    # a date with the time but no sender
    assert (
        email_head(_raw(["Datum: 2 april 2020 14:31", "Onderwerp: beslisnota", BODY]).lines) is None
    )
    # a header quoted far down the page does not make the document an e-mail
    quoted = _raw([BODY] * 14 + ["From: A", "Sent: Monday, August 19, 2024 2:25 PM", "To: B"])
    assert email_head(quoted.lines) is None
    # the next message's header, quoted under the first, is not read into it
    chain = email_head(
        _raw(
            [
                "From: A. Jansen",
                "Sent: Tuesday, August 20, 2024 10:41 AM",
                "To: B. de Vries",
                "From: B. de Vries",
                "Subject: earlier",
                BODY,
            ]
        ).lines
    )
    assert chain is not None and chain.subject is None and chain.to == "B. de Vries"


def test_overprinted_text_is_read_once() -> None:
    """Text printed twice over itself (a heavier look, a label printed over its field) is one
    line; the same words elsewhere on the page are not touched."""
    lines = [
        Line("Subject:", 1, 58.8, 698.8, 98.1, 708.4, 9.6, bold=True),
        Line("Subject: Re: Seeking guidance", 1, 59.6, 698.8, 270.1, 708.4, 9.6),
        Line("2. BETRIEBSBESCHREIBUNG", 1, 67.9, 801.5, 293.7, 814.5, 13.0),
        Line("2. BETRIEBSBESCHREIBUNG", 1, 68.0, 800.8, 293.9, 813.8, 13.0),
        Line("2. BETRIEBSBESCHREIBUNG", 1, 68.0, 400.0, 293.9, 413.0, 13.0),
        Line("Subject:", 1, 300.0, 698.8, 340.0, 708.4, 9.6),
    ]
    kept, dropped = _overprints_apart(lines)
    assert [line.text for line in dropped] == ["Subject:", "2. BETRIEBSBESCHREIBUNG"]
    assert [(line.text, line.y0) for line in kept] == [
        ("Subject: Re: Seeking guidance", 698.8),
        ("2. BETRIEBSBESCHREIBUNG", 801.5),
        ("2. BETRIEBSBESCHREIBUNG", 400.0),
        ("Subject:", 698.8),
    ]


def test_an_email_header_printed_in_columns() -> None:
    """Mail programs print the labels in one column and the values in another: one header row
    on each baseline, a long value running on under its own column."""
    rows = [
        ("Van:", "5.1.2e"),
        ("Verzonden:", "maandag 16 maart 2020 12:34"),
        ("Aan:", "5.1.2e; Landelijk Coördinatiecentrum"),
        ("Onderwerp:", "RE: inzet van extra capaciteit op de intensive care in de regio"),
        (None, "Zuid-Holland"),
    ]
    lines = []
    for i, (label, value) in enumerate(rows):
        y = 780.0 - 13 * i
        if label:
            lines.append(Line(label, 1, 71.0, y, 120.0, y + 10, 10.0, bold=True))
        lines.append(Line(value, 1, 160.0, y, 160.0 + 5 * len(value), y + 10, 10.0))
    lines.append(Line(BODY, 1, 71.0, 700.0, 520.0, 710.0, 10.0))
    head = email_head(lines)
    assert head is not None and head.sent is not None
    assert head.sent[0] == "2020-03-16"
    assert head.to == "Landelijk Coördinatiecentrum"
    assert head.subject == (
        "RE: inzet van extra capaciteit op de intensive care in de regio Zuid-Holland"
    )
    assert len(head.lines) == 9


def test_a_header_printed_on_one_line_holds_every_field() -> None:
    """A mail program's print puts the fields on one line ("From: … - To: … - Date: …,
    Attachments: …"), the subject over it; a comma inside the sender's name is no field."""
    head = email_head(
        _raw(
            [
                "Subject: RE: FOIA Request: IPRA/CPD Disputes",
                "From: Caproni, Max - To: sam@example.org - Date: May 8, 2017 at 6:48 PM, "
                "Attachments: Stecklow 2017 05 01.xls",
                "",
                BODY,
            ]
        ).lines
    )
    assert head is not None and head.sent is not None
    assert head.sent[0] == "2017-05-08"
    assert head.sender == "Caproni, Max"
    assert head.to == "sam@example.org"
    assert head.subject == "RE: FOIA Request: IPRA/CPD Disputes"
