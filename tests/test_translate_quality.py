"""Translations a reader can trust: protected spans, the glossary, per-segment scores and flags,
translated metadata (issue 18). The real engine runs the tiny test model (meaningless output, so
every protected span in the target got there through govdocs, not through the model); a stub
engine stands in where the test needs the model to misbehave in a given way."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import govdocs
from govdocs.cli import main
from govdocs.models import Record, Segment
from govdocs.pipeline import prepare
from govdocs.translate import TranslateOptions, translate_documents
from govdocs.translate.engine import Hypothesis, PackageInfo
from govdocs.translate.glossary import load_glossary
from govdocs.translate.protect import Protector
from govdocs.translate.quality import segment_flags

from .conftest import FIXTURES
from .translation_helpers import installed_test_model

__all__ = ["installed_test_model"]

SEED_002 = "002_kamerstuk-33694-68-reaim-letter.nl.txt"
LETTERS = sorted((FIXTURES / "letters").glob("*.pdf"))


def _segments(record: Record) -> Iterator[Segment]:
    parts = [record.title_translation, *record.metadata_translations.values()]
    parts += [b.translation for b in record.blocks] + [f.translation for f in record.footnotes]
    for part in parts:
        if part is not None:
            yield from part.segments


def _all_targets(record: Record) -> str:
    return "\n".join(s.target for s in _segments(record))


# --------------------------------------------------------------------------- constructed


@pytest.mark.parametrize(
    ("dutch", "kind", "english"),
    [
        ("een investering van € 1,2 miljard in", "amount", "€1.2 billion"),
        ("kost 3,7 miljoen euro per jaar", "amount", "€3.7 million"),
        ("ruim 2.500 deelnemers", "number", "2,500"),
        ("precies 1.000,5 kilometer", "number", "1,000.5"),
        ("ongeveer 55 procent van de", "number", "55 per cent"),
        ("op 16 februari 2023 in", "date", "16 February 2023"),
        ("sinds mei 2023 is", "date", "May 2023"),
        ("zie Kamerstuk 33 694, nr. 68 voor", "reference", "Parliamentary Paper 33 694, no. 68"),
        ("(Kamerstukken II 2022/23, 36200 XII, nr. 60)", "reference",
         "Parliamentary Papers II 2022/23, 36200 XII, no. 60"),
        ("Aanhangsel Handelingen II 2022/23, nr. 2214", "reference",
         "Appendix to the Proceedings II 2022/23, no. 2214"),
        ("zie https://www.rijksoverheid.nl/documenten.", "url", "https://www.rijksoverheid.nl/documenten"),
        ("mail naar info@minbuza.nl of", "email", "info@minbuza.nl"),
        ("ons kenmerk IENW/BSK-2023/297705 en", "case_number", "IENW/BSK-2023/297705"),
        ("vragen 2024Z03522 van het lid", "case_number", "2024Z03522"),
        ("de motie van het lid", "term", "motion"),
        ("Motie van het lid", "term", "Motion"),
        ("aan de Tweede Kamer gestuurd", "term", "House of Representatives"),
        ("de minister van Infrastructuur en Waterstaat zegt", "term",
         "Minister of Infrastructure and Water Management"),
        ("een Kamerbrief over", "term", "letter to parliament"),
    ],
)  # fmt: skip
def test_protected_spans_are_mapped(dutch: str, kind: str, english: str) -> None:
    spans = Protector(load_glossary()).find(dutch)
    assert [(s.kind, s.target) for s in spans] == [(kind, english)]
    assert dutch[spans[0].start : spans[0].end] == spans[0].source


def test_section_numbers_and_words_with_digits_are_left_to_the_model() -> None:
    assert Protector().find("zie paragraaf 1.2 en COVID19") == []


def test_names_from_metadata_are_kept_as_written() -> None:
    protector = Protector(people=["W.B. Hoekstra"], bodies=["Ministerie van Defensie"])
    spans = protector.find("Minister Hoekstra en W.B. Hoekstra van het Ministerie van Defensie.")
    assert [(s.kind, s.target) for s in spans] == [
        ("name", "Hoekstra"),
        ("name", "W.B. Hoekstra"),
        ("name", "Ministerie van Defensie"),
    ]


class StubEngine:
    """The engine boundary with a scripted model: ``rewrite`` maps each input to its output."""

    name = "stub"

    @property
    def decoding(self) -> dict[str, object]:
        return {"beam_size": 1}

    def __init__(self, rewrite: object) -> None:
        self.rewrite = rewrite
        self.package = PackageInfo("translate-nl_en", "0-stub", "nl", "en", Path("."))
        self.inputs: list[str] = []

    def translate_scored(self, sentences: list[str]) -> list[Hypothesis]:
        self.inputs += sentences
        outputs = [self.rewrite(s) for s in sentences]  # type: ignore[operator]
        return [
            Hypothesis(o, -0.5 if "slecht" not in s else -3.0, 5)
            for s, o in zip(sentences, outputs, strict=True)
        ]


def _translate(
    path: Path, rewrite: object, monkeypatch: pytest.MonkeyPatch, **options: object
) -> tuple[Record, StubEngine]:
    made: list[StubEngine] = []

    def get_engine(source: str, target: str, settings: object = None) -> StubEngine:
        engine = StubEngine(rewrite)
        made.append(engine)
        return engine

    monkeypatch.setattr("govdocs.translate.engine.get_engine", get_engine)
    doc = prepare(path)
    translate_documents([doc], TranslateOptions(memory=False, **options))  # type: ignore[arg-type]
    from govdocs.build import build_record

    return build_record(doc), made[0]


def _letter(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "brief.txt"
    path.write_text("Geachte voorzitter,\n\n" + body + "\n\nHoogachtend,\n", encoding="utf-8")
    return path


def test_a_model_that_drops_a_number_is_flagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without protection the stub's output loses the number: number_mismatch. With it, the
    number never reaches the model and the target holds it as mapped."""
    path = _letter(
        tmp_path,
        "Het kabinet trekt in totaal € 1,2 miljard uit voor de bouw van nieuwe woningen in het land.",
    )

    def drop_digits(text: str) -> str:
        return "".join(c for c in text if not c.isdigit())

    record, _ = _translate(path, drop_digits, monkeypatch, protect=False)
    flagged = [s for s in _segments(record) if "miljard" in s.source]
    assert flagged and all("number_mismatch" in s.flags for s in flagged)
    assert record.translation.flags["number_mismatch"] == len(flagged)

    record, engine = _translate(path, drop_digits, monkeypatch)
    segment = next(s for s in _segments(record) if "miljard" in s.source)
    assert "€1.2 billion" in segment.target and "number_mismatch" not in segment.flags
    assert not any("1,2" in text for text in engine.inputs)
    assert [(p.kind, p.source, p.target) for p in segment.protected] == [
        ("amount", "€ 1,2 miljard", "€1.2 billion")
    ]


