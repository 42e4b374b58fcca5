"""OpenDocument text (ODT): ``content.xml``, ``styles.xml`` and ``meta.xml`` of the zip package.

No LibreOffice: the package is opened by :class:`~._package.Package` (zip bombs, path tricks,
encryption and DTDs refused) and the XML walked with lxml.

==========================  ==============================================================
ODF                         RawBlock
==========================  ==============================================================
``text:h``                  ``hint="heading"``, ``level`` = ``text:outline-level``
``text:p``                  paragraph, or a heading when its style (or a style it inherits
                            from) has ``style:default-outline-level`` or a heading name
``text:list-item``          ``hint="list_item"``, ``level`` = nesting depth,
                            ``attrs["number"]`` from the list style (``1.``, ``a)``, ``iv.``)
``text:note``               ``hint="footnote"`` block after the citing block, whose
                            ``attrs["footnote_marks"]`` holds ``(label, offset)``
``table:table``             ``hint="table"``, rows on lines, cells joined by `` | ``
``draw:text-box``           its paragraphs as blocks after the paragraph that anchors it; a
                            paragraph with a ``text:sequence`` (``Figuur 1``) is a caption
==========================  ==============================================================

Every block carries ``attrs["element"]`` (``h``, ``p``, ``list-item``, ``table``) and
``attrs["style"]`` / ``attrs["styles"]``: the paragraph's style name and the names of the styles
it inherits from (the publisher's ODT of an official publication names its styles after the
XML elements, so structure modules can use them as hints). ``meta.xml`` gives ``title``,
``creator``, ``created``, ``modified``, ``subject``, ``description``, ``keywords``, ``language``
and ``user_defined`` (name -> value) in ``raw.metadata``. Headers, footers, the table of
contents (generated text), annotations and tracked deletions are not read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..budget import checkpoint
from ..document import RawDocument
from ..errors import CorruptDocumentError, EncryptedDocumentError, UnsupportedFormatError
from ..models import SourceFormat
from ._office import (
    BlockList,
    Inline,
    add_table,
    format_number,
    heading_level_from_name,
    style_chain,
)
from ._package import Package, attr, localname, open_package, rows
from ._source import SourceBytes

__all__ = ["MEDIA_TYPE", "read"]

MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
_SKIP = frozenset(
    {
        "table-of-content", "alphabetical-index", "illustration-index", "table-index",
        "object-index", "user-index", "bibliography", "tracked-changes", "sequence-decls",
        "variable-decls", "user-field-decls", "forms", "annotation", "annotation-end",
        "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "reference-mark",
        "reference-mark-start", "reference-mark-end", "change", "change-start", "change-end",
        "toc-mark", "alphabetical-index-mark", "script", "note-citation",
    }
)  # fmt: skip


@dataclass
class _Style:
    name: str
    display: str
    parent: str | None
    outline: int | None
    list_style: str | None


@dataclass
class _ListLevel:
    numbered: bool
    fmt: str = "1"
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    display_levels: int = 1


@dataclass
class _Styles:
    paragraph: dict[str, _Style] = field(default_factory=dict)
    lists: dict[str, dict[int, _ListLevel]] = field(default_factory=dict)

    def load(self, root: Any) -> None:
        for element in root.iter():
            name = localname(element)
            if name == "style" and attr(element, "family") == "paragraph":
                style_name = attr(element, "name") or ""
                outline = attr(element, "default-outline-level")
                self.paragraph[style_name] = _Style(
                    name=style_name,
                    display=attr(element, "display-name") or style_name.replace("_20_", " "),
                    parent=attr(element, "parent-style-name"),
                    outline=int(outline) if outline and outline.isdigit() else None,
                    list_style=attr(element, "list-style-name"),
                )
            elif name == "list-style":
                levels: dict[int, _ListLevel] = {}
                for child in element:
                    kind = localname(child)
                    level = attr(child, "level") or "1"
                    if not level.isdigit():
                        continue
                    if kind == "list-level-style-number":
                        fmt = attr(child, "num-format") or ""
                        start = attr(child, "start-value") or "1"
                        shown = attr(child, "display-levels") or "1"
                        levels[int(level)] = _ListLevel(
                            numbered=bool(fmt),
                            fmt=fmt or "1",
                            prefix=attr(child, "num-prefix") or "",
                            suffix=attr(child, "num-suffix") or "",
                            start=int(start) if start.isdigit() else 1,
                            display_levels=int(shown) if shown.isdigit() else 1,
                        )
                    else:
                        levels[int(level)] = _ListLevel(numbered=False)
                self.lists[attr(element, "name") or ""] = levels

    def chain(self, name: str | None) -> list[_Style]:
        """The style and the styles it inherits from, nearest first."""
        return style_chain(self.paragraph, name, lambda style: style.parent)


def _encrypted(package: Package) -> bool:
    manifest = package.xml("META-INF/manifest.xml")
    if manifest is None:
        return False
    for entry in manifest.iter():
        if localname(entry) == "file-entry" and attr(entry, "full-path") == "content.xml":
            return any(localname(child) == "encryption-data" for child in entry)
    return False


def _paragraphs(element: Any) -> list[Any]:
    """Paragraphs and headings inside ``element`` in order, not those of footnote bodies."""
    found: list[Any] = []
    for child in element:
        name = localname(child)
        if name in ("p", "h"):
            found.append(child)
        elif name not in ("note", "annotation") and name not in _SKIP:
            found.extend(_paragraphs(child))
    return found


class _Walker:
    def __init__(self, styles: _Styles) -> None:
        self.styles = styles
        self.out = BlockList()
        self.note_count = 0
        #: list style name -> counters per level, kept across lists that continue numbering
        self.counters: dict[str, list[int]] = {}
        #: paragraphs of text boxes met inside the paragraph being read
        self.pending: list[Any] = []

    # ----------------------------------------------------------------- inline text

    def inline(self, element: Any, into: Inline) -> None:
        into.add(element.text or "")
        for child in element:
            name = localname(child)
            if name == "s":
                count = attr(child, "c") or "1"
                into.add(" " * min(int(count) if count.isdigit() else 1, 100))
            elif name == "tab":
                into.add(" ")
            elif name == "line-break":
                into.add("\n")
            elif name == "note":
                self.note(child, into)
            elif name == "frame":  # a text box's paragraphs follow as blocks of their own
                for box in child.iter():
                    if localname(box) == "text-box":
                        self.pending.extend(_paragraphs(box))
            elif name in _SKIP:
                pass
            else:
                self.inline(child, into)
            into.add(child.tail or "")

    def note(self, element: Any, into: Inline) -> None:
        self.note_count += 1
        label = str(self.note_count)
        body_parts: list[str] = []
        for child in element:
            name = localname(child)
            if name == "note-citation":
                label = (attr(child, "label") or "".join(child.itertext())).strip() or label
            elif name == "note-body":
                for para in child.iter():
                    if localname(para) in ("p", "h"):
                        sub = Inline()
                        self.inline(para, sub)
                        text, _ = sub.finish()
                        if text:
                            body_parts.append(text)
        into.cite(label, "\n".join(body_parts))

    # ----------------------------------------------------------------- blocks

    def style_attrs(self, element: Any) -> tuple[dict[str, Any], list[_Style]]:
        chain = self.styles.chain(attr(element, "style-name"))
        attrs: dict[str, Any] = {"element": localname(element)}
        if chain:
            attrs["style"] = chain[0].display
            attrs["styles"] = [s.display for s in chain]
        return attrs, chain

    def paragraph(self, element: Any, list_info: tuple[int, str | None] | None = None) -> None:
        attrs, chain = self.style_attrs(element)
        inline = Inline()
        self.inline(element, inline)
        level: int | None = None
        hint: str | None = None
        if localname(element) == "h":
            outline = attr(element, "outline-level") or ""
            hint, level = "heading", int(outline) if outline.isdigit() else 1
        else:
            for style in chain:
                found = style.outline or heading_level_from_name(style.display)
                if found:
                    hint, level = "heading", found
                    break
        if list_info is not None and hint is None:
            hint, level = "list_item", list_info[0]
            if list_info[1]:
                attrs["number"] = list_info[1]
        if hint is None and any(localname(e) == "sequence" for e in element.iter()):
            hint = "caption"  # a numbered caption: "Figuur 1: ..." (text:sequence)
        self.out.add(inline, hint, level, attrs)
        boxes, self.pending = self.pending, []
        for para in boxes:
            self.paragraph(para)

    def table(self, element: Any) -> None:
        cells = (
            # covered cells repeat a spanning one
            (_paragraphs(cell) for cell in row if localname(cell) == "table-cell")
            for row in rows(element, "table-row", "table-cell")
        )
        add_table(self.out, cells, self.inline, "table")

    def list(self, element: Any, depth: int, style_name: str | None) -> None:
        style_name = (
            attr(element, "style-name") or style_name or self._paragraph_list_style(element)
        )
        key = style_name or ""
        levels = self.styles.lists.get(key, {})
        continues = attr(element, "continue-numbering") == "true" or attr(element, "continue-list")
        if key not in self.counters or (depth == 1 and not continues):
            self.counters[key] = [0] * 12
        counters = self.counters[key]
        depth = min(depth, 10)
        for item in element:
            checkpoint()
            name = localname(item)
            if name not in ("list-item", "list-header"):
                continue
            spec = levels.get(depth, _ListLevel(numbered=False))
            number: str | None = None
            if name == "list-item" and spec.numbered:
                start = attr(item, "start-value")
                if start and start.isdigit():
                    counters[depth] = int(start)
                else:
                    counters[depth] = counters[depth] + 1 if counters[depth] else spec.start
                for deeper in range(depth + 1, len(counters)):
                    counters[deeper] = 0
                shown = [
                    format_number(
                        counters[d] or levels.get(d, spec).start,
                        levels.get(d, spec).fmt,
                    )
                    for d in range(max(1, depth - spec.display_levels + 1), depth + 1)
                ]
                number = f"{spec.prefix}{'.'.join(shown)}{spec.suffix}"
            first = True
            for child in item:
                child_name = localname(child)
                if child_name in ("p", "h"):
                    self.paragraph(child, (depth, number if first else None))
                    first = False
                elif child_name == "list":
                    self.list(child, depth + 1, style_name)
                else:
                    self.container(child, depth)

    def _paragraph_list_style(self, element: Any) -> str | None:
        """A list without a style of its own is numbered by its paragraphs' list style."""
        for para in _paragraphs(element):
            for style in self.styles.chain(attr(para, "style-name")):
                if style.list_style:
                    return style.list_style
            return None
        return None

    def container(self, element: Any, depth: int = 0) -> None:
        for child in element:
            checkpoint()
            name = localname(child)
            if name in ("p", "h"):
                self.paragraph(child)
            elif name == "list":
                self.list(child, depth + 1, None)
            elif name == "table":
                self.table(child)
            elif name in _SKIP:
                continue
            else:  # section, text-box, index bodies we do keep ...
                self.container(child, depth)


