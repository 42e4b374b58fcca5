"""Letters of British and Irish public bodies, constructed in the layouts real ones use: a reply
with no salutation, a Freedom of Information reply with its fields in a column of bold labels,
a "Dear Colleague" letter signed with a name in capitals (held-out set 52)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdocs.models import BlockType

from .test_pdf_documents import _convert_pages, _Row, _running

_TEXT = "We would like to thank the signatories for this letter and for sharing their concerns."


def test_reply_without_salutation_is_a_letter_closed_and_signed_side_by_side(
    tmp_path: Path,
) -> None:
    """A reply: "To Industry Leaders" / "Date: 13 April 2026" / a subject in bold / the text, no
    salutation; "Yours sincerely," and two signatures side by side, each a name over an office,
    one name with its honours in brackets."""
    first: list[_Row] = [
        (48, 674, 11.0, "To Industry Leaders", False),
        (48, 607, 11.0, "Date: 13 April 2026", False),
        (48, 586, 11.0, "Response to your letter of support for PPAN Science", True),
        *_running(48, 548, 11.0, _TEXT, 30),
    ]
    last: list[_Row] = [
        *_running(48, 760, 11.0, _TEXT, 10),
        (48, 600, 11.0, "Yours sincerely,", False),
        (53, 520, 11.0, "Professor Ian Chapman", False),
        (53, 506, 11.0, "Chief Executive, UK Research and Innovation", False),
        (298, 520, 11.0, "Professor Michele Dougherty (CBE, FRS, FRAS)", False),
        (298, 506, 11.0, "Executive Chair, Science and Technology", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "2026-04-13"
    assert record.metadata.subject == (  # type: ignore[union-attr]
        "Response to your letter of support for PPAN Science"
    )
    signed = [(s.role, s.name) for s in record.metadata.signatories]  # type: ignore[union-attr]
    assert signed == [
        ("Chief Executive, UK Research and Innovation", "Professor Ian Chapman"),
        ("Executive Chair, Science and Technology", "Professor Michele Dougherty (CBE, FRS, FRAS)"),
    ]


def test_the_same_text_without_closing_is_no_letter(tmp_path: Path) -> None:
    """Dated and signed, but no closing formula and no salutation: nothing says letter."""
    page: list[_Row] = [
        (48, 700, 16.0, "Annual statement of the Board", True),
        (48, 660, 11.0, "13 April 2026", False),
        *_running(48, 620, 11.0, _TEXT, 30),
        (53, 180, 11.0, "Professor Ian Chapman", False),
        (53, 166, 11.0, "Chief Executive, UK Research and Innovation", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value != "parliamentary_letter"


def test_foi_reply_fields_in_a_column_of_bold_labels(tmp_path: Path) -> None:
    """A Scottish health board's reply: the labels "Date", "Your Ref", "Contact" in bold, "Our
    Ref FOI 16358" on one line, contact lines under it that are no part of the reference; the
    subject in bold capitals under "Dear …"."""
    page: list[_Row] = [
        (62, 784, 10.0, "Corporate Administration NHS Greater Glasgow and Clyde", False),
        (294, 772, 10.0, "Corporate HQ", False),
        (294, 760, 10.0, "1055 Great Western Road", False),
        (294, 749, 10.0, "GLASGOW", False),
        (62, 632, 11.0, "Uma Zalakain", False),
        (296, 632, 11.0, "Date", True),
        (372, 632, 11.0, "13 November 2020", False),
        (296, 619, 11.0, "Your Ref", True),
        (296, 607, 11.0, "Our Ref FOI 16358", False),
        (296, 594, 11.0, "Direct Line Working remotely", False),
        (296, 581, 11.0, "Email foi@ggc.scot.nhs.uk", False),
        (296, 569, 11.0, "Contact", True),
        (57, 518, 11.0, "Dear Uma Zalakain", False),
        (57, 493, 11.0, "REQUEST FOR INFORMATION", True),
        *_running(57, 466, 11.0, _TEXT, 20),
        (57, 170, 11.0, "Yours sincerely", False),
        (57, 130, 11.0, "Kay Dougans", False),
        (57, 116, 11.0, "Freedom of Information Officer", False),
    ]
    record = _convert_pages(tmp_path, [page])
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert meta.reference == "FOI 16358"  # type: ignore[union-attr]
    assert meta.subject == "REQUEST FOR INFORMATION"  # type: ignore[union-attr]


def test_name_in_capitals_under_the_closing_signs(tmp_path: Path) -> None:
    """Under "Yours sincerely" / (the space of the drawn signature) / "HARRY BURNS" in bold capitals:
    the signer, not a heading."""
    page: list[_Row] = [
        (57, 790, 10.0, "Chief Medical Officer and Public Health Directorate", False),
        (57, 740, 9.5, "T: 0131-244-2235 F: 0131-244-2989", False),
        (57, 729, 9.5, "E: veronica.moffat@scotland.gsi.gov.uk", False),
        (57, 606, 12.0, "Dear Colleague", False),
        *_running(57, 578, 12.0, _TEXT, 20),
        (57, 260, 12.0, "Yours sincerely", False),
        (57, 186, 12.0, "HARRY BURNS", True),
    ]
    record = _convert_pages(tmp_path, [page])
    signed = [(s.role, s.name) for s in record.metadata.signatories]  # type: ignore[union-attr]
    assert signed == [(None, "HARRY BURNS")]
    # (the sender's name over its phone and e-mail lines, no address printed: no addressee)
    assert record.metadata.addressee is None  # type: ignore[union-attr]
    assert not any(b.type is BlockType.heading and b.text == "HARRY BURNS" for b in record.blocks)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Communications, Consultation and Information Manager", True),
        ("Chief Executive", True),
        ("Chief Executive, UK Research and Innovation", True),
        ("Executive Chair", True),
        # the benches of Commonwealth courts, as their judgments and instruments sign
        ("CHIEF JUSTICE", True),
        ("SUPREME COURT JUDGE", True),
        ("Court of Appeal Judge", True),
        ("Deputy Judge President", True),
        ("Justice of the Peace Street", False),
        # (a name with its office stays a name and an office, not one office)
        ("Abel Guillén, Deputy Superintendent", False),
        ("Smith, Jones Manager", False),
        # offices of a whole government or city ("Comptroller General", "Auditor General")
        ("New York City Comptroller", True),
        ("Comptroller General of the United States", True),
        ("Auditor General", True),
        ("General Motors", False),
        # an office of two words in capitals; a longer line in capitals is a heading as often
        ("FOIA OFFICER", True),
        ("SUPERVISORY POWERS OF THE INFORMATION COMMISSIONER", False),
        ("JOHN SMITH", False),
    ],
)
def test_offices_of_british_bodies(text: str, role: bool) -> None:
    from govdocs.structure.signatures import is_role

    assert is_role(text) is role


def test_honours_in_brackets_after_a_name() -> None:
    from govdocs.structure.signatures import looks_like_name

    assert looks_like_name("Professor Michele Dougherty (CBE, FRS, FRAS)")
    assert not looks_like_name("(CBE, FRS, FRAS)")


def test_a_title_printed_twice_is_said_once(tmp_path: Path) -> None:
    """A statistical release whose title is printed twice, one line under the other (a
    template's leftover)."""
    title = "Police recorded road casualties in Wales, 2015"
    pages: list[list[_Row]] = [
        [
            (124, 757, 16.0, title, True),
            (144, 730, 16.0, title, True),
            (43, 650, 14.0, "1. Key results", True),
            *_running(43, 620, 12.0, _TEXT, 30),
        ],
        [(43, 760, 14.0, "2. Targets", True), *_running(43, 730, 12.0, _TEXT, 30)],
        [(43, 760, 14.0, "3. Casualties", True), *_running(43, 730, 12.0, _TEXT, 30)],
    ]
    record = _convert_pages(tmp_path, pages)
    assert record.title == title
    assert not any(title in block.text for block in record.blocks)  # (taken out of the body)


def test_a_rule_drawn_with_characters_is_no_heading(tmp_path: Path) -> None:
    """A law's cover: "LOCAL LAWS OF THE CITY …" / "______" / "No. 91" / "______": the rules are logged and
    left out, no heading of underscores."""
    page: list[_Row] = [
        (259, 707, 14.0, "LOCAL LAWS OF THE CITY OF NEW YORK", True),
        (251, 636, 10.0, "______________________", True),
        (287, 610, 14.0, "No. 91", True),
        (250, 599, 9.0, "_________________________", True),
        *_running(72, 560, 12.0, _TEXT, 30),
    ]
    record = _convert_pages(tmp_path, [page])
    assert not any(set(b.text) <= {"_"} for b in record.blocks)
    assert any(edit.rule == "rule_line" for edit in record.normalisation)


@pytest.mark.parametrize(
    ("block", "addressee"),
    [
        # a person addressed by name alone: the organisation and address under it are theirs
        (["Sharon White", "Ofcom", "Riverside House", "London SE1 9HA"], "Sharon White"),
        (
            ["Andrew Anagnost and Amar Hanspal", "Co-Chief Executive Officers", "Autodesk, Inc."],
            "Andrew Anagnost and Amar Hanspal",
        ),
        # ... by name, degree and office on one line
        (
            [
                "Matt Wayne, Ed.D., Superintendent",
                "San Francisco County Office of Education",
                "555 Franklin Street",
            ],
            "Matt Wayne, Ed.D., Superintendent",
        ),
        # a body's name set in capitals over two lines is no person's
        (["ADMINISTRATION CANTONALE", "DES IMPÔTS"], "ADMINISTRATION CANTONALE DES IMPÔTS"),
        # an office is the addressee over the lines that go on naming it
        (
            ["The Chair of the Public Accounts Committee", "of the House of Commons"],
            "The Chair of the Public Accounts Committee of the House of Commons",
        ),
    ],
)
def test_the_addressee_is_the_person_named_over_their_organisation(
    tmp_path: Path, block: list[str], addressee: str
) -> None:
    first: list[_Row] = [
        (72, 700, 11.0, "12 May 2018", False),
        *[(72, 670 - 14 * i, 11.0, line, False) for i, line in enumerate(block)],
        (72, 590, 11.0, "Dear Colleague,", False),
        *_running(72, 560, 11.0, _TEXT, 25),
        (72, 180, 11.0, "Yours sincerely,", False),
        (72, 130, 11.0, "Bethan Sayed AM", False),
        (72, 116, 11.0, "Chair", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.kind.value == "parliamentary_letter"
    assert record.metadata.addressee == addressee  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # Nordic municipalities' and agencies' offices
        ("Kommundirektör", True),
        ("Enhetschef", True),
        ("Ordförande", True),
        ("Avdelingsdirektør", True),
        ("Borgmester", True),
        ("Puheenjohtaja", True),
        ("Sihteeri", True),
        ("Kaupunginjohtaja", True),
        # Spanish and Portuguese offices
        ("JEFE DIVISIÓN DE DESARROLLO URBANO", True),
        ("Jefa de la Unidad de Transparencia", True),
        ("Prefeito", True),
        ("Alcaldesa", True),
        # a department or a name is no office
        ("Kommunstyrelseförvaltningen", False),
        ("Diana Olsson", False),
        ("Jefferson Street", False),
    ],
)
def test_offices_of_nordic_and_ibero_american_bodies(text: str, role: bool) -> None:
    from govdocs.structure.signatures import is_role

    assert is_role(text) is role


@pytest.mark.parametrize(
    ("text", "role", "name"),
    [
        # Hong Kong's bureaux sign on the office's behalf
        ("for Secretary for the Civil Service", True, False),
        ("for Director of General Grades", True, False),
        # an Indian officer's initial without its full stop
        ("N Senthil Kumar", False, True),
        ("Sunil T S Nair", False, True),
        # a Mexican or Brazilian official's title before the name
        ("Lic. Perla Marisela Woolrich Fernández", False, True),
        ("Dra. Ana López", False, True),
        # not a heading's article or pronoun
        ("A Guide", False, False),
        ("I Agree", False, False),
    ],
)
def test_offices_signed_for_and_names_with_undotted_initials(
    text: str, role: bool, name: bool
) -> None:
    from govdocs.structure.signatures import is_role, looks_like_name

    assert (is_role(text), looks_like_name(text)) == (role, name)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a Greek minister's signature under a decision: the office, the name in capitals
        (
            ["Η ΑΝΑΠΛΗΡΩΤΡΙΑ ΥΠΟΥΡΓΟΣ", "ΑΘΑΝΑΣΙΑ ΑΝΑΓΝΩΣΤΟΠΟΥΛΟΥ"],
            [("Αναπληρωτρια Υπουργος", "ΑΘΑΝΑΣΙΑ ΑΝΑΓΝΩΣΤΟΠΟΥΛΟΥ")],
        ),
        (
            ["Παναγιώτης Ιωαν. Σπανός", "Νομικός Σύμβουλος Ν.Σ.Κ."],
            [("Νομικός Σύμβουλος Ν.Σ.Κ.", "Παναγιώτης Ιωαν. Σπανός")],
        ),
        # a name in capitals under an office complete in itself is a name ...
        (["THE MINISTER", "JOHN SMITH"], [("Minister", "JOHN SMITH")]),
        # ... an office's second line in capitals is the office's
        (
            ["DE MINISTER VAN INFRASTRUCTUUR", "EN WATERSTAAT,", "J. Jansen"],
            [("Minister van Infrastructuur en Waterstaat", "J. Jansen")],
        ),
    ],
)
def test_names_in_greek_and_in_capitals_under_their_offices(
    lines: list[str], expected: list[tuple[str, str]]
) -> None:
    from govdocs.structure.signatures import parse_signatories

    assert [(s.role, s.name) for s in parse_signatories(lines)] == expected


