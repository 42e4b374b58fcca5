"""Letters and circulars of administrations writing in the other languages of Europe and Latin
America (held-out sets 19, 86, 89, 90): their salutations and closing formulas, the circular
addressed in the dative ("Agli studenti e ai genitori"), the place and date in figures, and a
signature whose office is set further right than the name under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from govdocs.models import BlockType
from govdocs.structure.letter import _CLOSING, _DATIVE, _PLACE_DATE
from govdocs.structure.signatures import (
    SIGNING,
    is_role,
    is_salutation,
    looks_like_name,
    parse_signatories,
    signature_like,
)

from .test_pdf_documents import _convert_pages, _Row, _running


@pytest.mark.parametrize(
    ("text", "salutation"),
    [
        ("Gentile Dirigente,", True),
        ("Egregio Sindaco", True),
        ("Buongiorno,", True),
        ("Cari colleghi,", True),
        ("Estimado señor:", True),
        ("De mi consideración:", True),
        ("Señor Ministro:", True),
        ("Prezados Senhores,", True),
        ("Exmo. Senhor", True),
        ("Vážený pane starosto,", True),
        ("Szanowni Państwo,", True),
        ("Tisztelt Helyettes Államtitkár Úr!", True),
        ("Liebe Kolleginnen und Kollegen,", True),
        ("Hej Anna,", True),
        # greetings that also open running text count only with their punctuation
        ("Care homes must be registered with the regulator", False),
        ("Señor de los Milagros", False),
        ("Buongiorno a tutti quelli che leggono questo testo senza fine", False),
    ],
)
def test_salutations_of_other_languages(text: str, salutation: bool) -> None:
    assert is_salutation(text) is salutation


@pytest.mark.parametrize(
    ("text", "closing"),
    [
        ("Cordiali saluti.", True),
        ("Distinti saluti", True),
        ("Atentamente,", True),
        ("Sin otro particular, le saluda atentamente,", True),
        ("Atenciosamente,", True),
        ("Com os melhores cumprimentos,", True),
        ("Freundliche Grüße", True),
        ("Med venlig hilsen", True),
        ("Med vänliga hälsningar", True),
        ("S pozdravem", True),
        ("Z poważaniem", True),
        ("Üdvözlettel:", True),
        ("Με εκτίμηση", True),
        # the words inside a sentence close nothing
        ("Atentamente solicitamos su colaboración.", False),
        ("Cordiali saluti a tutti i partecipanti del corso", False),
    ],
)
def test_closing_formulas_of_other_languages(text: str, closing: bool) -> None:
    assert bool(_CLOSING.match(text)) is closing
    assert bool(SIGNING.match(text)) is closing


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Lovere, 14/02/2024", "Lovere"),
        ("München, 19.05.2025", "München"),
        ("Santiago, 29 de mayo de 2026", "Santiago"),
        ("Belo Horizonte, 10 de dezembro de 2024", "Belo Horizonte"),
        ("Frankfurt am Main, 3. Mai 2020", "Frankfurt am Main"),
        ("Roma, lì 3 marzo 2024", "Roma"),
        ("Den Haag, 3 februari 2023", "Den Haag"),
        ("Prot. n., 14/02/2024", None),
        ("Lovere, 14/02-2024", None),
    ],
)
def test_place_and_date_lines(line: str, place: str | None) -> None:
    found = _PLACE_DATE.match(line)
    assert (found.group(1) if found else None) == place


@pytest.mark.parametrize(
    ("text", "dative"),
    [
        ("Agli studenti e ai genitori", True),
        ("Al Personale Docente", True),
        ("A tutti i docenti, gli studenti e i genitori", True),
        ("A S.E. EL PRESIDENTE DE LA H. CÁMARA DE DIPUTADOS", True),
        ("Aos Senhores Diretores", True),
        ("AUX COMMUNES VAUDOISES", True),
        ("al personale, come stabilito", False),
        ("A new approach to public procurement", False),
    ],
)
def test_addressees_in_the_dative(text: str, dative: bool) -> None:
    assert bool(_DATIVE.match(text)) is dative


def test_titled_names_in_capitals_and_central_european_offices() -> None:
    """A name in capitals under its title with the title's full stop is a name, not the
    second line of the office over it; Czech, Polish and Hungarian offices are offices."""
    assert signature_like("DOTT.SSA ZANDONAI CELESTINA")
    assert not signature_like("ZANDONAI CELESTINA")  # (capitals alone: a heading)
    signed = parse_signatories(["LA DIRIGENTE SCOLASTICA", "DOTT.SSA ZANDONAI CELESTINA"])
    assert [(s.role, s.name) for s in signed] == [
        ("Dirigente Scolastica", "DOTT.SSA ZANDONAI CELESTINA")
    ]
    assert looks_like_name("Mgr. Lubomír Broza") and looks_like_name("Prof.ssa Roberta RIZZO")
    for office in ("starosta města", "místostarosta města", "burmistrz", "elnök", "Il Direttore"):
        assert is_role(office), office


_TESTO = "si comunica che il contributo scolastico delle famiglie è volontario e sarà utilizzato"


def test_italian_circular_addressed_in_the_dative_and_signed_right(tmp_path: Path) -> None:
    """A school's circular: the place and date in figures set right, the addressees in the
    dative under them, "Oggetto:", "Buongiorno," … "Cordiali saluti.", and the signature set
    right: the office in capitals over the name under its title, the office further right
    (where the layout reads the letterhead column)."""
    page: list[_Row] = [
        (200, 780, 12.0, "ISTITUTO SUPERIORE IVAN PIANA", True),
        (60, 720, 11.0, "Circolare n. 308", False),
        (400, 720, 11.0, "Lovere, 14/02/2024", False),
        (400, 690, 11.0, "Agli studenti e ai genitori", False),
        (60, 650, 11.0, "Oggetto: Contributo volontario", False),
        (60, 620, 11.0, "Buongiorno,", False),
        *_running(60, 600, 11.0, _TESTO, 12),
        (60, 410, 11.0, "Cordiali saluti.", False),
        (440, 380, 11.0, "LA DIRIGENTE SCOLASTICA", False),
        (330, 366, 11.0, "DOTT.SSA ZANDONAI CELESTINA", False),
    ]
    record = _convert_pages(tmp_path, [page])
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "2024-02-14"
    assert meta.place == "Lovere"  # type: ignore[union-attr]
    assert meta.addressee == "Agli studenti e ai genitori"  # type: ignore[union-attr]
    assert meta.subject == "Contributo volontario"  # type: ignore[union-attr]
    signed = [(s.role, s.name) for s in meta.signatories]  # type: ignore[union-attr]
    assert signed == [("Dirigente Scolastica", "DOTT.SSA ZANDONAI CELESTINA")]
    types = [block.type for block in record.blocks]
    assert BlockType.salutation in types and BlockType.closing in types


_TEXTE = "J'ai l'honneur de vous adresser à titre de notification un exemplaire signé du marché."


def test_french_letter_addressed_beside_the_senders_block(tmp_path: Path) -> None:
    """A French region's letter: the sender's service and its "Dossier suivi par" / "Tél" /
    "Courriel" / "Réf" lines top left, the address level with them on the right, "Objet :",
    "Madame, Monsieur," … "Je vous prie de croire …", signed by a delegated official."""
    page: list[_Row] = [
        (47, 706, 13.0, "Délégation patrimoine et achats", False),
        (47, 691, 11.0, "Direction achats", False),
        (47, 653, 8.0, "Dossier suivi par : Pauline PETITJEAN", False),
        (47, 642, 8.0, "Tél : 03 80 44 40 10", False),
        (47, 631, 8.0, "Courriel : pauline.petitjean@region.fr", False),
        (47, 620, 8.0, "Réf : 201761A140316", False),
        (305, 643, 10.0, "Entreprise NEEVA", False),
        (305, 631, 10.0, "Courriel ao@neeva.example", False),
        (46, 587, 10.0, "Objet : Acquisition d'un progiciel de gestion", False),
        (79, 494, 11.0, "Madame, Monsieur,", False),
        *_running(79, 450, 11.0, _TEXTE, 8),
        (79, 300, 11.0, "Je vous prie de croire, Madame, Monsieur, en l'assurance de ma", False),
        (79, 286, 11.0, "considération distinguée.", False),
        (311, 250, 11.0, "La présidente du conseil régional", False),
        (301, 236, 11.0, "Pour la présidente du conseil régional", False),
        (300, 222, 11.0, "Le délégué au patrimoine et aux achats", False),
        (340, 180, 11.0, "Richard BOZON", False),
    ]
    record = _convert_pages(tmp_path, [page])
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert meta.addressee == "Entreprise NEEVA"  # type: ignore[union-attr]
    assert meta.reference == "201761A140316"  # type: ignore[union-attr]
    signed = [(s.role, s.name) for s in meta.signatories]  # type: ignore[union-attr]
    assert signed == [("Délégué au patrimoine et aux achats", "Richard BOZON")]


@pytest.mark.parametrize(
    "signed",
    ["Viktor Kohout v. r.", "Viktor Kohout, v.r.", "Viktor Kohout m.p.", "Viktor Kohout e.h."],
)
def test_a_name_marked_as_signed_in_hand_is_a_name(signed: str) -> None:
    """Czech and Slovak "v. r.", Croatian and Slovene "m.p.", Austrian "e.h." after the name say
    the original was signed in the signer's hand; the name is the name without them."""
    assert signature_like(signed)
    found = parse_signatories([signed, "starosta města"])
    assert [(s.role, s.name) for s in found] == [("Starosta města", "Viktor Kohout")]


