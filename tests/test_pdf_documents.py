"""PDFs of any sender (issue 14): the kind, title and date of real documents from 17 sources,
against values written by hand (bench/gold/pdfs.json, never from govdocs' output)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import govdocs
from govdocs.dates import find_dates
from govdocs.document import Line, RawDocument
from govdocs.models import DatePrecision, SourceFormat

from .conftest import FIXTURES, ROOT
from .test_pdf_document import _page_of as _raw_page

GOLD = {
    k: v
    for k, v in json.loads((ROOT / "bench" / "gold" / "pdfs.json").read_text("utf-8")).items()
    if not k.startswith("_")
}
FILES = {p.name: p for p in (FIXTURES / "pdfs").rglob("*.pdf")}


@functools.cache
def record(name: str) -> govdocs.Record:
    return govdocs.convert(FILES[name], translate=False)


@functools.cache
def pdfium(name: str) -> govdocs.Record:
    """The record as PDFium reads it (the default backend; the suite pins pypdf elsewhere)."""
    return govdocs.convert(FILES[name], translate=False, pdf_backend="pdfium")


@pytest.mark.parametrize(
    ("field", "floor"),
    # measured when the mechanisms landed (pypdf backend): kind 79%, date 95%, title 80%
    # (before: 23%, 22%, 10%); after signatures, memo heads and cover titles: kind 85%, date
    # 97%, title 83% (PDFium: 90%, 100%, 88%); the floors hold the gain, 95% is the target
    [("kind", 0.83), ("date", 0.95), ("title", 0.81)],
)
def test_fields_on_real_pdfs_of_many_senders(field: str, floor: float) -> None:
    checked = right = 0
    for name, expected in GOLD.items():
        if field not in expected or name not in FILES:
            continue
        got = record(name)
        value = {"kind": got.kind.value, "date": got.date, "title": got.title}[field]
        expect = expected[field]
        checked += 1
        right += (" ".join(value.split()) if isinstance(value, str) else value) == (
            " ".join(expect.split()) if isinstance(expect, str) else expect
        )
    assert checked >= 30
    assert right / checked >= floor, f"{field}: {right}/{checked}"


def test_a_memo_with_a_letter_header_is_not_a_letter() -> None:
    # Datum / Betreft / Kenmerk but no return address and no salutation: a note, not a letter
    memo = next(n for n, g in GOLD.items() if "memo" in n and g.get("kind") == "other")
    assert record(memo).kind.value == "other"


def test_date_in_a_running_header_of_a_work_instruction() -> None:
    # "Versie 8.1, 15 december 2021" is printed on every page and nowhere else
    name = next(n for n in GOLD if n.startswith("knmi_2021-12-15"))
    assert record(name).date == "2021-12-15"


def test_french_dates() -> None:
    assert [d.iso for d in find_dates("Bruxelles, le 14 juin 2022")] == ["2022-06-14"]
    assert [d.iso for d in find_dates("1er juillet 2023")] == ["2023-07-01"]
    assert [(d.iso, d.precision.value) for d in find_dates("mars 2021")] == [("2021-03", "month")]


def test_report_with_contents_gets_its_toc_and_title() -> None:
    reports = [
        n for n, g in GOLD.items() if g.get("kind") == "report" and g.get("title") and n in FILES
    ]
    with_toc = [r for r in map(record, reports) if isinstance(r.metadata, govdocs.ReportMetadata)]
    assert with_toc, "reports are recognised"
    assert any(
        r.metadata.table_of_contents
        for r in with_toc
        if isinstance(r.metadata, govdocs.ReportMetadata)
    )


def test_a_row_of_labels_holds_its_values_below_them() -> None:
    """Provincial letters print Datum | Kenmerk | Zaaknummer | Pagina in one row with the values
    under each label: the reference is the value under Kenmerk, not the next label."""
    letters = [n for n in GOLD if n.startswith("overijssel-gs_") and "reference" in GOLD[n]]
    assert letters
    for name in letters:
        meta = record(name).metadata
        assert getattr(meta, "reference", None) == GOLD[name]["reference"], name


def _one_signature(paras: Any) -> list[tuple[str | None, str | None]]:
    """The (role, name) pairs of the one signature block :func:`signature_spans` finds."""
    from govdocs.structure.signatures import signature_spans

    ((_, _, who),) = signature_spans(paras)
    return [(s.role, s.name) for s in who]


def _signatories(record: govdocs.Record) -> list[list[str | None]]:
    return [[s.role, s.name] for s in getattr(record.metadata, "signatories", [])]


@pytest.mark.parametrize(
    "prefix",
    [
        "overijssel-gs_2024-05-28",  # "Gedeputeerde Staten van Overijssel," + side by side
        "eu-commission_2017",  # "Done at Brussels" / "For the Commission", name then role
        "ste-adele_2021",  # "Signé à", two columns, "(s) Name____" marks, signed twice
    ],
)
def test_signatures_anywhere_against_the_hand_gold(prefix: str) -> None:
    """Issue 14: signature blocks after any signing formula or signing body, in letters and in
    other documents, right-aligned or side by side; a signature is never a heading."""
    name = next(n for n in GOLD if n.startswith(prefix))
    got = record(name)
    assert _signatories(got) == GOLD[name]["signatories"]
    signature = [b for b in got.blocks if b.type.value == "signature"]
    assert signature
    names = {s[1] for s in GOLD[name]["signatories"]}
    assert not [b for b in got.blocks if b.type.value == "heading" and b.text in names]


def test_letterhead_drawn_after_the_body_is_read_first() -> None:
    """A provincial letter whose content stream draws the body before the address block and the
    row of labels: the addressee is the address block (not the 'Geen' under Bijlagen), the
    person after 't.a.v.' is not part of it, 'Geen' attachments are 0 and the date comes from
    the row of labels."""
    name = next(n for n in GOLD if n.startswith("overijssel-gs_2024-05-28"))
    got = record(name)
    meta = got.metadata
    assert isinstance(meta, govdocs.ParliamentaryLetterMetadata)
    assert (meta.addressee, meta.attachments, got.date) == ("Gemeente Wierden", 0, "2024-05-28")
    daarle = record(next(n for n in GOLD if n.startswith("overijssel-gs_2024-12-05")))
    assert getattr(daarle.metadata, "addressee", None) == "Tegenwind Daarle"


def test_numbered_running_lines_a_little_further_in_are_furniture() -> None:
    """Page numbers printed 0.106 of the page height from the bottom, on every page: furniture
    by repetition (digits masked), not body paragraphs; the body keeps its text."""
    name = next(n for n in GOLD if n.startswith("vws-irealisatie"))
    got = record(name)
    bare = [b.text for b in got.blocks if b.text.strip().isdigit()]
    assert bare == []
    assert any(e.rule == "page_furniture" and e.before.strip() == "7" for e in got.normalisation)


def test_parse_signatories_frames_and_pairs() -> None:
    from govdocs.structure.signatures import parse_signatories

    def pairs(lines: list[str]) -> list[tuple[str | None, str]]:
        return [(s.role, s.name) for s in parse_signatories(lines)]

    assert pairs(
        ["Gedeputeerde Staten van Overijssel,", "voorzitter, A. Jansen secretaris, B. Smit"]
    ) == [
        ("Voorzitter", "A. Jansen"),
        ("Secretaris", "B. Smit"),
    ]
    assert pairs(["For the Commission", "Jean DUPONT", "The President"]) == [
        ("President", "Jean DUPONT")
    ]
    assert pairs(["(s) Marie Roy____", "Marie Roy", "Mairesse"]) == [("Mairesse", "Marie Roy")]
    # Spanish offices in both genders
    assert pairs(
        ["Mar España Martí", "Directora de la Agencia Española de Protección de Datos"]
    ) == [("Directora de la Agencia Española de Protección de Datos", "Mar España Martí")]
    assert pairs(["Ana Gómez", "Secretaria General"]) == [("Secretaria General", "Ana Gómez")]
    # an American state official: name and office on one line, the office's units under it,
    # the name a digital signature stamped over it (without its accent) printed again
    assert pairs(
        [
            "Raquel Tucker, Education Fiscal Services Consultant",
            "Categorical Allocations and Audit Resolution Office",
            "School Fiscal Services Division",
        ]
    ) == [("Education Fiscal Services Consultant", "Raquel Tucker")]
    assert pairs(
        [
            "Abel Guillen",
            "Abel Guillén, Deputy Superintendent",
            "Operations and Administration Branch",
        ]
    ) == [("Deputy Superintendent", "Abel Guillén")]
    # signing on an office's behalf, in the shapes of ministries' and a city's Wob decisions
    assert pairs(
        [
            "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT",
            "namens deze, de Directeur-Generaal Luchtvaart en",
            "Maritieme Zaken,",
            "Mevr. R.W.C. Clabbers",
        ]
    ) == [("Directeur-Generaal Luchtvaart en Maritieme Zaken", "Mevr. R.W.C. Clabbers")]
    assert pairs(
        [
            "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,",
            "namens deze,",
            "DIRECTEUR-GENERAAL MOBILITEIT",
            "Drs. C. van der Burg",
        ]
    ) == [("Directeur-Generaal Mobiliteit", "Drs. C. van der Burg")]
    assert pairs(
        [
            "Burgemeester en Wethouders van Amsterdam,",
            "Namens hen,",
            "C.T.M. Schippers",
            "Directeur",
            "Grond & Ontwikkeling",
        ]
    ) == [("Directeur Grond & Ontwikkeling", "C.T.M. Schippers")]
    # the ECB's "[signed]" mark; a compound office ("Secretaris-directeur") is an office
    assert pairs(["[signed]", "The President of the ECB", "Christine LAGARDE"]) == [
        ("President of the ECB", "Christine LAGARDE")
    ]
    assert pairs(["Sander van Amerongen", "Secretaris-directeur"]) == [
        ("Secretaris-directeur", "Sander van Amerongen")
    ]
    # burgemeester en wethouders sign as a body; the burgemeester signs in office
    assert pairs(
        [
            "Burgemeester en wethouders van Zwolle,",
            "de secretaris,",
            "C. de Vries",
            "de burgemeester,",
            "D. Bakker",
        ]
    ) == [
        ("Secretaris", "C. de Vries"),
        ("Burgemeester", "D. Bakker"),
    ]


def test_signatures_of_councils_courts_and_german_offices() -> None:
    """Offices side by side with their names on the row under them and no formula above (a
    council's griffier and voorzitter; a German committee's chair and officer), a formula over
    two lines, a court's judge in capitals under a rule, a name before its office."""
    from govdocs.structure.signatures import Placed, parse_signatories, signature_spans

    def row(*cells: tuple[str, float], y: float) -> list[Placed]:
        return [Placed(text, 3, x, y) for text, x in cells]

    def who(paras: list[list[Placed]]) -> list[tuple[str | None, str]]:
        ((_, _, found),) = signature_spans(paras)
        return [(s.role, s.name) for s in found]

    council = [
        row(("12 21-01-2025 Nieuwe en gewijzigde beleidsregels openbare orde", 68), y=336),
        row(("de griffier,", 176), ("de voorzitter,", 388), y=302),
        row(("drs. T.W. Zwemmer", 176), ("drs. R. Wever", 387), y=247),
    ]
    assert who(council) == [("Griffier", "drs. T.W. Zwemmer"), ("Voorzitter", "drs. R. Wever")]
    munich = [
        row(("Der Stadtrat der Landeshauptstadt München", 94), y=727),
        row(("Die Vorsitzende", 94), ("Die Referentin", 377), y=697),
        row(("Verena Dietl", 94), ("Kristina Frank", 377), y=607),
    ]
    assert who(munich) == [("Vorsitzende", "Verena Dietl"), ("Referentin", "Kristina Frank")]
    adopted = [
        [
            Placed(
                "Aldus besloten tijdens de openbare vergadering van de gemeenteraad van de",
                6,
                170,
                391,
            ),
            Placed("gemeente Heerlen van 29-01-2025.", 6, 170, 378),
        ],
        row(("griffier,", 170), ("voorzitter,", 390), y=331),
        row(("dhr. drs. T.W. Zwemmer", 170), ("dhr. drs. R. Wever", 390), y=241),
    ]
    assert [name for _, name in who(adopted)] == ["dhr. drs. T.W. Zwemmer", "dhr. drs. R. Wever"]
    court = [
        [
            Placed(
                "DONE AND ORDERED in Chambers at Fort Pierce, Florida this 5th day of July 2022.",
                2,
                108,
                598,
            )
        ],
        [
            Placed("_________________________________", 2, 339, 529),
            Placed("AILEEN M. CANNON", 2, 339, 515),
            Placed("UNITED STATES DISTRICT JUDGE", 2, 339, 501),
        ],
    ]
    assert [name for _, name in who(court)] == ["AILEEN M. CANNON"]
    # a person's name with a comma over the office is no signing body
    # a surname's particle in another language than Dutch, under Dutch academic titles
    assert [
        (s.role, s.name)
        for s in parse_signatories(
            ["namens deze,", "mr. drs. M.A.A. di Bucchianico", "Hoofd Publiekrecht"]
        )
    ] == [("Hoofd Publiekrecht", "mr. drs. M.A.A. di Bucchianico")]
    # signed on behalf with no name printed: the office alone; without "namens" nothing
    assert [
        (s.role, s.name)
        for s in parse_signatories(
            [
                "Het college van burgemeester en wethouders van Amsterdam,",
                "namens hen,",
                "ba/",
                "Teammanager Vergunningen, Toezicht en Handhaving, stadsdeel Zuid",
            ]
        )
    ] == [("Teammanager Vergunningen, Toezicht en Handhaving, stadsdeel Zuid", None)]
    assert parse_signatories(["Hoogachtend,", "Teammanager Vergunningen"]) == []
    # the signer's offices named inside the line under the name, after "and" or a comma
    assert [
        (s.role, s.name)
        for s in parse_signatories(
            [
                "Best regards",
                "Professor Nigel Shadbolt FREng",
                "Government Transparency Board and Chair Local Public Data Panel",
            ]
        )
    ] == [
        (
            "Government Transparency Board and Chair Local Public Data Panel",
            "Professor Nigel Shadbolt FREng",
        )
    ]
    # a French act: dated "Fait le …", the Prime Minister's name alone, then the ministers who
    # countersign "Par le Premier ministre :", each office over its name in small capitals
    assert [
        (s.role, s.name)
        for s in parse_signatories(
            [
                "Fait le 28 juillet 2016.",
                "MANUEL VALLS",
                "Par le Premier ministre :",
                "Le ministre des finances",
                "et des comptes publics,",
                "MICHEL SAPIN",
                "La ministre des outre-mer,",
                "GEORGE PAU-LANGEVIN",
            ]
        )
    ] == [
        (None, "MANUEL VALLS"),
        ("Ministre des finances et des comptes publics", "MICHEL SAPIN"),
        ("Ministre des outre-mer", "GEORGE PAU-LANGEVIN"),
    ]
    # a Flemish council's minutes: "Op last van de raad:" over the director's and the chair's
    # signatures side by side, each office over its name with room to sign between

    def at(text: str, x0: float, y0: float) -> list[Placed]:
        return [Placed(text, 155, x0, y0, x0 + 6 * len(text))]

    spans = signature_spans(
        [
            at("Gezien en goedgekeurd door de gemeenteraad.", 71, 616),
            at("Op last van de raad:", 71, 592),
            at("de algemeen directeur", 71, 574),
            at("Geertrui Vanloo", 71, 451),
            at("de voorzitter", 293, 574),
            at("Carl Devlies", 293, 451),
        ]
    )
    assert [(s.role, s.name) for _, _, found in spans for s in found] == [
        ("Algemeen directeur", "Geertrui Vanloo"),
        ("Voorzitter", "Carl Devlies"),
    ]
    assert [(s.role, s.name) for s in parse_signatories(["Marcia M. Waldron,", "Clerk"])] == [
        ("Clerk", "Marcia M. Waldron")
    ]
    assert [(s.role, s.name) for s in parse_signatories(["CHRISTOPHER M. WOLPERT, Clerk"])] == [
        ("Clerk", "CHRISTOPHER M. WOLPERT")
    ]


def test_a_french_act_signed_in_small_capitals_left_and_right_in_turn() -> None:
    """The Official Journal's acts: "Fait le …", the Prime Minister's name in small capitals on
    the right, then each countersigning office over its name, left and right in turn (stacked,
    never on one row: read as they stand, not column by column). A name in capitals is a name
    where one must follow (under the formula, under an office ending in a comma); elsewhere a
    line in capitals is a heading. A court's clerk enters its order "for the Court"."""
    from govdocs.structure.signatures import Placed, signature_spans

    def para(*lines: tuple[str, float, float]) -> list[Placed]:
        return [Placed(text, 3, x, y, x + 5.2 * len(text)) for text, x, y in lines]

    act = [
        para(
            ("qui sera publié au Journal officiel.", 50, 613), ("Fait le 28 juillet 2016.", 60, 598)
        ),
        para(("MANUEL VALLS", 459, 586)),
        para(("Par le Premier ministre :", 77, 570)),
        para(("Le ministre des finances", 50, 555), ("et des comptes publics,", 52, 544)),
        para(("MICHEL SAPIN", 73, 532)),
        para(("Le garde des sceaux,", 451, 517), ("ministre de la justice,", 450, 506)),
        para(("JEAN-JACQUES URVOAS", 451, 494)),
        para(("La ministre des outre-mer,", 50, 479)),
        para(("GEORGE PAU-LANGEVIN", 60, 467)),
        para(
            ("Le secrétaire d’Etat", 434, 452),
            ("chargé de la réforme de l’Etat", 411, 441),
            ("et de la simplification,", 429, 430),
        ),
        para(("JEAN-VINCENT PLACÉ", 434, 418)),
    ]
    ((first, end, who),) = signature_spans(act)
    assert (first, end) == (1, len(act))
    assert [(s.role, s.name) for s in who] == [
        (None, "MANUEL VALLS"),
        ("Ministre des finances et des comptes publics", "MICHEL SAPIN"),
        ("Garde des sceaux, ministre de la justice", "JEAN-JACQUES URVOAS"),
        ("Ministre des outre-mer", "GEORGE PAU-LANGEVIN"),
        (
            "Secrétaire d’Etat chargé de la réforme de l’Etat et de la simplification",
            "JEAN-VINCENT PLACÉ",
        ),
    ]
    # capitals under an office with no comma, or with no formula above, are no signature
    assert (
        signature_spans([para(("Fait le 28 juillet 2016.", 60, 598)), para(("ANNEXE", 60, 560))])
        == []
    )
    assert (
        signature_spans([para(("Le texte suit.", 60, 598)), para(("MANUEL VALLS", 459, 586))]) == []
    )
    order = [
        para(("the FRAP and Local Rules.", 72, 274)),
        para(("Entered for the Court", 306, 234)),
        para(("CHRISTOPHER M. WOLPERT, Clerk", 306, 180)),
    ]
    ((_, _, clerk),) = signature_spans(order)
    assert [(s.role, s.name) for s in clerk] == [("Clerk", "CHRISTOPHER M. WOLPERT")]


def test_french_delegated_signature_and_english_office_titles() -> None:
    """ "Pour le Président / et par délégation" over the name, the office and a further title
    (CADA's opinions); an English office named by its last word ("Executive Director")."""
    from govdocs.structure.signatures import Placed, parse_signatories

    paras = [
        [Placed("Pour le Président", 2, 359, 598), Placed("et par délégation", 2, 360, 587)],
        [
            Placed("Manon PERRIERE", 2, 355, 490),
            Placed("Rapporteur général", 2, 354, 479),
            Placed("Maître des requêtes au Conseil d'Etat", 2, 314, 467),
        ],
    ]
    assert _one_signature(paras) == [("Rapporteur général", "Manon PERRIERE")]
    assert [
        (s.role, s.name) for s in parse_signatories(["Fabrice Leggeri", "Executive Director"])
    ] == [("Executive Director", "Fabrice Leggeri")]


def test_a_row_of_names_read_as_one_line_over_a_row_of_offices() -> None:
    """A Luxembourg commission's opinion: the formula, the deciding body, then four names the
    text layer read as one line over four offices set apart; the names are cut where the
    offices' columns meet."""
    from govdocs.structure.signatures import Placed

    paras = [
        [Placed("Ainsi décidé à Esch-sur-Alzette en date du 8 juillet 2020.", 2, 71, 312, 345)],
        [Placed("La Commission nationale pour la protection des données", 2, 71, 274, 348)],
        [
            Placed(
                "Tine A. Larsen Thierry Lallemang Christophe Buschmann Marc Lemmer", 2, 76, 148, 523
            ),
            Placed("Présidente", 2, 86, 135, 138),
            Placed("Commissaire", 2, 201, 135, 265),
            Placed("Commissaire", 2, 333, 135, 397),
            Placed("Commissaire", 2, 458, 135, 522),
        ],
    ]
    assert _one_signature(paras) == [
        ("Présidente", "Tine A. Larsen"),
        ("Commissaire", "Thierry Lallemang"),
        ("Commissaire", "Christophe Buschmann"),
        ("Commissaire", "Marc Lemmer"),
    ]


def test_signature_spans_need_a_signing_formula_and_an_office() -> None:
    from govdocs.structure.signatures import Placed, signature_spans

    def para(*texts: str, y: float = 500.0) -> list[Placed]:
        return [Placed(t, 1, 400.0, y - 12 * i) for i, t in enumerate(texts)]

    signed = [
        para("Done at Brussels, 18 May 2017."),
        para("For the Commission"),
        para("Jan Jansen", "Member of the Commission"),
    ]
    ((first, end, who),) = signature_spans(signed)
    assert (first, end, [(s.role, s.name) for s in who]) == (
        1,
        3,
        [("Member of the Commission", "Jan Jansen")],
    )
    # two signatures side by side under "w.g." marks, each name over its office
    side = [
        para("Met de meeste hoogachting,", "namens het Adviescollege ICT-toetsing,"),
        [Placed("w.g.", 1, 80.0, 400.0), Placed("w.g.", 1, 264.0, 400.0)],
        [
            Placed("Adri de Bruijn", 1, 80.0, 375.0),
            Placed("Sander van Amerongen", 1, 264.0, 375.0),
            Placed("Voorzitter", 1, 80.0, 362.0),
            Placed("Secretaris-directeur", 1, 264.0, 362.0),
        ],
    ]
    ((_, _, who),) = signature_spans(side)
    assert [(s.role, s.name) for s in who] == [
        ("Voorzitter", "Adri de Bruijn"),
        ("Secretaris-directeur", "Sander van Amerongen"),
    ]

    # decisions of councils and colleges: the signing body under the formula, offices and
    # names stacked or side by side; an office named in the formula signs with the name
    def who(paras: list[list[Placed]]) -> list[tuple[str | None, str]]:
        ((_, _, found),) = signature_spans(paras)
        return [(s.role, s.name) for s in found]

    assert who(
        [
            para("Aldus vastgesteld in zijn openbare vergadering van 15 oktober 2024"),
            para("De gemeenteraad van Boxtel,", "de griffier,", "I.H.M. Smits", "de voorzitter,")
            + para("R.S. van Meygaarden", y=452.0),
        ]
    ) == [("Griffier", "I.H.M. Smits"), ("Voorzitter", "R.S. van Meygaarden")]
    assert who(
        [
            para("Aldus vastgesteld door de burgemeester van Amsterdam op 6 november 2024"),
            para("F. Halsema"),
        ]
    ) == [("Burgemeester van Amsterdam", "F. Halsema")]
    assert who(
        [
            [
                Placed(
                    "Vastgesteld in de vergadering gehouden op 24 januari 2023.", 1, 71.0, 668.0
                ),
                Placed("Het college van burgemeester en wethouders Wassenaar,", 1, 71.0, 654.0),
            ],
            [
                Placed("T.N. Kramer", 1, 71.0, 608.0),
                Placed("drs. L.A. de Lange", 1, 262.0, 608.0),
                Placed("Gemeentesecretaris", 1, 71.0, 594.0),
                Placed("Burgemeester", 1, 262.0, 594.0),
            ],
        ]
    ) == [("Gemeentesecretaris", "T.N. Kramer"), ("Burgemeester", "drs. L.A. de Lange")]
    # signed on an office's behalf ("namens deze"): the signer's own office counts, a bracketed
    # note and a redaction ground (a name blacked out under "10.2.e") stand in the block
    assert who(
        [
            para("Mocht u vragen hebben, kunt u contact opnemen met de directie Juridische Zaken."),
            para(
                "De minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,",
                "namens deze,",
                "de directeur van de directie Internationaal Ondernemen,",
            ),
            para("[Deze brief is niet voorzien van een handtekening vanwege de", "voorschriften.]"),
            para("A.M.A. Driessen"),
        ]
    ) == [("Directeur van de directie Internationaal Ondernemen", "A.M.A. Driessen")]
    assert who(
        [
            para("Hoogachtend,"),
            para("De Minister van Landbouw, Natuur en Voedselkwaliteit,", "namens deze:"),
            para("10.2.e"),
            para("Eva Heijblom", "plaatsvervangend secretaris-generaal"),
        ]
    ) == [("Plaatsvervangend secretaris-generaal", "Eva Heijblom")]
    # a committee's chair and clerk under its report, offices with their names and no formula
    assert who(
        [
            para("De vragen en opmerkingen zijn op 6 november 2024 aan de minister voorgelegd."),
            para("De voorzitter van de commissie,", "Bromet"),
            para("Adjunct-griffier van de commissie,", "Huls", y=470.0),
        ]
    ) == [("Voorzitter van de commissie", "Bromet"), ("Adjunct-griffier van de commissie", "Huls")]
    # names without an office after a formula (a list of participants), or running text after
    # it, are no signature
    assert (
        signature_spans(
            [para("Done at Brussels, 18 May 2017."), para("Jan Jansen", "Piet Pietersen")]
        )
        == []
    )
    assert (
        signature_spans(
            [
                para("Met vriendelijke groet,"),
                para(
                    "This sentence is running text of the next section, long enough to be body text."
                ),
            ]
        )
        == []
    )


def test_a_letter_signed_by_a_body_without_salutation_is_a_letter() -> None:
    """Provincial letters to the council have no 'Geachte …' but are signed by Gedeputeerde
    Staten (voorzitter, secretaris): a letter, its addressee the address block."""
    for name in [n for n in GOLD if n.startswith("overijssel-gs_") and "brief-aan-ps" in n]:
        got = record(name)
        assert got.kind.value == "parliamentary_letter", name
        assert getattr(got.metadata, "addressee", None) == GOLD[name]["addressee"], name
    # a memo with the same letterhead labels but no signing body stays a memo
    memo = next(n for n in GOLD if n.startswith("overijssel_2023_nota"))
    assert record(memo).kind.value == "other"


@pytest.mark.parametrize(
    ("prefix", "line"),
    [
        ("pbl_", r"PBL \| \d+"),  # on even pages only (mirrored layout)
        ("overijssel-gs_2024-05-28", r"Datum verzending|Pagina 2"),  # margin small print
        # a continuation page's head line, standing alone over page 2 of a two-page letter
        ("overijssel-gs_2024-05-28", r"Brief College Gemeente Wierden: Energiepark Daarle"),
        ("vws-woo_2020-09-11", r"\d{6}"),  # Woo document number stamped in the top band
        # the letterhead column repeated on the pages after the first, at the body's size
        ("logius_2021-09-23", r"Datum|10-12-2020"),
        ("vws_2026-03-30", r"Datum|30 maart 2026|Onze referentie"),
    ],
)
def test_furniture_that_is_not_the_same_text_on_every_page(prefix: str, line: str) -> None:
    import re

    name = next(n for n in GOLD if n.startswith(prefix))
    got = record(name)
    pattern = re.compile(rf"^\s*(?:{line})\s*$")
    left = [t for b in got.blocks for t in b.text.splitlines() if pattern.match(t)]
    assert left == []
    assert any(pattern.match(e.before) for e in got.normalisation if e.rule == "page_furniture")


