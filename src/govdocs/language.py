"""Language of each block, footnote and title, and of the whole document, in two tiers.

langdetect is the judge, but it costs about 2 ms for a heading and 12 ms for a paragraph and, on
short text, confuses close relatives (Dutch headings read as Afrikaans or German). So it is asked
far less:

1. **Function words** (:mod:`govdocs._function_words`): running text in Dutch, English, French,
   German, Spanish, Italian, Portuguese, Afrikaans or West Frisian is decided by counting its function words.
   A verdict needs a clear margin over the runner-up and, in long text, enough of its tokens to be
   function words of that language; the confidence is ``odds / (1 + odds)`` with the odds doubling
   per unit of margin. This decides most paragraphs in about 0.05 ms.
2. **The document's own languages as priors** for short parts without a verdict (headings,
   names, references): a naive Bayes over langdetect's own character n-gram profiles, restricted
   to the languages the first tier found in this document (plus English, the usual guest), with
   priors from their share of the text. A Dutch heading cannot become Afrikaans, an English title
   inside a Dutch report stays English.
3. **langdetect** for long parts that no first-tier language explains (another language, lists of
   names, symbols), and to find the document's languages when the first tier found none.

Fewer than :data:`MIN_LETTERS` letters is ``und``. The document language is the language holding
the most characters among the determined parts. Deterministic (langdetect runs with a fixed seed).
"""

from __future__ import annotations

import functools
import math
import re
import threading
from collections import Counter
from typing import Any

from .budget import checkpoint
from .document import Document
from .models import Block, Footnote

__all__ = [
    "MIN_CHARS",
    "MIN_CONFIDENCE",
    "STATS",
    "detect",
    "detect_document",
    "function_word_language",
    "langdetect_ranked",
]

#: Fewer letters than this and a text on its own is not called (see :func:`detect`).
MIN_CHARS = 20
#: Fewer letters than this and a part of a document is ``und`` whatever its neighbours are.
MIN_LETTERS = 3
#: Below this probability langdetect's result is ``und``.
MIN_CONFIDENCE = 0.80
#: Parts with fewer letters than this lean towards the document's languages.
SHORT_LETTERS = 200
MIN_SHORT_SUPPORT = 0.10
#: First tier: the margin (in function-word units) a verdict needs over the runner-up, the
#: ratio to it, and in texts of more than :data:`COVERAGE_FROM` tokens the share of tokens that
#: must be the winner's function words.
WORD_MARGIN = 2.0
WORD_RATIO = 2.0
COVERAGE_FROM = 12
MIN_COVERAGE = 0.15
#: Second tier: the prior every language of the document gets at least, and the guest language
#: (not seen in the document's running text, but the usual language of quoted titles and terms)
#: with its prior.
PRIOR_FLOOR = 0.05
GUEST = "en"
GUEST_PRIOR = 0.02
#: Each character yields three overlapping n-grams that are far from independent: their
#: log-likelihoods are tempered so short texts are not called with false certainty.
TEMPER = 1 / 3
#: A long part the function words left open is decided by the profiles only this surely.
LONG_PROFILE_CONFIDENCE = 0.99
#: Without first-tier verdicts, langdetect reads this many letters of the document at once.
SAMPLE_LETTERS = 3000
#: When the function words decide less than this share of a document's letters and the parts
#: they leave open are not made of first-tier function words either (fewer than
#: :data:`MIN_OPEN_COVERAGE` of their tokens: Dutch or French left open between close relatives
#: has 0.25 to 0.45, Danish, Swedish, Estonian or Greek 0 to 0.15), langdetect reads those parts
#: to find the document's languages: a few blocks decided by words a language the first tier does
#: not know shares with one it knows ("at", "i", "for" in Danish) must not make it English.
MIN_DECIDED_SHARE = 0.5
MIN_OPEN_COVERAGE = 0.2
#: Languages langdetect confuses with the key language in short texts.
RELATIVES: dict[str, frozenset[str]] = {
    "nl": frozenset({"af", "de", "fy", "lb", "da", "no", "sv"}),
    "de": frozenset({"nl", "lb", "da"}),
    "fr": frozenset({"ca", "it", "es", "ro"}),
}
#: How often each tier decided since import (read by ``bench/language.py``).
STATS: Counter[str] = Counter()
_SEED = 0
_SMOOTHING = 0.5 / 10000  # langdetect's own: alpha / BASE_FREQ
_lock = threading.Lock()
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
# an address token from its start ("[^\s@]*" cannot backtrack): linear even in a megabyte
# without spaces, where "\S+@" retried every position of the run (quadratic)
_URL = re.compile(r"(https?://|www\.)\S+|(?<!\S)[^\s@]*@\S+")
# words, with French/Italian elisions (l', d', qu') as tokens of their own
_WORD = re.compile(r"[^\W\d_]+(?:['’](?=[^\W\d_]))?|['’]n\b", re.UNICODE)

