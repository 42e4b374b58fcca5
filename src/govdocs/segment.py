"""Sentence segmentation with character offsets, for Dutch and English.

pysbd (rule-based, maintained, supports both languages, keeps character spans) does the
splitting. Measured on 300 sentences of corpus text, it split after Dutch abbreviations common in
government text (``mevr.``, ``drs.``) and after initials (``W.B. Hoekstra``); a second pass joins
a segment to the next when it ends in such an abbreviation or in initials. Offsets index the
original text, segments are trimmed of surrounding whitespace.
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