def test_czech_resolutions_titled_and_dated_by_their_meeting_head(tmp_path: Path) -> None:
    """A municipality's resolutions: "Obec Litovel" / "Výpis usnesení" / "z 12. zasedání
    Zastupitelstva obce, konaného dne 5. prosince 2024" centred in bold: the title, dated by
    the meeting it names. (Letters of cp1252 only: the constructed PDF's font encoding.)"""
    text = "Zastupitelstvo obce souhlasí s uzavřením smlouvy mezi obcí a zhotovitelem stavby."
    page: list[_Row] = [
        (264, 734, 11.0, "Obec Litovel", True),
        (239, 704, 16.0, "Výpis usnesení", True),
        (118, 678, 11.0, "z 12. zasedání Zastupitelstva obce, konaného dne 5. prosince 2024", True),
        (45, 632, 11.0, "Císlo: ZO/1336/12/2024", False),
        *_running(45, 600, 11.0, text.replace("ř", "r"), 30),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.title == (
        "Obec Litovel Výpis usnesení z 12. zasedání Zastupitelstva obce, konaného dne 5. prosince"
        " 2024"
    )
    assert record.date == "2024-12-05"


def test_a_prefects_order_named_with_its_authority_and_date_is_titled_and_dated(
    tmp_path: Path,
) -> None:
    """ "ARRÊTÉ PRÉFECTORAL DU 9 JANVIER 2026" centred in the text's size under the service's
    name in bold, its object under it: the title, and the date it names (not a date in the
    text, "au 1er janvier 2026")."""
    text = (
        "Vu le code électoral, notamment son article L.225, et la population au 1er janvier 2026 ;"
    )
    page: list[_Row] = [
        (324, 781, 11.0, "Direction de la citoyenneté et de la légalité", True),
        (205, 739, 10.0, "ARRÊTÉ PRÉFECTORAL DU 9 JANVIER 2026", False),
        (178, 726, 10.0, "fixant le nombre de sièges de conseillers municipaux", False),
        (48, 690, 10.0, text, False),
        *_running(48, 676, 10.0, text, 30),
    ]
    record = _convert_pages(tmp_path, [page])
    assert record.date == "2026-01-09"
    assert record.title is not None and record.title.startswith(
        "ARRÊTÉ PRÉFECTORAL DU 9 JANVIER 2026"
    )


@pytest.mark.parametrize(
    ("title", "other"),
    [
        ("Výpis usnesení", True),
        ("Usnesení", True),
        ("Zápis ze 12. zasedání", True),
        ("Uchwała nr XII/45/2024", True),
        ("Protokół z posiedzenia", True),
        ("Verbale della seduta", True),
        ("Ordine del giorno", True),
        ("Acta de la sesión ordinaria", True),
        ("Ata da reunião", True),
        # a report's title is no record's genre
        ("Annual report on data protection", False),
    ],
)
def test_council_records_of_more_languages_name_a_genre_other_than_report(
    title: str, other: bool
) -> None:
    """The genre words of resolutions, minutes and agendas in Czech, Slovak, Polish, Italian,
    Spanish and Portuguese make a document kind other, however many numbered items it holds."""
    from govdocs.structure.pdf_document import _OTHER_GENRE

    assert bool(_OTHER_GENRE.match(title)) is other


def test_a_chilean_circular_headed_by_labelled_fields_and_closed_over_its_signer(
    tmp_path: Path,
) -> None:
    """A Chilean ministry's circular (held-out sets 63, 95): its number typed into the form's
    blank ("CIRCULAR ORD. Nº ____0177________/"), the subject after "MAT.:", place and date in
    capitals ("SANTIAGO, 6 de Marzo de 1998"), who sends it and to whom in labelled fields
    ("DE : …", "A : SEGUN DISTRIBUCION."), no salutation; "Saluda atentamente a Ud.," over the
    name in capitals and the office; then small print and the distribution list, which sign
    no one. A letter, by its labelled head and its closing."""
    text = "La División de Desarrollo Urbano ha estimado conveniente transcribir el informe."
    first = [
        (494, 729, 16.0, "DDU 32", True),
        (105, 686, 11.0, "CIRCULAR ORD. Nº ____0177________/", True),
        (105, 647, 11.0, "MAT.: Ley Nº19.537 Copropiedad Inmobiliaria.", False),
        (105, 555, 11.0, "SANTIAGO, 6 de Marzo de 1998", False),
        (105, 516, 11.0, "DE : JEFE DIVISION DE DESARROLLO URBANO.", True),
        (105, 490, 11.0, "A : SEGUN DISTRIBUCION.", True),
        *_running(105, 452, 11.0, text, 25),
    ]
    other = "Se transcriben a continuación las partes pertinentes del informe en derecho."
    last = [
        *_running(105, 760, 11.0, other, 10),
        (105, 600, 11.0, "Saluda atentamente a Ud.,", False),
        (105, 550, 11.0, "JAIME SILVA ARANCIBIA", True),
        (105, 537, 11.0, "JEFE DIVISION DESARROLLO URBANO", False),
        (257, 500, 8.0, "CIRCULARES VIGENTES DE ESTA SERIE", True),
        (148, 490, 8.0, "1 3 4 6 7 9 10 12", False),
        (105, 400, 11.0, "DISTRIBUCION", False),
        (105, 380, 11.0, "1. Sr. Ministro de Vivienda y Urbanismo.", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert record.date == "1998-03-06"
    assert (meta.place, meta.reference, meta.addressee) == (  # type: ignore[union-attr]
        "SANTIAGO",
        "0177",
        "SEGUN DISTRIBUCION.",
    )
    assert meta.subject == "Ley Nº19.537 Copropiedad Inmobiliaria."  # type: ignore[union-attr]
    assert [(s.role, s.name) for s in meta.signatories] == [  # type: ignore[union-attr]
        ("Jefe Division Desarrollo Urbano", "JAIME SILVA ARANCIBIA")
    ]


def test_the_spanish_addressee_label_needs_its_value_beside_it() -> None:
    """ "A : SEGUN DISTRIBUCION" and "A" with its value beside it label the addressee; a
    glossary's "A" over its first term, or "A number of …", label nothing."""
    from govdocs.structure.keyvalue import _LABEL_INLINE, is_label

    assert is_label("A : SEGUN DISTRIBUCION.")
    assert _LABEL_INLINE.match("A number of members asked") is None
    assert is_label("Saluda atentamente a Ud.,") is False
    assert _CLOSING.match("Saluda atentamente a Ud.,")
    assert _CLOSING.match("Saluda atentamente a Usted,")


def test_an_indian_government_circular_signed_with_the_name_in_brackets(tmp_path: Path) -> None:
    """An Indian ministry's circular (held-out set 96): the file number over the ministry's
    name ("F. NO. N-15011/20/2023-NC"), the address and "Dated 08.04.2025" at the right, the
    genre, "Sub:", no salutation and no closing; the name typed in brackets under the
    signature, the designation under it, then the phone and e-mail. A letter, by its own
    number and the office signing it."""
    text = "A circular bearing No. N-15012/1/2016-NC dated 03.03.2015 was issued by the Department."
    other = "All the Notaries appointed by the Government are advised to follow the Rule strictly."
    first = [
        (222, 762, 12.0, "F. NO. N-15011/20/2023-NC", False),
        (243, 749, 12.0, "Government of India", False),
        (232, 735, 12.0, "Ministry of Law & Justice", False),
        (420, 641, 12.0, "New Delhi-110001", False),
        (414, 627, 12.0, "Dated 08.04.2025", False),
        (266, 600, 12.0, "CIRCULAR", True),
        (
            76,
            573,
            12.0,
            "Sub: Procedure to be followed for renewal of Certificates of Practice.",
            False,
        ),
        *_running(76, 533, 12.0, text, 30),
    ]
    last = [
        *_running(76, 760, 12.0, other, 20),
        (400, 143, 12.0, "(Radhe Shyam Singh)", False),
        (325, 129, 12.0, "Under Secretary to the Govt. of India", False),
        (441, 116, 12.0, "011-21401256", False),
        (412, 102, 12.0, "Notarycell-la@nic.in", False),
    ]
    record = _convert_pages(tmp_path, [first, last])
    meta = record.metadata
    assert record.kind.value == "parliamentary_letter"
    assert meta.reference == "N-15011/20/2023-NC"  # type: ignore[union-attr]
    assert [(s.role, s.name) for s in meta.signatories] == [  # type: ignore[union-attr]
        ("Under Secretary to the Govt. of India", "Radhe Shyam Singh")
    ]
    assert record.blocks[-1].type is BlockType.signature