def test_memo_heads_with_and_without_labels() -> None:
    """Memos are 'other' with their addressee and subject: labels run on in the label column
    ('Onderwerp Vaststelling …'), two labels in one ('Betreft/datum'), and the rijkshuisstijl
    note that prints the values without labels (addressee at the top of the text column,
    subject indented to the value column, a letterhead column with 'Inlichtingen bij')."""
    cases = [
        n for n in GOLD if n.startswith(("logius_20", "king_2013-10", "king_2011", "vws_2026"))
    ]
    checked = 0
    for name in cases:
        got = record(name)
        assert got.kind.value == GOLD[name]["kind"], name
        for field in ("addressee", "subject"):
            if field in GOLD[name]:
                assert getattr(got.metadata, field) == GOLD[name][field], (name, field)
                checked += 1
    assert checked >= 9
    # running text that starts with "betreft" in the label column is no subject
    other = next(n for n in GOLD if n.startswith("king_2013-09-05"))
    assert getattr(record(other).metadata, "subject", None) is None


def test_ocr_letters_pieces_of_one_line_and_the_ministry_under_the_logo() -> None:
    """Scanned Woo letters whose OCR layer holds each line as word groups of different sizes:
    the subject is whole across the pieces, the addressee is the address window after the
    return address (not the ministry's name above it), and the ministry is read under the logo
    with the spaces the OCR dropped ('Ministerie vanVolksgezondheid,') put back."""
    pytest.importorskip("pypdfium2")  # pypdf's own extraction glues the sidebar's "Bijlage(n)"
    for prefix in ("vws-woo_2020-09-11", "vws-woo_2020-09_antwoord"):
        name = next(n for n in GOLD if n.startswith(prefix))
        meta = govdocs.convert(FILES[name], translate=False, pdf_backend="pdfium").metadata
        assert isinstance(meta, govdocs.ParliamentaryLetterMetadata)
        for field in ("subject", "addressee", "ministry"):
            assert getattr(meta, field) == GOLD[name][field], (name, field)


def test_join_baseline_pieces_keeps_labels_and_footnote_marks_apart() -> None:
    from govdocs.document import Line
    from govdocs.structure.pdf_layout import join_baseline_pieces

    def line(text: str, x0: float, x1: float, y0: float = 500.0, **kw: object) -> Line:
        return Line(text, 1, x0, y0, x1, y0 + 7, **{"size": 7.0, **kw})  # type: ignore[arg-type]

    joined = join_baseline_pieces(
        [line("Betreft Aanvullende", 110, 247), line("leerling-", 251, 281, 498.6, size=5.6)]
    )
    assert [x.text for x in joined] == ["Betreft Aanvullende leerling-"]
    label = [line("Datum", 110, 134, bold=True), line("11 sep. 2020", 136, 180)]
    assert len(join_baseline_pieces(label)) == 2  # bold label beside its value
    far = [line("Kenmerk", 110, 140), line("1742228", 200, 240)]
    assert len(join_baseline_pieces(far)) == 2  # a column apart
    mark = [line("Schiphol", 110, 140), line("1", 140.5, 143, 503.0, size=4.5)]
    assert len(join_baseline_pieces(mark)) == 2  # a raised smaller piece is a footnote mark
    # an OCR'd memo's subject runs across the position of a letterhead column (0.62 of the
    # page) in word groups: joined, as no column of lines starts there
    subject = [
        line("Benodigde budgetten aanpak", 158, 272, 658.0),
        line("rattenoverlast (gebaseerd", 278, 377, 658.0, size=7.3),
        line("op de", 383, 403, 658.0, size=6.7),
        line("oude versie van 22 juli", 408, 496, 658.0, size=6.9),
        # word groups of body lines that happen to start at 408 too: pieces, not a column
        line("een", 380, 402, 312.0),
        line("een alternatieve", 407, 480, 312.0),
        line("het", 380, 403, 479.0),
        line("waarneembaar", 409, 477, 479.0),
    ]
    assert join_baseline_pieces(subject)[0].text == (
        "Benodigde budgetten aanpak rattenoverlast (gebaseerd op de oude versie van 22 juli"
    )
    # a body line ending close to a letterhead column whose lines start at 380: kept apart
    column = [
        line("tot de behandeling van het verzoek", 158, 374, 600.0),
        line("Ons kenmerk", 380, 420, 600.0),
        line("BZ2312345", 380, 420, 590.0),
        line("Datum", 380, 420, 570.0),
    ]
    assert [x.text for x in join_baseline_pieces(column)][:2] == [
        "tot de behandeling van het verzoek",
        "Ons kenmerk",
    ]


@pytest.mark.parametrize(
    "prefix",
    [
        "rki_2025",  # a centred cover title set with wide leading, five lines
        "ste-adele_2023",  # PROCÈS-VERBAL, then "Séance publique tenue le …" of its size
        "eu-commission_2017",  # an all-capitals title carried on by "of 18 May 2017 …"
        "un-ocha_2025-03",  # a subtitle followed by the cover's version date, not body text
    ],
)
def test_cover_titles_by_typography(prefix: str) -> None:
    # centring is measured on glyph boxes: pypdf estimates where a line ends
    name = next(n for n in GOLD if n.startswith(prefix))
    got = pdfium(name)
    assert " ".join((got.title or "").split()) == GOLD[name]["title"]


def test_reports_by_evidence_without_a_title_page() -> None:
    """A report excerpt whose title names its genre ('FY 2011 … ANNUAL REPORT') is a report;
    minutes of many pages are not."""
    for prefix in ("us-gsa_fy2011",):
        name = next(n for n in GOLD if n.startswith(prefix))
        assert record(name).kind.value == "report", name
    name = next(n for n in GOLD if n.startswith("tk-fin_2016"))
    assert record(name).kind.value == "other", name


def test_memo_head_read_into_metadata_leaves_the_body() -> None:
    # 'Aan' / 'Betreft/datum' and their values are the memo's metadata, not its first blocks
    got = record(next(n for n in GOLD if n.startswith("king_2011-01-19")))
    assert got.metadata.subject == GOLD[got.source.filename]["subject"]  # type: ignore[union-attr]
    texts = [b.text for b in got.blocks]
    assert not {"Aan", "Betreft/datum", "Deelnemers StUF Expertgroep"} & set(texts)
    assert "9:30 – 12:30 Utrecht (Hoog Brabant)" in texts  # a value no field holds stays


@pytest.mark.parametrize(
    ("prefix", "publisher"),
    [
        ("dusi_2023", "Dienst Uitvoering Subsidies aan Instellingen"),
        ("dusi_2025_procedurebeschrijving", "Dienst Uitvoering Subsidies aan Instellingen"),
    ],
)
def test_back_cover_colophon_is_the_publisher_not_body_text(prefix: str, publisher: str) -> None:
    got = record(next(n for n in GOLD if n.startswith(prefix)))
    assert isinstance(got.metadata, govdocs.ReportMetadata)
    assert got.metadata.publisher == publisher
    last = max(b.page or 0 for b in got.blocks)
    assert all("Rijnstraat 50" not in b.text for b in got.blocks)
    assert last < (got.source.pages or 0)
    removed = [e.before for e in got.normalisation if e.rule == "back_cover"]
    assert "Rijnstraat 50" in removed and publisher in removed


def test_a_last_page_of_text_is_no_back_cover() -> None:
    from govdocs.document import Line
    from govdocs.structure.pdf_document import _back_cover
    from govdocs.structure.pdf_layout import Paragraph

    def paragraph(texts: list[str], page: int = 3) -> Paragraph:
        lines = [
            Line(t, page, 70, 700 - 14 * i, 300, 710 - 14 * i, 10) for i, t in enumerate(texts)
        ]
        return Paragraph(" ".join(texts), page, lines, 10, False, 70)

    colophon = [
        "Ministerie van Financiën",
        "Postbus 20201",
        "2500 EE Den Haag",
        "www.rijksoverheid.nl",
    ]
    body = paragraph(["Zie verder de bijlage bij deze rapportage, te vinden op pagina 12."], 2)
    assert _back_cover([body, paragraph(colophon)], 3) == [1]
    # a closing paragraph with an address in it is text, not a colophon
    closing = paragraph(
        [*colophon[:2], "Wij danken alle deelnemers voor hun bijdragen aan dit onderzoek."]
    )
    assert _back_cover([body, closing], 3) == []
    assert _back_cover([paragraph(colophon, 1)], 1) == []  # a one-page document has no back


def test_footnotes_by_numbering_where_size_alone_cannot_tell() -> None:
    # page 26 of the RKI framework is a table set in the notes' 9 pt: no body-size line marks
    # where the notes begin; the next number of the document's sequence (77) does
    got = record(next(n for n in GOLD if n.startswith("rki_2025")))
    labels = [n.label for n in got.footnotes]
    assert labels == [str(i) for i in range(1, 80)]
    assert any(n.text.startswith("Bij ‘overfitting’") for n in got.footnotes if n.label == "77")
    # a footnote citing the official journal's site is a footnote, not the publisher's line
    peer = record(next(n for n in GOLD if n.startswith("dusi_2025_procedurebeschrijving")))
    assert any(n.text.startswith("Staatscourant 2024") for n in peer.footnotes if n.label == "4")


@pytest.mark.parametrize(
    ("prefix", "label", "start"),
    [
        ("us-copyright-office", "1", "Pub. L. No. 105-304"),  # a raised mark drawn apart
        # a label 3 em before its text
        ("vws-openkat_veilige-weergave", "11", "Dev.to, JavaScript"),
    ],
)
def test_footnote_labels_the_text_layer_holds_apart(prefix: str, label: str, start: str) -> None:
    name = next(n for n in GOLD if n.startswith(prefix))
    got = pdfium(name)
    assert len(got.footnotes) == GOLD[name]["footnotes"]
    assert any(n.text.startswith(start) for n in got.footnotes if n.label == label)


def test_attach_marks_before_and_after_a_line_only() -> None:
    from govdocs.document import Line
    from govdocs.structure.pdf_layout import attach_marks

    note = Line("Pub. L. No. 105-304.", 1, 147, 100, 400, 111, 11)
    label = Line("1", 1, 144, 105, 148, 112, 7.2)
    body = Line("signed into law by", 1, 144, 555, 380, 567, 12)
    end_mark = Line("2", 1, 380.5, 559, 384, 566, 7.2)
    inside = Line("3", 1, 250, 559, 254, 566, 7.2)
    cell = Line("12", 1, 100, 300, 110, 310, 10)  # a number in the text's own size
    beside = Line("Totaal", 1, 112, 300, 150, 310, 10)
    out = attach_marks([note, label, body, end_mark, inside, cell, beside])
    texts = [(line.text, line.superscripts) for line in out]
    assert ("1Pub. L. No. 105-304.", ((0, 1),)) in texts
    assert ("signed into law by2", ((18, 19),)) in texts
    assert ("3", ()) in texts and ("12", ()) in texts and ("Totaal", ()) in texts
    # a label in square brackets, drawn apart in small print before its note: the number
    bracketed = Line("[5]", 1, 60, 125, 67, 130, 4.8)
    fpic = Line("Free prior informed consent (FPIC) is a principle of", 1, 68, 122, 500, 130, 8)
    texts = [(line.text, line.superscripts) for line in attach_marks([fpic, bracketed])]
    assert texts == [("5Free prior informed consent (FPIC) is a principle of", ((0, 1),))]


def test_a_chart_in_small_print_is_no_footnote() -> None:
    # the roadmap annex (a landscape Gantt chart in 7 pt under a 16 pt heading): its axis
    # '1 2 3 … 12' starts no footnote, its labels continue no note of twenty pages before
    got = record(next(n for n in GOLD if n.startswith("pblq-logius")))
    assert [n.label for n in got.footnotes] == ["1", "2"]
    assert got.footnotes[1].text == "Zie Landelijke Voorzieningen"


def test_a_cover_title_is_not_the_running_header_that_repeats_it() -> None:
    # 'THE DIGITAL MILLENNIUM COPYRIGHT ACT OF 1998' (bold capitals, page 1) is repeated as
    # 'The Digital Millennium Copyright Act of 1998' (roman) in the header of every other page
    name = next(n for n in GOLD if n.startswith("us-copyright-office"))
    assert record(name).title == GOLD[name]["title"]


def test_a_footnote_apparatus_makes_a_study_a_report() -> None:
    # no genre named, no letterhead, no contents or numbered headings, but notes: a report;
    # a document naming another genre keeps it (the Federal Register's proposed rule has 6)
    for prefix in ("vws-openkat_veilige-weergave", "us-copyright-office"):
        name = next(n for n in GOLD if n.startswith(prefix))
        assert pdfium(name).kind.value == "report", name
    nprm = pdfium(next(n for n in GOLD if n.startswith("us-faa")))
    assert nprm.kind.value == "other" and len(nprm.footnotes) >= 3


def test_a_byline_under_the_cover_title_is_no_subtitle() -> None:
    from govdocs.structure.pdf_document import _BYLINE

    for prefix in ("vws-rdo_2021-05-27", "vws-rdo_2021-06-18"):
        name = next(n for n in GOLD if n.startswith(prefix))
        assert pdfium(name).title == GOLD[name]["title"]  # pypdf glues this font's words
    assert _BYLINE.match("CoronaCheck, MinVWS") and _BYLINE.match("RDO, MinVWS")
    for subtitle in ("Een verkenning van de risico's", "U.S. Nonresident Alien Income Tax Return"):
        assert not _BYLINE.match(subtitle)


def test_a_title_in_capitals_runs_on_over_a_phrase_with_commas(tmp_path: Path) -> None:
    """A declaration's cover in capitals: its smaller second run ends in "INCLUSIVE, OPEN AND
    SECURE", capitalised words between commas like a byline's ("CoronaCheck, MinVWS"), but
    joined by a conjunction: a phrase of the title, not the names of who wrote it."""
    text = "The pace of change is accelerating and the next production revolution is now here."
    first = [
        (133, 700, 20.6, "G7 ICT AND INDUSTRY MINISTERS’", True),
        (133, 675, 20.6, "DECLARATION", True),
        (133, 651, 18.8, "MAKING THE NEXT PRODUCTION REVOLUTION", True),
        (133, 628, 18.8, "INCLUSIVE, OPEN AND SECURE", True),
        (133, 609, 15.0, "Torino, 25 - 26 September 2017", True),
        *_running(133, 560, 11.0, text, 20),
    ]
    got = _convert_pages(tmp_path, [first, _running(133, 760, 11.0, text, 40)])
    assert got.title == (
        "G7 ICT AND INDUSTRY MINISTERS’ DECLARATION MAKING THE NEXT PRODUCTION REVOLUTION "
        "INCLUSIVE, OPEN AND SECURE"
    )


def test_an_unlabelled_note_head_under_a_logo_and_a_genre_word() -> None:
    # an OCR'd rijkshuisstijl 'nota (ter beslissing)': the ministry's name under the logo is
    # no subject, the addressee is read at the top of the text column
    name = next(n for n in GOLD if n.startswith("vws-woo_2020-09-25"))
    got = pdfium(name)  # the OCR layer's pieces are placed right by PDFium only
    assert got.metadata.addressee == GOLD[name]["addressee"]  # type: ignore[union-attr]


def test_a_templates_instruction_is_no_signatory() -> None:
    from govdocs.structure.signatures import looks_like_name

    # the Woo letter's signature page keeps the template's note: 'Dit tekstvak mag ALLEEN
    # worden verwijderd …'; names have capitalised words and name particles only
    assert not looks_like_name("Dit tekstvak mag ALLEEN worden")
    for name in ("Hugo de Jonge", "drs. K.H. Ollongren", "M.L.J. van der Laan-Pauwels"):
        assert looks_like_name(name), name
    got = pdfium(next(n for n in GOLD if n.startswith("vws-woo_2020-09_antwoord")))
    assert all("tekstvak" not in (s.name or "") for s in got.metadata.signatories)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("prefix", "heading", "kept_out"),
    [
        ("pbl_2023-09-04", "Colofon", "PBL-publicatienummer: 4669"),
        ("vws_2021-06_certification", "● Publisher’s imprint", "Parnassusplein 5 2511 VX Den Haag"),
        ("vws-irealisatie_2026-01-28", "Colofon", "Projectnaam"),
    ],
)
def test_a_colophon_page_is_no_body_text(prefix: str, heading: str, kept_out: str) -> None:
    got = record(next(n for n in GOLD if n.startswith(prefix)))
    assert all(kept_out not in b.text for b in got.blocks)
    removed = [e.before for e in got.normalisation if e.rule == "colophon"]
    assert heading in removed and any(kept_out in line for line in removed)


def test_label_values_by_geometry_in_the_layouts_of_decision_letters() -> None:
    """Constructed in the layouts of held-out Wob decision letters: a Datum label printed
    empty over 'Betreft …' (the next field, not its value); a subject run on under its value
    start; a label column whose values stand beside the labels (the subject stops at the row of
    the next label); MEMORANDUM FOR with its addressee."""
    from govdocs.document import Line
    from govdocs.structure.keyvalue import header_fields

    def line(text: str, x0: float, y0: float, x1: float, size: float = 8.8) -> Line:
        return Line(text, 1, x0, y0, x1, y0 + size, size)

    fields = header_fields(
        [
            line("Datum", 79.3, 532.5, 108.7),
            line("Betreft Besluit op uw Wob-verzoek inzake de", 79.3, 520.5, 305.8),
            line("campagneactiviteiten van de minister van Financiën", 136.2, 508.5, 370.3),
            line("Geachte heer,", 79.3, 474.9, 150.0),
        ]
    )
    assert "date" not in fields
    assert fields["subject"] == (
        "Besluit op uw Wob-verzoek inzake de campagneactiviteiten van de minister van Financiën"
    )
    # a tab stop after "Re:" sets the value further right than its characters say
    fields = header_fields(
        [
            line("To: Supervisor Hillary Ronen", 90.0, 630.3, 253.1, 11.0),
            line("Re: Review of Changes to San Francisco", 90.0, 599.5, 302.6, 11.0),
            line(
                "Unified School District’s Central Administration Budget, FY 2020-21 to FY 2022-23",
                144.0, 584.0, 507.1, 11.0,
            ),
            line("Date: June 13, 2023", 90.0, 568.6, 205.1, 11.0),
        ]
    )  # fmt: skip
    assert fields["subject"] == (
        "Review of Changes to San Francisco Unified School District’s Central Administration "
        "Budget, FY 2020-21 to FY 2022-23"
    )
    fields = header_fields(
        [
            line("Onderwerp", 87.4, 501.8, 127.0, 8.5),
            line("Bijlagen", 87.4, 489.8, 115.1, 8.5),
            line("Wob besluit d.d. 25 november 2020", 147.3, 500.5, 300.1, 10.6),
            line("Bijlage 1: Relevante Wob-artikelen", 147.3, 486.4, 295.8, 10.6),
        ]
    )
    assert fields["subject"] == "Wob besluit d.d. 25 november 2020"
    fields = header_fields(
        [line("MEMORANDUM FOR THE HEADS OF EXECUTIVE DEPARTMENTS", 72, 581, 500, 12)]
    )
    assert fields["addressee"] == "THE HEADS OF EXECUTIVE DEPARTMENTS"


def test_a_value_does_not_run_on_into_the_salutation() -> None:
    from govdocs.document import Line
    from govdocs.structure.keyvalue import header_fields

    fields = header_fields(
        [
            Line("Onderwerp:", 1, 71, 548, 126, 557, 9.1),
            Line("Delftwijk/Waterbuurt: Ontevredenheid aanpak", 1, 136, 548, 426, 557, 9.1),
            Line("Geachte", 1, 71, 502, 212, 542, 40.2),  # an OCR layer's oversized word
        ]
    )
    assert fields["subject"] == "Delftwijk/Waterbuurt: Ontevredenheid aanpak"


def test_two_labels_in_one_give_a_code_to_the_reference() -> None:
    from govdocs.document import Line
    from govdocs.structure.keyvalue import header_fields

    fields = header_fields([Line("Onderwerp/ons kenmerk: 2026-026", 1, 71, 600, 260, 609, 9.0)])
    assert fields == {"reference": "2026-026"}
    fields = header_fields(
        [Line("Betreft/datum: Evaluatie verkiezingen", 1, 71, 600, 260, 609, 9.0)]
    )
    assert fields == {"subject": "Evaluatie verkiezingen"}


def test_file_numbers_are_references() -> None:
    from govdocs.document import Line
    from govdocs.structure.keyvalue import header_fields

    fields = header_fields([Line("FOIA FILE NO.: P054496", 1, 36, 493, 199, 504, 11.0)])
    assert fields == {"reference": "P054496"}


_Row = tuple[float, float, float, str, bool]


def _text_width(text: str, size: float) -> float:
    """The width of ``text`` in the constructed PDFs' font (a space 0.278 em, every other
    character 0.54)."""
    return sum(0.278 if c == " " else 0.54 for c in text) * size


def _centred_at(text: str, size: float, width: float = 595.32) -> float:
    """The x at which ``text`` stands centred on a page ``width`` wide."""
    return (width - _text_width(text, size)) / 2


def _running(x: float, top: float, size: float, text: str, count: int) -> list[_Row]:
    """``count`` lines of running text from ``top`` down the page, 14 points apart."""
    return [(x, top - 14 * i, size, text, False) for i in range(count)]


def _convert_pages(tmp_path: Path, pages: list[list[_Row]]) -> govdocs.Record:
    """Convert a constructed PDF of ``pages`` (see ``test_letters._letter_pdf``)."""
    from .test_letters import _letter_pdf

    path = tmp_path / "constructed.pdf"
    path.write_bytes(_letter_pdf(pages))
    return govdocs.convert(path, translate=False)


def test_constructed_court_decision_titled_by_its_genre_and_signed_by_its_bench(
    tmp_path: Path,
) -> None:
    """A German court's decision: the file number alone at the top (the court's own before the
    lower court's), the court's name in large type, the genre on a display line ("Urteil vom
    …": the title, kind other at any length), the bench named in the opening, and the judges'
    names closing it in a row of their own, no office printed."""
    text = "Die Berufung der Beklagten wird zurückgewiesen, die Kosten trägt die Beklagte."
    first = [
        (85, 676, 11.0, "3 Bf 44/13", False),
        (85, 663, 11.0, "11 K 2149/10", False),
        (109, 715, 16.0, "HAMBURGISCHES OBERVERWALTUNGSGERICHT", True),
        (219, 548, 12.0, "Urteil vom 10. November 2015", True),
        (85, 400, 11.0, "hat das Oberverwaltungsgericht durch die Richter Schulz,", False),
        (85, 386, 11.0, "Probst und Dr. Delfs sowie den ehrenamtlichen Richter Wenzel", False),
        (85, 372, 11.0, "für Recht erkannt:", False),
        *_running(85, 340, 11.0, text, 18),
    ]
    middle = [_running(85, 760, 11.0, text, 40) for _ in range(12)]
    last = [
        (85, 700, 11.0, text, False),
        (85, 686, 11.0, "Gründe für eine Zulassung der Revision liegen nicht vor.", False),
        (120, 630, 11.0, "Schulz", False),
        (262, 630, 11.0, "Probst", False),
        (404, 630, 11.0, "Delfs", False),
    ]
    record = _convert_pages(tmp_path, [first, *middle, last])
    assert record.kind.value == "other"
    assert record.title == "Urteil"
    assert record.date == "2015-11-10"
    assert record.metadata.reference == "3 Bf 44/13"  # type: ignore[union-attr]
    assert [(s.role, s.name) for s in record.metadata.signatories] == [  # type: ignore[union-attr]
        (None, "Schulz"),
        (None, "Probst"),
        (None, "Delfs"),
    ]


def test_constructed_court_decision_with_a_cover_sheet_and_a_certified_copy(
    tmp_path: Path,
) -> None:
    """A court's decision as courts publish them (Schleswig-Holstein, Saxony): a cover sheet
    naming the decision with its date on a centred line in body type, the file number labelled
    ("Az.:") with the lower court's under it, the date in the opening formula broken over two
    lines, and the bench's names under "gez.:" followed by the clerk's certification."""
    text = "Der Antrag auf Prozesskostenhilfe wird abgelehnt, die Kosten trägt der Kläger."
    cover = [
        (205, 737, 13.0, "SCHLESWIG-HOLSTEINISCHES", True),
        (251, 714, 13.0, "FINANZGERICHT", True),
        (255, 694, 11.0, "Beselerallee 39 - 41", False),
        (278, 675, 11.0, "24105 Kiel", False),
        (242, 660, 7.0, "Tel. 0431 988 3835, Fax 0431 988 3846", False),
        (85, 640, 12.0, "Az.: 5 K 113/11", False),
        (85, 626, 12.0, "6 K 3031/10", False),
        (222, 593, 11.0, "Beschluss vom 8. November 2011", False),
        (85, 440, 11.0, "Stichwort: Finanzrechtsweg für einen Anspruch auf Akteneinsicht", False),
    ]
    decision = [
        (85, 760, 11.0, "In dem Rechtsstreit wegen verweigerter Akteneinsicht hat der 5.", False),
        (85, 746, 11.0, "Senat durch den Vorsitzenden Richter Raden, den Richter Dehoust", False),
        (85, 732, 11.0, "und den Richter Tischer am 8. November", False),
        (85, 718, 11.0, "2011 beschlossen:", False),
        *_running(85, 690, 11.0, text, 40),
    ]
    last = [
        (85, 700, 11.0, text, False),
        (85, 670, 11.0, "Der Beschluss ist unanfechtbar.", False),
        (85, 640, 11.0, "gez.:", False),
        (85, 610, 11.0, "Raden Dehoust Tischer", False),
        (85, 560, 11.0, "Die Übereinstimmung mit der Urschrift wird beglaubigt.", False),
        (85, 520, 11.0, "Kiel, den", False),
        (340, 480, 11.0, "Gentsch", False),
        (340, 440, 11.0, "Urkundsbeamtin der Geschäftsstelle", False),
    ]
    record = _convert_pages(tmp_path, [cover, decision, last])
    assert record.kind.value == "other"
    assert record.date == "2011-11-08"
    assert record.metadata.reference == "5 K 113/11"  # type: ignore[union-attr]
    assert [s.name for s in record.metadata.signatories] == [  # type: ignore[union-attr]
        "Raden",
        "Dehoust",
        "Tischer",
    ]
    # no date on a cover: the opening formula's, broken over two lines ("am 13. September" /
    # "2010"), dates the judgment
    judgment = [
        (71, 781, 12.0, "10 S 2/10", False),
        (127, 675, 22.0, "VERWALTUNGSGERICHTSHOF", False),
        (272, 578, 20.0, "Urteil", False),
        (71, 179, 12.0, "hat der 10. Senat durch den Vorsitzenden Richter Lernhart und den", False),
        (71, 165, 12.0, "Richter Paur ohne mündliche Verhandlung am 13. September", False),
        (71, 151, 12.0, "2010", False),
        (71, 123, 12.0, "für Recht erkannt:", False),
    ]
    record = _convert_pages(tmp_path, [judgment, _running(85, 760, 11.0, text, 40)])
    assert (record.title, record.date) == ("Urteil", "2010-09-13")