def test_quality_flags_on_constructed_outputs() -> None:
    def flags(source: str, target: str, **kw: object) -> list[str]:
        return [
            f.value
            for f in segment_flags(
                source,
                target,
                [],
                source_lang="nl",
                model_inputs=[source],
                model_outputs=[target],
                **kw,  # type: ignore[arg-type]
            )
        ]

    source = "Het kabinet heeft besloten de regeling met een jaar te verlengen."
    assert flags(source, "The government has decided to extend the scheme by a year.") == []
    assert flags(source, source) == ["untranslated"]
    assert "untranslated" in flags(
        source, "De regering heeft besloten dat de regeling met een jaar wordt verlengd."
    )
    assert flags(source, "Yes.") == ["length_ratio"]
    assert "repetition" in flags(source, "The government the the the the scheme scheme scheme.")
    assert "repetition" in flags(
        source, "The government has decided to go go on go on go on go on."
    )
    assert flags(source, "The government has decided to extend the scheme.", truncated=True) == [
        "truncated"
    ]
    assert flags(
        source, "The government has decided to extend the scheme.", score=-2.0, min_quality=-1.0
    ) == ["low_quality"]
    assert (
        flags(
            source, "The government has decided to extend the scheme.", score=-0.5, min_quality=-1.0
        )
        == []
    )
    assert flags("Er zijn 2.500 deelnemers.", "There are 2,500 participants.") == []
    assert flags("Er zijn 2.500 deelnemers.", "There are 250 participants.") == ["number_mismatch"]


def test_protected_span_missing_is_flagged() -> None:
    spans = Protector(load_glossary()).find("De motie is aangenomen door de Tweede Kamer.")
    flagged = segment_flags(
        "De motie is aangenomen door de Tweede Kamer.",
        "The motion was adopted.",
        spans,
        source_lang="nl",
    )
    assert [f.value for f in flagged] == ["protected_span_missing"]


