"""Language of each block, footnote and title, and of the whole document.

langdetect with a fixed seed (deterministic). Text too short to call, or a best guess below
:data:`MIN_CONFIDENCE`, is ``und``. The document language is the language holding the most
characters among the determined parts.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from typing import Any

from .budget import checkpoint
from .document import Document
from .models import Block, Footnote

__all__ = ["MIN_CHARS", "MIN_CONFIDENCE", "detect", "detect_document"]

#: Fewer letters than this and we do not call a language.
MIN_CHARS = 20
#: Below this probability the result is ``und``.
MIN_CONFIDENCE = 0.80
#: Parts with fewer letters than this lean towards the document's language.
SHORT_LETTERS = 200
MIN_SHORT_SUPPORT = 0.10
#: Languages langdetect confuses with the key language in short texts.
RELATIVES: dict[str, frozenset[str]] = {
    "nl": frozenset({"af", "de", "fy", "lb", "da", "no", "sv"}),
    "de": frozenset({"nl", "lb", "da"}),
    "fr": frozenset({"ca", "it", "es", "ro"}),
}
_SEED = 0
_lock = threading.Lock()
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
# an address token from its start ("[^\s@]*" cannot backtrack): linear even in a megabyte
# without spaces, where "\S+@" retried every position of the run (quadratic)
_URL = re.compile(r"(https?://|www\.)\S+|(?<!\S)[^\s@]*@\S+")


def _factory() -> Any:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = _SEED
    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def _ranked(text: str) -> list[tuple[str, float]]:
    """langdetect's candidates, best first; empty when the text cannot be called."""
    clean = _URL.sub(" ", text)
    letters = _LETTERS.findall(clean)
    if len(letters) < MIN_CHARS:
        return []
    # langdetect's profiles are built from mixed-case text: headings in capitals read as German
    if sum(c.isupper() for c in letters) > 0.6 * len(letters):
        clean = clean.lower()
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        factory = _factory()
        try:
            detector = factory.create()
            detector.append(clean)
            ranked = detector.get_probabilities()
        except LangDetectException:
            return []
    return [(str(r.lang).split("-")[0], round(float(r.prob), 4)) for r in ranked]


def _decide(ranked: list[tuple[str, float]]) -> tuple[str, float | None]:
    if not ranked:
        return "und", None
    lang, confidence = ranked[0]
    if confidence < MIN_CONFIDENCE:
        return "und", confidence
    return lang, confidence


def detect(text: str) -> tuple[str, float | None]:
    """``(language, confidence)`` for ``text``; ``("und", None)`` when it cannot be called."""
    return _decide(_ranked(text))


def detect_document(doc: Document) -> None:
    """Set ``lang``/``lang_confidence`` on every block and footnote, the title and the document.

    Short texts are where langdetect errs (Dutch headings read as German or Afrikaans): a part
    shorter than :data:`SHORT_LETTERS` letters takes the document's language when langdetect
    gives that language at least :data:`MIN_SHORT_SUPPORT` probability.
    """
    parts: list[Block | Footnote] = [*doc.blocks, *doc.footnotes]
    ranked = []
    for part in parts:
        checkpoint()
        ranked.append(_ranked(part.text))
    weights: Counter[str] = Counter()
    confidences: dict[str, list[tuple[float, int]]] = {}
    for part, candidates in zip(parts, ranked, strict=False):
        lang, confidence = _decide(candidates)
        part.lang, part.lang_confidence = lang, confidence
        if lang != "und" and confidence is not None:
            weights[lang] += len(part.text)
            confidences.setdefault(lang, []).append((confidence, len(part.text)))
    if weights:
        lang, total = weights.most_common(1)[0]
        doc.language = lang
        all_chars = sum(weights.values())
        mean = sum(c * n for c, n in confidences[lang]) / total
        doc.language_confidence = round(mean * total / all_chars, 4)
    else:
        doc.language, doc.language_confidence = "und", None
    for part, candidates in zip(parts, ranked, strict=False):
        _prefer_document_language(part, candidates, doc.language)
    if doc.title:
        title_ranked = _ranked(doc.title)
        title_lang, _ = _decide(title_ranked)
        support = dict(title_ranked).get(doc.language, 0.0)
        if title_lang == "und" or (title_lang != doc.language and support >= MIN_SHORT_SUPPORT):
            title_lang = doc.language
        doc.title_lang = title_lang


def _prefer_document_language(
    part: Block | Footnote, candidates: list[tuple[str, float]], doc_lang: str
) -> None:
    if doc_lang == "und" or part.lang == doc_lang or not candidates:
        return
    if len(_LETTERS.findall(part.text)) >= SHORT_LETTERS:
        return
    support = dict(candidates).get(doc_lang, 0.0)
    if support >= MIN_SHORT_SUPPORT:
        part.lang, part.lang_confidence = doc_lang, support
    elif candidates[0][0] in RELATIVES.get(doc_lang, ()):
        # a short Dutch heading read as German/Afrikaans: no score of ours to give
        part.lang, part.lang_confidence = doc_lang, None
