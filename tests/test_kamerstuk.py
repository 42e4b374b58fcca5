"""Published Kamerstuk layout: seed 002 (Kamerstuk 33 694, nr. 68) as Markdown-marked text."""

from __future__ import annotations

from pathlib import Path

import pytest

import govdocs
from govdocs.readers.markdown import blocks_from_markdown, looks_like_markdown
from govdocs.structure.kamerstuk import document_heading, parse_dossier
from tests.golden import assert_golden

SEED = "002_kamerstuk-33694-68-reaim-letter.nl.txt"


@pytest.fixture(scope="module")
def record() -> govdocs.Record:
    return govdocs.convert(Path(__file__).resolve().parents[1] / "seeds" / SEED, translate=False)


def test_metadata(record: govdocs.Record) -> None:
    meta = record.metadata
    assert record.id == "kst-33694-68"
    assert record.kind.value == "parliamentary_letter" and record.language == "nl"
    assert record.source.format.value == "markdown"
    assert meta.session_year == "2022-2023"
    assert meta.dossier is not None
    assert (meta.dossier.number, meta.dossier.suffix, meta.dossier.title) == (
        "33694",
        None,
        "Internationale Veiligheidsstrategie",
    )
    assert (meta.document_number, meta.document_type) == ("68", "brief")
    assert meta.heading == "Brief van de ministers van Buitenlandse Zaken en van Defensie"
    assert meta.addressee == "De Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert (meta.place, record.date) == ("Den Haag", "2023-06-23")
    assert meta.chamber == "Tweede Kamer"
    assert [(s.role, s.name) for s in meta.signatories] == [
        ("Minister van Buitenlandse Zaken", "W.B. Hoekstra"),
        ("Minister van Defensie", "K.H. Ollongren"),
    ]


def test_footnotes_linked_and_marks_removed(record: govdocs.Record) -> None:
    assert [n.label for n in record.footnotes] == ["1", "2", "3"]
    by_id = {b.id: b for b in record.blocks}
    first = by_id[record.footnotes[0].cited_in or ""]
    assert "landen zich aangesloten" in first.text and "<sup>" not in first.text
    assert record.footnotes[1].cited_in == record.footnotes[2].cited_in
    assert all("<sup>" not in b.text and "**" not in b.text for b in record.blocks)


@pytest.mark.parametrize(
    "sentence",
    [
        "De Call to Action roept onder andere op",
        "De «Serious AI Game» die gericht was op masterstudenten",
        "gaat het om meer dan alleen de eventuele toepassing van AI",
    ],
)
def test_interrupted_sentences_rejoined(record: govdocs.Record, sentence: str) -> None:
    holders = [b for b in record.blocks if sentence in b.text]
    assert len(holders) == 1, sentence
    assert not any("Actuele lijst" in b.text for b in record.blocks)
    rules = [e.rule for e in record.normalisation]
    assert rules.count("rejoin_page_break") + rules.count("rejoin_footnote_break") == 3


def test_headings_lists_and_references(record: govdocs.Record) -> None:
    headings = [(b.level, b.text) for b in record.blocks if b.type.value == "heading"]
    assert headings == [
        (2, "REAIM – Onderdelen en scope"),
        (1, "REAIM – Resultaten"),
        (2, "REAIM – Vervolgacties"),
        (2, "REAIM – relatie autonome wapensystemen"),
    ]
    items = [b.number for b in record.blocks if b.type.value == "list_item"]
    assert items == ["1", "2", "3"]
    refs = [
        (r.type.value, r.dossier, r.suffix, r.number, r.session_year) for r in record.references
    ]
    assert ("kamerstuk", "33694", None, "43", None) in refs
    assert ("kamerstuk", "33694", None, "67", None) in refs
    assert ("kamerstuk", "35925", "X", "90", None) in refs
    assert ("aanhangsel", None, None, "2214", "2022-2023") in refs
    assert any(r.type.value == "motion" and r.member == "Koopmans" for r in record.references)
    assert record.blocks[-1].type.value == "signature"


def test_golden(record: govdocs.Record) -> None:
    assert_golden("kamerstuk-33694-68", record)


def test_markdown_detection_and_blocks() -> None:
    assert looks_like_markdown("# Titel\n\n**33 694**\n\ntekst<sup>1</sup>\n")
    assert not looks_like_markdown("Een gewone brief.\n\n# niet echt een kop\n")
    blocks = blocks_from_markdown(
        "## **Kop**\n\nTekst met *nadruk* en een noot<sup>2</sup>.\n\n1. een\n2. twee\n\n"
        "<sup>2</sup> De noot.\n\nDe Minister,  \nA. Naam\n"
    )
    assert [(b.hint, b.text) for b in blocks] == [
        ("heading", "Kop"),
        (None, "Tekst met nadruk en een noot."),
        ("list_item", "een"),
        ("list_item", "twee"),
        ("footnote", "De noot."),
        (None, "De Minister,\nA. Naam"),
    ]
    assert blocks[1].attrs["footnote_marks"] == [("2", 28)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("33 694", ("33694", None)),
        ("36 200 XII", ("36200", "XII")),
        ("21 501-32", ("21501", "32")),
        ("35925-X", ("35925", "X")),
    ],
)
def test_dossier_numbers(text: str, expected: tuple[str, str | None]) -> None:
    dossier = parse_dossier(text)
    assert dossier is not None and (dossier.number, dossier.suffix) == expected


@pytest.mark.parametrize(
    ("heading", "expected", "kind"),
    [
        (
            "BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT",
            "Brief van de minister van Infrastructuur en Waterstaat",
            "brief",
        ),
        ("MOTIE VAN HET LID KOOPMANS C.S.", "Motie van het lid Koopmans c.s.", "motie"),
        (
            "BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
            "Brief van de staatssecretaris van Volksgezondheid, Welzijn en Sport",
            "brief",
        ),
    ],
)
def test_document_heading(heading: str, expected: str, kind: str) -> None:
    assert document_heading(heading) == (expected, kind)
