"""A record in the terminal: the same facts as the HTML view, then source and English side by
side per segment. Uses rich when it is installed (``pip install 'govdocs[view]'``), plain text
columns otherwise."""

from __future__ import annotations

import shutil
import textwrap
from io import StringIO

from ..models import Block, Footnote, Record
from ._facts import facts, translation_note

__all__ = ["render_text"]


def _pairs(part: Block | Footnote) -> list[tuple[str, str]]:
    if part.translation is not None and part.translation.segments:
        return [(s.source, s.target) for s in part.translation.segments]
    return [(part.text, "")]


def _heading(part: Block) -> str:
    bits = [part.id, part.type.value]
    if part.level:
        bits.append(f"h{part.level}")
    if part.number:
        bits.append(part.number)
    if part.speaker is not None:
        bits.append(part.speaker.name)
    return " · ".join(bits)


def render_text(record: Record, *, width: int | None = None, color: bool = False) -> str:
    """The record as text ``width`` columns wide (the terminal's width by default)."""
    width = width or shutil.get_terminal_size((100, 40)).columns
    try:
        import rich  # noqa: F401
    except ImportError:
        return _plain(record, width)
    return _rich(record, width, color)


def _plain(record: Record, width: int) -> str:
    out: list[str] = [record.title or record.source.filename, "=" * min(width, 80)]
    label_width = max((len(f.label) for f in facts(record)), default=0)
    for fact in facts(record):
        out.append(f"{fact.label:<{label_width}}  {fact.value}")
    note = translation_note(record)
    if note:
        out += ["", note]
    parts: list[tuple[str, Block | Footnote]] = [(_heading(b), b) for b in record.blocks]
    parts += [(f"{n.id} · footnote {n.label}", n) for n in record.footnotes]
    bilingual = any(part.translation is not None for _, part in parts)
    column = max(20, (width - 3) // 2) if bilingual else width
    for title, part in parts:
        out += ["", f"[{title}]"]
        for source, target in _pairs(part):
            if not bilingual:
                out += textwrap.wrap(source, column) or [""]
                continue
            left = textwrap.wrap(source, column) or [""]
            right = textwrap.wrap(target, column) or [""]
            for i in range(max(len(left), len(right))):
                a = left[i] if i < len(left) else ""
                b = right[i] if i < len(right) else ""
                out.append(f"{a:<{column}} │ {b}".rstrip())
    if record.normalisation:
        out += ["", f"{len(record.normalisation)} normalisation edits"]
    for warning in record.warnings:
        out.append(f"warning {warning.code}: {warning.message}")
    return "\n".join(out) + "\n"


def _rich(record: Record, width: int, color: bool) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    buffer = StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=color, color_system="auto" if color else None
    )
    console.print(Text(record.title or record.source.filename, style="bold"))
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim")
    meta.add_column()
    for fact in facts(record):
        meta.add_row(fact.label, fact.value)
    console.print(meta)
    note = translation_note(record)
    if note:
        console.print(Text(note, style="yellow"))
    parts: list[tuple[str, Block | Footnote]] = [(_heading(b), b) for b in record.blocks]
    parts += [(f"{n.id} · footnote {n.label}", n) for n in record.footnotes]
    bilingual = any(part.translation is not None for _, part in parts)
    for title, part in parts:
        table = Table(title=title, title_justify="left", show_header=False, expand=True, box=None)
        table.add_column(ratio=1)
        if bilingual:
            table.add_column(ratio=1, style="cyan")
        for source, target in _pairs(part):
            table.add_row(*((source, target) if bilingual else (source,)))
        console.print(table)
    if record.normalisation:
        console.print(Text(f"{len(record.normalisation)} normalisation edits", style="dim"))
    for warning in record.warnings:
        console.print(Text(f"warning {warning.code}: {warning.message}", style="yellow"))
    return buffer.getvalue()