def test_constructed_cover_title_set_flush_right_over_three_paragraphs(tmp_path: Path) -> None:
    """A cover title set flush right, its last line (the years) smaller and not bold: one
    title, and its lines, read as three paragraphs, are no body text."""

    def flush_right(y: float, size: float, text: str, bold: bool) -> _Row:
        return (562 - _text_width(text, size), y, size, text, bold)

    text = "Ce rapport présente les actions menées par la collectivité pendant l'année."
    cover = [
        flush_right(625, 40.0, "RAPPORT DE", True),
        flush_right(577, 40.0, "DÉVELOPPEMENT DURABLE", True),
        flush_right(531, 36.0, "2021 - 2022", False),
    ]
    record = _convert_pages(tmp_path, [cover, _running(85, 760, 11.0, text, 40)])
    assert record.title == "RAPPORT DE DÉVELOPPEMENT DURABLE 2021 - 2022"
    assert [b.text for b in record.blocks if b.page == 1] == []


def test_court_file_numbers_labelled_with_the_courts_initials() -> None:
    from govdocs.document import Line
    from govdocs.structure.symbols import file_number, is_file_number

    lines = [
        Line("Oberverwaltungsgericht der Freien Hansestadt Bremen", 1, 98, 665, 518, 681, 16.0),
        Line("OVG.: 1 B 198/11", 1, 79, 628, 167, 639, 11.0),
        Line("(VG: 2 V 959/11)", 1, 79, 615, 171, 626, 11.0),
        Line("Beschluss", 1, 271, 593, 346, 608, 15.0),
    ]
    assert file_number(lines) == "1 B 198/11"
    assert is_file_number("5 D 47/15") and is_file_number("VGH B 37/16")
    assert is_file_number("3 K 569/16.MZ")  # the court's seat after the number
    assert not is_file_number("Az.: 5 D 47/15") and not is_file_number("Artikel 5 Absatz 2")


def test_bench_names_are_names_the_decision_stated_together_with_an_office() -> None:
    from govdocs.structure.signatures import Placed, bench_names

    def para(text: str, y: float = 500) -> list[Placed]:
        return [Placed(text, 3, 85, y, 85 + 5 * len(text))]

    opening = para(
        "durch den Präsidenten Dr. Schmidt-Liebig, den Richter Hardenbicker, die "
        "Richterin Eggers-von Wittenburg sowie die ehrenamtlichen Richter"
    )
    # names read as one line are cut into the fewest names the opening states
    found = bench_names(
        [
            opening,
            para("Die Revision wird zugelassen."),
            para("Dr. Schmidt-Liebig Hardenbicker Eggers-von Wittenburg"),
        ]
    )
    assert found is not None
    assert [s.name for s in found[1]] == [
        "Dr. Schmidt-Liebig",
        "Hardenbicker",
        "Eggers-von Wittenburg",
    ]
    assert bench_names([opening, para("gez. Dr. Schmidt-Liebig gez. Hardenbicker")]) is not None
    # the same row signing an earlier part (the judgment, then the decision on the amount in
    # dispute) is no phrase that the names were quoted from
    row = para("Hardenbicker Eggers-von Wittenburg")
    signed_twice = [opening, row, para("Beschluss vom 3. Mai 2010"), para("Unanfechtbar."), row]
    found = bench_names(signed_twice)
    assert found is not None and found[0] == 4
    # margin numbers standing alone after the row do not push it out of reach
    numbered = [opening, para("Unanfechtbar."), row, *(para(str(n)) for n in range(41, 48))]
    found = bench_names(numbered)
    assert found is not None and found[0] == 2
    # a phrase stated as the row prints it, words in capitals, names never stated, or stated
    # apart from any office, are no bench
    phrase = para("Submit Confidential Business Information to the Director of the Office.")
    assert bench_names([phrase, para("Confidential Business Information")]) is None
    assert bench_names([para("OPEX and Overig by the Director"), para("OPEX Overig")]) is None
    assert bench_names([opening, para("Schulz Probst")]) is None
    scattered = para("Schulz said so. " + "Nothing more here. " * 40 + "Probst agreed.")
    assert bench_names([scattered, para("Schulz Probst")]) is None


def test_constructed_notice_dated_and_signed_over_the_office_address(tmp_path: Path) -> None:
    """A regulator's notice (the UK ICO's layout): display lines ending in the genre
    ("MONETARY PENALTY NOTICE") make it `other` at any length, "To:" names the addressee,
    "Dated the 4th day of September 2020." dates and opens the signature, and the office's
    address printed under the signer's name and office is no signatory."""
    text = "The Commissioner has decided to issue the company with a monetary penalty."
    first = [
        (199, 716, 12.0, "DATA PROTECTION ACT 1998", True),
        (199, 629, 12.0, "MONETARY PENALTY NOTICE", True),
        (62, 563, 12.0, "To: CPS Advisory Limited", False),
        *_running(62, 500, 12.0, text, 25),
    ]
    middle = [_running(62, 760, 12.0, text, 45) for _ in range(14)]
    last = [
        (62, 500, 12.0, text, False),
        (62, 424, 12.0, "Dated the 4th day of September 2020.", False),
        (62, 397, 12.0, "Andy Curry", False),
        (62, 382, 12.0, "Head of Investigations", False),
        (62, 368, 12.0, "Information Commissioner's Office", False),
        (62, 353, 12.0, "Wycliffe House", False),
        (62, 339, 12.0, "Water Lane", False),
        (62, 324, 12.0, "SK9 5AF", False),
    ]
    record = _convert_pages(tmp_path, [first, *middle, last])
    assert record.kind.value == "other"
    assert record.date == "2020-09-04"
    meta = record.metadata
    assert meta.addressee == "CPS Advisory Limited"  # type: ignore[union-attr]
    assert [(s.role, s.name) for s in meta.signatories] == [  # type: ignore[union-attr]
        ("Head of Investigations", "Andy Curry")
    ]


def test_a_signature_under_the_line_drawn_to_sign_on() -> None:
    """A notice signed on a drawn line: the rule, then the name with the office after a comma
    (post-nominal letters stay with the name); "For" before another official's name and
    office means signed on that official's behalf: the principal is no signer."""
    from govdocs.structure.signatures import Placed, parse_signatories, signature_spans

    def para(*texts: str, y: float = 400) -> list[Placed]:
        return [Placed(text, 1, 72, y - 14 * i, 72 + 5 * len(text)) for i, text in enumerate(texts)]

    notice = [
        para("Dated: December 8, 2022.", y=420),
        para(
            "_______________________________",
            "Chris Gjolme, Planner",
            "For",
            "Susan Koleda",
            "Director of Community Development",
            y=364,
        ),
    ]
    ((_, _, who),) = signature_spans(notice)
    assert [(s.role, s.name) for s in who] == [("Planner", "Chris Gjolme")]
    agenda = [
        para("Date Posted: December 2, 2022", y=623),
        para("________________________________", "Kathleen Horn Gregory, MMC, City Clerk", y=587),
    ]
    ((_, _, clerk),) = signature_spans(agenda)
    assert [(s.role, s.name) for s in clerk] == [("City Clerk", "Kathleen Horn Gregory, MMC")]
    assert [(s.role, s.name) for s in parse_signatories(["Jim McMahon, OBE", "Minister"])] == [
        ("Minister", "Jim McMahon, OBE")
    ]
    # a rule over running text is no signature
    assert (
        signature_spans([para("______________", "The meeting is adjourned until January.")]) == []
    )


def test_court_file_numbers_and_a_decision_type_given_by_label() -> None:
    """File numbers in the forms of other courts (the year after a point, a court's prefix, a
    later number in brackets; the ECtHR's application number), and a decision's genre given
    as a database record's labelled value ("Entscheidungsart:" | "Gerichtsbescheid")."""
    from govdocs.document import Line
    from govdocs.structure import structure
    from govdocs.structure.symbols import file_number

    def top(text: str, y: float = 760) -> Line:
        return Line(text, 1, 85, y, 85 + 5 * len(text), y + 12, 12.0)

    assert file_number([top("BVerwG 7 B 20.14 (7 C 2.15)"), top("OVG 12 B 50.09", 746)]) == (
        "BVerwG 7 B 20.14"
    )
    assert file_number([top("5 C 08.1191")]) == "5 C 08.1191"
    assert file_number([top("(Application no. 31475/05)")]) == "31475/05"
    assert file_number([top("L 128/59")]) is None  # the Official Journal's series and page
    text = "Die Beklagte wird verpflichtet, dem Kläger Auskunft über die Zahlungen zu erteilen."
    record = [
        Line("Verwaltungsgericht Minden, 7 K 23/10", 1, 54, 750, 297, 764, 13.6, bold=True),
        Line("Datum:", 1, 57, 708, 97, 720, 12.0, bold=True),
        Line("12.08.2010", 1, 177, 708, 236, 720, 12.0),
        Line("Entscheidungsart:", 1, 57, 651, 161, 663, 12.0, bold=True),
        Line("Gerichtsbescheid", 1, 177, 651, 269, 663, 12.0),
        Line("Aktenzeichen:", 1, 57, 633, 137, 645, 12.0, bold=True),
        Line("7 K 23/10", 1, 177, 633, 228, 645, 12.0),
        *[Line(text, 1, 177, 580 - 14 * i, 520, 592 - 14 * i, 12.0) for i in range(20)],
    ]
    assert structure(_raw_page(record)).title == "Gerichtsbescheid"


def test_names_over_their_offices_sign() -> None:
    from govdocs.structure.signatures import Placed

    paras = [
        [Placed("Rule 77 §§ 2 and 3 of the Rules of Court.", 11, 114, 128, 311)],
        [
            Placed("Sally Dollé", 12, 148, 717, 202),
            Placed("Françoise Tulkens", 12, 389, 717, 477),
            Placed("Registrar", 12, 153, 703, 197),
            Placed("President", 12, 411, 703, 455),
        ],
    ]
    assert _one_signature(paras) == [
        ("Registrar", "Sally Dollé"),
        ("President", "Françoise Tulkens"),
    ]


@pytest.mark.parametrize("masthead", ["two lines", "name alone"])
def test_the_senders_name_over_a_title_is_no_part_of_it(tmp_path: Path, masthead: str) -> None:
    """A body's name printed over the title as its masthead: set as the title's first line
    (a US board's notice), it is cut off; set large alone with its motto under it (a council's
    certification), the title is the bold line under the date."""
    text = "The Board voted to close the meeting to the public under the Sunshine Act, as stated."
    if masthead == "two lines":
        head = [
            (176, 638, 12.0, "PRIVACY & CIVIL LIBERTIES OVERSIGHT BOARD", True),
            (232, 616, 12.0, "FULL WRITTEN EXPLANATION", True),
        ]
        title = "FULL WRITTEN EXPLANATION"
    else:
        head = [
            (142, 739, 18.0, "National Council on Disability", True),
            (144, 715, 10.0, "An independent federal agency making recommendations", False),
            (72, 648, 12.0, "January 22, 2024", False),
            (72, 620, 12.0, "CERTIFICATION of CLOSED MEETING", True),
        ]
        title = "CERTIFICATION of CLOSED MEETING"
    record = _convert_pages(tmp_path, [[*head, *_running(72, 590, 12.0, text, 12)]])
    assert record.title == title


def test_offices_in_apposition_and_closings_of_other_wordings() -> None:
    """An office continued after a comma on the next line is one office, capitalised as it may
    be ("Porte-Parole du Gouvernement"); under a name, "office, further office" is the name's
    office in full, not an office and a second name; "In Solidarity," closes a letter."""
    from govdocs.structure.signatures import Placed, parse_signatories

    lines = ["Le Ministre de la Formation Professionnelle,", "Porte-Parole du Gouvernement"]
    paras = [
        [Placed("Monsieur Sidy Mohamed SECK est nommé Président du Conseil.", 4, 36, 660, 498)],
        [Placed(lines[0], 4, 172, 598, 422), Placed(lines[1], 4, 211, 582, 385)],
        [Placed("Amadou Moustapha Njekk SARRE", 4, 200, 566, 413)],
    ]
    assert _one_signature(paras) == [
        (
            "Ministre de la Formation Professionnelle, Porte-Parole du Gouvernement",
            "Amadou Moustapha Njekk SARRE",
        )
    ]
    signed = parse_signatories(["Thomas D. Robinson", "Chairperson, Presidential Appointee"])
    assert [(s.role, s.name) for s in signed] == [
        ("Chairperson, Presidential Appointee", "Thomas D. Robinson")
    ]
    # offices each with a name stay pairs
    pairs = parse_signatories(["voorzitter, A.P. Heidema", "secretaris, N. Versteeg"])
    assert [(s.role, s.name) for s in pairs] == [
        ("Voorzitter", "A.P. Heidema"),
        ("Secretaris", "N. Versteeg"),
    ]
    closed = parse_signatories(["In Solidarity,", "Andrés J. Gallegos", "Chairman"])
    assert [(s.role, s.name) for s in closed] == [("Chairman", "Andrés J. Gallegos")]


@pytest.mark.parametrize("genre", ["report", "speech"])
def test_a_cover_page_before_a_salutation_makes_no_letter(tmp_path: Path, genre: str) -> None:
    """A committee's report or a president's speech: a cover page with no running text, then
    a text that opens by addressing its audience ("Monsieur le Président,") and may close
    with a formula. A letter has no cover: a report is a report, a speech names its genre
    (kind other) and is titled by the longest display run under the state's name and motto."""
    if genre == "report":
        cover = [
            (71, 754, 16.0, "ASSEMBLÉE NATIONALE", False),
            (267, 511, 14.0, "RAPPORT", False),
            (89, 440, 16.0, "SUR LA PROPOSITION DE LOI ORGANIQUE MODIFIANT", False),
        ]
    else:
        cover = [
            (231, 758, 13.9, "République du Sénégal", True),
            (225, 653, 13.9, "Un Peuple-Un But-Une Foi", True),
            (83, 491, 13.9, "DISCOURS DE SON EXCELLENCE MONSIEUR LE PRESIDENT", True),
            (94, 466, 13.9, "A L’OCCASION DE L’OUVERTURE DU SOMMET DU FORUM", True),
            (378, 326, 12.0, "Beijing, le 05 septembre 2024", True),
        ]
    text = "Votre commission s’est réunie pour examiner la proposition de loi qui lui est soumise."
    second = [
        (71, 760, 12.0, "Monsieur le Président,", False),
        *_running(71, 730, 12.0, text, 30),
        (71, 300, 12.0, "Veuillez agréer l’expression de ma haute considération.", False),
    ]
    record = _convert_pages(tmp_path, [cover, second, _running(71, 760, 12.0, text, 40)])
    if genre == "report":
        assert record.kind.value == "report"
    else:
        assert record.kind.value == "other"
        assert record.title == (
            "DISCOURS DE SON EXCELLENCE MONSIEUR LE PRESIDENT A L’OCCASION DE L’OUVERTURE DU "
            "SOMMET DU FORUM"
        )


def test_a_note_to_the_cabinet_titled_by_its_genre_over_its_labelled_subject(
    tmp_path: Path,
) -> None:
    """A Flemish minister's note to the government: the genre in capitals as its title
    ("MEDEDELING AAN DE VLAAMSE REGERING", kind other), the labelled subject under it no part
    of the title, its value broken after a compound's hyphen joined again."""
    text = "De Vlaamse Regering neemt kennis van de stand van uitvoering van het programma."
    page = [
        (140, 700, 14.0, "MEDEDELING AAN DE VLAAMSE REGERING", True),
        (
            71,
            680,
            14.0,
            "Betreft: EFRO Vlaanderen 2021-2027: Uitvoering van het Vlaamse EFRO-",
            True,
        ),
        (71, 663, 14.0, "programma 2021-2027 in het kader van het cohesiebeleid.", True),
        *_running(71, 620, 11.0, text, 30),
    ]
    second = [
        *[(62, 760 - 200 * i, 12.0, f"{i + 1}. Stand van uitvoering", True) for i in range(3)],
        *[(62, 740 - 200 * i - 14 * j, 11.0, text, False) for i in range(3) for j in range(10)],
    ]
    record = _convert_pages(tmp_path, [page, second])
    assert record.kind.value == "other"  # numbered sections as it has
    assert record.title == "MEDEDELING AAN DE VLAAMSE REGERING"
    assert record.metadata.subject == (  # type: ignore[union-attr]
        "EFRO Vlaanderen 2021-2027: Uitvoering van het Vlaamse EFRO-programma 2021-2027 in het "
        "kader van het cohesiebeleid."
    )


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Approuvé par la chambre française le 25 novembre 2025", "2025-11-25"),
        (
            "Bericht beschlossen vom Rechnungshof in seiner Sitzung der Allgemeinen "
            "Versammlung vom 13. November 2024",
            "2024-11-13",
        ),
    ],
)
def test_a_cover_dated_by_when_the_body_adopted_the_report(
    tmp_path: Path, line: str, date: str
) -> None:
    """An audit office's report: its cover (title, a subtitle in long lines, no running text)
    states at its foot when the body adopted it; the years in the title date nothing."""
    cover = [
        (85, 303, 31.0, "Ursprünglicher Haushalt 2025", False),
        (85, 270, 14.0, "Bericht über den Dekretentwurf zur Festlegung der Haushaltspläne", False),
        (85, 253, 14.0, "der Einnahmen und Ausgaben der Deutschsprachigen Gemeinschaft", False),
        (87, 63, 9.0, line, False),
    ]
    text = "Der konsolidierte Finanzierungssaldo wird auf minus 113,9 Millionen Euro geschätzt."
    record = _convert_pages(tmp_path, [cover, _running(85, 700, 10.0, text, 40)])
    assert record.date == date


def test_an_agreement_signed_side_by_side_and_dated_under_each_signature(tmp_path: Path) -> None:
    """An agreement between two bodies: each party's name in bold over its office and its
    organisation, the date written under each signature ("13 / 03 / 2018"); the office signs,
    the organisation does not, and the last signature's date dates the agreement."""
    text = "The two parties will work together to exchange information, experience and expertise."
    last = [
        (51, 760, 12.0, text, False),
        (51, 609, 18.0, "Signatures", True),
        (51, 574, 12.0, "The effective date of this MOU is the date of the last signature.", False),
        (51, 521, 12.0, "Gavin Slater", True),
        (51, 504, 12.0, "Chief Executive Officer", False),
        (51, 486, 12.0, "Digital Transformation Agency", False),
        (51, 374, 12.0, "13 / 03 / 2018", False),
        (304, 521, 12.0, "Rob Fitzpatrick", True),
        (304, 504, 12.0, "Chief Executive Officer", False),
        (304, 486, 12.0, "Australian Information Industry Association", False),
        (304, 374, 12.0, "14 / 03 / 2018", False),
    ]
    record = _convert_pages(tmp_path, [_running(51, 760, 12.0, text, 40), last])
    assert record.date == "2018-03-14"
    assert [(s.role, s.name) for s in record.metadata.signatories] == [  # type: ignore[union-attr]
        ("Chief Executive Officer", "Gavin Slater"),
        ("Chief Executive Officer", "Rob Fitzpatrick"),
    ]


def test_a_council_note_under_its_masthead_and_release_stamp(tmp_path: Path) -> None:
    """A note of the Council's secretariat made public: the release stamp ("PUBLIC", the
    largest text) and the masthead set flush right ("COUNCIL OF" / "THE EUROPEAN UNION") are
    no title, nor the codes and marking beside them; the genre line over the From/To head is."""
    text = "As far as distribution and handling is concerned, Council documents fall into types."
    page = [
        (369, 699, 47.7, "PUBLIC", True),
        (193.24, 719, 12.0, "COUNCIL OF", True),  # (both end at 254.9)
        (144.55, 705, 12.0, "THE EUROPEAN UNION", True),
        (340, 719, 12.0, "Brussels, 16 March 2006", True),
        (340, 663, 12.0, "5847/06", True),
        (340, 622, 12.0, "LIMITE", True),
        (340, 589, 12.0, "CAB 11", True),
        (340, 575, 12.0, "CSC 13", True),
        (57, 539, 12.0, "INFORMATION NOTE", True),
        (57, 523, 12.0, "From : The General Secretariat", True),
        (57, 491, 12.0, "Subject : Handling of documents marked LIMITE", True),
        *_running(57, 463, 12.0, text, 25),
    ]
    footer = [(57, 45, 12.0, "5847/06", True), (491, 29, 18.0, "EN", True)]
    record = _convert_pages(
        tmp_path, [[*page, *footer], [*_running(57, 760, 12.0, text, 40), *footer]]
    )
    assert record.title == "INFORMATION NOTE"
    assert record.date == "2006-03-16"
    # (the Council's document number, digits and the year, repeated in the footer)
    assert record.metadata.reference == "5847/06"  # type: ignore[union-attr]


def test_a_german_act_signed_by_offices_over_surnames() -> None:
    """The Federal Law Gazette's signatures: "Berlin, den 5. Juli 2017", then each office over
    its holder's name (the President by surname alone), a capital the text layer set apart
    from its word ("M erkel") joined again."""
    from govdocs.structure.signatures import Placed

    paras = [
        [Placed("Das vorstehende Gesetz wird hiermit ausgefertigt.", 2, 195, 349, 411)],
        [Placed("Berlin, den 5. Juli 2017", 2, 195, 307, 290)],
        [Placed("Der Bundespräsident", 2, 240, 285, 356), Placed("Steinmeier", 2, 269, 273, 328)],
        [
            Placed("Die Bundeskanzlerin", 2, 241, 252, 354),
            Placed("Dr. Angela M erkel", 2, 252, 240, 344),
        ],
        [
            Placed("Der Bundesminister des Innern", 2, 212, 219, 382),
            Placed("Thomas de Maizière", 2, 244, 207, 353),
        ],
    ]
    assert _one_signature(paras) == [
        ("Bundespräsident", "Steinmeier"),
        ("Bundeskanzlerin", "Dr. Angela Merkel"),
        ("Bundesminister des Innern", "Thomas de Maizière"),
    ]


def test_an_order_signed_and_countersigned_by_command() -> None:
    """A Governor-General's order: "Dated 12 March 2015", the Governor-General's name over the
    office (flush right), then "By His Excellency's Command" over the Prime Minister."""
    from govdocs.structure.signatures import Placed, signature_spans

    paras = [
        [Placed("This Order will commence on 1 July 2015.", 1, 64, 274, 269)],
        [Placed("Dated 12 March 2015", 1, 64, 247, 264)],
        [Placed("Peter Cosgrove", 1, 460, 172, 534), Placed("Governor-General", 1, 446, 160, 534)],
        [Placed("By His Excellency’s Command", 1, 64, 112, 215)],
        [Placed("Tony Abbott", 1, 64, 76, 125), Placed("Prime Minister", 1, 64, 64, 136)],
    ]
    signed = [(s.role, s.name) for _, _, who in signature_spans(paras) for s in who]
    assert signed == [("Governor-General", "Peter Cosgrove"), ("Prime Minister", "Tony Abbott")]


@pytest.mark.parametrize(
    ("under", "title"),
    [
        ("v1.0.0", "PID Rule Book for the EUDI Wallet ecosystem"),
        ("Bijdrage van het Federaal Planbureau", "PID Rule Book for the EUDI Wallet ecosystem"),
    ],
)
def test_a_version_or_a_contribution_under_a_title_is_no_part_of_it(
    tmp_path: Path, under: str, title: str
) -> None:
    text = "This document presents the state of play of ongoing work of the expert group today."
    page = [
        (190, 541, 18.0, "PID Rule Book", True),
        (190, 515, 13.9, "for the EUDI Wallet ecosystem", False),
        (190, 490, 13.9, under, False),
        *_running(72, 305, 12.0, text, 10),
    ]
    record = _convert_pages(tmp_path, [page, _running(72, 760, 12.0, text, 40)])
    assert record.title == title


def test_a_ministers_long_office_over_the_name_signed_below() -> None:
    """A Flemish minister's note ends with the office on one long line ("De Vlaamse minister
    van …", the government's adjective before the office) and the name well below it; a
    sentence that opens with an office is no signature."""
    from govdocs.structure.signatures import Placed, signature_spans

    office = "De Vlaamse minister van Economie, Innovatie, Werk, Sociale economie en Landbouw"
    paras = [
        [Placed("Deze verzorgt het secretariaat voor de EFRO-gerelateerde punten.", 8, 57, 528)],
        [Placed(office, 8, 98, 392, 483)],
        [Placed("Jo BROUNS", 8, 265, 273, 316)],
    ]
    assert _one_signature(paras) == [
        (
            "Vlaamse minister van Economie, Innovatie, Werk, Sociale economie en Landbouw",
            "Jo BROUNS",
        )
    ]
    sentence = "De minister van Economie heeft de stand van zaken toegelicht aan de raad."
    assert signature_spans([paras[0], [Placed(sentence, 8, 57, 392)], paras[2]]) == []


