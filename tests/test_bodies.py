"""Names of public bodies, told by their shape (structure.bodies)."""

from __future__ import annotations

import pytest

from govdocs.structure.bodies import is_body_name


@pytest.mark.parametrize(
    "text",
    [
        "National Council on Disability",
        "PRIVACY & CIVIL LIBERTIES OVERSIGHT BOARD",
        "Office of the Inspector General",
        "UNITED STATES COURT OF APPEALS FOR THE TENTH CIRCUIT",
        "Commonwealth of Australia",
        "Ministerie van Financiën",
        "Senatsverwaltung für Inneres und Sport",
        "Cour des comptes",
        "Raad van State",
        "The Digital Transformation Agency and The Australian Information Industry Association",
        # a chamber's committee, the noun first, however long its remit
        "Commission du Budget, de l’Enseignement supérieur et des Bâtiments scolaires du "
        "PARLEMENT DE LA COMMUNAUTÉ FRANÇAISE",
        "Commissie voor Digitale Zaken",
        "Chambre des représentants",
        # Italian, Polish, Czech (the noun first); Scandinavian (the noun a suffix)
        "Servizio Analisi Criminale",
        "DIPARTIMENTO DELLA PUBBLICA SICUREZZA",
        "Ministerstwo Zdrowia",
        "Úřad vlády",
        "Kammarkollegiet",
        "Klimat- och näringslivsdepartementet",
        "Datatilsynet",
        # Greek, in capitals without accents or with them, a legacy font's Delta among them
        "ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ",
        "ΕΛΛΗΝΙΚΗ ∆ΗΜΟΚΡΑΤΙΑ",
        "ΝΟΜΙΚΟ ΣΥΜΒΟΥΛΙΟ ΤΟΥ ΚΡΑΤΟΥΣ",
        "Υπουργείο Παιδείας, Έρευνας και Θρησκευμάτων",
    ],
)
def test_names_of_bodies(text: str) -> None:
    assert is_body_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "FULL WRITTEN EXPLANATION",
        "CERTIFICATION of CLOSED MEETING",
        "Annual Report of the Board",  # a genre word names a document
        "Board of Education Special Meeting AGENDA",
        "Commission Implementing Regulation (EU) 2019/947",  # an act names its number
        "Australian Government Cloud Computing Policy",
        "Raad voor examenbetwistingen/Raad voor",  # broken off: the name goes on
        "The Digital Transformation Agency and",
        "Commission Staff Working Document",  # the noun first, but joined to nothing
        "Kommittédirektiv",  # a genre, not a body
        "Verket",
        "ΠΡΑΚΤΙΚΟ ΣΥΝΕΔΡΙΑΣΕΩΣ ΤΗΣ ΤΡΙΜΕΛΟΥΣ ΕΠΙΤΡΟΠΗΣ",  # minutes of a committee's meeting
        "Commission du Budget, de l’Enseignement supérieur et des Bâtiments scolaires: compte "
        "rendu de la séance",  # a genre named, and too long for a name besides
        "",
    ],
)
def test_not_names_of_bodies(text: str) -> None:
    assert not is_body_name(text)


def test_a_greek_acts_publication_marking_is_no_title() -> None:
    """Greek acts carry "ΑΝΑΡΤΗΤΕΑ ΣΤΟ ΔΙΑΔΙΚΤΥΟ" (to be posted online) in their head, a
    marking like "NON CLASSIFIÉ", never their title."""
    from govdocs.structure.pdf_document import _MARKING

    assert _MARKING.match("ΑΝΑΡΤΗΤΕΑ ΣΤΟ ΔΙΑΔΙΚΤΥΟ")
    assert _MARKING.match("ΑΝΑΡΤΗΤΕΟ ΣΤΟ ∆ΙΑ∆ΙΚΤΥΟ")
    assert not _MARKING.match("ΠΡΑΚΤΙΚΟ ΣΥΝΕΔΡΙΑΣΕΩΣ")
