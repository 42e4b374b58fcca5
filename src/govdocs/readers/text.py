"""Plain text in any common encoding -> paragraphs (blocks separated by blank lines).

Decoding is decided, not guessed blindly: a byte-order mark wins; then strict UTF-8; then
charset-normalizer's best match (cp1252, latin-1, ...). Line ends are normalised to ``\\n``.
Text carrying Markdown marks (headings, ``**bold**``, ``<sup>`` footnotes) is handed to the
Markdown reader. Lines inside a paragraph are kept as printed: the structure stage decides how
to join them.
"""

from __future__ import annotations

import codecs
import re

from ..document import RawBlock, RawDocument
from ..errors import CorruptDocumentError, UnsupportedFormatError
from ..models import SourceFormat
from ._source import SourceBytes

__all__ = ["decode", "decode_text", "read", "split_paragraphs"]

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


def decode(src: SourceBytes) -> tuple[str, str]:
    """``(text, encoding)`` for the file's bytes; raises for content that is not text."""
    data = src.data
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise CorruptDocumentError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start})",
                    path=src.path,
                ) from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    sample = data[: 4 * 1024 * 1024]
    # Western single-byte code pages first: government text in Dutch, English, French,
    # German... Several code pages decode such bytes "cleanly" (cp1250 turns ï into ď), so
    # a Western page that reads without chaos wins over a merely equally plausible one.
    best = from_bytes(sample, cp_isolation=list(WESTERN_ENCODINGS)).best()
    if best is None or best.encoding is None or best.chaos > MAX_WESTERN_CHAOS:
        best = from_bytes(sample).best()
    if best is None or best.encoding is None:
        raise UnsupportedFormatError(
            "content is not text in any encoding govdocs recognises (binary file?)",
            path=src.path,
        )
    encoding = best.encoding
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding, errors="replace"), encoding


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
    text, encoding = decode(src)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _check_textual(text, src), encoding


def read(src: SourceBytes, options: object = None) -> RawDocument:
    from . import markdown

    text, encoding = decode_text(src)
    if markdown.looks_like_markdown(text):
        return markdown.from_text(src, text, encoding)
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.text,
        media_type="text/plain",
        reader="text",
        blocks=[RawBlock(text=p) for p in split_paragraphs(text)],
        encoding=encoding,
    )
