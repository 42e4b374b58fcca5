"""Sniffing helpers that survive real files.

* :func:`repair_head`: what real files carry before their content: a byte-order mark that was
  itself decoded as cp1252/latin-1 and encoded again (``ï»¿``, bytes ``C3 AF C2 BB C2 BF``, even
  several times over), and whitespace, stray BOMs or NULs before an ``<?xml`` declaration, which
  XML parsers refuse. Each removal is returned as an edit the record logs in ``normalisation``.
* :func:`zip_kind`: ODT and DOCX told apart from every other zip by the package's own
  declarations (the ``mimetype`` member of ODF, ``[Content_Types].xml`` of OOXML).
* :func:`is_govdocs_record`: a govdocs record (JSON/JSONL) fed back in.
* :func:`root_element`: the first element of a markup file after declarations and comments.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import EncryptedDocumentError, UnsupportedFormatError

__all__ = [
    "HeadRepair",
    "flat_office_kind",
    "is_govdocs_record",
    "repair_head",
    "root_element",
    "zip_kind",
]

_UTF8_BOM = b"\xef\xbb\xbf"
#: the UTF-8 BOM decoded as cp1252 (or latin-1) and encoded as UTF-8 again
_DOUBLE_BOM = "\ufeff".encode().decode("cp1252").encode()  # b"\xc3\xaf\xc2\xbb\xc2\xbf"
#: junk seen before ``<?xml``: whitespace, NULs, BOMs (plain or double-encoded), zero-width
#: characters; at most this many bytes of it
_MAX_JUNK = 1024
_JUNK = re.compile(rb"(?:[\s\x00]|\xef\xbb\xbf|\xc3\xaf\xc2\xbb\xc2\xbf|\xe2\x80\x8b|\xc2\xa0)+")
_RECORD = re.compile(rb'"schema_name"\s*:\s*"govdocs\.record"')
_PROLOG = re.compile(
    rb"(?:\s|<\?[^>]*>|<!--(?:[^-]|-(?!->))*-->|<!DOCTYPE[^\[>]*(?:\[[^\]]*\][^>]*)?>)*"
    rb"<([A-Za-z_][\w:.-]*)",
    re.I,
)


class HeadRepair:
    """One repair made to the start of a file: rule name, bytes removed (shown), what stayed."""

    def __init__(self, rule: str, before: str, after: str) -> None:
        self.rule, self.before, self.after = rule, before, after

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"HeadRepair({self.rule!r}, {self.before!r}, {self.after!r})"


def _show(data: bytes) -> str:
    return data[:60].decode("utf-8", "backslashreplace")


def repair_head(data: bytes) -> tuple[bytes, list[HeadRepair]]:
    """``data`` without double-encoded BOMs at its start and without junk before ``<?xml``."""
    repairs: list[HeadRepair] = []
    start = 0
    # a double-encoded BOM, possibly after a real one, possibly encoded twice over
    while True:
        skip = _UTF8_BOM if data.startswith(_UTF8_BOM, start) else b""
        if data.startswith(_DOUBLE_BOM, start + len(skip)):
            start += len(skip) + len(_DOUBLE_BOM)
            continue
        break
    keep_bom = b""
    if start:
        removed = data[:start]
        repairs.append(
            HeadRepair(
                "double_encoded_bom",
                _show(removed + data[start : start + 40]),
                _show(data[start : start + 40]),
            )
        )
        keep_bom = _UTF8_BOM if removed.startswith(_UTF8_BOM) else b""
    junk = _JUNK.match(data, start)
    if (
        junk is not None
        and junk.end() - start <= _MAX_JUNK
        and data.startswith(b"<?xml", junk.end())
    ):
        removed = data[start : junk.end()]
        if removed.startswith(_UTF8_BOM):
            keep_bom = _UTF8_BOM
        if removed != keep_bom:
            repairs.append(
                HeadRepair(
                    "junk_before_xml_declaration",
                    _show(data[start : junk.end() + 40]),
                    _show(data[junk.end() : junk.end() + 40]),
                )
            )
            start = junk.end()
    if not start:
        return data, []
    return keep_bom + data[start:], repairs


def root_element(text_head: bytes) -> bytes | None:
    """Lower-cased local name of the first element (``html``, ``officiele-publicatie``)."""
    found = _PROLOG.match(text_head)
    if found is None:
        return None
    return found.group(1).rsplit(b":", 1)[-1].lower()


_ODF_OFFICE = b"urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_FLAT_OPC = b"http://schemas.microsoft.com/office/2006/xmlpackage"


def flat_office_kind(root: bytes | None, text_head: bytes) -> str | None:
    """``odt`` for a flat ODT, ``docx`` for Word's Flat OPC, from the (lower-cased) head."""
    if (
        root == b"document"
        and _ODF_OFFICE in text_head[:8192]
        and (b"opendocument.text" in text_head[:8192] or b"office:text" in text_head)
    ):
        return "odt"
    if root == b"package" and _FLAT_OPC in text_head[:8192]:
        return "docx"
    return None


