"""Typed hand-offs between pipeline stages.

``reader -> RawDocument -> structure -> Document -> normalise -> language -> translate -> build``

Readers produce a :class:`RawDocument`: what the bytes say, in reading order, with the style and
position hints the format carries. Structure modules turn it into a :class:`Document` whose
blocks, footnotes and metadata are already the record's pydantic models, so later stages and the
record builder share one vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .models import (
    Block,
    BlockType,
    DatePrecision,
    DocumentKind,
    Footnote,
    Metadata,
    NormalisationEdit,
    Reference,
    SourceFormat,
    Translation,
    TranslationInfo,
    Warning,
)


@dataclass(frozen=True)
class Line:
    """One printed line of a PDF page with its position (PDF user space, y grows upwards)."""

    text: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    font: str = ""
    #: ``(start, end)`` character ranges of ``text`` printed raised and smaller (footnote marks).
    superscripts: tuple[tuple[int, int], ...] = ()


@dataclass
class RawBlock:
    """A block of text as the format presents it."""

    text: str
    page: int | None = None
    #: What the format itself says the block is (``heading``, ``paragraph``, ``list_item``,
    #: ``footnote``, ``table``, ``signature`` ...); ``None`` when the format says nothing.
    hint: str | None = None
    level: int | None = None
    bold: bool = False
    italic: bool = False
    font_size: float | None = None
    #: Format-specific attributes (XML element name, list number, footnote label, speaker ...).
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class RawDocument:
    """Reader output: text in reading order plus metadata the format states explicitly."""

    path: Path
    sha256: str
    size: int
    format: SourceFormat
    media_type: str
    reader: str
    blocks: list[RawBlock] = field(default_factory=list)
    #: Positioned lines (PDF only), all pages in reading order.
    lines: list[Line] = field(default_factory=list)
    pages: int | None = None
    #: Page sizes ``(width, height)`` in points (PDF only), index 0 is page 1.
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    encoding: str | None = None
    #: Explicit metadata from the format (PDF info dictionary, XML metadata elements ...).
    metadata: dict[str, Any] = field(default_factory=dict)
    warnings: list[Warning] = field(default_factory=list)
    #: Repairs made to the bytes before reading (a double-encoded BOM, junk before
    #: ``<?xml``); normalisation logs them in the record (``block`` is ``None``).
    repairs: list[NormalisationEdit] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All block texts joined by blank lines."""
        return "\n\n".join(b.text for b in self.blocks)


@dataclass
class Document:
    """A structured document, refined in place by normalisation, language and translation."""

    raw: RawDocument
    kind: DocumentKind
    metadata: Metadata
    blocks: list[Block] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    title: str | None = None
    #: the ending of ``title`` printed under the main title in smaller type (a subtitle)
    subtitle: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    official_id: str | None = None
    language: str = "und"
    language_confidence: float | None = None
    title_lang: str = "und"
    title_translation: Translation | None = None
    #: Translations of metadata fields (``subject``, ``heading``, ...), keyed by field name.
    metadata_translations: dict[str, Translation] = field(default_factory=dict)
    translation: TranslationInfo | None = None
    normalisation: list[NormalisationEdit] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)

    def add_block(self, type: BlockType, text: str, **kwargs: Any) -> Block:
        """Append a block with the next id (``b1``, ``b2``, ...)."""
        block = Block(id=f"b{len(self.blocks) + 1}", type=type, text=text, **kwargs)
        self.blocks.append(block)
        return block

    def add_footnote(self, label: str, text: str, **kwargs: Any) -> Footnote:
        """Append a footnote with the next id (``fn1``, ``fn2``, ...)."""
        note = Footnote(id=f"fn{len(self.footnotes) + 1}", label=label, text=text, **kwargs)
        self.footnotes.append(note)
        return note

    def renumber(self) -> None:
        """Give blocks and footnotes consecutive ids again after blocks were removed or merged,
        rewriting every id that points at them."""
        block_map = {b.id: f"b{i}" for i, b in enumerate(self.blocks, 1)}
        note_map = {f.id: f"fn{i}" for i, f in enumerate(self.footnotes, 1)}
        for block in self.blocks:
            block.id = block_map[block.id]
            block.footnote_refs = [note_map[r] for r in block.footnote_refs if r in note_map]
        for note in self.footnotes:
            note.id = note_map[note.id]
            note.cited_in = block_map.get(note.cited_in) if note.cited_in else None
        for ref in self.references:
            if ref.block is not None:
                ref.block = block_map.get(ref.block, note_map.get(ref.block, ref.block))
        for edit in self.normalisation:
            if edit.block is not None:
                edit.block = block_map.get(edit.block, note_map.get(edit.block, edit.block))