Verdict = tuple[str, float | None]
_DIGIT = re.compile(r"\d")


def _factory() -> Any:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = _SEED
    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def _clean(text: str) -> tuple[str, int]:
    """Text without addresses (lower-cased when mostly capitals) and its number of letters."""
    clean = _URL.sub(" ", text)
    worded = [token for token in clean.split() if _LETTERS.search(token)]
    if worded and all(_DIGIT.search(token) for token in worded):
        # letters only inside codes ("RO-01606 15/01/2021 0 RO-01607"): nothing a language
        # can be told from ("O ja?" is Dutch)
        return clean, 0
    letters = _LETTERS.findall(clean)
    # langdetect's profiles are built from mixed-case text: headings in capitals read as German
    if sum(map(str.isupper, letters)) > 0.6 * len(letters):
        clean = clean.lower()
    return clean, len(letters)


def _langdetect(clean: str) -> list[tuple[str, float]]:
    from langdetect.lang_detect_exception import LangDetectException

    STATS["langdetect"] += 1
    with _lock:
        factory = _factory()
        try:
            detector = factory.create()
            detector.append(clean)
            ranked = detector.get_probabilities()
        except LangDetectException:
            return []
    return [(str(r.lang).split("-")[0], round(float(r.prob), 4)) for r in ranked]


def langdetect_ranked(text: str) -> list[tuple[str, float]]:
    """langdetect's candidates for ``text``, best first; empty when it cannot be called."""
    clean, letters = _clean(text)
    return _langdetect(clean) if letters >= MIN_CHARS else []


#: First-tier evidence of a text: languages by function-word weight, best first, and the number
#: of tokens (computed once per part, read by the verdict and by the leaders).
WordScores = tuple[list[tuple[str, float]], int]


def _word_scores(clean: str) -> WordScores:
    """First-tier languages by function-word weight, best first (ties in list order), and the
    number of tokens."""
    from ._function_words import WEIGHTS

    tokens = _WORD.findall(clean.lower().replace("’", "'"))
    scores: dict[str, float] = {}
    for token in tokens:
        for lang, weight in WEIGHTS.get(token, ()):
            scores[lang] = scores.get(lang, 0.0) + weight
    return sorted(scores.items(), key=lambda item: -item[1]), len(tokens)


def _by_words(scores: WordScores) -> Verdict | None:
    """First tier: a verdict from function words, or ``None`` when they do not decide."""
    ranked, tokens = scores
    if not ranked:
        return None
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    margin = top - second
    if margin < WORD_MARGIN or top < WORD_RATIO * second:
        return None
    if tokens > COVERAGE_FROM and top < MIN_COVERAGE * tokens:
        return None
    odds = 2.0 ** min(margin, 40.0)
    return best, round(min(odds / (1.0 + odds), 0.9999), 4)


def _leaders(scores: WordScores) -> list[str]:
    """The two first-tier languages the function words point at, when they cover enough of the
    text to say it is written in one of the first-tier languages at all."""
    ranked, tokens = scores
    if not ranked or ranked[0][1] < max(WORD_MARGIN, MIN_COVERAGE / 2 * tokens):
        return []
    return [lang for lang, _ in ranked[:2]]


_WORD_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
_CAPITALS = re.compile(r"[A-Z][A-Z]")
_GRAM_LOGS: dict[tuple[str, tuple[int, ...]], tuple[float, ...] | None] = {}


