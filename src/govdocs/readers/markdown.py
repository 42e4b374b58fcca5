"""Markdown-marked text (officially published documents converted to Markdown, transcriptions).

Blocks are paragraphs separated by blank lines. Marks become hints and attributes and leave the
text: ``#`` headings (``level``), ``**bold**`` and ``*italic*`` (``bold``/``italic`` when the
whole block is emphasised), list items (``attrs["number"]``), ``<sup>N</sup>`` footnote marks
(``attrs["footnote_marks"]``: ``(label, offset)`` pairs in the clean text), footnote definitions
(a block starting with ``<sup>N</sup>``: hint ``footnote``, ``attrs["label"]``), ``<https://…>``
autolinks, hard line breaks (two trailing spaces) kept as ``\\n``, ``---`` rules (hint ``rule``)
and YAML front matter (``raw.metadata["front_matter"]``).
"""

from __future__ import annotations

import re
from typing import Any

from ..document import RawBlock, RawDocument
from ..models import SourceFormat
from ._source import SourceBytes

__all__ = ["blocks_from_markdown", "looks_like_markdown", "read"]

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_SUP = re.compile(r"<sup>\s*(\w{1,4})\s*</sup>")
_FOOTNOTE_DEF = re.compile(r"^<sup>\s*(\w{1,4})\s*</sup>\s*(.*)$", re.DOTALL)
_LIST = re.compile(r"^(?:(\d{1,3})[.)]|[-*+•])\s+(.*)$", re.DOTALL)
_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
# the emphasised span never runs past the next occurrence of its own delimiter: each opener
# scans only to that point, so stripping is linear (an unclosed "_" no longer scans the block)
_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*|__|_)(?=\S)((?:(?!\1).)+?)(?<=\S)\1", re.DOTALL)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)


def looks_like_markdown(text: str) -> bool:
    """Markdown marks in enough places to be sure (plain text can hold one stray ``#``)."""
    head = text[:200_000]
    signals = 0
    signals += 2 * bool(re.search(r"<sup>\s*\w{1,4}\s*</sup>", head))
    signals += bool(re.search(r"(?m)^#{1,6}\s+\S", head)) + bool(
        len(re.findall(r"(?m)^#{1,6}\s+\S", head)) >= 2
    )
    signals += len(re.findall(r"\*\*[^*\n]+\*\*", head)) >= 2
    signals += bool(_FRONT_MATTER.match(head))
    return signals >= 2


def _strip_emphasis(text: str) -> str:
    # one pass per nesting level (``**bold *and italic***``); three levels at most, so stray
    # asterisks that keep pairing up anew cannot make this quadratic
    for _ in range(3):
        stripped = _EMPHASIS.sub(lambda m: m.group(2), text)
        if stripped == text:
            break
        text = stripped
    return text


def _whole_emphasis(text: str) -> tuple[bool, bool]:
    stripped = text.strip()
    bold = bool(re.fullmatch(r"(\*\*|__)(?!\s).+(?<!\s)\1", stripped, re.DOTALL))
    italic = bool(re.fullmatch(r"(\*|_)(?![\s*]).+(?<![\s*])\1", stripped, re.DOTALL))
    return bold, italic


def _clean(text: str) -> tuple[str, list[tuple[str, int]]]:
    """Text without marks, and where the ``<sup>`` footnote marks stood."""
    text = _AUTOLINK.sub(r"\1", text)
    text = _LINK.sub(r"\1 (\2)", text)
    text = re.sub(r" {2,}\n", "\n", text)  # hard line breaks
    text = _strip_emphasis(text)
    marks: list[tuple[str, int]] = []
    out = ""
    pos = 0
    for match in _SUP.finditer(text):
        out += text[pos : match.start()]
        marks.append((match.group(1), len(out)))
        pos = match.end()
    out += text[pos:]
    return out.strip(), marks


def blocks_from_markdown(text: str) -> list[RawBlock]:
    """Blocks of Markdown-marked ``text`` (front matter excluded)."""
    text = _FRONT_MATTER.sub("", text, count=1)
    blocks: list[RawBlock] = []
    for para in re.split(r"\n[ \t]*\n", text):
        raw = para.strip("\n")
        if not raw.strip():
            continue
        stripped = raw.strip()
        attrs: dict[str, Any] = {}
        if _RULE.match(stripped):
            blocks.append(RawBlock(text=stripped, hint="rule"))
            continue
        heading = _HEADING.match(stripped)
        if heading and "\n" not in stripped:
            body, _ = _clean(heading.group(2))
            bold, italic = _whole_emphasis(heading.group(2))
            blocks.append(
                RawBlock(
                    text=body, hint="heading", level=len(heading.group(1)), bold=bold, italic=italic
                )
            )
            continue
        definition = _FOOTNOTE_DEF.match(stripped)
        if definition:
            body, marks = _clean(definition.group(2))
            attrs = {"label": definition.group(1)}
            blocks.append(RawBlock(text=body, hint="footnote", attrs=attrs))
            continue
        if _LIST.match(stripped):
            blocks.extend(_list_items(stripped))
            continue
        bold, italic = _whole_emphasis(stripped)
        body, marks = _clean(stripped)
        if marks:
            attrs["footnote_marks"] = marks
        blocks.append(RawBlock(text=body, bold=bold, italic=italic, attrs=attrs))
    return blocks


def _list_items(paragraph: str) -> list[RawBlock]:
    """A paragraph of list lines: one block per item (continuation lines join their item)."""
    items: list[list[str]] = []
    for line in paragraph.split("\n"):
        if _LIST.match(line.strip()) or not items:
            items.append([line.strip()])
        else:
            items[-1].append(line.strip())
    blocks = []
    for item in items:
        listed = _LIST.match(item[0])
        number = listed.group(1) if listed else None
        first = listed.group(2) if listed else item[0]
        body, marks = _clean("\n".join([first, *item[1:]]))
        attrs: dict[str, Any] = {"number": number}
        if marks:
            attrs["footnote_marks"] = marks
        blocks.append(RawBlock(text=body, hint="list_item", attrs=attrs))
    return blocks


def _front_matter(text: str) -> dict[str, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}
    found = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "-")):
            found[key.strip()] = value.strip().strip("'\"")
    return found


def read(src: SourceBytes, options: object = None) -> RawDocument:
    from .text import decode_text_source

    decoded = decode_text_source(src)
    raw = from_text(src, decoded.text, decoded.encoding)
    raw.warnings.extend(decoded.warnings())
    return raw


def from_text(src: SourceBytes, text: str, encoding: str) -> RawDocument:
    """A :class:`RawDocument` from already decoded Markdown ``text``."""
    return RawDocument(
        path=src.path,
        sha256=src.sha256,
        size=src.size,
        format=SourceFormat.markdown,
        media_type="text/markdown",
        reader="markdown",
        blocks=blocks_from_markdown(text),
        encoding=encoding,
        metadata={"front_matter": _front_matter(text)} if _front_matter(text) else {},
    )