def test_min_quality_marks_but_keeps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _letter(
        tmp_path, "Dit is een slecht vertaalde zin. Dit is een goede zin over het beleid."
    )
    record, _ = _translate(path, lambda s: "x " + s, monkeypatch, min_quality=-1.0)
    segments = [s for s in _segments(record) if s.source.startswith("Dit is")]
    assert len(segments) == 2
    assert ["low_quality" in s.flags for s in segments] == [True, False]
    assert record.translation.min_quality == -1.0 and record.translation.flags["low_quality"] >= 1


def test_glossary_maps_tweede_kamer_everywhere_and_a_user_glossary_overrides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = (
        "De Tweede Kamer heeft de motie aangenomen.\n\n"
        "Wij informeren de Tweede Kamer en de Eerste Kamer over de voortgang.\n\n"
        "De brief ging naar de Tweede Kamer."
    )
    path = _letter(tmp_path, body)
    record, engine = _translate(path, lambda s: s.lower(), monkeypatch)
    targets = _all_targets(record)
    assert targets.count("House of Representatives") == body.count("Tweede Kamer") == 3
    assert "Senate" in targets and "Tweede Kamer" not in targets
    assert not any("Tweede Kamer" in text for text in engine.inputs)
    assert (record.translation.glossary, record.translation.glossary_version) == (
        "govdocs-nl-en",
        "2026.1",
    )

    user = tmp_path / "mine.tsv"
    user.write_text(
        "# name: mine\n# version: 3\nsource\ttarget\ntweede kamer\tDutch House\n", encoding="utf-8"
    )
    record, _ = _translate(path, lambda s: s.lower(), monkeypatch, glossary=user)
    targets = _all_targets(record)
    assert targets.count("Dutch House") == 3 and "House of Representatives" not in targets
    assert "Senate" in targets  # the shipped entries the user did not override stay
    assert record.translation.glossary_version == "2026.1+mine@3"