def _grams(clean: str) -> Counter[str]:
    """langdetect's 1-, 2- and 3-grams of ``clean`` (words padded with a space each side; words
    with two capitals in a row skipped, as langdetect skips them)."""
    grams: list[str] = []  # counted at once, in the order langdetect meets them
    for word in _WORD_LETTERS.findall(clean):
        if _CAPITALS.search(word):
            continue
        padded = f" {word} "
        grams += word
        grams += [padded[i : i + 2] for i in range(len(padded) - 1)]
        grams += [padded[i : i + 3] for i in range(len(padded) - 2)]
    return Counter(grams)


@functools.lru_cache(maxsize=1)
def _profile_index(langlist: tuple[str, ...]) -> dict[str, int]:
    return {lang.split("-")[0]: i for i, lang in enumerate(langlist)}


def _by_profiles(clean: str, priors: dict[str, float]) -> dict[str, float] | None:
    """Second tier: naive Bayes over langdetect's character n-gram profiles of the candidate
    languages, with the document's priors: the posterior of each candidate; ``None`` when no
    n-gram is known."""
    with _lock:
        factory = _factory()
    index = _profile_index(tuple(factory.langlist))
    langs = [lang for lang in priors if lang in index]
    if not langs:
        return None
    columns = tuple(index[lang] for lang in langs)
    logp = [math.log(priors[lang]) for lang in langs]
    table = factory.word_lang_prob_map
    known = 0
    for gram, count in _grams(clean).items():
        key = (gram, columns)
        if key not in _GRAM_LOGS:
            probs = table.get(gram)
            _GRAM_LOGS[key] = (
                None
                if probs is None
                else tuple(TEMPER * math.log(probs[c] + _SMOOTHING) for c in columns)
            )
        logs = _GRAM_LOGS[key]
        if logs is None:
            continue
        known += count
        for k, value in enumerate(logs):
            logp[k] += count * value
    if not known:
        return None
    peak = max(logp)
    weights = [math.exp(v - peak) for v in logp]
    total = sum(weights)
    return {lang: w / total for lang, w in zip(langs, weights, strict=True)}


def _decide(ranked: list[tuple[str, float]]) -> Verdict:
    if not ranked:
        return "und", None
    lang, confidence = ranked[0]
    if confidence < MIN_CONFIDENCE:
        return "und", confidence
    return lang, confidence


def function_word_language(text: str) -> str | None:
    """The language the function words of ``text`` clearly point at, or ``None`` (the cheap
    first tier alone; the translation checks use it to see whether a target still reads as
    its source language)."""
    clean, _ = _clean(text)
    verdict = _by_words(_word_scores(clean))
    return verdict[0] if verdict is not None else None


def detect(text: str) -> Verdict:
    """``(language, confidence)`` for ``text`` on its own; ``("und", None)`` when it cannot be
    called. Inside a document use :func:`detect_document`, which also uses the document's
    languages as priors for short parts."""
    clean, letters = _clean(text)
    if letters < MIN_CHARS:
        return "und", None
    verdict = _by_words(_word_scores(clean))
    if verdict is not None:
        STATS["words"] += 1
        return verdict
    return _decide(_langdetect(clean))


def detect_document(doc: Document) -> None:
    """Set ``lang``/``lang_confidence`` on every block and footnote, the title and the document.

    Parts the function words decide keep that verdict. The languages found so (by characters)
    are the document's priors: short parts are decided among them by character n-grams, long
    parts no function words explain go to langdetect, whose answer yields to the document's
    language when it is a close relative that langdetect confuses with it.
    """
    parts: list[Block | Footnote] = [*doc.blocks, *doc.footnotes]
    cleaned = [_clean(part.text) for part in parts]
    scores: list[WordScores] = []
    verdicts: list[Verdict | None] = []
    for clean, letters in cleaned:
        checkpoint()
        scores.append(_word_scores(clean) if letters >= MIN_LETTERS else ([], 0))
        verdicts.append(_by_words(scores[-1]) if letters >= MIN_LETTERS else ("und", None))
    shares = _document_shares(parts, cleaned, scores, verdicts)
    priors = _priors(shares)
    main = max(shares, key=lambda lang: shares[lang]) if shares else "und"
    memo: dict[str, Verdict] = {}
    for i, (part, (clean, letters)) in enumerate(zip(parts, cleaned, strict=True)):
        verdict = verdicts[i]
        if verdict is None:
            checkpoint()
            if clean not in memo:
                memo[clean] = _judge(clean, letters, scores[i], priors, main)
            verdict = memo[clean]
        else:
            STATS["words" if verdict[0] != "und" else "too_short"] += 1
        part.lang, part.lang_confidence = verdict
    _document_language(doc, parts)
    if doc.title:
        clean, letters = _clean(doc.title)
        title_scores = _word_scores(clean)
        title = _by_words(title_scores) if letters >= MIN_LETTERS else ("und", None)
        if title is None:
            title = _judge(clean, letters, title_scores, priors, doc.language)
        doc.title_lang = title[0] if title[0] != "und" else doc.language


