"""A record as one self-contained HTML page: metadata first, then the text in reading order with
source and English side by side, one row per sentence segment, footnotes linked both ways.

Safe by construction: every text of the record goes through :func:`html.escape`; the only links
are ids inside the page and http(s) URLs built or checked by :mod:`._facts`. No network, no
script needed (hover/focus highlighting and the edit marks are CSS only).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from .._version import __version__
from ..models import Block, BlockType, Footnote, Record, TranslationStatus
from ._facts import facts, official_url, reference_url, translation_note

__all__ = ["render_html", "render_index"]

_CSS = """
:root{--ink:#1b1b1b;--muted:#5f6368;--rule:#d9d9d9;--hi:#fff2b3;--mark:#c2410c;--bg:#fff;
--accent:#1d4ed8;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
*{box-sizing:border-box}body{margin:0;color:var(--ink);background:var(--bg);line-height:1.5}
.page{max-width:72rem;margin:0 auto;padding:1rem 1.25rem 3rem}
header h1{font-size:1.5rem;margin:.25rem 0}header h1 .subtitle{display:block;font-size:1.1rem;font-weight:normal}header .title-en{color:var(--muted);margin:0 0 .75rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0 1rem;
font-size:.92rem}dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;overflow-wrap:anywhere}
.note{border-left:4px solid var(--mark);background:#fff7ed;padding:.5rem .75rem;margin:.75rem 0}
.toolbar{font-size:.9rem;color:var(--muted);margin:.5rem 0 1rem}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5rem;font-size:.8rem;color:var(--muted);
text-transform:uppercase;letter-spacing:.05em;border-bottom:1px solid var(--rule);padding:.25rem 0}
.monolingual .cols,.monolingual .tgt{display:none}.monolingual .seg{grid-template-columns:1fr}
.block{margin:.6rem 0;padding-left:.5rem;border-left:3px solid transparent}
.block .label{font-size:.78rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.seg{display:grid;grid-template-columns:1fr 1fr;gap:0 1.5rem;border-radius:4px;padding:.1rem .25rem}
.seg:hover,.seg:focus,.seg:focus-within{background:var(--hi);outline:none}
.seg p{margin:0;overflow-wrap:anywhere;min-width:0}.tgt{color:#233}.tgt.missing{color:var(--muted);font-style:italic}
.seg.flagged .tgt{border-left:3px solid var(--mark);padding-left:.4rem}
.flag{display:inline-block;margin-left:.35rem;padding:0 .3rem;border-radius:3px;font-size:.7rem;
background:#fde68a;color:#78350f}
.seg.memory .tgt::after{content:" \\2022 memory";font-size:.7rem;color:var(--muted)}
.t-heading .src,.t-heading .tgt{font-weight:650}.lvl-1 .seg{font-size:1.3rem}
.lvl-2 .seg{font-size:1.15rem}.lvl-3 .seg{font-size:1.05rem}
.t-list_item .src::before{content:"\\2022  ";color:var(--muted)}
.t-question{border-left-color:#93c5fd}.t-answer{border-left-color:#86efac}
.t-signature,.t-closing,.t-salutation{font-style:italic}.t-table .src{white-space:pre-wrap;
font-family:ui-monospace,monospace;font-size:.85rem}
a{color:var(--accent)}sup a{text-decoration:none;padding:0 .1rem}
.cites{margin:.1rem 0 0;font-size:.85rem}
#mark-edits:checked~main .edited{border-left-color:var(--mark);background:#fffaf5}
#mark-edits:checked~main .edited>.label::after{content:" \\00b7 edited";color:var(--mark)}
section.extra{margin-top:2rem;border-top:1px solid var(--rule);padding-top:.5rem}
section.extra h2{font-size:1.1rem}ol.footnotes li{margin:.4rem 0}
table.edits{border-collapse:collapse;font-size:.85rem;width:100%}
table.edits td,table.edits th{border-bottom:1px solid var(--rule);padding:.2rem .4rem;
vertical-align:top;text-align:left;overflow-wrap:anywhere}
footer{margin-top:2rem;font-size:.8rem;color:var(--muted)}
@media (max-width:640px){.seg,.cols{grid-template-columns:1fr}.tgt{color:#334;padding-left:.75rem;
border-left:2px solid var(--rule)}.cols{display:none}dl.facts{grid-template-columns:1fr}
dl.facts dd{margin-bottom:.3rem}}
@media print{.toolbar,#mark-edits{display:none}.seg:hover{background:none}a{color:inherit}
.block{break-inside:avoid}details>*{display:block}}
"""

_LABELS = {
    BlockType.question: "Question",
    BlockType.answer: "Answer",
    BlockType.motion: "Motion",
    BlockType.signature: "Signature",
    BlockType.closing: "Closing",
    BlockType.salutation: "Salutation",
    BlockType.table: "Table",
    BlockType.quote: "Quote",
    BlockType.caption: "Caption",
    BlockType.contact: "Contact",
}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _link(url: str | None, text: str) -> str:
    return f'<a href="{_e(url)}">{_e(text)}</a>' if url else _e(text)


def _rows(part: Block | Footnote, prefix: str, target_lang: str, bilingual: bool) -> list[str]:
    """One row per segment: source left, translation right."""
    rows: list[str] = []
    translation = part.translation
    if translation is not None and translation.segments:
        for i, seg in enumerate(translation.segments, 1):
            memory = " memory" if seg.from_memory else ""
            flags = [getattr(f, "value", str(f)) for f in getattr(seg, "flags", [])]
            score = getattr(seg, "score", None)
            signal = ""
            if flags or score is not None:
                shown = f"score {score:.2f}" if score is not None else ""
                signal = (
                    f'<span class="signal" title="{_e(shown)}">'
                    + "".join(f'<span class="flag">{_e(f.replace("_", " "))}</span>' for f in flags)
                    + "</span>"
                )
            rows.append(
                f'<div class="seg{memory}{" flagged" if flags else ""}" id="{prefix}-s{i}" '
                f'tabindex="0"><p class="src" lang="{_e(part.lang)}">{_e(seg.source)}</p>'
                f'<p class="tgt" lang="{_e(target_lang)}">{_e(seg.target)}{signal}</p></div>'
            )
        return rows
    needs = bilingual and part.lang not in ("und", target_lang)
    target = '<p class="tgt missing">no translation</p>' if needs else '<p class="tgt same"></p>'
    return [
        f'<div class="seg{" untranslated" if needs else ""}" id="{prefix}-s1" tabindex="0">'
        f'<p class="src" lang="{_e(part.lang)}">{_e(part.text)}</p>{target}</div>'
    ]


def _label(block: Block) -> str:
    bits: list[str] = []
    if block.type == BlockType.heading:
        bits.append(f"Heading {block.level or 1}")
    elif block.type in _LABELS:
        bits.append(_LABELS[block.type])
    if block.number:
        bits.append(block.number)
    if block.speaker is not None:
        party = f" ({block.speaker.party})" if block.speaker.party else ""
        bits.append(f"{block.speaker.name}{party}")
    return f'<div class="label">{_e(" ".join(bits))}</div>' if bits else ""


def _block(block: Block, record: Record, edited: set[str], bilingual: bool) -> str:
    target = record.translation.target_lang or "en"
    classes = [f"block t-{block.type.value}"]
    if block.level:
        classes.append(f"lvl-{block.level}")
    if block.id in edited:
        classes.append("edited")
    if block.page is not None:
        classes.append(f"p{block.page}")
    cites = "".join(
        f'<sup><a class="fnref" href="#{_e(ref)}" id="cite-{_e(block.id)}-{_e(ref)}">'
        f"[{_e(_footnote_label(record, ref))}]</a></sup>"
        for ref in block.footnote_refs
    )
    return (
        f'<section class="{" ".join(classes)}" id="{_e(block.id)}">{_label(block)}'
        + "".join(_rows(block, block.id, target, bilingual))
        + (f'<p class="cites">{cites}</p>' if cites else "")
        + "</section>"
    )


def _footnote_label(record: Record, footnote_id: str) -> str:
    for note in record.footnotes:
        if note.id == footnote_id:
            return note.label
    return footnote_id


def _footnotes(record: Record, bilingual: bool) -> str:
    if not record.footnotes:
        return ""
    cited = {(b.id, ref) for b in record.blocks for ref in b.footnote_refs}
    target = record.translation.target_lang or "en"
    items = []
    for note in record.footnotes:
        back = ""
        if note.cited_in and (note.cited_in, note.id) in cited:
            back = f'<a class="back" href="#cite-{_e(note.cited_in)}-{_e(note.id)}">&#8617; {_e(note.cited_in)}</a> '
        elif note.cited_in:
            back = f'<a class="back" href="#{_e(note.cited_in)}">&#8617; {_e(note.cited_in)}</a> '
        rows = "".join(_rows(note, note.id, target, bilingual))
        value = f' value="{_e(note.label)}"' if note.label.isdigit() else ""
        items.append(f'<li id="{_e(note.id)}"{value}>{back}{rows}</li>')
    return (
        '<section class="extra" id="footnotes"><h2>Footnotes</h2><ol class="footnotes">'
        + "".join(items)
        + "</ol></section>"
    )


def _references(record: Record, ids: set[str]) -> str:
    if not record.references:
        return ""
    items = []
    for ref in record.references:
        where = f' (in <a href="#{_e(ref.block)}">{_e(ref.block)}</a>)' if ref.block in ids else ""
        items.append(f"<li>{_link(reference_url(ref), ref.text)}{where}</li>")
    return (
        '<section class="extra" id="references"><h2>References</h2><ul>'
        + "".join(items)
        + "</ul></section>"
    )


def _edits(record: Record, ids: set[str]) -> str:
    if not record.normalisation:
        return ""
    rows = []
    for edit in record.normalisation:
        where = (
            f'<a href="#{_e(edit.block)}">{_e(edit.block)}</a>'
            if edit.block in ids
            else _e(edit.block or "")
        )
        rows.append(
            f"<tr><td>{_e(edit.rule)}</td><td>{where}</td><td>{_e(edit.before)}</td>"
            f"<td>{_e(edit.after)}</td></tr>"
        )
    return (
        f'<section class="extra" id="edits"><details><summary>Normalisation edits '
        f"({len(record.normalisation)})</summary>"
        '<table class="edits"><thead><tr><th>rule</th><th>where</th><th>before</th>'
        "<th>after</th></tr></thead><tbody>"
        + "".join(rows)
        + "</tbody></table></details></section>"
    )


def _warnings(record: Record) -> str:
    if not record.warnings:
        return ""
    items = "".join(f"<li><code>{_e(w.code)}</code> {_e(w.message)}</li>" for w in record.warnings)
    return (
        f'<section class="extra" id="warnings"><details><summary>Warnings ({len(record.warnings)})'
        f"</summary><ul>{items}</ul></details></section>"
    )


def _header(record: Record) -> str:
    title = _e(record.title or record.source.filename)
    if record.title and record.subtitle and record.title.endswith(f" {record.subtitle}"):
        # the main title, the subtitle under it in smaller type, as the cover sets them
        main = record.title[: -len(record.subtitle) - 1]
        title = f'{_e(main)} <span class="subtitle">{_e(record.subtitle)}</span>'
    title_en = (
        f'<p class="title-en" lang="en">{_e(record.title_translation.text)}</p>'
        if record.title_translation is not None
        else ""
    )
    rows = "".join(f"<dt>{_e(f.label)}</dt><dd>{_link(f.url, f.value)}</dd>" for f in facts(record))
    note = translation_note(record)
    return (
        f'<header><h1 lang="{_e(record.language)}">'
        f"{title}</h1>{title_en}"
        f'<dl class="facts">{rows}</dl>'
        + (f'<p class="note" id="translation-note">{_e(note)}</p>' if note else "")
        + "</header>"
    )


def _bilingual(record: Record) -> bool:
    if record.translation.status in (TranslationStatus.not_needed,):
        return False
    parts: Iterable[Block | Footnote] = [*record.blocks, *record.footnotes]
    target = record.translation.target_lang or "en"
    return any(p.translation is not None or p.lang not in ("und", target) for p in parts)


def render_html(record: Record) -> str:
    """The record as one self-contained, printable HTML page (see the module docstring)."""
    bilingual = _bilingual(record)
    edited = {e.block for e in record.normalisation if e.block}
    ids = {b.id for b in record.blocks} | {f.id for f in record.footnotes}
    source_lang = record.translation.source_lang or record.language
    target_lang = record.translation.target_lang or "en"
    toolbar = (
        '<input type="checkbox" id="mark-edits">'
        '<label class="toolbar" for="mark-edits"> mark blocks the normaliser edited '
        f"({len(edited)})</label>"
        if edited
        else ""
    )
    body = "".join(_block(b, record, edited, bilingual) for b in record.blocks)
    cols = (
        f'<div class="cols" aria-hidden="true"><span>Source ({_e(source_lang)})</span>'
        f"<span>{_e(target_lang)}</span></div>"
    )
    main_class = "bilingual" if bilingual else "monolingual"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(record.language if record.language != "und" else "en")}"><head>'
        '<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
        '<meta name="generator" content="govdocs">'
        f"<title>{_e(record.title or record.source.filename)}</title><style>{_CSS}</style></head>"
        f'<body><div class="page">{_header(record)}{toolbar}'
        f'<main class="{main_class}" id="text">{cols}{body}'
        f"{_footnotes(record, bilingual)}{_references(record, ids)}{_edits(record, ids)}"
        f"{_warnings(record)}</main>"
        f"<footer>govdocs {_e(__version__)} · record {_e(record.id)} · source sha256 "
        f"{_e(record.source.sha256[:16])}…</footer></div></body></html>\n"
    )


def render_index(entries: Sequence[tuple[Record, str]], title: str = "govdocs records") -> str:
    """An index page: one row per record (kind, date, title, id) linking to its page ``href``."""
    rows = []
    for record, href in entries:
        url = official_url(record.id)
        rows.append(
            f"<tr><td>{_e(record.kind.value.replace('_', ' '))}</td><td>{_e(record.date or '')}</td>"
            f'<td><a href="{_e(href)}">{_e(record.title or record.source.filename)}</a></td>'
            f"<td>{_link(url, record.id)}</td></tr>"
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
        f'<body><div class="page"><header><h1>{_e(title)}</h1>'
        f"<p>{len(entries)} records</p></header>"
        '<main><table class="edits" id="index"><thead><tr><th>kind</th><th>date</th><th>title</th>'
        "<th>id</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></main>"
        "</div></body></html>\n"
    )
