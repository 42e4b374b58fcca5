"""Every normalisation rule, where it must fire and where it must not; every edit logged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import govdocs
from govdocs.document import Document, RawDocument
from govdocs.models import BlockType, DocumentKind, OtherMetadata, SourceFormat
from govdocs.normalise import (
    RULE_BULLET_DEBRIS,
    RULE_DEHYPHENATE,
    RULE_GREEK_LOOKALIKES,
    RULE_LETTERSPACED_CAPITAL,
    RULE_LIGATURES,
    RULE_NFC,
    RULE_ODD_SPACES,
    RULE_SOFT_HYPHENS,
    RULE_WHITESPACE,
    RULE_ZERO_WIDTH,
    Rule,
    join_broken,
    normalise_document,
    rejoin_split_paragraphs,
    repair_ai_confusion,
)
from tests.golden import assert_golden


@pytest.mark.parametrize(
    ("rule", "before", "after"),
    [
        (RULE_NFC, "e\u0301en", "éen"),
        (RULE_LIGATURES, "ofﬁcieel ﬂink", "officieel flink"),
        (RULE_SOFT_HYPHENS, "beleids\u00admaatregel", "beleidsmaatregel"),
        (RULE_ZERO_WIDTH, "Ka\u200bmer\ufeff", "Kamer"),
        (RULE_ODD_SPACES, "23\u00a0juni\u202f2023", "23 juni 2023"),
        (RULE_WHITESPACE, "  twee  spaties \n  regel  ", "twee spaties\nregel"),
        (RULE_DEHYPHENATE, "multi-\nfaceted", "multifaceted"),
        (RULE_DEHYPHENATE, "luchtvaartmaat-\nschappijen", "luchtvaartmaatschappijen"),
        (RULE_BULLET_DEBRIS, "• eerste punt\n\uf0b7 tweede", "eerste punt\ntweede"),
        # bullets of Wingdings (tick, arrowhead) and Symbol's minus, as the text layer maps them
        (
            RULE_BULLET_DEBRIS,
            "\uf0fc 12 postes\n\uf0d8 FL150\n\uf02d Art. 5",
            "12 postes\nFL150\nArt. 5",
        ),
        (RULE_LETTERSPACED_CAPITAL, "de A rbeidsinspectie", "de Arbeidsinspectie"),
        # a legacy Greek font's text layer: MICRO SIGN for mu, INCREMENT for Delta, also as a
        # name's initial ("∆. ∆ΑΓΛΑ")
        (RULE_GREEK_LOOKALIKES, "πραγµατογνωµόνων", "πραγματογνωμόνων"),
        (
            RULE_GREEK_LOOKALIKES,
            "ΠΡΟΪΣΤΑΜΕΝΗ ∆ΙΕΥΘΥΝΣΗΣ ∆. ∆ΑΓΛΑ",
            "ΠΡΟΪΣΤΑΜΕΝΗ ΔΙΕΥΘΥΝΣΗΣ Δ. ΔΑΓΛΑ",
        ),
    ],
)
def test_rule_fires_and_logs(rule: Rule, before: str, after: str) -> None:
    text, edits = rule.apply(before)
    assert text == after
    assert edits and all(e.rule == rule.name for e in edits)
    assert all(e.before != e.after for e in edits)


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (RULE_NFC, "één café"),
        (RULE_SOFT_HYPHENS, "geen zachte"),
        (RULE_WHITESPACE, "al netjes\nnetjes"),
        (RULE_DEHYPHENATE, "een half-open deur"),
        (RULE_BULLET_DEBRIS, "Het - streepje blijft"),
        # Symbol's "greater than or equal" opens a value, not an item; a private ligature
        # glyph opening a word ("\ue035jn", a font's "fi") is no bullet
        (RULE_BULLET_DEBRIS, "\uf0b3 €2.500 en < €25.000"),
        (RULE_BULLET_DEBRIS, "\ue035jn voor gebruikers"),
        (RULE_LETTERSPACED_CAPITAL, "U bent"),
        (RULE_LETTERSPACED_CAPITAL, "A report on"),
        (RULE_LETTERSPACED_CAPITAL, "I think"),
        # the symbols themselves, outside Greek words: a unit, a difference
        (RULE_GREEK_LOOKALIKES, "a 5 µm film, ∆T = 3 K, µ∆x"),
    ],
)
def test_rule_does_not_fire(rule: Rule, text: str) -> None:
    assert rule.apply(text) == (text, [])


@pytest.mark.parametrize(
    "word", ["drone-exploitanten", "Noord-Holland", "EU-landen", "zee-egel", "AI-systemen"]
)
def test_compound_hyphen_kept_at_line_end(word: str) -> None:
    head, tail = word.split("-", 1)
    text, edits = RULE_DEHYPHENATE.apply(f"de {head}-\n{tail} zijn")
    assert text == f"de {word} zijn"  # the line break goes, the hyphen stays
    assert [e.rule for e in edits] == ["dehyphenate"]


@pytest.mark.parametrize(
    "head, tail, joined",
    [
        ("Informati", "onen", "Informationen"),  # German writes no hyphen where vowels meet
        ("be", "antragte", "beantragte"),
        ("situ", "atie", "situatie"),  # a Dutch word broken between two vowels
        ("Handlungs", "empfehlungen", "Handlungsempfehlungen"),  # a German compound
    ],
)
def test_word_broken_where_vowels_meet_is_joined_when_it_is_a_word(
    head: str, tail: str, joined: str
) -> None:
    text, _ = RULE_DEHYPHENATE.apply(f"die {head}-\n{tail} sind")
    assert text == f"die {joined} sind"
    assert join_broken([f"Die {head}-", tail]) == f"Die {joined}"


def _doc(texts: list[str], lang: str = "en") -> Document:
    raw = RawDocument(
        path=Path("x.txt"),
        sha256="0" * 64,
        size=1,
        format=SourceFormat.text,
        media_type="text/plain",
        reader="text",
    )
    doc = Document(raw=raw, kind=DocumentKind.other, metadata=OtherMetadata())
    for text in texts:
        doc.add_block(BlockType.paragraph, text, lang=lang)
    doc.language = lang
    return doc


def test_al_for_ai_repaired_in_context() -> None:
    doc = _doc(
        [
            "The AI community met. Al governance and responsible Al were discussed, as was "
            "resistance to Al. Al-enabled weapons and the Center for Al Ethics came up.",
            "Hosted by the Institute (I-AIIG); the I-AllG website lists the team.",
        ]
    )
    repair_ai_confusion(doc)
    assert "Al" not in re.findall(r"\bAl\b", doc.blocks[0].text)
    assert doc.blocks[0].text.count("AI") == 6
    assert "I-AllG" not in doc.blocks[1].text and doc.blocks[1].text.count("I-AIIG") == 2
    assert all(e.rule == "al_ai_confusion" for e in doc.normalisation)
    assert len(doc.normalisation) >= 6


@pytest.mark.parametrize(
    "text",
    [
        "Former vice-president Al Gore spoke about AI and climate.",
        "The AI debate was covered by Al Jazeera and by Al-Qaeda watchers.",
    ],
)
def test_real_al_left_alone(text: str) -> None:
    doc = _doc([text])
    repair_ai_confusion(doc)
    assert doc.blocks[0].text == text and doc.normalisation == []


def test_al_in_non_english_text_left_alone() -> None:
    doc = _doc(["Al principio la IA era difícil, dijo el experto en AI y tecnología."], lang="es")
    repair_ai_confusion(doc)
    assert doc.blocks[0].text.startswith("Al principio")


def test_page_break_rejoin_and_its_limits() -> None:
    doc = _doc(
        [
            "concerns about AI and resistance to AI",
            "deserve full consideration by all.",
            "A sentence that ends properly.",
            "lower case after a full stop stays apart.",
            "De Kamer,",
            "gehoord de beraadslaging,",
        ]
    )
    doc.add_block(BlockType.heading, "A heading without stop", level=1)
    doc.add_block(BlockType.paragraph, "continues in lower case but follows a heading")
    rejoin_split_paragraphs(doc)
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "concerns about AI and resistance to AI deserve full consideration by all."
    assert "lower case after a full stop stays apart." in texts
    assert "gehoord de beraadslaging," in texts  # a comma closes motion clauses
    assert texts[-1] == "continues in lower case but follows a heading"
    assert [b.id for b in doc.blocks] == [f"b{i}" for i in range(1, len(doc.blocks) + 1)]
    assert [e.rule for e in doc.normalisation] == ["rejoin_page_break"]


def test_a_speech_split_by_a_page_break_is_rejoined_for_its_own_speaker_only() -> None:
    from govdocs.models import Person

    doc = _doc([])
    daly, chair = Person(name="Clare Daly"), Person(name="An Ceann Comhairle", role="chair")
    doc.add_block(BlockType.speech, "The Minister has not answered the", speaker=daly)
    doc.add_block(BlockType.speech, "question I put to him.", speaker=daly)
    doc.add_block(BlockType.speech, "The Deputy's time is up and", speaker=daly)
    doc.add_block(BlockType.speech, "order, please.", speaker=chair)
    rejoin_split_paragraphs(doc)
    assert [(b.speaker.name if b.speaker else None, b.text) for b in doc.blocks] == [
        ("Clare Daly", "The Minister has not answered the question I put to him."),
        ("Clare Daly", "The Deputy's time is up and"),
        ("An Ceann Comhairle", "order, please."),
    ]


def test_every_edit_is_in_the_record() -> None:
    doc = _doc(["ofﬁcieel  en\u00a0zacht\u00adjes"], lang="nl")
    normalise_document(doc)
    assert doc.blocks[0].text == "officieel en zachtjes"
    rules = [e.rule for e in doc.normalisation]
    assert set(rules) == {"ligatures", "soft_hyphens", "odd_spaces", "whitespace"}
    assert all(e.block == "b1" for e in doc.normalisation)


def test_seed_003_report() -> None:
    seed = (
        Path(__file__).resolve().parents[1] / "seeds" / "003_forum-white-paper-pdf-extract.en.txt"
    )
    record = govdocs.convert(seed, translate=False)
    assert record.kind.value == "report"
    assert (
        record.title
        == "Tsinghua University International AI Cooperation and Governance Forum 2020 White Paper"
    )
    assert (record.date, record.date_precision.value) == ("2021-03", "month")  # type: ignore[union-attr]
    toc = [(t.title, t.level, t.page) for t in record.metadata.table_of_contents]  # type: ignore[union-attr]
    assert toc[0] == ("I. About the Forum", 1, 3) and toc[-1] == ("IV. Acknowledgments", 1, 32)
    body = "\n".join(b.text for b in record.blocks)
    assert not re.search(r"\bAl\b", body + (record.title or ""))
    assert "I-AllG" not in body and "I-AIIG" in body
    assert "- I. About the Forum 3" not in body  # the TOC is metadata, not body text
    assert sum(b.text == "I. About the Forum" for b in record.blocks) == 1
    for end, start in [
        ("concerns about AI and resistance to AI", "deserve full consideration"),
        ("and fosters", "inclusive peace."),
    ]:
        assert any(f"{end} {start}" in b.text for b in record.blocks), end
    assert not any(b.text.startswith("inclusive peace.") for b in record.blocks)
    rejoined = [e for e in record.normalisation if e.rule == "rejoin_page_break"]
    assert len(rejoined) >= 13
    headings = [(b.level, b.text) for b in record.blocks if b.type.value == "heading"]
    assert (1, "IV. Acknowledgments") in headings
    assert (2, "1. Opening Remarks") in headings
    assert (3, "Thematic Session #5: Security and Safety of Data and AI") in headings
    assert record.blocks[-1].type.value == "contact"
    assert_golden("report-seed-003-forum-white-paper", record)


# --------------------------------------------------------------------------- letterspaced capitals


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("de A rbeidsinspectie meldt", "de Arbeidsinspectie meldt"),
        ("C ijfers over 2023", "Cijfers over 2023"),
        ("O ngevallen in de luchtvaart", "Ongevallen in de luchtvaart"),
        ("P agina 1 van 7", "Pagina 1 van 7"),
    ],
)
def test_letterspaced_capital_joins_real_pdf_splits(before: str, after: str) -> None:
    assert RULE_LETTERSPACED_CAPITAL.apply(before)[0] == after


@pytest.mark.parametrize(
    "text",
    [
        "Y la tierra estaba desordenada y vacía",  # Spanish: "Y" is a word
        "Xbox One X review",
        "the Model S is fast",
        "LC_ALL=C java -jar x.jar",
        "an emergency R&D team",
        "U bent",
        "A report on",
        "I think",
    ],
)
def test_letterspaced_capital_leaves_words_alone(text: str) -> None:
    assert RULE_LETTERSPACED_CAPITAL.apply(text) == (text, [])


def test_letterspaced_capital_runs_on_pdf_text_only() -> None:
    from govdocs.models import SourceFormat
    from govdocs.normalise import rules_for

    assert RULE_LETTERSPACED_CAPITAL in rules_for(SourceFormat.pdf)
    for fmt in SourceFormat:
        if fmt is not SourceFormat.pdf:
            assert RULE_LETTERSPACED_CAPITAL not in rules_for(fmt)


def test_spanish_text_file_keeps_y_la(tmp_path: Path) -> None:
    import govdocs

    path = tmp_path / "genesis.txt"
    path.write_text(
        "Y la tierra estaba desordenada y vacía, y las tinieblas estaban sobre la faz del "
        "abismo. Y dijo Dios: Sea la luz; y fue la luz.\n",
        encoding="utf-8",
    )
    record = govdocs.convert(path, translate=False)
    assert record.blocks[0].text.startswith("Y la tierra")
    assert not [e for e in record.normalisation if e.rule == "letterspaced_capital"]


def test_word_check() -> None:
    from govdocs.normalise import is_word

    assert is_word("Cijfers") and is_word("arbeidsinspectie") and is_word("review")
    assert not is_word("rbeidsinspectie") and not is_word("Yla") and not is_word("Cjava")


def test_control_characters_are_removed_and_logged_as_pictures() -> None:
    """An unmapped bullet glyph comes out of a committee report's PDF as NUL; no record may
    carry it (JSON consumers and databases refuse it), not even in the repair log."""
    from govdocs.normalise import RULE_CONTROL

    text, edits = RULE_CONTROL.apply("uit de fracties \x00 Inbreng van de leden")
    assert text == "uit de fracties  Inbreng van de leden"
    assert [e.before for e in edits] == ["uit de fracties ␀ Inbreng van de leden"]
    assert RULE_CONTROL.apply("tab\there\nand line") == ("tab\there\nand line", [])


def test_blocks_left_empty_by_the_rules_are_dropped_and_logged() -> None:
    """A bullet glyph printed on a line of its own becomes a block of its own; once the rules
    take the glyph off, nothing is left: the block is dropped (logged with what it held), the
    ids run on without a gap, and the edits name no dropped block."""
    doc = _doc(["Eerste alinea.", "\uf0b7", "Tweede alinea."])
    normalise_document(doc)
    assert [(b.id, b.text) for b in doc.blocks] == [
        ("b1", "Eerste alinea."),
        ("b2", "Tweede alinea."),
    ]
    dropped = [e for e in doc.normalisation if e.rule == "empty_block"]
    assert [(e.block, e.before) for e in dropped] == [(None, "\uf0b7")]
    assert all(e.block in (None, "b1", "b2") for e in doc.normalisation)


@pytest.mark.parametrize(
    ("pieces", "joined"),
    [
        (["luchtvaartmaat-", "schappijen en lobby"], "luchtvaartmaatschappijen en lobby"),
        (["het Vlaamse EFRO-", "programma 2021-2027"], "het Vlaamse EFRO-programma 2021-2027"),
        (["VAN HET BUDGETTAIR-", "STRUCTUREEL PLAN"], "VAN HET BUDGETTAIR-STRUCTUREEL PLAN"),
        (["Annual report -", "Summary"], "Annual report - Summary"),
        (["de drone-", "exploitanten"], "de drone-exploitanten"),
        # a language the word list lacks: neither part a word, a syllable break
        (
            ["Tilläggsdirektiv till Forskningsdatautred-", "ningen (U 2016:04)"],
            "Tilläggsdirektiv till Forskningsdatautredningen (U 2016:04)",
        ),
        (["Two  lines", "", " joined "], "Two lines joined"),
        # a dash closed up to its word runs on without a space; one set apart keeps it
        (
            ["Mora Park, Project 17-46—", "Appropriate and Transfer"],
            "Mora Park, Project 17-46—Appropriate and Transfer",
        ),
        (["Jaarverslag 2019–", "2020"], "Jaarverslag 2019–2020"),
        (["Jaarverslag –", "Samenvatting"], "Jaarverslag – Samenvatting"),
        (["Fiscal year 2019 —", "summary"], "Fiscal year 2019 — summary"),
    ],
)
def test_lines_of_one_phrase_joined_over_broken_words(pieces: list[str], joined: str) -> None:

    assert join_broken(pieces) == joined


def test_metadata_values_get_the_character_repairs_and_the_edits_name_the_field() -> None:
    """A subject or a signatory taken from the text layer carries the same broken characters
    as the text (a ligature, a Greek look-alike, a name in NFD): the character rules repair
    metadata values too, logged under the field's path; layout rules (whitespace, hyphens)
    leave them alone."""
    from govdocs.models import Signatory

    doc = _doc(["Tekst."])
    doc.metadata = OtherMetadata(
        subject="Ofﬁciële  ondertekening van de Θέµα",
        signatories=[Signatory(role="ΠΡΟΪΣΤΑΜΕΝΗ ∆ΙΕΥΘΥΝΣΗΣ", name="Rene\u0301 Dupont")],
    )
    normalise_document(doc)
    assert doc.metadata.subject == "Officiële  ondertekening van de Θέμα"
    assert doc.metadata.signatories[0].role == "ΠΡΟΪΣΤΑΜΕΝΗ ΔΙΕΥΘΥΝΣΗΣ"
    assert doc.metadata.signatories[0].name == "René Dupont"
    where = {(e.rule, e.block) for e in doc.normalisation}
    assert ("ligatures", "metadata.subject") in where
    assert ("greek_lookalikes", "metadata.subject") in where
    assert ("greek_lookalikes", "metadata.signatories.0.role") in where
    assert ("unicode_nfc", "metadata.signatories.0.name") in where
