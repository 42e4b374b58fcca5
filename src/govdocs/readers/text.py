"""Plain text in any common encoding -> paragraphs (blocks separated by blank lines).

Decoding is decided from the bytes, in this order (:func:`decode_source`):

1. a byte-order mark wins;
2. ISO-2022 escape sequences (``ESC $ B`` ...) mark 7-bit Japanese or Korean text, which would
   otherwise pass for ASCII;
3. UTF-16 or UTF-32 without a byte-order mark shows as zero bytes in every second (fourth)
   position, which would otherwise look binary;
4. strict UTF-8 (and so ASCII);
5. otherwise the encoding is a guess: charset-normalizer's best *Western* code page (cp1252,
   ISO 8859-15, Latin-1) is taken when it is strong, that is when it reads without chaos, the
   language charset-normalizer sees in it is written in Western code pages, and all of its
   non-ASCII letters belong to one Western language's alphabet (Turkish ``kalabalık`` read as
   cp1252 gives ``kalabalýk``: ``ý`` belongs to no Western language government text is written
   in). A weak Western guess lets charset-normalizer choose among all code pages, each scored by
   the same alphabet check over more languages (Central European, Turkish, Baltic), less its
   chaos; the Western reading stays when nothing scores better. Multi-byte Asian text that
   charset-normalizer will not score (too much "chaos" in short markup) is still read when it
   decodes strictly as CP932, EUC-JP, GB18030, Big5 or CP949.

Every guess (4 and 5, and 2-3, which are deduced rather than stated) is reported as a warning
``encoding_guess`` with its confidence, so a record says when its text may be misread. The
choice of thresholds is measured by ``bench/encodings.py`` on the legacy-encoded samples of
chardet's and charset-normalizer's test data.

Line ends are normalised to ``\\n``. Text carrying Markdown marks (headings, ``**bold**``,
``<sup>`` footnotes) is handed to the Markdown reader. Lines inside a paragraph are kept as
printed: the structure stage decides how to join them.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace

from ..document import RawBlock, RawDocument
from ..errors import CorruptDocumentError, UnsupportedFormatError
from ..models import SourceFormat, Warning
from ._source import SourceBytes

__all__ = [
    "Decoded",
    "alphabet_fit",
    "decode",
    "decode_source",
    "decode_text",
    "decode_text_source",
    "read",
    "split_paragraphs",
]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls other than tab, newline, carriage return, form feed
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Tried first when a file is not UTF-8 (see :func:`decode`).
WESTERN_ENCODINGS = ("cp1252", "iso8859_15", "latin_1")
MAX_WESTERN_CHAOS = 0.1
#: More control characters than this share of the text means binary content.
MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class Decoded:
    """How a file's bytes were decoded."""

    text: str
    encoding: str
    #: ``bom``, ``utf-8``, ``escape-sequences``, ``zero-byte-pattern`` or ``guess``
    method: str
    #: 0..1 for deduced and guessed encodings, ``None`` where the bytes state it
    confidence: float | None = None

    @property
    def guessed(self) -> bool:
        return self.method not in {"bom", "utf-8"}

    def warnings(self) -> list[Warning]:
        """``encoding_guess`` when the encoding was not stated by the bytes."""
        if not self.guessed:
            return []
        how = {
            "escape-sequences": "from its ISO-2022 escape sequences",
            "zero-byte-pattern": "from the zero bytes of UTF-16/32 without a byte-order mark",
        }.get(self.method, "by charset detection")
        confidence = (
            f", confidence {min(self.confidence, 0.99):.2f}" if self.confidence is not None else ""
        )
        return [
            Warning(
                code="encoding_guess",
                message=f"the file does not state its text encoding; read as {self.encoding} "
                f"(guessed {how}{confidence}); where the guess is wrong, so are accented letters",
            )
        ]


def decode(src: SourceBytes) -> tuple[str, str]:
    """``(text, encoding)`` for the file's bytes; raises for content that is not text."""
    decoded = decode_source(src)
    return decoded.text, decoded.encoding


def decode_source(src: SourceBytes) -> Decoded:
    """The file's text and how its encoding was decided (see the module docstring)."""
    data = src.data
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding, "bom")
            except UnicodeDecodeError as exc:
                raise CorruptDocumentError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start})",
                    path=src.path,
                ) from exc
    found = _iso2022(data) or _utf16_32_without_bom(data)
    if found is not None:
        return found
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    guess = _guess(data[:_SAMPLE_BYTES])
    if guess is None:
        raise UnsupportedFormatError(
            "content is not text in any encoding govdocs recognises (binary file?)",
            path=src.path,
        )
    encoding, confidence = guess
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, "guess", confidence)


