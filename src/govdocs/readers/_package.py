"""Zip packages (ODF, OOXML) opened safely: no member is trusted before it is read.

* **Zip bombs**: members are decompressed in chunks and counted as they stream; a member that
  inflates more than :data:`MAX_RATIO` times its compressed size (once past
  :data:`RATIO_FLOOR` bytes) is refused as unsafe, and all members read together may not exceed
  ``Limits.max_decompressed_bytes``. The sizes in the zip headers are never believed.
* **Path tricks**: a member name that is absolute (``/x``, ``C:\\x``) or climbs (``..``) makes
  the package unsafe, although govdocs never writes members to disk.
* **Encryption**: zip-level encryption is refused with :class:`EncryptedDocumentError`.
* **XML inside the zip**: parsed without entities, network or huge trees; any ``<!DOCTYPE``
  is refused (neither ODF nor OOXML ever has one).
"""

from __future__ import annotations

import io
import posixpath
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from ..errors import (
    CorruptDocumentError,
    DocumentTooLargeError,
    EncryptedDocumentError,
    ReaderError,
    UnsafeDocumentError,
)
from ._source import Limits

__all__ = [
    "MAX_MEMBERS",
    "MAX_RATIO",
    "FlatPackage",
    "Package",
    "attr",
    "localname",
    "open_package",
    "rows",
]

#: Most members a package may list.
MAX_MEMBERS = 10_000
#: Largest compression ratio of one member once it is past :data:`RATIO_FLOOR` bytes
#: (real document XML compresses 5-30 times; deflate's ceiling is about 1030).
MAX_RATIO = 200
RATIO_FLOOR = 1 << 20
_CHUNK = 1 << 16
_DRIVE = re.compile(r"^[A-Za-z]:")


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return True
    return ".." in re.split(r"[/\\]", name)


class Package:
    """The members of one zip package, read on demand within ``limits``."""

    def __init__(self, data: bytes, path: Path, limits: Limits, what: str) -> None:
        self.path = path
        self.what = what
        self._budget = limits.max_decompressed_bytes
        self._max_depth = limits.max_depth
        self._used = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
                NotImplementedError, struct.error, zlib.error, UnicodeError) as exc:  # fmt: skip
            raise CorruptDocumentError(f"damaged {what} package: {exc}", path=path) from exc
        if len(infos) > MAX_MEMBERS:
            raise UnsafeDocumentError(
                f"{what} package lists {len(infos):,} members (limit {MAX_MEMBERS:,})", path=path
            )
        self._infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if _unsafe_name(info.filename):
                raise UnsafeDocumentError(
                    f"{what} package has a member with an absolute or climbing path: "
                    f"{info.filename!r}",
                    path=path,
                )
            if info.flag_bits & 0x1:
                raise EncryptedDocumentError(
                    f"{what} package is encrypted (member {info.filename!r})",
                    path=path,
                    hint="save an unprotected copy first",
                )
            self._infos.setdefault(info.filename, info)

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes | None:
        """The bytes of member ``name`` (``None`` when absent), counted as they stream."""
        info = self._infos.get(name)
        if info is None:
            return None
        out = bytearray()
        try:
            with self._zip.open(info) as handle:
                while chunk := handle.read(_CHUNK):
                    out += chunk
                    self._used += len(chunk)
                    if self._used > self._budget:
                        raise DocumentTooLargeError(
                            f"{self.what} package inflates to more than "
                            f"{self._budget:,} bytes (while reading {name!r}); refused as a "
                            "possible zip bomb",
                            path=self.path,
                            hint="raise Limits.max_decompressed_bytes if the file is genuine",
                        )
                    if len(out) > RATIO_FLOOR and len(out) > MAX_RATIO * max(info.compress_size, 1):
                        raise UnsafeDocumentError(
                            f"{self.what} member {name!r} inflates more than {MAX_RATIO} times "
                            "its compressed size: refused as a zip bomb",
                            path=self.path,
                        )
        except ReaderError:
            raise
        except RuntimeError as exc:  # zipfile: encrypted member without password
            raise EncryptedDocumentError(
                f"{self.what} member {name!r} is encrypted", path=self.path
            ) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
                ValueError, struct.error, UnicodeError) as exc:  # fmt: skip
            raise CorruptDocumentError(
                f"damaged {self.what} member {name!r}: {exc}", path=self.path
            ) from exc
        return bytes(out)

    def xml(self, name: str) -> Any | None:
        """Member ``name`` parsed safely (``None`` when absent)."""
        data = self.read(name)
        if data is None:
            return None
        return self.parse(name, data)

    def parse(self, name: str, data: bytes) -> Any:
        from .xml import _decoded_head, parse_safely

        if "<!DOCTYPE" in _decoded_head(data).upper():
            raise UnsafeDocumentError(
                f"{self.what} member {name!r} declares a DTD; govdocs never loads DTDs or "
                "expands entities inside office packages",
                path=self.path,
            )
        try:
            root = parse_safely(data, self.path, self._max_depth)
        except ReaderError as exc:
            raise type(exc)(f"{self.what} member {name!r}: {exc.message}", path=self.path) from exc
        if root.getroottree().docinfo.doctype:
            raise UnsafeDocumentError(f"{self.what} member {name!r} declares a DTD", path=self.path)
        return root

    def resolve(self, base: str, target: str) -> str:
        """A relationship target relative to member ``base`` as a member name."""
        if target.startswith("/"):
            return target.lstrip("/")
        return posixpath.normpath(posixpath.join(posixpath.dirname(base), target))


