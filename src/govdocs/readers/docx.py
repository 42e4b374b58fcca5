"""Word documents (DOCX, OOXML transitional and strict): the main document part, its
footnotes, endnotes, numbering and styles, and ``docProps/core.xml``.

No python-docx: it exposes neither footnotes nor list numbers nor style inheritance for
reading, so govdocs walks the WordprocessingML with lxml itself, matching elements by local
name so both the transitional and the strict namespaces read the same. The package is opened
by :class:`~._package.Package` (zip bombs, path tricks, encryption and DTDs refused); macros
(``vbaProject.bin``) are never read.

==========================  ==============================================================
WordprocessingML            RawBlock
==========================  ==============================================================
``w:p`` with a heading      ``hint="heading"``, ``level`` from ``w:outlineLvl`` (+1) of the
style                       paragraph or its style chain, or a ``Heading n``/``Kop n`` name
``w:p`` with ``w:numPr``    ``hint="list_item"``, ``level`` = ``ilvl`` + 1, ``attrs["number"]``
                            rendered from ``numbering.xml`` (``1.``, ``a)``, ``2.1``)
``w:footnoteReference``     ``hint="footnote"`` block after the citing block, whose
                            ``attrs["footnote_marks"]`` holds ``(label, offset)``; endnotes alike
``w:tbl``                   ``hint="table"``, rows on lines, cells joined by `` | ``
==========================  ==============================================================

Every block carries ``attrs["element"]`` and, when styled, ``attrs["style"]`` (the style's
name) and ``attrs["styles"]`` (its inheritance chain). Tracked deletions, field instructions,
comments, headers and footers are not read. ``raw.metadata`` gets ``title``, ``creator``,
``created``, ``modified``, ``subject``, ``description``, ``keywords``, ``last_modified_by``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..budget import checkpoint
from ..document import RawDocument
from ..errors import CorruptDocumentError
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

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_SKIP_RUN = frozenset(
    {"delText", "instrText", "delInstrText", "rPr", "pPr", "fldChar", "lastRenderedPageBreak",
     "commentReference", "annotationRef", "footnoteRef", "endnoteRef", "separator",
     "continuationSeparator", "drawing", "pict", "object", "del", "moveFrom", "rPrChange",
     "pPrChange", "proofErr", "bookmarkStart", "bookmarkEnd", "commentRangeStart",
     "commentRangeEnd", "sectPr"}
)  # fmt: skip


@dataclass
class _Style:
    style_id: str
    name: str
    based_on: str | None
    outline: int | None
    num: tuple[str, int] | None


@dataclass
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class _Numbering:
    #: numId -> abstractNumId, start overrides per level
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)
    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    def load(self, root: Any | None) -> None:
        if root is None:
            return
        for element in root:
            name = localname(element)
            if name == "abstractNum":
                levels: dict[int, _Level] = {}
                for lvl in element:
                    if localname(lvl) != "lvl":
                        continue
                    ilvl = attr(lvl, "ilvl") or "0"
                    spec = {localname(c): attr(c, "val") or "" for c in lvl}
                    start = spec.get("start", "1")
                    if ilvl.isdigit():
                        levels[int(ilvl)] = _Level(
                            spec.get("numFmt", "decimal"),
                            spec.get("lvlText", ""),
                            int(start) if start.isdigit() else 1,
                        )
                self.abstract[attr(element, "abstractNumId") or ""] = levels
            elif name == "num":
                abstract = ""
                overrides: dict[int, int] = {}
                for child in element:
                    if localname(child) == "abstractNumId":
                        abstract = attr(child, "val") or ""
                    elif localname(child) == "lvlOverride":
                        for sub in child:
                            value = attr(sub, "val") or ""
                            ilvl = attr(child, "ilvl") or "0"
                            if localname(sub) == "startOverride" and value.isdigit():
                                overrides[int(ilvl) if ilvl.isdigit() else 0] = int(value)
                self.nums[attr(element, "numId") or ""] = (abstract, overrides)

    def number(self, num_id: str, ilvl: int) -> str | None:
        """The next label of list ``num_id`` at level ``ilvl`` (``None`` for bullets)."""
        if num_id not in self.nums or num_id == "0":
            return None
        abstract, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract, {})
        ilvl = min(max(ilvl, 0), 8)
        level = levels.get(ilvl)
        counters = self.counters.setdefault(num_id, [0] * 9)
        starts = [overrides.get(i, levels[i].start if i in levels else 1) for i in range(9)]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else starts[ilvl]
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        if level is None or level.fmt in ("bullet", "none", ""):
            return None

        def fill(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            if not 0 <= index <= 8:
                return ""
            spec = levels.get(index, level)
            return format_number(counters[index] or starts[index], spec.fmt)

        return re.sub(r"%(\d)", fill, level.text).strip() or None


def _styles(root: Any | None) -> dict[str, _Style]:
    found: dict[str, _Style] = {}
    if root is None:
        return found
    for element in root:
        if localname(element) != "style" or attr(element, "type") != "paragraph":
            continue
        style_id = attr(element, "styleId") or ""
        name, based_on, outline, num = style_id, None, None, None
        for child in element:
            kind = localname(child)
            if kind == "name":
                name = attr(child, "val") or style_id
            elif kind == "basedOn":
                based_on = attr(child, "val")
            elif kind == "pPr":
                outline, num = _ppr(child)
        found[style_id] = _Style(style_id, name, based_on, outline, num)
    return found


def _ppr(ppr: Any) -> tuple[int | None, tuple[str, int] | None]:
    outline: int | None = None
    num: tuple[str, int] | None = None
    for child in ppr:
        kind = localname(child)
        if kind == "outlineLvl":
            value = attr(child, "val") or ""
            if value.isdigit() and int(value) < 9:  # 9 is "body text"
                outline = int(value) + 1
        elif kind == "numPr":
            num_id, ilvl = "", 0
            for sub in child:
                if localname(sub) == "numId":
                    num_id = attr(sub, "val") or ""
                elif localname(sub) == "ilvl":
                    value = attr(sub, "val") or "0"
                    ilvl = int(value) if value.isdigit() else 0
            num = (num_id, ilvl)
    return outline, num


class _Walker:
    def __init__(
        self,
        styles: dict[str, _Style],
        numbering: _Numbering,
        notes: dict[str, dict[str, Any]],
    ) -> None:
        self.styles = styles
        self.numbering = numbering
        self.notes = notes  # "footnote"/"endnote" -> id -> element
        self.out = BlockList()
        #: footnotes and endnotes are numbered apart, in the formats ``settings.xml`` states
        #: (Word's defaults: footnotes 1, 2, 3; endnotes i, ii, iii)
        self.note_count = {"footnote": 0, "endnote": 0}
        self.note_format = {"footnote": "decimal", "endnote": "lowerRoman"}

    def chain(self, style_id: str | None) -> list[_Style]:
        return style_chain(self.styles, style_id, lambda style: style.based_on)

    def runs(self, element: Any, into: Inline) -> None:
        for child in element:
            name = localname(child)
            if name in _SKIP_RUN:
                continue
            if name == "t":
                into.add(child.text or "")
            elif name in ("tab", "ptab"):
                into.add(" ")
            elif name in ("br", "cr"):
                into.add(" " if attr(child, "type") == "page" else "\n")
            elif name == "noBreakHyphen":
                into.add("-")
            elif name == "softHyphen":
                into.add("\u00ad")
            elif name in ("footnoteReference", "endnoteReference"):
                self.cite(child, "footnote" if name.startswith("foot") else "endnote", into)
            elif name == "sym":
                continue
            else:  # r, hyperlink, ins, smartTag, sdt, sdtContent, fldSimple, customXml ...
                self.runs(child, into)

    def cite(self, ref: Any, kind: str, into: Inline) -> None:
        note = self.notes.get(kind, {}).get(attr(ref, "id") or "")
        self.note_count[kind] += 1
        label = format_number(self.note_count[kind], self.note_format[kind])
        parts: list[str] = []
        if note is not None:
            for para in note:
                if localname(para) == "p":
                    sub = Inline()
                    self.runs(para, sub)
                    text, _ = sub.finish()
                    if text:
                        parts.append(text)
        into.cite(label, "\n".join(parts))

    def paragraph(self, para: Any) -> None:
        inline = Inline()
        ppr = next((c for c in para if localname(c) == "pPr"), None)
        style_id: str | None = None
        outline, num = (None, None)
        if ppr is not None:
            outline, num = _ppr(ppr)
            style_id = next((attr(c, "val") for c in ppr if localname(c) == "pStyle"), None)
        chain = self.chain(style_id or "Normal") if style_id else self.chain(self._default())
        attrs: dict[str, Any] = {"element": "p"}
        if chain:
            attrs["style"] = chain[0].name
            attrs["styles"] = [s.name for s in chain]
        level = outline
        if level is None:
            for style in chain:
                level = style.outline or heading_level_from_name(style.name)
                if level:
                    break
        if num is None:
            num = next((s.num for s in chain if s.num is not None), None)
        self.runs(para, inline)
        number: str | None = None
        if num is not None and num[0] not in ("", "0"):
            number = self.numbering.number(*num)
        if level:
            if number:
                attrs["number"] = number
            self.out.add(inline, "heading", level, attrs)
        elif num is not None and num[0] not in ("", "0"):
            if number:
                attrs["number"] = number
            self.out.add(inline, "list_item", num[1] + 1, attrs)
        else:
            self.out.add(inline, None, None, attrs)

    def _default(self) -> str | None:
        return "Normal" if "Normal" in self.styles else None

    def table(self, tbl: Any) -> None:
        if _is_layout_table(tbl):
            # a page laid out with a table (the Tweede Kamer's Word documents put the whole
            # Kamerstuk in one): its cells are the document's paragraphs, row by row
            for row in rows(tbl, "tr", "tc"):
                for cell in row:
                    if localname(cell) in ("tc", "sdt"):
                        self.body(cell)
            return
        cells = (
            (
                (p for p in cell.iter() if localname(p) == "p")
                for cell in row
                if localname(cell) in ("tc", "sdt")
            )
            for row in rows(tbl, "tr", "tc")
        )
        add_table(self.out, cells, self.runs, "tbl")

    def body(self, element: Any) -> None:
        for child in element:
            if localname(child) == "tcPr":
                continue
            checkpoint()
            name = localname(child)
            if name == "p":
                self.paragraph(child)
            elif name == "tbl":
                self.table(child)
            elif name in ("sdt", "sdtContent", "customXml", "ins", "smartTag"):
                self.body(child)


#: A paragraph this long in a cell is running text, not table data.
LAYOUT_PARAGRAPH = 200


def _is_layout_table(tbl: Any) -> bool:
    """A table used for layout rather than data: few columns and running text in a cell."""
    widest = max(
        (sum(1 for c in row if localname(c) == "tc") for row in rows(tbl, "tr", "tc")), default=0
    )
    if widest > 3:
        return False
    for para in tbl.iter():
        if localname(para) == "p":
            text = "".join(t.text or "" for t in para.iter() if localname(t) == "t")
            if len(text) >= LAYOUT_PARAGRAPH:
                return True
    return False


def _core(root: Any | None) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if root is None:
        return found
    names = {
        "title": "title", "creator": "creator", "created": "created", "modified": "modified",
        "subject": "subject", "description": "description", "keywords": "keywords",
        "lastModifiedBy": "last_modified_by", "language": "language",
    }  # fmt: skip
    for element in root:
        text = "".join(element.itertext()).strip()
        if text and localname(element) in names:
            found[names[localname(element)]] = text
    return found


def _main_part(package: Package) -> str:
    rels = package.xml("_rels/.rels")
    if rels is not None:
        for rel in rels:
            if (attr(rel, "Type") or "").endswith("/officeDocument"):
                return package.resolve("", attr(rel, "Target") or "")
    return "word/document.xml"


def _related(package: Package, part: str) -> dict[str, str]:
    """Relationship type (last path segment) -> member name, for ``part``."""
    base, _, leaf = part.rpartition("/")
    rels = package.xml(f"{base}/_rels/{leaf}.rels" if base else f"_rels/{leaf}.rels")
    found: dict[str, str] = {}
    if rels is None:
        return found
    for rel in rels:
        if attr(rel, "TargetMode") == "External":
            continue
        kind = (attr(rel, "Type") or "").rsplit("/", 1)[-1]
        found.setdefault(kind, package.resolve(part, attr(rel, "Target") or ""))
    return found


def read(src: SourceBytes, options: Any) -> RawDocument:
    package = open_package(src.data, src.path, options.limits, "DOCX")
    main = _main_part(package)
    document = package.xml(main)
    if document is None:
        raise CorruptDocumentError(
            f"DOCX package has no main document part {main!r}", path=src.path
        )
    related = _related(package, main)
    styles = _styles(package.xml(related.get("styles", "word/styles.xml")))
    numbering = _Numbering()
    numbering.load(package.xml(related.get("numbering", "word/numbering.xml")))
    notes: dict[str, dict[str, Any]] = {}
    for kind, default in (("footnote", "word/footnotes.xml"), ("endnote", "word/endnotes.xml")):
        root = package.xml(related.get(f"{kind}s", default))
        if root is not None:
            notes[kind] = {
                attr(n, "id") or "": n
                for n in root
                if localname(n) == kind and attr(n, "type") in (None, "normal")
            }
    walker = _Walker(styles, numbering, notes)
    settings = package.xml(related.get("settings", "word/settings.xml"))
    if settings is not None:
        for element in settings:
            note_kind = {"footnotePr": "footnote", "endnotePr": "endnote"}.get(localname(element))
            fmt = next((attr(c, "val") for c in element if localname(c) == "numFmt"), None)
            if note_kind and fmt:
                walker.note_format[note_kind] = fmt
    body = next((c for c in document if localname(c) == "body"), None)
    if body is None:
        raise CorruptDocumentError("DOCX main document part has no w:body", path=src.path)
    walker.body(body)
    core_name = "docProps/core.xml"
    package_rels = package.xml("_rels/.rels")
    if package_rels is not None:
        for rel in package_rels:
            if (attr(rel, "Type") or "").endswith("/core-properties"):
                core_name = package.resolve("", attr(rel, "Target") or "")
    metadata = _core(package.xml(core_name))
    if package.has("word/vbaProject.bin"):
        metadata["macros_ignored"] = True
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.docx,
        media_type=MEDIA_TYPE,
        reader="govdocs.readers.docx",
        blocks=walker.out.blocks,
        encoding="utf-8",
        metadata=metadata,
    )