def _judge(
    clean: str, letters: int, scores: WordScores, priors: dict[str, float], main: str
) -> Verdict:
    """A part the function words left open. The candidates are the document's languages plus
    the languages the part's own function words point at; character profiles decide among them
    (short parts always, long parts when they are sure), langdetect decides the rest."""
    leaders = _leaders(scores)
    candidates = dict(priors)
    # the runner-up only where the profiles have text enough to tell close relatives apart
    for lang in leaders if letters >= SHORT_LETTERS else leaders[:1]:
        candidates.setdefault(lang, PRIOR_FLOOR)
    total = sum(candidates.values())
    candidates = {lang: p / total for lang, p in candidates.items()}
    if len(candidates) == 1 and letters < SHORT_LETTERS:
        return next(iter(candidates)), None
    if candidates and (letters < SHORT_LETTERS or leaders):
        posterior = _by_profiles(clean, candidates)
        if posterior is not None:
            best = max(posterior, key=lambda lang: posterior[lang])
            if (
                letters < MIN_CHARS
                and not leaders
                and posterior.get(main, 0.0) >= MIN_SHORT_SUPPORT
            ):
                # a word or two: the document's language unless the profiles rule it out
                best = main
            if letters < SHORT_LETTERS or posterior[best] >= LONG_PROFILE_CONFIDENCE:
                STATS["profiles"] += 1
                return best, round(posterior[best], 4)
    if letters < MIN_CHARS:
        return (main, None) if main != "und" else ("und", None)
    ranked = _langdetect(clean)
    lang, confidence = _decide(ranked)
    if main != "und" and lang != main:
        support = dict(ranked).get(main, 0.0)
        if lang in RELATIVES.get(main, ()) and support >= MIN_SHORT_SUPPORT:
            return main, support
    return lang, confidence


def _shares(parts: list[Block | Footnote], verdicts: list[Verdict | None]) -> dict[str, float]:
    weights: Counter[str] = Counter()
    for part, verdict in zip(parts, verdicts, strict=True):
        if verdict is not None and verdict[0] != "und":
            weights[verdict[0]] += len(part.text)
    total = sum(weights.values())
    return {lang: n / total for lang, n in weights.items()} if total else {}


def _document_shares(
    parts: list[Block | Footnote],
    cleaned: list[tuple[str, int]],
    scores: list[WordScores],
    verdicts: list[Verdict | None],
) -> dict[str, float]:
    """The document's languages with their shares: the first tier's verdicts, completed by one
    langdetect call on the parts it left open when those hold most of the document's letters and
    are not in a first-tier language (see :data:`MIN_DECIDED_SHARE`)."""
    shares = _shares(parts, verdicts)
    total = sum(letters for _, letters in cleaned)
    decided = sum(
        letters
        for (_, letters), verdict in zip(cleaned, verdicts, strict=True)
        if verdict is not None and verdict[0] != "und"
    )
    known = decided / total if total else 1.0
    if known >= MIN_DECIDED_SHARE:
        return shares
    # each token's weights sum to one over the languages that share it
    tokens = function_words = 0.0
    for (ranked, count), verdict in zip(scores, verdicts, strict=True):
        if verdict is None:
            tokens += count
            function_words += sum(weight for _, weight in ranked)
    if shares and function_words >= MIN_OPEN_COVERAGE * tokens:
        return shares
    open_parts = [c for c, verdict in zip(cleaned, verdicts, strict=True) if verdict is None]
    sampled = _sampled_shares(open_parts)
    if not sampled:
        return shares
    merged = {lang: known * share for lang, share in shares.items()}
    for lang, share in sampled.items():
        merged[lang] = merged.get(lang, 0.0) + (1.0 - known) * share
    return merged


