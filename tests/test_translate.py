"""Dutch→English translation on the real engine (CTranslate2 + SentencePiece) with the tiny
test model: alignment, equality with argostranslate, batching, memory, statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import govdocs
from govdocs.cli import main
from govdocs.segment import split_sentences

from .conftest import ROOT
from .translation_helpers import installed_test_model

__all__ = ["installed_test_model"]

pytestmark = pytest.mark.translation
SEED_002 = "002_kamerstuk-33694-68-reaim-letter.nl.txt"


def _dutch_parts(record: govdocs.Record) -> list[tuple[str, object]]:
    parts: list[tuple[str, object]] = []
    for block in record.blocks:
        if (block.lang if block.lang != "und" else record.language) == "nl":
            parts.append((block.text, block.translation))
    for note in record.footnotes:
        if (note.lang if note.lang != "und" else record.language) == "nl":
            parts.append((note.text, note.translation))
    return parts


def test_seed_002_is_translated_sentence_by_sentence(
    installed_test_model: Path, seeds: Path
) -> None:
    record = govdocs.convert(seeds / SEED_002)
    info = record.translation
    assert info.status.value == "complete", info
    assert (info.engine, info.model, info.model_version) == (
        "argos-ctranslate2",
        "translate-nl_en",
        "0.0.1-test",
    )
    assert info.source_lang == "nl" and info.target_lang == "en"
    assert {"ctranslate2", "sentencepiece", "argostranslate"} <= set(info.libraries)
    assert info.settings["beam_size"] == 4 and info.settings["length_penalty"] == 0.2
    parts = _dutch_parts(record)
    assert len(parts) > 20
    total = 0
    for text, translation in parts:
        assert translation is not None, text
        spans = split_sentences(text, "nl")
        assert [s.source for s in translation.segments] == [s.text for s in spans]  # type: ignore[attr-defined]
        for seg in translation.segments:  # type: ignore[attr-defined]
            assert text[seg.start : seg.end] == seg.source
            assert seg.target.strip()
        total += len(spans)
    assert info.segments >= total  # plus the title
    assert record.title_translation is not None
    english = [b for b in record.blocks if b.lang == "en"]
    assert all(b.translation is None for b in english)


def test_batch_equals_one_by_one(installed_test_model: Path, seeds: Path) -> None:
    from govdocs.translate.engine import get_engine

    engine = get_engine("nl", "en")
    text = (seeds / SEED_002).read_text(encoding="utf-8")
    sentences = list(dict.fromkeys(s.text for s in split_sentences(text, "nl")))
    sentences += ["Ja.", "Vraag 1 Bent u bekend met het bericht?"]
    assert len(sentences) > 50
    batched = engine.translate(sentences)
    single = [engine.translate([s])[0] for s in sentences]
    assert batched == single
    assert all(batched)


class _RecordingTranslator:
    """Wraps a ctranslate2.Translator and keeps the batches it is given."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.batches: list[tuple[list[list[str]], bool]] = []

    def translate_batch(self, tokens: list[list[str]], **options: object) -> object:
        self.batches.append((tokens, bool(options.get("asynchronous"))))
        return self.inner.translate_batch(tokens, **options)  # type: ignore[attr-defined]


def test_batches_hold_sentences_of_one_length_only(installed_test_model: Path) -> None:
    """No sub-batch holds padding (padding changes the text on oneDNN CPUs), every group is
    posted asynchronously, and the results come back in input order."""
    from govdocs.translate.engine import ArgosEngine, EngineSettings, find_package

    engine = ArgosEngine(find_package("nl", "en"), EngineSettings(inter_threads=2))
    sentences = [
        "Ja.",
        "Het kabinet acht het van groot belang om het momentum vast te houden.",
        "Nee.",
        "De minister informeert de Kamer over de luchtvaart en Schiphol.",
        "Ja.",
        "Vraag 1 Bent u bekend met het bericht?",
    ]
    expected = [engine.translate([s])[0] for s in sentences]
    recorder = _RecordingTranslator(engine._translator)
    engine._translator = recorder
    assert engine.translate(sentences) == expected
    lengths = [len(t) for t in engine.tokenize(sentences)]
    assert len(recorder.batches) == len(set(lengths))
    for tokens, asynchronous in recorder.batches:
        assert asynchronous and len({len(t) for t in tokens}) == 1
    assert sorted(len(t) for tokens, _ in recorder.batches for t in tokens) == sorted(lengths)

    mixed = ArgosEngine(engine.package, EngineSettings(inter_threads=2, batching="mixed"))
    mixed._load()
    recorder = _RecordingTranslator(mixed._translator)
    mixed._translator = recorder
    assert mixed.translate(sentences) and len(recorder.batches) == 1
    assert mixed.decoding["batching"] == "mixed" and engine.decoding["batching"] == "by_length"


