"""Readers: bytes -> :class:`~govdocs.document.RawDocument`, one module per format.

The format is decided by the content (sniffing), not the file extension; the extension only
breaks ties between text flavours. Readers only read: they never guess the document kind,
detect language or translate.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from ..document import RawDocument
from ..errors import EncryptedDocumentError, UnsupportedFormatError
from ..models import NormalisationEdit
from ._sniff import (
    check_ole2,
    flat_office_kind,
    is_govdocs_record,
    repair_head,
    root_element,
    zip_kind,
)
from ._source import Limits, SourceBytes, from_bytes, load

__all__ = ["Limits", "ReadOptions", "read", "read_bytes", "sniff_format"]


@dataclass(frozen=True)
class ReadOptions:
    limits: Limits = field(default_factory=Limits)
    #: Password for encrypted PDFs.
    password: str | None = None
    #: PDF backend: ``auto`` (PDFium when pypdfium2 is installed), ``pypdf`` or ``pdfium``.
    pdf_backend: str = "auto"


class _Reader(Protocol):
    def read(self, src: SourceBytes, options: ReadOptions) -> RawDocument: ...


#: format name -> module implementing ``read(src, options)``
_READERS = {
    "pdf": "govdocs.readers.pdf",
    "xml": "govdocs.readers.xml",
    "html": "govdocs.readers.html",
    "markdown": "govdocs.readers.markdown",
    "text": "govdocs.readers.text",
    "odt": "govdocs.readers.odt",
    "docx": "govdocs.readers.docx",
}

_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}


#: HTML elements whose tags mark a text as an HTML fragment (inline-only tags such as ``<sup>``
#: or ``<b>`` alone do not: Markdown and plain text use them)
_HTML_BLOCK_TAGS = (
    "p|div|span|table|tr|td|th|thead|tbody|ul|ol|li|dl|dt|dd|h[1-6]|br|hr|section|article|main|"
    "header|footer|nav|aside|blockquote|pre|figure|figcaption|form|head|body|title|meta|link|"
    "style|script|img|a|em|strong|font|center|iframe|noscript|address|caption"
)
_HTML_TAG = re.compile(rb"</?(?:" + _HTML_BLOCK_TAGS.encode() + rb")(?=[\s/>])[^<>]{0,500}>", re.I)
_FRAGMENT_START = re.compile(
    rb"(?:<!--.*?-->\s*)*<(?:" + _HTML_BLOCK_TAGS.encode() + rb")[\s/>]", re.I | re.S
)


def _looks_like_html_fragment(text_head: bytes) -> bool:
    """Markup-dominated text: starts with a known HTML element (after comments), or at least
    three known HTML tags, one of them closing, making up a real share of the text."""
    if _FRAGMENT_START.match(text_head):
        return True
    sample = text_head[:65536]
    tags = _HTML_TAG.findall(sample)
    if len(tags) < 3 or not any(t.startswith(b"</") for t in tags):
        return False
    return sum(map(len, tags)) >= 0.05 * len(sample) or len(tags) >= 20


def _skip_bom(head: bytes) -> bytes:
    """``head`` without its byte-order mark; UTF-16 text re-encoded as UTF-8 for the checks."""
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:]
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[2 : len(head) & ~1].decode(codec, "replace").encode("utf-8")
    return head


_PDF_HEADER = re.compile(rb"%PDF-[12]\.\d")


def sniff_format(data: bytes, suffix: str = "") -> str:
    """Decide the reader for ``data``; raises :class:`UnsupportedFormatError` for known binaries
    and other things govdocs does not read (a govdocs record fed back in, a spreadsheet ...)."""
    head = data[:65536]
    # the header with its version anywhere in the first 1 KB, as PDF readers accept it (a text
    # that mentions "%PDF-" is no PDF)
    if _PDF_HEADER.search(head[:1024]):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return zip_kind(data)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        check_ole2(data)
    for signature, what in _BINARY_SIGNATURES.items():
        if head.startswith(signature):
            raise UnsupportedFormatError(f"content is {what}, which govdocs does not read")
    head, _ = repair_head(head)
    text_head = _skip_bom(head).lstrip().lower()
    if is_govdocs_record(text_head):
        raise UnsupportedFormatError(
            "content is a govdocs record (schema_name govdocs.record), not a source document"
        )
    if text_head.startswith(b"<!doctype html"):  # HTML5 may leave out <html> itself
        return "html"
    if text_head.startswith((b"<?xml", b"<!doctype", b"<officiele-publicatie")):
        root = root_element(text_head)
        if root == b"html":  # XHTML, with or without an XML declaration, is still HTML
            return "html"
        flat = flat_office_kind(root, text_head)
        if flat is not None:
            return flat
        if root is not None or text_head.startswith(b"<?xml"):
            return "xml"
    if text_head.startswith((b"<!doctype html", b"<html")) or (
        b"<html" in text_head[:1024] and b"<body" in head.lower()
    ):
        return "html"
    # a DOCTYPE with no root element after it is text that starts with "<!DOCTYPE" (found by
    # Hypothesis), unless the file says it is XML
    if text_head.startswith(b"<") and suffix in {".xml"}:
        return "xml"
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if _looks_like_html_fragment(text_head):
        return "html"
    return "text"


def read(path: str | Path, options: ReadOptions | None = None) -> RawDocument:
    """Read one file into a :class:`RawDocument`."""
    options = options or ReadOptions()
    return read_source(load(Path(path), options.limits), options)


def read_bytes(path: str | Path, data: bytes, options: ReadOptions | None = None) -> RawDocument:
    """Read a document whose bytes are already in memory (``path`` names it in errors)."""
    options = options or ReadOptions()
    return read_source(from_bytes(Path(path), data, options.limits), options)


def read_source(src: SourceBytes, options: ReadOptions) -> RawDocument:
    path = src.path
    try:
        fmt = sniff_format(src.data, path.suffix.lower())
    except EncryptedDocumentError as exc:
        raise EncryptedDocumentError(
            exc.message, path=path, hint="save an unprotected copy first"
        ) from None
    except UnsupportedFormatError as exc:
        hint = (
            "records are read with 'govdocs validate' or 'govdocs show', not converted again"
            if "govdocs record" in exc.message
            else "convert it to PDF, HTML, ODT, DOCX or text first"
        )
        raise UnsupportedFormatError(exc.message, path=path, hint=hint) from None
    repairs: list[NormalisationEdit] = []
    if fmt != "pdf":  # a zip never starts with text to repair; flat ODT and Flat OPC may
        data, found = repair_head(src.data)
        if found:
            src = SourceBytes(path=src.path, data=data, sha256=src.sha256)
            repairs = [
                NormalisationEdit(rule=r.rule, block=None, before=r.before, after=r.after)
                for r in found
            ]
    try:
        module: _Reader = importlib.import_module(_READERS[fmt])  # type: ignore[assignment]
    except ModuleNotFoundError as exc:  # pragma: no cover - every reader ships with govdocs
        raise UnsupportedFormatError(f"no {fmt} reader available", path=path) from exc
    raw = module.read(src, options)
    raw.repairs[:0] = repairs
    return raw