def _sampled_shares(cleaned: list[tuple[str, int]]) -> dict[str, float]:
    """The document's languages by langdetect, when the first tier knows none of its text: one
    call on the longest parts together (one call, and long text is where langdetect is right)."""
    sample: list[str] = []
    letters = 0
    for clean, n in sorted(cleaned, key=lambda c: -c[1]):
        if letters >= SAMPLE_LETTERS:
            break
        sample.append(clean)
        letters += n
    if letters < MIN_CHARS:
        return {}
    ranked = _langdetect("\n".join(sample))
    return {lang: p for lang, p in ranked if p >= MIN_SHORT_SUPPORT}


def _priors(shares: dict[str, float]) -> dict[str, float]:
    """The document's languages (and the guest) with their shares, none below the floor."""
    priors = {lang: max(share, PRIOR_FLOOR) for lang, share in shares.items() if share >= 0.02}
    if priors:
        priors.setdefault(GUEST, GUEST_PRIOR)
    total = sum(priors.values())
    return {lang: p / total for lang, p in priors.items()}


_TAG = re.compile(r"^[a-z]{2}$")
_ISO639_2 = {
    "nld": "nl",
    "dut": "nl",
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "deu": "de",
    "ger": "de",
}


def _declared(doc: Document) -> str:
    """The language the source's own metadata declares (``DCTERMS.language``, ``DC.language``,
    ``dc:language``), or ``und``."""
    meta = doc.raw.metadata
    for table in (meta.get("metadata_xml"), meta.get("meta"), meta):
        if not isinstance(table, dict):
            continue
        for key in ("DCTERMS.language", "DC.language", "dc:language", "language"):
            value = table.get(key)
            if isinstance(value, list):
                value = value[0] if value else None
            if isinstance(value, str):
                code = re.split(r"[-_]", value.strip().lower())[0]
                code = _ISO639_2.get(code, code)
                if _TAG.match(code):
                    return code
    return "und"


def _running_letters(text: str) -> int:
    """The letters of ``text``'s words that open in lower case or in a script without case:
    running text, not the names and figures of a table ("Desaipeta West, Prakasam 126.40")."""
    return sum(len(word) for word in text.split() if word[:1].isalpha() and not word[:1].isupper())


#: how close to the largest language another must come to be a parallel version of the text
_PARALLEL = 0.85


def _document_language(doc: Document, parts: list[Block | Footnote]) -> None:
    # each part weighs by its running text; a document of names and capitals alone by its
    # characters
    running = [_running_letters(part.text) if part.lang != "und" else 0 for part in parts]
    sizes = running if sum(running) >= 200 else [len(part.text) for part in parts]
    weights: Counter[str] = Counter()
    confidences: dict[str, list[tuple[float, int]]] = {}
    for part, size in zip(parts, sizes, strict=True):
        if part.lang != "und":
            weights[part.lang] += size
            if part.lang_confidence is not None:
                confidences.setdefault(part.lang, []).append((part.lang_confidence, size))
    if not weights:
        # no text to call (a metadata file on its own): the language the format declares
        doc.language, doc.language_confidence = _declared(doc), None
        return
    lang, total = weights.most_common(1)[0]
    # a document in parallel versions (Finnish, Swedish and English, one after the other)
    # opens in its main language: of languages about as large as the largest, the first
    first = {part.lang: index for index, part in reversed(list(enumerate(parts)))}
    close = [other for other, weight in weights.items() if weight >= _PARALLEL * total]
    lang = min(close, key=lambda other: first[other])
    total = weights[lang]
    scored = confidences.get(lang, [])
    scored_chars = sum(n for _, n in scored)
    mean = sum(c * n for c, n in scored) / scored_chars if scored_chars else 0.0
    doc.language = lang
    doc.language_confidence = round(mean * total / sum(weights.values()), 4) if scored else None
