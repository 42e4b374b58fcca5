"""The publisher's official XML (``officiele-publicatie``): Handelingen, Kamerstukken, Aanhangsels.

Parsing is safe by construction: no entity resolution, no DTD loading, no network, no huge
trees; a document that declares entities or an external DTD is refused with
:class:`~govdocs.errors.UnsafeDocumentError` before parsing (nothing it references is ever read).
``metadata.xml`` lying beside the document is read with the same parser.

Blocks carry what the elements say: ``attrs["element"]`` (``al``, ``li``, ``titel``, ``motie``
...), ``hint`` (``heading`` with ``level`` from ``kop``/``divisie`` nesting, ``list_item``,
``footnote``, ``signature``, ``speech``, ``motion``), footnote marks placed where ``noot`` stood
(``attrs["footnote_marks"]``), and for speeches ``attrs["speaker"]`` (name, party, role).
Document-level facts go to ``raw.metadata`` (``root``, ``identifier``, ``meeting``, ``agenda``,
``kamerstuk`` fields, ``metadata_xml``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..document import RawBlock, RawDocument
from ..errors import CorruptDocumentError, DocumentTooLargeError, UnsafeDocumentError
from ..models import SourceFormat
from ._source import SourceBytes

__all__ = ["parse_safely", "read"]

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_DANGEROUS = re.compile(rb"<!ENTITY|\bSYSTEM\b|\bPUBLIC\b", re.IGNORECASE)


def parse_safely(data: bytes, path: Path, max_depth: int = 256) -> Any:
    """Parse ``data`` with a parser that never resolves entities or fetches anything."""
    from lxml import etree

    head = data[:1_000_000]
    doctype = _DOCTYPE.search(head)
    if doctype is not None:
        declaration = head[doctype.start() : head.find(b">", doctype.start()) + 1 or len(head)]
        internal = (
            head[doctype.start() : head.find(b"]>", doctype.start()) + 2]
            if b"[" in declaration
            else declaration
        )
        if _DANGEROUS.search(internal) or _DANGEROUS.search(declaration):
            raise UnsafeDocumentError(
                "XML declares entities or an external DTD; govdocs never expands or fetches them",
                path=path,
                hint="remove the DOCTYPE declaration if the document is trustworthy",
            )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        recover=False,
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise CorruptDocumentError(f"not well-formed XML: {exc}", path=path) from exc
    except (ValueError, MemoryError) as exc:
        raise CorruptDocumentError(f"cannot parse XML: {exc}", path=path) from exc
    for element in root.iter():
        if isinstance(element, etree._Entity):
            raise UnsafeDocumentError("XML uses entity references", path=path)
    depth = _depth(root)
    if depth > max_depth:
        raise DocumentTooLargeError(
            f"XML is nested {depth} levels deep (limit {max_depth})", path=path
        )
    return root


def _depth(root: Any) -> int:
    deepest = 0
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _text(element: Any) -> str:
    """All text of ``element`` without its ``noot`` footnotes, whitespace collapsed."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str):
            if node.tail:
                parts.append(node.tail)
            return
        if node.tag == "noot":
            if node.tail:
                parts.append(node.tail)
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node is not element and node.tail:
            parts.append(node.tail)

    walk(element)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _notes_in(element: Any) -> list[tuple[str, str]]:
    notes: list[tuple[str, str]] = []
    for note in element.iter("noot"):
        label = (
            _text(note.find("noot.nr")) if note.find("noot.nr") is not None else str(len(notes) + 1)
        )
        body = " ".join(_text(al) for al in note.iter("noot.al")) or _text(note)
        notes.append((label, body))
    return notes