def _meta(root: Any | None) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if root is None:
        return found
    names = {
        "title": "title", "creator": "creator", "initial-creator": "initial_creator",
        "creation-date": "created", "date": "modified", "subject": "subject",
        "description": "description", "language": "language",
    }  # fmt: skip
    keywords: list[str] = []
    user: dict[str, str] = {}
    for element in root.iter():
        name = localname(element)
        text = "".join(element.itertext()).strip()
        if name in names and text and names[name] not in found:
            found[names[name]] = text
        elif name == "keyword" and text:
            keywords.append(text)
        elif name == "user-defined" and text:
            user[attr(element, "name") or ""] = text
    if keywords:
        found["keywords"] = keywords
    if user:
        found["user_defined"] = user
    return found


def read(src: SourceBytes, options: Any) -> RawDocument:
    package = open_package(src.data, src.path, options.limits, "ODT")
    mimetype = (package.read("mimetype") or b"").decode("ascii", "replace").strip()
    if mimetype and not mimetype.startswith("application/vnd.oasis.opendocument.text"):
        raise UnsupportedFormatError(
            f"OpenDocument package of type {mimetype!r}; govdocs reads text documents (ODT)",
            path=src.path,
        )
    if _encrypted(package):
        raise EncryptedDocumentError(
            "ODT is password-protected (its content.xml is encrypted)",
            path=src.path,
            hint="save an unprotected copy first",
        )
    content = package.xml("content.xml")
    if content is None:
        raise CorruptDocumentError("ODT package has no content.xml", path=src.path)
    styles = _Styles()
    styles_root = package.xml("styles.xml")
    if styles_root is not None:
        styles.load(styles_root)
    styles.load(content)  # automatic styles of the content come after, inheriting from those
    walker = _Walker(styles)
    body = next((e for e in content.iter() if localname(e) == "text"
                 and localname(e.getparent() if e.getparent() is not None else e) == "body"),
                None)  # fmt: skip
    if body is None:
        raise CorruptDocumentError("ODT content.xml has no office:text body", path=src.path)
    walker.container(body)
    raw = RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.odt,
        media_type=MEDIA_TYPE,
        reader="govdocs.readers.odt",
        blocks=walker.out.blocks,
        encoding="utf-8",
        metadata=_meta(package.xml("meta.xml")),
    )
    raw.metadata["odt"] = {"mimetype": mimetype or None}
    return raw