def localname(element: Any) -> str:
    """Tag without namespace ('' for comments and processing instructions)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


class FlatPackage(Package):
    """A package saved as one XML file: flat ODT (``.fodt``, root ``office:document``) or
    Word's Flat OPC (root ``pkg:package`` with one ``pkg:part`` per member). Members are the
    parts' XML; the file was parsed once, safely, within the limits of every XML file."""

    def __init__(self, data: bytes, path: Path, limits: Limits, what: str) -> None:
        from .xml import parse_safely

        self.path = path
        self.what = what
        self._parts: dict[str, Any] = {}
        self._raw: dict[str, bytes] = {}
        root = parse_safely(data, path, limits.max_depth)
        if localname(root) == "document":  # flat ODT: one tree holds content, styles, meta
            self._parts["content.xml"] = root
            self._parts["styles.xml"] = root
            meta = next((c for c in root if localname(c) == "meta"), None)
            if meta is not None:
                self._parts["meta.xml"] = meta
            kind = attr(root, "mimetype") or "application/vnd.oasis.opendocument.text"
            self._raw["mimetype"] = kind.encode()
            return
        for part in root:
            name = (attr(part, "name") or "").lstrip("/")
            if localname(part) != "part" or not name:
                continue
            if _unsafe_name(name):
                raise UnsafeDocumentError(
                    f"{what} part with an absolute or climbing path: {name!r}", path=path
                )
            data_element = next((c for c in part if localname(c) == "xmlData"), None)
            content = next(iter(data_element), None) if data_element is not None else None
            if content is not None:
                self._parts[name] = content
            else:
                self._raw[name] = b""  # binary parts (images, macros) are never decoded

    def names(self) -> list[str]:
        return [*self._parts, *self._raw]

    def has(self, name: str) -> bool:
        return name in self._parts or name in self._raw

    def read(self, name: str) -> bytes | None:
        return self._raw.get(name)

    def xml(self, name: str) -> Any | None:
        return self._parts.get(name)


def open_package(data: bytes, path: Path, limits: Limits, what: str) -> Package:
    """The zip package in ``data``, or the flat XML form of one."""
    if data[:4] == b"PK\x03\x04" or data[:4] == b"PK\x05\x06":
        return Package(data, path, limits, what)
    return FlatPackage(data, path, limits, what)


def rows(table: Any, row: str, cell: str) -> list[Any]:
    """The rows of ``table`` (local names ``row`` / ``cell``) in order, wherever grouping
    elements wrap them, but not the rows of tables nested inside its cells."""
    found: list[Any] = []
    for child in table:
        name = localname(child)
        if name == row:
            found.append(child)
        elif name not in (cell, "table", "tbl"):
            found.extend(rows(child, row, cell))
    return found


def attr(element: Any, name: str, default: str | None = None) -> str | None:
    """Attribute by local name, whatever its namespace (OOXML transitional and strict, ODF)."""
    for key, value in element.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return str(value)
    return default