_SAMPLE_BYTES = 4 * 1024 * 1024
_ISO2022_KR = b"\x1b$)C"
_ISO2022_JP = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D", b"\x1b(I")


def _iso2022(data: bytes) -> Decoded | None:
    """7-bit ISO-2022-JP/-KR text: its escape sequences switch character sets."""
    if b"\x1b" not in data[:_SAMPLE_BYTES]:
        return None
    candidates: tuple[str, ...]
    if _ISO2022_KR in data:
        candidates = ("iso2022_kr",)
    elif any(seq in data for seq in _ISO2022_JP):
        candidates = ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext")
    else:
        return None
    for encoding in candidates:
        try:
            return Decoded(data.decode(encoding), encoding, "escape-sequences", 0.99)
        except UnicodeDecodeError:
            continue
    return None


def _utf16_32_without_bom(data: bytes) -> Decoded | None:
    """UTF-16/32 text without a byte-order mark, told by where its zero bytes fall.

    Text that is mostly Latin, markup or digits has a zero high byte in every code unit:
    UTF-32 shows zeros in three of four positions (two for text beyond U+FFFF), UTF-16 in one
    of two. A file of nothing but zero bytes matches no pattern and stays binary.
    """
    head = data[:65536]
    size = len(head) - len(head) % 4
    if size < 8 or head.count(0) < size // 4:
        return None

    def zeros(offset: int, step: int) -> float:
        part = head[offset:size:step]
        return part.count(0) / len(part)

    if len(data) % 4 == 0:
        z = [zeros(i, 4) for i in range(4)]
        if z[2] > 0.95 and z[3] > 0.95 and z[0] < 0.05:
            guesses: tuple[str, ...] = ("utf-32-le",)
        elif z[0] > 0.95 and z[1] > 0.95 and z[3] < 0.05:
            guesses = ("utf-32-be",)
        else:
            guesses = ()
        for encoding in guesses:
            try:
                return Decoded(data.decode(encoding), encoding, "zero-byte-pattern", 0.99)
            except UnicodeDecodeError:
                pass
    if len(data) % 2 == 0:
        even, odd = zeros(0, 2), zeros(1, 2)
        encoding = ""
        if odd > 0.3 and even < 0.02:
            encoding, share = "utf-16-le", odd
        elif even > 0.3 and odd < 0.02:
            encoding, share = "utf-16-be", even
        if encoding:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            return Decoded(text, encoding, "zero-byte-pattern", round(min(0.99, 0.5 + share), 2))
    return None


#: Letters other than a-z that each language's text uses (lower case). A reading whose accented
#: letters do not fit one of these alphabets is probably the wrong code page.
_WESTERN_ALPHABETS = {
    "nl": "éèëïöüáóêçôà",
    "en": "éèïëçôàüñ",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "de": "äöüßé",
    "es": "áéíóúñü",
    "it": "àèéìíòóùúî",
    "pt": "áâãàçéêíóôõúü",
    "ca": "àçèéíïòóúü",
    "da": "æøåéó",
    "no": "æøåéóò",
    "sv": "åäöéü",
    "fi": "äöåšž",
}
_OTHER_ALPHABETS = {
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "pl": "ąćęłńóśźż",
    "hu": "áéíóöőúüű",
    "hr": "čćđšž",
    "sl": "čšžćđ",
    "ro": "ăâîșțşţ",
    "tr": "çğıöşüâîû",
    "et": "äöõüšž",
    "lv": "āčēģīķļņšūž",
    "lt": "ąčęėįšųūž",
}
_ALL_ALPHABETS = {**_WESTERN_ALPHABETS, **_OTHER_ALPHABETS}
#: Languages charset-normalizer may name for text that Western code pages do write.
_WESTERN_LANGUAGES = frozenset(
    {
        "",
        "English",
        "Dutch",
        "French",
        "German",
        "Spanish",
        "Italian",
        "Portuguese",
        "Catalan",
        "Danish",
        "Norwegian",
        "Swedish",
        "Finnish",
    }
)
#: Code pages in wide use; others (hp_roman8, cp775, mac_iceland ...) lose ties to these.
_COMMON_ENCODINGS = frozenset(
    [
        "cp1250",
        "cp1251",
        "cp1252",
        "cp1253",
        "cp1254",
        "cp1255",
        "cp1256",
        "cp1257",
        "cp1258",
        "latin_1",
        "iso8859_2",
        "iso8859_4",
        "iso8859_5",
        "iso8859_6",
        "iso8859_7",
        "iso8859_8",
        "iso8859_9",
        "iso8859_13",
        "iso8859_15",
        "koi8_r",
        "koi8_u",
        "cp855",
        "cp866",
        "mac_cyrillic",
        "mac_roman",
        "big5",
        "cp950",
        "gb2312",
        "gb18030",
        "euc_jp",
        "euc_kr",
        "cp932",
        "shift_jis",
        "cp949",
        "johab",
        "tis_620",
        "cp874",
    ]
)
_RARE_PENALTY = 0.05
#: Multi-byte code pages tried strictly when charset-normalizer has no answer.
_MULTIBYTE = ("cp932", "euc_jp", "gb18030", "big5", "cp949")
#: A Western reading whose letters fit one Western alphabet less than this is weak.
MIN_WESTERN_FIT = 0.99


def _script(char: str) -> str:
    try:
        return unicodedata.name(char).split(" ", 1)[0]
    except ValueError:
        return "?"


def _latin(text: str) -> bool:
    """Are most non-ASCII letters of ``text`` Latin (or are there none)?"""
    letters = [c for c in text if ord(c) > 127 and c.isalpha()]
    return sum(_script(c) == "LATIN" for c in letters) >= len(letters) / 2


def alphabet_fit(text: str, alphabets: dict[str, str] | None = None) -> float:
    """Share of the non-ASCII letters of ``text`` that one language's alphabet explains.

    For text mostly in another script (Cyrillic, Greek, CJK ...) the share of letters in its
    dominant script. 1.0 when there are no non-ASCII letters.
    """
    table = _ALL_ALPHABETS if alphabets is None else alphabets
    letters = [c for c in text.lower() if ord(c) > 127 and c.isalpha()]
    if not letters:
        return 1.0
    scripts = Counter(map(_script, letters))
    if scripts["LATIN"] < len(letters) / 2:
        return scripts.most_common(1)[0][1] / len(letters)
    counts = Counter(letters)
    best = max(sum(n for c, n in counts.items() if c in alphabet) for alphabet in table.values())
    return best / len(letters)


def _guess(sample: bytes) -> tuple[str, float] | None:
    """``(encoding, confidence)`` for bytes that are not UTF-8, ``None`` for no text at all."""
    from charset_normalizer import from_bytes

    western = from_bytes(sample, cp_isolation=list(WESTERN_ENCODINGS)).best()
    if western is not None and western.encoding is not None:
        fit = alphabet_fit(str(western), _WESTERN_ALPHABETS)
        if (
            western.chaos <= MAX_WESTERN_CHAOS
            and western.language in _WESTERN_LANGUAGES
            and fit >= MIN_WESTERN_FIT
        ):
            return western.encoding, round((1 - western.chaos) * fit, 2)
    # weak: every code page competes, scored by alphabet fit less chaos
    best: tuple[float, str] | None = None
    if western is not None and western.encoding is not None:
        best = (alphabet_fit(str(western)) - western.chaos, western.encoding)
    matches = from_bytes(sample)
    top = matches.best()
    if top is not None and top.encoding is not None and not _latin(str(top)):
        # Cyrillic, Greek, CJK ...: charset-normalizer's own ranking is the better judge
        return top.encoding, round(max(0.0, 1 - top.chaos) * alphabet_fit(str(top)), 2)
    for match in matches:
        if match.encoding is None:
            continue
        penalty = 0.0 if match.encoding in _COMMON_ENCODINGS else _RARE_PENALTY
        score = alphabet_fit(str(match)) - match.chaos - penalty
        if best is None or score > best[0] + 1e-9:
            best = (score, match.encoding)
    if best is None:
        strict = []
        for encoding in _MULTIBYTE:
            try:
                sample.decode(encoding)
            except UnicodeDecodeError:
                continue
            strict.append(encoding)
        if not strict:
            return None
        scored = from_bytes(sample, cp_isolation=strict, threshold=1.0).best()
        if scored is None or scored.encoding is None:
            return strict[0], 0.3
        return scored.encoding, round(max(0.0, 1 - scored.chaos) * 0.5, 2)
    return best[1], round(max(0.0, min(1.0, best[0])), 2)


def _check_textual(text: str, src: SourceBytes) -> str:
    controls = len(_CONTROL.findall(text[:1_000_000]))
    sample = min(len(text), 1_000_000)
    if sample and controls / sample > MAX_CONTROL_SHARE:
        raise UnsupportedFormatError(
            f"content looks binary ({controls} control characters in {sample:,})",
            path=src.path,
            hint="govdocs reads PDF, official XML, HTML and text",
        )
    return _CONTROL.sub("", text)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by one or more blank lines, inner line breaks kept."""
    paragraphs = re.split(r"\n[ \t\f\v]*\n", text)
    return [p.strip() for p in paragraphs if p.strip()]


def decode_text(src: SourceBytes) -> tuple[str, str]:
    """Decoded text with ``\n`` line ends and stray control characters removed."""
    decoded = decode_text_source(src)
    return decoded.text, decoded.encoding


def decode_text_source(src: SourceBytes) -> Decoded:
    """:func:`decode_source`, with ``\n`` line ends and stray control characters removed."""
    decoded = decode_source(src)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return replace(decoded, text=_check_textual(text, src))


def read(src: SourceBytes, options: object = None) -> RawDocument:
    from . import markdown

    decoded = decode_text_source(src)
    text, encoding = decoded.text, decoded.encoding
    if markdown.looks_like_markdown(text):
        raw = markdown.from_text(src, text, encoding)
        raw.warnings.extend(decoded.warnings())
        return raw
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.text,
        media_type="text/plain",
        reader="text",
        blocks=[RawBlock(text=p) for p in split_paragraphs(text)],
        encoding=encoding,
        warnings=decoded.warnings(),
    )