def _speaker(element: Any) -> dict[str, str | None]:
    prefix = element.findtext("voorvoegsels") or ""
    name_el = element.find("naam")
    surname = ""
    if name_el is not None:
        surname = " ".join(t.strip() for t in name_el.itertext() if t.strip())
    party = element.findtext("politiek")
    function = element.findtext("functie")
    name = surname.strip()
    role = None
    if name.lower() == "voorzitter":
        role, name = "voorzitter", "De voorzitter"
    elif function:
        role = function.strip()
    elif prefix.lower().startswith(("minister", "staatssecretaris")):
        role = prefix.strip()
    return {
        "name": name,
        "party": party.strip() if party else None,
        "role": role,
        "prefix": prefix.strip() or None,
    }


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.meta: dict[str, Any] = {}

    def add(self, element: Any, hint: str | None, **attrs: Any) -> None:
        text = _text(element)
        if not text:
            return
        notes = _notes_in(element)
        if notes:
            attrs["footnote_marks"] = [(label, len(text)) for label, _ in notes]
        self.blocks.append(RawBlock(text=text, hint=hint, attrs={"element": element.tag, **attrs}))
        for label, body in notes:
            self.blocks.append(
                RawBlock(text=body, hint="footnote", attrs={"element": "noot", "label": label})
            )

    def walk(self, element: Any, level: int = 0, speaker: dict[str, Any] | None = None) -> None:
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in ("metadata",):
                continue
            if tag == "vergadering":
                self.meta["meeting"] = {c.tag: _text(c) for c in child if isinstance(c.tag, str)}
            elif tag == "agendapunt":
                self.meta.setdefault("agenda", []).append(
                    {
                        "nr": child.findtext("nr"),
                        "titel": _text(child.find("item-titel"))
                        if child.find("item-titel") is not None
                        else None,
                    }
                )
                self.walk(child, level, speaker)
            elif tag in ("nr",) and element.tag in ("agendapunt", "opening"):
                continue
            elif tag == "item-titel":
                self.add(child, "heading", level=1)
            elif tag == "spreekbeurt":
                spreker = child.find("spreker")
                who = _speaker(spreker) if spreker is not None else None
                self.walk(child, level, who)
            elif tag == "spreker":
                continue
            elif tag == "motie":
                title = child.find("kop")
                body = [_text(al) for al in child.findall("al")]
                info = child.find("motie-info")
                doc = None
                if info is not None:
                    ref = info.find(".//extref[@doc]")
                    doc = ref.get("doc") if ref is not None else None
                text = (
                    "\n".join([_text(title)] if title is not None else [])
                    + ("\n" if title is not None else "")
                    + "\n".join(t for t in body if t)
                )
                self.blocks.append(
                    RawBlock(
                        text=text.strip(),
                        hint="motion",
                        attrs={
                            "element": "motie",
                            "motion_id": child.get("id"),
                            "document": doc,
                            "speaker": speaker,
                        },
                    )
                )
                if info is not None:
                    for al in info.findall("al"):
                        self.add(
                            al,
                            None,
                            speaker={
                                "name": "De voorzitter",
                                "party": None,
                                "role": "voorzitter",
                                "prefix": "De",
                            },
                        )
            elif tag in ("kop",):
                self.add(child, "heading", level=max(1, level))
            elif tag in ("divisie", "hoofdstuk", "afdeling", "paragraaf", "artikel"):
                self.walk(child, level + 1, speaker)
            elif tag in ("al", "tekstregel"):
                self.add(child, "speech" if speaker else None, speaker=speaker)
            elif tag == "li":
                number = child.findtext("li.nr")
                parts = [_text(al) for al in child.findall("al")] or [_text(child)]
                self.blocks.append(
                    RawBlock(
                        text=" ".join(p for p in parts if p),
                        hint="list_item",
                        attrs={"element": "li", "number": number.strip(". ") if number else None},
                    )
                )
            elif tag == "ondertekening":
                lines = [_text(c) for c in child if isinstance(c.tag, str) and _text(c)]
                self.blocks.append(
                    RawBlock(text="\n".join(lines), hint="signature", attrs={"element": tag})
                )
            elif tag == "table":
                rows = [
                    " | ".join(_text(entry) for entry in row.iter("entry"))
                    for row in child.iter("row")
                ]
                self.blocks.append(
                    RawBlock(text="\n".join(rows), hint="table", attrs={"element": tag})
                )
            elif tag in ("kamerstukkop", "dossier", "stuk"):
                self._kamerstuk(child)
                if tag == "stuk":
                    self.walk(child, level, speaker)
            elif tag in ("titel", "stuknr", "datumtekst") and element.tag in ("stuk", "dossier"):
                continue
            else:
                self.walk(child, level, speaker)

    def _kamerstuk(self, element: Any) -> None:
        ks = self.meta.setdefault("kamerstuk", {})
        if element.tag == "kamerstukkop":
            for regel in element.iter("tekstregel"):
                ks[regel.get("inhoud") or "tekstregel"] = _text(regel)
        elif element.tag == "dossier":
            number = element.find(".//dossiernr")
            ks["dossiernr"] = _text(number) if number is not None else None
            title = element.find("titel")
            ks["dossiertitel"] = _text(title) if title is not None else None
        elif element.tag == "stuk":
            nr = element.find(".//ondernummer")
            ks["ondernummer"] = _text(nr) if nr is not None else None
            title = element.find("titel")
            ks["titel"] = _text(title) if title is not None else None
            date = element.find(".//datum")
            if date is not None:
                ks["datum"] = date.get("isodatum") or _text(date)
                ks["datumtekst"] = _text(date.getparent())


def _metadata_xml(path: Path, limits: Any) -> dict[str, list[str]]:
    beside = path.parent / "metadata.xml"
    if not beside.is_file() or beside.resolve() == path.resolve():
        return {}
    try:
        data = beside.read_bytes()[: limits.max_bytes]
    except OSError:
        return {}
    root = parse_safely(data, beside, limits.max_depth)
    found: dict[str, list[str]] = {}
    for meta in root.iter("metadata", "meta"):
        name, content = meta.get("name"), meta.get("content")
        if name and content is not None:
            found.setdefault(name, []).append(content)
    return found


def read(src: SourceBytes, options: Any) -> RawDocument:
    limits = options.limits
    root = parse_safely(src.data, src.path, limits.max_depth)
    if not isinstance(root.tag, str):
        raise CorruptDocumentError("XML has no root element", path=src.path)
    walker = _Walker()
    walker.walk(root)
    meta: dict[str, Any] = {"root": root.tag, **walker.meta}
    body = next((c.tag for c in root if isinstance(c.tag, str) and c.tag != "metadata"), None)
    meta["body"] = body
    record = root.find("metadata/meta[@name='OVERHEIDop.externMetadataRecord']")
    if record is not None and record.get("content"):
        match = re.search(r"/([a-z]+-[a-z]+-[\w-]+)/metadata\.xml", record.get("content", ""))
        if match:
            meta["identifier"] = match.group(1)
    beside = _metadata_xml(src.path, limits)
    if beside:
        meta["metadata_xml"] = beside
        if "DC.identifier" in beside:
            meta["identifier"] = beside["DC.identifier"][0]
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.xml,
        media_type="application/xml",
        reader="xml",
        blocks=walker.blocks,
        metadata=meta,
    )
