"""Sentence segmentation with character offsets, for Dutch and English.

pysbd (rule-based, maintained, supports both languages, keeps character spans) does the
splitting. Measured on 300 sentences of corpus text, it split after Dutch abbreviations common in
government text (``mevr.``, ``drs.``) and after initials (``W.B. Hoekstra``); a second pass joins
a segment to the next when it ends in such an abbreviation or in initials. Offsets index the
original text, segments are trimmed of surrounding whitespace.

Speed: pysbd builds its regular expressions from strings on every call (one per abbreviation
found, per text), far more than the 512 patterns :mod:`re` keeps compiled, so most of its time
went into compiling the same patterns again (59% of sentence splitting, profiled on 109 corpus
paragraphs). govdocs gives pysbd's modules a ``re`` that keeps compiled patterns in a larger
cache (:class:`_CachedRe`): the same functions on the same patterns, so the same sentences,
2.6x faster.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["ABBREVIATIONS", "Span", "split_sentences"]

#: Abbreviations after which a sentence does not end (lower-case, with their final dot).
ABBREVIATIONS = frozenset(
    [
        "o.a.",
        "d.w.z.",
        "jl.",
        "nr.",
        "nrs.",
        "blz.",
        "mevr.",
        "dhr.",
        "drs.",
        "dr.",
        "mr.",
        "ir.",
        "ing.",
        "prof.",
        "bijv.",
        "m.b.t.",
        "t.a.v.",
        "i.v.m.",
        "e.d.",
        "enz.",
        "vgl.",
        "art.",
        "artt.",
        "ca.",
        "c.q.",
        "resp.",
        "jo.",
        "incl.",
        "excl.",
        "evt.",
        "mln.",
        "mld.",
        "mrd.",
        "t.z.t.",
        "z.s.m.",
        "p.",
        "pp.",
        "st.",
        "vs.",
        "min.",
        "sr.",
        "jr.",
        "kon.",
        "e.a.",
        "a.s.",
        "j.l.",
        "m.u.v.",
        "n.a.v.",
        "t.b.v.",
        "i.p.v.",
        "m.i.v.",
        "e.g.",
        "i.e.",
        "mrs.",
        "ms.",
        "no.",
        "cf.",
        "fig.",
        "para.",
        "approx.",
        "dept.",
        "gov.",
        "hon.",
        "rev.",
        "sec.",
        "vol.",
        "etc.",
    ]
)
_INITIALS = re.compile(r"(?:^|\s)(?:[A-Z][a-z]?\.){1,5}$")
_LAST_TOKEN = re.compile(r"(\S+)$")


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int


_local = threading.local()


@lru_cache(maxsize=8)
def _language(lang: str) -> str:
    import pysbd.languages

    return lang if lang in pysbd.languages.LANGUAGE_CODES else "en"


class _CachedRe:
    """The :mod:`re` functions pysbd calls, over compiled patterns kept in a bounded dict."""

    MAX = 8192

    def __init__(self) -> None:
        self._compiled: dict[tuple[Any, int], re.Pattern[str]] = {}
        self._lock = threading.Lock()

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[str]:
        if isinstance(pattern, re.Pattern):
            return pattern
        key = (pattern, int(flags))
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = re.compile(pattern, flags)
            with self._lock:
                if len(self._compiled) >= self.MAX:
                    self._compiled.clear()
                self._compiled[key] = compiled
        return compiled

    def sub(self, pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
        return self.compile(pattern, flags).sub(repl, string, count)

    def subn(
        self, pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0
    ) -> tuple[str, int]:
        return self.compile(pattern, flags).subn(repl, string, count)

    def search(self, pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        return self.compile(pattern, flags).search(string)

    def match(self, pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        return self.compile(pattern, flags).match(string)

    def fullmatch(self, pattern: Any, string: str, flags: int = 0) -> re.Match[str] | None:
        return self.compile(pattern, flags).fullmatch(string)

    def findall(self, pattern: Any, string: str, flags: int = 0) -> list[Any]:
        return self.compile(pattern, flags).findall(string)

    def finditer(self, pattern: Any, string: str, flags: int = 0) -> Any:
        return self.compile(pattern, flags).finditer(string)

    def split(self, pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list[Any]:
        return self.compile(pattern, flags).split(string, maxsplit)


_CACHED_RE = _CachedRe()


_PLAIN = re.compile(r"[a-z]+")
#: What :func:`_speed_up_pysbd` replaced (the test comparing with plain pysbd restores them).
_PYSBD_ORIGINALS: dict[str, Any] = {}


@dataclass(frozen=True)
class _Abbreviations:
    """One language's abbreviation list, split for fast look-up: where each plain-letter
    abbreviation stands in the list; the others with a period, keyed by the three characters
    around their first period (``"a.h.v"`` under ``"a.h"``: wherever the abbreviation occurs
    in a text, so do those three characters around one of the text's periods); and the few
    others without a period, in list order."""

    plain: dict[str, list[int]]
    dotted: dict[str, list[tuple[int, str]]]
    undotted: list[tuple[int, str]]


_ABBREVIATION_LISTS: dict[int, tuple[list[str], _Abbreviations]] = {}
_LETTER_RUN = re.compile(r"([a-z]+)\.")


def _abbreviations(listed: list[str]) -> _Abbreviations:
    cached = _ABBREVIATION_LISTS.get(id(listed))
    if cached is None or cached[0] is not listed:
        plain: dict[str, list[int]] = {}
        dotted: dict[str, list[tuple[int, str]]] = {}
        undotted: list[tuple[int, str]] = []
        for index, abbr in enumerate(listed):
            stripped = abbr.strip()
            period = stripped.find(".")
            if _PLAIN.fullmatch(stripped):
                plain.setdefault(stripped, []).append(index)
            elif 0 < period < len(stripped) - 1:
                key = stripped[period - 1 : period + 2]
                dotted.setdefault(key, []).append((index, stripped))
            else:
                undotted.append((index, stripped))
        cached = (listed, _Abbreviations(plain, dotted, undotted))
        _ABBREVIATION_LISTS[id(listed)] = cached
    return cached[1]


def _periods(text: str) -> list[int]:
    """Offsets of the periods in ``text`` after its first character."""
    out = []
    at = text.find(".", 1)
    while at != -1:
        out.append(at)
        at = text.find(".", at + 1)
    return out


def _present(table: _Abbreviations, lowered: str) -> list[str]:
    """The abbreviations of ``table`` that pysbd would go on to look for in ``lowered``, in
    the list's order: the plain ones followed by a period, and the others occurring at all."""
    endings = {run[start:] for run in _LETTER_RUN.findall(lowered) for start in range(len(run))}
    found = [(index, stripped) for stripped in endings for index in table.plain.get(stripped, ())]
    keys = {lowered[at - 1 : at + 2] for at in _periods(lowered)}
    found += [
        (index, stripped)
        for key in keys
        for index, stripped in table.dotted.get(key, ())
        if stripped in lowered
    ]
    found += [(index, stripped) for index, stripped in table.undotted if stripped in lowered]
    return [stripped for _, stripped in sorted(found)]


def _search_for_abbreviations_in_string(self: Any, text: str) -> str:
    """pysbd's ``AbbreviationReplacer.search_for_abbreviations_in_string`` (MIT, pysbd 0.3.4)
    with one more skip: an abbreviation of plain letters that is never followed by a period
    in the text is passed over, since every replacement it could lead to rewrites such a
    period (``(?<=\\s{abbr})\\.``). pysbd checks only that the letters occur somewhere, so
    ``al`` ran two regular expressions and a substitution for every word starting with "al".
    Which plain abbreviations are followed by a period is read off the text once (every
    ending of each run of letters before a period) and looked up, instead of walking the
    language's 1,656 abbreviations; those found are handled in the list's order, as pysbd does."""
    for stripped in _present(_abbreviations(self.lang.Abbreviation.ABBREVIATIONS), text.lower()):
        abbrev_match = _CACHED_RE.findall(
            r"(?:^|\s|\r|\n){}".format(stripped),  # noqa: UP032 - pysbd's own pattern
            text,
            flags=re.IGNORECASE,
        )
        if not abbrev_match:
            continue
        next_word_start = r"(?<={" + str(re.escape(stripped)) + "} ).{1}"
        char_array = _CACHED_RE.findall(next_word_start, text)
        for ind, match in enumerate(abbrev_match):
            text = self.scan_for_replacements(text, match, ind, char_array)
    return text


_TRAILING_SPACE = re.compile(r"\s*")


def _sentences_with_char_spans(self: Any, sentences: list[str]) -> list[Any]:
    """pysbd's ``Segmenter.sentences_with_char_spans`` (MIT, pysbd 0.3.4) with
    :meth:`str.find` for its regular expression: pysbd compiled ``re.escape(sentence)`` and a
    whitespace run for every sentence to find it in the text, most of its time on text seen
    once.
    The matches are the ones ``re.finditer`` gives (the sentence's occurrences left to right,
    each search resuming where the last match ended, with the whitespace after it), and the
    first one ending after the previous sentence's span is taken, as pysbd does."""
    from pysbd.utils import TextSpan

    text = self.original_text
    spans = []
    prior_end = 0
    for sentence in sentences:
        at = text.find(sentence)
        while at != -1:
            end = _TRAILING_SPACE.match(text, at + len(sentence)).end()  # type: ignore[union-attr]
            if end > prior_end:
                spans.append(TextSpan(text[at:end], at, end))
                prior_end = end
                break
            at = text.find(sentence, end if end > at else at + 1)
    return spans


@lru_cache(maxsize=1)
def _speed_up_pysbd() -> None:
    """Point every pysbd module that imported :mod:`re` at :data:`_CACHED_RE`, give pysbd's
    abbreviation replacer the skip of :func:`_search_for_abbreviations_in_string`, and its
    segmenter the plain search of :func:`_sentences_with_char_spans`."""
    import sys

    from pysbd import Segmenter
    from pysbd.abbreviation_replacer import AbbreviationReplacer

    for name, module in list(sys.modules.items()):
        if (name == "pysbd" or name.startswith("pysbd.")) and getattr(module, "re", None) is re:
            _PYSBD_ORIGINALS[name] = re
            module.re = _CACHED_RE  # type: ignore[attr-defined]
    _PYSBD_ORIGINALS["search"] = AbbreviationReplacer.search_for_abbreviations_in_string
    AbbreviationReplacer.search_for_abbreviations_in_string = _search_for_abbreviations_in_string
    _PYSBD_ORIGINALS["spans"] = Segmenter.sentences_with_char_spans
    Segmenter.sentences_with_char_spans = _sentences_with_char_spans


def _segmenter(lang: str) -> Any:
    cache: dict[str, Any] = getattr(_local, "segmenters", {})
    _local.segmenters = cache
    if lang not in cache:
        try:
            import pysbd
        except ImportError as exc:
            from .errors import ModelNotInstalledError

            raise ModelNotInstalledError(
                "sentence segmentation needs pysbd", hint="pip install 'govdocs[translate]'"
            ) from exc

        cache[lang] = pysbd.Segmenter(language=_language(lang), clean=False, char_span=True)
        _speed_up_pysbd()
    return cache[lang]


def _ends_unfinished(text: str) -> bool:
    stripped = text.rstrip()
    if _INITIALS.search(stripped):
        return True
    match = _LAST_TOKEN.search(stripped)
    token = match.group(1).lower().lstrip("(«\"'") if match else ""
    return token in ABBREVIATIONS


def split_sentences(text: str, lang: str = "nl") -> list[Span]:
    """Sentences of ``text`` with their offsets; empty text gives no sentences."""
    if not text.strip():
        return []
    spans: list[tuple[int, int]] = []
    for piece in _segmenter(lang).segment(text):
        start, end = int(piece.start), int(piece.end)
        if spans and _ends_unfinished(text[spans[-1][0] : spans[-1][1]]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    out = []
    for start, end in spans:
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        s, e = start + lead, end - trail
        if s < e:
            out.append(Span(text[s:e], s, e))
    if not out:
        stripped = text.strip()
        s = text.index(stripped)
        out.append(Span(stripped, s, s + len(stripped)))
    return out
