"""Verbatim records of parliaments and councils other than the Tweede Kamer: speaker turns in
each chamber's convention, the record known by them, its paragraphs made speeches."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdocs
from govdocs.models import BlockType
from govdocs.structure.debates import is_verbatim, speaker_turn


@pytest.mark.parametrize(
    ("text", "name", "party", "role", "speech"),
    [
        # Dáil Éireann: a courtesy title, a colon
        ("Deputy Michael McNamara: I move the motion.", "Michael McNamara", None, None, "I move"),
        # ... an office with its holder in brackets
        (
            "Minister of State at the Department of Justice and Equality (Deputy Aodhán Ó "
            "Ríordáin): On behalf of the Minister",
            "Aodhán Ó Ríordáin",
            None,
            "Minister of State at the Department of Justice and Equality",
            "On behalf",
        ),
        (
            "An Leas-Cheann Comhairle: Thank you.",
            "An Leas-Cheann Comhairle",
            None,
            "An Leas-Cheann Comhairle",
            "Thank you",
        ),
        # the Belgian Chamber: the turn's number, the party in brackets
        (
            "01.01 Theo Francken (N-VA): Mevrouw de voorzitter,",
            "Theo Francken",
            "N-VA",
            None,
            "Mevrouw",
        ),
        (
            "Staatssecretaris Nicole de Moor: Mevrouw de voorzitter,",
            "Nicole de Moor",
            None,
            "Staatssecretaris",
            "Mevrouw",
        ),
        # French-speaking parliaments: a full stop and a dash; a party that reads like "Mr"
        (
            "M. le président. – Mesdames, Messieurs,",
            "M. le président",
            None,
            "M. le président",
            "Mesdames",
        ),
        (
            "M. Yves Evrard (MR). – Madame la Ministre-Présidente,",
            "Yves Evrard",
            "MR",
            None,
            "Madame",
        ),
        # Westminster: the constituency before the party; an office with its holder
        (
            "Jeremy Corbyn (Islington North) (Lab): Will the Prime Minister",
            "Jeremy Corbyn",
            "Lab",
            None,
            "Will",
        ),
        (
            "The Prime Minister (Boris Johnson): I will.",
            "Boris Johnson",
            None,
            "The Prime Minister",
            "I will",
        ),
        # a council's Hansard; the Tweede Kamer's label on a line of its own
        ("Mayor Katz: Roll call, please.", "Katz", None, "Mayor", "Roll call"),
        ("De heer Omtzigt (CDA):", "Omtzigt", "CDA", None, ""),
        # the Spanish Senate's Diario de Sesiones (held-out set 89): "El señor", "La señora"
        (
            "La señora GARRIDO TINTA: Muchas gracias, presidente.",
            "GARRIDO TINTA",
            None,
            None,
            "Muchas gracias",
        ),
        (
            "El señor PRESIDENTE: Se abre la sesión.",
            "El señor PRESIDENTE",
            None,
            "El señor PRESIDENTE",
            "Se abre",
        ),
    ],
)
def test_speaker_labels_in_each_chambers_convention(
    text: str, name: str, party: str | None, role: str | None, speech: str
) -> None:
    turn = speaker_turn(text)
    assert turn is not None, text
    assert (turn.speaker.name, turn.speaker.party, turn.speaker.role) == (name, party, role)
    assert text[turn.end :].startswith(speech)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr Smith: thank you for your letter.",  # a salutation
        "Le Président décide : la séance est levée.",  # the chair's decision in minutes
        "President Alexander moved approval of the agreement: carried.",  # a motion minuted
        "Sir Philip Hampton said: we need more women on boards.",  # a quotation
        "Referentiebestand(en): het bestand van de gemeente.",  # a field label
        "Application Rejected (Notify applicant): the form is returned.",  # a table's row
        "Question to the Minister: when will the report be published?",
        "Note: the Minister has not replied.",
    ],
)
def test_labels_that_name_no_speaker(text: str) -> None:
    assert speaker_turn(text) is None


def test_a_record_is_known_by_many_turns_of_several_people_who_speak_again() -> None:
    debate = [
        "La présidente: La séance est ouverte.",
        "01.01 Theo Francken (N-VA): Mevrouw de voorzitter, ik heb een vraag.",
        "Staatssecretaris Nicole de Moor: Mijnheer Francken, ik antwoord u.",
        "01.03 Theo Francken (N-VA): Dat is geen antwoord.",
        "La présidente: Madame Daems a la parole.",
        "02.01 Greet Daems (PVDA-PTB): Mevrouw de staatssecretaris,",
        "Staatssecretaris Nicole de Moor: Mevrouw Daems, ik antwoord u.",
        "02.03 Greet Daems (PVDA-PTB): Dank u.",
    ]
    assert is_verbatim(debate)
    assert not is_verbatim(debate[:7])  # seven turns: too few
    # eight quotations of eight people, none speaking twice: a report quoting, no debate
    quoted = [f"Deputy Person{chr(65 + i)} Name: we agree." for i in range(8)]
    assert not is_verbatim(quoted)


def _debate_pages() -> list[list[tuple[float, float, float, str, bool]]]:
    """Three pages of a plenary record: the record's number in the running header, a cover
    title, speakers' turns at the start of paragraphs (one label alone on its line)."""
    text = "ik wil de staatssecretaris een vraag stellen over het opvangbeleid van de regering"
    turns = [
        ("La présidente:", "La séance est ouverte."),
        ("01.01 Theo Francken (N-VA):", "Mevrouw de voorzitter, " + text + "."),
        ("01.02 Staatssecretaris Nicole de Moor:", "Mijnheer Francken, dank u voor de vraag."),
        ("01.03 Theo Francken (N-VA):", "Dat is geen antwoord op " + text + "."),
        ("La présidente:", "Madame Daems a la parole."),
        ("02.01 Greet Daems (PVDA-PTB):", "Mevrouw de staatssecretaris, " + text + "."),
        ("02.02 Staatssecretaris Nicole de Moor:", "Mevrouw Daems, dank u voor de vraag."),
        ("02.03 Greet Daems (PVDA-PTB):", "Dank u, " + text + "."),
    ]
    pages: list[list[tuple[float, float, float, str, bool]]] = []
    for number in range(3):
        page = [(62, 770, 10.0, "CRIV 55 PLEN 291", True), (290, 770, 8.0, "21/02/2024", False)]
        y = 700.0
        if number == 0:
            page += [(150, 720, 16.0, "COMPTE RENDU INTÉGRAL", True)]
            y = 660.0
        for label, speech in turns:
            page.append((62, y, 10.0, f"{label} {speech}", False))
            page.append((62, y - 12, 10.0, "Een tweede regel van dezelfde toespraak.", False))
            y -= 40
        page.append((62, y, 10.0, "Sénatrice Marie Dupont (PS):", False))  # alone on its line
        page.append((62, y - 20, 10.0, "Je remercie la ministre pour sa réponse.", False))
        page.append((540, 40, 8.0, str(number + 1), False))
        pages.append(page)
    return pages


