"""Sentence splitting: govdocs' speed-ups of pysbd (compiled-pattern cache, abbreviation skip,
plain search for the sentences' offsets) give exactly the sentences plain pysbd gives."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from govdocs import segment
from govdocs.pipeline import prepare

from .conftest import FIXTURES


def _texts(seeds: Path) -> list[str]:
    texts = []
    paths = [*sorted(seeds.glob("*.txt")), *sorted((FIXTURES / "letters").glob("*.pdf"))]
    for path in paths:
        texts += [b.text for b in prepare(path).blocks]
    texts.append("Zie o.a. art. 3 lid 2 en mevr. drs. A.B. de Vries, blz. 12. Ja. Al. Nee!\nEnz.")
    # the same sentence twice, and a sentence that is also part of the one before it
    texts.append("Ja.  Ja. Nee.\n\nJa. Dat is zo. Dat is zo. Zo.\tZo.")
    return texts


def test_speed_ups_give_the_sentences_plain_pysbd_gives(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pysbd")
    texts = _texts(seeds)
    assert len(texts) > 100
    fast = {lang: [segment.split_sentences(t, lang) for t in texts] for lang in ("nl", "en")}
    assert segment._PYSBD_ORIGINALS, "the speed-ups were not installed"

    from pysbd import Segmenter
    from pysbd.abbreviation_replacer import AbbreviationReplacer

    monkeypatch.setattr(Segmenter, "sentences_with_char_spans", segment._PYSBD_ORIGINALS["spans"])
    monkeypatch.setattr(
        AbbreviationReplacer,
        "search_for_abbreviations_in_string",
        segment._PYSBD_ORIGINALS["search"],
    )
    for name, original in segment._PYSBD_ORIGINALS.items():
        if name in sys.modules:
            monkeypatch.setattr(sys.modules[name], "re", original)
    monkeypatch.setattr(segment, "_speed_up_pysbd", lambda: None)
    monkeypatch.setattr(segment._local, "segmenters", {})
    plain = {lang: [segment.split_sentences(t, lang) for t in texts] for lang in ("nl", "en")}
    assert sum(map(len, plain["nl"])) > 200
    assert fast == plain


@pytest.mark.parametrize("lang", ["nl", "en", "de", "fr", "es", "it"])
def test_indexed_look_up_finds_every_abbreviation_a_scan_would(lang: str) -> None:
    """The abbreviations with a period are looked up by the three characters around their
    first period instead of testing each against the text: the same ones must be found as
    by testing every one (pysbd's own walk over the list)."""
    pysbd = pytest.importorskip("pysbd")
    from hypothesis import given, settings
    from hypothesis import strategies as st

    listed = pysbd.Segmenter(language=lang, clean=False).language_module.Abbreviation.ABBREVIATIONS
    table = segment._abbreviations(listed)
    pieces = [a.strip() for a in listed] + [" ", ".", "a", "b.", ". ", "nr", "\n"]

    def scanned(lowered: str) -> list[str]:
        letters = {r[s:] for r in segment._LETTER_RUN.findall(lowered) for s in range(len(r))}
        return [
            stripped
            for stripped in (a.strip() for a in listed)
            if (stripped in letters if segment._PLAIN.fullmatch(stripped) else stripped in lowered)
        ]

    @settings(max_examples=150, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(pieces), max_size=12).map("".join))
    def check(text: str) -> None:
        lowered = text.lower()
        assert segment._present(table, lowered) == scanned(lowered)

    check()
    assert table.dotted or lang == "en"
