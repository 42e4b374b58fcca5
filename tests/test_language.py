from __future__ import annotations

from govdocs.language import detect

NL = "Het kabinet heeft besloten de regeling te verlengen tot het einde van het jaar."
EN = "The government decided to extend the scheme until the end of the year."


def test_detects_dutch_and_english_with_confidence() -> None:
    lang, confidence = detect(NL)
    assert lang == "nl" and confidence is not None and confidence > 0.9
    lang, confidence = detect(EN)
    assert lang == "en" and confidence is not None and confidence > 0.9


def test_short_or_symbolic_text_is_undetermined() -> None:
    assert detect("Nr. 68") == ("und", None)
    assert detect("https://www.example.org/a/b/c/d/e/f/g/h") == ("und", None)
    assert detect("2023 – 2024 / 33 694") == ("und", None)


def test_deterministic() -> None:
    mixed = "Het kabinet and the government zijn het eens over the plan voor de toekomst."
    assert len({detect(mixed) for _ in range(5)}) == 1