def test_a_plenary_record_of_another_chamber_is_proceedings_of_speeches(tmp_path: Path) -> None:
    from .test_letters import _letter_pdf

    path = tmp_path / "criv.pdf"
    path.write_bytes(_letter_pdf(_debate_pages()))
    record = govdocs.convert(path, translate=False)
    assert record.kind.value == "proceedings"
    assert record.metadata.reference == "CRIV 55 PLEN 291"  # type: ignore[union-attr]
    assert record.title == "COMPTE RENDU INTÉGRAL"
    speakers = record.metadata.speakers  # type: ignore[union-attr]
    assert [(p.name, p.party, p.role) for p in speakers] == [
        ("La présidente", None, "La présidente"),
        ("Theo Francken", "N-VA", None),
        ("Nicole de Moor", None, "Staatssecretaris"),
        ("Greet Daems", "PVDA-PTB", None),
        ("Marie Dupont", "PS", None),
    ]
    speeches = [b for b in record.blocks if b.type is BlockType.speech]
    first = speeches[0]
    assert first.speaker is not None and first.speaker.name == "La présidente"
    assert first.text.startswith("La séance est ouverte.")  # the label is no part of it
    # the label alone on its line gives the floor: the paragraph under it is her speech
    dupont = [b for b in speeches if b.speaker is not None and b.speaker.name == "Marie Dupont"]
    assert dupont and dupont[0].text.startswith("Je remercie la ministre")
    assert not any("Sénatrice Marie Dupont" in b.text for b in record.blocks)
    assert [b.id for b in record.blocks] == [f"b{i}" for i in range(1, len(record.blocks) + 1)]


def test_a_committees_record_is_titled_under_its_chambers_name(tmp_path: Path) -> None:
    """A committee's record: the committee's long name wrapped in one size over the
    parliament's name set larger ("Commission du Budget, …" / "et des Bâtiments scolaires du" /
    "PARLEMENT" / "DE LA" / "COMMUNAUTÉ FRANÇAISE"), the session and date, then the genre: the
    sender's name, whole, is no title; the genre under it is."""
    from .test_letters import _letter_pdf

    cover = [
        (62, 732, 21.0, "Commission du Budget, de l’Enseignement supérieur", False),
        (168, 704, 21.0, "et des Bâtiments scolaires du", False),
        (216, 657, 25.0, "PARLEMENT", False),
        (266, 620, 20.0, "DE LA", False),
        (128, 583, 25.0, "COMMUNAUTÉ FRANÇAISE", False),
        (240, 520, 14.5, "Session 2025–2026", False),
        (256, 495, 12.0, "13 AVRIL 2026", False),
        (175, 273, 17.5, "COMPTE RENDU INTÉGRAL", False),
        (134, 235, 11.5, "SÉANCE DU LUNDI 13 AVRIL 2026 (APRÈS-MIDI)", False),
    ]
    pages = [cover, *_debate_pages()]
    path = tmp_path / "cric.pdf"
    path.write_bytes(_letter_pdf(pages))
    record = govdocs.convert(path, translate=False)
    assert record.kind.value == "proceedings"
    assert record.title == "COMPTE RENDU INTÉGRAL"