def test_a_note_that_the_letter_is_not_signed_stands_in_its_signature_block() -> None:
    """A Dutch ministry's Woo decision: the office signing on the minister's behalf, the note
    that it was approved digitally and so not signed, then the official's name."""
    from govdocs.structure.signatures import Placed, signature_spans

    def para(y: float, *texts: str) -> list[Placed]:
        return [Placed(text, 4, 72, y - 14 * i) for i, text in enumerate(texts)]

    paras = [
        para(600, "Voor vragen kunt u contact opnemen met de Directie Juridische Zaken."),
        para(560, "De minister van Buitenlandse Zaken,", "namens deze,",
             "de plaatsvervangend directeur van de directie Protocol en Gastlandzaken"),
        para(500, "Dit besluit is geaccordeerd in een digitale omgeving, en is om die reden niet",
             "ondertekend"),
        para(460, "Tessa Terpstra"),
    ]  # fmt: skip
    spans = signature_spans(paras)
    assert [(s.role, s.name) for _, _, found in spans for s in found] == [
        ("Plaatsvervangend directeur van de directie Protocol en Gastlandzaken", "Tessa Terpstra")
    ]


def test_an_appeal_decision_dated_by_its_label_and_signed_by_name_over_office(
    tmp_path: Path,
) -> None:
    """The Planning Inspectorate's decision: "Site visit made on 20 December 2016" over
    "Decision date: 07 April 2017" (the document's date), and at its end the inspector's name
    with undotted initials over the office, no closing formula ("J E Tempest" / "INSPECTOR")."""
    text = "The appeal is dismissed, having taken into account all matters raised in the appeal."
    first: list[_Row] = [
        (76, 710, 20.0, "Appeal Decision", True),
        (76, 691, 11.0, "Site visit made on 20 December 2016", False),
        (76, 669, 11.0, "by J E Tempest BA(Hons) MA MRTPI", True),
        (76, 652, 8.0, "an Inspector appointed by the Secretary of State", True),
        (76, 637, 8.0, "Decision date: 07 April 2017", True),
        *_running(76, 600, 11.0, text, 38),
    ]
    last: list[_Row] = [
        *_running(72, 760, 11.0, text, 10),
        (72, 600, 11.0, "J E Tempest", False),
        (72, 586, 11.0, "INSPECTOR", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.date == "2017-04-07"
    signed = [(s.role, s.name) for s in record.metadata.signatories]  # type: ignore[union-attr]
    assert signed == [("Inspector", "J E Tempest")]


def test_a_reply_addressed_under_its_date_and_signed_electronically_by_an_office(
    tmp_path: Path,
) -> None:
    """An EU agency's reply: "Warsaw, 6 March 2023" with the addressee and the e-mail under it
    in one block, the subject unlabelled over "Dear Mr/Ms Flik,", and on the last page
    "[Decision signed electronically]" over the office that signs in small print, no name."""
    from govdocs.structure.signatures import parse_signatories

    signed = parse_signatories(
        ["[Decision signed electronically]", "Case Handler of the Transparency Office"]
    )
    assert [(s.role, s.name) for s in signed] == [("Case Handler of the Transparency Office", None)]
    text = "Please be informed that the agency can grant you access to the attached documents."
    page: list[_Row] = [
        (67, 644, 9.0, "Our ref: TO/PAD-2023-00021", False),
        (67, 632, 9.0, "Please quote when replying.", False),
        (330, 608, 9.0, "Warsaw, 6 March 2023", False),
        (330, 596, 9.0, "Mr/Ms Ida Flik", False),
        (330, 584, 9.0, "Email: ida.flik@example.org", False),
        (67, 505, 9.0, "Your application for access to the agency's documents", True),
        (67, 471, 9.0, "Dear Mr/Ms Flik,", False),
        *_running(67, 444, 9.0, text, 24),
    ]
    last: list[_Row] = [
        *_running(67, 760, 9.0, text, 12),
        (413, 550, 9.0, "Yours sincerely,", False),
        # (as a raw TJ array: the constructed PDF's writer reads a text opening with "[" so)
        (382, 510, 9.0, "[([Decision signed electronically])]", False),
        (377, 498, 7.6, "Case Handler of the Transparency Office", False),
    ]
    record = _convert_pages(tmp_path, [page, last])
    meta = record.metadata
    assert meta.addressee == "Mr/Ms Ida Flik"  # type: ignore[union-attr]
    assert record.date == "2023-03-06"
    office = [(s.role, s.name) for s in meta.signatories]  # type: ignore[union-attr]
    assert office == [("Case Handler of the Transparency Office", None)]


@pytest.mark.parametrize(
    ("line", "named"),
    [
        ("Clyde Terry, Chairperson", True),
        ("Julie Longworth, Director of Children’s Services, Leeds City Council", True),
        ("Leeds City Council, Civic Hall", False),
    ],
)
def test_a_person_addressed_with_office_and_body_after_commas(line: str, named: bool) -> None:
    """Several people addressed one per line, each "name, office, body": the first is the
    addressee (govdocs.structure.letter._named_in_office stops the address block after it)."""
    from govdocs.structure.letter import _named_in_office

    assert _named_in_office(line) is named


@pytest.mark.parametrize(
    ("subject", "reference"),
    [
        ("RE: Freedom of Information Act Request Number W027579-032718", "W027579-032718"),
        ("Re: FOIA Case No. 2023-FOIA-00412", "2023-FOIA-00412"),
        ("Re: 2021-HQFO-00060", "2021-HQFO-00060"),
        ("Re: Your request for records about parking", None),
    ],
)
def test_the_request_number_in_a_replys_subject_is_its_reference(
    tmp_path: Path, subject: str, reference: str | None
) -> None:
    """An FOI reply names the request it answers in its subject line, no reference label in
    its head: that number is the letter's reference."""
    text = (
        "Pursuant to your above-referenced request for records, please find the records attached."
    )
    first = [
        (288, 573, 12.0, "April 17, 2031", False),
        (72, 518, 12.0, "J. Ader", False),
        (72, 504, 12.0, "411A Highland Ave.", False),
        (72, 490, 12.0, "Somerville, MA 02144-2516", False),
        (72, 449, 12.0, subject, False),
        (72, 421, 12.0, "Dear J. Ader:", False),
        *_running(72, 393, 12.0, text, 14),
        (72, 180, 12.0, "Sincerely,", False),
        (72, 140, 12.0, "Mary Smith", False),
        (72, 126, 12.0, "Corporation Counsel", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.kind.value == "parliamentary_letter"
    assert record.metadata.reference == reference


def test_joint_letter_signed_by_four_inspectors_stacked_under_one_closing(
    tmp_path: Path,
) -> None:
    """A joint inspection letter: "Yours sincerely", then four signers one under the other,
    each a name over an office with room for the drawn signature between them; an office
    named after words that qualify it ("National Director Regulation and Social Care,
    Ofsted"); honours and degrees after a name without a comma; one signer holding two offices,
    each on its own line."""
    text = "The inspectorates will review the partnership's written statement of action."
    first = [
        (71, 704, 12.0, "16 May 2031", False),
        (71, 676, 12.0, "Jane Doe, Director of Children’s Services, Riverton City Council", False),
        (71, 661, 12.0, "Robert Roe, Executive Lead, Integrated Care Board", False),
        (71, 538, 12.0, "Dear Riverton Local Safeguarding Partnership", False),
        *_running(71, 510, 12.0, text, 30),
    ]
    last = [
        *_running(71, 760, 12.0, text, 4),
        (71, 701, 12.0, "Yours sincerely", False),
        (77, 563, 12.0, "Yvonne Stanford", True),
        (77, 549, 12.0, "National Director Regulation and Social Care, Ofsted", True),
        (77, 435, 12.0, "Dr Sean O’Kelly BSc MB ChB MSc DCH FRCA", True),
        (77, 420, 12.0, "Chief Inspector of Health Care, CQC", True),
        (77, 303, 12.0, "Michelle Skeer OBE QPM", True),
        (77, 289, 12.0, "His Majesty’s Inspector of Constabulary", True),
        (77, 274, 12.0, "His Majesty’s Inspector of Fire & Rescue Services", True),
        (77, 160, 12.0, "Martin Jones CBE", True),
        (77, 146, 12.0, "His Majesty’s Chief Inspector of Probation", True),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == "parliamentary_letter"
    assert record.metadata.addressee == (
        "Jane Doe, Director of Children’s Services, Riverton City Council"
    )
    assert [(s.role, s.name) for s in record.metadata.signatories] == [
        ("National Director Regulation and Social Care, Ofsted", "Yvonne Stanford"),
        ("Chief Inspector of Health Care, CQC", "Dr Sean O’Kelly BSc MB ChB MSc DCH FRCA"),
        (
            "His Majesty’s Inspector of Constabulary, His Majesty’s Inspector of Fire & Rescue"
            " Services",
            "Michelle Skeer OBE QPM",
        ),
        ("His Majesty’s Chief Inspector of Probation", "Martin Jones CBE"),
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Francisco Tropepi", "Ambassador", "Permanent Representative"],
            [("Ambassador, Permanent Representative", "Francisco Tropepi")],
        ),
        (
            # the office of the one an office serves is no second office of the signer's
            ["Ashley Buck", "Chief of Staff to Hon Jackie Jarvis MLC", "Minister for Agriculture"],
            [("Chief of Staff to Hon Jackie Jarvis MLC", "Ashley Buck")],
        ),
        (
            # an office wrapped after its slash is one
            [
                "Dawn Cameron",
                "Public Works Director",
                "Audrey Ramberg",
                "Assistant City Manager/",
                "Chief Operating Officer",
            ],
            [
                ("Public Works Director", "Dawn Cameron"),
                ("Assistant City Manager/Chief Operating Officer", "Audrey Ramberg"),
            ],
        ),
    ],
)
def test_second_offices_under_a_name(lines: list[str], expected: list[tuple[str, str]]) -> None:
    from govdocs.structure.signatures import parse_signatories

    assert [(s.role, s.name) for s in parse_signatories(lines)] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            # the head of a unit named by its type: the units under it are its office's
            [
                "Michael G. Seidel",
                "Section Chief",
                "Record/Information Dissemination Section",
                "Information Management Division",
            ],
            [
                (
                    "Section Chief, Record/Information Dissemination Section, Information"
                    " Management Division",
                    "Michael G. Seidel",
                )
            ],
        ),
        (
            # an office held for the time being
            ["Jimmy Wolfrey", "Senior Director, FOIA Operations and Management", "(Acting)"],
            [("Senior Director, FOIA Operations and Management (Acting)", "Jimmy Wolfrey")],
        ),
        (
            # the official signing for the minister, the own office under the name
            [
                "De Minister van Economische Zaken en Klimaat, namens deze,",
                "Dhr. C.J. van der Valk",
                "Wnd. Directeur FEZ",
            ],
            [("Wnd. Directeur FEZ", "Dhr. C.J. van der Valk")],
        ),
        (
            # an office that names its field keeps it alone (the division is where it sits)
            ["Ann Lee", "Senior Policy Analyst", "Research Division"],
            [("Senior Policy Analyst", "Ann Lee")],
        ),
    ],
)
def test_units_and_qualifiers_under_an_office(
    lines: list[str], expected: list[tuple[str, str]]
) -> None:
    from govdocs.structure.signatures import parse_signatories, signature_block_like

    assert signature_block_like(lines)

    assert [(s.role, s.name) for s in parse_signatories(lines)] == expected