def is_govdocs_record(text_head: bytes) -> bool:
    """JSON (or JSON Lines) whose first object says ``"schema_name": "govdocs.record"``."""
    return text_head[:1] in (b"{", b"[") and _RECORD.search(text_head[:65536]) is not None


_OFFICE = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.text-template": "odt",
}
_OTHER_ODF = {
    "spreadsheet": "an OpenDocument spreadsheet (ODS)",
    "presentation": "an OpenDocument presentation (ODP)",
    "graphics": "an OpenDocument drawing (ODG)",
}
_OOXML_MAIN = (
    "wordprocessingml.document.main+xml",
    "wordprocessingml.template.main+xml",
    "ms-word.document.macroenabled.main+xml",
    "ms-word.template.macroenabledtemplate.main+xml",
)


def zip_kind(data: bytes) -> str:
    """``odt`` or ``docx`` for a zip holding one; :class:`UnsupportedFormatError` naming what
    any other zip is."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        mimetype = b""
        if "mimetype" in names:
            info = archive.getinfo("mimetype")
            if info.file_size <= 200 and info.compress_size <= 400 and not info.flag_bits & 1:
                with archive.open(info) as handle:
                    mimetype = handle.read(201)
        types = b""
        if "[Content_Types].xml" in names:
            info = archive.getinfo("[Content_Types].xml")
            if not info.flag_bits & 1:
                with archive.open(info) as handle:
                    types = handle.read(1 << 20)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, RuntimeError) as exc:
        raise UnsupportedFormatError(f"content is a damaged ZIP archive ({exc})") from None
    except Exception as exc:  # zlib.error, NotImplementedError: still a broken archive
        raise UnsupportedFormatError(f"content is a damaged ZIP archive ({exc})") from None
    kind = mimetype.decode("ascii", "replace").strip()
    if kind:
        if kind in _OFFICE:
            return _OFFICE[kind]
        for part, what in _OTHER_ODF.items():
            if part in kind:
                raise UnsupportedFormatError(f"content is {what}, which govdocs does not read")
        if kind.startswith("application/epub"):
            raise UnsupportedFormatError("content is an EPUB book, which govdocs does not read")
        if kind.startswith("application/vnd.oasis.opendocument"):
            raise UnsupportedFormatError(f"content is an OpenDocument file of type {kind}")
    if "content.xml" in names and "META-INF/manifest.xml" in names and not kind:
        return "odt"  # ODF without the (optional) mimetype member
    lowered = types.lower()
    if lowered:
        if any(t.encode() in lowered for t in _OOXML_MAIN):
            return "docx"
        if b"spreadsheetml" in lowered or b"ms-excel" in lowered:
            raise UnsupportedFormatError(
                "content is an Excel workbook (XLSX), which govdocs does not read"
            )
        if b"presentationml" in lowered or b"ms-powerpoint" in lowered:
            raise UnsupportedFormatError(
                "content is a PowerPoint presentation (PPTX), which govdocs does not read"
            )
    if "word/document.xml" in names:
        return "docx"
    raise UnsupportedFormatError("content is a ZIP archive that is neither ODT nor DOCX")


def check_ole2(data: bytes) -> None:
    """An OLE2 compound file: a password-protected OOXML document (its package encrypted in an
    ``EncryptedPackage`` stream) is refused as encrypted, anything else as unsupported."""
    if "EncryptedPackage".encode("utf-16-le") in data[: 1 << 20] or (
        "EncryptionInfo".encode("utf-16-le") in data[: 1 << 20]
    ):
        raise EncryptedDocumentError(
            "content is a password-protected Office document (an encrypted OOXML package)"
        )
    raise UnsupportedFormatError(
        "content is an OLE2 file (old Word/Excel?), which govdocs does not read"
    )