def test_second_conversion_comes_from_memory(installed_test_model: Path, seeds: Path) -> None:
    from govdocs.translate.engine import get_engine

    first = govdocs.convert(seeds / SEED_002)
    engine = get_engine("nl", "en")
    calls = engine.model_calls
    second = govdocs.convert(seeds / SEED_002)
    assert engine.model_calls == calls, "a re-run must not call the model"
    assert second.translation.from_memory == second.translation.segments > 0
    assert [b.translation for b in first.blocks if b.translation] != []
    assert [b.translation.text for b in second.blocks if b.translation] == [
        b.translation.text for b in first.blocks if b.translation
    ]
    third = govdocs.convert(seeds / SEED_002, memory=False)
    assert engine.model_calls == calls + 1 and third.translation.from_memory == 0


def test_mixed_language_document_translates_only_dutch(
    installed_test_model: Path, tmp_path: Path
) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text(
        "Titel van het bericht\n\n"
        "Het kabinet heeft besloten om de regeling met een jaar te verlengen voor alle "
        "gemeenten in Nederland.\n\n"
        "The government decided to extend the scheme by one year for all municipalities.\n",
        encoding="utf-8",
    )
    record = govdocs.convert(path)
    langs = {b.lang: b.translation is not None for b in record.blocks}
    assert langs == {"nl": True, "en": False}


def test_equal_to_argostranslate(installed_test_model: Path, seeds: Path, tmp_path: Path) -> None:
    """Each segment's text equals what ``argostranslate.translate.translate`` returns for that
    sentence with the same package: argostranslate's own, unmodified path (its MiniSBD splitter
    runs on the rule-based model the test package carries, so nothing is downloaded).

    argostranslate runs in a subprocess (it reads its settings at import and caches
    translations per process). Sentences with protected spans are translated in pieces
    (``govdocs.translate.protect``): here the comparison is per sentence without protection.
    """
    record = govdocs.convert(seeds / SEED_002, protect=False)
    pairs = [
        (seg.source, seg.target)
        for part in [record.title_translation, *(b.translation for b in record.blocks)]
        if part
        for seg in part.segments
    ]
    pairs += [
        (seg.source, seg.target)
        for note in record.footnotes
        if note.translation
        for seg in note.translation.segments
    ]
    assert len(pairs) > 60
    script = r"""
import json, sys
import argostranslate.translate as translate
print(json.dumps([translate.translate(s, "nl", "en") for s in json.load(sys.stdin)]))
"""
    env = {
        **os.environ,
        "ARGOS_PACKAGES_DIR": str(installed_test_model.parent),
        "ARGOS_DEVICE_TYPE": "cpu",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT / "src"),
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps([s for s, _ in pairs]),
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    argos = json.loads(done.stdout.strip().splitlines()[-1])
    different = [(s, a, t) for (s, t), a in zip(pairs, argos, strict=True) if a != t]
    assert not different, different[:3]


def test_no_model_means_unavailable_never_invented(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("argostranslate.package")
    import argostranslate.settings as settings

    from govdocs.translate.engine import clear_engines

    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(settings, "package_dirs", [tmp_path / "empty"])
    clear_engines()
    record = govdocs.convert(seeds / SEED_002)
    assert record.translation.status.value == "unavailable"
    assert "govdocs models install nl en" in (record.translation.message or "")
    assert [w.code for w in record.warnings] == ["translation_unavailable"]
    assert all(b.translation is None for b in record.blocks)
    assert main(["convert", str(seeds / SEED_002), "--require-translation"]) == 3
    assert "govdocs models install nl en" in capsys.readouterr().err
    assert main(["convert", str(seeds / SEED_002), "--no-translate"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["translation"]["status"] == "not_requested"


def test_english_document_needs_no_translation(seeds: Path) -> None:
    record = govdocs.convert(seeds / "004_unoda-ai-dialogue-news-item.en.txt")
    assert record.translation.status.value == "not_needed"
