"""XML in a vocabulary govdocs does not know (RSS, Atom, XHTML, TEI, data files ...): text nodes.

The tree comes from :func:`govdocs.readers.xml.parse_safely` (no entities, no DTD, no network,
depth limit), so this module only reads elements. The title is the feed's or document's own
(RSS ``channel/title``, Atom ``feed/title``, XHTML ``head/title``, ``dc:title``, a ``title``
child of the root, else the first ``h1``); blocks are the text-bearing elements in document
order: an element with text of its own is one block with all its text, headings (``h1``-``h6``,
``title``, ``head``) and list items (``li``, ``item`` of lists) keep their role, and each RSS
``item`` / Atom ``entry`` becomes a heading (its title) followed by its description. Markup
escaped inside text (RSS descriptions carry HTML as text) is reduced to its text. Every record
carries the warning ``generic_xml`` naming the vocabulary; an XML without any text gives no
blocks (the pipeline warns about empty records).
"""

from __future__ import annotations

import re
from typing import Any

from ..document import RawBlock, RawDocument
from ..models import SourceFormat, Warning
from ._source import SourceBytes

__all__ = ["GENERIC_XML", "read_tree"]

#: warning code of records read by this module
GENERIC_XML = "generic_xml"

_WS = re.compile(r"\s+")
_ESCAPED_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
_HEADINGS = {"title": 1, "head": 2, "heading": 2, "h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5}
_HEADINGS["h6"] = 6
_ENTRIES = frozenset({"item", "entry"})
_ENTRY_BODY = ("description", "summary", "content", "encoded", "abstract")
_SKIP = frozenset({"script", "style", "link", "guid", "pubdate", "updated", "published", "id"})


def _local(element: Any) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _clean(text: str) -> str:
    """Whitespace collapsed; markup carried as text (escaped HTML) reduced to its text."""
    if _ESCAPED_MARKUP.search(text):
        import lxml.html
        from lxml import etree

        try:
            text = lxml.html.fragment_fromstring(text, create_parent="div").text_content()
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            text = _ESCAPED_MARKUP.sub(" ", text)
        text = _ESCAPED_MARKUP.sub(" ", text)
    return _WS.sub(" ", text).strip()


def _all_text(element: Any) -> str:
    parts = [t for t in element.itertext() if isinstance(t, str)]
    return _clean(" ".join(parts))


def _own_text(element: Any) -> str:
    parts = [element.text or ""] + [child.tail or "" for child in element]
    return "".join(parts).strip()


def _child(element: Any, *names: str) -> Any:
    for child in element:
        if _local(child) in names:
            return child
    return None


def _title(root: Any) -> tuple[str | None, Any]:
    """The document's title and the element it came from."""
    name = _local(root)
    candidates: list[Any] = []
    if name == "rss" or name == "rdf":
        channel = _child(root, "channel")
        if channel is not None:
            candidates.append(_child(channel, "title"))
    head = _child(root, "head", "header", "teiheader")
    if head is not None:
        candidates.append(next((e for e in head.iter() if _local(e) == "title"), None))
    candidates.append(_child(root, "title"))
    candidates.extend(e for e in root.iter() if _local(e) == "title" and "purl.org/dc" in e.tag)
    candidates.append(next((e for e in root.iter() if _local(e) == "h1"), None))
    for element in candidates:
        if element is not None and (text := _all_text(element)):
            return text, element
    return None, None


class _Walker:
    def __init__(self, title_element: Any) -> None:
        self.blocks: list[RawBlock] = []
        self.title_element = title_element

    def add(self, text: str, element: Any, hint: str | None = None, **kwargs: Any) -> None:
        if text:
            attrs = {"element": _local(element)}
            self.blocks.append(RawBlock(text=text, hint=hint, attrs=attrs, **kwargs))

    def walk(self, element: Any) -> None:
        for child in element:
            name = _local(child)
            if not name or name in _SKIP or child is self.title_element:
                continue
            if name in _ENTRIES and _child(child, "title") is not None:
                self.entry(child)
            elif _own_text(child):
                self.block(child, name)
            else:
                self.walk(child)

    def block(self, element: Any, name: str) -> None:
        text = _all_text(element)
        if name in _HEADINGS and len(text) <= 300:
            self.add(text, element, "heading", level=_HEADINGS[name])
        elif name in ("li", "listitem", "item"):
            self.add(text, element, "list_item")
        else:
            self.add(text, element)

    def entry(self, entry: Any) -> None:
        """RSS ``item`` / Atom ``entry``: its title as a heading, then its description."""
        title = _child(entry, "title")
        self.add(_all_text(title), title, "heading", level=2)
        body = next((c for name in _ENTRY_BODY if (c := _child(entry, name)) is not None), None)
        if body is not None:
            self.add(_all_text(body), body)


def read_tree(src: SourceBytes, root: Any) -> RawDocument:
    """A :class:`RawDocument` of the text nodes of a safely parsed tree in an unknown vocabulary."""
    name = _local(root)
    namespace = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else None
    title, title_element = _title(root)
    walker = _Walker(title_element)
    walker.walk(root)
    if not walker.blocks and _own_text(root):
        walker.add(_all_text(root), root)
    vocabulary = f"<{name}>" + (f" ({namespace})" if namespace else "")
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.xml,
        media_type="application/xml",
        reader="xml",
        blocks=walker.blocks,
        metadata={"root": name, "namespace": namespace, "title": title, "vocabulary": "generic"},
        warnings=[
            Warning(
                code=GENERIC_XML,
                message=f"the XML vocabulary {vocabulary} is not one govdocs knows; read as "
                "plain text nodes (title and blocks in document order, no document metadata)",
            )
        ],
    )