def test_a_certificate_closed_by_its_signers_name_over_the_office(tmp_path: Path) -> None:
    """A council's one-page certification ends with the signer's name over the office, no
    formula before them: they sign it. A line of text after them would make them no signature."""
    text = "I hereby certify that the meeting of the Council may be closed to the public today."
    page = [
        (142, 739, 18.0, "National Council on Disability", True),
        (72, 648, 12.0, "January 22, 2024", False),
        (72, 620, 12.0, "CERTIFICATION of CLOSED MEETING", True),
        *_running(72, 593, 12.0, text, 8),
        (72, 386, 12.0, "Joan Durocher", False),
        (72, 372, 12.0, "General Counsel", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert [(s.role, s.name) for s in record.metadata.signatories] == [  # type: ignore[union-attr]
        ("General Counsel", "Joan Durocher")
    ]
    later = _convert_pages(tmp_path, [[*page, (72, 340, 12.0, text, False)]])
    assert later.metadata.signatories == []  # type: ignore[union-attr]


def test_a_prefects_order_titled_with_its_date_and_signed_by_delegation(tmp_path: Path) -> None:
    """A prefect's order: the act named with its date in bold, centred over its object ("Arrêté
    du 24 septembre 2021" / "portant modification …", over 400 characters together: an act's
    title runs as long as its object); it ends with the place and date opening a paragraph of
    signature lines, signed by delegation by the secretary general."""
    obj = [
        "portant modification de l’autorisation d’exploiter une unité de valorisation de",
        "combustibles solides de récupération (CSR), de déchets d’activité économique (DAE) et",
        "d’ordures ménagères (OM) sur le territoire de la commune de Bantzenheim à la société",
        "B+T ENERGIE France Sas, exploitant une installation classée pour la protection de",
        "l’environnement, en référence au titre VIII du livre I et au titre Ier du livre V du code",
    ]
    text = "VU le code de l’environnement, livre V, titre 1er relatif aux installations classées ;"

    def centred(line: str) -> float:
        return _centred_at(line, 11, width=594.0)

    head = "Arrêté du 24 septembre 2021"
    first = [
        (centred(head), 564, 11.0, head, True),
        *[(centred(line), 550 - 13.5 * i, 11.0, line, True) for i, line in enumerate(obj)],
        *_running(48, 440, 11.0, text, 20),
    ]
    last = [
        *_running(48, 760, 11.0, text, 10),
        (295, 597, 11.0, "Á Colmar, le 24 septembre 2021", False),
        (396, 583, 11.0, "Le préfet,", False),
        (336, 570, 11.0, "Pour le préfet et par délégation,", False),
        (365, 556, 11.0, "Le secrétaire général,", False),
        (408, 529, 11.0, "signé", False),
        (368, 503, 11.0, "Jean-Claude GENEY", False),
    ]
    record = _convert_pages(tmp_path, [first, _running(48, 760, 11.0, text, 45), last])
    assert record.title == " ".join(["Arrêté du 24 septembre 2021", *obj])
    assert record.date == "2021-09-24"
    assert [(s.role, s.name) for s in record.metadata.signatories] == [  # type: ignore[union-attr]
        ("Secrétaire général", "Jean-Claude GENEY")
    ]


def test_a_ministers_order_titled_by_its_genre_and_object_in_the_texts_size(
    tmp_path: Path,
) -> None:
    """A minister's order set in one size: under the ministry's name, the centred line naming
    the genre and the object and the centred lines under it are the title, up to the authority
    that enacts it; the recitals ("Vu …") follow."""

    def centred(line: str) -> float:
        return _centred_at(line, 13, width=594.0)

    title = [
        "Arrêté portant approbation du programme annuel",
        "d'inspection de l'Inspection générale de l'Administration de la",
        "Justice",
    ]
    text = "Vu le décret portant organisation du Ministère de la Justice et ses attributions ;"
    page = [
        (95, 765, 11.0, "REPUBLIQUE DU SENEGAL", False),
        (96, 705, 13.0, "MINISTERE DE LA JUSTICE", False),
        *[(centred(line), 655 - 17 * i, 13.0, line, False) for i, line in enumerate(title)],
        (197, 586, 13.0, "LE MINISTRE DE LA JUSTICE, GARDE DES SCEAUX", False),
        (92, 558, 13.0, "Vu la Constitution ;", False),
        *_running(94, 540, 12.0, text, 25),
    ]
    record = _convert_pages(tmp_path, [page, _running(94, 760, 12.0, text, 30)])
    assert record.title == " ".join(title)


def test_a_briefing_named_over_its_title_is_a_report(tmp_path: Path) -> None:
    """A parliament's research briefing: "BRIEFING" set large over the title names the genre;
    with no contents page, numbered headings or footnotes, it is a report all the same."""
    text = "Payment services enable digital payments through direct debits and credit transfers."
    first = [
        (72, 771, 20.0, "BRIEFING", False),
        (86, 676, 28.0, "Revision of Directive (EU) 2015/2366", False),
        (177, 646, 28.0, "on Payment Services", False),
        *_running(72, 622, 11.2, text, 42),  # (a full first page: no title page)
    ]
    pages = [first, *[_running(72, 760, 11.2, text, 45) for _ in range(3)]]
    record = _convert_pages(tmp_path, pages)
    assert record.kind.value == "report"
    assert record.title == "Revision of Directive (EU) 2015/2366 on Payment Services"


def test_a_contents_page_in_small_print_holds_no_footnotes(tmp_path: Path) -> None:
    """Numbered contents entries set smaller than the text, low on their page ("1 TOEGANG TOT
    DE TOEPASSINGEN ........ 4"), are the table of contents, not footnotes."""
    text = "Digitaal ondertekenen is een veilig en betrouwbaar proces voor alle documenten hier."
    entries = ["DIGITAAL ONDERTEKENEN", "TOEGANG TOT DE TOEPASSINGEN", "VRAGEN EN SUPPORT"]
    contents = [
        *_running(72, 760, 11.0, text, 30),
        *[
            (72, 200 - 12 * i, 8.0, f"{i + 1} {e} {'.' * 40} {i + 3}", False)
            for i, e in enumerate(entries)
        ],
    ]
    pages = [_running(72, 760, 11.0, text, 45), contents, _running(72, 760, 11.0, text, 45)]
    record = _convert_pages(tmp_path, pages)
    assert record.footnotes == []


def test_academic_titles_run_together_before_a_name() -> None:
    """ "dr.mr. L. van Poelgeest" (the titles without a space) is a name under the office, not
    the office's continuation."""
    from govdocs.structure.signatures import parse_signatories

    lines = [
        "DE MINISTER-PRESIDENT,",
        "Minister van Algemene Zaken",
        "namens deze,",
        "Plv. Secretaris-Generaal",
        "dr.mr. L. van Poelgeest",
    ]
    assert [(s.role, s.name) for s in parse_signatories(lines)] == [
        ("Plv. Secretaris-Generaal", "dr.mr. L. van Poelgeest")
    ]


def test_a_document_naming_itself_with_its_date_is_titled(tmp_path: Path) -> None:
    """A ministry's circular titled with the date it applies from ("Normenbrief 1 januari
    2026", bold in the text's size): a title, not a dateline; a weekday before a date is none."""
    from govdocs.structure.pdf_document import _named_with_date

    text = "Het referentiemaandloon per 1 januari 2026 is vastgesteld op het nieuwe bedrag."
    page = [(79, 605, 9.0, "Normenbrief 1 januari 2026", True), *_running(79, 512, 9.0, text, 30)]
    record = _convert_pages(tmp_path, [page, _running(79, 760, 9.0, text, 50)])
    assert record.title == "Normenbrief 1 januari 2026"
    assert not _named_with_date("Dinsdag 3 maart 2020")


def test_a_german_bill_titled_under_its_genre_and_author(tmp_path: Path) -> None:
    """A federal government bill: "Gesetzentwurf" / "der Bundesregierung" over the formal
    title ("Entwurf eines … Gesetzes"), lettered sections under it: the formal title, kind
    other (a bill, not a report)."""
    text = "Daten, die elektronisch verarbeitet werden können, sind eine wertvolle Ressource."
    page = [
        (390, 760, 12.0, "Stand: 09.12.2016", True),
        (71, 730, 16.0, "Gesetzentwurf", True),
        (71, 703, 12.0, "der Bundesregierung", True),
        (106, 649, 16.0, "Entwurf eines Ersten Gesetzes zur Änderung des E-", True),
        (106, 628, 16.0, "Government-Gesetzes", True),
        (89, 565, 12.0, "A. Problem und Ziel", True),
        *_running(89, 547, 12.0, text, 25),
    ]
    second = [
        (89, 760, 12.0, "B. Lösung", True),
        *_running(89, 740, 12.0, text, 20),
        (89, 440, 12.0, "C. Alternativen", True),
        *_running(89, 420, 12.0, text, 20),
    ]
    record = _convert_pages(tmp_path, [page, second])
    assert record.kind.value == "other"
    assert record.title == "Entwurf eines Ersten Gesetzes zur Änderung des E-Government-Gesetzes"
    assert record.date == "2016-12-09"


def test_a_gazette_notice_titled_under_the_act_it_is_made_under(tmp_path: Path) -> None:
    """A gazette's notice: under the state's name and the rubric, the act it is made under
    ("Public Service Act 1999") heads the notice's own title in the same type: no part of it."""
    text = "I, the Governor-General, acting with the advice of the Federal Executive Council:"
    page = [
        (124, 792, 22.0, "Commonwealth", True),
        (124, 769, 22.0, "of Australia", True),
        (391, 749, 12.0, "GOVERNMENT NOTICES", True),
        (240, 658, 12.0, "Public Service Act 1999", True),
        (102, 634, 12.0, "Order to Establish the Digital Transformation Office", True),
        *_running(64, 609, 12.0, text, 20),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.title == "Order to Establish the Digital Transformation Office"


def test_names_over_offices_in_columns_read_apart_sign_together() -> None:
    """Two ministers under a foreword, each name over its office, the columns laid out as
    paragraphs of their own: both sign, each with the office under their own name (not the
    first column's office with the second column's name)."""
    from govdocs.structure.signatures import Placed, signature_spans

    paras = [
        [
            Placed(
                "We are committed to leading by example in using cloud services.", 3, 99, 358, 490
            )
        ],
        [Placed("Mathias Cormann", 3, 148, 182, 231)],
        [Placed("Minister for Finance", 3, 142, 163, 237)],
        [
            Placed("Malcolm Turnbull", 3, 364, 182, 447),
            Placed("Minister for Communications", 3, 337, 163, 474),
        ],
    ]
    ((first, end, who),) = signature_spans(paras)
    assert (first, end) == (1, 4)
    assert [(s.role, s.name) for s in who] == [
        ("Minister for Finance", "Mathias Cormann"),
        ("Minister for Communications", "Malcolm Turnbull"),
    ]
    # an office alone signs with the names printed under it, never with one printed above it
    assert signature_spans(paras[2:]) == []


def test_a_decision_dated_by_its_opening_formula_and_titled_on_page_two(tmp_path: Path) -> None:
    """A Bavarian decision: page 1 ends with the opening formula ("erlässt der … am 16. Juli
    2008 folgenden"), the genre stands atop page 2 ("Beschluss:"); the decision is dated by
    the formula, not by the lower court's decision it names before it."""
    text = "Die Beschwerde ist zulässig, aber nicht begründet, wie im Folgenden ausgeführt wird."
    first = [
        (71, 756, 12.0, "5 C 08.1191", True),
        (159, 648, 15.9, "Bayerischer Verwaltungsgerichtshof", True),
        (71, 611, 12.0, "In der Verwaltungsstreitsache", True),
        (71, 323, 12.0, "hier: Beschwerde gegen den Beschluss des Verwaltungsgerichts", True),
        (71, 305, 12.0, "Augsburg vom 22. April 2008,", True),
        (71, 269, 12.0, "erlässt der Bayerische Verwaltungsgerichtshof, 5. Senat,", True),
        (71, 251, 12.0, "durch den Präsidenten des Verwaltungsgerichtshofs Hüffer,", True),
        (71, 179, 12.0, "ohne mündliche Verhandlung am 16. Juli 2008", True),
        (71, 161, 12.0, "folgenden", True),
    ]
    second = [
        (260, 716, 14.0, "Beschluss:", True),
        (71, 680, 12.0, "I. Die Beschwerde wird zurückgewiesen.", True),
        *_running(71, 640, 12.0, text, 30),
    ]
    record = _convert_pages(tmp_path, [first, second])
    assert record.title == "Beschluss"
    assert record.date == "2008-07-16"
    assert record.metadata.reference == "5 C 08.1191"  # type: ignore[union-attr]


def test_a_signature_block_holds_the_offices_units() -> None:
    from govdocs.structure.signatures import signature_block_like

    signed = ["Abel Guillén, Deputy Superintendent", "Operations and Administration Branch"]
    assert signature_block_like(signed)
    # a unit with no office above it is no signature
    assert not signature_block_like(["Operations and Administration Branch"])


def test_constructed_letter_signed_under_a_digital_signature_stamp(tmp_path: Path) -> None:
    """An American state agency's letter: "Sincerely," then the stamp a digital signature
    draws ("Digitally signed by …", its date), then the signer's name and office and the
    office's unit: the stamp is no signatory and does not end the signature."""
    text = "The Department has reviewed the interim reports and concurs with the certification."
    page = [
        (72, 740, 11.5, "May 3, 2024", False),
        (72, 700, 11.5, "Matt Wayne, Ed.D., Superintendent", False),
        (72, 686, 11.5, "San Francisco Unified School District", False),
        (72, 672, 11.5, "555 Franklin Street", False),
        (72, 658, 11.5, "San Francisco, CA 94102-5207", False),
        (72, 630, 11.5, "Dear Superintendent Wayne:", False),
        (72, 604, 11.5, "Subject: 2023-24 Second Interim Reports", False),
        *_running(72, 580, 11.5, text, 8),
        (72, 450, 11.5, "Sincerely,", False),
        (149, 438, 6.3, "Digitally signed by Abel", False),
        (149, 431, 6.3, "Guillen", False),
        (149, 424, 6.3, "Date: 2024.05.03", False),
        (149, 417, 6.3, "08:19:06 -07'00'", False),
        (72, 400, 11.5, "Abel Guillén, Deputy Superintendent", False),
        (72, 386, 11.5, "Operations and Administration Branch", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value == "parliamentary_letter"
    assert [(s.role, s.name) for s in record.metadata.signatories] == [  # type: ignore[union-attr]
        ("Deputy Superintendent", "Abel Guillén")
    ]


def test_constructed_cover_naming_the_client_at_its_foot_in_the_largest_type(
    tmp_path: Path,
) -> None:
    """A state team's report cover (FCMAT's): the title at the top, the date under it, the
    district it was written for at the foot in the largest type, the team's chief executive
    in small print beside it. The district is no title, nor is the chief executive."""
    from govdocs.structure.bodies import is_body_name

    assert is_body_name("San Francisco Unified School District")
    text = "The district has been asked to review its fiscal health across twenty areas of risk."
    cover = [
        (29, 625, 28.0, "Fiscal Health Risk Analysis", True),
        (29, 596, 11.7, "March 3, 2022", True),
        (29, 101, 34.0, "San Francisco Unified", True),
        (29, 60, 34.0, "School District", True),
        (454, 45, 10.8, "Michael H. Fine", True),
        (454, 36, 7.2, "Chief Executive Officer", False),
    ]
    record = _convert_pages(tmp_path, [cover, _running(72, 760, 11.7, text, 45)])
    assert record.title == "Fiscal Health Risk Analysis"
    assert record.date == "2022-03-03"


def _diplomatic_letter(closing: list[_Row]) -> list[list[_Row]]:
    """The United Nations' letter layout: the sender's office in bold over the date, a
    salutation, the address at the foot of page 1 (a hanging indent, the city under it), the
    text going on overleaf, a diplomatic closing and the name alone."""
    text = "Statistics are critical for evidence-based policymaking across all sectors today."
    first = [
        (53, 705, 11.5, "THE SECRETARY-GENERAL", True),
        (355, 664, 12.0, "02 September 2020", False),
        (132, 623, 12.0, "Excellency,", False),
        *_running(132, 595, 12.0, text, 12),
        (132, 400, 12.0, "the challenges of our time.", False),
        (132, 85, 12.0, "All Permanent Representatives and", False),
        (138, 71, 12.0, "Permanent Observers of Member States", False),
        (138, 57, 12.0, "to the United Nations", False),
        (132, 43, 12.0, "New York", False),
    ]
    second = [
        *_running(132, 718, 12.0, text, 6),
        (132, 634, 12.0, "the role of statistics in sustainable development for all.", False),
        *closing,
        (360, 374, 12.0, "António Guterres", False),
    ]
    return [first, second]


@pytest.mark.parametrize(
    "closing",
    [
        [
            (
                168,
                470,
                12.0,
                "Please accept, Excellency, the assurances of my highest consideration.",
                False,
            )
        ],
        [
            (168, 470, 12.0, "Je vous prie d’agréer, Monsieur l’Ambassadeur, les", False),
            (132, 456, 12.0, "assurances de ma très haute considération.", False),
        ],
    ],
)
def test_constructed_diplomatic_letter_addressed_at_the_foot_of_its_first_page(
    tmp_path: Path, closing: list[_Row]
) -> None:
    record = _convert_pages(tmp_path, _diplomatic_letter(closing))
    assert record.kind.value == "parliamentary_letter"
    meta = record.metadata
    # the address under the hanging indent, not the place under it, nor the sender's office
    assert meta.addressee == (  # type: ignore[union-attr]
        "All Permanent Representatives and Permanent Observers of Member States to the United "
        "Nations"
    )
    assert _signatories(record) == [[None, "António Guterres"]]
    body = " ".join(b.text for b in record.blocks if b.type.value == "paragraph")
    assert "New York" not in body and "Permanent Observers" not in body
    assert record.date == "2020-09-02"


def test_an_address_in_the_texts_type_above_the_date_is_the_addressee(tmp_path: Path) -> None:
    """A British letter prints the address above the date, in the text's type (not the
    sender's display type): it stays the addressee."""
    text = "We believe greater transparency and the opening up of public sector data matter."
    page = [
        (71, 679, 9.8, "Rt Hon Francis Maude MP", False),
        (71, 665, 9.8, "Minister for the Cabinet Office", False),
        (71, 599, 9.8, "14th June, 2010", False),
        (71, 562, 9.8, "Dear Francis", False),
        *_running(71, 530, 9.8, text, 10),
        (71, 380, 9.8, "Yours sincerely,", False),
        (71, 340, 9.8, "Nigel Shadbolt", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.metadata.addressee.startswith("Rt Hon Francis Maude MP")  # type: ignore[union-attr]


def test_one_salutation_rule_for_every_stage() -> None:
    from govdocs.structure.signatures import is_salutation

    for line in ("Excellency,", "Geachte voorzitter,", "Sehr geehrte Damen und Herren,", "Sir,"):
        assert is_salutation(line), line
    # running text that opens with a salutation's word is none
    assert not is_salutation("beste resultaten in de regio")
    assert not is_salutation(
        "Dear reader, this report sets out what we found in 2023 and why it matters so much."
    )


def test_constructed_staff_comment_letter(tmp_path: Path) -> None:
    """An American regulator's staff letter: the date alone, how it was sent ("Via E-mail")
    over the address, a bold "Re:" whose value runs over four lines (the first ending in
    "Inc.", one a filing's date), a conformed signature ("/s/ …") over the typed name with a
    one-word office whose unit follows, then the copies."""
    text = "We have limited our review of your filing to the issues we have addressed below."
    page = [
        (360, 658, 12.0, "June 28, 2017", False),
        (72, 631, 12.0, "Via E-mail", False),
        (72, 617, 12.0, "Andrew Anagnost", False),
        (72, 603, 12.0, "Chief Executive Officer", False),
        (72, 589, 12.0, "Autodesk, Inc.", False),
        (72, 575, 12.0, "111 McInnis Parkway", False),
        (72, 561, 12.0, "San Rafael, California 94903", False),
        (108, 533, 12.0, "Re: Autodesk, Inc.", True),
        (144, 519, 12.0, "Form 10-K for the Fiscal Year Ended January 31, 2017", True),
        (144, 505, 12.0, "Filed March 21, 2017", True),
        (144, 491, 12.0, "File No. 0-14338", True),
        (72, 464, 12.0, "Dear Mr. Anagnost:", False),
        *_running(72, 436, 12.0, text, 8),
        (360, 308, 12.0, "Sincerely,", False),
        (360, 280, 12.0, "/s/ Cecilia Blye", False),
        (360, 252, 12.0, "Cecilia Blye, Chief", False),
        (360, 238, 12.0, "Office of Global Security Risk", False),
        (72, 211, 12.0, "cc: Barbara Jacobs", False),
        (108, 197, 12.0, "Assistant Director", False),
    ]
    record = _convert_pages(tmp_path, [page])
    meta = record.metadata
    assert meta.subject == (  # type: ignore[union-attr]
        "Autodesk, Inc. Form 10-K for the Fiscal Year Ended January 31, 2017 Filed March 21, "
        "2017 File No. 0-14338"
    )
    assert meta.addressee.startswith("Andrew Anagnost")  # type: ignore[union-attr]
    assert "111 McInnis" not in meta.addressee  # type: ignore[union-attr]
    assert _signatories(record) == [["Chief, Office of Global Security Risk", "Cecilia Blye"]]


def test_british_address_lines_end_the_addressee() -> None:
    from govdocs.structure.letter import _POSTAL

    for line in ("Riverside House", "2A Southwark Bridge Road", "London SE1 9HA"):
        assert _POSTAL.match(line), line
    for line in ("Sharon White", "Ofcom", "Chief Executive", "House of Commons"):
        assert not _POSTAL.match(line), line


def test_constructed_foi_response_letter(tmp_path: Path) -> None:
    """A British police force's reply to an information request: the sender's contact fields
    ("Name:", "Dept:") and references ("My Reference:") in the head, the requester's name
    alone, the date; the signer's name, an office ending in "Decision Maker" and the units
    under it ("Information Management", "… Command")."""
    text = "Your request for information has now been considered and the information is held."
    page = [
        (15, 797, 10.0, "Name: Georgia Benson", False),
        (15, 785, 10.0, "Dept: Digital Data & Technology", False),
        (15, 711, 10.0, "Your reference: FOI-24576-25", False),
        (15, 699, 10.0, "My Reference: FOI 1306/25", True),
        (36, 660, 11.0, "Claudia Robinson", False),
        (460, 622, 11.0, "13th October 2025", False),
        (36, 571, 11.0, "Dear Ms Robinson,", False),
        *_running(36, 545, 11.0, text, 8),
        (36, 420, 11.0, "Yours sincerely,", False),
        (36, 392, 11.0, "Georgia Benson", False),
        (36, 376, 11.0, "Public Access and Disclosure Decision Maker", False),
        (36, 363, 11.0, "Information Management", False),
        (36, 350, 11.0, "Digital Data & Technology Command", False),
    ]
    record = _convert_pages(tmp_path, [page])
    meta = record.metadata
    assert meta.reference == "FOI 1306/25"  # type: ignore[union-attr]
    assert meta.addressee == "Claudia Robinson"  # type: ignore[union-attr]
    assert meta.subject is None  # type: ignore[union-attr]
    assert _signatories(record) == [
        ["Public Access and Disclosure Decision Maker", "Georgia Benson"]
    ]


@pytest.mark.parametrize(
    ("stamp", "typed"),
    [
        ("s/Paul Castiglione", ["Paul A. Castiglione"]),
        ("/s/ Paul Castiglione", ["Paul A. Castiglione"]),
        # the name printed only in the conformed signature
        ("s/Paul A. Castiglione", []),
    ],
)
def test_constructed_letter_with_a_conformed_signature(
    tmp_path: Path, stamp: str, typed: list[str]
) -> None:
    """An American prosecutor's reply: how it is sent on a line of its own over the address
    ("VIA E-MAIL"), a conformed signature ("s/Name") over the typed name or alone, an office
    whose last words are set in under it ("for Policy"), the office's street address."""
    text = "I am in receipt of your request for documents under the Freedom of Information Act."
    signature = [stamp, *typed, "Executive Assistant State's Attorney"]
    page = [
        (273, 556, 12.0, "May 12, 2017", False),
        (68, 542, 12.0, "VIA E-MAIL", True),
        (68, 514, 12.0, "Mr. Freddy Martinez", False),
        (68, 500, 12.0, "Director, Lucy Parsons Labs", False),
        (68, 429, 12.0, "Dear Mr. Martinez:", False),
        *_running(68, 401, 12.0, text, 8),
        (284, 280, 12.0, "Sincerely,", False),
        *[(284, 252 - 14 * i, 12.0, line, False) for i, line in enumerate(signature)],
        (301, 252 - 14 * len(signature), 12.0, "for Policy", False),
        (284, 238 - 14 * len(signature), 12.0, "69 West Washington St.", False),
        (284, 224 - 14 * len(signature), 12.0, "Chicago, Illinois 60602", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.metadata.addressee == "Mr. Freddy Martinez"  # type: ignore[union-attr]
    assert _signatories(record) == [
        ["Executive Assistant State's Attorney for Policy", "Paul A. Castiglione"]
    ]


def test_the_body_under_a_signers_office_is_no_signatory(tmp_path: Path) -> None:
    text = "Please feel free to contact me if you have any questions regarding this response."
    page = [
        (29, 706, 11.5, "Dear Mr. Stecklow,", False),
        *_running(29, 680, 11.5, text, 8),
        (29, 560, 11.5, "Sincerely,", False),
        (29, 532, 11.5, "Max A. Caproni", False),
        (29, 518, 11.5, "Executive Director", False),
        (29, 504, 11.5, "Chicago Police Board", False),
        (29, 477, 11.5, "30 North LaSalle Street", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert _signatories(record) == [["Executive Director", "Max A. Caproni"]]


@pytest.mark.parametrize(
    ("head", "dateline", "title", "date"),
    [
        (
            [
                (72, 606, 20.0, "MEDIA RELEASE", False),
                (72, 591, 11.0, "TO BE REPORTED ONLY IF CONTENT IS DELIVERED AT THE DEBATE", True),
                (73, 538, 14.0, "PUB launches $125 million Coastal Protection and Flood", True),
                (110, 522, 14.0, "Research Programme to support climate adaptation", True),
            ],
            "Singapore, 2 March 2023 – PUB has launched the first research programme dedicated",
            "PUB launches $125 million Coastal Protection and Flood Research Programme to "
            "support climate adaptation",
            "2023-03-02",
        ),
        (
            [
                (57, 685, 20.0, "MEDIA RELEASE", False),
                (133, 643, 14.0, "NO FORMALDEHYDE IN INTERIOR PAINTS FROM", True),
                (240, 627, 14.0, "1 JANUARY 2026", True),
            ],
            "4 March 2024 – From 1 January 2026, the Agency will require paints sold here",
            "NO FORMALDEHYDE IN INTERIOR PAINTS FROM 1 JANUARY 2026",
            "2024-03-04",
        ),
        (
            [
                (248, 645, 14.0, "MEDIA RELEASE", True),
                (95, 629, 14.0, "DEPARTMENT OF ECONOMIC PLANNING AND DEVELOPMENT", True),
                (202, 578, 14.0, "WORLD STATISTICS DAY 2015", True),
            ],
            "20 October 2015 – The Department announces that it will join other agencies",
            "WORLD STATISTICS DAY 2015",
            "2015-10-20",
        ),
    ],
)
def test_constructed_press_release_titled_by_its_headline(
    tmp_path: Path, head: list[_Row], dateline: str, title: str, date: str
) -> None:
    """A press release names its genre largest ("MEDIA RELEASE"); the title is the headline
    under it (not a release instruction, nor the issuer named in the genre's size, nor a date
    the headline holds), the date the dateline opening the text ("Singapore, 2 March 2023 –")."""
    text = "The programme will organise and drive research to address the twin challenges here."
    page = [*head, (72, 460, 11.0, dateline, False), *_running(72, 446, 11.0, text, 12)]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value == "other"
    assert record.title == title
    assert record.date == date


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Tallinn Declaration on eGovernment", "other"),
        ("G7 ICT AND INDUSTRY MINISTERS’ DECLARATION", "other"),
        # a report about a declaration is a report
        ("Report on the Tallinn Declaration", "report"),
    ],
)
def test_a_declaration_named_in_its_title_is_other(tmp_path: Path, title: str, kind: str) -> None:
    text = "We, the ministers in charge of eGovernment policy, have unanimously approved this text."
    pages = [
        [(43, 677, 18.0, title, True), *_running(43, 640, 12.0, text, 30)],
        [*_running(43, 760, 12.0, text, 40)],
        [
            (43, 760, 12.0, "1. Introduction", True),
            (43, 730, 12.0, "2. Scope", True),
            (43, 700, 12.0, "3. Commitments", True),
            *_running(43, 670, 12.0, text, 30),
        ],
    ]
    record = _convert_pages(tmp_path, pages)
    assert record.kind.value == kind


def test_belgian_court_numbers_and_signatures() -> None:
    """The Belgian Council of State and Constitutional Court: the case number after "in de
    zaak" and the docket number labelled "Rolnummer"; the signature row prints the surnames
    with a full stop ("S. DOMS.")."""
    from govdocs.document import Line
    from govdocs.structure.keyvalue import header_fields
    from govdocs.structure.signatures import looks_like_name, parse_signatories
    from govdocs.structure.symbols import inline_reference

    case = Line("in de zaak A. 184.401/XII-5154.", 1, 281, 675, 441, 687, 12.0)
    assert inline_reference([case]) == "A. 184.401/XII-5154"
    docket = Line("Rolnummer : 8163", 1, 250, 604, 345, 616, 12.0)
    assert header_fields([docket]) == {"reference": "8163"}
    assert looks_like_name("S. DOMS.") and looks_like_name("Jan B.")
    assert [
        (s.role, s.name)
        for s in parse_signatories(["De griffier,", "S. DOMS.", "De voorzitter,", "D. VERBIEST."])
    ] == [("Griffier", "S. DOMS"), ("Voorzitter", "D. VERBIEST")]


def test_constructed_bylaws_titled_over_two_lines_and_dated_by_adoption(tmp_path: Path) -> None:
    """A district's bylaws: the title leads into the body's name on the next line ("BYLAWS OF
    THE" / "BOONE COUNTY FIRE PROTECTION DISTRICT"), the adoption date under it; the first
    article's heading is no title, and a body's rules are neither report nor letter."""
    text = "Wherever, in these Bylaws, the word Board is used, it shall be construed to mean it."
    page = [
        (231, 703, 18.0, "BYLAWS OF THE", True),
        (100, 683, 18.0, "BOONE COUNTY FIRE PROTECTION DISTRICT", True),
        (229, 671, 8.0, "Adopted: June 16, 2010 Regular Board Meeting", False),
        (204, 636, 16.0, "ARTICLE I – DEFINITIONS", True),
        *_running(72, 594, 12.0, text, 20),
    ]
    record = _convert_pages(tmp_path, [page, _running(72, 760, 12.0, text, 40)])
    assert record.kind.value == "other"
    assert record.title == "BYLAWS OF THE BOONE COUNTY FIRE PROTECTION DISTRICT"
    assert record.date == "2010-06-16"


def test_constructed_letter_to_several_groups_signed_by_a_junior(tmp_path: Path) -> None:
    """A county board's letter: sent "Via e-mail to:" a list of groups, a salutation naming
    them all (longer than most, ending in its colon), signed by a name with "Jr."."""
    text = "This letter certifies that the enclosed report is a true and correct reflection."
    page = [
        (79, 586, 14.0, "June 5, 2024", False),
        (78, 554, 14.0, "Via e-mail to:", False),
        (78, 539, 14.0, "School District Managers", False),
        (144, 449, 14.0, "RE: 2024-2025 School District Tax Roll Certification", True),
        (
            72,
            404,
            14.0,
            "Dear School District Officials, Municipal Officials, and Tax Collectors:",
            False,
        ),
        *_running(72, 374, 14.0, text, 6),
        (324, 254, 14.0, "Respectfully,", False),
        (324, 224, 14.0, "Robert E. Wright, Jr.", False),
        (324, 209, 14.0, "Chief Assessor", True),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value == "parliamentary_letter"
    assert record.metadata.addressee == "School District Managers"  # type: ignore[union-attr]
    assert _signatories(record) == [["Chief Assessor", "Robert E. Wright, Jr."]]


def test_constructed_circular_letter_without_salutation(tmp_path: Path) -> None:
    """A ministry's circular letter (Sri Lanka's public administration): the sender's own
    number labelled "My number", its address and the date at the right, the groups addressed
    one under the other, the subject in bold without a label, no salutation; signed with
    "Sgd/" over the secretary's office."""
    text = "Your attention is drawn to the circular issued on the above matter last year."
    page = [
        (72, 777, 12.0, "Public Administration Circular : 12/2025", False),
        (324, 755, 12.0, "My number : EST-6/04/LON/1030", False),
        (324, 739, 12.0, "Ministry of Public Administration,", False),
        (324, 707, 12.0, "Independence Square", False),
        (324, 691, 12.0, "Colombo 07.", False),
        (324, 667, 12.0, "09.05.2025", False),
        (72, 642, 12.0, "Secretaries to Ministries", False),
        (72, 626, 12.0, "Chief Secretaries of Provinces", False),
        (72, 610, 12.0, "Heads of Departments", False),
        (97, 583, 14.0, "Section 10, Chapter XXIV of the Establishments Code- Distress Loan", True),
        *_running(72, 556, 12.0, text, 12),
        (384, 150, 12.0, "Sgd/ S. Alokabandara", False),
        (411, 134, 12.0, "Secretary", False),
        (356, 118, 12.0, "Ministry of Public Administration,", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value == "parliamentary_letter"
    meta = record.metadata
    assert record.date == "2025-05-09"
    assert meta.reference == "EST-6/04/LON/1030"  # type: ignore[union-attr]
    assert meta.addressee == "Secretaries to Ministries"  # type: ignore[union-attr]
    assert meta.subject == "Section 10, Chapter XXIV of the Establishments Code- Distress Loan"  # type: ignore[union-attr]


def test_a_gazette_office_loses_its_closing_stop() -> None:
    from govdocs.structure.signatures import normalise_role

    assert normalise_role("Secretary to the President.") == "Secretary to the President"
    assert normalise_role("Dir. Gen.") == "Dir. Gen."


@pytest.mark.parametrize(
    "name",
    [
        [(180, 655, 11.0, "THE ELECTRONIC GOVERNMENT ACT, 2021", True)],
        [
            (85, 600, 12.0, "NATIONAL MINIMUM WAGE OF WORKERS", True),
            (109, 585, 12.0, "(AMENDMENT) ACT, No. 11 OF 2025", True),
        ],
    ],
)
def test_an_act_named_with_its_year_is_other(tmp_path: Path, name: list[_Row]) -> None:
    """A Commonwealth act, its name and year in bold on its first page under a running header
    set larger, its sections numbered: an act, not a report."""
    text = "The Minister may, by statutory instrument, make regulations for the purposes here."
    sections = [
        (139, 560 - 15 * i, 11.0, f"{i + 1}. Section heading {i + 1}", True) for i in range(5)
    ]
    first = [(220, 700, 12.0, "Electronic Government [No. 41 of 2021 513", False), *name, *sections]
    pages = [first, _running(72, 760, 11.0, text, 40), _running(72, 760, 11.0, text, 40)]
    assert _convert_pages(tmp_path, pages).kind.value == "other"


def test_a_courts_judgment_sheet_is_titled_by_its_genre(tmp_path: Path) -> None:
    text = "This reference application has been filed under section 133 of the Ordinance here."
    page = [
        (270, 800, 14.0, "Judgment Sheet", False),
        (183, 782, 16.0, "IN THE ISLAMABAD HIGH COURT,", True),
        (272, 763, 16.0, "ISLAMABAD.", True),
        (241, 746, 14.0, "JUDICIAL DEPARTMENT", False),
        (198, 730, 13.0, "Income Tax Reference No.01 of 2024", True),
        *_running(72, 680, 12.0, text, 30),
    ]
    record = _convert_pages(tmp_path, [page, _running(72, 760, 12.0, text, 40)])
    assert record.kind.value == "other"
    assert record.title == "Judgment Sheet"


@pytest.mark.parametrize(
    ("cause", "reference"),
    [
        ("Income Tax Reference No.01 of 2024", "Income Tax Reference No.01 of 2024"),
        ("C.M.A. No.05 of 2025", "C.M.A. No.05 of 2025"),
        ("Writ Petition (Civil) No. 494 of 2012", "Writ Petition (Civil) No. 494 of 2012"),
        ("Appeal 72/2024", "Appeal 72/2024"),
        ("No. 11–889. Argued April 23, 2013—Decided June 13, 2013", "No. 11–889"),
    ],
)
def test_a_common_law_caption_gives_the_causes_number_and_the_day_it_was_announced(
    tmp_path: Path, cause: str, reference: str
) -> None:
    """A judgment of a common-law court: the cause's type and number under the court's name
    is its reference; the day it was announced, under the judgment on its last page, is its
    date (not the day of the hearing in the caption)."""
    text = "This reference application has been filed under section 133 of the Ordinance here."
    first = [
        (183, 782, 16.0, "IN THE HIGH COURT OF JUSTICE", True),
        (198, 750, 13.0, cause, True),
        (234, 719, 11.0, "Telenor Pakistan (Private) Limited.", False),
        (303, 706, 11.0, "Versus.", True),
        (200, 693, 11.0, "Commissioner Inland Revenue and four others.", False),
        (149, 646, 12.0, "Date of hearing", False),
        (306, 646, 12.0, "15.04.2025", True),
        (144, 600, 14.0, "JUDGMENT", True),
        *_running(144, 570, 12.0, text, 30),
    ]
    last = [
        *_running(144, 760, 12.0, text, 20),
        (374, 500, 14.0, "(Acting Chief Justice)", True),
        (216, 430, 16.0, "Announced in open court on 28.04.2025", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.metadata.reference == reference
    assert record.date == "2025-04-28"


def test_a_causes_number_counts_only_under_a_courts_name(tmp_path: Path) -> None:
    """ "Statutory Instrument No. 10 of 2016" heads a statutory instrument: no court, no cause."""
    text = "In exercise of the powers contained in section 4 of the Act the Minister makes this."
    page = [
        (183, 782, 13.0, "STATUTORY INSTRUMENT No. 10 OF 2016", True),
        (198, 750, 13.0, "The Agricultural Credits Regulations, 2016", True),
        *_running(72, 700, 12.0, text, 30),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.metadata.reference != "STATUTORY INSTRUMENT No. 10 OF 2016"


def test_constructed_notice_dated_by_its_issue_not_by_the_meeting(tmp_path: Path) -> None:
    """A US Trustee's notice: the genre named on a display line ("NOTICE OF MEETING OF …"),
    the meeting's "Date:" with its hour in the text, the notice "Dated:" at its foot."""
    text = "The United States Trustee seeks to appoint a committee of the unsecured creditors."
    page = [
        (72, 745, 12.0, "In Re: TCI 2 Holdings, LLC, et al.", True),
        (72, 730, 12.0, "Case No.: 09-13654 (JHW)", True),
        (104, 658, 14.0, "NOTICE OF MEETING OF LARGEST UNSECURED CREDITORS", True),
        *_running(72, 614, 12.0, text, 8),
        (144, 480, 12.0, "Date: Friday, March 13, 2009 at 2:00 p.m.", True),
        (144, 460, 12.0, "Location: United States Trustee’s Office", True),
        *_running(72, 430, 12.0, text, 16),
        (72, 97, 12.0, "Dated: March 9, 2009", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value == "other"
    assert record.date == "2009-03-09"


def test_a_title_leading_into_a_bodys_name_keeps_it(tmp_path: Path) -> None:
    """ "Government response to the" / "Women’s Business Council": the body's name the title's
    words lead into is part of the title, not the parties to an agreement named under it."""
    text = "The Government welcomes the report of the council and sets out its response here."
    page = [
        (72, 700, 24.0, "Government response to the", True),
        (72, 672, 24.0, "Women’s Business Council", True),
        *_running(72, 600, 11.0, text, 30),
    ]
    record = _convert_pages(tmp_path, [page, _running(72, 760, 11.0, text, 40)])
    assert record.title == "Government response to the Women’s Business Council"


def test_a_dateline_may_give_the_hour() -> None:
    from govdocs.structure.pdf_document import _is_dateline

    assert _is_dateline("Tuesday 18 June 2024 at 9:45-10:45am")
    assert _is_dateline("Brussel, 14 juli 2021, 14:00 – 16:00 uur")
    # the year's digits are no hour
    assert _is_dateline("Den Haag, 3 april 2009")
    assert not _is_dateline("The meeting of 18 June 2024 at 9:45 decided to adopt the report")


def test_constructed_statutory_instrument_made_at_a_place(tmp_path: Path) -> None:
    """A Commonwealth statutory instrument: the gazette's date in the running header, the
    instrument's title with its year in bold; under the minister's signature on the last
    page the place in capitals, the date it was made and the ministry's file number in
    brackets: the date made and the file number are the record's."""
    text = "The persons specified in the schedule are exempt from the levy under this Order."
    first = [
        (76, 645, 11.0, "Supplement to the Republic of Zambia Government", False),
        (76, 631, 11.0, "Gazette dated Friday, 4th March, 2016", False),
        (148, 542, 11.0, "GOVERNMENT OF ZAMBIA", False),
        (76, 519, 7.7, "STATUTORY INSTRUMENT NO. 18 OF 2016", False),
        (136, 496, 11.0, "The Insurance Premium Levy Act", True),
        (174, 481, 11.0, "(Act No. 21 of 2015)", False),
        (114, 458, 11.0, "The Insurance Premium Levy (Exemption)", True),
        (193, 443, 11.0, "Order, 2016", True),
        *_running(76, 420, 11.0, text, 8),
    ]
    last = [
        *_running(136, 600, 9.0, text, 5),
        (348, 505, 7.7, "A. B. CHIKWANDA", False),
        (136, 492, 7.7, "LUSAKA", False),
        (334, 492, 11.0, "Minister of Finance", False),
        (147, 479, 11.0, "29th February, 2016", False),
        # (a raw TJ array: the builder reads a text opening with "[" as one)
        (158, 466, 11.0, "[([MFB.64/9/4C])]", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == "other"
    # its own name, not the act it is made under printed over it
    assert record.title == "The Insurance Premium Levy (Exemption) Order, 2016"
    assert record.date == "2016-02-29"
    assert record.metadata.reference == "MFB.64/9/4C"  # type: ignore[union-attr]
    # the minister signs beside the place of making: the name over the office, on the right
    signed = [(s.role, s.name) for s in record.metadata.signatories]  # type: ignore[union-attr]
    assert signed == [("Minister of Finance", "A. B. CHIKWANDA")]


def test_an_ordinal_glued_to_the_word_before_it_is_read() -> None:
    from govdocs.structure.pdf_document import _day

    assert _day("Confirmed by me this12th day of November, 2019.") is not None


def test_an_offices_series_masthead_is_no_title(tmp_path: Path) -> None:
    """ "CHAIRMAN OF THE JOINT CHIEFS OF STAFF INSTRUCTION" names who issues it and the series:
    the title is the centred capitals under it, in the text's size."""
    text = "This instruction directs specific joint mission-essential tasks to be performed."
    page = [
        (229, 725, 24.0, "CHAIRMAN OF THE JOINT", True),
        (284, 696, 24.0, "CHIEFS OF STAFF", True),
        (308, 668, 24.0, "INSTRUCTION", True),
        (73, 580, 12.0, "J-3", False),
        (442, 580, 12.0, "CJCSI 3520.01C", False),
        (73, 566, 12.0, "DISTRIBUTION: A, B, C, JS-LAN", False),
        (434, 566, 12.0, "1 September 2010", False),
        (129, 528, 12.0, "NUCLEAR COMMAND AND CONTROL MISSION-ESSENTIAL TASKS AND", False),
        (225, 514, 12.0, "COMPUTER-BASED TRAINING", False),
        *_running(72, 470, 12.0, text, 25),
    ]
    record = _convert_pages(tmp_path, [page, _running(72, 760, 12.0, text, 40)])
    assert record.title == (
        "NUCLEAR COMMAND AND CONTROL MISSION-ESSENTIAL TASKS AND COMPUTER-BASED TRAINING"
    )


def test_a_parliaments_paper_number_without_nr() -> None:
    from govdocs.document import Line
    from govdocs.structure.symbols import inline_reference

    line = Line("Drucksache 17 / 273", 1, 405, 773, 513, 785, 12.0)
    assert inline_reference([line]) == "17 / 273"


def test_a_letter_dated_in_figures_with_dashes(tmp_path: Path) -> None:
    text = "As part of the celebrations the department has decided to conduct a competition."
    page = [
        (180, 749, 15.9, "DEPARTMENT OF STATISTICS", True),
        (378, 585, 12.0, "05-10-2015", False),
        (72, 557, 12.0, "To", False),
        (72, 544, 12.0, "The Principal/Head of the Department", False),
        (72, 465, 12.0, "Dear Sir/Madam,", False),
        *_running(72, 440, 12.0, text, 12),
        (378, 122, 12.0, "Yours Sincerely,", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "2015-10-05"


def test_constructed_speech_checked_against_delivery(tmp_path: Path) -> None:
    """A statement marked "Please check against delivery": other (not a letter for its
    "Distinguished colleagues,"), titled by its occasion under the speaker's office and a
    rule of dashes, dated by the place-and-date line under it."""
    text = "Today we are celebrating World Statistics Day and I would like to thank you all."
    page = [
        (429, 747, 10.0, "Please check against delivery", False),
        (113, 719, 13.0, "UNITED NATIONS", True),
        (224, 676, 12.0, "MR. STEFAN SCHWEINFEST", True),
        (274, 662, 12.0, "DIRECTOR", True),
        (151, 635, 12.0, "DEPARTMENT OF ECONOMIC AND SOCIAL AFFAIRS", True),
        (294, 621, 12.0, "------", True),
        (205, 591, 14.0, "Second World Statistics Day 2015", True),
        (156, 561, 12.0, "United Nations Headquarters, New York, 20 October 2015", True),
        (65, 520, 12.0, "Distinguished colleagues around the world,", True),
        *_running(65, 492, 12.0, text, 20),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value == "other"
    assert record.title == "Second World Statistics Day 2015"
    assert record.date == "2015-10-20"


def test_a_letter_about_an_act_stays_a_letter(tmp_path: Path) -> None:
    """A police force's reply under the act it answers under, named in bold ("FREEDOM of
    INFORMATION ACT 2000"): a letter, not the act."""
    text = "I write in response to your request for information which we received last month."
    page = [
        (65, 676, 12.0, "Freedom of Information Team", True),
        (421, 676, 12.0, "Reference: 1406745", False),
        (409, 662, 12.0, "Date: 15 October 2025", False),
        (66, 583, 12.0, "Dear Claudia Robinson", False),
        (66, 555, 12.0, "FREEDOM of INFORMATION ACT 2000", True),
        *_running(66, 527, 12.0, text, 12),
        (66, 340, 12.0, "Yours sincerely,", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value == "parliamentary_letter"


def test_a_german_letter_dated_by_place_and_figures(tmp_path: Path) -> None:
    text = "ich lade Sie hiermit zur nächsten Sitzung des Bezirksausschusses ein, wie folgt."
    page = [
        (52, 791, 13.0, "Bezirksausschuss des 6. Stadtbezirkes", False),
        (415, 714, 9.0, "Vorsitzender:", True),
        (415, 703, 9.0, "Markus S. Lutz", True),
        (415, 598, 11.0, "München, 19.05.2025", False),
        (50, 556, 11.0, "Sehr geehrte Damen und Herren,", False),
        *_running(50, 530, 11.0, text, 12),
        (50, 340, 11.0, "Mit freundlichen Grüßen", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.date == "2025-05-19"


def test_a_campaigns_hashtags_end_the_title(tmp_path: Path) -> None:
    text = "Die Befragung zeigt, dass Einstellungen in Cookie-Managern verbindlich sein müssen."
    page = [
        (34, 700, 44.0, "Weg mit den Cookie-Bannern!", True),
        (34, 650, 44.0, "Cookie-Manager praxistauglich verankern", True),
        (34, 597, 22.0, "#EUDigitalOmnibus #CookieManager #Digitale-", False),
        (34, 570, 22.0, "Selbstbestimmung #InformierteEinwilligung", False),
        (34, 290, 24.0, "Auf einen Blick", True),
        *_running(34, 260, 11.0, text, 10),
    ]
    record = _convert_pages(tmp_path, [page, _running(34, 760, 11.0, text, 40)])
    assert record.title == "Weg mit den Cookie-Bannern! Cookie-Manager praxistauglich verankern"


@pytest.mark.parametrize(
    ("caption", "date"),
    [
        ("Docket Nos. 19031-13, 27735-13, Filed February 20, 2020.", "2020-02-20"),
        ("No. 11–889. Argued April 23, 2013—Decided June 13, 2013", "2013-06-13"),
    ],
)
def test_a_courts_caption_dates_the_decision(tmp_path: Path, caption: str, date: str) -> None:
    text = "The petitioner was in the healthcare business in the years at issue in this case."
    page = [
        (211, 700, 14.0, "UNITED STATES TAX COURT", True),
        (125, 640, 14.0, "ROCK BORDELON, Petitioners v. COMMISSIONER, Respondent", False),
        (108, 600, 12.0, caption, False),
        *_running(108, 560, 12.0, text, 30),
    ]
    record = _convert_pages(tmp_path, [page, _running(108, 760, 12.0, text, 40)])
    assert record.date == date


def test_a_signature_set_far_right_is_read_and_no_column_line_is_lost(tmp_path: Path) -> None:
    """A circular letter signed far right under its text ("Sgd/ S. Alokabandara" /
    "Secretary", where the layout takes the right column for the letterhead's): the signature
    is read from there, and every line of that column the record does not use is logged, so
    no printed text is silently lost."""
    text = "Your attention is drawn to the circular issued on the above matter last year."
    page = [
        (324, 755, 12.0, "My number : EST-6/04/LON/1030", False),
        (324, 667, 12.0, "09.05.2025", False),
        (72, 642, 12.0, "Secretaries to Ministries", False),
        (97, 583, 14.0, "Distress Loan", True),
        *_running(72, 556, 12.0, text, 12),
        (72, 380, 12.0, "This circular is issued with the concurrence of the Treasury.", False),
        (420, 330, 12.0, "Sgd/ S. Alokabandara", False),
        (430, 316, 12.0, "Secretary", False),
        (72, 80, 12.0, "Telephone : 011-2699399 Fax : 011-2692158", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert _signatories(record) == [["Secretary", "S. Alokabandara"]]
    # (the date line is the record's date, 2025-05-09)
    printed = [row[3] for row in page if row[3] != "09.05.2025"]
    assert record.date == "2025-05-09"
    kept = " ".join(b.text for b in record.blocks) + " ".join(
        e.before or "" for e in record.normalisation
    )
    kept += " " + " ".join(str(v) for v in record.metadata.model_dump().values() if v)
    assert all(text_ in kept or text_.split(" : ")[-1] in kept for text_ in printed)


def test_a_circular_signed_far_right_over_the_annex_that_follows_it(tmp_path: Path) -> None:
    """An Indian regulator's circular signs far right at the foot of its first page, the name in
    brackets without the full stop of its initial ("(N Senthil Kumar)"), and its annex fills the
    next page: the signature is read on the first page and stands before the annex."""
    text = "These directions are issued under Section 10(4) of the Foreign Exchange Act."
    annex = "The directions relating to money changing activities are amended as follows."
    first = [
        (72, 700, 12.0, "All Authorised Persons", False),
        (72, 660, 12.0, "Madam / Sir,", False),
        *_running(72, 640, 12.0, text, 12),
        (420, 420, 12.0, "Yours Sincerely,", False),
        (412, 394, 12.0, "(N Senthil Kumar)", False),
        (400, 381, 12.0, "Chief General Manager", False),
    ]
    second = [(72, 760, 14.0, "Annex I", True), *_running(72, 730, 12.0, annex, 30)]
    record = _convert_pages(tmp_path, [first, second])
    assert _signatories(record) == [["Chief General Manager", "N Senthil Kumar"]]
    types = [b.type.value for b in record.blocks]
    signature = types.index("signature")
    assert all(b.page == 1 for b in record.blocks[:signature])
    assert record.blocks[signature + 1].text == "Annex I"


def test_a_body_signing_through_its_officer_for_this_body(tmp_path: Path) -> None:
    """A supervisory authority's report closes with its name, "Voor deze," and the officer
    who signs for it, name over office: the officer is the signatory, the body no person."""
    text = "Dit gebruik van het nummer is in strijd met artikel 46 van de uitvoeringswet en dus."
    first = [
        (72, 720, 20.0, "Onderzoek naar het gebruik van het nummer", True),
        (72, 680, 12.0, "1. Inleiding", True),
        *_running(72, 660, 10.0, text, 12),
        (72, 480, 12.0, "2. Feiten", True),
        *_running(72, 460, 10.0, text, 12),
    ]
    last = [
        (72, 780, 12.0, "3. Conclusie", True),
        *_running(72, 760, 10.0, text, 12),
        (72, 560, 10.0, "Autoriteit Persoonsgegevens", False),
        (72, 546, 10.0, "Voor deze,", False),
        (72, 490, 10.0, "mr. drs. G.N.J.A. Bukkems", False),
        (72, 476, 10.0, "Directeur Klantcontact en Controlerend onderzoek", False),
    ]
    got = _convert_pages(tmp_path, [first, last])
    assert got.kind.value == "report"
    assert [(s.role, s.name) for s in got.metadata.signatories] == [  # type: ignore[union-attr]
        ("Directeur Klantcontact en Controlerend onderzoek", "mr. drs. G.N.J.A. Bukkems")
    ]


def test_a_date_on_the_page_after_a_blank_verso_dates_the_document(tmp_path: Path) -> None:
    """A guidance note's cover, its blank verso, then the inner title page with "Date: 15
    December 2020" at its foot: the blank page is no page of the head, so the date is read
    where the first two printed pages are."""
    text = "Surveys carried out face to face must follow the safety protocol set out in it."
    cover = [
        (303, 584, 12.0, "TECHNICAL GUIDANCE NOTE", True),
        (42, 512, 39.0, "Planning and", False),
        (42, 468, 39.0, "Implementing Surveys", False),
    ]
    inner = [
        (74, 508, 10.0, "TECHNICAL GUIDANCE NOTE", True),
        (74, 438, 27.0, "Planning and Implementing Surveys", False),
        (74, 89, 10.0, "Date: 15 December 2020", False),
    ]
    pages = [cover, [], inner, _running(74, 640, 10.0, text, 40)]
    got = _convert_pages(tmp_path, pages)
    assert got.date == "2020-12-15"


@pytest.mark.parametrize(
    "label", ["Data rilascio 23/03/2021", "Data: 23/03/2021", "Fecha de emisión: 23/03/2021"]
)
def test_an_italian_or_spanish_date_label_dates_the_document(tmp_path: Path, label: str) -> None:
    text = "Il documento descrive il dispiegamento della buona pratica presso gli enti riusanti."
    cover = [
        (72, 700, 24.0, "Documento di sintesi del dispiegamento", True),
        (72, 600, 11.0, label, False),
        (72, 585, 11.0, "Ultima revisione 29/06/2021", False),
        *_running(72, 500, 11.0, text, 20),
    ]
    got = _convert_pages(tmp_path, [cover])
    assert got.date == "2021-03-23"


def test_a_long_decision_closes_with_its_signer_over_office_and_body(tmp_path: Path) -> None:
    """A regulator's decision of six pages ends, under its last paragraph and with no closing
    formula, with the chairman's name in capitals over the office and the body's name: the
    signature (no page limit for a decision: only a notice was looked at so before)."""
    text = "The Commission takes a very serious view of any instance of non-compliance here."
    first = [
        (90, 720, 14.0, "DECISION OF THE PERSONAL DATA PROTECTION COMMISSION", True),
        *_running(90, 680, 12.0, text, 40),
    ]
    middle = [_running(90, 760, 12.0, text, 48) for _ in range(4)]
    last = [
        *_running(90, 760, 12.0, text, 10),
        (125, 565, 12.0, "LEONG KENG THAI", True),
        (125, 551, 12.0, "CHAIRMAN", True),
        (125, 537, 12.0, "PERSONAL DATA PROTECTION COMMISSION", True),
    ]
    got = _convert_pages(tmp_path, [first, *middle, last])
    assert got.kind.value == "other"
    assert [(s.role, s.name) for s in got.metadata.signatories] == [  # type: ignore[union-attr]
        ("Chairman Personal Data Protection Commission", "LEONG KENG THAI")
    ]


def test_a_benchs_judges_sign_names_over_offices(tmp_path: Path) -> None:
    """A Commonwealth judgment closes with its judges, each name over the office, the presiding
    judge centred over the others: each office is its own holder's, not the next name's."""
    text = "We uphold the judgement of the trial court and order that the costs be paid by all."
    first = [
        (100, 720, 14.0, "IN THE SUPREME COURT OF ZAMBIA", True),
        *_running(100, 680, 12.0, text, 40),
    ]
    last = [
        *_running(100, 760, 12.0, text, 20),
        (278, 420, 12.0, "M. MALILA", True),
        (261, 405, 12.0, "CHIEF JUSTICE", True),
        (131, 340, 12.0, "R.M.C. KAOMA", True),
        (98, 326, 12.0, "SUPREME COURT JUDGE", True),
    ]
    got = _convert_pages(tmp_path, [first, last])
    assert [(s.role, s.name) for s in got.metadata.signatories] == [  # type: ignore[union-attr]
        ("Chief Justice", "M. MALILA"),
        ("Supreme Court Judge", "R.M.C. KAOMA"),
    ]


def test_letters_set_apart_as_a_drawing_are_no_title(tmp_path: Path) -> None:
    """A playbook's cover draws "X X O X X" / "OO OO" in 72 pt under its 36 pt title: letters
    spelling no word (none of three letters or more) are a drawing, not the title."""
    text = "This playbook helps departments manage the cost of the cloud services they use."
    cover = [
        (72, 595, 36.0, "GC Cloud Cost", True),
        (72, 553, 36.0, "Management Playbook", True),
        (72, 535, 11.0, "Published Version July 2022", False),
        (98, 260, 72.0, "X X O X X", True),
        (98, 125, 72.0, "OO OO", True),
    ]
    got = _convert_pages(tmp_path, [cover, _running(72, 720, 11.0, text, 40)])
    assert got.title == "GC Cloud Cost Management Playbook"


@pytest.mark.parametrize(
    "caption",
    ["On 13th November 2025 and 17th April 2026", "Delivered on 17th April 2026"],
)
def test_a_commonwealth_judgment_is_dated_by_its_delivery(tmp_path: Path, caption: str) -> None:
    """A judgment's caption states when it was heard and delivered ("On 13th November 2025 and
    17th April 2026"): the last day is the judgment's date, not a court stamp's ("7 APR 2026")."""
    text = "The appellant appeals against the judgment of the High Court delivered last year."
    first = [
        (100, 760, 12.0, "IN THE SUPREME COURT OF ZAMBIA", True),
        (400, 740, 12.0, "7 APR 2026", False),
        (100, 700, 12.0, "Coram: Malila CJ, Kaoma and Chisanga JJS", False),
        (100, 686, 12.0, caption, False),
        *_running(100, 640, 12.0, text, 30),
    ]
    got = _convert_pages(tmp_path, [first])
    assert got.date == "2026-04-17"


def test_a_date_the_text_cites_at_a_line_start_is_no_date_label(tmp_path: Path) -> None:
    """A circular letter dated "06.03.2025" under the ministry's address cites a Cabinet
    approval whose sentence runs on to a line "dated 24.09.2019.": in lower case, that is the
    text going on, not a "Dated" label; the circular is dated by its own line."""
    text = "the fixed monthly allowance is paid to the members who retire between 55 and 60"
    first = [
        (288, 711, 11.5, "Ministry of Public Administration,", False),
        (288, 674, 11.5, "Independence Square,", False),
        (288, 655, 11.5, "Colombo 07", False),
        (288, 621, 11.5, "06.03.2025", False),
        (72, 582, 11.5, "Inspector General of Police", False),
        *_running(72, 540, 11.5, text, 30),
    ]
    second = [
        (72, 760, 11.5, "as granted by the Cabinet of Ministers in its approval", False),
        (72, 746, 11.5, "dated 24.09.2019.", False),
        *_running(72, 720, 11.5, text, 20),
    ]
    got = _convert_pages(tmp_path, [first, second])
    assert got.date == "2025-03-06"


def test_a_report_is_dated_by_its_publish_date_not_the_events_time(tmp_path: Path) -> None:
    """An accident investigation report: page 1 records when the accident happened ("Date &
    Time:" / "January 29, 2023, 21:38 Local"), the last page when the report was published
    ("Original Publish Date:" / "March 15, 2023"): the report's date is its publication's."""
    text = "The pilot reported that the engine lost power shortly after takeoff from the field."
    first = [
        (143, 660, 21.0, "Aviation Investigation Final Report", True),
        (60, 607, 10.0, "Location:", True),
        (181, 607, 10.0, "Cleveland, Texas", False),
        (60, 587, 10.0, "Date & Time:", True),
        (181, 587, 10.0, "January 29, 2023, 21:38 Local", False),
        *_running(60, 540, 10.0, text, 30),
    ]
    middle = _running(60, 760, 10.0, text, 45)
    last = [
        *_running(60, 760, 10.0, text, 5),
        (59, 642, 9.0, "Original Publish Date:", True),
        (195, 642, 9.0, "March 15, 2023", False),
    ]
    got = _convert_pages(tmp_path, [first, middle, last])
    assert got.date == "2023-03-15"


def test_press_release_under_the_senders_block_titled_by_its_headline(tmp_path: Path) -> None:
    """The sender's block with its address over a release instruction; the headline in the
    text's size, in bold, with an italic line under it; the dateline's place set off by a dash
    (in the layout of a US defence agency's release, held-out set 59)."""
    text = "The prototype upgrades the biometric technology in use today to verify identities."
    page = [
        (423, 698, 10.0, "DEFENSE DIGITAL SERVICE", True),
        (364, 686, 10.0, "9010 DEFENSE PENTAGON, ROOM 3A268", True),
        (424, 674, 10.0, "WASHINGTON, D.C. 20301", True),
        (72, 622, 10.0, "FOR IMMEDIATE RELEASE", True),
        (172, 598, 10.0, "Defense Digital Service Delivers Biometric Prototype to Army", True),
        (
            72,
            550,
            10.0,
            "WASHINGTON — July 21, 2020 — The Defense Digital Service (DDS) has",
            False,
        ),
        *_running(72, 538, 10.0, text, 14),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.title == "Defense Digital Service Delivers Biometric Prototype to Army"
    assert record.date == "2020-07-21"


def test_a_directive_signed_by_direction_of_the_secretary(tmp_path: Path) -> None:
    """In the layout of a US department's directive (held-out set 59): no closing formula, but
    "BY DIRECTION OF THE SECRETARY OF …:" over a conformed signature, the name and the office
    over two lines."""
    text = "This directive rescinds the directive of the same number dated December 9, 2005."
    page = [
        *_running(72, 700, 12.0, text, 8),
        (293, 289, 12.0, "BY DIRECTION OF THE SECRETARY", True),
        (293, 275, 12.0, "OF VETERANS AFFAIRS:", True),
        (293, 234, 12.0, "/S/", False),
        (293, 220, 12.0, "Robert Howard", False),
        (293, 206, 12.0, "Assistant Secretary", False),
        (293, 193, 12.0, "for Information and Technology", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert _signatories(record) == [
        ["Assistant Secretary for Information and Technology", "Robert Howard"]
    ]


def test_heads_of_french_and_swiss_services_and_authorities_sign(tmp_path: Path) -> None:
    """Offices of French-speaking administrations over their names, a signature's space apart:
    the head of a service ("Le chef de Service de l’eau"), an authority ("Le Défenseur des
    droits"), a Vaud town's mayor and clerk side by side ("Le Syndic" / "La Secrétaire")."""
    text = "Le Service de l’eau informe tous les ménages sur la qualité de l’eau distribuée ici."
    letter = [
        (351, 548, 10.0, "Lausanne, le 12 février 2026", False),
        (90, 514, 11.0, "Qualité de l’eau distribuée – Devoir d’information", True),
        (90, 478, 10.0, "Madame, Monsieur,", False),
        *_running(90, 455, 10.0, text, 12),
        (90, 260, 10.0, "Nous vous prions de croire à l’assurance de notre considération.", False),
        (353, 211, 10.0, "Le chef de Service de l’eau", False),
        (353, 154, 10.0, "Sébastien Apothéloz", False),
    ]
    (tmp_path / "a").mkdir()
    record = _convert_pages(tmp_path / "a", [letter])
    assert _signatories(record) == [["Chef de Service de l’eau", "Sébastien Apothéloz"]]
    decision = [
        *_running(
            70, 760, 12.0, "Le Défenseur des droits décide de présenter ses observations.", 30
        ),
        (354, 194, 12.0, "Le Défenseur des droits", False),
        (354, 111, 12.0, "Dominique BAUDIS", False),
    ]
    (tmp_path / "b").mkdir()
    record = _convert_pages(tmp_path / "b", [decision])
    assert _signatories(record) == [["Défenseur des droits", "Dominique BAUDIS"]]
    adopted = [
        *_running(
            141, 760, 10.0, "La Municipalité s'engage à informer les Conseillers communaux.", 20
        ),
        (141, 521, 10.0, "Ainsi adopté par la Municipalité dans sa séance du 6 avril 2020.", False),
        (329, 450, 11.0, "Au nom de la Municipalité", False),
        (291, 430, 11.0, "Le Syndic", False),
        (434, 430, 11.0, "La Secrétaire", False),
        (289, 366, 11.0, "A. Gillièron", False),
        (438, 366, 11.0, "J. Mojonnet", False),
    ]
    (tmp_path / "c").mkdir()
    record = _convert_pages(tmp_path / "c", [adopted])
    assert _signatories(record) == [["Syndic", "A. Gillièron"], ["Secrétaire", "J. Mojonnet"]]


@pytest.mark.parametrize("rank", [[], [(269, 159, 12.0, "Vice Admiral, USN", False)]])
def test_a_us_issuance_is_signed_by_a_name_in_capitals_over_its_office(
    tmp_path: Path, rank: list[_Row]
) -> None:
    """A US federal instruction signs with no closing formula: the officer's name in capitals,
    a rank and service under it where the officer holds one, the office under them."""
    text = "This instruction is approved for public release and distribution is unlimited here."
    low = 145 if rank else 159
    page = [
        (72, 720, 12.0, "1. Purpose. This instruction provides policy for training.", False),
        *_running(72, 700, 12.0, text, 14),
        (
            72,
            244,
            12.0,
            "10. Effective Date. This instruction is effective on 1 September 2010.",
            False,
        ),
        (269, 174, 12.0, "WILLIAM E. GORTNEY", False),
        *rank,
        (269, low, 12.0, "Director, Joint Staff", False),
        (72, 117, 12.0, "Enclosure A - Joint Mission Essential Task Titles", False),
    ]
    record = _convert_pages(tmp_path, [page, _running(72, 760, 12.0, text, 40)])
    assert _signatories(record) == [["Director, Joint Staff", "WILLIAM E. GORTNEY"]]


def test_a_declaration_is_dated_by_the_occasion_its_subtitle_names(tmp_path: Path) -> None:
    text = "We, the ministers in charge of eGovernment policy, have approved this declaration."
    page = [
        (43, 677, 18.0, "Tallinn Declaration on eGovernment", True),
        (
            43,
            661,
            11.0,
            "at the ministerial meeting during Estonian Presidency of the Council of the EU on "
            "6 October 2017",
            False,
        ),
        *_running(43, 618, 12.0, text, 30),
    ]
    record = _convert_pages(tmp_path, [page, _running(43, 760, 12.0, text, 40)])
    assert record.date == "2017-10-06"
    # (a subtitle citing an act's date is no occasion)
    page[1] = (43, 661, 11.0, "implementing the Regulation of 6 October 2017", False)
    (tmp_path / "cited").mkdir()
    record = _convert_pages(tmp_path / "cited", [page, _running(43, 760, 12.0, text, 40)])
    assert record.date is None


def test_a_circular_letter_with_no_salutation_no_labels_and_a_signed_mark(
    tmp_path: Path,
) -> None:
    """A ministry's circular letter as Sri Lanka's are printed: its number under "My No :", the
    ministry's address and the date in the right column, the series and number over the
    addressees ("Public Administration Circular Letter : 01/2025"), a subject with no label and
    no bold, no salutation; at the end a signed mark over the name and the office
    ("Sgd/. S. Alokabandara" / "Secretary"), then the list of copies."""
    text = "After making the Cabinet of Ministers aware of the paragraphs below, approval has been"
    first = [
        (70, 765, 11.5, "Public Administration Circular Letter : 01/2025", False),
        (288, 731, 11.0, "My No : Pns/P5/CAB.PAP/SUB 23 - III", False),
        (288, 712, 11.5, "Ministry of Public Administration,", False),
        (288, 693, 11.5, "Independence Square,", False),
        (288, 674, 11.5, "Colombo 07", False),
        (288, 621, 11.5, "06.03.2025", False),
        (72, 582, 11.5, "Secretary, Ministry of Public Security", False),
        (72, 561, 11.5, "Inspector General of Police", False),
        (90, 525, 11.5, "Granting entitlement to benefits to the members of the Police", False),
        *_running(72, 471, 11.5, text, 12),
        (
            72,
            200,
            11.5,
            "This circular letter is issued with the concurrence of the Treasury.",
            False,
        ),
    ]
    last = [
        *_running(72, 760, 11.5, text, 6),
        (
            72,
            690,
            11.5,
            "The concurrence of the Ministry of Defense has been granted to this.",
            False,
        ),
        (368, 622, 11.5, "Sgd/. S. Alokabandara", False),
        (398, 603, 11.5, "Secretary", False),
        (72, 527, 11.5, "Copies:", False),
        (90, 502, 11.5, "1. Secretary to the Cabinet of Ministers – F.Y.I.", False),
        (90, 483, 11.5, "2. Secretary, Ministry of Defence – F.Y.I.", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "2025-03-06"
    assert record.metadata.reference == "Pns/P5/CAB.PAP/SUB 23 - III"  # type: ignore[union-attr]
    assert record.metadata.addressee == "Secretary, Ministry of Public Security"  # type: ignore[union-attr]
    assert _signatories(record) == [["Secretary", "S. Alokabandara"]]
    # the signature stands where it is printed: before the list of copies
    types = [block.type.value for block in record.blocks]
    assert types.index("signature") < [b.text for b in record.blocks].index("Copies:")


@pytest.mark.parametrize(("start", "notes"), [(2, 0), (1, 4)])
def test_small_print_numbered_from_two_with_no_mark_in_the_text_is_no_footnote(
    tmp_path: Path, start: int, notes: int
) -> None:
    """A judgment quotes a statute's subsections in small print at the foot of a page ("2 No
    deduction shall be allowed …", "3 Subject to sub-section (7) …"): numbers that start at 2
    and that no mark in the text answers are no notes; notes numbered from 1 are."""
    text = "The learned Tribunal held that the amortization deduction was allowed under the law."
    provisions = [
        (
            72,
            200 - 12 * i,
            8.0,
            f"{start + i} Where an intangible is used in a tax year partly.",
            False,
        )
        for i in range(4)
    ]
    page = [*_running(72, 760, 12.0, text, 30), *provisions]
    record = _convert_pages(tmp_path, [page, _running(72, 760, 12.0, text, 40)])
    assert len(record.footnotes) == notes


def test_a_colophons_publication_credit_is_no_signature() -> None:
    """ "Directeur de la publication :" over a name is a colophon's credit; "Griffier:" over a
    name signs a committee's decision list."""
    from govdocs.structure.signatures import Placed, signature_spans

    def spans(office: str) -> list[list[str | None]]:
        paras = [
            [Placed("La population de la région augmente moins vite que la France.", 4, 72, 300)],
            [Placed(office, 4, 136, 80)],
            [Placed("François-Pierre Gitton", 4, 136, 72)],
            [Placed("Bureau de presse :", 4, 229, 80)],
        ]
        return [[s.role, s.name] for _, _, found in signature_spans(paras) for s in found]

    assert spans("Directeur de la publication :") == []
    assert spans("Griffier:") == [["Griffier", "François-Pierre Gitton"]]  # (colon dropped)


def test_a_letters_reference_named_in_its_subject(tmp_path: Path) -> None:
    text = "Thank you for your request for information, which was received by the Council."
    page = [
        (365, 748, 9.5, "Democratic Services", True),
        (365, 737, 9.5, "Town Hall", False),
        (71, 650, 12.0, "3rd April 2018", False),
        (71, 555, 12.0, "Dear Sir/Madam", False),
        (71, 526, 12.0, "Re: Request for Information - Reference Number: ASC/AWZC3P", True),
        *_running(71, 498, 12.0, text, 12),
        (71, 300, 12.0, "Yours faithfully", False),
        (71, 260, 12.0, "Cath Cryer", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.metadata.reference == "ASC/AWZC3P"  # type: ignore[union-attr]


def test_an_italian_mayors_ordinance(tmp_path: Path) -> None:
    """A municipality's act as Italian ones are printed: the masthead (the town, its province
    in brackets, a motto), the genre on a line of its own, its number and date ("N. 7 DEL
    15/05/2025"), "OGGETTO:", the office that acts, and at the end the office over its holder
    marked signed ("IL SINDACO" / "f.to dott. Mario Rossi")."""
    text = "CONSIDERATO che le condizioni meteorologiche previste possono determinare criticità."
    first = [
        (192, 696, 22.0, "COMUNE DI ESEMPIO", True),
        (237, 678, 14.0, "(Provincia di Avellino)", True),
        (275, 664, 12.0, "Città d'Arte", True),
        (232, 583, 12.0, "ORDINANZA SINDACALE", True),
        (36, 557, 11.0, "N. 7 DEL 15/05/2025", False),
        (
            43,
            529,
            12.0,
            "OGGETTO: Chiusura delle scuole per la giornata del 16 maggio 2025.",
            False,
        ),
        (270, 474, 12.0, "IL SINDACO", True),
        *_running(36, 427, 12.0, text, 18),
    ]
    last = [
        *_running(36, 720, 12.0, text, 10),
        (36, 184, 11.0, "Comune di Esempio, lì 15/05/2025", False),
        (393, 184, 11.0, "IL SINDACO", True),
        (362, 172, 11.0, "f.to dott. Mario Rossi", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == "other"
    assert record.title == "ORDINANZA SINDACALE"
    assert record.date == "2025-05-15"
    assert record.metadata.reference == "7"  # type: ignore[union-attr]
    assert record.metadata.subject == (  # type: ignore[union-attr]
        "Chiusura delle scuole per la giornata del 16 maggio 2025."
    )
    assert _signatories(record) == [["Sindaco", "dott. Mario Rossi"]]


def test_an_italian_provinces_decree_and_notice(tmp_path: Path) -> None:
    """The President of a province decrees: the act named with its number and date is the
    title ("Decreto Presidenziale n° 131 del 27/04/2026"), not the province or its office over
    it; a notice states its protocol number and date ("Prot. n. 2856 dell’11.03.2026."), its
    title in display type ends without the full stop printed after it."""
    text = "Dato atto che il Presidente della Provincia dura in carica quattro anni dalla nomina."
    decree = [
        (204, 736, 36.0, "Provincia di Avellino", False),
        (57, 710, 24.0, "Il Presidente", False),
        (51, 672, 11.0, "Decreto Presidenziale n° 131 del 27/04/2026", False),
        (51, 639, 11.0, "OGGETTO: INDIZIONE DEI COMIZI ELETTORALI.", True),
        *_running(51, 600, 11.0, text, 20),
        (426, 300, 11.0, "IL PRESIDENTE", True),
        (381, 284, 11.0, "f.to Dott. Rizieri Buonopane", False),
    ]
    (tmp_path / "decree").mkdir()
    record = _convert_pages(tmp_path / "decree", [decree])
    assert record.title == "Decreto Presidenziale n° 131 del 27/04/2026"
    assert record.date == "2026-04-27"
    assert _signatories(record) == [["Presidente", "Dott. Rizieri Buonopane"]]
    notice = [
        (189, 735, 18.0, "COMUNE DI ESEMPIO", True),
        (224, 710, 12.0, "(Provincia di Avellino)", True),
        (49, 643, 13.5, "Prot. n. 2856 dell’11.03.2026.", True),
        (44, 590, 16.5, "Avviso pubblico aggiornamento Piano Anticorruzione 2026/2028.", True),
        *_running(52, 539, 12.0, text, 20),
    ]
    (tmp_path / "notice").mkdir()
    record = _convert_pages(tmp_path / "notice", [notice])
    assert record.title == "Avviso pubblico aggiornamento Piano Anticorruzione 2026/2028"
    assert record.date == "2026-03-11"
    assert record.metadata.reference == "2856"  # type: ignore[union-attr]


def test_a_memo_head_read_as_one_line_per_row_of_cells(tmp_path: Path) -> None:
    """A memo's head set in two columns of labels that the text layer reads as one line per
    row ("TO: Honorable Mayor and City Council FROM: Joe Rois," / "SUBJECT: Biennial Peer
    Review of the DATE: August 4, 2021"): each label keeps its own value, the subject runs on
    under it past the cell beside it, and the sender who also signs is one signatory."""
    text = "Approve the attached agreement with the Association of Local Government Auditors."
    page = [
        (72, 632, 11.0, "TO: Honorable Mayor and City Council FROM: Joe Rois,", False),
        (330, 619, 11.0, "City Auditor", False),
        (72, 593, 11.0, "SUBJECT: Biennial Peer Review of the DATE: August 4, 2021", True),
        (144, 579, 11.0, "City Auditor’s Office", True),
        (72, 537, 12.0, "RECOMMENDATION", True),
        *_running(72, 522, 11.0, text, 20),
        (72, 200, 11.0, "JOE ROIS", False),
        (72, 186, 11.0, "City Auditor", False),
    ]
    record = _convert_pages(tmp_path, [page])
    meta = record.metadata
    assert meta.addressee == "Honorable Mayor and City Council"  # type: ignore[union-attr]
    assert meta.subject == "Biennial Peer Review of the City Auditor’s Office"  # type: ignore[union-attr]
    assert record.date == "2021-08-04"
    assert _signatories(record) == [["City Auditor", "Joe Rois"]]


def test_one_signatory_per_person_unless_they_sign_twice_by_name() -> None:
    from govdocs.models import Signatory
    from govdocs.structure.pdf_document import _one_per_person

    head, foot = (
        Signatory(role=None, name="Toni J. Taber"),
        Signatory(role="City Clerk", name="TONI J. TABER"),
    )
    assert _one_per_person([head, foot]) == [Signatory(role="City Clerk", name="Toni J. Taber")]
    judge = Signatory(role=None, name="Kaufhold")
    assert _one_per_person([judge, judge]) == [judge, judge]
    a, b = Signatory(role="Président", name="X Y"), Signatory(role="Trésorier", name="X Y")
    assert _one_per_person([a, b]) == [a, b]


def test_minutes_titled_by_their_genre_alone_are_dated_by_the_meeting_under_it(
    tmp_path: Path,
) -> None:
    """ "Protokoll" alone over what it records ("der Sitzung des Fachausschusses … am" /
    "Dienstag, dem 14. Dezember 2021, …"): the meeting's day dates the record; the captions
    under blank signature lines ("Vorsitzender", "Ausschussmitglied") sign no one."""
    text = "Der Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Ladung fest."
    page = [
        (245, 768, 16.0, "Protokoll", True),
        (65, 740, 11.0, "der Sitzung des Fachausschusses Finanzen und Feuerschutz am", False),
        (65, 727, 11.0, "Dienstag, dem 14. Dezember 2021, im Sitzungszimmer des Rathauses", False),
        (65, 705, 11.0, "Beginn der Sitzung: 18:30 Uhr", False),
        *_running(65, 680, 11.0, text, 30),
    ]
    last = [
        *_running(65, 760, 11.0, text, 10),
        (65, 400, 11.0, "Vorsitzender", False),
        (250, 400, 11.0, "Ausschussmitglied", False),
        (420, 400, 11.0, "Protokollführer", False),
    ]
    record = _convert_pages(tmp_path, [page, last])
    assert record.kind.value == "other"
    assert record.title == "Protokoll"
    assert record.date == "2021-12-14"
    assert _signatories(record) == []


def test_a_letters_subject_naming_a_genre_under_the_salutation_keeps_it_a_letter(
    tmp_path: Path,
) -> None:
    """A decision letter: its subject under the salutation names a genre ("NOTICE OF DECISION
    - FREEDOM OF INFORMATION APPLICATION"), which makes it no notice; the sender's address at
    the page's foot, first in the text layer's order, is no addressee."""
    text = "I refer to your access application lodged under the Freedom of Information Act."
    page = [
        (304, 72, 10.3, "Locked Bag 4, Bentley Delivery Centre WA 6983", False),
        (254, 59, 10.3, "Telephone +61 (0)8 6552 2193 enquiries@dpird.wa.gov.au", False),
        (406, 692, 9.4, "Our reference: FOI2025-008", False),
        (87, 644, 11.3, "Ms Hanyu Liu", False),
        (87, 555, 11.3, "Date: 30 May 2025", False),
        (87, 518, 10.3, "Dear Hanyu Liu", False),
        (87, 493, 10.3, "NOTICE OF DECISION - FREEDOM OF INFORMATION APPLICATION", True),
        *_running(87, 469, 10.3, text, 10),
        (87, 314, 10.3, "Yours sincerely", False),
        (87, 267, 10.3, "Clare Kuzimski", False),
        (87, 255, 10.3, "Information Release and Privacy Officer", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.kind.value == "parliamentary_letter"
    meta = record.metadata
    assert meta.subject == "NOTICE OF DECISION - FREEDOM OF INFORMATION APPLICATION"  # type: ignore[union-attr]
    assert meta.addressee == "Ms Hanyu Liu"  # type: ignore[union-attr]


def test_a_drawn_signature_over_the_typed_name_is_part_of_the_signature(tmp_path: Path) -> None:
    """The text layer of a drawn signature holds initials and surname run together
    ("CKuzimski") over the typed name: part of the signature block, not its end."""
    text = "Should you have any queries in relation to this matter please contact me by email."
    page = [
        (87, 644, 11.3, "Ms Hanyu Liu", False),
        (87, 555, 11.3, "Date: 30 May 2025", False),
        (87, 518, 10.3, "Dear Hanyu Liu", False),
        *_running(87, 469, 10.3, text, 10),
        (87, 314, 10.3, "Yours sincerely", False),
        (87, 289, 10.3, "CKuzimski", False),
        (87, 267, 10.3, "Clare Kuzimski", False),
        (87, 255, 10.3, "Information Release and Privacy Officer", False),
        (87, 243, 10.3, "Corporate Services", False),
    ]
    record = _convert_pages(tmp_path, [page])
    assert _signatories(record) == [["Information Release and Privacy Officer", "Clare Kuzimski"]]


def test_a_signers_unit_under_the_name_with_no_office_printed() -> None:
    from govdocs.structure.signatures import parse_signatories

    found = parse_signatories(["Cath Cryer", "Democratic Services"])
    assert [[s.role, s.name] for s in found] == [["Democratic Services", "Cath Cryer"]]
    # (two people, each by name alone, stay two)
    found = parse_signatories(["Cath Cryer", "Jane Doe"])
    assert [[s.role, s.name] for s in found] == [[None, "Cath Cryer"], [None, "Jane Doe"]]


@pytest.mark.parametrize(
    ("proposal", "impact", "kind"),
    [
        ("RECOMMENDATION", "FISCAL IMPACT", "report"),
        ("Beschlussvorschlag:", "Finanzielle Auswirkungen:", "report"),
        ("Recommended Action:", "Financial Impact", "report"),
        # a memo recommending something without stating what it costs stays a memo
        ("RECOMMENDATION", "DISCUSSION", "other"),
    ],
)
def test_a_staff_report_under_a_memo_head_is_a_report(
    tmp_path: Path, proposal: str, impact: str, kind: str
) -> None:
    """A staff report put before a council: a memo head (To / From / Subject) over sections
    stating what the council is asked to decide and what it costs. That is a report, whatever
    head it carries; without the cost section the memo head decides (kind other)."""
    text = "The proposed park site was dedicated by the developers of the rowhouse project here."
    first = [
        (72, 760, 12.0, "DATE: January 20, 2021", False),
        (72, 740, 12.0, "TO: Mayor and City Council", False),
        (72, 720, 12.0, "FROM: Sea Shelton, Human Resources Manager", False),
        (72, 700, 12.0, "SUBJECT: SALARY SCHEDULE AND BENEFIT UPDATE", False),
        (72, 670, 12.0, proposal, True),
        *_running(72, 650, 12.0, text, 6),
        (72, 560, 12.0, impact, True),
        *_running(72, 540, 12.0, text, 20),
    ]
    record = _convert_pages(tmp_path, [first, _running(72, 760, 12.0, text, 40)])
    assert record.kind.value == kind
    # the memo head is read into the metadata either way, and leaves the body
    assert record.metadata.addressee == "Mayor and City Council"  # type: ignore[union-attr]
    assert record.metadata.subject == "SALARY SCHEDULE AND BENEFIT UPDATE"  # type: ignore[union-attr]
    assert not any("Mayor and City Council" in block.text for block in record.blocks)


def test_a_letter_dated_under_its_signature_under_a_masthead(tmp_path: Path) -> None:
    """An Australian minister's letter: the office's name centred at the top in bold display
    type (a masthead, not the addressee), the addressee set in the text's type over the
    salutation, and the date alone under the signature, nothing dated in the head."""
    text = "Thank you for your email regarding your request under the Freedom of Information Act."
    first = [
        (104, 738, 15.0, "Minister for Agriculture and Food; Fisheries; Forestry;", True),
        (204, 721, 15.0, "Small Business; Mid West", True),
        (56, 668, 10.0, "Our ref: 82-04945", False),
        (56, 613, 12.0, "Hanyu Liu", False),
        (56, 599, 12.0, "Email: someone@example.org", False),
        (56, 558, 12.0, "Dear Hanyu", False),
        *_running(56, 530, 12.0, text, 8),
        (56, 400, 12.0, "Yours sincerely", False),
        (56, 330, 12.0, "Ashley Buck", False),
        (56, 316, 12.0, "Chief of Staff to Hon Jackie Jarvis MLC", False),
        (56, 302, 12.0, "MINISTER FOR AGRICULTURE AND FOOD", True),
        (56, 276, 11.0, "19 June 2025", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.kind.value == "parliamentary_letter"
    addressee = record.metadata.addressee  # type: ignore[union-attr]
    assert (addressee, record.date) == ("Hanyu Liu", "2025-06-19")


def test_the_signers_email_under_the_office_is_no_part_of_it(tmp_path: Path) -> None:
    """A council's FOI reply signed "Matthew Couch" / "Corporate Information Governance
    Officer" / "accessinfo@…": an e-mail address in lower case under the office is the signer's
    contact line, not the office's last words set in under it."""
    text = "We have reconsidered your request and the information requested is now enclosed."
    first = [
        (68, 720, 11.0, "Data Justice Lab", False),
        (68, 707, 11.0, "Via Email", False),
        (68, 660, 11.0, "Dear Sir or Madam", False),
        *_running(68, 640, 11.0, text, 10),
        (68, 480, 11.0, "Yours sincerely", False),
        (68, 457, 11.0, "Matthew Couch", True),
        (68, 442, 11.0, "Corporate Information Governance Officer", False),
        (68, 419, 11.0, "accessinfo@southwark.gov.uk", False),
    ]
    record = _convert_pages(tmp_path, [first])
    signatories = [(s.role, s.name) for s in record.metadata.signatories]  # type: ignore[union-attr]
    assert signatories == [("Corporate Information Governance Officer", "Matthew Couch")]
    signature = next(b for b in record.blocks if b.type.value == "signature")
    assert signature.text.splitlines()[:2] == [
        "Matthew Couch",
        "Corporate Information Governance Officer",
    ]


def test_a_letterhead_in_small_print_over_the_address_is_no_addressee(tmp_path: Path) -> None:
    """A US director's letter: the office and town centred in small capitals at the top (the
    letterhead), the date, then the addressee's block in the text's type over the salutation.
    The addressee is the block in the text's type, not the first line of the page."""
    text = "Thank you for your letter inquiring about the guidelines that elements must establish."
    first = [
        (208, 751, 8.7, "DIRECTOR OF NATIONAL INTELLIGENCE", False),
        (243, 737, 8.2, "WASHINGTON, DC 20511", False),
        (406, 680, 11.6, "September 23, 2013", False),
        (62, 654, 11.6, "Privacy and Civil Liberties Oversight Board", False),
        (62, 640, 11.6, "2100 K Street Northwest, Suite 500", False),
        (62, 626, 11.6, "Washington, D.C. 20427", False),
        (62, 598, 11.6, "Dear Mr. Chairman and Board Members:", False),
        *_running(62, 570, 11.6, text, 12),
        (62, 380, 11.6, "Sincerely,", False),
        (62, 330, 11.6, "James R. Clapper", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.metadata.addressee == "Privacy and Civil Liberties Oversight Board"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("items", "kind"),
    [
        (["1. CALL TO ORDER", "2. NEW BUSINESS", "3. BUDGET REVIEW", "4. ADJOURNMENT"], "other"),
        (["1 Opening", "2 Ingekomen stukken", "3 Begroting 2025", "4 Rondvraag"], "other"),
        # numbered headings that open nothing and close nothing: a report's sections
        (["1. Introduction", "2. Methods", "3. Results", "4. Conclusions"], "report"),
    ],
)
def test_an_agenda_is_known_by_the_items_that_open_and_close_a_meeting(
    tmp_path: Path, items: list[str], kind: str
) -> None:
    """A committee's agenda numbers its items in bold like a report's sections; the items
    that open a meeting ("Call to Order", "Opening") and close it ("Adjournment", "Rondvraag")
    make it the paper of a meeting (kind other), not a report."""
    text = "The committee will review the proposed curriculum changes for the coming school year."
    rows = []
    for index, item in enumerate(items):
        top = 740 - 150 * index
        rows += [(72, top, 14.0, item, True), *_running(72, top - 20, 11.0, text, 6)]
    record = _convert_pages(tmp_path, [rows, _running(72, 760, 11.0, text, 45)])
    assert record.kind.value == kind


@pytest.mark.parametrize(
    ("dated", "date"),
    [
        (["Date: February 26, 2010"], "2010-02-26"),
        # a form or a list of events labels several dates: none of them dates the document
        (["Date: February 26, 2010", "Date: March 3, 2010"], None),
    ],
)
def test_a_briefing_note_dated_under_its_credits(
    tmp_path: Path, dated: list[str], date: str | None
) -> None:
    """A city's budget briefing note states its date only under the credits on its last page
    ("Prepared by: …" / "Date: February 26, 2010"): where nothing else dates a document, the
    one date its lines give under a label of their own does."""
    text = "This briefing note provides a summary of approved positions included in the budget."
    first = [
        (72, 740, 18.0, "BUDGET BRIEFING NOTE", True),
        (72, 715, 18.0, "Staff Recommended Approved Position Changes", True),
        *_running(72, 680, 12.0, text, 35),
    ]
    last = [
        (72, 686, 12.0, "Prepared by: Salma Hirji, Senior Financial Analyst", False),
        *[(72, 640 - 20 * i, 12.0, line, False) for i, line in enumerate(dated)],
    ]
    record = _convert_pages(tmp_path, [first, _running(72, 760, 12.0, text, 45), last])
    assert record.date == date


def test_a_nordic_decision_letter_without_salutation(tmp_path: Path) -> None:
    """A Swedish authority's decision sent to the body it supervised: a row of labels over
    their values ("Beslut" / "2020-06-22", "Diarienr" / "DI-2020-2278"), the page as "1 (2)"
    beside them, the addressee's own file ("Ert diarienr"), the addressee, the subject in
    display type over the text's first heading, and no salutation. Citing the addressee's
    file makes it correspondence (a letter); "Beslut" labels the date, it names no genre."""
    text = "Datainspektionen konstaterar att Polismyndigheten har åtgärdat det tekniska felet."
    first = [
        (333, 788, 9.0, "Beslut", True),
        (433, 788, 9.0, "Diarienr", True),
        (562, 788, 9.0, "1 (2)", False),
        (333, 774, 9.0, "2020-06-22", False),
        (433, 774, 9.0, "DI-2020-2278", False),
        (432, 754, 9.0, "Ert diarienr", True),
        (432, 740, 9.0, "A026.530/2020", False),
        (333, 689, 11.0, "Polismyndigheten", False),
        (156, 537, 17.0, "Tillsyn av Polismyndighetens", True),
        (156, 513, 17.0, "belastningsregister enligt lagen om", True),
        (156, 489, 17.0, "belastningsregister", True),
        (156, 438, 14.0, "Datainspektionens beslut", True),
        *_running(156, 418, 11.0, text, 20),
    ]
    signed = "Charlotte Waller Dahlberg, 2020-06-22 (Det här är en elektronisk signatur)"
    last = [
        *_running(156, 760, 11.0, text, 30),
        (156, 300, 11.0, signed, False),
        (156, 250, 11.0, "Kopia för kännedom till: Dataskyddsombudet", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    meta = record.metadata
    # signed electronically: the name on one line with the day and the mark
    assert [(s.role, s.name) for s in meta.signatories] == [  # type: ignore[union-attr]
        (None, "Charlotte Waller Dahlberg")
    ]
    assert [b.type.value for b in record.blocks][-2:] == ["signature", "paragraph"]
    assert record.kind.value == "parliamentary_letter"
    assert (meta.addressee, meta.reference, meta.your_reference) == (  # type: ignore[union-attr]
        "Polismyndigheten",
        "DI-2020-2278",
        "A026.530/2020",
    )
    subject = "Tillsyn av Polismyndighetens belastningsregister enligt lagen om belastningsregister"
    assert meta.subject == subject  # type: ignore[union-attr]


def test_nordic_page_numbers() -> None:
    from govdocs.structure.pdf_layout import is_page_number

    assert all(map(is_page_number, ["1 (4)", "Sid 1 (1)", "Sivu 2 (3)", "Side 2 av 3"]))
    assert not is_page_number("Article 5 (2)")


def test_a_finnish_instruction_named_in_the_head_field(tmp_path: Path) -> None:
    """A Finnish agency's instruction in the head of the Nordic standard: its name ("OHJE")
    from the page's middle, the page count "1 (3)" at the right, the date under the name with
    the diary number beside it, no "Päivämäärä" label. The name makes it a report however its
    text reads (two officials sign it as a letter would be signed); the date under it is the
    document's; the title is the display line."""
    text = "Valtionavustuksen saajan on varmistettava, ettei avustusta käytetä pakotteiden vastaisesti."
    first = [
        (307, 804, 11.0, "OHJE", False),
        (533, 804, 11.0, "1 (2)", False),
        (307, 778, 11.0, "27.11.2025", False),
        (440, 778, 11.0, "OPH-3652-2022", False),
        (57, 623, 14.0, "Pakotteiden huomioon ottaminen valtionavustustoiminnassa", True),
        *_running(187, 596, 11.0, text, 25),
    ]
    last = [
        *_running(187, 760, 11.0, text, 10),
        (187, 500, 11.0, "Opetusneuvos", False),
        (187, 486, 11.0, "Timo Sinivuori", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == "report"
    assert record.date == "2025-11-27"
    assert record.title == "Pakotteiden huomioon ottaminen valtionavustustoiminnassa"


@pytest.mark.parametrize(
    ("name", "genre"),
    [("OHJE", "report"), ("Pöytäkirja", "other"), ("Yttrande", "letter"), ("BESLUT", "decision")],
)
def test_the_nordic_head_field_names_and_dates(name: str, genre: str) -> None:
    """The head field's name says what the document is (a decision may be a letter or a
    record: it decides nothing); its date stands under the name, beside it, or at the end of a
    line the sender's column shares with it ("Maaomaisuuden kehittäminen ja tontit
    09.09.2025")."""
    from govdocs.structure.nordic_head import nordic_head

    def raw(lines: list[Line]) -> RawDocument:
        return RawDocument(
            path=Path("x.pdf"), sha256="0", size=0, format=SourceFormat.pdf,
            media_type="application/pdf", reader="test", lines=lines, pages=1,
            page_sizes=[(595.0, 842.0)],
        )  # fmt: skip

    under = [
        Line(name, 1, 307, 804, 330, 815, 11.0),
        Line("12.5.2023", 1, 307, 778, 350, 789, 11.0),
    ]
    head = nordic_head(raw(under))
    assert head is not None and (head.genre, head.date) == (
        genre,
        ("2023-05-12", DatePrecision.day),
    )
    shared = [
        Line(name, 1, 312, 802, 369, 814, 12.0),
        Line("1 (8)", 1, 523, 802, 547, 814, 12.0),
        Line("Maaomaisuuden kehittäminen ja tontit 09.09.2025", 1, 57, 747, 372, 759, 12.0),
    ]
    head = nordic_head(raw(shared))
    assert head is not None and head.date == ("2025-09-09", DatePrecision.day)
    # no name of the standard's and no page count: no head field (a date alone at the top)
    assert nordic_head(raw([Line("Report", 1, 307, 804, 340, 815, 11.0), under[1]])) is None


def test_finnish_body_names() -> None:
    from govdocs.structure.bodies import is_body_name

    assert is_body_name("Jatkuvan oppimisen ja työllisyyden palvelukeskus")
    assert is_body_name("Opetushallitus")
    assert is_body_name("Sosiaali- ja terveysministeriö")
    assert not is_body_name("Valtionavustuksen vakioehdot")
    assert not is_body_name("Kestävä yhteiskunta")


def test_a_decision_extract_titled_without_its_section_number(tmp_path: Path) -> None:
    """A decision extracted from a Nordic council's minutes heads its subject with the section
    it was taken from ("66 §"): the title is the subject."""
    text = "Tonttipäällikkö päätti sisällyttää tasotarkistusmenettelyä koskevat ehdot lomakkeisiin."
    subject = "66 § Tasotarkistusmenettelyä koskevien ehtojen sisällyttäminen lomakkeisiin"
    first = [
        (57, 802, 12.0, "Helsingin kaupunki", True),
        (312, 802, 12.0, "Pöytäkirja", True),
        (523, 802, 12.0, "1 (2)", False),
        (57, 788, 12.0, "Kaupunkiympäristön toimiala", False),
        (312, 774, 12.0, "09.09.2025", False),
        (57, 650, 14.0, subject, True),
        *_running(57, 620, 11.0, text, 30),
    ]
    record = _convert_pages(tmp_path, [first, _running(57, 760, 11.0, text, 30)])
    assert record.kind.value == "other"
    assert record.title == subject.removeprefix("66 § ")
    assert record.date == "2025-09-09"


@pytest.mark.parametrize(
    ("genre", "kind"), [("Dictamen Jurídico", "report"), ("Resolución firma conjunta", "other")]
)
def test_an_argentine_e_filed_document_under_its_masthead_and_year_motto(
    tmp_path: Path, genre: str, kind: str
) -> None:
    """Argentina's electronic filing prints every document under the state's masthead and the
    year's official name ("República Argentina - Poder Ejecutivo Nacional" / "2021 - Año de
    Homenaje al …"), the genre centred in bold under them, then "Número:" and "Referencia:".
    The genre is the title (a legal opinion is a report), the file under "Referencia" the
    reference; neither the masthead nor the motto is the title."""
    text = "Vienen las presentes actuaciones a consideración de esta instancia para que se expida."
    first = [
        (201, 682, 11.2, "República Argentina - Poder Ejecutivo Nacional", True),
        (
            149,
            668,
            11.2,
            "2021 - Año de Homenaje al Premio Nobel de Medicina Dr. César Milstein",
            False,
        ),
        (272 if kind == "report" else 252, 638, 11.2, genre, True),
        (60, 608, 11.2, "Número:", True),
        (60, 531, 11.2, "Referencia: EX-2021-41108626- -APN-GTYN#SSN", False),
        *_running(60, 480, 9.0, text, 25),
    ]
    record = _convert_pages(tmp_path, [first, _running(60, 760, 9.0, text, 50)])
    assert (record.kind.value, record.title) == (kind, genre)
    assert record.metadata.reference == "EX-2021-41108626- -APN-GTYN#SSN"  # type: ignore[union-attr]


def test_latin_american_state_names_and_names_broken_off() -> None:
    from govdocs.structure.bodies import is_body_name

    assert is_body_name("República Argentina - Poder Ejecutivo Nacional")
    assert is_body_name("GOBIERNO DE LA PROVINCIA DE BUENOS AIRES")
    # a name broken off after a preposition runs on on the next line
    assert not is_body_name("Dirección General contra")
    assert not is_body_name("Ministerio de Salud y")


def test_a_colon_at_the_head_of_the_value_column_is_no_part_of_the_value() -> None:
    """A circular's memo head sets its labels in one column and the colons at the head of the
    values in the next ("To" | ": Suppliers of power banks"): the value starts after the colon."""
    from govdocs.document import Line
    from govdocs.structure.keyvalue import header_fields

    lines = [
        Line("Our Ref : Cir 2015-01", 1, 70.9, 734.1, 229.9, 745.1, 11.0),
        Line("Date", 1, 70.9, 720.7, 91.7, 731.7, 11.0),
        Line(": 3 August 2015", 1, 142.9, 720.7, 242.3, 731.7, 11.0),
        Line("To", 1, 70.9, 693.8, 81.7, 704.8, 11.0),
        Line(": Suppliers of power banks", 1, 142.9, 693.8, 291.1, 704.8, 11.0),
    ]
    fields = header_fields(lines)
    assert fields["addressee"] == "Suppliers of power banks"
    assert fields["date"] == "3 August 2015"


def test_a_reply_printing_an_empty_label_for_the_addressees_reference(tmp_path: Path) -> None:
    """A foreign ministry's letter to a court's registrar: the ministry's name centred at the
    top in bold, the address in the text's type, a row "Your ref.:" / "Our ref.:" / "Date: 7
    July 2023" (the labels left empty, the date to the right), the subject in bold, no
    salutation, no closing formula; the contact block at the foot names the case officer under
    "Reference:". A label for the addressee's reference is asked by correspondence only: a
    letter, addressed to the first line of the address, its subject the bold line, its
    reference no one's name."""
    text = "Norway has on repeated occasions made clear its position on the legality of actions."
    first = [
        (_centred_at("ROYAL NORWEGIAN", 12.1), 760, 12.1, "ROYAL NORWEGIAN", True),
        (
            _centred_at("MINISTRY OF FOREIGN AFFAIRS", 12.1),
            748,
            12.1,
            "MINISTRY OF FOREIGN AFFAIRS",
            True,
        ),
        (90, 675, 11.5, "H.E. Mr. Philippe Gautier", False),
        (90, 660, 11.5, "The Registrar of the International Court of Justice", False),
        (90, 645, 11.5, "Peace Palace", False),
        (90, 630, 11.5, "2517 KJ The Hague", False),
        (90, 615, 11.5, "The Netherlands", False),
        (86, 570, 8.3, "Your ref.:", False),
        (265, 570, 8.3, "Our ref.:", False),
        (407, 570, 8.3, "Date: 7 July 2023", False),
        (86, 491, 13.8, "Request for an advisory opinion of the Court", True),
        *_running(86, 453, 11.5, text, 20),
        (59, 80, 8.3, "Postal address:", False),
        (59, 70, 8.3, "Postboks 8114 Dep", False),
        (394, 80, 8.3, "Reference:", False),
        (394, 70, 8.3, "Kristian Jervell", False),
    ]
    record = _convert_pages(tmp_path, [first])
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert (meta.addressee, meta.subject, meta.reference, record.date) == (  # type: ignore[union-attr]
        "H.E. Mr. Philippe Gautier",
        "Request for an advisory opinion of the Court",
        None,
        "2023-07-07",
    )


def test_a_note_verbale_is_a_letter_in_the_third_person(tmp_path: Path) -> None:
    """A ministry's note verbale to a court's registry (an English translation): no address,
    no salutation, no signature; it presents the ministry's compliments in its first sentence
    and renews the assurances of its consideration in its last. An editor's "[Translation]"
    over it addresses no one."""
    text = "The Government of the Republic is deeply committed to peace in the region concerned."
    first = [
        (90, 749, 9.0, "NOTE VERBALE FROM THE MINISTRY OF EXTERNAL RELATIONS,", True),
        (247, 736, 9.0, "DATED 28 JANUARY 2004", True),
        (85, 712, 11.0, "[([Translation])]", False),  # (a TJ array: the text in brackets)
        (
            85,
            674,
            11.0,
            "The Ministry of External Relations of the Republic presents its compliments to",
            False,
        ),
        (
            85,
            661,
            11.0,
            "the Registry of the International Court of Justice and has the honour to inform it",
            False,
        ),
        (85, 648, 11.0, "of the following:", False),
        *_running(85, 620, 11.0, text, 20),
    ]
    last = [
        *_running(85, 760, 11.0, text, 10),
        (
            85,
            600,
            11.0,
            "The Ministry of External Relations avails itself of this opportunity to renew to",
            False,
        ),
        (85, 587, 11.0, "the Registry the assurances of its highest consideration.", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == "parliamentary_letter"
    assert (record.metadata.addressee, record.date) == (None, "2004-01-28")  # type: ignore[union-attr]


def test_an_international_bodys_symbol_in_the_first_pages_top_right_corner(
    tmp_path: Path,
) -> None:
    """A UN draft resolution of one page: its symbol "A/L.632" printed alone in the top right
    corner under "Distr. LIMITED", over the date; nothing repeats it, it is the number."""
    text = (
        "Recalling the principles of the Charter, the General Assembly decides to restore rights."
    )
    first = [
        (30, 633, 22.5, "GENERAL", True),
        (30, 604, 22.2, "ASSEMBLY", True),
        (419, 661, 13.7, "Distr.", False),
        (419, 648, 10.7, "LIMITED", False),
        (419, 624, 11.7, "A/L.632", False),
        (419, 612, 11.7, "29 September 1971", False),
        (419, 588, 10.7, "ORIGINAL: ENGLISH", False),
        (111, 502, 11.7, "RESTORATION OF THE LAWFUL RIGHTS", True),
        *_running(123, 460, 11.7, text, 14),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.metadata.reference == "A/L.632"  # type: ignore[union-attr]


def test_an_organisations_circular_note_dated_at_its_foot(tmp_path: Path) -> None:
    """A WHO circular letter: the Director-General presents his compliments, and "takes this
    opportunity to renew … the assurance of his highest consideration"; no salutation, no
    signature; the place in capitals and the date under the closing formula date it."""
    text = "The network is a building block of digital public health infrastructure for all."
    first = [
        (71, 723, 12.0, "Ref.: C.L.38.2023", False),
        (113, 614, 12.0, "Participation in the Global Digital Health Certification Network", True),
        (
            99,
            587,
            12.0,
            "The Director-General of the World Health Organization presents his compliments to",
            False,
        ),
        (
            71,
            573,
            12.0,
            "Member States and has the honour to invite them to join the network.",
            False,
        ),
        *_running(71, 545, 12.0, text, 14),
        (
            99,
            320,
            12.0,
            "The Director-General of the World Health Organization takes this opportunity to renew to",
            False,
        ),
        (71, 306, 12.0, "Member States the assurance of his highest consideration.", False),
        (355, 262, 12.0, "GENEVA, 27 September 2023", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "2023-09-27"
    assert record.metadata.reference == "C.L.38.2023"  # type: ignore[union-attr]


def test_the_european_commissions_and_its_agencies_numbers_in_the_corner(tmp_path: Path) -> None:
    """A Commission decision prints its number under the place and date in the top right
    corner ("C(2017) 5606 (final)"); an agency's guidelines print theirs with the language
    version after it ("EIOPA-BoS-15/107 EN"): each is the document's reference."""
    text = (
        "Having regard to the Treaty on the Functioning of the European Union and the Regulation."
    )
    decision = [
        (207, 655, 11.0, "EUROPEAN", False),
        (207, 643, 11.0, "COMMISSION", False),
        (327, 575, 12.0, "Bruxelles, 3.8.2017", False),
        (327, 561, 12.0, "C(2017) 5606 (final)", False),
        (184, 475, 12.0, "COMMISSION IMPLEMENTING DECISION", True),
        (279, 444, 12.0, "of 3.8.2017", True),
        *_running(85, 400, 12.0, text, 20),
    ]
    record = _convert_pages(tmp_path, [decision])
    assert record.metadata.reference == "C(2017) 5606 (final)"  # type: ignore[union-attr]
    guidelines = [
        (413, 675, 11.0, "EIOPA-BoS-15/107 EN", False),
        (95, 538, 20.0, "Guidelines on reporting for financial", True),
        (197, 506, 20.0, "stability purposes", True),
        *_running(85, 450, 12.0, text, 20),
    ]
    record = _convert_pages(tmp_path, [guidelines, [*_running(85, 760, 12.0, text, 40)]])
    assert record.metadata.reference == "EIOPA-BoS-15/107"  # type: ignore[union-attr]


def test_a_central_banks_circular_numbered_over_its_addressees(tmp_path: Path) -> None:
    """A central bank's circular: its own numbers over the addressees ("RBI/2026-27/78" /
    "A.P. (DIR Series) Circular No. 09"), the addressees over the salutation; a regulator's
    circular labels its subject "Sub:" and sets it one and a half spaced over two lines, dated
    "February 10,2026"."""
    text = "The Reserve Bank has reviewed the existing framework for authorisation of persons."
    rbi = [
        (72, 671, 11.0, "RBI/2026-27/78", False),
        (72, 656, 11.0, "A.P. (DIR Series) Circular No. 09", False),
        (459, 656, 11.0, "May 06, 2026", False),
        (72, 627, 11.0, "All Authorised Persons,", False),
        (72, 600, 11.0, "Madam / Sir,", False),
        (84, 571, 11.0, "Issuance of Foreign Exchange Management Regulations, 2026", True),
        *_running(72, 542, 11.0, text, 20),
        (472, 240, 11.0, "Yours faithfully,", False),
        (458, 200, 11.0, "N Senthil Kumar", True),
        (413, 186, 11.0, "Chief General Manager", True),
    ]
    record = _convert_pages(tmp_path, [rbi])
    assert record.kind.value == "parliamentary_letter"
    assert record.metadata.addressee == "All Authorised Persons,"  # type: ignore[union-attr]
    assert record.date == "2026-05-06"
    sebi = [
        (282, 726, 12.0, "CIRCULAR", True),
        (72, 690, 12.0, "SEBI/HO/DDHS/DDHS-PoD-2/I/4685/2026", True),
        (423, 690, 12.0, "February 10,2026", True),
        (72, 655, 12.0, "To,", True),
        (72, 626, 12.0, "All Registered Credit Rating Agencies (CRAs)", True),
        (72, 460, 12.0, "Dear Sir / Madam,", False),
        (
            72,
            432,
            12.0,
            "Sub: Obligations on CRAs while undertaking rating of financial instruments falling",
            True,
        ),
        (72, 411, 12.0, "under the purview of any other Financial Sector Regulator", True),
        *_running(72, 372, 12.0, text, 12),
        (472, 120, 12.0, "Yours faithfully,", False),
        (458, 80, 12.0, "Ritesh Nandwani", True),
    ]
    record = _convert_pages(tmp_path, [sebi])
    assert record.date == "2026-02-10"
    assert record.metadata.subject == (  # type: ignore[union-attr]
        "Obligations on CRAs while undertaking rating of financial instruments falling under "
        "the purview of any other Financial Sector Regulator"
    )
    assert record.metadata.addressee == "All Registered Credit Rating Agencies (CRAs)"  # type: ignore[union-attr]


def test_un_job_numbers_and_a_secretariat_issuance(tmp_path: Path) -> None:
    """A Secretary-General's bulletin: the job number with its processing date at the foot of
    the first page ("19-15224 (E) 110919", in the text's size, under the notes) is page
    furniture, so the notes above it are the page's footnotes; a note's line that starts with
    a day ("30 November to 13 December 2015 …") under a note running on is that note's, not a
    note of its own; the issuance's genre line makes it no report."""
    text = "The Secretariat will endeavour to align its own operations with the goals adopted."
    first = [
        (123, 734, 13.4, "United Nations", False),
        (472, 736, 10.0, "ST/SGB/2019/7", False),
        (123, 706, 19.5, "Secretariat", True),
        (397, 694, 10.0, "4 September 2019", False),
        (123, 567, 14.3, "Secretary-General’s bulletin", True),
        (123, 541, 12.3, "Environmental policy for the United Nations Secretariat", True),
        *_running(123, 517, 10.0, text, 18),
        (
            117,
            225,
            8.5,
            "1 In its resolution 70/1 of 25 September 2015, the General Assembly adopted",
            False,
        ),
        (123, 214, 8.5, "the outcome document of the summit, held in New York from", False),
        (123, 204, 8.5, "25 September to 27 September 2015.", False),
        (117, 193, 8.5, "2 On 27 April 2017, the Secretary-General presented a report.", False),
        (65, 44, 10.0, "19-15224 (E) 110919", False),
        (65, 30, 12.0, "*1915224*", True),
    ]
    record = _convert_pages(tmp_path, [first])
    assert [n.label for n in record.footnotes] == ["1", "2"]
    assert record.footnotes[0].text.endswith("from 25 September to 27 September 2015.")
    assert record.kind.value == "other"
    assert all("19-15224" not in b.text for b in record.blocks)


@pytest.mark.parametrize("stamp", ["24-22530X (E) 191224", "GE.25-11220 (E)"])
def test_un_job_numbers_with_a_letter_or_geneva_prefix_are_furniture(
    tmp_path: Path, stamp: str
) -> None:
    """A job number with a letter after it, or Geneva's "GE." before it, at a page's foot."""
    text = "The Executive Board takes note of the report and of the progress made."
    first = [
        (123, 734, 13.4, "United Nations", False),
        (472, 736, 10.0, "DP/2031/4", False),
        (123, 541, 14.3, "Report on the implementation of the recommendations", True),
        *_running(123, 517, 10.0, text, 30),
        (65, 44, 10.0, stamp, False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert all(stamp not in b.text for b in record.blocks)


def test_a_labelled_reference_is_a_code_not_a_name() -> None:
    from govdocs.structure.symbols import plausible_reference

    assert not plausible_reference("Kristian Jervell")  # the case officer, under "Reference:"
    assert plausible_reference("JCL/VPD") and plausible_reference("TRE/AWZBQX")
    assert plausible_reference("DI-2020-2278")


def test_a_circular_letter_under_a_reference_date_to_subject_head(tmp_path: Path) -> None:
    """A regulator's circular: "Our Ref" / "Date" / "To" / "Subject" with the values in a
    column after colons, no salutation, "Yours faithfully" over the name, the office and the
    division (its words listed with a comma), and a note in brackets under it; the sender's
    address at the page's foot, its street number first. A letter to a group of suppliers
    (not a memo: no one writes "From"), and the street number is no footnote."""
    text = "Suppliers are given three months from the date of this circular to register adaptors."
    first = [
        (72, 75, 10.0, "SPRING Singapore", True),
        (72, 63, 10.0, "1 Fusionopolis Walk, #01-02 South Tower, Solaris, Singapore 138628", False),
        (72, 51, 10.0, "Tel: +65 6278 6666 Fax: +65 6278 6667", False),
        (72, 39, 10.0, "Website: www.spring.gov.sg", False),
        (72, 710, 11.0, "Our Ref", False),
        (143, 710, 11.0, ": Cir 2016-01", False),
        (72, 693, 11.0, "Date", False),
        (143, 693, 11.0, ": 7 September 2016", False),
        (72, 677, 11.0, "To", False),
        (143, 677, 11.0, ": Suppliers of Electrical Breast Pumps", False),
        (72, 660, 11.0, "Subject", False),
        (143, 660, 11.0, ": Safety Requirements for Adaptors", False),
        *_running(72, 600, 11.0, text, 20),
        (72, 300, 11.0, "Thank you.", False),
        (72, 270, 11.0, "Yours faithfully", False),
        (72, 240, 11.0, "Sim Geok Seng", False),
        (72, 226, 11.0, "Head", False),
        (72, 212, 11.0, "Consumer Protection, Weights & Measures Division", False),
        (72, 190, 11.0, "(This is computer generated, no signature is required.)", False),
    ]
    record = _convert_pages(tmp_path, [first])
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert [(s.role, s.name) for s in meta.signatories] == [("Head", "Sim Geok Seng")]  # type: ignore[union-attr]
    assert (meta.addressee, meta.reference, record.date) == (  # type: ignore[union-attr]
        "Suppliers of Electrical Breast Pumps",
        "Cir 2016-01",
        "2016-09-07",
    )
    assert record.footnotes == []


@pytest.mark.parametrize(
    ("genre", "author", "cited", "kind"),
    [
        ("Antrag", ["der Bundesregierung"], [], "other"),
        (
            "Antwort",
            ["der Bundesregierung"],
            [
                "auf die Große Anfrage der Abgeordneten Bärbel Höhn und der",
                "– Drucksache 18/5489 –",
            ],
            "parliamentary_questions",
        ),
        (
            "Beschlussempfehlung und Bericht",
            ["des Ausschusses für Arbeit und Soziales (11. Ausschuss)"],
            ["zu dem Antrag der Abgeordneten Matthias W. Birkwald", "– Drucksache 18/982 –"],
            "report",
        ),
    ],
)
def test_a_german_parliamentary_paper_by_its_genre_line(
    tmp_path: Path, genre: str, author: list[str], cited: list[str], kind: str
) -> None:
    """A Bundestag Drucksache: the parliament, the paper's number, the term and the date at the
    top; the genre in display type, who submits it, the paper it answers or reports on, and
    the title, each a group of bold lines set apart by space. The genre gives the kind, the
    last group the title (joined over its line break), not the parliament's name; the
    printer's imprint at the foot of the last page is furniture."""
    text = "Der Deutsche Bundestag stimmt der von der Bundesregierung beschlossenen Fortsetzung zu."
    first = [
        (71, 765, 16.5, "Deutscher Bundestag", True),
        (413, 765, 12.0, "Drucksache 18/6763", True),
        (71, 744, 12.0, "18. Wahlperiode", True),
        (482, 744, 8.5, "20.11.2015", False),
        (71, 656, 16.5, genre, True),
    ]
    y = 635.0
    for line in author:
        first.append((71, y, 12.0, line, True))
        y -= 15
    y -= 40
    for line in cited:
        first.append((71, y, 12.0, line, True))
        y -= 15
    y -= 35 if cited else 0
    first += [
        (71, y, 12.0, "Umsetzung des Aktionsprogramms Klimaschutz in Baden-", True),
        (71, y - 15, 12.0, "Württemberg und im Bund", True),
        *_running(71, y - 60, 10.6, text, 12),
    ]
    last = [
        *_running(71, 760, 10.6, text, 30),
        (
            71,
            60,
            8.0,
            "Satz: Satzweiss.com Print, Web, Software GmbH, Mainzer Straße 116, Saarbrücken",
            False,
        ),
        (71, 50, 8.0, "Vertrieb: Bundesanzeiger Verlag GmbH, Postfach 10 05 34, 50445 Köln", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == kind
    assert (
        record.title
        == "Umsetzung des Aktionsprogramms Klimaschutz in Baden-Württemberg und im Bund"
    )
    if kind == "parliamentary_questions":
        assert record.metadata.question_ids == ["18/6763"]  # type: ignore[union-attr]
    assert all(not b.text.startswith(("Satz:", "Vertrieb:")) for b in record.blocks)


def test_an_american_letter_under_the_senders_address_and_a_month_first_date(
    tmp_path: Path,
) -> None:
    """A US agency's determination letter: the agency's address block at the top left, the
    recipient's under it, the date in the column of labels to the right written month first
    ("05/28/2025": no month 28), "Dear Applicant:" and a signer whose office is a unit's
    chief. The addressee is the second address, not the sender's; "FOIPA Request No.:"
    labels the reference."""
    text = "We are pleased to tell you we determined you are exempt from federal income tax."
    first = [
        (81, 731, 12.0, "Department of the Treasury", True),
        (81, 719, 12.0, "Internal Revenue Service", True),
        (81, 696, 12.0, "P.O. Box 2508", True),
        (81, 683, 12.0, "Cincinnati, OH 45201", True),
        (81, 631, 12.0, "SPARKCREATIVES INC", True),
        (81, 619, 12.0, "6120 CALADESI CT", True),
        (81, 607, 12.0, "JACKSONVILLE, FL 32258", True),
        (403, 730, 8.0, "Date:", True),
        (407, 717, 9.9, "05/28/2025", True),
        (403, 704, 8.0, "FOIPA Request No.: 1655843-000", False),
        (36, 560, 12.0, "Dear Applicant:", False),
        *_running(36, 540, 12.0, text, 14),
        (36, 320, 12.0, "Sincerely,", False),
        (36, 280, 12.0, "Michael G. Seidel", False),
        (36, 266, 12.0, "Section Chief", False),
    ]
    record = _convert_pages(tmp_path, [first])
    meta = record.metadata
    assert (meta.addressee, record.date, meta.reference) == (  # type: ignore[union-attr]
        "SPARKCREATIVES INC",
        "2025-05-28",
        "1655843-000",
    )
    assert [(s.role, s.name) for s in meta.signatories] == [  # type: ignore[union-attr]
        ("Section Chief", "Michael G. Seidel")
    ]


def test_a_german_ministrys_circular_under_its_return_address(tmp_path: Path) -> None:
    """A federal ministry's letter to the Länder: the return address in small print over the
    address window ("Bundesministerium der Finanzen, 11016 Berlin"), "Nur per E-Mail", the
    addressee over two lines ("Oberste Finanzbehörden" / "der Länder"), the date in the
    sender's column, the subject in bold without a label, the file number, a table of
    contents and no salutation. A letter, however report-like its contents."""
    text = (
        "Nach Abstimmung mit den obersten Finanzbehörden der Länder gilt zur Behandlung Folgendes."
    )
    first = [
        (71, 708, 7.0, "Bundesministerium der Finanzen, 11016 Berlin", False),
        (71, 688, 11.0, "Nur per E-Mail", True),
        (71, 660, 11.0, "Oberste Finanzbehörden", False),
        (71, 646, 11.0, "der Länder", False),
        (411, 700, 9.5, "Wilhelmstraße 97", False),
        (411, 688, 9.5, "10117 Berlin", False),
        (411, 652, 9.5, "poststelle@bmf.bund.de", False),
        (411, 616, 9.5, "6. März 2025", False),
        (
            71,
            538,
            11.0,
            "Einzelfragen zur ertragsteuerrechtlichen Behandlung von Kryptowerten",
            True,
        ),
        (71, 523, 11.0, "GZ: IV C 1 - S 2256/00042/064/043", False),
        (249, 460, 12.0, "Inhaltsverzeichnis", True),
        (71, 421, 12.0, "I. Erläuterungen ........................................ 3", False),
        (85, 398, 12.0, "1. Kryptowerte .............................................. 3", False),
        (85, 375, 12.0, "2. Differenzierung nach Funktion ............................ 4", False),
        (85, 352, 12.0, "3. Blockchain ............................................... 5", False),
        *_running(71, 300, 12.0, text, 14),
    ]
    record = _convert_pages(tmp_path, [first, _running(71, 760, 12.0, text, 40)])
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert (meta.addressee, meta.subject, meta.reference, record.date) == (  # type: ignore[union-attr]
        "Oberste Finanzbehörden der Länder",
        "Einzelfragen zur ertragsteuerrechtlichen Behandlung von Kryptowerten",
        "IV C 1 - S 2256/00042/064/043",
        "2025-03-06",
    )


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("Hoofddirecteur KNMI", "Prof. Dr. Gerard van der Steenhoven"),
        ("Teamleider Openbaarmaking en privacy", "mr. A.A. ten Cate"),
    ],
)
def test_dutch_offices_under_the_signers_name(office: str, name: str) -> None:
    from govdocs.structure.signatures import parse_signatories

    lines = ["De Minister van Landbouw, Natuur en Voedselkwaliteit,", "namens deze,", name, office]
    assert [(s.role, s.name) for s in parse_signatories(lines)] == [(office, name)]


def test_a_committees_chair_and_rapporteur_under_its_name() -> None:
    """A Bundestag committee's recommendation signed by its chair and its rapporteur."""
    from govdocs.structure.signatures import is_role, parse_signatories

    assert is_role("Berichterstatterin") and is_role("Berichterstatter")
    lines = ["Kerstin Griese", "Vorsitzende", "Daniela Kolbe (Leipzig)", "Berichterstatterin"]
    assert [(s.role, s.name) for s in parse_signatories(lines)] == [
        ("Vorsitzende", "Kerstin Griese"),
        ("Berichterstatterin", "Daniela Kolbe (Leipzig)"),
    ]


def test_a_french_act_numbered_under_its_genre() -> None:
    """The Bureau of a French chamber numbers its acts ("ARRÊTÉ DU BUREAU N° 61/XV"): the
    number is the act's reference, as for a decision or an opinion."""
    from govdocs.structure.symbols import NUMBERED_GENRE

    match = NUMBERED_GENRE.match("ARRÊTÉ DU BUREAU N° 61/XV")
    assert match is not None and match.group("code") == "61/XV"
    assert NUMBERED_GENRE.match("Arrêté du 3 mai 2020") is None  # dated, not numbered


def test_a_bill_and_an_eu_decision_enacted_by_their_formulas(tmp_path: Path) -> None:
    """An enrolled bill of Congress ("An Act" / its long title / "Be it enacted by the Senate
    and House of Representatives …", then numbered sections with a table of contents) and a
    Council decision of two pages ("THE COUNCIL OF THE EUROPEAN COMMUNITIES, …" / "HAS
    DECIDED AS FOLLOWS:") are acts: kind other, however report-like their numbered headings."""
    text = "The Secretary shall conduct hazardous fuels reduction projects on Federal land."
    bill = [
        (184, 653, 23.0, "One Hundred Eighth Congress", False),
        (287, 489, 18.0, "An Act", False),
        (
            153,
            471,
            8.0,
            "To improve the capacity of the Secretary of Agriculture to conduct",
            False,
        ),
        (161, 462, 8.0, "hazardous fuels reduction projects, and for other purposes.", False),
        (173, 408, 10.0, "Be it enacted by the Senate and House of Representatives of", False),
        (153, 398, 10.0, "the United States of America in Congress assembled,", False),
        (153, 384, 10.0, "SECTION 1. SHORT TITLE; TABLE OF CONTENTS.", True),
        *_running(153, 370, 10.0, text, 6),
        (153, 290, 10.0, "SEC. 2. DEFINITIONS.", True),
        *_running(153, 276, 10.0, text, 6),
        (153, 196, 10.0, "SEC. 3. FINDINGS.", True),
        *_running(153, 182, 10.0, text, 6),
        (153, 102, 10.0, "SEC. 4. PURPOSES.", True),
        *_running(153, 88, 10.0, text, 2),
    ]
    contents = [
        (153, 700, 12.0, "Table of Contents", True),
        *[
            (153, 680 - 14 * i, 10.0, f"{i}. {name} {'.' * 40} {i + 2}", False)
            for i, name in enumerate(
                ["Short title", "Definitions", "Findings", "Purposes", "Authorized projects"], 1
            )
        ],
        *_running(153, 560, 10.0, text, 30),
    ]
    assert _convert_pages(tmp_path, [bill, contents]).kind.value == "other"
    decision = [
        (316, 760, 13.0, "COUNCIL DECISION", False),
        (250, 740, 12.0, "of 25 August 1975", False),
        (72, 700, 12.0, "adopting a research programme for the European Community", False),
        (72, 660, 12.0, "THE COUNCIL OF THE EUROPEAN COMMUNITIES,", False),
        *_running(72, 640, 12.0, text, 20),
        (72, 340, 12.0, "HAS DECIDED AS FOLLOWS:", False),
        (72, 310, 12.0, "1. Scope", True),
        *_running(72, 290, 12.0, text, 4),
        (72, 220, 12.0, "2. Objectives", True),
        *_running(72, 200, 12.0, text, 4),
        (72, 130, 12.0, "3. Funding", True),
        *_running(72, 110, 12.0, text, 2),
    ]
    record = _convert_pages(tmp_path, [decision, [*_running(72, 700, 12.0, text, 30)]])
    assert record.kind.value == "other"


def test_a_portuguese_act_headed_by_genre_number_and_date(tmp_path: Path) -> None:
    """A central bank's resolution: its heading states genre, number and date ("RESOLUÇÃO Nº
    4.595, DE 28 DE AGOSTO DE 2017"), the summary beside it, the articles, and at the end the
    president's name centred over the office on the text's column (not the paper's centre);
    the note under them is no signature. A law cited at a line's start in the text does not
    date it."""
    text = "Art. 1º Esta Resolução regulamenta a política de conformidade das instituições."
    first = [
        (184, 718, 12.0, "RESOLUÇÃO Nº 4.595, DE 28 DE AGOSTO DE 2017", False),
        (298, 680, 12.0, "Dispõe sobre a política de conformidade", False),
        (298, 666, 12.0, "(compliance) das instituições financeiras.", False),
        (
            85,
            599,
            12.0,
            "Lei nº 4.595, de 31 de dezembro de 1964, torna público que o Conselho",
            False,
        ),
        *_running(85, 580, 12.0, text, 30),
    ]
    last = [
        *_running(85, 700, 12.0, text, 10),
        (283, 549, 12.0, "Ilan Goldfajn", False),
        (213, 535, 12.0, "Presidente do Banco Central do Brasil", False),
        (
            97,
            510,
            12.0,
            "Este texto não substitui o publicado no DOU de 30/8/2017, Seção 1.",
            False,
        ),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == "other"
    assert record.title == "RESOLUÇÃO Nº 4.595, DE 28 DE AGOSTO DE 2017"
    assert record.date == "2017-08-28"
    assert [(s.role, s.name) for s in record.metadata.signatories] == [  # type: ignore[union-attr]
        ("Presidente do Banco Central do Brasil", "Ilan Goldfajn")
    ]


def test_a_draft_ordinance_enacted_by_its_formula(tmp_path: Path) -> None:
    """A Swiss canton's draft amendment: its title is the amendment's ordinal and the act it
    amends ("II. Nachtrag zur Verordnung …", no section heading), the draft dated under it
    ("Entwurf des Finanzdepartementes vom 29. Oktober 2024"), then who enacts it and the
    formula alone on its line ("erlässt:"): an act, no report, however its articles are
    numbered."""
    text = "Der Erlass «Verordnung über die Durchführung der Grundstückschätzung» wird geändert."
    first = [
        (85, 767, 10.6, "RRB 2024/763 / Beilage 1", False),
        (85, 725, 14.0, "II. Nachtrag zur Verordnung über die Durchführung der Grundstück-", True),
        (85, 708, 14.0, "schätzung", True),
        (85, 668, 10.6, "Entwurf des Finanzdepartementes vom 29. Oktober 2024", False),
        (85, 629, 10.6, "Die Regierung des Kantons St.Gallen", False),
        (85, 603, 10.6, "erlässt:", False),
        (85, 561, 14.0, "I. Änderung bisherigen Rechts", True),
        *_running(85, 534, 10.6, text, 8),
        (85, 400, 14.0, "II. Aufhebung bisherigen Rechts", True),
        *_running(85, 373, 10.6, text, 6),
        (85, 250, 14.0, "III. Vollzugsbeginn", True),
        *_running(85, 223, 10.6, text, 6),
        (85, 120, 8.0, "1 sGS 814.1.", False),
        (85, 110, 8.0, "2 sGS 814.11; abgekürzt VGS.", False),
        (85, 100, 8.0, "3 nGS 2024-091.", False),
    ]
    record = _convert_pages(tmp_path, [first])
    assert len(record.footnotes) == 3  # (a study's apparatus, were it not an act)
    assert record.kind.value == "other"
    assert record.title == (
        "II. Nachtrag zur Verordnung über die Durchführung der Grundstückschätzung"
    )
    assert record.date == "2024-10-29"


def test_an_office_printed_with_a_colon_before_the_name() -> None:
    from govdocs.structure.signatures import normalise_role

    assert normalise_role("Présidente :") == "Présidente"
    assert normalise_role("Le secrétaire :") == "Secrétaire"


def test_a_name_and_office_set_apart_by_a_bar() -> None:
    """ "Kevin Guthrie, MA MEP | Executive Director": the bar sets the office apart as a comma
    does; the letters after the name stay with it, as printed."""
    from govdocs.structure.signatures import parse_signatories

    lines = [
        "Kevin Guthrie, MA MEP | Executive Director",
        "Florida Division of Emergency Management",
    ]
    assert [(s.role, s.name) for s in parse_signatories(lines)] == [
        ("Executive Director", "Kevin Guthrie, MA MEP")
    ]


def test_a_report_to_parliament_that_addresses_its_chair(tmp_path: Path) -> None:
    """A cantonal government's report to its parliament: the genre named in bold at the top
    ("Rapport du Conseil d'État au Grand Conseil"), the chair addressed under it, then numbered
    sections, and the closing formula at its end. A report, not a letter."""
    text = (
        "L'actuelle loi sur la culture date de 1991 et ne fait plus référence aux nouveaux champs."
    )
    first = [
        (163, 717, 12.0, "Rapport du Conseil d'État au Grand Conseil", True),
        (163, 689, 12.0, "à l'appui d'un projet de loi sur la culture", True),
        (71, 571, 10.0, "Madame la présidente, Mesdames et Messieurs,", False),
        (71, 540, 10.0, "1. INTRODUCTION", True),
        *_running(71, 520, 10.0, text, 10),
        (71, 370, 10.0, "2. LE PROJET DE LOI", True),
        *_running(71, 350, 10.0, text, 10),
        (71, 200, 10.0, "3. CONSÉQUENCES FINANCIÈRES", True),
        *_running(71, 180, 10.0, text, 6),
    ]
    last = [
        *_running(71, 760, 10.0, text, 20),
        (71, 450, 10.0, "Veuillez agréer, Madame la présidente, Mesdames et Messieurs,", False),
        (71, 437, 10.0, "l'assurance de notre haute considération.", False),
        (71, 400, 10.0, "Neuchâtel, le 21 juin 2023", False),
        (71, 370, 10.0, "Au nom du Conseil d'État :", False),
        (71, 350, 10.0, "Le président,", False),
        (71, 336, 10.0, "A. RIBAUX", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    assert record.kind.value == "report"


def test_a_paragraphs_margin_number_drawn_after_the_pages_text(tmp_path: Path) -> None:
    """Numbered paragraphs (a ministry's circular numbers them in the margin: "10" | "Aufgrund
    der …"), the numbers drawn after the page's text: each number joins the line it stands
    beside, none becomes a paragraph of its own."""
    text = "Beim sogenannten Proof of Work ist zur Blockerstellung berechtigt, wer zuerst rechnet."
    first = [
        (71, 760, 12.0, "Einzelfragen zur Behandlung bestimmter Kryptowerte", True),
        (
            71,
            700,
            12.0,
            "Aufgrund der Rechnerleistung, die benötigt wird, um durch Ausprobieren",
            False,
        ),
        *_running(71, 686, 12.0, text, 8),
        (
            71,
            560,
            12.0,
            "Die Blockerstellung wird mit neu geschaffenen Einheiten vergütet, die",
            False,
        ),
        *_running(71, 546, 12.0, text, 8),
        (43, 700, 12.0, "10", False),
        (43, 560, 12.0, "11", False),
    ]
    record = _convert_pages(tmp_path, [first])
    texts = [b.text for b in record.blocks]
    assert "10" not in texts and "11" not in texts
    assert any(t.startswith("10 Aufgrund der Rechnerleistung") for t in texts)


def test_a_heading_in_capitals_under_a_centred_title_is_not_part_of_it(tmp_path: Path) -> None:
    """A chamber's Bureau's list: the title centred in bold, then, wide apart and centred in its
    size, the first heading in capitals. A title set with wide leading keeps one case."""
    text = "– Création d’un module d’information et de sensibilisation sur les droits des anciens."
    title = "Préconisations des groupes de travail retenues"
    heading = "STATUT DES DÉPUTÉS ET MOYENS DE TRAVAIL"
    first = [
        (368, 707, 11.0, "Réunion du Bureau du 6 mars 2019", False),
        (_centred_at(title, 12.0), 642, 12.0, title, True),
        (_centred_at(heading, 12.0), 586, 12.0, heading, True),
        *_running(106, 559, 12.0, text, 20),
    ]
    record = _convert_pages(tmp_path, [first])
    assert record.title == title
    assert record.date == "2019-03-06"  # (the meeting that adopted it, named at its head)


def test_a_freedom_of_information_reply_set_as_a_form(tmp_path: Path) -> None:
    """A police service's reply to an FOI request, set as a form: the act's name as its
    heading, "Request Number:", "Keyword:" and "Subject:" fields, the questions and answers,
    no salutation. A reply to the requester (a letter); no field is its addressee."""
    text = "This is to inform you that the Police Service has now completed its search for the information."
    first = [
        (31, 626, 16.0, "FREEDOM OF INFORMATION REQUEST", True),
        (28, 596, 10.0, "Request Number: F-2010-00325", True),
        (28, 564, 10.0, "Keyword:", True),
        (148, 564, 10.0, "Organisational Information/Governance", False),
        (28, 533, 10.0, "Subject:", True),
        (148, 533, 10.0, "The Charity Common Purpose and the PSNI", False),
        (28, 501, 10.0, "Request and Answer:", True),
        *_running(28, 472, 12.0, text, 12),
        (28, 300, 12.0, "Question 1", True),
        (28, 286, 12.0, "Have the PSNI made payments to the charity Common Purpose?", False),
    ]
    record = _convert_pages(tmp_path, [first, _running(28, 760, 12.0, text, 20)])
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert (meta.reference, meta.subject, meta.addressee) == (  # type: ignore[union-attr]
        "F-2010-00325",
        "The Charity Common Purpose and the PSNI",
        None,
    )


def test_a_rule_drawn_with_characters_over_every_pages_footer(tmp_path: Path) -> None:
    """A Flemish agency's report draws a rule of slashes over its footer on every page, a
    little above the footer band, as numbered footer lines stand: furniture, as they are."""
    text = "Een URI is een identificator voor een resource en moet persistent en uniek blijven."
    rule = "/" * 120
    pages = [
        [
            (380, 781, 16.0, "/// Informatie Vlaanderen", True),
            *_running(57, 740, 10.0, text, 30),
            (57, 86, 8.0, rule, True),
            (57, 60, 8.0, "URI-richtlijnen voor data.vlaanderen.be /// 18/12/2017", False),
            (527, 60, 8.0, f"{n} /// 4", False),
        ]
        for n in range(1, 5)
    ]
    record = _convert_pages(tmp_path, pages)
    assert all(not b.text.startswith("////////") for b in record.blocks)


def test_a_covers_status_line_dates_the_version(tmp_path: Path) -> None:
    """A guide published from a specification tool: its title, the publishers and genre, then
    the status and the version's day on one line ("In Gebruik versie 30 juli 2024")."""
    text = "Deze handleiding beschrijft de herziene wet en de verplichtingen die daaruit volgen."
    first = [
        (69, 756, 26.4, "Handleiding Herziene Who nav", True),
        (69, 724, 26.4, "de Wet implementatie open data richtlijn", True),
        (69, 667, 16.8, "Samenwerking BZK, VNG, IPO, UvW, NA, KED Handleiding", False),
        (69, 647, 16.8, "In Gebruik versie 30 juli 2024", False),
        (69, 606, 12.0, "Deze versie:", True),
        (93, 590, 12.0, "https://minbzk.github.io/publicatie/hl/hwho/1.0.0", False),
    ]
    record = _convert_pages(tmp_path, [first, _running(69, 760, 12.0, text, 40)])
    assert record.date == "2024-07-30"


def test_a_tables_cell_opening_with_a_number_is_no_footnote(tmp_path: Path) -> None:
    """A list of symbols set small at a page's foot: "+" | "1 of meerdere keren …". The cell
    beside a symbol on its baseline is a table's row, not a note numbered 1; notes set in two
    columns, each opening with its number, stay notes."""
    text = "Een URI-patroon beschrijft de vorm van een URI met parameters en selectoren erin."
    first = [
        *_running(57, 760, 11.0, text, 30),
        (62, 300, 9.0, "*", False),
        (125, 300, 9.0, "0 of meerdere keren het voorgaande geheel", False),
        (62, 280, 9.0, "+", False),
        (125, 280, 9.0, "1 of meerdere keren het voorgaande geheel", False),
    ]
    second = [
        *_running(57, 760, 11.0, text, 30),
        (57, 200, 8.0, "1 Zie de richtlijnen van het W3C.", False),
        (300, 200, 8.0, "2 Zie RFC 3986 over de syntaxis.", False),
    ]
    record = _convert_pages(tmp_path, [first, second])
    assert [(n.label, n.page) for n in record.footnotes] == [("1", 2), ("2", 2)]
