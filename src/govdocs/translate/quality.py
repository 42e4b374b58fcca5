"""Per-segment quality signals: what a reader should check before trusting a sentence.

Each check is cheap and local to the segment (no second model):

- ``protected_span_missing``: a protected span's English rendering is not in the target;
- ``number_mismatch``: the numbers of the target (digits only, so ``1.000,5`` and ``1,000.5``
  agree) differ from those of the source with its protected spans rendered;
- ``untranslated``: the model returned its input, or the target still reads as the source
  language (function words, the first tier of :mod:`govdocs.language`);
- ``length_ratio``: target length / source length outside ``LENGTH_RATIO`` (sources of at least
  ``MIN_RATIO_CHARS`` characters);
- ``repetition``: a token loop, one to four tokens repeated ``LOOP`` times in a row, that the
  source does not have;
- ``truncated``: decoding stopped at CTranslate2's length limit or the input was cut;
- ``low_quality``: the model's score is below the ``min_quality`` asked for (``--min-quality``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import SegmentFlag
from .protect import Protected, numbers_in

__all__ = ["LENGTH_RATIO", "segment_flags"]

LENGTH_RATIO = (0.4, 2.5)
MIN_RATIO_CHARS = 20
LOOP = 4


def _has_loop(words: Sequence[str]) -> bool:
    for size in range(1, 5):
        need = LOOP if size == 1 else 3
        for start in range(0, len(words) - size * need + 1):
            unit = words[start : start + size]
            if all(
                words[start + k * size : start + (k + 1) * size] == unit for k in range(1, need)
            ):
                return True
    return False


def _reads_as(text: str, lang: str) -> bool:
    from ..language import function_word_language

    return function_word_language(text) == lang


def segment_flags(
    source: str,
    target: str,
    spans: Sequence[Protected],
    *,
    source_lang: str,
    model_inputs: Sequence[str] = (),
    model_outputs: Sequence[str] = (),
    truncated: bool = False,
    score: float | None = None,
    min_quality: float | None = None,
) -> list[SegmentFlag]:
    """The flags of one segment. ``model_inputs``/``model_outputs``: what the model was given
    and returned for it (the pieces between protected spans)."""
    flags: list[SegmentFlag] = []
    if any(span.target not in target for span in spans):
        flags.append(SegmentFlag.protected_span_missing)
    expected = source
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        expected = expected[: span.start] + span.target + expected[span.end :]
    if numbers_in(expected) != numbers_in(target):
        flags.append(SegmentFlag.number_mismatch)
    modelled = " ".join(model_inputs)
    output = " ".join(model_outputs)
    if sum(c.isalpha() for c in modelled) >= 3 and (
        output.strip().casefold() == modelled.strip().casefold()
        or (len(output.split()) >= 4 and _reads_as(output, source_lang))
    ):
        flags.append(SegmentFlag.untranslated)
    if len(source) >= MIN_RATIO_CHARS:
        ratio = len(target) / len(source)
        if not LENGTH_RATIO[0] <= ratio <= LENGTH_RATIO[1]:
            flags.append(SegmentFlag.length_ratio)
    words = target.split()
    if len(words) >= 4 and _has_loop(words) and not _has_loop(source.split()):
        flags.append(SegmentFlag.repetition)
    if truncated:
        flags.append(SegmentFlag.truncated)
    if min_quality is not None and score is not None and score < min_quality:
        flags.append(SegmentFlag.low_quality)
    return flags