def test_bad_glossary_is_a_clear_error(
    tmp_path: Path, seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("only one column\n", encoding="utf-8")
    assert main(["convert", str(seeds / SEED_002), "--glossary", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.tsv" in err and "line 1" in err


# --------------------------------------------------------------------------- test model


def _expect(record: Record, mapping: dict[str, str]) -> None:
    """Every protected span is in its segment's target exactly as mapped, and the spans
    written by hand from reading the document are among them."""
    found: dict[str, str] = {}
    for segment in _segments(record):
        assert "protected_span_missing" not in segment.flags, segment
        for span in segment.protected:
            assert span.target in segment.target, (span, segment.target)
            assert segment.source[span.start : span.end] == span.source
            found[span.source] = span.target
    for source, target in mapping.items():
        assert found.get(source) == target, (source, found.get(source))


@pytest.mark.translation
def test_seed_letter_spans_survive_the_test_model(installed_test_model: Path, seeds: Path) -> None:
    record = govdocs.convert(seeds / SEED_002)
    _expect(
        record,
        {
            "Kamerstuk 33 694, nr. 43": "Parliamentary Paper 33 694, no. 43",
            "Kamerstuk 33 694, nr. 67": "Parliamentary Paper 33 694, no. 67",
            "Kamerstuk 35 925-X, nr. 90": "Parliamentary Paper 35 925-X, no. 90",
            "16 februari 2023": "16 February 2023",
            "26 januari 2023": "26 January 2023",
            "3 december 2021": "3 December 2021",
            "april 2019": "April 2019",
            "motie": "motion",
            "https://www.government.nl/ministries/ministry-of-foreign-affairs/documents/publications/2023/02/16/reaim-2023-endorsing-countries": "https://www.government.nl/ministries/ministry-of-foreign-affairs/documents/publications/2023/02/16/reaim-2023-endorsing-countries",
            "Voorzitter van de Tweede Kamer der Staten-Generaal": (
                "Speaker of the House of Representatives of the States General"
            ),
        },
    )
    info = record.translation
    assert info.protected_spans == sum(len(s.protected) for s in _segments(record)) > 20
    assert sum(info.flags.values()) == sum(len(s.flags) for s in _segments(record))
    scores = [s.score for s in _segments(record) if s.score is not None]
    assert len(scores) > 60 and all(score <= 0 for score in scores)
    # only a segment that is all protected spans has no score (no model call)
    assert all(s.protected for s in _segments(record) if s.score is None)
    # the metadata a reader sees first is translated with the same segments
    heading = record.metadata_translations["heading"]
    assert heading.segments and heading.segments[0].source == record.metadata.heading  # type: ignore[union-attr]


@pytest.mark.translation
@pytest.mark.parametrize("path", LETTERS, ids=lambda p: p.name[:30])
def test_corpus_letter_spans_survive_the_test_model(installed_test_model: Path, path: Path) -> None:
    record = govdocs.convert(path)
    by_letter: dict[str, dict[str, str | None]] = {
        "kamerbrief_EZK": {
            "Kamerstuk 33009, nr. 117": "Parliamentary Paper 33009, no. 117",
            "50 procent": "50 per cent",
            "Herijkte missies van het missiegedreven innovatiebeleid": None,
        },
        "kamerbrief_IenW": {
            "Kamerstuk 36200-XII-60": "Parliamentary Paper 36200-XII-60",
            "3,7 miljoen": "3.7 million",
            "€23": "€23",
            "1 januari 2012": "1 January 2012",
        },
    }
    expected = by_letter[path.name[: path.name.index("_", 11)]]
    _expect(record, {k: v for k, v in expected.items() if v is not None})
    assert "subject" in record.metadata_translations
    assert record.translation.protected_spans > 10


@pytest.mark.translation
def test_protection_changes_no_sentence_without_spans(
    installed_test_model: Path, seeds: Path
) -> None:
    def run(protect: bool) -> Record:
        doc = prepare(seeds / SEED_002)
        translate_documents([doc], TranslateOptions(memory=False, protect=protect))
        from govdocs.build import build_record

        return build_record(doc)

    plain, protected = run(False), run(True)
    pairs = list(zip(_segments(plain), _segments(protected), strict=True))
    untouched = [(a, b) for a, b in pairs if not b.protected]
    assert len(untouched) > 30 and len(untouched) < len(pairs)
    for a, b in untouched:
        assert (a.source, a.target, a.score) == (b.source, b.target, b.score)
    assert all(not a.protected for a, _ in pairs)
    assert plain.translation.glossary is None and protected.translation.glossary == "govdocs-nl-en"


@pytest.mark.translation
def test_cli_min_quality_and_memory_keep_scores(
    installed_test_model: Path, seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", str(seeds / SEED_002), "--min-quality", "-0.6"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["translation"]["min_quality"] == -0.6
    assert main(["convert", str(seeds / SEED_002), "--min-quality", "-0.6"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["translation"]["from_memory"] == second["translation"]["segments"]

    def segments(record: dict[str, object]) -> list[tuple[str, float, list[str]]]:
        return [
            (s["target"], s["score"], s["flags"])
            for b in record["blocks"]  # type: ignore[attr-defined]
            if b["translation"]
            for s in b["translation"]["segments"]
        ]

    assert segments(first) == segments(second)
    low = [f for _, score, f in segments(first) if score is not None and score < -0.6]
    assert low and all("low_quality" in f for f in low)
    assert first["translation"]["flags"]["low_quality"] >= len(low)


def test_a_memory_written_before_scores_existed_still_opens(tmp_path: Path) -> None:
    import sqlite3

    from govdocs.translate.memory import TranslationMemory

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.execute(
        "CREATE TABLE segments (package TEXT NOT NULL, version TEXT NOT NULL, source TEXT NOT "
        "NULL, target TEXT NOT NULL, PRIMARY KEY (package, version, source)) WITHOUT ROWID"
    )
    db.execute("INSERT INTO segments VALUES ('p', '1', 'Ja.', 'Yes.')")
    db.commit()
    db.close()
    memory = TranslationMemory(path)
    assert memory.get_entries("p", "1", ["Ja."]) == {"Ja.": Hypothesis("Yes.", None, 0)}
    memory.put_many("p", "1", [("Nee.", Hypothesis("No.", -0.25, 2, truncated=True))])
    assert memory.get_entries("p", "1", ["Nee."])["Nee."] == Hypothesis("No.", -0.25, 2, True)
    assert memory.get_many("p", "1", ["Ja.", "Nee."]) == {"Ja.": "Yes.", "Nee.": "No."}
    memory.close()
