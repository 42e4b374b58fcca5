"""What the ODT and DOCX readers share: turning collected runs into :class:`RawBlock` s the way
the official-XML reader hands them over.

A block's footnote citations are ``attrs["footnote_marks"]``: ``(label, offset)`` pairs, the
offset into the block's text where the citation stood (the label itself is not in the text).
Each footnote follows its citing block as a ``hint="footnote"`` block with ``attrs["label"]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..document import RawBlock

__all__ = [
    "MARK",
    "BlockList",
    "Inline",
    "format_number",
    "heading_level_from_name",
    "style_chain",
]

_S = TypeVar("_S")

#: stands where a footnote was cited while the text is collected (private use character)
MARK = "\ue000"
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]*\n[ \t\r\f\v\u00a0]*|[ \t\r\f\v]+")
#: heading style names in the languages Word and LibreOffice ship (English, Dutch, German,
#: French); ``Heading_20_1`` is ODF's encoding of ``Heading 1``
_HEADING_NAME = re.compile(
    r"^(?:heading|kop|berschrift|titre|überschrift)[ _]*(?:_20_)?(\d)$", re.IGNORECASE
)
_TITLE_NAME = re.compile(r"^(?:title|titel|titre)$", re.IGNORECASE)


def style_chain(
    styles: Mapping[str, _S], name: str | None, parent: Callable[[_S], str | None]
) -> list[_S]:
    """The style ``name`` and the styles it inherits from, nearest first; a cycle or a chain
    deeper than 32 (hostile files) ends the walk instead of looping."""
    out: list[_S] = []
    while name and name in styles and len(out) < 32:
        style = styles[name]
        if style in out:
            break
        out.append(style)
        name = parent(style)
    return out


def heading_level_from_name(name: str) -> int | None:
    """Heading level a style name states (``Heading 2``, ``Kop 2``, ``Heading_20_2``); 1 for a
    ``Title`` style; ``None`` otherwise."""
    name = name.strip().replace("_20_", " ")
    found = _HEADING_NAME.match(name.replace(" ", ""))
    if found:
        return max(1, int(found.group(1)))
    if _TITLE_NAME.match(name):
        return 1
    return None


@dataclass
class Inline:
    """Text of one paragraph as it is collected: pieces, citation marks, cited notes."""

    pieces: list[str] = field(default_factory=list)
    #: footnotes cited here: (label, text)
    notes: list[tuple[str, str]] = field(default_factory=list)

    def add(self, text: str) -> None:
        if text:
            self.pieces.append(text)

    def cite(self, label: str, note_text: str) -> None:
        self.pieces.append(MARK)
        self.notes.append((label, note_text))

    def finish(self) -> tuple[str, list[tuple[str, int]]]:
        """The text, whitespace collapsed (line breaks kept), and ``(label, offset)`` marks."""
        text = _SPACES.sub(lambda m: "\n" if "\n" in m.group(0) else " ", "".join(self.pieces))
        text = text.strip(" \n")
        marks: list[tuple[str, int]] = []
        out: list[str] = []
        labels = iter(label for label, _ in self.notes)
        for part in re.split(f"({MARK})", text):
            if part == MARK:
                marks.append((next(labels, ""), len("".join(out).rstrip())))
            else:
                out.append(part)
        clean = re.sub(r" {2,}", " ", "".join(out)).strip()
        return clean, [(label, min(offset, len(clean))) for label, offset in marks]


class BlockList:
    """Blocks in reading order, each footnote right after the block that cites it."""

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []

    def add(
        self,
        inline: Inline,
        hint: str | None,
        level: int | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> None:
        text, marks = inline.finish()
        self.add_text(text, marks, inline.notes, hint, level, attrs)

    def add_text(
        self,
        text: str,
        marks: list[tuple[str, int]],
        notes: list[tuple[str, str]],
        hint: str | None,
        level: int | None = None,
        attrs: dict[str, Any] | None = None,
    ) -> None:
        attrs = dict(attrs or {})
        if hint == "heading":  # the record's levels are 1-6; ODF and Word go down to 9 or 10
            level = max(1, min(level or 1, 6))
        if text.strip():
            if marks:
                attrs["footnote_marks"] = marks
            self.blocks.append(RawBlock(text=text, hint=hint, level=level, attrs=attrs))
        elif notes and self.blocks:  # a citation alone in its paragraph: cite from the last block
            last = self.blocks[-1]
            if last.hint == "footnote":
                last = next((b for b in reversed(self.blocks) if b.hint != "footnote"), last)
            last.attrs.setdefault("footnote_marks", []).extend(
                (label, len(last.text)) for label, _ in notes
            )
        for label, body in notes:
            body = body.strip()
            if body:
                self.blocks.append(
                    RawBlock(
                        text=body,
                        hint="footnote",
                        attrs={"element": attrs.get("element", "note"), "label": label},
                    )
                )


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def format_number(n: int, fmt: str) -> str:
    """``n`` in a list numbering format: ODF ``1 a A i I`` or OOXML ``decimal lowerLetter
    upperLetter lowerRoman upperRoman decimalZero``."""
    if fmt in ("a", "lowerLetter"):
        return _letters(n)
    if fmt in ("A", "upperLetter"):
        return _letters(n).upper()
    if fmt in ("i", "lowerRoman"):
        return _roman(n)
    if fmt in ("I", "upperRoman"):
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def add_table(
    out: BlockList,
    table: Iterable[Iterable[Iterable[Any]]],
    render: Callable[[Any, Inline], None],
    element: str,
) -> None:
    """A data table as one ``table`` block: ``table`` gives, row by row and cell by cell, the
    cell's paragraphs, ``render`` writes a paragraph's runs; rows on lines, cells joined by
    `` | ``, footnotes cited in cells kept with the block."""
    lines: list[str] = []
    notes: list[tuple[str, str]] = []
    for row in table:
        cells: list[str] = []
        for paragraphs in row:
            texts: list[str] = []
            for para in paragraphs:
                sub = Inline()
                render(para, sub)
                text, _ = sub.finish()
                notes.extend(sub.notes)
                if text:
                    texts.append(text.replace("\n", " "))
            cells.append(" ".join(texts))
        if any(cells):
            lines.append(" | ".join(cells))
    marks = [(label, 0) for label, _ in notes]
    out.add_text("\n".join(lines), marks, notes, "table", attrs={"element": element})
