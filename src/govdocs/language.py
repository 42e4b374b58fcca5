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

from .document import Document
from .models import Block, Footnote

__all__ = ["MIN_CHARS", "MIN_CONFIDENCE", "detect", "detect_document"]

#: Fewer letters than this and we do not call a language.
MIN_CHARS = 20
#: Below this probability the result is ``und``.
MIN_CONFIDENCE = 0.80
_SEED = 0
_lock = threading.Lock()
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_URL = re.compile(r"(https?://|www\.)\S+|\S+@\S+")


def _factory() -> Any:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = _SEED
    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def detect(text: str) -> tuple[str, float | None]:
    """``(language, confidence)`` for ``text``; ``("und", None)`` when it cannot be called."""
    clean = _URL.sub(" ", text)
    if len(_LETTERS.findall(clean)) < MIN_CHARS:
        return "und", None
    from langdetect.lang_detect_exception import LangDetectException

    with _lock:
        factory = _factory()
        try:
            detector = factory.create()
            detector.append(clean)
            ranked = detector.get_probabilities()
        except LangDetectException:
            return "und", None
    if not ranked:
        return "und", None
    best = ranked[0]
    confidence = round(float(best.prob), 4)
    if confidence < MIN_CONFIDENCE:
        return "und", confidence
    return str(best.lang).split("-")[0], confidence


def detect_document(doc: Document) -> None:
    """Set ``lang``/``lang_confidence`` on every block and footnote, the title and the document."""
    weights: Counter[str] = Counter()
    confidences: dict[str, list[tuple[float, int]]] = {}
    parts: list[Block | Footnote] = [*doc.blocks, *doc.footnotes]
    for part in parts:
        lang, confidence = detect(part.text)
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
    if doc.title:
        title_lang, _ = detect(doc.title)
        # A title is short: trust the document language unless the title clearly says otherwise.
        doc.title_lang = title_lang if title_lang != "und" else doc.language
